//! Expanding a query word over a word list (the engine's vocabulary, or the lexicon of the
//! taxonomy's labels): every word it matches and how ([`super::word_match::relate`], found
//! through a [`WordIndex`]), plus the words the taxonomy uses in its place. Expansions are
//! cached from one query to the next.

use super::lexicon::Lexicon;
use super::word_index::WordIndex;
use super::word_match::{WordKind, WordMatch};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Mutex;

/// The words (by id) that one query word matches, sorted by id.
pub type Expansion = Vec<(u32, WordMatch)>;

/// Expands `word` over `words` (indexed by `index`). With `compounds`, compound parts match
/// too; the lexicon's synonyms of `word` are found with `find`.
pub fn expand(
    word: &str,
    index: &WordIndex,
    words: &[impl AsRef<str>],
    compounds: bool,
    lexicon: &Lexicon,
    find: impl Fn(&str) -> Option<u32>,
) -> Expansion {
    let mut out: Expansion = index.expand(word, words, compounds, &find);
    for synonym in lexicon.synonyms(word) {
        if let Some(id) = find(synonym) {
            match out.iter_mut().find(|(known, _)| *known == id) {
                Some((_, m)) if m.strength < WordMatch::of(WordKind::Synonym).strength => *m = WordMatch::of(WordKind::Synonym),
                Some(_) => {}
                None => out.push((id, WordMatch::of(WordKind::Synonym))),
            }
        }
    }
    crate::order::sort_by_key(&mut out, |e| u128::from(e.0));
    out
}

/// Most words a cache keeps before it starts afresh.
const CACHE_WORDS: usize = 20_000;

/// Expansions kept from one query to the next (a person refining a search asks for the same
/// words again), for a word list of a given length: when the list grows, they are dropped.
#[derive(Default)]
pub struct ExpansionCache(Mutex<(usize, HashMap<String, Expansion>)>);

impl ExpansionCache {
    /// The expansion of `word` over a list of `list_len` words: cached, or made by `make`.
    pub fn get_or(&self, word: &str, list_len: usize, make: impl FnOnce() -> Expansion) -> Expansion {
        {
            let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let (len, map) = &mut *guard;
            if *len != list_len || map.len() > CACHE_WORDS {
                map.clear();
                *len = list_len;
            }
            if let Some(found) = map.get(word) {
                return found.clone();
            }
        }
        let made = make();
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.0 == list_len {
            guard.1.insert(word.to_owned(), made.clone());
        }
        made
    }
}

impl Clone for ExpansionCache {
    /// A copy starts empty: the cache is only a speed-up.
    fn clone(&self) -> Self {
        ExpansionCache::default()
    }
}

impl std::fmt::Debug for ExpansionCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ExpansionCache")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_forms_typos_and_synonyms() {
        let concepts: Vec<Vec<String>> =
            [["operator pers", "bediener pers"], ["operator las", "bediener las"], ["operator zaag", "bediener zaag"]]
                .iter()
                .map(|c| c.iter().map(|s| s.to_string()).collect())
                .collect();
        let lexicon = Lexicon::new(concepts.iter().map(Vec::as_slice));
        let words = ["bediener", "operator", "operatr", "pers"];
        let index = WordIndex::new(&words);
        let found = expand("operator", &index, &words, false, &lexicon, |w| words.iter().position(|x| *x == w).map(|i| i as u32));
        let kinds: Vec<(u32, WordKind)> = found.iter().map(|(id, m)| (*id, m.kind)).collect();
        assert_eq!(kinds, [(0, WordKind::Synonym), (1, WordKind::Exact), (2, WordKind::Typo)]);
    }

    #[test]
    fn the_cache_forgets_when_the_list_grows() {
        let cache = ExpansionCache::default();
        assert_eq!(cache.get_or("kok", 3, || vec![(1, WordMatch::of(WordKind::Exact))]).len(), 1);
        assert_eq!(cache.get_or("kok", 3, Vec::new).len(), 1, "cached");
        assert_eq!(cache.get_or("kok", 4, Vec::new).len(), 0, "the list grew: made again");
    }
}
