//! [`TermTable`]: what matching knows of each term of an engine's vocabulary: its weight and,
//! for a compound, its parts (themselves terms). Worked out once per term, from the taxonomy's
//! lexicon alone, so it never depends on which vacancies are loaded.

use super::lexicon::Lexicon;
use crate::vocab::{TermId, Vocab};

/// Weight and compound parts of every term of a vocabulary, by term id.
#[derive(Debug, Clone, Default)]
pub struct TermTable {
    weights: Vec<f32>,
    parts: Vec<Box<[TermId]>>,
}

impl TermTable {
    /// Works out the weight and parts of the terms added to `vocab` since the last call,
    /// adding compound parts to `vocab` as terms.
    pub fn sync(&mut self, vocab: &mut Vocab, lexicon: &Lexicon) {
        while self.weights.len() < vocab.len() {
            let id = self.weights.len() as TermId;
            let term = vocab.term(id).to_owned();
            let parts: Box<[TermId]> = lexicon.parts(&term).iter().map(|p| vocab.intern(p)).collect();
            self.weights.push(lexicon.weight(&term) as f32);
            self.parts.push(parts);
        }
    }

    /// How much `term` says ([`Lexicon::weight`]; 1 for a term not synced).
    pub fn weight(&self, term: TermId) -> f32 {
        self.weights.get(term as usize).copied().unwrap_or(1.0)
    }

    /// The compound parts of `term`, as terms (empty for a simple word).
    pub fn parts(&self, term: TermId) -> &[TermId] {
        self.parts.get(term as usize).map_or(&[], |p| p)
    }

    /// Number of terms known.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether no term is known.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_get_their_parts_as_terms() {
        let labels = [vec!["brood".to_string()], vec!["bakker".to_string()]];
        let lexicon = Lexicon::new(labels.iter().map(Vec::as_slice));
        let mut vocab = Vocab::default();
        let bb = vocab.intern("broodbakker");
        let mut table = TermTable::default();
        table.sync(&mut vocab, &lexicon);
        let parts: Vec<&str> = table.parts(bb).iter().map(|&p| vocab.term(p)).collect();
        assert_eq!(parts, ["brood", "bakker"]);
        assert_eq!(table.len(), vocab.len(), "the parts are terms with a weight of their own");
        assert!(table.parts(vocab.get("bakker").unwrap()).is_empty());
    }
}
