//! [`ProfileQuery`]: a profile prepared once per ranking: each skill and occupation analysed,
//! matched to taxonomy concepts (whole or in part) and turned into phrases over the engine's
//! vocabulary; its location resolved; and scratch space for scanning vacancies.

use super::analysis::Analysed;
use super::concepts::ConceptMatch;
use super::expand::expand;
use super::found::Match;
use super::scan::{FieldScanner, Origin, Phrase, PhraseHit};
use super::term_cache::{PreparedTerm, QueryCache};
use super::terms::TermTable;
use crate::explain::MatchHow;
use crate::geo::{GeoTable, Point};
use crate::model::{ConceptKind, Profile, RankOptions, TermRef};
use crate::prepared::{PreparedSkill, PreparedVacancy, UNNUMBERED};
use crate::rules::{
    ALTERNATIVE_FACTOR, FIELD_COVERAGE_EXPONENT_OCCUPATION, FIELD_COVERAGE_EXPONENT_SKILL, PARTIAL_MIN_EVIDENCE, STRENGTH_EXACT,
    STRENGTH_INFLECTED, STRENGTH_SHARED_LABEL,
};
use crate::taxonomy::{ConceptIdx, Resolution, Taxonomy};
use crate::text::token_pairs;
use crate::vocab::{TermId, Vocab};
use std::cell::Cell;

/// A skill or occupation of the profile, ready for matching.
#[derive(Debug, Clone)]
pub struct QueryTerm {
    /// As the person gave it.
    pub given: TermRef,
    /// Its words.
    pub text: Analysed,
    /// The concepts it names, strongest first: the one its id or label names exactly
    /// (strength 1), others sharing that label, then those it matches in part.
    pub concepts: Vec<ConceptMatch>,
    /// `concepts` by concept, for lookup: (concept, index into `concepts`).
    by_concept: Vec<(ConceptIdx, u32)>,
    /// The concepts related to its best concept, sorted.
    related: Vec<ConceptIdx>,
    /// Its own terms, where known to the vocabulary (for "vacancy label inside profile label").
    pub own_terms: Vec<Option<TermId>>,
}

impl QueryTerm {
    /// How the term matches concept `c`, if it names it (whole or in part).
    pub fn concept(&self, c: ConceptIdx) -> Option<&ConceptMatch> {
        let at = self.by_concept.binary_search_by_key(&c, |e| e.0).ok()?;
        self.concepts.get(self.by_concept[at].1 as usize)
    }

    /// The concept it names best, if any.
    pub fn best_concept(&self) -> Option<&ConceptMatch> {
        self.concepts.first()
    }

    /// Whether `inner` (a vacancy skill's terms) occurs whole, as consecutive words, inside this
    /// term ("excel" in "excel gevorderd"): the person has what the vacancy asks, and more.
    pub fn contains(&self, inner: &[TermId]) -> bool {
        !inner.is_empty() && self.own_terms.windows(inner.len()).any(|w| w.iter().zip(inner).all(|(a, b)| *a == Some(*b)))
    }

    /// Whether `c` is related in the taxonomy to the concept it names best.
    pub fn related_to_best(&self, c: ConceptIdx) -> bool {
        self.related.binary_search(&c).is_ok()
    }

    /// Which of its words `words_found` names, as written, when that is not all of them (for
    /// explanations of a match in part, or of one of two alternatives).
    pub fn words(&self, words_found: u64) -> Vec<String> {
        let all = self.text.words.len() >= 64 || (0..self.text.words.len()).all(|i| words_found & (1 << i) != 0);
        if words_found == crate::matching::found::ALL_WORDS || all {
            return Vec::new();
        }
        self.text.words.iter().enumerate().filter(|(i, _)| *i < 64 && words_found & (1 << i) != 0).map(|(_, w)| w.written.clone()).collect()
    }
}

/// How much a short field saying more than a term costs, by the term's kind.
fn field_exponent(kind: ConceptKind) -> f64 {
    match kind {
        ConceptKind::Skill => FIELD_COVERAGE_EXPONENT_SKILL,
        ConceptKind::Occupation => FIELD_COVERAGE_EXPONENT_OCCUPATION,
    }
}

