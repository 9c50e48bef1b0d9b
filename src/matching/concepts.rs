//! [`ConceptIndex`]: which taxonomy concepts a text means, with partial credit. Every label of
//! every concept is indexed by its words and compound parts (postings); a text is scored
//! against the labels that share a word with it (or a typo, form or synonym of one), and each
//! concept gets the best score of its labels.

use super::analysis::{Analysed, FeatureAt};
use super::coverage::{share, word_complete, word_share, Coverage, WordFound};
use super::expand::{expand, Expansion, ExpansionCache};
use super::lexicon::{Lexicon, WordId};
use super::word_match::{WordKind, WordMatch};
use crate::explain::MatchHow;
use crate::model::ConceptKind;
use crate::rules::{CONCEPT_MATCH_MAX, CONCEPT_MATCH_MIN, GROUP_CONCEPT_FACTOR, PARTIAL_CURVE, PARTIAL_MIN_EVIDENCE, STRENGTH_PARTIAL_MAX};
use crate::taxonomy::ConceptIdx;
use rustc_hash::FxHashMap as HashMap;

/// A word of an indexed label: its lexicon word, weight, and its parts.
#[derive(Debug, Clone)]
struct LabelWord {
    whole: WordId,
    weight: f32,
    parts: Vec<(WordId, f32)>,
}

/// One indexed label.
#[derive(Debug, Clone)]
struct IndexedLabel {
    concept: ConceptIdx,
    /// Index among the concept's labels (0: the preferred label).
    index: u16,
    kind: ConceptKind,
    words: Vec<LabelWord>,
    /// The label's words as written (folded, no stop words), for "the person typed this label
    /// literally".
    folded: String,
}

/// A concept a text matched, and how well.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConceptMatch {
    /// The concept.
    pub concept: ConceptIdx,
    /// Strength 0–1.
    pub strength: f64,
    /// How (a label whole, in part, with typos, ...).
    pub how: MatchHow,
    /// Which of the text's words were found (bit `i`: word `i`).
    pub words_found: u64,
    /// Which label matched best (0: the preferred label).
    pub label: u16,
}

/// The labels of a taxonomy, indexed by word for matching texts to concepts.
#[derive(Debug, Default, Clone)]
pub struct ConceptIndex {
    labels: Vec<IndexedLabel>,
    postings: Vec<Vec<u32>>,
    /// Per concept: whether other concepts name it as broader (a group).
    groups: Vec<bool>,
    /// The least weight the words found must have for a match in part to count
    /// ([`crate::rules::PARTIAL_MIN_EVIDENCE`] of an average word).
    least_evidence: f64,
    expansions: std::sync::Arc<ExpansionCache>,
}

/// What one label scored for a text.
struct LabelScore {
    strength: f64,
    how: MatchHow,
    words_found: u64,
}

