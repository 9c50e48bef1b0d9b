//! Binary index files. Half the inputs are taken as a whole file; the other half as the
//! payload of a file with a correct header and checksum, so the fuzzer reaches the decoder
//! and the consistency checks behind the checksum. With bit 1 of the first byte set, the file is
//! added to the demo engine (`add_index`, as a shard), its payload starting with the demo
//! taxonomy's check: either it is added whole, or the engine keeps exactly what it had.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::Engine;
use werkmatch_fuzz::*;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let as_shard = mode & 2 != 0;
    let mut shard = demo_engine();
    let file = if mode & 1 == 0 {
        rest.to_vec()
    } else {
        let mut payload = Vec::new();
        if as_shard {
            // The payload's first field, the taxonomy check, as postcard writes a u32 (varint).
            let mut check = shard.taxonomy_check();
            while check >= 0x80 {
                payload.push((check as u8) | 0x80);
                check >>= 7;
            }
            payload.push(check as u8);
        }
        payload.extend_from_slice(rest);
        werkmatch::index::frame(&payload)
    };
    if as_shard {
        let before = shard.len();
        match shard.add_index(&file) {
            Ok(added) => assert_eq!(shard.len(), before + added),
            Err(_) => check_still_answers(&shard, before),
        }
        let options = werkmatch::RankOptions::default();
        if let Ok(results) = shard.rank(&probe_profile(), &options) {
            check_results(&results, &options);
        }
        return;
    }
    let Ok(engine) = Engine::from_index(&file) else { return };
    let options = werkmatch::RankOptions::default();
    if let Ok(results) = engine.rank(&probe_profile(), &options) {
        check_results(&results, &options);
    }
    let _ = engine.to_index(werkmatch::engine::DescriptionMode::None);
});
