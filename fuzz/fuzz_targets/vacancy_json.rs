//! Vacancy JSON (a list or one object) read and added to an engine that holds vacancies:
//! a bad list is refused whole, the engine keeps what it had and still answers.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::input::read_value;
use werkmatch::Vacancy;
use werkmatch_fuzz::*;

fuzz_target!(|data: &[u8]| {
    let Some(value) = json(data) else { return };
    let list = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    let mut engine = demo_engine();
    let before = engine.len();
    let read: Result<Vec<Vacancy>, _> = list.into_iter().map(read_value).collect();
    let added = match read {
        Ok(vacancies) => engine.add_vacancies(vacancies).unwrap_or(0),
        Err(_) => 0,
    };
    check_still_answers(&engine, before + added);
    if added > 0 {
        let index = engine.to_index(werkmatch::engine::DescriptionMode::Snippet);
        let again = werkmatch::Engine::from_index(&index).expect("an index the engine wrote loads");
        assert_eq!(again.len(), engine.len());
    }
});
