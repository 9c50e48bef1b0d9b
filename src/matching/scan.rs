//! [`FieldScanner`]: finds many phrases (a profile's skills and occupations, with their
//! synonyms) in a vacancy's fields in one pass per field, whole or in part: a term → phrase
//! features map built once per query, and scratch space reused across vacancies.

use super::analysis::Analysed;
use super::concepts::query_side;
use super::coverage::{share, word_share, Coverage, WordFound};
use super::lexicon::Lexicon;
use super::terms::TermTable;
use super::word_match::{WordKind, WordMatch};
use crate::explain::MatchHow;

use crate::vocab::TermId;
use rustc_hash::FxHashMap as HashMap;

/// Where a phrase's words came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The person's own words.
    Own,
    /// A label or synonym of the concept the person's words name.
    Synonym,
}

/// A phrase to look for, analysed, with where it came from.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Its words.
    pub text: Analysed,
    /// Where it came from.
    pub origin: Origin,
    /// How much a short field (a title, a skill) saying more than the phrase costs (see
    /// [`crate::rules::FIELD_COVERAGE_EXPONENT_OCCUPATION`]).
    pub field_exponent: f64,
    /// How much a hit counts (less than 1 for one of two alternatives).
    pub factor: f64,
    /// For each word, which words of the term the phrase stands for it covers, as bits
    /// (empty: word `i` is the term's word `i`).
    pub word_map: Vec<u64>,
}

impl Phrase {
    /// A phrase of the term's own words (or a synonym), counted whole.
    pub fn whole(text: Analysed, origin: Origin, field_exponent: f64) -> Phrase {
        Phrase { text, origin, field_exponent, factor: 1.0, word_map: Vec::new() }
    }

    /// `words_found` of this phrase in terms of the term's words.
    fn term_words(&self, words_found: u64) -> u64 {
        if self.word_map.is_empty() {
            return words_found;
        }
        self.word_map.iter().enumerate().filter(|(i, _)| *i < 64 && words_found & (1 << i) != 0).fold(0, |acc, (_, &bits)| acc | bits)
    }
}

/// How a phrase was found in one field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhraseHit {
    /// Strength 0–1.
    pub strength: f64,
    /// How.
    pub how: MatchHow,
    /// Which of the phrase's words were found (bit `i`: word `i`).
    pub words_found: u64,
    /// Where the phrase came from.
    pub origin: Origin,
}

/// One occurrence of a phrase feature in a field: at term `pos`, as the whole term (`slot`
/// 0) or its part `slot - 1`.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    phrase: u32,
    feature: u16,
    pos: u32,
    slot: u16,
    strength: f32,
    kind: WordKind,
}

/// Finds phrases in fields.
pub struct FieldScanner {
    phrases: Vec<Phrase>,
    /// Per phrase: (word index, part index) of each feature, and its text (for `query_side`).
    features: Vec<Vec<(usize, Option<usize>, String)>>,
    by_term: HashMap<TermId, Vec<(u32, u16, WordMatch)>>,
    /// One bit per term id: whether any phrase feature matches the term.
    present: Vec<u64>,
    scratch: Vec<Occurrence>,
    /// Scratch for grouping `scratch` by phrase.
    grouped: Vec<Occurrence>,
    counts: Vec<u32>,
    best: Vec<(f64, Option<WordKind>)>,
    parts: Vec<(f64, f64)>,
    /// The least weight the words found in part must have to count.
    least_evidence: f64,
}

