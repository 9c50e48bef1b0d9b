//! CRC-32 (IEEE 802.3, as in zip and PNG) with a 1 KB table built at compile time: small in the
//! WebAssembly build, and enough to catch truncated or bit-flipped index files. Long inputs (a
//! whole index file) are read eight bytes at a time ("slicing-by-8", with seven more tables
//! made from the first at the call): checking a file is most of what loading it costs.

const TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// Inputs from this length on are read eight bytes at a time.
const SLICED_FROM: usize = 64 * 1024;

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    let mut rest = bytes;
    if bytes.len() >= SLICED_FROM {
        // tables[k][b]: the CRC of byte b followed by k zero bytes.
        let mut tables = vec![TABLE; 8];
        for k in 1..8 {
            let previous = tables[k - 1];
            for (entry, before) in tables[k].iter_mut().zip(previous) {
                *entry = (before >> 8) ^ TABLE[(before & 0xFF) as usize];
            }
        }
        let t = |k: usize, byte: u32| tables[k][(byte & 0xFF) as usize];
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let lo = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]) ^ c;
            let hi = u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]);
            c = t(7, lo) ^ t(6, lo >> 8) ^ t(5, lo >> 16) ^ t(4, lo >> 24) ^ t(3, hi) ^ t(2, hi >> 8) ^ t(1, hi >> 16) ^ t(0, hi >> 24);
        }
        rest = chunks.remainder();
    }
    !rest.iter().fold(c, |c, &b| TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}

#[cfg(test)]
mod tests {
    use super::{crc32, SLICED_FROM, TABLE};

    #[test]
    fn matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn long_inputs_read_eight_bytes_at_a_time_give_the_same_crc_as_byte_by_byte() {
        let bytewise = |bytes: &[u8]| !bytes.iter().fold(!0u32, |c, &b| TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8));
        let bytes: Vec<u8> = (0..SLICED_FROM as u32 + 21).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        for len in [SLICED_FROM, SLICED_FROM + 1, SLICED_FROM + 7, SLICED_FROM + 8, SLICED_FROM + 21] {
            assert_eq!(crc32(&bytes[..len]), bytewise(&bytes[..len]), "{len} bytes");
        }
    }
}
