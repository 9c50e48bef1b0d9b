//! Query preparation: a profile's skills and occupations become phrases over the engine's
//! vocabulary (exact terms, typos, compound parts, joined and split compounds), once per query.
//! [`PhraseFinder`] then finds those phrases in a vacancy's fields in one pass per field.

use crate::model::{ConceptKind, TermRef};
use crate::rules::{
    COMPOUND_PREFIX_MIN_CHARS, COMPOUND_REST_MIN_CHARS, COMPOUND_SUFFIX_MIN_CHARS, STRENGTH_COMPOUND, STRENGTH_COMPOUND_MODIFIER,
    STRENGTH_EXACT, STRENGTH_FUZZY, STRENGTH_SCATTERED,
};
use crate::taxonomy::{ConceptIdx, Resolution, Taxonomy};
use crate::text::{max_typos, tokens, typo_match};
use crate::vocab::{TermId, Vocab};
use std::collections::HashMap;

/// How a text matched, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextMatch {
    /// The same words (after normalisation), or the same compound split or joined.
    Exact,
    /// Inside a compound word.
    Compound,
    /// With typos.
    Fuzzy,
    /// All words found, but not next to each other.
    Scattered,
}

/// Where a phrase came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The person's own words.
    Own,
    /// A label or synonym of the concept the person's words resolved to exactly.
    Synonym,
    /// A label of the concept the person's words resolved to with typos (hits count as typos).
    FuzzySynonym,
}

/// Vocabulary terms one query word matches, sorted by term id.
#[derive(Debug, Clone, Default)]
struct Slot(Vec<(TermId, f32, TextMatch)>);

/// A sequence of slots that must match consecutive terms of a field.
#[derive(Debug, Clone)]
pub struct Phrase {
    slots: Vec<Slot>,
    /// Where the phrase came from.
    pub origin: Origin,
    /// Highest strength a hit of this phrase may have (how surely the words mean the concept).
    pub cap: f32,
}

/// The best place a phrase was found in one field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhraseHit {
    /// Strength 0–1.
    pub strength: f64,
    /// How it matched.
    pub how: TextMatch,
    /// Where the phrase came from.
    pub origin: Origin,
}

impl PhraseHit {
    /// Whether `self` is a better hit than `other` (stronger; then exact before others).
    pub fn beats(&self, other: &Option<PhraseHit>) -> bool {
        match other {
            None => true,
            Some(o) => {
                self.strength > o.strength
                    || (self.strength == o.strength && (self.how, self.origin != Origin::Own) < (o.how, o.origin != Origin::Own))
            }
        }
    }
}

/// A skill or occupation of the profile, ready for matching.
#[derive(Debug, Clone)]
pub struct QueryTerm {
    /// As the person gave it.
    pub given: TermRef,
    /// The concept it resolved to.
    pub concept: Option<(ConceptIdx, Resolution)>,
    /// Other concepts that share the same label exactly (counted as a match, a little less).
    pub sharing: Vec<ConceptIdx>,
    /// Phrases to look for: own words first, then the concept's labels.
    pub phrases: Vec<Phrase>,
    /// Its own terms, where known to the vocabulary (for "vacancy label inside profile label").
    pub own_terms: Vec<Option<TermId>>,
}

/// Expands query words to vocabulary terms, caching per word within one query.
pub struct Expander<'a> {
    vocab: &'a Vocab,
    cache: HashMap<String, Slot>,
}

/// Most words an [`ExpansionCache`] keeps before it starts afresh.
const EXPANSION_CACHE_WORDS: usize = 20_000;

/// Expansions of query words over an engine's vocabulary, kept from one query to the next
/// (a person refining a search asks for the same words again), and dropped when the
/// vocabulary grows. Expanding a word scans the whole vocabulary; a cached word costs a lookup.
#[derive(Default)]
pub struct ExpansionCache(std::sync::Mutex<(usize, HashMap<String, Slot>)>);

impl ExpansionCache {
    /// Takes the cached expansions for a vocabulary of `vocab_len` terms (none if it changed).
    fn take(&self, vocab_len: usize) -> HashMap<String, Slot> {
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (len, map) = &mut *guard;
        if *len != vocab_len || map.len() > EXPANSION_CACHE_WORDS {
            map.clear();
        }
        std::mem::take(map)
    }

