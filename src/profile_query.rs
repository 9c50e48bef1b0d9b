//! [`ProfileQuery`]: a profile prepared once per ranking: its skills and occupations as
//! phrases over the vocabulary, its location resolved, and scratch space for scanning vacancies.

use crate::explain::MatchHow;
use crate::geo::{GeoTable, Point};
use crate::model::{ConceptKind, Profile, RankOptions};
use crate::prepared::{PreparedSkill, PreparedVacancy, NO_LABEL};
use crate::query::{Expander, ExpansionCache, PhraseFinder, PhraseHit, QueryTerm};
use crate::taxonomy::{ConceptIdx, Taxonomy};
use crate::vocab::{TermId, Vocab};
use std::cell::Cell;

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

/// The best direct match of one vacancy skill by the profile's skills: which profile skill,
/// how strongly and how. The same for every vacancy skill with the same label number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DirectMatch {
    /// Strength 0–1.
    pub strength: f64,
    /// How it matched.
    pub how: MatchHow,
    /// Index of the profile skill.
    pub profile_skill: u32,
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
    finder: PhraseFinder,
    /// Owner (term index: skills, then occupations) of each phrase.
    phrase_owner: Vec<u32>,
    /// Scratch: hits in the title, the description, and each listed skill of a vacancy.
    pub title_hits: FieldHits,
    /// See `title_hits`.
    pub description_hits: FieldHits,
    /// What each distinct skill label seen in this query gives, by
    /// [`crate::prepared::PreparedSkill::label`] (through `label_slot`).
    labeled: Vec<SkillScan>,
    /// Where each label's scan is in `labeled` (`u32::MAX`: not scanned yet).
    label_slot: Vec<u32>,
    /// The same for the skills without a label number (a vacancy outside the engine), redone
    /// for every vacancy.
    unlabeled: Vec<SkillScan>,
    /// For each skill of the vacancy scanned last: (labeled?, index into `labeled` or `unlabeled`).
    skill_rows: Vec<(bool, u32)>,
}

/// What one vacancy skill gives a query: the hits of the profile's terms in it, the profile
/// skills related to its concept, and (once worked out) its direct match.
struct SkillScan {
    hits: FieldHits,
    related: Vec<u32>,
    direct: Cell<Option<Option<DirectMatch>>>,
}

impl<'p> ProfileQuery<'p> {
    /// Prepares `profile` against the engine's vocabulary, taxonomy and geo table.
    /// Word expansions come from, and go back to, `cache`.
    pub fn new(
        profile: &'p Profile,
        options: RankOptions,
        vocab: &Vocab,
        taxonomy: &Taxonomy,
        geo: &GeoTable,
        cache: &ExpansionCache,
    ) -> Self {
        let mut expander = Expander::cached(vocab, cache);
        let skills: Vec<QueryTerm> = profile.skills.iter().map(|s| expander.term(&s.term(), ConceptKind::Skill, taxonomy)).collect();
        let occupations: Vec<OccupationTerm> = profile
            .desired_occupations
            .iter()
            .map(|t| (t, false))
            .chain(profile.past_job_titles.iter().map(|t| (t, true)))
            .map(|(t, past_job)| OccupationTerm { term: expander.term(t, ConceptKind::Occupation, taxonomy), past_job })
            .collect();
        let owners = skills.iter().chain(occupations.iter().map(|o| &o.term));
        let mut phrase_owner = Vec::new();
        for (owner, term) in owners.clone().enumerate() {
            phrase_owner.extend(std::iter::repeat_n(owner as u32, term.phrases.len()));
        }
        let finder = PhraseFinder::new(owners.flat_map(|t| t.phrases.iter()));
        expander.finish(cache);
        let location_given = profile.location.as_ref().is_some_and(|l| l.postcode.is_some() || l.lat.is_some());
        let point = geo.point_of(profile.location.as_ref());
        let terms = skills.len() + occupations.len();
        ProfileQuery {
            profile,
            options,
            skills,
            occupations,
            point,
            location_given,
            finder,
            phrase_owner,
            title_hits: vec![None; terms],
            description_hits: vec![None; terms],
            labeled: Vec::new(),
            label_slot: Vec::new(),
            unlabeled: Vec::new(),
            skill_rows: Vec::new(),
        }
    }

