//! How one word of a query matches one word of a field or label, and how strongly: the same
//! word, a typo, another form of the word, a word the taxonomy uses in its place, or (without
//! a lexicon to split compounds) a part of a compound.

use crate::rules::{
    COMPOUND_PREFIX_MIN_CHARS, COMPOUND_REST_MIN_CHARS, COMPOUND_SUFFIX_MIN_CHARS, STRENGTH_COMPOUND, STRENGTH_COMPOUND_MODIFIER,
    STRENGTH_EXACT, STRENGTH_FUZZY, STRENGTH_WORD_FORM, STRENGTH_WORD_SYNONYM, WORD_FORM_MIN_CHARS, WORD_FORM_MIN_SHARE,
};
use crate::text::{max_typos, typo_match};

/// How a query word matched a word, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordKind {
    /// The same word (after normalisation).
    Exact,
    /// The query word is a part of the word ("heftruck" in "heftruckchauffeur"), or the word
    /// the first part of the query word.
    Compound,
    /// The same word with typos.
    Typo,
    /// A word the taxonomy uses in its place.
    Synonym,
    /// Another form of the same word (a long shared beginning).
    Form,
}

/// A word match: its kind and strength 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordMatch {
    /// How.
    pub kind: WordKind,
    /// Strength 0–1.
    pub strength: f32,
}

impl WordMatch {
    /// A match of `kind` with the rule set's strength for it.
    pub fn of(kind: WordKind) -> WordMatch {
        let strength = match kind {
            WordKind::Exact => STRENGTH_EXACT,
            WordKind::Compound => STRENGTH_COMPOUND,
            WordKind::Typo => STRENGTH_FUZZY,
            WordKind::Synonym => STRENGTH_WORD_SYNONYM,
            WordKind::Form => STRENGTH_WORD_FORM,
        };
        WordMatch { kind, strength: strength as f32 }
    }
}

/// A query word with what [`relate`] needs of it, worked out once.
#[derive(Debug, Clone)]
pub struct QueryWord<'a> {
    text: &'a str,
    chars: usize,
    first: char,
    typos: u32,
}

impl<'a> QueryWord<'a> {
    /// Prepares `text` (a stemmed word).
    pub fn new(text: &'a str) -> Self {
        let chars = text.chars().count();
        QueryWord { text, chars, first: text.chars().next().unwrap_or('\0'), typos: max_typos(chars) as u32 }
    }
}

fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// How `query` relates to the word `other` (`other_chars` characters long, starting with
/// `other_first`), if at all. With `compounds`, a query word inside a compound (at its start
/// or end) and the first part of the query word also count: used where no lexicon splits
/// compounds into their parts.
pub fn relate(query: &QueryWord, other: &str, other_chars: u32, other_first: char, compounds: bool) -> Option<WordMatch> {
    let other_chars = other_chars as usize;
    let same_start = other_first == query.first;
    let close = same_start && other_chars.abs_diff(query.chars) as u32 <= query.typos;
    let longer = other_chars >= query.chars + COMPOUND_REST_MIN_CHARS;
    let shorter = query.chars >= other_chars + COMPOUND_REST_MIN_CHARS;
    let form_length = query.chars.min(other_chars) >= WORD_FORM_MIN_CHARS;
    if !(close || (compounds && (longer || (shorter && same_start))) || (same_start && form_length)) {
        return None;
    }
    if other == query.text {
        return Some(WordMatch::of(WordKind::Exact));
    }
    if close && typo_match(query.text, other) {
        return Some(WordMatch::of(WordKind::Typo));
    }
    if compounds && longer {
        let part = (query.chars >= COMPOUND_PREFIX_MIN_CHARS && other.starts_with(query.text))
            || (query.chars >= COMPOUND_SUFFIX_MIN_CHARS && other.ends_with(query.text));
        if part {
            return Some(WordMatch::of(WordKind::Compound));
        }
    }
    if compounds && shorter && same_start && other_chars >= COMPOUND_PREFIX_MIN_CHARS && query.text.starts_with(other) {
        return Some(WordMatch { kind: WordKind::Compound, strength: STRENGTH_COMPOUND_MODIFIER as f32 });
    }
    if same_start && form_length {
        let shared = common_prefix_chars(query.text, other);
        if shared >= WORD_FORM_MIN_CHARS && shared as f64 >= WORD_FORM_MIN_SHARE * query.chars.min(other_chars) as f64 {
            return Some(WordMatch::of(WordKind::Form));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(query: &str, other: &str, compounds: bool) -> Option<WordKind> {
        relate(&QueryWord::new(query), other, other.chars().count() as u32, other.chars().next().unwrap(), compounds).map(|m| m.kind)
    }

    #[test]
    fn kinds() {
        assert_eq!(rel("kok", "kok", false), Some(WordKind::Exact));
        assert_eq!(rel("heftruk", "heftruck", false), Some(WordKind::Typo));
        assert_eq!(rel("kok", "kap", false), None, "short words allow no typo");
        assert_eq!(rel("elektriciteit", "elektricien", false), Some(WordKind::Form));
        assert_eq!(rel("automatisering", "automatisatie", false), Some(WordKind::Form));
        assert_eq!(rel("bakker", "broodbakker", true), Some(WordKind::Compound));
        assert_eq!(rel("bakker", "broodbakker", false), None, "with a lexicon, compounds are matched by their parts");
        assert_eq!(rel("heftruckcertificaat", "heftruck", true), Some(WordKind::Compound));
        assert_eq!(rel("installateur", "installatie", false), Some(WordKind::Form));
        assert_eq!(rel("medewerker", "medewerkster", false), Some(WordKind::Typo));
        assert_eq!(rel("magazijn", "magneet", false), None);
    }
}
