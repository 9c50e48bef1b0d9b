//! Typo tolerance between two normalised tokens, with thresholds that accept "heftruk" for
//! "heftruck" but never match "kok" to "kap" (see [`crate::rules`]).

use crate::rules::{TYPO_LONG_MIN_CHARS, TYPO_MIN_CHARS};

/// How many typos (edits) a token of `chars` characters may contain.
pub fn max_typos(chars: usize) -> usize {
    if chars >= TYPO_LONG_MIN_CHARS {
        2
    } else if chars >= TYPO_MIN_CHARS {
        1
    } else {
        0
    }
}

/// Whether `a` and `b` are the same word up to typos (optimal string alignment distance),
/// allowing as many typos as the shorter word permits, and requiring the same first letter.
pub fn typo_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let allowed = max_typos(la.min(lb));
    if allowed == 0 || la.abs_diff(lb) > allowed || a.chars().next() != b.chars().next() {
        return false;
    }
    strsim::osa_distance(a, b) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_common_typos() {
        assert!(typo_match("heftruk", "heftruck"));
        assert!(typo_match("orderpiken", "orderpicken"));
        assert!(typo_match("kasawerk", "kassawerk"));
        assert!(typo_match("schoonmkaer", "schoonmaker"), "transposition counts as one edit");
    }

    #[test]
    fn rejects_different_short_words() {
        assert!(!typo_match("kok", "kap"));
        assert!(!typo_match("kassa", "massa"), "different first letter");
        assert!(!typo_match("lassen", "wassen"));
        assert!(!typo_match("zorg", "zorf"), "four letters allow no typo");
    }
}