impl FieldScanner {
    /// Indexes `phrases`, each feature with its matches among the vocabulary's terms
    /// (`expansion(feature text)`); phrase `i` is reported as index `i`. A match in part
    /// counts when the words found weigh at least `least_evidence`.
    pub fn new(phrases: Vec<Phrase>, least_evidence: f64, mut expansion: impl FnMut(&str) -> Vec<(TermId, WordMatch)>) -> Self {
        let mut by_term: HashMap<TermId, Vec<(u32, u16, WordMatch)>> = HashMap::default();
        let mut features = Vec::with_capacity(phrases.len());
        for (pi, phrase) in phrases.iter().enumerate() {
            let list: Vec<(usize, Option<usize>, String)> =
                phrase.text.features().map(|(at, t, _)| (at.word as usize, at.part.map(usize::from), t.to_owned())).collect();
            for (fi, (_, _, text)) in list.iter().enumerate() {
                for (term, m) in expansion(text) {
                    by_term.entry(term).or_default().push((pi as u32, fi as u16, m));
                }
            }
            features.push(list);
        }
        let words = by_term.keys().max().map_or(0, |&max| max as usize / 64 + 1);
        let mut present = vec![0u64; words];
        for &term in by_term.keys() {
            present[term as usize / 64] |= 1 << (term % 64);
        }
        FieldScanner {
            phrases,
            features,
            by_term,
            present,
            scratch: Vec::new(),
            grouped: Vec::new(),
            counts: Vec::new(),
            best: Vec::new(),
            parts: Vec::new(),
            least_evidence,
        }
    }

    /// The vocabulary terms any phrase matches (in any field).
    pub fn terms(&self) -> impl Iterator<Item = TermId> + '_ {
        self.by_term.keys().copied()
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether there is no phrase.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    fn note(&mut self, term: TermId, pos: usize, slot: usize, compound_term: bool) {
        let in_query = self.present.get(term as usize / 64).is_some_and(|w| w & (1 << (term % 64)) != 0);
        if !in_query {
            return;
        }
        if let Some(refs) = self.by_term.get(&term) {
            for &(phrase, feature, m) in refs {
                // A compound the lexicon splits is matched by its parts, not by string.
                if compound_term && m.kind == WordKind::Compound {
                    continue;
                }
                self.scratch.push(Occurrence { phrase, feature, pos: pos as u32, slot: slot as u16, strength: m.strength, kind: m.kind });
            }
        }
    }

    /// Finds the phrases in `field`; calls `found(phrase index, hit)` once per phrase found
    /// (whole or in part), in phrase order. A `short` field (a title, a skill) counts how much
    /// of it a phrase covers; in long text only the phrase's share counts.
    pub fn find(&mut self, field: &[TermId], terms: &TermTable, short: bool, mut found: impl FnMut(usize, PhraseHit)) {
        self.scratch.clear();
        for (pos, &term) in field.iter().enumerate() {
            let parts = terms.parts(term);
            self.note(term, pos, 0, !parts.is_empty());
            for (j, &part) in parts.iter().enumerate() {
                self.note(part, pos, j + 1, true);
            }
        }
        if self.scratch.is_empty() {
            return;
        }
        let field_total: f64 = match short {
            true => field.iter().map(|&t| f64::from(terms.weight(t)) + part_weights(terms, t).sum::<f64>()).sum(),
            false => 0.0,
        };
        // Group by phrase, keeping the order they were found in (by position, then slot).
        self.group_by_phrase();
        let mut start = 0;
        while start < self.scratch.len() {
            let phrase = self.scratch[start].phrase;
            let end = start + self.scratch[start..].iter().take_while(|o| o.phrase == phrase).count();
            let group = std::mem::take(&mut self.scratch);
            let hit = self.hit(&group[start..end], phrase as usize, field, terms, short, field_total);
            self.scratch = group;
            if let Some(hit) = hit {
                found(phrase as usize, hit);
            }
            start = end;
        }
    }

    /// Orders the occurrences by phrase, keeping their order within a phrase (a counting sort:
    /// no comparisons, no allocation once the buffers have grown).
    fn group_by_phrase(&mut self) {
        self.counts.clear();
        self.counts.resize(self.phrases.len() + 1, 0);
        for o in &self.scratch {
            self.counts[o.phrase as usize + 1] += 1;
        }
        for i in 1..self.counts.len() {
            self.counts[i] += self.counts[i - 1];
        }
        self.grouped.clear();
        self.grouped
            .resize(self.scratch.len(), Occurrence { phrase: 0, feature: 0, pos: 0, slot: 0, strength: 0.0, kind: WordKind::Exact });
        for o in &self.scratch {
            let at = &mut self.counts[o.phrase as usize];
            self.grouped[*at as usize] = *o;
            *at += 1;
        }
        std::mem::swap(&mut self.scratch, &mut self.grouped);
    }