impl ConceptIndex {
    /// Indexes the labels: `concepts[i]` is concept `i`'s kind, labels (preferred first) and
    /// whether it is a group.
    pub fn new<'a>(lexicon: &Lexicon, concepts: impl Iterator<Item = (ConceptKind, &'a [String], bool)>) -> ConceptIndex {
        let least_evidence = PARTIAL_MIN_EVIDENCE * lexicon.mean_weight();
        let mut index = ConceptIndex { postings: vec![Vec::new(); lexicon.len()], least_evidence, ..ConceptIndex::default() };
        for (ci, (kind, labels, group)) in concepts.enumerate() {
            index.groups.push(group);
            for (li, label) in labels.iter().enumerate() {
                let analysed = lexicon.analyse(label);
                let id = |w: &str| lexicon.get(w);
                let words: Option<Vec<LabelWord>> = analysed
                    .words
                    .iter()
                    .zip(&analysed.parts)
                    .map(|(w, parts)| {
                        Some(LabelWord {
                            whole: id(w)?,
                            weight: lexicon.weight(w) as f32,
                            parts: parts
                                .iter()
                                .enumerate()
                                .filter_map(|(i, p)| Some((id(p)?, Lexicon::part_weight(lexicon.weight(p), i, parts.len()) as f32)))
                                .collect(),
                        })
                    })
                    .collect();
                let Some(words) = words.filter(|w| !w.is_empty()) else { continue };
                let at = index.labels.len() as u32;
                for word in &words {
                    for w in std::iter::once(word.whole).chain(word.parts.iter().map(|p| p.0)) {
                        let list = &mut index.postings[w as usize];
                        if list.last() != Some(&at) {
                            list.push(at);
                        }
                    }
                }
                let folded = crate::text::token_pairs(label).into_iter().map(|(w, _)| w).collect::<Vec<_>>().join(" ");
                index.labels.push(IndexedLabel { concept: ci as ConceptIdx, index: li.min(u16::MAX as usize) as u16, kind, words, folded });
            }
        }
        index
    }

    fn expansion(&self, lexicon: &Lexicon, word: &str) -> Expansion {
        self.expansions.get_or(word, lexicon.len(), || expand(word, lexicon.index(), lexicon.words(), false, lexicon, |w| lexicon.get(w)))
    }

    /// The concepts of `kind` that `text` matches, strongest first (at most
    /// [`CONCEPT_MATCH_MAX`], from [`CONCEPT_MATCH_MIN`] on), each with the best of its
    /// labels. `field_exponent` says how much a label saying more than the text costs.
    pub fn find(&self, lexicon: &Lexicon, text: &Analysed, kind: ConceptKind, field_exponent: f64) -> Vec<ConceptMatch> {
        if text.is_empty() || self.labels.is_empty() {
            return Vec::new();
        }
        // Lexicon word → the text's features it matches, and how; and per label an upper bound
        // of the text's weight it can cover (each feature once, at its best strength there,
        // with the weight it can credit to its whole word or parts).
        let features: Vec<(FeatureAt, f64)> = text.features().map(|(at, _, w)| (at, w)).collect();
        let total: f64 = features.iter().map(|f| f.1).sum();
        let mut hits = Hits { slots: vec![u32::MAX; lexicon.len()], lists: Vec::new() };
        let mut bound = vec![0f32; self.labels.len()];
        let mut best_here = vec![0f32; self.labels.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut reached: Vec<u32> = Vec::new();
        for (fi, (at, text_feature)) in text.features().map(|(at, t, _)| (at, t)).enumerate() {
            let word = &text.words[at.word as usize];
            let credit = match at.part {
                None => word.weight + word.parts.iter().map(|p| p.1).sum::<f64>(),
                Some(p) => word.parts[p as usize].1 + word.weight,
            } as f32;
            for (w, m) in self.expansion(lexicon, text_feature) {
                hits.add(w, fi as u16, m);
                for &label in &self.postings[w as usize] {
                    let slot = &mut best_here[label as usize];
                    if *slot == 0.0 {
                        touched.push(label);
                    }
                    *slot = slot.max(m.strength);
                }
            }
            for label in touched.drain(..) {
                if bound[label as usize] == 0.0 {
                    reached.push(label);
                }
                bound[label as usize] += credit * std::mem::take(&mut best_here[label as usize]);
            }
        }
        // The strength a label can reach at most, from its bound of the text's weight covered.
        let upper = |bound: f32| -> f64 {
            let cq = if total > 0.0 { (f64::from(bound) / total).min(1.0) } else { 1.0 };
            cq.max(STRENGTH_PARTIAL_MAX * cq.powf(PARTIAL_CURVE))
        };
        let mut order: Vec<(u32, u32)> =
            reached.into_iter().filter(|&l| self.labels[l as usize].kind == kind).map(|l| (bound[l as usize].to_bits(), l)).collect();
        // Positive floats order like their bits.
        crate::order::sort_by_key(&mut order, |&(bits, label)| (u128::from(!bits) << 32) | u128::from(label));
        let literal = text.words.iter().map(|w| w.written.as_str()).collect::<Vec<_>>().join(" ");
        let mut best: HashMap<ConceptIdx, (f64, bool, bool, ConceptMatch)> = HashMap::default();
        let mut scratch = Scratch::default();
        let mut floor = CONCEPT_MATCH_MIN;
        for (i, &(bits, at)) in order.iter().enumerate() {
            // Labels come by their upper bound: once it is under the weakest concept that
            // would be kept, no later label can change what is kept.
            if upper(f32::from_bits(bits)) < floor {
                break;
            }
            let label = &self.labels[at as usize];
            let Some(score) = self.score_label(label, text, &hits, field_exponent, &mut scratch) else { continue };
            let group = self.groups.get(label.concept as usize).copied().unwrap_or(false);
            let strength = if group { score.strength * GROUP_CONCEPT_FACTOR } else { score.strength };
            if best.get(&label.concept).is_some_and(|b| b.0 > strength) {
                continue;
            }
            let key = (strength, label.folded == literal, label.index == 0);
            let found =
                ConceptMatch { concept: label.concept, strength, how: score.how, words_found: score.words_found, label: label.index };
            let slot = best.entry(label.concept).or_insert((f64::NEG_INFINITY, false, false, found));
            if key > (slot.0, slot.1, slot.2) {
                *slot = (key.0, key.1, key.2, found);
            }
            if i % 32 == 31 && best.len() >= CONCEPT_MATCH_MAX {
                let mut strengths: Vec<f64> = best.values().map(|b| b.0).collect();
                crate::order::sort_by_key(&mut strengths, |&s| u128::from(crate::order::descending(s)));
                floor = floor.max(strengths[CONCEPT_MATCH_MAX - 1]);
            }
        }
        let mut out: Vec<(f64, bool, bool, ConceptMatch)> = best.into_values().filter(|b| b.0 >= CONCEPT_MATCH_MIN).collect();
        crate::order::sort_by_key(&mut out, |b| {
            (u128::from(crate::order::descending(b.0)) << 64)
                | (u128::from(!b.1) << 33)
                | (u128::from(!b.2) << 32)
                | u128::from(b.3.concept)
        });
        out.truncate(CONCEPT_MATCH_MAX);
        out.into_iter().map(|b| b.3).collect()
    }

    fn score_label(&self, label: &IndexedLabel, text: &Analysed, hits: &Hits, field_exponent: f64, s: &mut Scratch) -> Option<LabelScore> {
        s.query.clear();
        s.query.resize(text.feature_count(), (0.0, None));
        let mut label_matched = 0.0;
        let mut label_total = 0.0;
        for word in &label.words {
            let mut see = |w: WordId| -> f64 {
                let mut strength = 0.0f64;
                for &(fi, m) in hits.of(w) {
                    let slot = &mut s.query[fi as usize];
                    if f64::from(m.strength) > slot.0 {
                        *slot = (f64::from(m.strength), Some(m.kind));
                    }
                    strength = strength.max(f64::from(m.strength));
                }
                strength
            };
            let whole = see(word.whole);
            s.parts.clear();
            for &(p, pw) in &word.parts {
                let found = see(p);
                s.parts.push((f64::from(pw), found));
            }
            let (m, t) = word_share(WordFound { weight: f64::from(word.weight), found: whole, parts: &s.parts });
            label_matched += m;
            label_total += t;
        }
        if label_matched <= 0.0 {
            return None;
        }
        let side = query_side(text, &s.query, &mut s.parts);
        if !side.complete && side.matched < self.least_evidence {
            return None;
        }
        let coverage = Coverage { phrase: side.share, field: share(label_matched, label_total), complete: side.complete, in_order: true };
        let strength = coverage.strength(field_exponent);
        let how = how_of(side.complete, coverage.field >= 1.0, side.worst, label.index);
        Some(LabelScore { strength, how, words_found: side.words_found })
    }
}

