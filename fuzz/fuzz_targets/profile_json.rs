//! Profile and options JSON (`{"profile": ..., "options": ...}` or a bare profile) ranked
//! against the demo engine, and as a candidate in the employer preview.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::input::read_value;
use werkmatch::{Candidate, Profile, RankOptions};
use werkmatch_fuzz::*;

fuzz_target!(|data: &[u8]| {
    let Some(value) = json(data) else { return };
    let (profile, options) = match value.get("profile") {
        Some(p) => (p.clone(), value.get("options").cloned().unwrap_or_default()),
        None => (value, serde_json::Value::Null),
    };
    let Ok(profile) = read_value::<_, Profile>(profile) else { return };
    let options: RankOptions = if options.is_null() {
        RankOptions::default()
    } else {
        match read_value(options) {
            Ok(o) => o,
            Err(_) => return,
        }
    };
    let engine = demo_engine();
    if let Ok(results) = engine.rank(&profile, &options) {
        check_results(&results, &options);
    }
    if let Some(vacancy) = engine.ids().next().and_then(|id| engine.vacancy(id)) {
        let candidates = vec![Candidate { id: "c1".into(), profile }];
        if let Ok(results) = engine.rank_candidates(&vacancy, &candidates, &options) {
            check_results(&results, &options);
        }
    }
    check_still_answers(&engine, DEMO_VACANCIES);
});
