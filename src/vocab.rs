//! [`Vocab`]: interns normalised terms to integer ids. Append-only, so ids never change.

use std::collections::HashMap;

/// Id of an interned term.
pub type TermId = u32;

/// The engine's term dictionary.
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    ids: HashMap<String, TermId>,
    terms: Vec<String>,
    /// Per term: its length in characters and first character, for cheap prefilters.
    shapes: Vec<(u32, char)>,
}

fn shape(term: &str) -> (u32, char) {
    (term.chars().count() as u32, term.chars().next().unwrap_or('\0'))
}

impl Vocab {
    /// The id of `term`, adding it if new.
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.to_owned());
        self.shapes.push(shape(term));
        self.ids.insert(term.to_owned(), id);
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

    /// All terms with their ids, lengths in characters and first characters, in id order.
    pub fn iter_shaped(&self) -> impl Iterator<Item = (TermId, &str, u32, char)> {
        self.terms.iter().zip(&self.shapes).enumerate().map(|(i, (t, &(len, first)))| (i as TermId, t.as_str(), len, first))
    }

    /// A vocabulary with these terms, ids in order (as [`Vocab::iter`] lists them).
    pub fn from_terms(terms: Vec<String>) -> Self {
        let ids = terms.iter().enumerate().map(|(i, t)| (t.clone(), i as TermId)).collect();
        let shapes = terms.iter().map(|t| shape(t)).collect();
        Vocab { ids, terms, shapes }
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
