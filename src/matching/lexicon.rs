//! [`Lexicon`]: the words of a taxonomy's labels (stemmed), and what the matching knows about
//! each: how rare it is among the concepts (its weight, an inverse document frequency), how a
//! compound splits into them, and which words the taxonomy uses in place of each other.
//!
//! The lexicon depends on the taxonomy alone, never on the vacancies loaded: a vacancy's score
//! must not change because other vacancies were added (and a shard set must rank like the
//! whole set). Without a taxonomy every word weighs the same.

use super::word_index::WordIndex;
use super::word_match::WordKind;
use crate::rules::{
    COMPOUND_HEAD_MIN_CHARS, COMPOUND_HEAD_WEIGHT, COMPOUND_PREFIX_MIN_CHARS, GENERIC_WORDS, GENERIC_WORD_WEIGHT, UNKNOWN_WORD_WEIGHT,
    WORD_SYNONYM_MIN_CONCEPTS,
};
use crate::text::{split_compound, stem, token_pairs};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Id of a lexicon word.
pub type WordId = u32;

/// The words of a taxonomy's labels with their weights, compounds and synonyms.
#[derive(Debug, Default, Clone)]
pub struct Lexicon {
    ids: HashMap<String, WordId>,
    words: Vec<String>,
    /// The words indexed for expansion (typos, forms).
    index: WordIndex,
    idf: Vec<f32>,
    mean_idf: f32,
    synonyms: HashMap<WordId, Vec<WordId>>,
}

/// The words of one label: each whole word, then the parts of those that are compounds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelWords {
    /// Stemmed words, in order.
    pub words: Vec<String>,
    /// Per word: its compound parts (stemmed, empty when it is no compound of known words).
    pub parts: Vec<Vec<String>>,
}

impl LabelWords {
    /// Every distinct word and part.
    pub fn features(&self) -> impl Iterator<Item = &str> {
        self.words.iter().chain(self.parts.iter().flatten()).map(String::as_str)
    }
}

/// Whether a (stemmed) word is one of the rule set's [`GENERIC_WORDS`].
fn is_generic(word: &str) -> bool {
    static STEMS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| GENERIC_WORDS.iter().map(|w| stem(w)).collect()).contains(word)
}

