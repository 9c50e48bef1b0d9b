//! [`Vocab`]: interns normalised terms to integer ids. Append-only, so ids never change.

use crate::matching::word_index::WordIndex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Id of an interned term.
pub type TermId = u32;

/// The engine's term dictionary.
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    ids: HashMap<String, TermId>,
    terms: Vec<String>,
    /// The terms indexed for expanding query words, made at the first query after a change.
    index: OnceLock<WordIndex>,
}

impl Vocab {
    /// The id of `term`, adding it if new.
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.to_owned());
        self.ids.insert(term.to_owned(), id);
        self.index.take();
        id
    }

    /// The id of `term`, if it is known.
    pub fn get(&self, term: &str) -> Option<TermId> {
        self.ids.get(term).copied()
    }

    /// The text of a term id.
    pub fn term(&self, id: TermId) -> &str {
        self.terms.get(id as usize).map(String::as_str).unwrap_or("")
    }

    /// All terms with their ids, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (TermId, &str)> {
        self.terms.iter().enumerate().map(|(i, t)| (i as TermId, t.as_str()))
    }

    /// The terms indexed for finding a query word's matches among them.
    pub fn word_index(&self) -> &WordIndex {
        self.index.get_or_init(|| WordIndex::new(&self.terms))
    }

    /// A vocabulary with these terms, ids in order (as [`Vocab::iter`] lists them).
    pub fn from_terms(terms: Vec<String>) -> Self {
        let ids = terms.iter().enumerate().map(|(i, t)| (t.clone(), i as TermId)).collect();
        Vocab { ids, terms, index: OnceLock::new() }
    }

    /// All terms, in id order.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether no term is known.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
