//! Autocomplete on any typed text: never panics, never more suggestions than asked.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::SuggestOptions;
use werkmatch_fuzz::*;

fuzz_target!(|input: (String, u8)| {
    let (prefix, limit) = input;
    let options = SuggestOptions { limit: u32::from(limit), ..SuggestOptions::default() };
    let found = demo_engine().suggest(&prefix, &options);
    assert!(found.len() <= usize::from(limit).clamp(1, 100), "{} suggestions for limit {limit}", found.len());
});