impl Lexicon {
    /// The lexicon of a taxonomy: `concepts` yields each concept's labels.
    pub fn new<'a>(concepts: impl Iterator<Item = &'a [String]> + Clone) -> Lexicon {
        let mut known: HashSet<String> = HashSet::default();
        for labels in concepts.clone() {
            for label in labels {
                known.extend(token_pairs(label).into_iter().map(|(_, s)| s));
            }
        }
        let is_known = |w: &str| known.contains(w);
        let analyse = |label: &str| -> LabelWords {
            let words: Vec<String> = token_pairs(label).into_iter().map(|(_, s)| s).collect();
            let parts = words.iter().map(|w| split_compound(w, &is_known).unwrap_or_default()).collect();
            LabelWords { words, parts }
        };
        let mut lexicon = Lexicon::default();
        let mut df: Vec<u32> = Vec::new();
        let mut documents = 0u32;
        let mut pair_concepts: HashMap<(WordId, WordId), u32> = HashMap::default();
        for labels in concepts {
            let mut sequences: HashSet<Vec<WordId>> = HashSet::default();
            // How many concepts use a word, not how many labels: a concept's variants
            // ("monteur", "monteuse") do not make its words common.
            let mut seen: HashSet<WordId> = HashSet::default();
            let mut any = false;
            for label in labels {
                let analysed = analyse(label);
                if analysed.words.is_empty() {
                    continue;
                }
                any = true;
                for feature in analysed.features() {
                    let id = lexicon.intern(feature);
                    if df.len() <= id as usize {
                        df.resize(id as usize + 1, 0);
                    }
                    if seen.insert(id) {
                        df[id as usize] += 1;
                    }
                }
                let whole: Vec<WordId> = analysed.words.iter().map(|w| lexicon.intern(w)).collect();
                let split: Vec<WordId> = analysed
                    .words
                    .iter()
                    .zip(&analysed.parts)
                    .flat_map(|(w, p)| if p.is_empty() { vec![w.clone()] } else { p.clone() })
                    .map(|w| lexicon.intern(&w))
                    .collect();
                sequences.insert(whole);
                sequences.insert(split);
            }
            documents += u32::from(any);
            lexicon.count_replacements(&sequences, &mut pair_concepts);
        }
        df.resize(lexicon.words.len(), 0);
        let n = f64::from(documents) + 1.0;
        lexicon.idf = df.iter().map(|&d| (n / (f64::from(d) + 0.5)).ln().max(0.0) as f32).collect();
        lexicon.mean_idf = if lexicon.idf.is_empty() { 1.0 } else { lexicon.idf.iter().sum::<f32>() / lexicon.idf.len() as f32 };
        for ((a, b), count) in pair_concepts {
            if count >= WORD_SYNONYM_MIN_CONCEPTS {
                lexicon.synonyms.entry(a).or_default().push(b);
                lexicon.synonyms.entry(b).or_default().push(a);
            }
        }
        for list in lexicon.synonyms.values_mut() {
            list.sort_unstable();
        }
        lexicon.index = WordIndex::new(&lexicon.words);
        lexicon
    }

    fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as WordId;
        self.words.push(word.to_owned());
        self.ids.insert(word.to_owned(), id);
        id
    }

    /// Counts, once per concept, each pair of words that two of its labels differ in (and in
    /// nothing else): "operator spinmachine" / "bediener spinmachine" → (operator, bediener).
    fn count_replacements(&self, sequences: &HashSet<Vec<WordId>>, counts: &mut HashMap<(WordId, WordId), u32>) {
        let list: Vec<&Vec<WordId>> = sequences.iter().filter(|s| s.len() >= 2).collect();
        let mut pairs: HashSet<(WordId, WordId)> = HashSet::default();
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                if a.len() != b.len() {
                    continue;
                }
                let mut differing = a.iter().zip(b.iter()).filter(|(x, y)| x != y);
                if let (Some((&x, &y)), None) = (differing.next(), differing.next()) {
                    pairs.insert((x.min(y), x.max(y)));
                }
            }
        }
        for pair in pairs {
            *counts.entry(pair).or_default() += 1;
        }
    }

    /// Whether the lexicon holds no word (no taxonomy).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The id of a (stemmed) word.
    pub fn get(&self, word: &str) -> Option<WordId> {
        self.ids.get(word).copied()
    }

    /// The words, by id.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The words indexed for expansion.
    pub fn index(&self) -> &WordIndex {
        &self.index
    }

    /// How much a (stemmed) word says: its inverse document frequency among the labels, less
    /// for an unknown word, a number or a generic word (see [`crate::rules`]). Without a
    /// taxonomy every word weighs 1, generic words and numbers less.
    pub fn weight(&self, word: &str) -> f64 {
        let generic = is_generic(word);
        let base = match self.get(word) {
            Some(id) => f64::from(self.idf[id as usize]),
            // A number no label has ("32-40 uur") says nothing about what is meant, nor does a
            // generic word no label has ("allround").
            None if word.chars().all(|c| c.is_ascii_digit()) => return 0.0,
            None if generic && !self.is_empty() => return 0.0,
            None if self.is_empty() => 1.0,
            None => UNKNOWN_WORD_WEIGHT * f64::from(self.mean_idf),
        };
        if generic {
            base * GENERIC_WORD_WEIGHT
        } else {
            base
        }
    }

    /// The weight of an average word of the lexicon (1 without a taxonomy).
    pub fn mean_weight(&self) -> f64 {
        if self.is_empty() {
            1.0
        } else {
            f64::from(self.mean_idf)
        }
    }

    /// The weight of a word a person typed: as [`Lexicon::weight`], but a word the lexicon does
    /// not know that is a typo of one it knows ("heftruk", "asfalteringsmachines") weighs what
    /// that word weighs.
    pub fn query_weight(&self, word: &str) -> f64 {
        if self.is_empty() || self.get(word).is_some() {
            return self.weight(word);
        }
        let typo = self
            .index
            .expand(word, &self.words, false, &|w: &str| self.get(w))
            .into_iter()
            .filter(|(_, m)| m.kind == WordKind::Typo)
            .map(|(id, _)| self.weight(&self.words[id as usize]))
            .fold(None, |best: Option<f64>, w| Some(best.map_or(w, |b| b.max(w))));
        typo.unwrap_or_else(|| self.weight(word))
    }

    /// The parts of a compound (stemmed), or none: known words; or, for a word the lexicon
    /// does not know, an unknown first part and a known last part, its head ("nachtportier":
    /// "nacht" and "portier").
    pub fn parts(&self, word: &str) -> Vec<String> {
        if self.is_empty() {
            return Vec::new();
        }
        if let Some(parts) = split_compound(word, &|w: &str| self.ids.contains_key(w)) {
            return parts;
        }
        if self.ids.contains_key(word) {
            return Vec::new();
        }
        // The longest known head (as written, or without a plural "s": "machines"), with a
        // first part of at least as many letters; else the longest known first part with an
        // unknown head ("garen" of "garenverwerking").
        let known_head = |right: &str| -> Option<String> {
            [Some(right), right.strip_suffix('s')].into_iter().flatten().find(|h| self.ids.contains_key(*h)).map(str::to_owned)
        };
        let cuts: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| word[..i].chars().count() >= COMPOUND_HEAD_MIN_CHARS && word[i..].chars().count() >= COMPOUND_HEAD_MIN_CHARS)
            .collect();
        if let Some(parts) = cuts.iter().find_map(|&i| known_head(&word[i..]).map(|head| vec![word[..i].to_owned(), head])) {
            return parts;
        }
        cuts.iter()
            .rev()
            .find(|&&i| word[..i].chars().count() >= COMPOUND_PREFIX_MIN_CHARS && self.ids.contains_key(&word[..i]))
            .map(|&i| vec![word[..i].to_owned(), word[i..].to_owned()])
            .unwrap_or_default()
    }

    /// The weight of part `index` of a compound of `count` parts with the word weight
    /// `weight`: the last part, the head, counts [`COMPOUND_HEAD_WEIGHT`] times.
    pub fn part_weight(weight: f64, index: usize, count: usize) -> f64 {
        if index + 1 == count {
            weight * COMPOUND_HEAD_WEIGHT
        } else {
            weight
        }
    }

    /// A label's words and their compound parts.
    pub fn analyse(&self, label: &str) -> LabelWords {
        let words: Vec<String> = token_pairs(label).into_iter().map(|(_, s)| s).collect();
        let parts = words.iter().map(|w| self.parts(w)).collect();
        LabelWords { words, parts }
    }

    /// Words the taxonomy uses in place of `word` (see [`crate::rules::STRENGTH_WORD_SYNONYM`]).
    pub fn synonyms(&self, word: &str) -> impl Iterator<Item = &str> {
        self.get(word).and_then(|id| self.synonyms.get(&id)).into_iter().flatten().map(|&id| self.words[id as usize].as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(concepts: &[&[&str]]) -> Lexicon {
        let owned: Vec<Vec<String>> = concepts.iter().map(|c| c.iter().map(|s| s.to_string()).collect()).collect();
        Lexicon::new(owned.iter().map(Vec::as_slice))
    }

    #[test]
    fn rare_words_weigh_more() {
        let l = lexicon(&[&["medewerker magazijn"], &["medewerker schoonmaak"], &["medewerker kassa"], &["kok"]]);
        assert!(l.weight("kok") > l.weight("medewerker"));
        assert!(l.weight("onbekendwoord") < l.weight("kok"), "an unknown word carries less than a known rare one");
        assert_eq!(l.weight("32"), 0.0, "a number no label has");
        assert_eq!(l.weight("allround"), 0.0, "a generic word no label has");
        assert!(l.weight("medewerker") > 0.0);
    }

    #[test]
    fn compounds_split_into_label_words() {
        let l = lexicon(&[&["bakker"], &["brood"], &["torenkraan"], &["bediener"], &["toren"], &["kraan"]]);
        assert_eq!(l.parts("broodbakker"), ["brood", "bakker"]);
        assert_eq!(l.parts("torenkraanbediener"), ["toren", "kraan", "bediener"]);
        assert!(l.parts("bakker").is_empty());
        assert_eq!(l.parts("nachtbakker"), ["nacht", "bakker"], "an unknown word with a known head");
        assert!(l.parts("bediener").is_empty(), "a known word is not split into an unknown part and a known one");
        assert_eq!(l.analyse("Broodbakker (m/v)").words, ["broodbakker"]);
    }

    #[test]
    fn words_one_concept_uses_for_each_other_are_synonyms() {
        let l = lexicon(&[
            &["operator spinmachine", "bediener spinmachine"],
            &["operator weefmachine", "bediener weefmachine"],
            &["operator pers", "bediener pers"],
            &["kok", "chef"],
        ]);
        assert_eq!(l.synonyms("operator").collect::<Vec<_>>(), ["bediener"]);
        assert_eq!(l.synonyms("kok").count(), 0, "single words are not compared");
        let two = lexicon(&[&["operator a1", "bediener a1"], &["operator b1", "bediener b1"]]);
        assert_eq!(two.synonyms("operator").count(), 0, "seen in fewer concepts than the rule asks");
    }

    #[test]
    fn without_a_taxonomy_words_weigh_alike() {
        let l = Lexicon::default();
        assert_eq!(l.weight("kok"), l.weight("magazijnmedewerker"));
        assert!(l.weight("allround") < l.weight("kok"));
        assert!(l.parts("broodbakker").is_empty());
    }
}
