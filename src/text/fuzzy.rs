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
    // Cheap first: each edit changes the letters' counts by at most one on each side.
    if bag_distance(a, b) > allowed {
        return false;
    }
    strsim::osa_distance(a, b) <= allowed
}

/// Whether `a` and `b` are at most `allowed` edits apart (optimal string alignment).
pub fn typo_match_within(a: &str, b: &str, allowed: usize) -> bool {
    bag_distance(a, b) <= allowed && strsim::osa_distance(a, b) <= allowed
}

/// A lower bound of the edit distance: the larger of the number of letters `a` has more of
/// than `b`, and the other way round (letters a–z and digits counted; others as one class).
fn bag_distance(a: &str, b: &str) -> usize {
    let slot = |c: char| match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26 + c as usize - '0' as usize,
        _ => 36,
    };
    let mut counts = [0i32; 37];
    for c in a.chars() {
        counts[slot(c)] += 1;
    }
    for c in b.chars() {
        counts[slot(c)] -= 1;
    }
    let more = counts.iter().filter(|&&n| n > 0).map(|&n| n as usize).sum::<usize>();
    let fewer = counts.iter().filter(|&&n| n < 0).map(|&n| (-n) as usize).sum::<usize>();
    more.max(fewer)
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
    fn the_cheap_bound_never_exceeds_the_distance() {
        for (a, b) in [("heftruk", "heftruck"), ("schoonmkaer", "schoonmaker"), ("kassa", "massa"), ("abcdef", "fedcba"), ("één", "een")]
        {
            assert!(bag_distance(a, b) <= strsim::osa_distance(a, b), "{a} {b}");
        }
    }

    #[test]
    fn rejects_different_short_words() {
        assert!(!typo_match("kok", "kap"));
        assert!(!typo_match("kassa", "massa"), "different first letter");
        assert!(!typo_match("lassen", "wassen"));
        assert!(!typo_match("zorg", "zorf"), "four letters allow no typo");
    }
}
