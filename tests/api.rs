//! The Rust API end to end: loading, adding and removing, bad input (named, nothing lost),
//! the employer preview and autocomplete.

mod common;

use common::*;
use serde_json::json;
use werkmatch::input::read_value;
use werkmatch::{Candidate, ConceptKind, Engine, GeoEntry, InputError, Profile, RankOptions, SuggestOptions, TermRef, Vacancy};

fn parse<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, InputError> {
    read_value(value)
}

fn vacancy_json(value: serde_json::Value) -> Vacancy {
    parse(value).expect("valid vacancy")
}

#[test]
fn reads_vacancies_and_profiles_from_json_in_both_shorthand_and_full_form() {
    let v: Vacancy = vacancy_json(json!({
        "id": "v1", "title": "Orderpicker", "skills": ["orderpicken", {"label": "VCA", "required": false}, {"id": "s:heftruck"}],
        "location": {"postcode": "5141 AB"}, "hours": {"min": 32}, "education": {"level": 2, "orEquivalentExperience": true},
        "drivingLicences": ["B", "code95"], "languages": [{"language": "nl", "level": "A2"}],
        "workConditions": ["nightShifts"], "inclusive": {"banenafspraak": true}, "validThrough": "2027-03-01",
        "url": "https://example.nl/v1", "somethingExtra": "ignored"
    }));
    assert_eq!(v.skills.len(), 3);
    assert!(!v.skills[1].required && v.skills[0].required);
    let p: Profile = parse(json!({"skills": ["orderpicken", {"label": "heftruck", "level": 3}], "desiredOccupations": ["orderpicker"],
        "location": {"postcode": "5038"}, "maxDistanceKm": 20, "drivingLicences": [], "avoidConditions": ["heavyLifting"]}))
    .unwrap();
    assert_eq!(p.skills[1].level, Some(3));
    assert_eq!(p.desired_occupations, vec![TermRef::label("orderpicker")]);
    let results = engine(vec![v]).rank(&p, &RankOptions::default()).unwrap();
    assert_eq!(results.len(), 1);
}

#[test]
fn wrong_types_and_unknown_values_name_the_field() {
    let cases: Vec<(serde_json::Value, &str, &str)> = vec![
        (json!({"title": "x"}), "id", "missing field"),
        (json!({"id": "a", "title": "x", "hours": {"min": "veel"}}), "hours.min", "must be a number, not the text \"veel\""),
        (json!({"id": "a", "title": "x", "contractType": "forever"}), "contractType", "unknown variant"),
        (json!({"id": "a", "title": "x", "drivingLicences": ["Z"]}), "drivingLicences[0]", "unknown variant"),
        (json!({"id": "a", "title": "x", "skills": [42]}), "skills[0]", "must be"),
        (json!({"id": "a", "title": "x", "location": {"postcode": "1234", "street": "x"}}), "location.street", "unknown field"),
        (
            json!({"id": "a", "title": "x", "education": {"level": 300}}),
            "education.level",
            "must be a whole number from 0 to 255, not the number 300",
        ),
        (json!({"id": "a", "title": "x", "skills": [{"required": true}]}), "", ""),
    ];
    for (value, field, message) in cases {
        match parse::<Vacancy>(value.clone()) {
            Err(e) => {
                assert_eq!(e.field, field, "{value}: {e}");
                assert!(e.message.contains(message), "{value}: {e}");
            }
            Ok(v) => {
                // Shape is fine; the engine's checks must name the field.
                let e = Engine::with_vacancies(vec![v], &[], &[]).unwrap_err();
                assert_eq!(e.field, "skills[0]", "{e}");
                assert!(e.message.contains("id") && e.record.contains("vacancies[0]"), "{e}");
            }
        }
    }
    let e = parse::<Profile>(json!({"skills": [], "name": "Jan"})).unwrap_err();
    assert!(e.message.contains("unknown field `name`"), "a profile has no name field: {e}");
}

