//! Partial credit: how much of a phrase was found in a field, and how much of the field it
//! covers, each word weighted by how rare it is, turned into one strength (see
//! [`crate::rules::FIELD_COVERAGE_EXPONENT_OCCUPATION`]).
//!
//! A text is a list of words; a compound word also has its parts ("broodbakker": "brood",
//! "bakker"), each a feature with a weight of its own. A whole word counts as found when all
//! its parts are, and a part when its whole word is.

use crate::rules::{PARTIAL_CURVE, STRENGTH_PARTIAL_MAX, STRENGTH_SCATTERED};

/// One word of a text as coverage sees it: the strength with which its whole and each part
/// was found (0 = not found), and their weights.
#[derive(Debug, Clone, Copy)]
pub struct WordFound<'a> {
    /// Weight of the whole word.
    pub weight: f64,
    /// Strength with which the whole word was found.
    pub found: f64,
    /// Its parts: (weight, strength found).
    pub parts: &'a [(f64, f64)],
}

/// The weight of a word found and its whole weight, after crediting a whole word whose parts
/// were all found and the parts of a word found whole.
pub fn word_share(word: WordFound) -> (f64, f64) {
    let parts_found = if word.parts.is_empty() { 0.0 } else { word.parts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min) };
    let whole = word.found.max(parts_found);
    let matched = word.weight * whole + word.parts.iter().map(|&(w, s)| w * s.max(whole)).sum::<f64>();
    let total = word.weight + word.parts.iter().map(|p| p.0).sum::<f64>();
    (matched, total)
}

/// Whether a word counts as found whole (itself, or every part of it).
pub fn word_complete(word: WordFound) -> bool {
    word.found > 0.0 || (!word.parts.is_empty() && word.parts.iter().all(|p| p.1 > 0.0))
}

/// Matched weight over total weight, 1 for a text without weight.
pub fn share(matched: f64, total: f64) -> f64 {
    if total > 0.0 {
        (matched / total).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

/// How completely a phrase was found in a field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// Weighted share of the phrase found (each word by its match strength).
    pub phrase: f64,
    /// Weighted share of the field covered by the phrase (1 for long text, where it is not
    /// asked).
    pub field: f64,
    /// Every word of the phrase was found.
    pub complete: bool,
    /// Found in the phrase's order, side by side.
    pub in_order: bool,
}

impl Coverage {
    /// The strength 0–1 of this coverage, with the field's share raised to `field_exponent`.
    /// A whole phrase found side by side keeps its words' strengths (exact 1, typo 0.85, ...)
    /// scaled by how much of the field it covers; found scattered, it counts
    /// [`STRENGTH_SCATTERED`] of that; found in part, at most [`STRENGTH_PARTIAL_MAX`].
    pub fn strength(&self, field_exponent: f64) -> f64 {
        let field = if self.field >= 1.0 { 1.0 } else { self.field.powf(field_exponent * PARTIAL_CURVE) };
        if self.complete {
            let whole = self.phrase * field;
            if self.in_order {
                whole
            } else {
                whole * STRENGTH_SCATTERED
            }
        } else {
            STRENGTH_PARTIAL_MAX * self.phrase.powf(PARTIAL_CURVE) * field
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::*;

    const TOL: f64 = 1e-9;

    #[test]
    fn a_whole_word_counts_when_its_parts_are_found_and_the_other_way_round() {
        let parts = [(1.0, 1.0), (2.0, 1.0)];
        let joined = WordFound { weight: 3.0, found: 0.0, parts: &parts };
        assert_eq!(word_share(joined), (6.0, 6.0), "'heftruck chauffeur' covers 'heftruckchauffeur'");
        assert!(word_complete(joined));
        let half = [(1.0, 1.0), (2.0, 0.0)];
        let head_missing = WordFound { weight: 3.0, found: 0.0, parts: &half };
        assert_eq!(word_share(head_missing), (1.0, 6.0));
        assert!(!word_complete(head_missing));
        let whole = WordFound { weight: 3.0, found: 0.85, parts: &half };
        let (matched, total) = word_share(whole);
        // A typo of the whole word covers its parts at typo strength; a part found itself keeps its own.
        assert!((matched - (0.85 * 3.0 + 1.0 + 0.85 * 2.0)).abs() < TOL && total == 6.0, "{matched}");
    }

    #[test]
    fn strengths_follow_the_rules() {
        let exact = Coverage { phrase: 1.0, field: 1.0, complete: true, in_order: true };
        assert_eq!(exact.strength(FIELD_COVERAGE_EXPONENT_OCCUPATION), STRENGTH_EXACT);
        let scattered = Coverage { in_order: false, ..exact };
        assert!((scattered.strength(FIELD_COVERAGE_EXPONENT_OCCUPATION) - STRENGTH_SCATTERED).abs() < TOL);
        // A longer field: the phrase covers a quarter of its weight.
        let longer = Coverage { field: 0.25, ..exact };
        let expected = 0.25f64.powf(FIELD_COVERAGE_EXPONENT_OCCUPATION * PARTIAL_CURVE);
        assert!((longer.strength(FIELD_COVERAGE_EXPONENT_OCCUPATION) - expected).abs() < TOL);
        assert!(longer.strength(FIELD_COVERAGE_EXPONENT_SKILL) > longer.strength(FIELD_COVERAGE_EXPONENT_OCCUPATION));
        // Found in part: the share found, curved, at most the partial maximum.
        let part = Coverage { phrase: 0.64, field: 1.0, complete: false, in_order: false };
        assert!((part.strength(FIELD_COVERAGE_EXPONENT_OCCUPATION) - STRENGTH_PARTIAL_MAX * 0.8).abs() < TOL);
        assert!(part.strength(1.0) < exact.strength(1.0));
    }
}
