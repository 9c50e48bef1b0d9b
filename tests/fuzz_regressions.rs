//! Inputs the fuzzers found (tests/fuzz-regressions/), replayed through the same checks the
//! fuzz targets make, so a fixed finding stays fixed. The file name says which target found it.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use werkmatch::input::read_value;
use werkmatch::{Candidate, Concept, Engine, GeoEntry, Profile, RankOptions, RankedResult, Vacancy};

fn demo(name: &str) -> Value {
    let path = format!("{}/www/demo/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The fuzz targets' engine: the first 60 demo vacancies, the demo taxonomy and geo table.
fn demo_engine() -> Engine {
    let concepts: Vec<Concept> = serde_json::from_value(demo("taxonomy")["concepts"].clone()).unwrap();
    let geo: Vec<GeoEntry> = serde_json::from_value(demo("geo")).unwrap();
    let mut vacancies: Vec<Vacancy> = serde_json::from_value(demo("vacancies")).unwrap();
    vacancies.truncate(60);
    Engine::with_vacancies(vacancies, &concepts, &geo).unwrap()
}

fn regression(name: &str) -> Value {
    let path = format!("{}/tests/fuzz-regressions/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn assert_sound(results: &[RankedResult], what: &str) {
    for r in results {
        let parts: u32 = r.explanation.parts.iter().map(|p| p.points).sum();
        assert_eq!(parts, r.score, "{what}: parts of {} add up", r.id);
        assert!(r.score <= 100);
    }
    for pair in results.windows(2) {
        assert!(pair[0].score >= pair[1].score, "{what}: {} ({}) before {} ({})", pair[0].id, pair[0].score, pair[1].id, pair[1].score);
    }
}

#[test]
fn profile_json_unsorted() {
    let input = regression("profile_json-unsorted.json");
    let profile: Profile = read_value(input["profile"].clone()).unwrap();
    let engine = demo_engine();
    let options = RankOptions::default();
    assert_sound(&engine.rank(&profile, &options).unwrap(), "rank");
    let vacancy = engine.vacancy(engine.ids().next().unwrap()).unwrap().clone();
    let candidates = vec![Candidate { id: "c1".into(), profile }];
    assert_sound(&engine.rank_candidates(&vacancy, &candidates, &options).unwrap(), "candidates");
}