/// Prepares one term: its concepts and its phrases. Kept in the engine's [`QueryCache`].
fn prepare(given: &TermRef, kind: ConceptKind, taxonomy: &Taxonomy, vocab: &Vocab) -> PreparedTerm {
    let mut phrases: Vec<Phrase> = Vec::new();
    let lexicon = taxonomy.lexicon();
    let label = given.label.as_deref().unwrap_or("");
    let text = Analysed::new(label, lexicon);
    let exponent = field_exponent(kind);
    let mut concepts: Vec<ConceptMatch> = Vec::new();
    let exact = taxonomy.resolve(given.id.as_deref(), given.label.as_deref(), kind);
    if let Some((ci, resolution)) = exact {
        let how = match resolution {
            Resolution::Id => MatchHow::Id,
            Resolution::Label => MatchHow::Label,
            Resolution::Synonym => MatchHow::Synonym,
        };
        let whole = crate::matching::found::ALL_WORDS;
        concepts.push(ConceptMatch { concept: ci, strength: STRENGTH_EXACT, how, words_found: whole, label: 0 });
        if resolution != Resolution::Id {
            for other in taxonomy.sharing_label(label, kind, ci) {
                concepts.push(ConceptMatch {
                    concept: other,
                    strength: STRENGTH_SHARED_LABEL,
                    how: MatchHow::Synonym,
                    words_found: whole,
                    label: 0,
                });
            }
        }
    }
    // Concepts matched in part: by the whole text, and by each alternative alone ("Florist-
    // bloemist"), counted less. The best of each; never over a concept named exactly.
    let mut partial: Vec<ConceptMatch> = taxonomy.find(&text, kind, exponent);
    let alternatives: Vec<(Analysed, Vec<u16>)> = text.alternatives.iter().flat_map(|&i| [text.without(i + 1), text.without(i)]).collect();
    for (alone, map) in &alternatives {
        for mut found in taxonomy.find(alone, kind, exponent) {
            found.strength *= ALTERNATIVE_FACTOR;
            found.words_found = remap(found.words_found, map);
            match partial.iter_mut().find(|c| c.concept == found.concept) {
                Some(known) if found.strength > known.strength => *known = found,
                Some(_) => {}
                None => partial.push(found),
            }
        }
    }
    for found in partial {
        if !concepts.iter().any(|c| c.concept == found.concept) {
            concepts.push(found);
        }
    }
    crate::order::sort_by_key(&mut concepts, |c| u128::from(crate::order::descending(c.strength)));
    let mut by_concept: Vec<(ConceptIdx, u32)> = concepts.iter().enumerate().map(|(i, c)| (c.concept, i as u32)).collect();
    crate::order::sort_by_key(&mut by_concept, |&(c, i)| (u128::from(c) << 32) | u128::from(i));
    // Phrases: the person's words, joined as one compound, and the labels of the concept the
    // person named exactly.
    let own_normalized: Vec<&str> = text.words.iter().map(|w| w.stem.as_str()).collect();
    if !text.is_empty() {
        phrases.push(Phrase::whole(text.clone(), Origin::Own, exponent));
        if let Some(joined) = text.joined(lexicon) {
            // Its one word stands for all the term's words.
            let all = remap(crate::matching::found::ALL_WORDS, &(0..text.words.len() as u16).collect::<Vec<_>>());
            let phrase = Phrase { word_map: vec![all], ..Phrase::whole(joined, Origin::Own, exponent) };
            phrases.push(phrase);
        }
    }
    for (alone, map) in alternatives {
        let word_map = map.iter().map(|&t| if t < 64 { 1u64 << t } else { 0 }).collect();
        let phrase = Phrase { text: alone, origin: Origin::Own, field_exponent: exponent, factor: ALTERNATIVE_FACTOR, word_map };
        phrases.push(phrase);
    }
    if let Some(entry) = exact.and_then(|(ci, _)| taxonomy.get(ci)) {
        for l in std::iter::once(&entry.concept.label).chain(&entry.concept.alt_labels) {
            let synonym = Analysed::new(l, lexicon);
            let same = synonym.words.iter().map(|w| w.stem.as_str()).eq(own_normalized.iter().copied());
            if !synonym.is_empty() && !same {
                phrases.push(Phrase::whole(synonym, Origin::Synonym, exponent));
            }
        }
    }
    let own_terms = text.words.iter().map(|w| vocab.get(&w.stem)).collect();
    let related = concepts.first().map(|c| taxonomy.related_to(c.concept)).unwrap_or_default();
    PreparedTerm { term: QueryTerm { given: given.clone(), text, concepts, by_concept, related, own_terms }, phrases }
}