    fn hit(
        &mut self,
        group: &[Occurrence],
        phrase: usize,
        field: &[TermId],
        terms: &TermTable,
        short: bool,
        field_total: f64,
    ) -> Option<PhraseHit> {
        let text = &self.phrases[phrase].text;
        self.best.clear();
        self.best.resize(self.features[phrase].len(), (0.0, None));
        for o in group {
            let slot = &mut self.best[o.feature as usize];
            if f64::from(o.strength) > slot.0 {
                *slot = (f64::from(o.strength), Some(o.kind));
            }
        }
        let side = query_side(text, &self.best, &mut self.parts);
        let (phrase_share, complete, words_found, worst) = (side.share, side.complete, side.words_found, side.worst);
        if words_found == 0 && phrase_share <= 0.0 {
            return None;
        }
        let in_order = complete && in_order(group, &self.features[phrase], text, side.by_parts);
        let field_share = if short { share(self.field_matched(group, field, terms), field_total) } else { 1.0 };
        let coverage = Coverage { phrase: phrase_share, field: field_share, complete, in_order };
        let this = &self.phrases[phrase];
        let strength = coverage.strength(this.field_exponent) * this.factor;
        let origin = this.origin;
        // Partial credit is for the person's own words: a synonym found in part is no evidence.
        // And words found in part must say at least as much as the rules ask ("werk" of
        // "kassawerk" in "zelfstandig werken" says too little).
        if !complete && (origin == Origin::Synonym || side.matched < self.least_evidence) {
            return None;
        }
        let words_found = this.term_words(words_found);
        let how = match (complete, in_order, worst) {
            (false, _, _) => MatchHow::Partial,
            (true, false, _) => MatchHow::Scattered,
            (true, true, Some(WordKind::Exact)) if origin == Origin::Own => MatchHow::Label,
            (true, true, Some(WordKind::Exact)) => MatchHow::Synonym,
            (true, true, Some(WordKind::Typo)) => MatchHow::Fuzzy,
            (true, true, Some(WordKind::Compound)) => MatchHow::Compound,
            (true, true, _) => MatchHow::Partial,
        };
        Some(PhraseHit { strength, how, words_found, origin })
    }

    /// The weight of the field's words (and parts) that the phrase's features found.
    fn field_matched(&mut self, group: &[Occurrence], field: &[TermId], terms: &TermTable) -> f64 {
        let mut matched = 0.0;
        let mut i = 0;
        while i < group.len() {
            let pos = group[i].pos;
            let term = field[pos as usize];
            let mut whole = 0.0f64;
            self.parts.clear();
            self.parts.extend(part_weights(terms, term).map(|w| (w, 0.0)));
            while i < group.len() && group[i].pos == pos {
                let o = group[i];
                if o.slot == 0 {
                    whole = whole.max(f64::from(o.strength));
                } else if let Some(p) = self.parts.get_mut(o.slot as usize - 1) {
                    p.1 = p.1.max(f64::from(o.strength));
                }
                i += 1;
            }
            matched += word_share(WordFound { weight: f64::from(terms.weight(term)), found: whole, parts: &self.parts }).0;
        }
        matched
    }
}

/// The weights of the compound parts of `term` (the head counting more).
fn part_weights(terms: &TermTable, term: TermId) -> impl Iterator<Item = f64> + '_ {
    let parts = terms.parts(term);
    parts.iter().enumerate().map(move |(i, &p)| Lexicon::part_weight(f64::from(terms.weight(p)), i, parts.len()))
}

