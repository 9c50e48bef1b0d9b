//! `rank` on structurally fuzzed profiles: arbitrary texts (any Unicode), numbers (NaN,
//! infinities, negatives), levels, postcodes and options, built without JSON.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use werkmatch::{HoursRange, Profile, ProfileLocation, ProfileSkill, RankOptions, TermRef};
use werkmatch_fuzz::*;

#[derive(Debug, Arbitrary)]
struct Input {
    skills: Vec<(String, Option<u8>, Option<f64>)>,
    occupations: Vec<String>,
    past_titles: Vec<String>,
    postcode: Option<String>,
    point: Option<(f64, f64)>,
    max_distance_km: Option<f64>,
    hours: Option<(Option<f64>, Option<f64>)>,
    education_level: Option<u8>,
    banenafspraak: bool,
    limit: u32,
    min_score: u32,
}

fuzz_target!(|input: Input| {
    let mut profile = Profile::default();
    profile.skills =
        input.skills.into_iter().map(|(label, level, years)| ProfileSkill { level, years, ..ProfileSkill::label(&label) }).collect();
    profile.desired_occupations = input.occupations.into_iter().map(TermRef::label).collect();
    profile.past_job_titles = input.past_titles.into_iter().map(TermRef::label).collect();
    if input.postcode.is_some() || input.point.is_some() {
        profile.location = Some(ProfileLocation { postcode: input.postcode, lat: input.point.map(|p| p.0), lon: input.point.map(|p| p.1) });
    }
    profile.max_distance_km = input.max_distance_km;
    profile.hours = input.hours.map(|(min, max)| HoursRange { min, max });
    profile.education_level = input.education_level;
    profile.banenafspraak = input.banenafspraak;
    let options = RankOptions { limit: input.limit % 1100, min_score: input.min_score % 110, ..RankOptions::default() };
    let engine = demo_engine();
    if let Ok(results) = engine.rank(&profile, &options) {
        check_results(&results, &options);
    }
    check_still_answers(&engine, DEMO_VACANCIES);
});