/// Term `given` of `kind`, prepared or from `cache`, with its phrases appended to `phrases`
/// (owned by `owner`).
fn prepared(
    given: &TermRef,
    kind: ConceptKind,
    taxonomy: &Taxonomy,
    vocab: &Vocab,
    cache: &QueryCache,
    phrases: &mut Vec<(u32, Phrase)>,
    owner: u32,
) -> QueryTerm {
    let key = (kind, given.id.clone(), given.label.clone());
    let p = cache.terms.get_or(key, vocab.len(), || prepare(given, kind, taxonomy, vocab));
    phrases.extend(p.phrases.iter().map(|phrase| (owner, phrase.clone())));
    p.term.clone()
}

/// `words_found` of a part of a text, in terms of the whole text's words (`map`).
fn remap(words_found: u64, map: &[u16]) -> u64 {
    if words_found == crate::matching::found::ALL_WORDS {
        return map.iter().filter(|&&t| t < 64).fold(0, |acc, &t| acc | (1 << t));
    }
    map.iter().enumerate().filter(|(i, &t)| *i < 64 && t < 64 && words_found & (1 << i) != 0).fold(0, |acc, (_, &t)| acc | (1 << t))
}

/// A desired occupation or past job title of the profile.
#[derive(Debug, Clone)]
pub struct OccupationTerm {
    /// The prepared term.
    pub term: QueryTerm,
    /// A past job title (counts less than a desired occupation).
    pub past_job: bool,
}

/// Best hit of each profile term (skills first, then occupations) in one vacancy field.
pub type FieldHits = Vec<Option<PhraseHit>>;

/// The best direct match of one vacancy skill by the profile's skills: which profile skill and
/// the match. The same for every vacancy skill with the same label number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DirectMatch {
    /// The match.
    pub found: Match,
    /// Index of the profile skill.
    pub profile_skill: u32,
}

/// What one vacancy skill gives a query: the hits of the profile's terms in it, the profile
/// skills related to its concept, and (once worked out) its direct match.
struct SkillScan {
    hits: FieldHits,
    related: Vec<u32>,
    direct: Cell<Option<Option<DirectMatch>>>,
    /// The most any profile skill gives this skill (see `crate::score::ceiling`), once known.
    ceiling: Cell<Option<f64>>,
    /// Any hit or related profile skill at all.
    any: bool,
}

/// The value in `cell`, worked out by `compute()` the first time it is asked for.
fn remembered<T: Copy>(cell: &Cell<Option<T>>, compute: impl FnOnce() -> T) -> T {
    if let Some(known) = cell.get() {
        return known;
    }
    let found = compute();
    cell.set(Some(found));
    found
}

/// Whether a profile gives a place at all (found in the geo table or not).
fn location_given(profile: &Profile) -> bool {
    profile.location.as_ref().is_some_and(|l| l.postcode.is_some() || l.lat.is_some())
}

/// A profile ready to be scored against many vacancies.
pub struct ProfileQuery<'p> {
    /// The profile.
    pub profile: &'p Profile,
    /// The options of this ranking.
    pub options: RankOptions,
    /// Its skills.
    pub skills: Vec<QueryTerm>,
    /// Its desired occupations, then past job titles.
    pub occupations: Vec<OccupationTerm>,
    /// Where the person starts from, if the profile gives a place the engine can locate.
    pub point: Option<Point>,
    /// Whether the profile gives a place at all (found or not).
    pub location_given: bool,
    scanner: FieldScanner,
    /// Owner (term index: skills, then occupations) of each phrase.
    phrase_owner: Vec<u32>,
    /// Scratch: hits in the title and the description of the vacancy scanned last.
    pub title_hits: FieldHits,
    /// See `title_hits`.
    pub description_hits: FieldHits,
    /// Scratch: the terms of the title and the description of the vacancy scanned last.
    field_terms: (Vec<TermId>, Vec<TermId>),
    labeled: Vec<SkillScan>,
    label_slot: Vec<u32>,
    unlabeled: Vec<SkillScan>,
    /// Per listed skill of the vacancy scanned last: whether its scan is a labeled one, where
    /// it is, and whether the skill is required.
    skill_rows: Vec<(bool, u32, bool)>,
    /// One bit per taxonomy concept: named by a term (whole or in part) or related to a term's
    /// best concept.
    concept_set: Vec<u64>,
    /// Whether the vacancy scanned last can earn anything for skills or occupations.
    reached: bool,
    /// The whole-point maxima of the parts, for the last set of used factors (a bit each).
    max_points: Cell<Option<(u16, [u32; 9])>>,
}

