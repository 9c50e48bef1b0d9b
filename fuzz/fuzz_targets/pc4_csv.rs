//! PC4 postcode tables (CSV): bad rows are skipped; what imports must make a valid table.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::import::pc4::import_pc4_csv;
use werkmatch::{Engine, Limits};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(import) = import_pc4_csv(text, "pc4.csv", &Limits::default()) else { return };
    Engine::new(&[], &import.entries).expect("rows the importer accepts make a valid table");
});