/// Whether the phrase's words occur in order, each at the same term as the one before (parts
/// of one compound) or the next. A word found through its parts (`by_parts`) is its parts,
/// in order.
fn in_order(group: &[Occurrence], features: &[(usize, Option<usize>, String)], text: &Analysed, by_parts: u64) -> bool {
    if text.words.len() == 1 && by_parts & 1 == 0 {
        return true;
    }
    let mut reachable: Vec<u32> = Vec::new();
    let mut first = true;
    for (wi, word) in text.words.iter().enumerate() {
        let units: Vec<Option<usize>> =
            if wi < 64 && by_parts & (1 << wi) != 0 { (0..word.parts.len()).map(Some).collect() } else { vec![None] };
        for unit in units {
            let mut here: Vec<u32> = group
                .iter()
                .filter(|o| features[o.feature as usize].0 == wi && features[o.feature as usize].1 == unit)
                .map(|o| o.pos)
                .collect();
            here.sort_unstable();
            here.dedup();
            if !first {
                here.retain(|&p| reachable.iter().any(|&r| p == r || p == r + 1));
            }
            if here.is_empty() {
                return false;
            }
            reachable = here;
            first = false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::expand::expand;
    use crate::rules::*;
    use crate::text::tokens;
    use crate::vocab::Vocab;

    /// The best hit of `phrase` in `field`, with a lexicon of `labels` (or none).
    fn find(phrase: &str, field: &str, labels: &[&str], exponent: Option<f64>) -> Option<PhraseHit> {
        let (short, field_exponent) = (exponent.is_some(), exponent.unwrap_or(0.0));
        let concepts: Vec<Vec<String>> = labels.iter().map(|l| vec![l.to_string()]).collect();
        let lexicon = Lexicon::new(concepts.iter().map(Vec::as_slice));
        let mut vocab = Vocab::default();
        let ids: Vec<TermId> = tokens(field).iter().map(|t| vocab.intern(t)).collect();
        let mut terms = TermTable::default();
        terms.sync(&mut vocab, &lexicon);
        let text = Analysed::new(phrase, &lexicon);
        let mut scanner = FieldScanner::new(vec![Phrase::whole(text, Origin::Own, field_exponent)], 0.0, |w| {
            expand(w, vocab.word_index(), vocab.terms(), true, &lexicon, |s| vocab.get(s))
        });
        let mut best = None;
        scanner.find(&ids, &terms, short, |_, hit| best = Some(hit));
        best
    }

    const OCC: Option<f64> = Some(FIELD_COVERAGE_EXPONENT_OCCUPATION);

    #[test]
    fn whole_phrases_and_compounds() {
        let hit = find("persoonlijke verzorging", "Je helpt bij persoonlijke verzorging van cliënten", &[], None).unwrap();
        assert_eq!((hit.strength, hit.how), (1.0, MatchHow::Label));
        assert_eq!(find("heftruck", "ervaring met heftrucks", &[], None).unwrap().how, MatchHow::Label);
        let labels = ["heftruck", "chauffeur", "magazijn", "medewerker"];
        let joined = find("heftruck chauffeur", "Heftruckchauffeur", &labels, OCC).unwrap();
        assert_eq!((joined.strength, joined.how), (1.0, MatchHow::Label), "the words joined as one compound");
        assert_eq!(find("chauffeur", "vrachtwagenchauffeur gezocht", &[], None).unwrap().how, MatchHow::Compound);
        assert_eq!(find("magazijnmedewerker", "medewerker magazijn", &labels, OCC).unwrap().how, MatchHow::Scattered);
        assert!(find("zorg", "zorgvuldig werken", &[], None).is_none(), "short words are not compound parts");
        assert!(find("lassen", "klassen geven", &[], None).is_none());
    }

    #[test]
    fn a_phrase_found_in_part_earns_the_share_of_its_words() {
        let labels = ["kok", "tolk", "gebarentaal", "restaurant"];
        let hit = find("Kok Italiaans", "Kok", &labels, OCC).unwrap();
        assert_eq!(hit.how, MatchHow::Partial);
        assert_eq!(hit.words_found, 0b01, "'kok' was found, 'italiaans' not");
        assert!(hit.strength > 0.5 && hit.strength <= STRENGTH_PARTIAL_MAX, "{}", hit.strength);
        let longer = find("kok", "Kok restaurant", &labels, OCC).unwrap();
        assert_eq!(longer.how, MatchHow::Label);
        assert!(longer.strength < 1.0, "a title saying more fits a little less: {}", longer.strength);
        assert!(longer.strength > hit.strength);
    }

    #[test]
    fn typos_within_thresholds() {
        assert_eq!(find("heftruk", "heftruck rijden", &[], None).unwrap().how, MatchHow::Fuzzy);
        assert!(find("kok", "kap", &[], None).is_none());
    }
}