    /// Puts expansions back, for a vocabulary of `vocab_len` terms.
    fn put(&self, vocab_len: usize, map: HashMap<String, Slot>) {
        let mut guard = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *guard = (vocab_len, map);
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

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whether `word` is a part of the compound `term` ("heftruck" in "heftruckchauffeur").
fn compound_part(word: &str, word_chars: usize, term: &str) -> bool {
    let term_chars = char_len(term);
    if term_chars < word_chars + COMPOUND_REST_MIN_CHARS {
        return false;
    }
    (word_chars >= COMPOUND_PREFIX_MIN_CHARS && term.starts_with(word)) || (word_chars >= COMPOUND_SUFFIX_MIN_CHARS && term.ends_with(word))
}

/// Whether `term` is the first part of the compound `word` ("heftruck" of "heftruckcertificaat").
/// Only the first part: the last part is often generic ("medewerker", "werk").
fn compound_modifier(term: &str, word: &str, word_chars: usize) -> bool {
    let term_chars = char_len(term);
    term_chars >= COMPOUND_PREFIX_MIN_CHARS && word_chars >= term_chars + COMPOUND_REST_MIN_CHARS && word.starts_with(term)
}

impl<'a> Expander<'a> {
    /// An expander over `vocab`.
    pub fn new(vocab: &'a Vocab) -> Self {
        Expander { vocab, cache: HashMap::new() }
    }

    /// An expander that starts from, and afterwards ([`Expander::finish`]) adds to, `cache`.
    pub fn cached(vocab: &'a Vocab, cache: &ExpansionCache) -> Self {
        Expander { vocab, cache: cache.take(vocab.len()) }
    }

    /// Returns this expander's expansions to `cache` for the next query.
    pub fn finish(self, cache: &ExpansionCache) {
        cache.put(self.vocab.len(), self.cache);
    }

    fn expand(&mut self, word: &str) -> Slot {
        if let Some(slot) = self.cache.get(word) {
            return slot.clone();
        }
        let word_chars = char_len(word);
        let first = word.chars().next().unwrap_or('\0');
        let typos = max_typos(word_chars) as u32;
        let mut entries = Vec::new();
        for (id, term, term_chars, term_first) in self.vocab.iter_shaped() {
            // Cheap prefilters on length and first letter before any string comparison.
            let same_start = term_first == first;
            let longer = term_chars as usize >= word_chars + COMPOUND_REST_MIN_CHARS;
            let shorter = word_chars >= term_chars as usize + COMPOUND_REST_MIN_CHARS;
            let close = same_start && term_chars.abs_diff(word_chars as u32) <= typos;
            if !(close || longer || (shorter && same_start)) {
                continue;
            }
            if term == word {
                entries.push((id, STRENGTH_EXACT as f32, TextMatch::Exact));
            } else if close && typo_match(word, term) {
                entries.push((id, STRENGTH_FUZZY as f32, TextMatch::Fuzzy));
            } else if longer && compound_part(word, word_chars, term) {
                entries.push((id, STRENGTH_COMPOUND as f32, TextMatch::Compound));
            } else if shorter && same_start && compound_modifier(term, word, word_chars) {
                entries.push((id, STRENGTH_COMPOUND_MODIFIER as f32, TextMatch::Compound));
            }
        }
        let slot = Slot(entries);
        self.cache.insert(word.to_owned(), slot.clone());
        slot
    }

    fn exact(&self, word: &str) -> Option<Slot> {
        self.vocab.get(word).map(|id| Slot(vec![(id, STRENGTH_EXACT as f32, TextMatch::Exact)]))
    }

    /// Phrases for one label: its words in order; for several words also the words joined as
    /// one compound; for one word also every split into two known words ("magazijnmedewerker"
    /// → "magazijn" + "medewerker", with an optional linking s).
    fn phrases_for(&mut self, label: &str, origin: Origin, cap: f32, out: &mut Vec<Phrase>) {
        let words = tokens(label);
        if words.is_empty() {
            return;
        }
        let own: Vec<Slot> = words.iter().map(|w| self.expand(w)).collect();
        if own.iter().all(|s| !s.0.is_empty()) {
            out.push(Phrase { slots: own, origin, cap });
        }
        if words.len() >= 2 {
            let joined = self.expand(&words.concat());
            if !joined.0.is_empty() {
                out.push(Phrase { slots: vec![joined], origin, cap });
            }
        } else {
            let word = &words[0];
            let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
            for &cut in &cuts {
                let (left, right) = word.split_at(cut);
                if char_len(left) < COMPOUND_REST_MIN_CHARS || char_len(right) < COMPOUND_REST_MIN_CHARS {
                    continue;
                }
                let lefts = [Some(left), left.strip_suffix('s')];
                for l in lefts.into_iter().flatten() {
                    if let (Some(a), Some(b)) = (self.exact(l), self.exact(right)) {
                        out.push(Phrase { slots: vec![a, b], origin, cap });
                    }
                }
            }
        }
    }

    /// Prepares one skill or occupation reference of the profile.
    pub fn term(&mut self, given: &TermRef, kind: ConceptKind, taxonomy: &Taxonomy) -> QueryTerm {
        let concept = taxonomy.resolve(given.id.as_deref(), given.label.as_deref(), kind);
        let mut phrases = Vec::new();
        let own_label = given.label.as_deref().unwrap_or("");
        self.phrases_for(own_label, Origin::Own, STRENGTH_EXACT as f32, &mut phrases);
        let own_words = tokens(own_label);
        let own_normalized = own_words.join(" ");
        if let Some((entry, resolution)) = concept.and_then(|(ci, r)| Some((taxonomy.get(ci)?, r))) {
            let (origin, cap) = match resolution {
                Resolution::Fuzzy => (Origin::FuzzySynonym, STRENGTH_FUZZY),
                Resolution::Partial => (Origin::Synonym, STRENGTH_FUZZY),
                Resolution::Id | Resolution::Label | Resolution::Synonym => (Origin::Synonym, STRENGTH_EXACT),
            };
            let labels = std::iter::once(&entry.concept.label).chain(&entry.concept.alt_labels);
            for (label, normalized) in labels.zip(&entry.normalized_labels) {
                if *normalized != own_normalized {
                    self.phrases_for(label, origin, cap as f32, &mut phrases);
                }
            }
        }
        let own_terms = own_words.iter().map(|w| self.vocab.get(w)).collect();
        let sharing = match (concept, given.label.as_deref()) {
            (Some((ci, Resolution::Label | Resolution::Synonym)), Some(label)) => taxonomy.sharing_label(label, kind, ci),
            _ => Vec::new(),
        };
        QueryTerm { given: given.clone(), concept, sharing, phrases, own_terms }
    }
}

/// One occurrence of a query word in a field.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    phrase: u32,
    slot: u16,
    pos: u32,
    strength: f32,
    how: TextMatch,
}

/// Finds many phrases in fields: a term → (phrase, slot) map built once per query, and scratch
/// space reused across vacancies.
pub struct PhraseFinder {
    by_term: HashMap<TermId, Vec<(u32, u16, f32, TextMatch)>>,
    /// One bit per term id: whether any phrase holds the term. Most terms of a field are not
    /// in the query; testing a bit is far cheaper than a hash lookup.
    present: Vec<u64>,
    lengths: Vec<u16>,
    origins: Vec<(Origin, f32)>,
    scratch: Vec<Occurrence>,
}

impl PhraseFinder {
    /// Indexes `phrases`; phrase `i` is reported as index `i`.
    pub fn new<'p>(phrases: impl Iterator<Item = &'p Phrase>) -> Self {
        let mut by_term: HashMap<TermId, Vec<(u32, u16, f32, TextMatch)>> = HashMap::new();
        let mut lengths = Vec::new();
        let mut origins = Vec::new();
        for (pi, phrase) in phrases.enumerate() {
            for (si, slot) in phrase.slots.iter().enumerate() {
                for &(term, strength, how) in &slot.0 {
                    by_term.entry(term).or_default().push((pi as u32, si as u16, strength, how));
                }
            }
            lengths.push(phrase.slots.len() as u16);
            origins.push((phrase.origin, phrase.cap));
        }
        let words = by_term.keys().max().map_or(0, |&max| max as usize / 64 + 1);
        let mut present = vec![0u64; words];
        for &term in by_term.keys() {
            present[term as usize / 64] |= 1 << (term % 64);
        }
        PhraseFinder { by_term, present, lengths, origins, scratch: Vec::new() }
    }

