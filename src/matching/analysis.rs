//! [`Analysed`]: a short text (a skill, an occupation, a job title) as matching sees it: its
//! words, stemmed and weighted, each compound with its parts.

use super::lexicon::Lexicon;
use crate::text::{linked_tokens, stem};

/// One word of an analysed text.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// As written (folded: lowercase, no diacritics), for explanations.
    pub written: String,
    /// Stemmed, for matching.
    pub stem: String,
    /// How much it says ([`Lexicon::weight`]).
    pub weight: f64,
    /// Its compound parts (stemmed) with their weights; empty for a simple word.
    pub parts: Vec<(String, f64)>,
}

/// A short text's words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysed {
    /// The words, in order.
    pub words: Vec<Word>,
    /// Words `i` and `i + 1` are alternatives, for each `i` here ("Florist-bloemist").
    pub alternatives: Vec<usize>,
}

/// Where a feature sits in an [`Analysed`] text: word `word`, whole (`part: None`) or part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureAt {
    /// Index of the word.
    pub word: u16,
    /// Index of the part, `None` for the whole word.
    pub part: Option<u16>,
}

impl Analysed {
    /// Analyses `text` with `lexicon` (weights and compound parts). An elided word takes the
    /// head of the compound after it ("betonnerings- en asfalteringsmachines" →
    /// "betonneringsmachines"); words joined by a dash or slash that are not one known word
    /// together are alternatives.
    pub fn new(text: &str, lexicon: &Lexicon) -> Analysed {
        let mut tokens = linked_tokens(text);
        for k in 0..tokens.len() {
            if !tokens[k].elided {
                continue;
            }
            let head = tokens[k + 1..].iter().find(|t| !t.elided).and_then(|full| lexicon.parts(&full.stem).pop());
            if let Some(head) = head {
                let written = format!("{}{head}", tokens[k].written);
                tokens[k].stem = stem(&written);
                tokens[k].written = written;
            }
        }
        let alternatives = (1..tokens.len())
            .filter(|&i| tokens[i].after_dash && lexicon.get(&stem(&format!("{}{}", tokens[i - 1].written, tokens[i].written))).is_none())
            .map(|i| i - 1)
            .collect();
        let words = tokens
            .into_iter()
            .map(|t| {
                let parts = lexicon.parts(&t.stem);
                let count = parts.len();
                let parts =
                    parts.into_iter().enumerate().map(|(i, p)| (p.clone(), Lexicon::part_weight(lexicon.weight(&p), i, count))).collect();
                Word { weight: lexicon.query_weight(&t.stem), written: t.written, stem: t.stem, parts }
            })
            .collect();
        Analysed { words, alternatives }
    }

    /// The text without word `drop` (one of two alternatives), and for each of its words the
    /// index of that word in this text.
    pub fn without(&self, drop: usize) -> (Analysed, Vec<u16>) {
        let kept: Vec<usize> = (0..self.words.len()).filter(|&i| i != drop).collect();
        let words = kept.iter().map(|&i| self.words[i].clone()).collect();
        (Analysed { words, alternatives: Vec::new() }, kept.into_iter().map(|i| i as u16).collect())
    }

    /// Whether it has no word (empty, or only stop words).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every word and part: where it sits, its text and weight.
    pub fn features(&self) -> impl Iterator<Item = (FeatureAt, &str, f64)> {
        self.words.iter().enumerate().flat_map(|(wi, w)| {
            std::iter::once((FeatureAt { word: wi as u16, part: None }, w.stem.as_str(), w.weight)).chain(
                w.parts
                    .iter()
                    .enumerate()
                    .map(move |(pi, (p, pw))| (FeatureAt { word: wi as u16, part: Some(pi as u16) }, p.as_str(), *pw)),
            )
        })
    }

    /// Number of features (words and parts).
    pub fn feature_count(&self) -> usize {
        self.words.iter().map(|w| 1 + w.parts.len()).sum()
    }

    /// The words joined as one compound ("heftruck chauffeur" → "heftruckchauffeur"), as a
    /// one-word text; `None` for a text of one word.
    pub fn joined(&self, lexicon: &Lexicon) -> Option<Analysed> {
        (self.words.len() >= 2).then(|| {
            let written: String = self.words.iter().map(|w| w.written.as_str()).collect();
            Analysed::new(&written, lexicon)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_parts_and_weights() {
        let labels = [vec!["brood".to_string()], vec!["bakker".to_string()], vec!["kok".to_string()]];
        let lexicon = Lexicon::new(labels.iter().map(Vec::as_slice));
        let a = Analysed::new("Broodbakkers (m/v)", &lexicon);
        assert_eq!(a.words.len(), 1);
        assert_eq!(a.words[0].written, "broodbakkers");
        assert_eq!(a.words[0].stem, "broodbakker");
        assert_eq!(a.words[0].parts.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["brood", "bakker"]);
        assert_eq!(a.feature_count(), 3);
        assert!(Analysed::new("de en het", &lexicon).is_empty());
        assert_eq!(Analysed::new("heftruck chauffeur", &lexicon).joined(&lexicon).unwrap().words[0].stem, "heftruckchauffeur");
    }

    #[test]
    fn alternatives_and_elided_words() {
        let labels: Vec<Vec<String>> =
            ["asfaltering", "machine", "betonnering", "florist", "bloemist", "backoffice"].iter().map(|l| vec![l.to_string()]).collect();
        let lexicon = Lexicon::new(labels.iter().map(Vec::as_slice));
        let a = Analysed::new("Florist-bloemist", &lexicon);
        assert_eq!(a.alternatives, [0]);
        let (alone, map) = a.without(0);
        assert_eq!((alone.words[0].written.as_str(), map), ("bloemist", vec![1]));
        assert!(Analysed::new("Back-office medewerker", &lexicon).alternatives.is_empty(), "one known word written with a dash");
        let b = Analysed::new("Bestuurder van betonnerings- en asfalteringsmachines", &lexicon);
        assert_eq!(b.words[1].written, "betonneringsmachine");
        assert_eq!(b.words[1].parts.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["betonnering", "machine"]);
    }
}
