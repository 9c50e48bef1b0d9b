//! The JavaScript-facing API in headless Chromium (wasm-bindgen-test), error paths included:
//! every bad input throws an `Error` naming record and field, and the engine keeps working.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use werkmatch::wasm::JsEngine;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn prop(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &name.into()).unwrap()
}

fn text(value: &JsValue, name: &str) -> String {
    prop(value, name).as_string().unwrap_or_default()
}

const INIT: &str = r#"{
  "taxonomy": {"concepts": [
    {"id": "s:heftruck", "kind": "skill", "label": "heftruck rijden", "altLabels": ["heftruckcertificaat"]},
    {"id": "s:orderpicken", "kind": "skill", "label": "orderpicken"},
    {"id": "o:kok", "kind": "occupation", "label": "kok"}
  ]},
  "geo": [{"pc4": "5038", "lat": 51.5606, "lon": 5.0919}, {"pc4": "5141", "lat": 51.6867, "lon": 5.0667}],
  "vacancies": [
    {"id": "w1", "title": "Magazijnmedewerker", "skills": ["heftruck rijden", "orderpicken"], "location": {"postcode": "5141"}},
    {"id": "o1", "title": "Administratief medewerker", "skills": ["Excel"], "location": {"postcode": "5038"}, "drivingLicences": ["B"]}
  ]
}"#;

const PROFILE: &str =
    r#"{"skills": ["heftruk", "orderpicken"], "location": {"postcode": "5038 AB"}, "maxDistanceKm": 25, "drivingLicences": []}"#;

fn engine() -> JsEngine {
    JsEngine::new(Some(js(INIT).unchecked_into())).expect("valid init")
}

fn rank(engine: &JsEngine, profile: &str) -> Array {
    engine.rank(js(profile).unchecked_into(), None).expect("rank").unchecked_into()
}

/// Expects a thrown JS Error and returns it.
#[track_caller]
fn thrown<T>(result: Result<T, JsValue>) -> JsValue {
    let error = result.err().expect("should throw");
    assert!(error.is_instance_of::<js_sys::Error>(), "a real Error object");
    error
}

#[wasm_bindgen_test]
fn ranks_and_explains_through_the_js_api() {
    let e = engine();
    assert_eq!(e.size(), 2);
    let results = rank(&e, PROFILE);
    assert_eq!(results.length(), 2);
    let first = results.get(0);
    assert_eq!(text(&first, "id"), "w1");
    let score = prop(&first, "score").as_f64().unwrap();
    let explanation = prop(&first, "explanation");
    let parts: Array = prop(&explanation, "parts").unchecked_into();
    let sum: f64 = parts.iter().map(|p| prop(&p, "points").as_f64().unwrap()).sum();
    assert_eq!(sum, score, "parts add up to the score");
    assert_eq!(text(&explanation, "skillsRoute"), "structured");
    let matched: Array = prop(&explanation, "matchedSkills").unchecked_into();
    assert_eq!(text(&matched.get(0), "how"), "fuzzy", "heftruk matched with a typo");
    assert!(prop(&explanation, "distanceKm").as_f64().unwrap() > 10.0);
    assert_eq!(text(&first, "rules"), werkmatch::rules::RULESET_VERSION);
    let office = results.get(1);
    let missing: Array = prop(&prop(&office, "explanation"), "missingLicences").unchecked_into();
    assert_eq!(missing.get(0).as_string().as_deref(), Some("B"));
}