    /// Number of phrases indexed.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// Whether no phrase is indexed.
    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// Finds the phrases in `field`; calls `found(phrase index, hit)` once per phrase found,
    /// with its best hit, in phrase order.
    pub fn find(&mut self, field: &[TermId], mut found: impl FnMut(usize, PhraseHit)) {
        self.scratch.clear();
        for (pos, term) in field.iter().enumerate() {
            let in_query = self.present.get(*term as usize / 64).is_some_and(|w| w & (1 << (term % 64)) != 0);
            if !in_query {
                continue;
            }
            if let Some(refs) = self.by_term.get(term) {
                for &(phrase, slot, strength, how) in refs {
                    self.scratch.push(Occurrence { phrase, slot, pos: pos as u32, strength, how });
                }
            }
        }
        if self.scratch.is_empty() {
            return;
        }
        self.scratch.sort_unstable_by_key(|o| (o.phrase, o.pos, o.slot));
        let mut start = 0;
        while start < self.scratch.len() {
            let phrase = self.scratch[start].phrase;
            let end = start + self.scratch[start..].iter().take_while(|o| o.phrase == phrase).count();
            if let Some(hit) = self.best_in_group(&self.scratch[start..end], phrase as usize) {
                found(phrase as usize, hit);
            }
            start = end;
        }
    }

