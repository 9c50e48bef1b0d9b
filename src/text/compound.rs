//! Dutch compounds split into the words they are made of: "torenkraanbediener" → "torenkraan" +
//! "bediener" → "toren" + "kraan" + "bediener", "kwaliteitscontrole" → "kwaliteit" + "controle"
//! (with the linking "s"). Which words exist is the caller's: a lexicon of known words, so a
//! word is only split into parts that are words themselves ("operator" is not "opera" + "tor"
//! unless both are known).

use super::normalize::stem;
use crate::rules::{COMPOUND_MAX_PARTS, COMPOUND_PART_MIN_CHARS};

/// Linking sounds between the parts of a Dutch compound ("kwaliteit-s-controle",
/// "boek-en-kast", "zieke-n-huis" is written as a known part itself).
const LINKS: [&str; 3] = ["s", "en", "e"];

/// The known form of `piece`, if any: the piece itself, its stem, or either without a linking
/// sound at its end ("trappen" → "trap", "kwaliteits" → "kwaliteit").
fn known_form(piece: &str, is_known: &impl Fn(&str) -> bool) -> Option<String> {
    let chars = piece.chars().count();
    let mut candidates: Vec<String> = vec![piece.to_owned(), stem(piece)];
    for link in LINKS {
        if let Some(base) = piece.strip_suffix(link) {
            if base.chars().count() >= COMPOUND_PART_MIN_CHARS && chars > link.len() {
                candidates.push(base.to_owned());
            }
        }
    }
    candidates.into_iter().find(|c| c.chars().count() >= COMPOUND_PART_MIN_CHARS && is_known(c))
}

/// Splits `word` (folded, one token) into known words, the most parts first; `None` when it
/// cannot be split into at least two known words. The parts come back as the known forms
/// (stems) that `is_known` accepted, left to right; the last part is the head of the compound.
pub fn split_compound(word: &str, is_known: &impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < 2 * COMPOUND_PART_MIN_CHARS {
        return None;
    }
    let parts = split_from(word, &chars, 0, is_known, COMPOUND_MAX_PARTS)?;
    (parts.len() >= 2).then_some(parts)
}

/// The split of `word[chars[start]..]` into the most known parts (at most `room`), or `None`.
fn split_from(word: &str, chars: &[(usize, char)], start: usize, is_known: &impl Fn(&str) -> bool, room: usize) -> Option<Vec<String>> {
    let rest = &word[chars[start].0..];
    let whole = known_form(rest, is_known).map(|w| vec![w]);
    if room <= 1 {
        return whole;
    }
    let mut best = whole;
    let n = chars.len();
    for cut in start + COMPOUND_PART_MIN_CHARS..=n.saturating_sub(COMPOUND_PART_MIN_CHARS) {
        let left = &word[chars[start].0..chars[cut].0];
        let Some(left) = known_form(left, is_known) else { continue };
        let Some(right) = split_from(word, chars, cut, is_known, room - 1) else { continue };
        if best.as_ref().is_none_or(|b| right.len() + 1 > b.len()) {
            let mut parts = Vec::with_capacity(right.len() + 1);
            parts.push(left);
            parts.extend(right);
            best = Some(parts);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(word: &str, known: &[&str]) -> Option<Vec<String>> {
        split_compound(word, &|w: &str| known.contains(&w))
    }

    #[test]
    fn splits_into_the_most_known_parts() {
        let known = ["toren", "kraan", "torenkraan", "bediener", "machinist"];
        assert_eq!(split("torenkraanbediener", &known).unwrap(), ["toren", "kraan", "bediener"]);
        assert_eq!(split("broodbakker", &["brood", "bakker"]).unwrap(), ["brood", "bakker"]);
    }

    #[test]
    fn linking_sounds_and_plurals() {
        assert_eq!(split("kwaliteitscontrole", &["kwaliteit", "controle"]).unwrap(), ["kwaliteit", "controle"]);
        // "trappen" is the plural of "trap": its stem is the known word.
        assert_eq!(split("trappenmaker", &["trap", "maker"]).unwrap(), ["trap", "maker"]);
    }

    #[test]
    fn unknown_or_short_parts_do_not_split() {
        assert_eq!(split("operator", &["opera"]), None, "'tor' is not known");
        assert_eq!(split("kokje", &["kok"]), None, "too short to hold two parts of three letters");
        assert_eq!(split("hulpkok", &["hulp", "kok"]).unwrap(), ["hulp", "kok"]);
        assert_eq!(split("magazijn", &["magazijn"]), None, "one known word is not a compound");
    }
}
