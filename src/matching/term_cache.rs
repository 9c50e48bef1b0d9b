//! [`QueryCache`]: what an engine keeps from one query to the next to prepare a profile
//! faster: word expansions, and whole prepared terms (a skill or occupation with its concepts
//! and phrases). A person refining a search, the widget re-ranking while someone types, and
//! the insights (which rank a profile many times over) ask for the same terms again.
//! Only a speed-up: what comes out of the cache is what preparing the term gives.

use super::expand::ExpansionCache;
use super::profile::QueryTerm;
use super::scan::Phrase;
use crate::model::ConceptKind;
use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, Mutex};

/// A prepared term and its phrases (see [`crate::matching::profile::ProfileQuery`]).
#[derive(Debug)]
pub struct PreparedTerm {
    /// The term.
    pub term: QueryTerm,
    /// Its phrases, in the order they are looked for.
    pub phrases: Vec<Phrase>,
}

/// What identifies a term: its kind, id and label as given.
type TermKey = (ConceptKind, Option<String>, Option<String>);

/// Most terms the cache keeps before it starts afresh.
const CACHE_TERMS: usize = 2_000;

/// Prepared terms for a vocabulary of a given length: when the vocabulary grows (vacancies
/// were added), they are dropped, since a term's own words may now be known.
#[derive(Default)]
pub struct TermCache(Mutex<(usize, HashMap<TermKey, Arc<PreparedTerm>>)>);

impl TermCache {
    /// The prepared term for `key` over a vocabulary of `vocab_len` terms: cached, or made by
    /// `make`.
    pub fn get_or(&self, key: TermKey, vocab_len: usize, make: impl FnOnce() -> PreparedTerm) -> Arc<PreparedTerm> {
        {
            let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let (len, map) = &mut *guard;
            if *len != vocab_len || map.len() > CACHE_TERMS {
                map.clear();
                *len = vocab_len;
            }
            if let Some(found) = map.get(&key) {
                return Arc::clone(found);
            }
        }
        let made = Arc::new(make());
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if guard.0 == vocab_len {
            guard.1.insert(key, Arc::clone(&made));
        }
        made
    }
}

/// The caches of one engine (or of one employer preview).
#[derive(Default)]
pub struct QueryCache {
    /// Word expansions over the vocabulary.
    pub expansions: ExpansionCache,
    /// Prepared profile terms.
    pub terms: TermCache,
}

impl Clone for QueryCache {
    /// A copy starts empty: the caches are only a speed-up.
    fn clone(&self) -> Self {
        QueryCache::default()
    }
}

impl std::fmt::Debug for QueryCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QueryCache")
    }
}