/// The lexicon words a text's features match: `slots[word]` indexes `lists` (`u32::MAX`: none).
struct Hits {
    slots: Vec<u32>,
    lists: Vec<Vec<(u16, WordMatch)>>,
}

impl Hits {
    fn add(&mut self, word: WordId, feature: u16, m: WordMatch) {
        let slot = &mut self.slots[word as usize];
        if *slot == u32::MAX {
            *slot = self.lists.len() as u32;
            self.lists.push(Vec::new());
        }
        self.lists[*slot as usize].push((feature, m));
    }

    fn of(&self, word: WordId) -> &[(u16, WordMatch)] {
        match self.slots.get(word as usize) {
            Some(&slot) if slot != u32::MAX => &self.lists[slot as usize],
            _ => &[],
        }
    }
}

/// Scratch space reused across labels.
#[derive(Default)]
struct Scratch {
    query: Vec<(f64, Option<WordKind>)>,
    parts: Vec<(f64, f64)>,
}

/// The query side of a coverage (see [`query_side`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct QuerySide {
    /// Weighted share of the text found.
    pub share: f64,
    /// Every word was found.
    pub complete: bool,
    /// Which words were found (bit `i`: word `i`).
    pub words_found: u64,
    /// Which words were found through their compound parts rather than whole.
    pub by_parts: u64,
    /// The worst kind of match used.
    pub worst: Option<WordKind>,
    /// The weight of the text found (not a share): how much the words found say.
    pub matched: f64,
}

