//! Dutch-aware normalisation: case, diacritics ("financiële" = "financiele"), punctuation,
//! stop words and a light, symmetric stemmer for plurals ("heftrucks" = "heftruck").
//!
//! The stemmer need not produce real words: the same rules run on both sides of a match.

/// Words too common to carry meaning in a skill or job title.
const STOP_WORDS: &[&str] = &[
    "aan", "als", "bij", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er", "het", "in", "is", "je", "jij", "met", "naar", "of",
    "om", "op", "te", "tot", "u", "uit", "van", "voor", "wij", "we", "ze", "zij", "zijn", "the", "and", "of", "a", "an", "to", "m", "v",
    "x",
];

/// Appends a lowercase character to `out` without its diacritics ("ë" → "e", "ß" → "ss");
/// combining marks are dropped and anything not alphanumeric becomes a space.
fn fold_char(c: char, out: &mut String) {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
        'ç' => out.push('c'),
        'è' | 'é' | 'ê' | 'ë' => out.push('e'),
        'ì' | 'í' | 'î' | 'ï' => out.push('i'),
        'ñ' => out.push('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
        'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
        'ý' | 'ÿ' => out.push('y'),
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ĳ' => out.push_str("ij"),
        // Combining diacritical marks (decomposed input), soft hyphens and zero-width
        // characters inside words ("an\u{ad}ti\u{ad}quair" in ESCO's labels): drop.
        '\u{0300}'..='\u{036f}' | '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
        c if c.is_alphanumeric() => out.push(c),
        _ => out.push(' '),
    }
}

/// Lowercases, folds diacritics and turns every non-alphanumeric character into a space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            fold_char(lower, &mut out);
        }
    }
    out
}

/// Light Dutch stemming of one folded token: plural "-en"/"-s" endings and doubled consonants.
pub(crate) fn stem(token: &str) -> String {
    let chars: Vec<char> = token.chars().collect();
    let n = chars.len();
    let mut end = n;
    if n >= 6 && chars[n - 2] == 'e' && chars[n - 1] == 'n' {
        end = n - 2;
        // "bakken" → "bakk" → "bak", "planten" stays "plant".
        if end >= 2 && chars[end - 1] == chars[end - 2] && !is_vowel(chars[end - 1]) {
            end -= 1;
        }
    } else if n >= 5 && chars[n - 1] == 's' && !matches!(chars[n - 2], 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 's' | 'j') {
        end = n - 1;
    }
    chars[..end].iter().collect()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Splits text into normalised, stemmed tokens, leaving out stop words and single letters.
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split_whitespace()
        .filter(|t| t.chars().count() > 1 || t.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !STOP_WORDS.contains(t))
        .map(stem)
        .collect()
}

/// Like [`tokens`], each token also in its folded form before stemming (as the person wrote
/// it, for explanations): `(folded, stemmed)`.
pub fn token_pairs(text: &str) -> Vec<(String, String)> {
    fold(text)
        .split_whitespace()
        .filter(|t| t.chars().count() > 1 || t.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !STOP_WORDS.contains(t))
        .map(|t| (t.to_owned(), stem(t)))
        .collect()
}

/// A token of a text with how it was joined to its neighbours, for titles written as
/// alternatives ("Florist-bloemist", "Hovenier / groenvoorziener") or with an elided word
/// ("boven- en ondergrondse").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedToken {
    /// Folded, as written.
    pub written: String,
    /// Stemmed.
    pub stem: String,
    /// Joined to the token before it by a hyphen or slash (and that token was not dropped).
    pub after_dash: bool,
    /// Written with a hyphen and a space after it ("boven- en"): the rest of the word is
    /// shared with a word after it.
    pub elided: bool,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '/' | '‐' | '‑' | '–' | '—')
}

