//! [`WordIndex`]: finds the words of a list that a query word matches ([`relate`]) without
//! reading the whole list: words by first letter and length (typos), in alphabetical order
//! (words that start with the query, or share a long beginning with it) and in the order of
//! their reversed letters (words that end with it). It holds ids only; the words stay in the
//! list the caller keeps (a vocabulary, a lexicon), and ids are their positions.

use super::word_match::{relate, QueryWord, WordMatch};
use crate::rules::{COMPOUND_PREFIX_MIN_CHARS, COMPOUND_REST_MIN_CHARS, WORD_FORM_MIN_CHARS};
use crate::text::max_typos;
use rustc_hash::FxHashMap as HashMap;
use std::cmp::Ordering;

/// An index over a list of words; a word's id is its position in the list.
#[derive(Debug, Default, Clone)]
pub struct WordIndex {
    /// (first character, length in characters) → ids.
    shapes: HashMap<(char, u32), Vec<u32>>,
    /// Ids in the alphabetical order of their words.
    sorted: Vec<u32>,
    /// Ids in the alphabetical order of their reversed words.
    reversed: Vec<u32>,
}

fn reversed_cmp(a: &str, b: &str) -> Ordering {
    a.chars().rev().cmp(b.chars().rev())
}

/// The ids in `order` whose word starts with `prefix` (by `key`: the word or its reversal).
fn starting_with<'o>(order: &'o [u32], words: &[impl AsRef<str>], prefix: &str, reversed: bool) -> &'o [u32] {
    let key = |id: u32| words[id as usize].as_ref();
    let below = |id: &u32| {
        if reversed {
            reversed_cmp(key(*id), prefix) == Ordering::Less && !key(*id).ends_with(prefix)
        } else {
            key(*id) < prefix
        }
    };
    let start = order.partition_point(below);
    let len = order[start..].partition_point(|&id| if reversed { key(id).ends_with(prefix) } else { key(id).starts_with(prefix) });
    &order[start..start + len]
}

impl WordIndex {
    /// Indexes `words`.
    pub fn new(words: &[impl AsRef<str>]) -> WordIndex {
        let mut index = WordIndex::default();
        for (id, word) in words.iter().enumerate() {
            let word = word.as_ref();
            let first = word.chars().next().unwrap_or('\0');
            index.shapes.entry((first, word.chars().count() as u32)).or_default().push(id as u32);
        }
        index.sorted = (0..words.len() as u32).collect();
        crate::order::sort_by_text(&mut index.sorted, |&id| words[id as usize].as_ref().into());
        index.reversed = (0..words.len() as u32).collect();
        crate::order::sort_by_text(&mut index.reversed, |&id| words[id as usize].as_ref().chars().rev().collect::<String>().into());
        index
    }

    /// Number of words indexed.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Whether no word is indexed.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// Every word of `words` (the list indexed) that `word` matches, and how: the same word,
    /// typos, other forms, and with `compounds` the compounds it is part of and its own first
    /// part (see [`relate`]). `find` looks a word up exactly. Sorted by id, each once.
    pub fn expand(
        &self,
        word: &str,
        words: &[impl AsRef<str>],
        compounds: bool,
        find: &impl Fn(&str) -> Option<u32>,
    ) -> Vec<(u32, WordMatch)> {
        let query = QueryWord::new(word);
        let chars = word.chars().count();
        let first = word.chars().next().unwrap_or('\0');
        let mut candidates: Vec<u32> = Vec::new();
        // The same word, and typos: the same first letter and a length within the typos allowed.
        candidates.extend(find(word));
        let typos = max_typos(chars) as u32;
        for len in (chars as u32).saturating_sub(typos)..=chars as u32 + typos {
            candidates.extend(self.shapes.get(&(first, len)).into_iter().flatten());
        }
        // Other forms: a long shared beginning.
        if chars >= WORD_FORM_MIN_CHARS {
            let beginning: String = word.chars().take(WORD_FORM_MIN_CHARS).collect();
            candidates.extend(starting_with(&self.sorted, words, &beginning, false));
        }
        if compounds {
            // Compounds that start or end with the word, and the word's own first part.
            candidates.extend(starting_with(&self.sorted, words, word, false));
            candidates.extend(starting_with(&self.reversed, words, word, true));
            for (i, _) in word.char_indices().skip(COMPOUND_PREFIX_MIN_CHARS) {
                if word[i..].chars().count() >= COMPOUND_REST_MIN_CHARS {
                    candidates.extend(find(&word[..i]));
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter_map(|id| {
                let other = words.get(id as usize)?.as_ref();
                relate(&query, other, other.chars().count() as u32, other.chars().next().unwrap_or('\0'), compounds).map(|m| (id, m))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_full_scan_finds() {
        let words = [
            "heftruck",
            "heftruk",
            "heftruckchauffeur",
            "vrachtwagenchauffeur",
            "chauffeur",
            "elektricien",
            "elektriciteit",
            "kok",
            "kap",
            "magazijn",
            "magazijnmedewerker",
            "medewerker",
            "installatie",
            "installateur",
            "heft",
        ];
        let index = WordIndex::new(&words);
        let find = |w: &str| words.iter().position(|x| *x == w).map(|i| i as u32);
        for query in ["heftruck", "chauffeur", "elektriciteit", "kok", "magazijnmedewerker", "installateur", "heftruckcertificaat"] {
            for compounds in [false, true] {
                let q = QueryWord::new(query);
                let scan: Vec<(u32, WordMatch)> = words
                    .iter()
                    .enumerate()
                    .filter_map(|(i, w)| {
                        relate(&q, w, w.chars().count() as u32, w.chars().next().unwrap(), compounds).map(|m| (i as u32, m))
                    })
                    .collect();
                assert_eq!(index.expand(query, &words, compounds, &find), scan, "{query} {compounds}");
            }
        }
    }
}
