//! The rule set pinned. `tests/fixtures/rules/pairs.json` holds profile × vacancy pairs, one
//! per rule; `tests/fixtures/rules/<RULESET_VERSION>.json` holds what this rule set gives each
//! pair: the score and every part's points, and how skills and occupations matched. Any change
//! to those numbers fails this test unless `rules::RULESET_VERSION` changes too; the file of a
//! new version is written with
//!
//!   WERKMATCH_WRITE_RULES=1 cargo test --test rules_fixture
//!
//! after which the diff between the two files shows, pair by pair, what the new rules change.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::PathBuf;
use werkmatch::input::read_value;
use werkmatch::rules::RULESET_VERSION;
use werkmatch::{Engine, Profile, RankOptions, Vacancy};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// What the rules give one pair: the score, its parts, and how skills and occupation matched.
fn outcome(pair: &Value) -> Value {
    let profile: Profile = read_value(pair["profile"].clone()).expect("a valid profile");
    let vacancy: Vacancy = read_value(pair["vacancy"].clone()).expect("a valid vacancy");
    let options: RankOptions = pair.get("options").map_or_else(RankOptions::default, |o| read_value(o.clone()).expect("valid options"));
    let engine = Engine::with_vacancies(vec![vacancy], &taxonomy(), &geo()).expect("valid fixture");
    let results = engine.rank(&profile, &options).expect("valid profile");
    let Some(r) = results.first() else { return json!({ "name": pair["name"], "excluded": true }) };
    let e = &r.explanation;
    json!({
        "name": pair["name"],
        "score": r.score,
        "parts": e.parts.iter().map(|p| json!([p.factor, p.status, p.points, p.max_points])).collect::<Vec<_>>(),
        "skills": e.matched_skills.iter().map(|m| json!([m.profile_skill, m.how, m.strength, m.words])).collect::<Vec<_>>(),
        "missing": e.missing_skills.iter().map(|m| m.label.clone()).collect::<Vec<_>>(),
        "occupation": e.occupation.as_ref().map(|o| json!([o.how, o.found_in, o.strength, o.words])),
    })
}

#[test]
fn the_rules_give_what_their_version_says() {
    let pairs: Value = serde_json::from_str(&std::fs::read_to_string(dir().join("pairs.json")).unwrap()).unwrap();
    let got: Vec<Value> = pairs["pairs"].as_array().unwrap().iter().map(outcome).collect();
    let file = dir().join(format!("{RULESET_VERSION}.json"));
    if std::env::var_os("WERKMATCH_WRITE_RULES").is_some() {
        let text = serde_json::to_string_pretty(&json!({ "rules": RULESET_VERSION, "outcomes": got })).unwrap();
        std::fs::write(&file, text + "\n").unwrap();
        return;
    }
    let Ok(text) = std::fs::read_to_string(&file) else {
        panic!("{} is missing: write it with WERKMATCH_WRITE_RULES=1 cargo test --test rules_fixture", file.display());
    };
    let pinned: Value = serde_json::from_str(&text).unwrap();
    let pinned = pinned["outcomes"].as_array().unwrap();
    assert_eq!(pinned.len(), got.len(), "pairs were added or removed: write the file of a new rule-set version");
    let changed: Vec<String> =
        pinned.iter().zip(&got).filter(|(a, b)| a != b).map(|(a, b)| format!("{}:\n  pinned {a}\n  now    {b}", a["name"])).collect();
    assert!(
        changed.is_empty(),
        "the rules now give other points than {RULESET_VERSION} pinned. Bump RULESET_VERSION in src/rules.rs and write its file \
         (WERKMATCH_WRITE_RULES=1 cargo test --test rules_fixture):\n{}",
        changed.join("\n")
    );
}

#[test]
fn every_pair_exercises_its_rule() {
    // The fixture is only worth something if its pairs score: none may be empty or excluded.
    let pairs: Value = serde_json::from_str(&std::fs::read_to_string(dir().join("pairs.json")).unwrap()).unwrap();
    for pair in pairs["pairs"].as_array().unwrap() {
        let out = outcome(pair);
        assert!(out["score"].as_u64().is_some_and(|s| s > 0), "{}: {out}", pair["name"]);
    }
}
