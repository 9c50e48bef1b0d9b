//! [`Match`]: one match of a profile's skill or occupation in a vacancy, whatever route found
//! it (a concept, a label, words in a title), with the one ordering every route uses.

use crate::explain::{MatchHow, MatchWhere};

/// A match: how strong, how, where, and which of the person's words were found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Strength 0–1.
    pub strength: f64,
    /// How it matched.
    pub how: MatchHow,
    /// Where it was found.
    pub found_in: MatchWhere,
    /// Which of the person's words were found (bit `i`: word `i`); all bits for a match of
    /// the whole term.
    pub words_found: u64,
}

/// `words_found` of a match of the whole term.
pub const ALL_WORDS: u64 = u64::MAX;

impl Match {
    /// A match of the whole term.
    pub fn whole(strength: f64, how: MatchHow, found_in: MatchWhere) -> Match {
        Match { strength, how, found_in, words_found: ALL_WORDS }
    }

    /// Whether `self` is better than `other`: stronger; at equal strength, the better kind
    /// ([`MatchHow`]'s order: a concept id before a label, before a synonym, ...).
    pub fn beats(&self, other: Option<&Match>) -> bool {
        other.is_none_or(|o| self.strength > o.strength || (self.strength == o.strength && self.how < o.how))
    }

    /// Keeps the better of `best` and `candidate` in `best`.
    pub fn keep_best(best: &mut Option<Match>, candidate: Match) {
        if candidate.beats(best.as_ref()) {
            *best = Some(candidate);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stronger_first_then_the_better_kind() {
        let label = Match::whole(0.8, MatchHow::Label, MatchWhere::Title);
        let partial = Match::whole(0.8, MatchHow::Partial, MatchWhere::Title);
        let strong = Match::whole(0.9, MatchHow::Partial, MatchWhere::Description);
        assert!(label.beats(Some(&partial)) && !partial.beats(Some(&label)));
        assert!(strong.beats(Some(&label)));
        assert!(label.beats(None));
        let mut best = None;
        for m in [partial, label, strong] {
            Match::keep_best(&mut best, m);
        }
        assert_eq!(best, Some(strong));
    }
}
