//! [`Taxonomy`]: skill and occupation concepts, looked up by id or by label or synonym (ignoring
//! spaces between compound parts), matched to any text in part ([`Taxonomy::find`], through
//! its [`Lexicon`] and [`ConceptIndex`]), and related through broader concepts.

use crate::error::{record_name, InputError};
use crate::limits::Limits;
use crate::matching::analysis::Analysed;
use crate::matching::concepts::{ConceptIndex, ConceptMatch};
use crate::matching::lexicon::Lexicon;
use crate::model::{Concept, ConceptKind};
use crate::text::{fold, normalize_label};
use crate::validate::check_concept;
use rustc_hash::FxHashMap as HashMap;

/// Index of a concept in the taxonomy.
pub type ConceptIdx = u32;

/// How a text was resolved to a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// By the concept's id.
    Id,
    /// By its preferred label.
    Label,
    /// By one of its alternative labels.
    Synonym,
}

/// One concept with its normalised labels.
#[derive(Debug, Clone)]
pub struct ConceptEntry {
    /// The concept as loaded.
    pub concept: Concept,
    /// Normalised labels: preferred first, then alternatives.
    pub normalized_labels: Vec<String>,
    /// Labels folded for autocomplete (lowercase, no diacritics or punctuation, not stemmed).
    pub folded_labels: Vec<String>,
    /// Key of its own id in the broader-relation key space.
    self_key: u32,
    /// Keys of its broader concepts (which need not be loaded concepts themselves).
    broader_keys: Vec<u32>,
}

/// The loaded taxonomy. Empty when the engine runs on free text only.
#[derive(Debug, Default, Clone)]
pub struct Taxonomy {
    concepts: Vec<ConceptEntry>,
    by_id: HashMap<String, ConceptIdx>,
    /// Compact label (normalised, spaces removed) → (concept, label index).
    by_label: HashMap<String, Vec<(ConceptIdx, u16)>>,
    /// The words of the labels, with weights, compound parts and synonyms.
    lexicon: Lexicon,
    /// The labels indexed by word, for matching texts in part.
    index: ConceptIndex,
    /// Per concept: whether another concept names it as broader (a group).
    groups: Vec<bool>,
    /// Broader key → the concepts that name it as broader (its narrower concepts).
    narrower: HashMap<u32, Vec<ConceptIdx>>,
    /// Key → the concept with that id, for broader keys that are loaded concepts.
    by_key: HashMap<u32, ConceptIdx>,
    /// Labels and words by their beginning, for autocomplete; made at the first suggestion.
    suggest: std::sync::OnceLock<crate::suggest::SuggestIndex>,
}

/// Removes the spaces of a normalised label, so "heftruck chauffeur" = "heftruckchauffeur".
pub fn compact(normalized: &str) -> String {
    normalized.split(' ').collect()
}

impl Taxonomy {
    /// Builds the taxonomy; a bad or duplicate concept is an error naming it.
    pub fn new(concepts: &[Concept], limits: &Limits) -> Result<Self, InputError> {
        Limits::check_count("taxonomy", concepts.len(), limits.max_concepts, "maxConcepts")?;
        let mut keys: HashMap<String, u32> = HashMap::default();
        let mut key_of = |id: &str| {
            let next = keys.len() as u32;
            *keys.entry(id.to_owned()).or_insert(next)
        };
        let mut tax = Taxonomy::default();
        for (i, c) in concepts.iter().enumerate() {
            let record = || record_name("taxonomy", i, Some(&c.id));
            check_concept(limits, c).map_err(|e| e.in_record(record()))?;
            let idx = tax.concepts.len() as ConceptIdx;
            if tax.by_id.insert(c.id.clone(), idx).is_some() {
                return Err(InputError::field("id", "appears twice in the taxonomy").in_record(record()));
            }
            let normalized_labels: Vec<String> = std::iter::once(&c.label).chain(&c.alt_labels).map(|l| normalize_label(l)).collect();
            for (li, label) in normalized_labels.iter().enumerate() {
                if label.is_empty() {
                    continue;
                }
                let slot = tax.by_label.entry(compact(label)).or_default();
                if !slot.iter().any(|&(ci, _)| ci == idx) {
                    slot.push((idx, li.min(u16::MAX as usize) as u16));
                }
            }
            let folded_labels =
                std::iter::once(&c.label).chain(&c.alt_labels).map(|l| fold(l).split_whitespace().collect::<Vec<_>>().join(" ")).collect();
            tax.concepts.push(ConceptEntry {
                folded_labels,
                self_key: key_of(&c.id),
                broader_keys: c.broader.iter().map(|b| key_of(b)).collect(),
                concept: c.clone(),
                normalized_labels,
            });
        }
        let labels: Vec<Vec<String>> =
            tax.concepts.iter().map(|e| std::iter::once(&e.concept.label).chain(&e.concept.alt_labels).cloned().collect()).collect();
        tax.lexicon = Lexicon::new(labels.iter().map(Vec::as_slice));
        let broader: std::collections::HashSet<u32> = tax.concepts.iter().flat_map(|e| e.broader_keys.iter().copied()).collect();
        tax.groups = tax.concepts.iter().map(|e| broader.contains(&e.self_key)).collect();
        for (ci, e) in tax.concepts.iter().enumerate() {
            tax.by_key.insert(e.self_key, ci as ConceptIdx);
            for &k in &e.broader_keys {
                tax.narrower.entry(k).or_default().push(ci as ConceptIdx);
            }
        }
        let entries = tax.concepts.iter().zip(&labels).zip(&tax.groups).map(|((e, l), &g)| (e.concept.kind, l.as_slice(), g));
        tax.index = ConceptIndex::new(&tax.lexicon, entries);
        Ok(tax)
    }

