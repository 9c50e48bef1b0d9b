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
        // Combining diacritical marks (decomposed input): drop.
        '\u{0300}'..='\u{036f}' => {}
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
fn stem(token: &str) -> String {
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
    fn stop_words_and_single_letters_are_dropped() {
        assert_eq!(tokens("werken met de computer"), vec!["werk", "computer"]);
        assert_eq!(tokens("code 95"), vec!["code", "95"]);
    }
}