/// Like [`token_pairs`], with how each token was joined to its neighbours (see
/// [`LinkedToken`]); the tokens are the same as [`token_pairs`] gives.
pub fn linked_tokens(text: &str) -> Vec<LinkedToken> {
    // Pieces between whitespace and dashes, each with the separator before it.
    let mut pieces: Vec<(String, String)> = Vec::new();
    let (mut piece, mut separator) = (String::new(), String::new());
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, ',' | ';') || is_dash(c) {
            if !piece.is_empty() {
                pieces.push((std::mem::take(&mut piece), std::mem::take(&mut separator)));
            }
            separator.push(if is_dash(c) { '-' } else { ' ' });
        } else {
            piece.push(c);
        }
    }
    if !piece.is_empty() {
        pieces.push((piece, separator));
    }
    // "boven- en": a dash straight after a word, then a space.
    let elision = |sep: &str| sep.starts_with('-') && sep.contains(' ');
    let mut out: Vec<LinkedToken> = Vec::new();
    let mut previous_kept = false;
    for (i, (piece, before)) in pieces.iter().enumerate() {
        let elided = pieces.get(i + 1).is_some_and(|(_, after)| elision(after));
        let dash_before = before.contains('-') && !elision(before);
        let folded = fold(piece);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let last = words.len().saturating_sub(1);
        for (j, w) in words.iter().enumerate() {
            let keep = (w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit())) && !STOP_WORDS.contains(w);
            if keep {
                out.push(LinkedToken {
                    written: (*w).to_owned(),
                    stem: stem(w),
                    after_dash: j == 0 && dash_before && previous_kept,
                    elided: j == last && elided,
                });
            }
            previous_kept = keep;
        }
    }
    out
}

/// The normalised form of a whole label: its tokens joined by single spaces.
pub fn normalize_label(text: &str) -> String {
    tokens(text).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(normalize_label("Financiële  Administratie"), normalize_label("financiele administratie"));
        assert_eq!(fold("Hygiënisch Café"), "hygienisch cafe");
        // Decomposed e + combining diaeresis folds the same as the precomposed ë.
        assert_eq!(fold("financie\u{0308}le"), "financiele");
        // Soft hyphens (as in ESCO's "an\u{ad}ti\u{ad}quair") do not split a word.
        assert_eq!(tokens("an\u{ad}ti\u{ad}quair"), tokens("antiquair"));
    }

    #[test]
    fn punctuation_and_hyphens_split_words() {
        assert_eq!(tokens("heftruck-chauffeur (m/v)"), vec!["heftruck", "chauffeur"]);
        assert_eq!(tokens("VCA/VOL-VCA!"), vec!["vca", "vol", "vca"]);
    }

    #[test]
    fn plurals_stem_to_the_singular() {
        assert_eq!(tokens("heftrucks"), tokens("heftruck"));
        assert_eq!(tokens("schoonmakers"), tokens("schoonmaker"));
        assert_eq!(tokens("planten"), vec!["plant"]);
        assert_eq!(tokens("bakken"), vec!["bak"]);
        // Short words and vowel+s endings are left alone.
        assert_eq!(tokens("kaas bus"), vec!["kaas", "bus"]);
    }

    #[test]
    fn dashes_between_words_and_elided_words() {
        let t = linked_tokens("Florist-bloemist");
        assert_eq!((t[1].written.as_str(), t[1].after_dash), ("bloemist", true));
        let t = linked_tokens("Hovenier / groenvoorziener");
        assert!(t[1].after_dash);
        let t = linked_tokens("Plaatser van boven- en ondergrondse kabels");
        let boven = t.iter().find(|x| x.written == "boven").unwrap();
        assert!(boven.elided && !t.iter().any(|x| x.after_dash), "{t:?}");
        let t = linked_tokens("Technicus van tuin-, park- en bosmachines");
        assert_eq!(t.iter().filter(|x| x.elided).map(|x| x.written.as_str()).collect::<Vec<_>>(), ["tuin", "park"]);
        let t = linked_tokens("E-commerce manager");
        assert!(!t[0].after_dash, "the dropped 'e' links nothing");
        let plain: Vec<(String, String)> = linked_tokens("Kok (m/v) 32-40 uur").into_iter().map(|x| (x.written, x.stem)).collect();
        assert_eq!(plain, token_pairs("Kok (m/v) 32-40 uur"));
    }

    #[test]
    fn stop_words_and_single_letters_are_dropped() {
        assert_eq!(tokens("werken met de computer"), vec!["werk", "computer"]);
        assert_eq!(tokens("code 95"), vec!["code", "95"]);
    }
}
