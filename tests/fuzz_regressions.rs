//! Inputs the fuzzers found (tests/fuzz-regressions/), replayed through the fuzz targets' own
//! engine and checks (fuzz/src/lib.rs), so a fixed finding stays fixed. The file name says
//! which target found it.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)] // the fuzz targets use more of it
#[path = "../fuzz/src/lib.rs"]
mod fuzz_checks;

use fuzz_checks::{check_results, check_still_answers, demo_engine, DEMO_VACANCIES};
use serde_json::Value;
use werkmatch::input::read_value;
use werkmatch::{Candidate, Profile, RankOptions};

fn regression(name: &str) -> Value {
    let path = format!("{}/tests/fuzz-regressions/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A 30 ranked above a 31: results are now ordered by the shown score first.
#[test]
fn profile_json_unsorted() {
    let input = regression("profile_json-unsorted.json");
    let profile: Profile = read_value(input["profile"].clone()).unwrap();
    let engine = demo_engine();
    let options = RankOptions::default();
    check_results(&engine.rank(&profile, &options).unwrap(), &options);
    let vacancy = engine.vacancy(engine.ids().next().unwrap()).unwrap().clone();
    let candidates = vec![Candidate { id: "c1".into(), profile }];
    check_results(&engine.rank_candidates(&vacancy, &candidates, &options).unwrap(), &options);
    check_still_answers(&engine, DEMO_VACANCIES);
}