/// The query side of a coverage from the best strength of each feature (`best`: one entry per
/// feature, in [`Analysed::features`] order).
pub(crate) fn query_side(text: &Analysed, best: &[(f64, Option<WordKind>)], parts: &mut Vec<(f64, f64)>) -> QuerySide {
    let mut matched = 0.0;
    let mut total = 0.0;
    let mut side = QuerySide { share: 0.0, complete: true, words_found: 0, by_parts: 0, worst: None, matched: 0.0 };
    if text.words.iter().all(|w| w.weight <= 0.0 && w.parts.iter().all(|p| p.1 <= 0.0)) {
        // Only words that say nothing ("32 uur"): nothing to find.
        return QuerySide { complete: false, ..side };
    }
    let mut fi = 0;
    for (wi, word) in text.words.iter().enumerate() {
        let whole = best[fi].0;
        parts.clear();
        for (pi, &(_, pw)) in word.parts.iter().enumerate() {
            parts.push((pw, best[fi + 1 + pi].0));
        }
        let found = WordFound { weight: word.weight, found: whole, parts };
        let (m, t) = word_share(found);
        matched += m;
        total += t;
        let weightless = word.weight <= 0.0 && word.parts.iter().all(|p| p.1 <= 0.0);
        if weightless {
            // A word that says nothing is not asked for.
        } else if word_complete(found) {
            let bit = if wi < 64 { 1u64 << wi } else { 0 };
            side.words_found |= bit;
            // Found whole, unless all its parts were found and more strongly.
            let part_best = &best[fi + 1..fi + 1 + word.parts.len()];
            let parts_min = part_best.iter().map(|b| b.0).fold(f64::INFINITY, f64::min);
            let kind = if !part_best.is_empty() && parts_min > whole {
                side.by_parts |= bit;
                part_best.iter().filter_map(|b| b.1).max()
            } else {
                best[fi].1
            };
            side.worst = side.worst.max(kind);
        } else {
            side.complete = false;
        }
        fi += 1 + word.parts.len();
    }
    side.share = share(matched, total);
    side.matched = matched;
    side
}

/// The [`MatchHow`] of a coverage: a label (or synonym) found whole and alone, with typos,
/// through compound parts, or in part.
pub(crate) fn how_of(complete: bool, whole_field: bool, worst: Option<WordKind>, label_index: u16) -> MatchHow {
    match (complete, worst) {
        (true, Some(WordKind::Exact)) if whole_field => {
            if label_index == 0 {
                MatchHow::Label
            } else {
                MatchHow::Synonym
            }
        }
        (true, Some(WordKind::Typo)) => MatchHow::Fuzzy,
        (true, Some(WordKind::Compound)) => MatchHow::Compound,
        _ => MatchHow::Partial,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(concepts: &[(&str, &[&str])]) -> (Lexicon, ConceptIndex) {
        let labels: Vec<Vec<String>> =
            concepts.iter().map(|(l, alts)| std::iter::once(*l).chain(alts.iter().copied()).map(String::from).collect()).collect();
        let lexicon = Lexicon::new(labels.iter().map(Vec::as_slice));
        let index = ConceptIndex::new(&lexicon, labels.iter().map(|l| (ConceptKind::Occupation, l.as_slice(), false)));
        (lexicon, index)
    }

    fn best(concepts: &[(&str, &[&str])], text: &str) -> Vec<(String, MatchHow)> {
        let (lexicon, index) = index(concepts);
        index
            .find(&lexicon, &Analysed::new(text, &lexicon), ConceptKind::Occupation, crate::rules::FIELD_COVERAGE_EXPONENT_OCCUPATION)
            .into_iter()
            .map(|m| (concepts[m.concept as usize].0.to_string(), m.how))
            .collect()
    }

    const CONCEPTS: &[(&str, &[&str])] = &[
        ("kok", &["kokkin"]),
        ("chef-kok", &["chefkok"]),
        ("kapper", &[]),
        ("tolk", &["tolk gebarentaal"]),
        ("monteur telecommunicatie", &["installateur telecommunicatie"]),
        ("timmerman", &[]),
        ("medewerker schoonmaak", &[]),
        ("medewerker magazijn", &[]),
    ];

    #[test]
    fn a_qualifier_does_not_hide_the_occupation() {
        let found = best(CONCEPTS, "Kok Italiaans");
        assert_eq!(found[0], ("kok".to_string(), MatchHow::Partial));
        assert_eq!(best(CONCEPTS, "Tolk Pools")[0].0, "tolk");
        assert_eq!(best(CONCEPTS, "Allround timmerman")[0].0, "timmerman");
    }

    #[test]
    fn a_false_friend_is_no_match() {
        assert!(best(CONCEPTS, "kap").iter().all(|(c, _)| c != "kok"), "'kok' is not 'kap'");
    }

    #[test]
    fn the_rare_word_carries_a_partial_phrase() {
        let found = best(CONCEPTS, "installateur van datacommunicatie telecommunicatie");
        assert_eq!(found[0].0, "monteur telecommunicatie");
        // "medewerker" is common among the labels: the rare word decides.
        assert_eq!(best(CONCEPTS, "medewerker schoonmaak kantoren")[0].0, "medewerker schoonmaak");
    }
}