    fn best_in_group(&self, group: &[Occurrence], phrase: usize) -> Option<PhraseHit> {
        let n = self.lengths[phrase] as usize;
        let (origin, cap) = self.origins[phrase];
        let mut best: Option<PhraseHit> = None;
        // Consecutive: slot 0 at p, slot 1 at p+1, ...
        for first in group.iter().filter(|o| o.slot == 0) {
            let mut strength = first.strength;
            let mut how = first.how;
            let complete = (1..n).all(|i| {
                let at = first.pos + i as u32;
                let next = group.iter().filter(|o| o.pos == at && o.slot as usize == i).max_by(|a, b| a.strength.total_cmp(&b.strength));
                next.map(|o| {
                    strength = strength.min(o.strength);
                    how = how.max(o.how);
                })
                .is_some()
            });
            if complete {
                let hit = PhraseHit { strength: strength.min(cap) as f64, how, origin };
                if hit.beats(&best) {
                    best = Some(hit);
                }
            }
        }
        if best.is_none() && n >= 2 {
            // Scattered: every slot somewhere in the field.
            let mut strength = f32::INFINITY;
            for slot in 0..n {
                let s = group.iter().filter(|o| o.slot as usize == slot).map(|o| o.strength).fold(f32::NEG_INFINITY, f32::max);
                strength = strength.min(s);
            }
            if strength.is_finite() {
                best = Some(PhraseHit { strength: strength.min(cap) as f64 * STRENGTH_SCATTERED, how: TextMatch::Scattered, origin });
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab_of(text: &str) -> (Vocab, Vec<TermId>) {
        let mut vocab = Vocab::default();
        let ids = tokens(text).iter().map(|t| vocab.intern(t)).collect();
        (vocab, ids)
    }

    fn find(label: &str, field_text: &str) -> Option<PhraseHit> {
        let (vocab, field) = vocab_of(field_text);
        let mut expander = Expander::new(&vocab);
        let term = expander.term(&TermRef::label(label), ConceptKind::Skill, &Taxonomy::default());
        let mut finder = PhraseFinder::new(term.phrases.iter());
        let mut best: Option<PhraseHit> = None;
        finder.find(&field, |_, hit| {
            if hit.beats(&best) {
                best = Some(hit);
            }
        });
        best
    }

    #[test]
    fn finds_exact_phrases_and_plurals() {
        let hit = find("persoonlijke verzorging", "Je helpt bij persoonlijke verzorging van cliënten").unwrap();
        assert_eq!((hit.strength, hit.how), (1.0, TextMatch::Exact));
        assert_eq!(find("heftruck", "ervaring met heftrucks").unwrap().how, TextMatch::Exact);
    }

    #[test]
    fn compounds_split_and_joined() {
        assert_eq!(find("heftruck chauffeur", "Wij zoeken een heftruckchauffeur").unwrap().how, TextMatch::Exact);
        assert_eq!(find("heftruckchauffeur", "Wij zoeken een heftruck chauffeur").unwrap().how, TextMatch::Exact);
        assert_eq!(find("magazijnmedewerker", "medewerker magazijn").unwrap().how, TextMatch::Scattered);
        assert_eq!(find("heftruck", "Wij zoeken een heftruckchauffeur").unwrap().how, TextMatch::Compound);
        assert_eq!(find("chauffeur", "vrachtwagenchauffeur gezocht").unwrap().how, TextMatch::Compound);
        assert!(find("zorg", "zorgvuldig werken").is_none(), "short words are not compound parts");
        assert!(find("lassen", "klassen geven").is_none());
        let modifier = find("heftruckcertificaat", "je rijdt op een heftruck").unwrap();
        assert_eq!((modifier.how, modifier.strength), (TextMatch::Compound, STRENGTH_COMPOUND_MODIFIER as f32 as f64));
        assert!(find("kassamedewerker", "medewerker klantenservice").is_none(), "generic last parts are not enough");
    }

    #[test]
    fn typos_within_thresholds() {
        assert_eq!(find("heftruk", "heftruck rijden").unwrap().how, TextMatch::Fuzzy);
        assert!(find("kok", "kap").is_none());
    }

    #[test]
    fn scattered_words_score_lower() {
        let hit = find("klanten helpen", "je gaat klanten te woord staan en collega's helpen").unwrap();
        assert_eq!(hit.how, TextMatch::Scattered);
        assert!(hit.strength < 1.0);
    }
}
