//! Binary index files. Half the inputs are taken as a whole file; the other half as the
//! payload of a file with a correct header and checksum, so the fuzzer reaches the decoder
//! and the consistency checks behind the checksum.
#![no_main]
use libfuzzer_sys::fuzz_target;
use werkmatch::Engine;
use werkmatch_fuzz::*;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let file = if mode & 1 == 0 {
        rest.to_vec()
    } else {
        let mut file = b"WMINDEX\0".to_vec();
        file.extend_from_slice(&werkmatch::index_file::FORMAT_VERSION.to_le_bytes());
        file.extend_from_slice(&(rest.len() as u64).to_le_bytes());
        file.extend_from_slice(&werkmatch::checksum::crc32(rest).to_le_bytes());
        file.extend_from_slice(rest);
        file
    };
    let Ok(engine) = Engine::from_index(&file) else { return };
    let options = werkmatch::RankOptions::default();
    if let Ok(results) = engine.rank(&probe_profile(), &options) {
        check_results(&results, &options);
    }
    let _ = engine.to_index(werkmatch::engine::DescriptionMode::None);
});