#[test]
fn bad_values_are_named_with_record_and_field() {
    let big = "x".repeat(10 * 1024 * 1024);
    let cases: Vec<(Vacancy, &str)> = vec![
        (vacancy("", "Kok"), "id"),
        (vacancy("a", "   "), "title"),
        (vacancy(&big, "Kok"), "id"),
        (Vacancy { description: Some(big.clone()), ..vacancy("a", "Kok") }, "description"),
        (at_point(vacancy("a", "Kok"), f64::NAN, 5.0), "location.lat"),
        (at_point(vacancy("a", "Kok"), 52.0, 200.0), "location.lon"),
        (with_hours(vacancy("a", "Kok"), -4.0, 10.0), "hours.min"),
        (with_hours(vacancy("a", "Kok"), 40.0, 20.0), "hours.min"),
        (with_hours(vacancy("a", "Kok"), 10.0, f64::INFINITY), "hours.max"),
        (Vacancy { valid_through: Some("31-12-2027".into()), ..vacancy("a", "Kok") }, "validThrough"),
        (Vacancy { title: "Kok\0".into(), ..vacancy("a", "Kok") }, "title"),
    ];
    for (v, field) in cases {
        let mut e = engine(vec![vacancy("keep", "Orderpicker")]);
        let err = e.add_vacancies(vec![vacancy("ok", "Schoonmaker"), v]).unwrap_err();
        assert_eq!(err.field, field, "{err}");
        assert!(err.record.starts_with("vacancies[1]"), "{err}");
        assert!(err.to_string().len() < 300, "no huge values in messages: {}", err.to_string().len());
        assert_eq!(e.len(), 1, "nothing added, nothing lost");
        assert!(e.vacancy("keep").is_some() && e.vacancy("ok").is_none());
        assert_eq!(rank(&e, &profile(&["orderpicken"])).len(), 1, "still answers");
    }
}

#[test]
fn duplicate_ids_are_refused_within_a_batch_and_against_loaded_vacancies() {
    let mut e = engine(vec![vacancy("a", "Kok")]);
    let err = e.add_vacancies(vec![vacancy("a", "Kok")]).unwrap_err();
    assert_eq!((err.field.as_str(), err.record.as_str()), ("id", "vacancies[0] (id \"a\")"));
    let err = e.add_vacancies(vec![vacancy("b", "Kok"), vacancy("b", "Kok")]).unwrap_err();
    assert!(err.record.starts_with("vacancies[1]"));
    assert_eq!(e.len(), 1);
}

#[test]
fn bad_profiles_options_taxonomy_and_geo_are_named() {
    let e = engine(vec![vacancy("a", "Kok")]);
    let mut p = profile(&["koken"]);
    p.max_distance_km = Some(f64::NAN);
    let err = e.rank(&p, &RankOptions::default()).unwrap_err();
    assert_eq!((err.record.as_str(), err.field.as_str()), ("profile", "maxDistanceKm"));
    let p = profile(&[""]);
    assert_eq!(e.rank(&p, &RankOptions::default()).unwrap_err().field, "skills[0]");
    let err = e.rank(&profile(&["koken"]), &RankOptions { limit: 0, ..Default::default() }).unwrap_err();
    assert_eq!((err.record.as_str(), err.field.as_str()), ("options", "limit"));
    let err = e.rank(&profile(&["koken"]), &RankOptions { today: Some("gisteren".into()), ..Default::default() }).unwrap_err();
    assert_eq!(err.field, "today");
    let mut tax = taxonomy();
    tax[3].broader = vec!["".into()];
    assert_eq!(Engine::new(&tax, &[]).unwrap_err().field, "broader[0]");
    let geo = vec![GeoEntry { pc4: "99999".into(), lat: 52.0, lon: 5.0, place: None }];
    assert_eq!(Engine::new(&[], &geo).unwrap_err().field, "pc4");
}