    /// The labels and their words by their beginning, for autocomplete.
    pub fn suggest_index(&self) -> &crate::suggest::SuggestIndex {
        self.suggest.get_or_init(|| {
            crate::suggest::SuggestIndex::new(self.concepts.iter().enumerate().map(|(i, e)| (i as ConceptIdx, e.folded_labels.as_slice())))
        })
    }

    /// The words of the labels: weights, compound parts, synonyms (empty without a taxonomy).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The concepts of `kind` that `text` matches, whole or in part, strongest first (see
    /// [`ConceptIndex::find`]).
    pub fn find(&self, text: &Analysed, kind: ConceptKind, field_exponent: f64) -> Vec<ConceptMatch> {
        self.index.find(&self.lexicon, text, kind, field_exponent)
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// Whether no concept is loaded.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The concept at `idx`.
    pub fn get(&self, idx: ConceptIdx) -> Option<&ConceptEntry> {
        self.concepts.get(idx as usize)
    }

    /// All concepts in load order.
    pub fn entries(&self) -> &[ConceptEntry] {
        &self.concepts
    }

    /// The concept with this id.
    pub fn by_id(&self, id: &str) -> Option<ConceptIdx> {
        self.by_id.get(id).copied()
    }

    /// The concept of `kind` whose label or synonym is exactly `text` (after normalisation,
    /// ignoring spaces between compound parts). Preferred labels win over synonyms.
    pub fn by_exact_label(&self, text: &str, kind: ConceptKind) -> Option<(ConceptIdx, Resolution)> {
        self.by_compact_label(&compact(&normalize_label(text)), kind)
    }

    /// Like [`Taxonomy::by_exact_label`], for an already compacted label.
    pub fn by_compact_label(&self, key: &str, kind: ConceptKind) -> Option<(ConceptIdx, Resolution)> {
        self.by_compact_label_preferring(key, kind, "")
    }

    /// The concept of `kind` with the compacted label `key`; among several, the one whose label
    /// is literally `folded` (folded text, before stop words are dropped), then preferred labels,
    /// then load order.
    fn by_compact_label_preferring(&self, key: &str, kind: ConceptKind, folded: &str) -> Option<(ConceptIdx, Resolution)> {
        let hits = self.by_label.get(key)?;
        hits.iter()
            .filter(|&&(ci, _)| self.concepts[ci as usize].concept.kind == kind)
            .min_by_key(|&&(ci, li)| {
                let entry = &self.concepts[ci as usize];
                let literal = entry.folded_labels.get(li as usize).is_some_and(|l| l == folded);
                (!literal, li != 0, ci)
            })
            .map(|&(ci, li)| (ci, if li == 0 { Resolution::Label } else { Resolution::Synonym }))
    }

    /// Other concepts of `kind` that share the label `text` exactly (after normalisation) with
    /// the one it resolves to: ESCO gives some synonyms to several occupations.
    pub fn sharing_label(&self, text: &str, kind: ConceptKind, resolved: ConceptIdx) -> Vec<ConceptIdx> {
        let key = compact(&normalize_label(text));
        let mut out: Vec<ConceptIdx> = self
            .by_label
            .get(&key)
            .map(|hits| {
                hits.iter().map(|&(ci, _)| ci).filter(|&ci| ci != resolved && self.concepts[ci as usize].concept.kind == kind).collect()
            })
            .unwrap_or_default();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Resolves an id and/or free text to a concept of `kind`: by id, or by a label or synonym
    /// (normalised, ignoring spaces between compound parts). Texts that match a label only in
    /// part, or with typos, are for [`Taxonomy::find`].
    pub fn resolve(&self, id: Option<&str>, label: Option<&str>, kind: ConceptKind) -> Option<(ConceptIdx, Resolution)> {
        if let Some(idx) = id.and_then(|id| self.by_id(id)) {
            return Some((idx, Resolution::Id));
        }
        let key = compact(&normalize_label(label?));
        if key.is_empty() {
            return None;
        }
        let folded = fold(label?).split_whitespace().collect::<Vec<_>>().join(" ");
        self.by_compact_label_preferring(&key, kind, &folded)
    }

    /// Whether another concept names `c` as its broader concept: a group (such as an ISCO unit
    /// group) rather than one occupation or skill.
    pub fn is_group(&self, c: ConceptIdx) -> bool {
        self.groups.get(c as usize).copied().unwrap_or(false)
    }

    /// The concepts [`Taxonomy::related`] to `a`, sorted: its broader and narrower concepts and
    /// its siblings.
    pub fn related_to(&self, a: ConceptIdx) -> Vec<ConceptIdx> {
        let Some(entry) = self.get(a) else { return Vec::new() };
        let mut out: Vec<ConceptIdx> = self.narrower.get(&entry.self_key).cloned().unwrap_or_default();
        for k in &entry.broader_keys {
            out.extend(self.by_key.get(k));
            out.extend(self.narrower.get(k).into_iter().flatten());
        }
        out.sort_unstable();
        out.dedup();
        out.retain(|&c| c != a);
        out
    }

    /// Whether two concepts are related: one is broader than the other, or they share a
    /// broader concept (siblings). A concept is not related to itself.
    pub fn related(&self, a: ConceptIdx, b: ConceptIdx) -> bool {
        if a == b {
            return false;
        }
        let (Some(ca), Some(cb)) = (self.get(a), self.get(b)) else { return false };
        ca.broader_keys.contains(&cb.self_key)
            || cb.broader_keys.contains(&ca.self_key)
            || ca.broader_keys.iter().any(|k| cb.broader_keys.contains(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept(id: &str, kind: ConceptKind, label: &str, alts: &[&str], broader: &[&str]) -> Concept {
        Concept {
            id: id.into(),
            kind,
            label: label.into(),
            alt_labels: alts.iter().map(|s| s.to_string()).collect(),
            broader: broader.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    fn sample() -> Taxonomy {
        use ConceptKind::*;
        Taxonomy::new(
            &[
                concept("s:heftruck", Skill, "heftruck rijden", &["heftruckcertificaat", "heftruckrijbewijs"], &["s:intern"]),
                concept("s:reachtruck", Skill, "reachtruck rijden", &[], &["s:intern"]),
                concept("s:intern", Skill, "intern transport", &[], &[]),
                concept("s:kassa", Skill, "kassawerk", &["afrekenen"], &[]),
                concept("o:chauffeur", Occupation, "heftruckchauffeur", &["heftruck chauffeur"], &["isco:8344"]),
            ],
            &Limits::default(),
        )
        .unwrap()
    }

    #[test]
    fn resolves_by_id_label_synonym_and_typo() {
        let t = sample();
        assert_eq!(t.resolve(Some("s:kassa"), None, ConceptKind::Skill), Some((3, Resolution::Id)));
        assert_eq!(t.resolve(None, Some("Heftruck rijden"), ConceptKind::Skill), Some((0, Resolution::Label)));
        assert_eq!(t.resolve(None, Some("heftruck-certificaat"), ConceptKind::Skill), Some((0, Resolution::Synonym)));
        assert_eq!(t.resolve(None, Some("heftruck chauffeur"), ConceptKind::Occupation), Some((4, Resolution::Label)));
        assert_eq!(t.resolve(None, Some("heftruckchauffeur"), ConceptKind::Skill), None, "kind must match");
        assert_eq!(t.resolve(None, Some("kok"), ConceptKind::Skill), None);
        // Typos and words of a label are found in part.
        let find = |text: &str| t.find(&Analysed::new(text, t.lexicon()), ConceptKind::Skill, 0.2).first().map(|m| m.concept);
        assert_eq!(find("heftruk certificaat"), Some(0));
        assert_eq!(find("reachtruck"), Some(1));
        assert_eq!(find("transport"), Some(2));
    }

    #[test]
    fn related_through_broader_and_siblings() {
        let t = sample();
        assert!(t.related(0, 1), "siblings under intern transport");
        assert!(t.related(0, 2) && t.related(2, 0), "broader and narrower");
        assert!(!t.related(0, 3));
        assert!(!t.related(0, 0));
        for a in 0..t.len() as ConceptIdx {
            let listed = t.related_to(a);
            for b in 0..t.len() as ConceptIdx {
                assert_eq!(listed.contains(&b), t.related(a, b), "{a} {b}");
            }
        }
    }

    #[test]
    fn duplicate_and_empty_concepts_are_named() {
        let dup = Taxonomy::new(
            &[concept("a", ConceptKind::Skill, "x", &[], &[]), concept("a", ConceptKind::Skill, "y", &[], &[])],
            &Limits::default(),
        )
        .unwrap_err();
        assert!(dup.record.contains("taxonomy[1]") && dup.field == "id", "{dup}");
        let empty = Taxonomy::new(&[concept("b", ConceptKind::Skill, " ", &[], &[])], &Limits::default()).unwrap_err();
        assert_eq!(empty.field, "label");
    }
}
