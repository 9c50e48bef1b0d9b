//! ESCO CSV files: the input is split on a form feed into occupations, skills, broader
//! relations and occupation–skill relations; whatever imports must make a valid engine.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::import::esco::{import_esco, EscoFiles};
use werkmatch::{Engine, Limits, SuggestOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.split('\u{c}').map(|s| Some(s.to_owned()));
    let files = EscoFiles {
        occupations: parts.next().flatten(),
        skills: parts.next().flatten(),
        broader_relations: parts.next().flatten(),
        occupation_skill_relations: parts.next().flatten(),
    };
    let Ok(import) = import_esco(&files, &Limits::default()) else { return };
    if let Ok(engine) = Engine::new(&import.concepts, &[]) {
        let _ = engine.suggest("kok", &SuggestOptions::default());
    }
});
