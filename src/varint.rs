//! LEB128 varints: unsigned numbers in 7-bit groups, low group first, the high bit of each
//! byte saying another follows. Small numbers (most term ids, most steps between vacancy
//! numbers) take one or two bytes instead of four. Used by the postings and vacancy records.

/// Appends `number` to `out`.
pub fn push(out: &mut Vec<u8>, mut number: u32) {
    while number >= 0x80 {
        out.push((number as u8) | 0x80);
        number >>= 7;
    }
    out.push(number as u8);
}

/// Writes `number` into `out` at `*at` (which must have [`len`] bytes of room there), moving
/// `*at` past it: the same bytes as [`push`], into a buffer made at its exact size.
pub fn write(out: &mut [u8], at: &mut usize, mut number: u32) {
    while number >= 0x80 {
        out[*at] = (number as u8) | 0x80;
        *at += 1;
        number >>= 7;
    }
    out[*at] = number as u8;
    *at += 1;
}

/// How many bytes [`push`] takes for `number`.
pub fn len(number: u32) -> usize {
    (32 - (number | 1).leading_zeros() as usize).div_ceil(7)
}

/// The number at `*at` in `bytes`, moving `*at` past it; `None` at the end of `bytes` or in a
/// number cut off by it. Bits beyond 32 are dropped (only a damaged input has them).
/// Always inlined: the module is built for size, and this is on a ranking's hot path.
#[inline(always)]
pub fn read(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let first = *bytes.get(*at)?;
    if first < 0x80 {
        *at += 1;
        return Some(u32::from(first));
    }
    let mut number = 0u32;
    let mut shift = 0u32;
    loop {
        let byte = *bytes.get(*at)?;
        *at += 1;
        number |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if byte & 0x80 == 0 {
            return Some(number);
        }
    }
}

/// The numbers in `bytes`, in order (a number cut off at the end is left out).
pub fn numbers(bytes: &[u8]) -> impl Iterator<Item = u32> + Clone + '_ {
    let mut at = 0;
    std::iter::from_fn(move || read(bytes, &mut at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_back_as_written_in_as_few_bytes_as_their_bits_need() {
        let written = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let mut bytes = Vec::new();
        for &n in &written {
            push(&mut bytes, n);
        }
        assert_eq!(bytes.len(), 1 + 1 + 1 + 2 + 2 + 2 + 3 + 5);
        assert_eq!(written.iter().map(|&n| len(n)).sum::<usize>(), bytes.len());
        assert_eq!(numbers(&bytes).collect::<Vec<_>>(), written);
        let mut exact = vec![0; bytes.len()];
        let mut at = 0;
        written.iter().for_each(|&n| write(&mut exact, &mut at, n));
        assert_eq!((exact, at), (bytes.clone(), bytes.len()), "write gives what push gives");
        // A number cut off at the end is not read.
        assert_eq!(numbers(&bytes[..bytes.len() - 1]).count(), written.len() - 1);
    }
}