    fn skill_scan(&self, j: usize) -> &SkillScan {
        match self.skill_rows[j] {
            (true, at) => &self.labeled[at as usize],
            (false, at) => &self.unlabeled[at as usize],
        }
    }

    /// Hits of the profile's terms in skill `j` of the vacancy scanned last.
    pub fn skill_hits(&self, j: usize) -> &FieldHits {
        &self.skill_scan(j).hits
    }

    /// The profile skills, in profile order, whose concept is related (in the taxonomy) to the
    /// concept of skill `j` of the vacancy scanned last.
    pub fn related_skills(&self, j: usize) -> &[u32] {
        &self.skill_scan(j).related
    }

    /// The direct match of skill `j` of the vacancy scanned last: `compute()` once per label
    /// number and query, remembered for every other vacancy listing the same skill.
    pub fn direct_match(&self, j: usize, compute: impl FnOnce() -> Option<DirectMatch>) -> Option<DirectMatch> {
        let direct = &self.skill_scan(j).direct;
        if let Some(known) = direct.get() {
            return known;
        }
        let found = compute();
        direct.set(Some(found));
        found
    }

    fn related_to(skills: &[QueryTerm], concept: Option<ConceptIdx>, taxonomy: &Taxonomy) -> Vec<u32> {
        let Some(concept) = concept else { return Vec::new() };
        (0..skills.len()).filter(|&i| skills[i].concept.is_some_and(|(own, _)| taxonomy.related(own, concept))).map(|i| i as u32).collect()
    }

    /// Index of occupation `k` among all terms.
    pub fn occupation_owner(&self, k: usize) -> usize {
        self.skills.len() + k
    }

    fn scan(finder: &mut PhraseFinder, owners: &[u32], field: &[TermId], hits: &mut FieldHits) {
        hits.iter_mut().for_each(|h| *h = None);
        finder.find(field, |phrase, hit| {
            let slot = &mut hits[owners[phrase] as usize];
            if hit.beats(slot) {
                *slot = Some(hit);
            }
        });
    }

    /// Scans a vacancy's title, description and listed skills for the profile's phrases,
    /// filling `title_hits`, `description_hits` and [`ProfileQuery::skill_hits`], and finds
    /// the [`ProfileQuery::related_skills`] of its skills.
    pub fn scan_vacancy(&mut self, v: &PreparedVacancy, taxonomy: &Taxonomy) {
        let terms = self.title_hits.len();
        // The title and description are read for skills (vacancies that list none) and for
        // occupations; a vacancy that lists its skills, for a profile without occupations,
        // is matched on those alone.
        // Otherwise the hits are left as they are: they are only read for a vacancy whose text
        // was scanned (the text route of skills, and occupations).
        if (v.skills.is_empty() && !self.skills.is_empty()) || !self.occupations.is_empty() {
            Self::scan(&mut self.finder, &self.phrase_owner, &v.title, &mut self.title_hits);
            Self::scan(&mut self.finder, &self.phrase_owner, &v.description, &mut self.description_hits);
        }
        // A label is scanned once per query: thousands of vacancies list the same skills.
        self.skill_rows.clear();
        self.unlabeled.clear();
        for skill in &v.skills {
            if skill.label == NO_LABEL {
                let scan = self.scan_skill(skill, taxonomy, terms);
                self.skill_rows.push((false, self.unlabeled.len() as u32));
                self.unlabeled.push(scan);
                continue;
            }
            let label = skill.label as usize;
            if self.label_slot.len() <= label {
                self.label_slot.resize(label + 1, u32::MAX);
            }
            if self.label_slot[label] == u32::MAX {
                let scan = self.scan_skill(skill, taxonomy, terms);
                self.label_slot[label] = self.labeled.len() as u32;
                self.labeled.push(scan);
            }
            self.skill_rows.push((true, self.label_slot[label]));
        }
    }

    fn scan_skill(&mut self, skill: &PreparedSkill, taxonomy: &Taxonomy, terms: usize) -> SkillScan {
        let mut hits = vec![None; terms];
        Self::scan(&mut self.finder, &self.phrase_owner, &skill.terms, &mut hits);
        SkillScan { hits, related: Self::related_to(&self.skills, skill.concept, taxonomy), direct: Cell::new(None) }
    }
}