impl<'p> ProfileQuery<'p> {
    /// Prepares `profile` against the engine's vocabulary (with its term table), taxonomy and
    /// geo table. Prepared terms and word expansions come from, and go back to, `cache`.
    pub fn new(profile: &'p Profile, options: RankOptions, vocab: &Vocab, taxonomy: &Taxonomy, geo: &GeoTable, cache: &QueryCache) -> Self {
        let mut phrases: Vec<(u32, Phrase)> = Vec::new();
        let skills: Vec<QueryTerm> = profile
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| prepared(&s.term(), ConceptKind::Skill, taxonomy, vocab, cache, &mut phrases, i as u32))
            .collect();
        let occupations: Vec<OccupationTerm> = profile
            .desired_occupations
            .iter()
            .map(|t| (t, false))
            .chain(profile.past_job_titles.iter().map(|t| (t, true)))
            .enumerate()
            .map(|(k, (t, past_job))| OccupationTerm {
                term: prepared(t, ConceptKind::Occupation, taxonomy, vocab, cache, &mut phrases, (skills.len() + k) as u32),
                past_job,
            })
            .collect();
        let lexicon = taxonomy.lexicon();
        let phrase_owner = phrases.iter().map(|(owner, _)| *owner).collect();
        let least_evidence = PARTIAL_MIN_EVIDENCE * lexicon.mean_weight();
        let scanner = FieldScanner::new(phrases.into_iter().map(|(_, p)| p).collect(), least_evidence, |word| {
            cache.expansions.get_or(word, vocab.len(), || expand(word, vocab.word_index(), vocab.terms(), true, lexicon, |s| vocab.get(s)))
        });
        let location_given = location_given(profile);
        let point = geo.point_of(profile.location.as_ref());
        let terms = skills.len() + occupations.len();
        let mut concept_set = vec![0u64; taxonomy.len().div_ceil(64)];
        for term in skills.iter().chain(occupations.iter().map(|o| &o.term)) {
            for c in term.concepts.iter().map(|c| c.concept).chain(term.related.iter().copied()) {
                if let Some(word) = concept_set.get_mut(c as usize / 64) {
                    *word |= 1 << (c % 64);
                }
            }
        }
        ProfileQuery {
            profile,
            options,
            skills,
            occupations,
            point,
            location_given,
            scanner,
            phrase_owner,
            title_hits: vec![None; terms],
            description_hits: vec![None; terms],
            field_terms: (Vec::new(), Vec::new()),
            labeled: Vec::new(),
            label_slot: Vec::new(),
            unlabeled: Vec::new(),
            skill_rows: Vec::new(),
            concept_set,
            reached: false,
            max_points: Cell::new(None),
        }
    }

    /// A query for the constraints of `profile` only, with no terms prepared: it checks filters
    /// and combines skills and occupation outcomes worked out with a full query of a profile
    /// with the same skills and occupations (see [`crate::score::score_with`]). Cheap to make,
    /// so a what-if makes one per change.
    pub fn constraints_only(profile: &'p Profile, options: RankOptions, geo: &GeoTable) -> Self {
        ProfileQuery {
            profile,
            options,
            skills: Vec::new(),
            occupations: Vec::new(),
            point: geo.point_of(profile.location.as_ref()),
            location_given: location_given(profile),
            scanner: FieldScanner::new(Vec::new(), 0.0, |_| Vec::new()),
            phrase_owner: Vec::new(),
            title_hits: Vec::new(),
            description_hits: Vec::new(),
            field_terms: (Vec::new(), Vec::new()),
            labeled: Vec::new(),
            label_slot: Vec::new(),
            unlabeled: Vec::new(),
            skill_rows: Vec::new(),
            concept_set: Vec::new(),
            reached: false,
            max_points: Cell::new(None),
        }
    }

    fn in_concept_set(&self, c: ConceptIdx) -> bool {
        self.concept_set.get(c as usize / 64).is_some_and(|w| w & (1 << (c % 64)) != 0)
    }

    /// The whole-point maxima of the parts when the factors `used` (a bit each) count:
    /// `compute()` once per set of factors, remembered for the next vacancy.
    pub fn max_points(&self, used: u16, compute: impl FnOnce() -> [u32; 9]) -> [u32; 9] {
        match self.max_points.get() {
            Some((known, points)) if known == used => points,
            _ => {
                let points = compute();
                self.max_points.set(Some((used, points)));
                points
            }
        }
    }

    /// The vocabulary terms the profile's phrases match.
    pub fn matched_terms(&self) -> impl Iterator<Item = TermId> + '_ {
        self.scanner.terms()
    }

    /// The concepts the profile names (whole or in part) or is related to.
    pub fn named_concepts(&self) -> impl Iterator<Item = ConceptIdx> + '_ {
        self.concept_set
            .iter()
            .enumerate()
            .flat_map(|(i, &bits)| (0..64).filter(move |b| bits & (1 << b) != 0).map(move |b| (i * 64 + b) as ConceptIdx))
    }

    /// Instead of [`ProfileQuery::scan_vacancy`], for a vacancy that no matched term or named
    /// concept reaches (see [`crate::matching::postings`]): it earns nothing for skills and
    /// occupations.
    pub fn skip_vacancy(&mut self) {
        self.reached = false;
    }

    /// Whether the vacancy scanned last ([`ProfileQuery::scan_vacancy`]) can earn anything
    /// for skills or occupations: a phrase was found in it, or it has a concept the profile
    /// names or is related to. When not, both factors earn nothing, without looking further.
    pub fn reached(&self) -> bool {
        self.reached
    }

    fn skill_scan(&self, j: usize) -> &SkillScan {
        match self.skill_rows[j] {
            (true, at, _) => &self.labeled[at as usize],
            (false, at, _) => &self.unlabeled[at as usize],
        }
    }

    /// Hits of the profile's terms in skill `j` of the vacancy scanned last.
    pub fn skill_hits(&self, j: usize) -> &FieldHits {
        &self.skill_scan(j).hits
    }

    /// The profile skills, in profile order, whose best concept is related (in the taxonomy) to
    /// the concept of skill `j` of the vacancy scanned last.
    pub fn related_skills(&self, j: usize) -> &[u32] {
        &self.skill_scan(j).related
    }

    /// The direct match of skill `j` of the vacancy scanned last: `compute()` once per label
    /// number and query, remembered for every other vacancy listing the same skill.
    pub fn direct_match(&self, j: usize, compute: impl FnOnce() -> Option<DirectMatch>) -> Option<DirectMatch> {
        remembered(&self.skill_scan(j).direct, compute)
    }

    /// How many skills the vacancy scanned last lists.
    pub fn listed_skill_count(&self) -> usize {
        self.skill_rows.len()
    }

    /// Whether skill `j` of the vacancy scanned last is required.
    pub fn listed_skill_required(&self, j: usize) -> bool {
        self.skill_rows[j].2
    }

    /// The most any profile skill gives skill `j` of the vacancy scanned last: `compute()` once
    /// per label number and query, like [`ProfileQuery::direct_match`].
    pub fn skill_ceiling(&self, j: usize, compute: impl FnOnce() -> f64) -> f64 {
        remembered(&self.skill_scan(j).ceiling, compute)
    }

    fn related_to(skills: &[QueryTerm], concept: Option<ConceptIdx>) -> Vec<u32> {
        let Some(concept) = concept else { return Vec::new() };
        (0..skills.len()).filter(|&i| skills[i].related_to_best(concept)).map(|i| i as u32).collect()
    }

    /// Index of occupation `k` among all terms.
    pub fn occupation_owner(&self, k: usize) -> usize {
        self.skills.len() + k
    }

    /// Fills `hits` with the best hit of each term in `field`; whether there was any.
    fn scan(scanner: &mut FieldScanner, owners: &[u32], field: &[TermId], terms: &TermTable, short: bool, hits: &mut FieldHits) -> bool {
        hits.iter_mut().for_each(|h| *h = None);
        let mut any = false;
        scanner.find(field, terms, short, |phrase, hit| {
            any = true;
            let slot = &mut hits[owners[phrase] as usize];
            if slot.is_none_or(|s| hit.strength > s.strength || (hit.strength == s.strength && hit.how < s.how)) {
                *slot = Some(hit);
            }
        });
        any
    }

    /// Scans a vacancy's title, description and listed skills for the profile's phrases,
    /// filling `title_hits`, `description_hits` and [`ProfileQuery::skill_hits`], and finds
    /// the [`ProfileQuery::related_skills`] of its skills.
    pub fn scan_vacancy(&mut self, v: &PreparedVacancy, terms: &TermTable) {
        let skill_concept = self.scan_listed_skills(v, terms);
        self.scan_text(v, terms, skill_concept);
    }

    /// The rest of [`ProfileQuery::scan_vacancy`] after [`ProfileQuery::scan_listed_skills`]
    /// (which returned `skill_concept`): the title and description where they count, and
    /// whether the vacancy is reached.
    pub fn scan_text(&mut self, v: &PreparedVacancy, terms: &TermTable, skill_concept: bool) {
        let mut reached = false;
        // The title and description are read for skills (vacancies that list none) and for
        // occupations; otherwise the hits are left as they are: they are only read for a
        // vacancy whose text was scanned.
        if (self.skill_rows.is_empty() && !self.skills.is_empty()) || !self.occupations.is_empty() {
            let (title, description) = &mut self.field_terms;
            v.record.terms_into(title, description);
            reached |= Self::scan(&mut self.scanner, &self.phrase_owner, title, terms, true, &mut self.title_hits);
            reached |= Self::scan(&mut self.scanner, &self.phrase_owner, description, terms, false, &mut self.description_hits);
            if reached {
                self.literal_titles(v);
            }
        }
        reached |= (0..self.skill_rows.len()).any(|j| self.skill_scan(j).any);
        reached |= skill_concept
            || v.occupations.iter().any(|o| self.in_concept_set(o.concept))
            || v.text_skills.iter().any(|f| self.in_concept_set(f.concept));
        // An occupation code the taxonomy does not know still matches the same code by id.
        reached |=
            v.occupation_code.as_deref().is_some_and(|code| self.occupations.iter().any(|o| o.term.given.id.as_deref() == Some(code)));
        self.reached = reached;
    }

    /// The first part of [`ProfileQuery::scan_vacancy`]: reads the vacancy's listed skills
    /// only (enough for [`crate::score::ceiling`]); whether one of them has a concept the
    /// profile names or is related to.
    pub fn scan_listed_skills(&mut self, v: &PreparedVacancy, terms: &TermTable) -> bool {
        let count = self.title_hits.len();
        // A label is scanned once per query: thousands of vacancies list the same skills. (The
        // skills are read once: a vacancy from an index file reads them from its record.)
        self.skill_rows.clear();
        self.unlabeled.clear();
        let mut skill_concept = false;
        for skill in v.skills() {
            skill_concept = skill_concept || skill.concept.is_some_and(|c| self.in_concept_set(c));
            if skill.number == UNNUMBERED {
                let scan = self.scan_skill(skill, terms, count);
                self.skill_rows.push((false, self.unlabeled.len() as u32, skill.required()));
                self.unlabeled.push(scan);
                continue;
            }
            let label = skill.number as usize;
            if self.label_slot.len() <= label {
                self.label_slot.resize(label + 1, u32::MAX);
            }
            if self.label_slot[label] == u32::MAX {
                let scan = self.scan_skill(skill, terms, count);
                self.label_slot[label] = self.labeled.len() as u32;
                self.labeled.push(scan);
            }
            self.skill_rows.push((true, self.label_slot[label], skill.required()));
        }
        skill_concept
    }

    /// A title that is exactly a term's words after normalisation, but not as written ("Kappers"
    /// for "kapper"), counts [`STRENGTH_INFLECTED`]. Rare, so the title is only read then.
    fn literal_titles(&mut self, v: &PreparedVacancy) {
        let terms = self.skills.iter().chain(self.occupations.iter().map(|o| &o.term));
        let mut written: Option<Vec<String>> = None;
        for (hit, term) in self.title_hits.iter_mut().zip(terms) {
            let Some(h) = hit.as_mut().filter(|h| h.origin == Origin::Own && h.how == MatchHow::Label && h.strength >= STRENGTH_EXACT)
            else {
                continue;
            };
            let title_words = written.get_or_insert_with(|| token_pairs(&v.title_text()).into_iter().map(|(w, _)| w).collect());
            if !term.text.words.iter().map(|w| &w.written).eq(title_words.iter()) {
                h.strength = STRENGTH_INFLECTED;
            }
        }
    }

    fn scan_skill(&mut self, skill: &PreparedSkill, terms: &TermTable, count: usize) -> SkillScan {
        let mut hits = vec![None; count];
        let found = Self::scan(&mut self.scanner, &self.phrase_owner, &skill.terms, terms, true, &mut hits);
        let related = Self::related_to(&self.skills, skill.concept);
        let any = found || !related.is_empty() || self.skills.iter().any(|s| s.contains(&skill.terms));
        SkillScan { hits, related, direct: Cell::new(None), ceiling: Cell::new(None), any }
    }
}