#[test]
fn add_and_remove_vacancies() {
    let mut e = engine(vec![vacancy("a", "Kok"), vacancy("b", "Kok"), vacancy("c", "Kok")]);
    assert_eq!(e.remove_vacancies(&["b".into(), "zzz".into()]), 1);
    assert_eq!(ids(&rank(&e, &profile(&["koken"]))), vec!["a", "c"]);
    e.add_vacancies(vec![vacancy("b", "Kok")]).unwrap();
    assert_eq!(ids(&rank(&e, &profile(&["koken"]))), vec!["a", "b", "c"]);
    assert_eq!(e.remove_vacancies(&["a".into(), "b".into(), "c".into()]), 3);
    assert!(e.is_empty() && rank(&e, &profile(&["koken"])).is_empty());
}

#[test]
fn works_with_no_taxonomy_and_no_geo_table() {
    let e = Engine::with_vacancies(vec![at_postcode(vacancy("a", "Heftruckchauffeur"), "5038")], &[], &[]).unwrap();
    let results = rank(&e, &living_at(profile(&["heftruck"]), "5038", Some(10.0)));
    assert_eq!(results.len(), 1, "unknown locations are not excluded");
    assert_eq!(results[0].explanation.matched_skills.len(), 1);
    assert!(e.suggest("hef", &SuggestOptions::default()).is_empty());
}

#[test]
fn employer_preview_ranks_anonymous_candidates_with_the_same_scorer() {
    let e = engine(vec![]);
    let job = at_postcode(with_skills(vacancy("job", "Heftruckchauffeur"), &["heftruck rijden", "orderpicken"], &["VCA"]), "5141");
    let candidates = vec![
        Candidate { id: "kandidaat-2".into(), profile: living_at(profile(&["koken"]), "5038", Some(30.0)) },
        Candidate { id: "kandidaat-1".into(), profile: living_at(profile(&["heftruk", "orderpicken"]), "5038", Some(30.0)) },
        Candidate { id: "kandidaat-3".into(), profile: living_at(profile(&["heftruckcertificaat"]), "1012", Some(10.0)) },
    ];
    let results = e.rank_candidates(&job, &candidates, &RankOptions::default()).unwrap();
    assert_eq!(ids(&results), vec!["kandidaat-1", "kandidaat-2"], "kandidaat-3 lives beyond their own maximum distance");
    assert_adds_up(&results);
    let best = &results[0].explanation;
    assert_eq!((best.skills_matched, best.skills_total), (2, 3));
    assert_eq!(best.missing_skills.len(), 1);
    // The same pair scored from the jobseeker's side gives the same score.
    let from_jobseeker = engine(vec![job.clone()]).rank(&candidates[1].profile, &RankOptions::default()).unwrap();
    assert_eq!(from_jobseeker[0].score, results[0].score);
    let dup = vec![candidates[0].clone(), candidates[0].clone()];
    assert_eq!(e.rank_candidates(&job, &dup, &RankOptions::default()).unwrap_err().field, "id");
}

#[test]
fn suggest_is_prefix_first_and_typo_tolerant() {
    let e = engine(vec![]);
    let labels = |typed: &str, kind: Option<ConceptKind>| -> Vec<String> {
        e.suggest(typed, &SuggestOptions { limit: 5, kind }).into_iter().map(|s| s.label).collect()
    };
    assert_eq!(labels("heftr", None)[0], "heftruck rijden");
    assert_eq!(labels("heftr", Some(ConceptKind::Occupation)), vec!["heftruckchauffeur"]);
    assert_eq!(labels("heftruk", Some(ConceptKind::Skill))[0], "heftruck rijden", "one typo");
    assert!(labels("hygiene", None).contains(&"HACCP".to_string()), "through the synonym hygiënecode");
    let via = e.suggest("hygi", &SuggestOptions::default());
    assert_eq!(via[0].matched_label.as_deref(), Some("hygiënecode"));
    assert!(labels("zzzz", None).is_empty() && labels("", None).is_empty());
    assert!(labels("transport", None).contains(&"intern transport".to_string()), "word prefix");
}

