//! schema.org JobPosting feeds (JSON-LD): bad postings are skipped and reported, the rest
//! is added, and the engine keeps answering.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::import::json::Json;
use werkmatch::input::read_value;
use werkmatch_fuzz::*;

fuzz_target!(|data: &[u8]| {
    let Some(value) = json(data) else { return };
    let Ok(feed) = read_value::<_, Json>(value) else { return };
    let mut engine = demo_engine();
    let added = match engine.add_job_postings(&feed, Some("2026-11-23")) {
        Ok(report) => report.added.len(),
        Err(_) => 0,
    };
    check_still_answers(&engine, DEMO_VACANCIES + added);
});
