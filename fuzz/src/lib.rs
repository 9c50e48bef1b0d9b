//! What the fuzz targets share: a small engine loaded from the demo data, and the checks
//! every answer must pass (scores in 0–100 that are the sum of their parts, sorted, nothing
//! loaded before lost). A failed check panics, which libFuzzer reports as a finding.

use serde_json::Value;
use werkmatch::input::read_value;
use werkmatch::{Concept, Engine, GeoEntry, Profile, RankOptions, RankedResult, Vacancy};

/// How many demo vacancies the shared engine holds (few, so each run is quick).
pub const DEMO_VACANCIES: usize = 60;

fn demo<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).expect("the demo data is valid JSON")
}

/// The demo taxonomy and postcode table.
pub fn demo_reference() -> (Vec<Concept>, Vec<GeoEntry>) {
    let taxonomy: Value = demo(include_str!("../../www/demo/taxonomy.json"));
    let concepts = serde_json::from_value(taxonomy["concepts"].clone()).expect("the demo taxonomy has concepts");
    (concepts, demo(include_str!("../../www/demo/geo.json")))
}

static DEMO: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();

/// An engine with [`DEMO_VACANCIES`] demo vacancies, the demo taxonomy and geo table: a
/// fresh copy of one built once, so each run may change its own.
pub fn demo_engine() -> Engine {
    DEMO.get_or_init(|| {
        let (taxonomy, geo) = demo_reference();
        let mut vacancies: Vec<Vacancy> = demo(include_str!("../../www/demo/vacancies.json"));
        vacancies.truncate(DEMO_VACANCIES);
        Engine::with_vacancies(vacancies, &taxonomy, &geo).expect("the demo data loads")
    })
    .clone()
}

/// A profile that matches some demo vacancies, to rank after a fuzzed load.
pub fn probe_profile() -> Profile {
    let value = serde_json::json!({
        "skills": [{ "label": "heftruck rijden" }, { "label": "orderpicken" }, { "label": "klantvriendelijk" }],
        "location": { "postcode": "5038" },
        "maxDistanceKm": 40
    });
    read_value(value).expect("the probe profile is valid")
}

/// Checks one ranking: sorted, scores 0–100, parts add up to the score, within the limit.
pub fn check_results(results: &[RankedResult], options: &RankOptions) {
    assert!(results.len() <= options.limit as usize, "more results than the limit");
    for r in results {
        assert!(r.score <= 100, "score {} of {}", r.score, r.id);
        assert!(r.score >= options.min_score, "score {} under minScore", r.score);
        let parts: u32 = r.explanation.parts.iter().map(|p| p.points).sum();
        assert_eq!(parts, r.score, "parts of {} add up", r.id);
    }
    for pair in results.windows(2) {
        assert!(pair[0].score >= pair[1].score, "sorted by score");
    }
}

/// Ranks the probe profile and checks the engine still answers, with `expected` vacancies.
pub fn check_still_answers(engine: &Engine, expected: usize) {
    assert_eq!(engine.len(), expected, "vacancies loaded before are all still there");
    let options = RankOptions::default();
    let results = engine.rank(&probe_profile(), &options).expect("the probe profile ranks");
    check_results(&results, &options);
}

/// Parses fuzz bytes as JSON, when they are.
pub fn json(data: &[u8]) -> Option<Value> {
    serde_json::from_slice(data).ok()
}