#[test]
fn validate_profile_names_the_first_problem_exactly_as_rank_does_without_ranking() {
    let engine = Engine::with_vacancies(vec![vacancy_json(json!({"id": "v1", "title": "Kok"}))], &[], &[]).unwrap();
    let ok: Profile = parse(json!({"skills": ["koken"], "hours": {"min": 24, "max": 32}, "maxDistanceKm": 20})).unwrap();
    assert_eq!(engine.validate_profile(&ok), Ok(()));
    assert_eq!(engine.validate_profile(&Profile::default()), Ok(()));
    for (profile, field) in [
        (json!({"hours": {"min": -4}}), "hours.min"),
        (json!({"skills": ["koken"], "maxDistanceKm": 5000}), "maxDistanceKm"),
        (json!({"skills": [{"label": "koken", "level": 9}]}), "skills[0].level"),
        (json!({"educationLevel": 0}), "educationLevel"),
    ] {
        let profile: Profile = parse(profile).unwrap();
        let error = engine.validate_profile(&profile).unwrap_err();
        assert_eq!((error.record.as_str(), error.field.as_str()), ("profile", field));
        assert_eq!(engine.rank(&profile, &RankOptions::default()).unwrap_err(), error, "rank refuses it the same way");
    }
    // A profile of text longer than the engine's limit is refused by the engine's own limits.
    let strict = Engine::with_limits(&[], &[], werkmatch::Limits { max_text_chars: 5, ..Default::default() }).unwrap();
    let long: Profile = parse(json!({"skills": ["heftruck rijden"]})).unwrap();
    assert_eq!(strict.validate_profile(&long).unwrap_err().field, "skills[0].label");
}

#[test]
fn an_occupation_code_the_taxonomy_does_not_know_still_ranks_its_vacancy_first() {
    // Without a taxonomy, a profile's occupation code matches a vacancy's code by id only: the
    // ranking must see that in its first, cheap pass too, not only when it explains.
    let mut vacancies: Vec<Vacancy> = (0..30)
        .map(|i| Vacancy { id: format!("v{i:02}"), title: format!("Kok {i}"), occupation: Some(format!("code-{i}")), ..Default::default() })
        .collect();
    vacancies.push(Vacancy { id: "zz".into(), title: "Iets anders".into(), occupation: Some("code-x".into()), ..Default::default() });
    let engine = werkmatch::Engine::with_vacancies(vacancies, &[], &[]).unwrap();
    let profile = werkmatch::Profile {
        desired_occupations: vec![werkmatch::TermRef { id: Some("code-x".into()), label: Some("kok".into()) }],
        ..Default::default()
    };
    let top = engine.rank(&profile, &werkmatch::RankOptions { limit: 3, ..Default::default() }).unwrap();
    assert_eq!(top[0].id, "zz", "{top:?}");
    assert_eq!(top[0].score, 100);
    assert!(top.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn a_title_that_is_the_occupation_as_written_beats_one_in_another_form() {
    // "Kappers" is "kapper" after normalisation, but not as written: the title read back from
    // the vacancy's display record decides, so the exact title comes first.
    let vacancies = vec![
        Vacancy { id: "a".into(), title: "Kappers".into(), ..Default::default() },
        Vacancy { id: "b".into(), title: "Kapper".into(), ..Default::default() },
    ];
    let engine = Engine::with_vacancies(vacancies, &[], &[]).unwrap();
    let profile = Profile { desired_occupations: vec![TermRef::label("kapper")], ..Default::default() };
    let ranked = engine.rank(&profile, &RankOptions::default()).unwrap();
    // Both round to the same points; the exact title is the stronger match, so it comes first
    // (by id, "a" would).
    assert_eq!(ids(&ranked), ["b", "a"]);
}