#[wasm_bindgen_test]
fn bad_input_throws_named_errors_and_keeps_the_engine() {
    let mut e = engine();
    let cases: &[(&str, &str, &str)] = &[
        (r#"[{"id": "x", "title": "Kok", "hours": {"min": -1}}]"#, "vacancies[0] (id \"x\")", "hours.min"),
        (r#"[{"id": "x", "title": "Kok", "location": {"lat": "noord", "lon": 5}}]"#, "vacancies[0] (id \"x\")", "location.lat"),
        (r#"[{"id": "x", "title": "Kok", "contractType": "eeuwig"}]"#, "vacancies[0] (id \"x\")", "contractType"),
        (r#"[{"title": "Kok"}]"#, "vacancies[0]", "id"),
        (r#"[{"id": "w1", "title": "Kok"}]"#, "vacancies[0] (id \"w1\")", "id"),
        (r#"[{"id": "y", "title": "Kok"}, {"id": "y", "title": "Kok"}]"#, "vacancies[1] (id \"y\")", "id"),
        (r#"[{"id": "z", "title": ""}]"#, "vacancies[0] (id \"z\")", "title"),
        (r#"{"id": "z"}"#, "", "vacancies"),
    ];
    for &(input, record, field) in cases {
        let error = thrown(e.add_vacancies(js(input).unchecked_into()));
        assert_eq!(text(&error, "record"), record, "{input}: {}", text(&error, "message"));
        assert_eq!(text(&error, "field"), field, "{input}: {}", text(&error, "message"));
        assert!(text(&error, "message").contains(field), "message names the field");
    }
    // NaN cannot be written in JSON: build it in JS.
    let nan = js(r#"[{"id": "n", "title": "Kok", "location": {"lat": 0, "lon": 5}}]"#);
    Reflect::set(&prop(&Array::from(&nan).get(0), "location"), &"lat".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    assert_eq!(text(&thrown(e.add_vacancies(nan.unchecked_into())), "field"), "location.lat");
    // A 10 MB title.
    let huge = Array::of1(&js(r#"{"id": "h"}"#));
    Reflect::set(&huge.get(0), &"title".into(), &"x".repeat(10 << 20).into()).unwrap();
    let error = thrown(e.add_vacancies(huge.unchecked_into()));
    assert_eq!(text(&error, "field"), "title");
    assert!(text(&error, "message").len() < 300);
    // Profiles and options.
    let error = thrown(e.rank(js(r#"{"skills": [1, 2]}"#).unchecked_into(), None));
    assert_eq!((text(&error, "record"), text(&error, "field")), ("profile".into(), "skills[0]".into()));
    let error = thrown(e.rank(js(r#"{"naam": "Jan"}"#).unchecked_into(), None));
    assert_eq!(text(&error, "field"), "naam");
    let error = thrown(e.rank(js("{}").unchecked_into(), Some(js(r#"{"limit": -3}"#).unchecked_into())));
    assert_eq!((text(&error, "record"), text(&error, "field")), ("options".into(), "limit".into()));
    let error = thrown(e.rank(js("null").unchecked_into(), None));
    assert_eq!(text(&error, "record"), "profile");
    // Nothing loaded before was lost; the engine still answers.
    assert_eq!(e.size(), 2);
    assert_eq!(rank(&e, PROFILE).length(), 2);
}

#[wasm_bindgen_test]
fn bad_init_throws_and_a_new_engine_can_still_be_made() {
    let error = thrown(JsEngine::new(Some(js(r#"{"geo": [{"pc4": "12", "lat": 0, "lon": 0}]}"#).unchecked_into())));
    assert_eq!((text(&error, "record"), text(&error, "field")), ("geo[0]".into(), "pc4".into()));
    let error = thrown(JsEngine::new(Some(js(r#"{"taxonomy": [{"id": "a", "kind": "vaardigheid", "label": "x"}]}"#).unchecked_into())));
    assert_eq!(text(&error, "field"), "kind");
    let error = thrown(JsEngine::new(Some(js(r#""text""#).unchecked_into())));
    assert_eq!(text(&error, "record"), "init");
    assert_eq!(JsEngine::new(None).unwrap().size(), 0);
    assert_eq!(engine().size(), 2);
}

#[wasm_bindgen_test]
fn add_remove_vacancy_lookup_candidates_and_suggest() {
    let mut e = engine();
    assert_eq!(e.add_vacancies(js(r#"[{"id": "k1", "title": "Kok", "validThrough": "2027-01-01"}]"#).unchecked_into()).unwrap(), 1);
    assert_eq!(text(&e.vacancy("k1").unwrap().into(), "title"), "Kok");
    assert!(JsValue::from(e.vacancy("nope").unwrap()).is_undefined());
    assert_eq!(e.remove_vacancies(js(r#"["k1", "unknown"]"#).unchecked_into()).unwrap(), 1);
    assert!(e.remove_vacancies(js(r#"[1]"#).unchecked_into()).is_err());
    let candidates =
        js(&format!(r#"[{{"id": "kandidaat-1", "profile": {PROFILE}}}, {{"id": "kandidaat-2", "profile": {{"skills": ["koken"]}}}}]"#));
    let vacancy = js(r#"{"id": "job", "title": "Heftruckchauffeur", "skills": ["heftruck rijden"]}"#);
    let ranked: Array = e.rank_candidates(vacancy.unchecked_into(), candidates.unchecked_into(), None).unwrap().unchecked_into();
    assert_eq!(text(&ranked.get(0), "id"), "kandidaat-1");
    let error = thrown(e.rank_candidates(js("{}").unchecked_into(), js("[]").unchecked_into(), None));
    assert_eq!(text(&error, "record"), "vacancy");
    let suggestions: Array = e.suggest("heftruk", None).unwrap().unchecked_into();
    assert_eq!(text(&suggestions.get(0), "label"), "heftruck rijden");
    let occupations: Array = e.suggest("ko", Some(js(r#"{"kind": "occupation"}"#).unchecked_into())).unwrap().unchecked_into();
    assert_eq!(occupations.length(), 1);
}

#[wasm_bindgen_test]
fn importers_work_from_javascript() {
    use werkmatch::wasm::{esco_taxonomy, pc4_table};
    let occupations = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\nOccupation,occ:1,8344,heftruckchauffeur,\"heftruckbestuurder\nvorkheftruckchauffeur\"\n";
    let esco = esco_taxonomy(
        js(&format!("{{\"occupations\": {}}}", JSON::stringify(&occupations.into()).unwrap().as_string().unwrap())).unchecked_into(),
        None,
    )
    .unwrap();
    let concepts: Array = prop(&esco.into(), "concepts").unchecked_into();
    assert_eq!(concepts.length(), 1);
    assert_eq!(text(&concepts.get(0), "label"), "heftruckchauffeur");
    let error = thrown(esco_taxonomy(js(r#"{"occupations": "a,b\n1,2\n"}"#).unchecked_into(), None));
    assert_eq!(text(&error, "field"), "conceptUri");
    let geo: JsValue = pc4_table("pc4,place,lat,lon\n5141,Waalwijk,51.6867,5.0667\n12,x,0,0\n", None).unwrap().into();
    assert_eq!(Array::from(&prop(&geo, "entries")).length(), 1);
    assert_eq!(Array::from(&prop(&geo, "skipped")).length(), 1);

    let init = js("{}");
    Reflect::set(&init, &"taxonomy".into(), &concepts).unwrap();
    Reflect::set(&init, &"geo".into(), &prop(&geo, "entries")).unwrap();
    let mut e = JsEngine::new(Some(init.unchecked_into())).unwrap();
    let feed = js(include_str!("fixtures/jobpostings.json"));
    let report: JsValue =
        e.add_job_postings(feed.unchecked_into(), Some(js(r#"{"today": "2026-11-23"}"#).unchecked_into())).unwrap().into();
    assert_eq!(Array::from(&prop(&report, "added")).length(), 3);
    assert_eq!(prop(&report, "expired").as_f64(), Some(1.0));
    assert_eq!(Array::from(&prop(&report, "skipped")).length(), 7);
    let results: Array = e
        .rank(js(r#"{"desiredOccupations": ["heftruckbestuurder"], "location": {"postcode": "5141"}}"#).unchecked_into(), None)
        .unwrap()
        .unchecked_into();
    assert_eq!(text(&results.get(0), "id"), "WP-1001");
    let deep = js(&format!("{}1{}", "[".repeat(200), "]".repeat(200)));
    assert_eq!(text(&thrown(e.add_job_postings(deep.unchecked_into(), None)), "record"), "feed");
    assert_eq!(e.size(), 3, "nothing lost");
}

/// The index of the same data as `INIT`, built by the core (as the command line does).
fn native_index() -> Vec<u8> {
    let init: serde_json::Value = serde_json::from_str(INIT).unwrap();
    let concepts: Vec<werkmatch::Concept> = serde_json::from_value(init["taxonomy"]["concepts"].clone()).unwrap();
    let geo: Vec<werkmatch::GeoEntry> = serde_json::from_value(init["geo"].clone()).unwrap();
    let vacancies: Vec<werkmatch::Vacancy> = serde_json::from_value(init["vacancies"].clone()).unwrap();
    let engine = werkmatch::Engine::with_vacancies(vacancies, &concepts, &geo).unwrap();
    engine.to_index(werkmatch::engine::DescriptionMode::Snippet)
}

#[wasm_bindgen_test]
fn an_index_loads_in_the_browser_and_bad_files_throw() {
    let original = engine();
    // The index is written natively (the `werkmatch index` command); here from the same data.
    let bytes = native_index();
    let loaded = JsEngine::from_index(bytes.clone(), None).unwrap();
    assert_eq!(loaded.size(), 2);
    let ranked = rank(&loaded, PROFILE);
    assert_eq!(JSON::stringify(&ranked).unwrap(), JSON::stringify(&rank(&original, PROFILE)).unwrap());
    let mut other_version = bytes.clone();
    other_version[8] ^= 0xff;
    assert!(text(&thrown(JsEngine::from_index(other_version, None)), "message").contains("rebuild the index"));
    assert!(text(&thrown(JsEngine::from_index(bytes[..bytes.len() - 3].to_vec(), None)), "message").contains("truncated"));
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x10;
    assert!(text(&thrown(JsEngine::from_index(flipped, None)), "message").contains("checksum"));
}

#[wasm_bindgen_test]
fn shards_are_chosen_and_added_in_the_browser_and_bad_ones_throw() {
    let init: serde_json::Value = serde_json::from_str(INIT).unwrap();
    let concepts: Vec<werkmatch::Concept> = serde_json::from_value(init["taxonomy"]["concepts"].clone()).unwrap();
    let geo: Vec<werkmatch::GeoEntry> = serde_json::from_value(init["geo"].clone()).unwrap();
    let vacancies: Vec<werkmatch::Vacancy> = serde_json::from_value(init["vacancies"].clone()).unwrap();
    let whole = werkmatch::Engine::with_vacancies(vacancies, &concepts, &geo).unwrap();
    let set = werkmatch::index::shards::write_shards(&whole, 10.0, werkmatch::engine::DescriptionMode::None).unwrap();
    let file = |name: &str| set.files.iter().find(|(n, _)| n == name).unwrap().1.clone();
    let mut sharded = JsEngine::from_index(file(&set.manifest.base.file), None).unwrap();
    assert_eq!(sharded.size(), 0);
    let manifest = js(&serde_json::to_string(&set.manifest).unwrap());
    let choice = sharded.shards_for(manifest.clone().unchecked_into(), js(PROFILE).unchecked_into()).unwrap();
    let files = Array::from(&prop(&choice, "files"));
    assert!(files.length() >= 1);
    for name in files.iter() {
        sharded.add_index(js_sys::Uint8Array::from(&file(&name.as_string().unwrap())[..])).unwrap();
    }
    assert_eq!(JSON::stringify(&rank(&sharded, PROFILE)).unwrap(), JSON::stringify(&rank(&engine(), PROFILE)).unwrap());
    assert_eq!(sharded.size(), 2, "both vacancies lie within 25 km");
    // The same shard again, a damaged one, a bad manifest: an Error naming what, nothing lost.
    let size = sharded.size();
    let first = file(&files.get(0).as_string().unwrap());
    assert!(text(&thrown(sharded.add_index(js_sys::Uint8Array::from(&first[..]))), "message").contains("already loaded"));
    assert!(text(&thrown(sharded.add_index(js_sys::Uint8Array::from(&first[..first.len() - 1]))), "message").contains("truncated"));
    let bad = js(&serde_json::to_string(&serde_json::json!({ "format": "werkmatch-shards", "version": 7 })).unwrap());
    assert_eq!(text(&thrown(sharded.shards_for(bad.unchecked_into(), js(PROFILE).unchecked_into())), "record"), "manifest");
    assert_eq!(sharded.size(), size);
    assert_eq!(prop(&sharded.place("5038 AB").unwrap(), "lat").as_f64(), Some(51.5606));
    assert!(JsValue::from(sharded.place("9999").unwrap()).is_undefined());
}

#[wasm_bindgen_test]
fn feeds_profiles_search_and_vocabularies_come_from_the_core() {
    use werkmatch::wasm::{cefr_levels, driving_licences, feed_kind, work_conditions};
    let kind = |json: &str| feed_kind(js(json).unchecked_into()).map(|k| JsValue::from(k).as_string().unwrap());
    assert_eq!(kind(r#"{"vacancies": []}"#).unwrap(), "vacancies");
    assert_eq!(kind(r#"[{"@type": "JobPosting", "title": "Kok"}]"#).unwrap(), "jobPostings");
    assert_eq!(kind(r#"{"format": "werkmatch-shards"}"#).unwrap(), "shards");
    assert_eq!(text(&thrown(kind(r#"{"items": []}"#)), "record"), "feed");

    let mut e = JsEngine::new(None).unwrap();
    let wrapped =
        js(r#"{"vacancies": [{"id": "v1", "title": "Heftruckchauffeur", "employer": "Van Dijk", "location": {"place": "Waalwijk"}}]}"#);
    let report = e.add_feed(wrapped.unchecked_into(), None).unwrap();
    assert_eq!(Array::from(&prop(&report, "added")).length(), 1);
    let postings = js(r#"{"@graph": [{"@type": "JobPosting", "identifier": "p1", "title": "Financiële administratie"}]}"#);
    assert_eq!(Array::from(&prop(&e.add_feed(postings.unchecked_into(), None).unwrap(), "added")).length(), 1);
    assert_eq!(e.size(), 2);

    assert!(JsValue::from(e.validate_profile(js(PROFILE).unchecked_into())).is_undefined());
    let error: JsValue = e.validate_profile(js(r#"{"hours": {"min": -4}}"#).unchecked_into()).into();
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!((text(&error, "record"), text(&error, "field")), ("profile".into(), "hours.min".into()));

    let found: Array = e.find_vacancies("FINANCIELE", None).unwrap().unchecked_into();
    assert_eq!((found.length(), text(&found.get(0), "id")), (1, "p1".into()));
    let found: Array = e.find_vacancies("chauffeurs waalwijk", None).unwrap().unchecked_into();
    assert_eq!(text(&found.get(0), "employer"), "Van Dijk");

    let licences = Array::from(&driving_licences().unwrap().into());
    assert_eq!((licences.length(), licences.get(2).as_string().unwrap()), (13, "B".into()));
    assert_eq!(Array::from(&work_conditions().unwrap().into()).length(), 8);
    assert_eq!(Array::from(&cefr_levels().unwrap().into()).get(0).as_string().unwrap(), "A1");
}
