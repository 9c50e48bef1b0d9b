//! [`PreparedVacancy`]: a vacancy with everything computed that can be computed once, when it
//! is added: interned title and description terms, resolved skills, occupation and location.
//! Vacancies ask for the same skills again and again, so an engine keeps each distinct
//! [`PreparedSkill`] once and its vacancies share it. What only a person reads (title,
//! employer, description, link, place) is kept encoded, as in the index file, and decoded only
//! for the vacancies shown ([`PreparedVacancy::vacancy`]).

use crate::date::parse_date;
use crate::geo::{GeoTable, Point};
use crate::matching::analysis::Analysed;
use crate::model::{
    ConceptKind, ContractType, DrivingLicence, Education, InclusiveHiring, LanguageRequirement, Vacancy, VacancySkill, WorkCondition,
};
use crate::record::Record;
use crate::rules::{ENRICHMENT_MIN_STRENGTH, FIELD_COVERAGE_EXPONENT_OCCUPATION};
use crate::taxonomy::{ConceptIdx, Resolution, Taxonomy};
use crate::text::{html_to_text, tokens};
use crate::vocab::{TermId, Vocab};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// A vacancy skill as given, resolved. Equal skills (the same as given, the same concept and
/// terms) are one skill: an engine keeps one of each and its vacancies share it.
#[derive(Debug, Clone)]
pub struct PreparedSkill {
    /// The skill as the vacancy gave it (id, label, required).
    pub given: VacancySkill,
    /// Its taxonomy concept, by id or exact label.
    pub concept: Option<ConceptIdx>,
    /// Terms of its label.
    pub terms: Vec<TermId>,
    /// The engine's number for this skill's terms and concept ([`UNNUMBERED`] outside an
    /// engine): skills with the same number match a profile alike, so a query looks at each
    /// number once.
    pub number: u32,
}

impl PreparedSkill {
    /// Whether the vacancy requires it (else it is nice to have).
    pub fn required(&self) -> bool {
        self.given.required
    }
}

/// Skills are the same skill when they were given alike and resolved alike; the engine's
/// [`PreparedSkill::number`] follows from that.
impl PartialEq for PreparedSkill {
    fn eq(&self, other: &Self) -> bool {
        self.given == other.given && self.concept == other.concept && self.terms == other.terms
    }
}

impl Eq for PreparedSkill {}

impl Hash for PreparedSkill {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (&self.given.id, &self.given.label, self.given.required, self.concept, &self.terms).hash(state);
    }
}

/// [`PreparedSkill::number`] of a skill no engine has numbered.
pub const UNNUMBERED: u32 = u32::MAX;

/// The skill that fills the unused places of a [`SkillList`].
static NO_SKILL: PreparedSkill =
    PreparedSkill { given: VacancySkill { id: None, label: None, required: false }, concept: None, terms: Vec::new(), number: UNNUMBERED };

/// Up to this many skills of a vacancy are gathered without allocating.
const FEW_SKILLS: usize = 32;

/// A vacancy's skills gathered to be read by position (scoring looks them up by place).
pub struct SkillList<'a> {
    small: [&'a PreparedSkill; FEW_SKILLS],
    len: usize,
    large: Vec<&'a PreparedSkill>,
}

impl<'a> SkillList<'a> {
    /// The skills of `v`, in order.
    pub fn of(v: &'a PreparedVacancy) -> SkillList<'a> {
        let mut list = SkillList { small: [&NO_SKILL; FEW_SKILLS], len: 0, large: Vec::new() };
        for skill in v.skills() {
            if list.len < FEW_SKILLS {
                list.small[list.len] = skill;
            } else {
                if list.large.is_empty() {
                    list.large.extend_from_slice(&list.small);
                }
                list.large.push(skill);
            }
            list.len += 1;
        }
        list
    }

    /// The skills.
    pub fn as_slice(&self) -> &[&'a PreparedSkill] {
        if self.large.is_empty() {
            &self.small[..self.len]
        } else {
            &self.large
        }
    }
}

/// Where a vacancy is, as far as the engine knows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Place {
    /// Works from anywhere.
    Remote,
    /// At this point.
    At(Point),
    /// Not given, or a postcode the geo table does not know.
    Unknown,
}

/// An occupation found for a vacancy and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FoundOccupation {
    /// The concept.
    pub concept: ConceptIdx,
    /// Given as the vacancy's `occupation` (true) or found in its title (false).
    pub given: bool,
    /// How surely the vacancy is this occupation, 0–1: 1 when given or when the title holds
    /// one of its labels whole; less when the title matches a label only in part.
    pub strength: f32,
}

/// A taxonomy concept found in a vacancy's text when it was added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundConcept {
    /// The concept.
    pub concept: ConceptIdx,
    /// Found in the title (true) or the description.
    pub in_title: bool,
}

/// What a vacancy asks and offers besides skills, as the constraint factors read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conditions {
    /// Kind of contract.
    pub contract_type: Option<ContractType>,
    /// Education asked for.
    pub education: Option<Education>,
    /// Driving licences required.
    pub driving_licences: Vec<DrivingLicence>,
    /// Languages required with minimum level.
    pub languages: Vec<LanguageRequirement>,
    /// Conditions of the work; `None`: unknown.
    pub work_conditions: Option<Vec<WorkCondition>>,
    /// Inclusive-hiring options.
    pub inclusive: Option<InclusiveHiring>,
}

impl Conditions {
    /// Takes the conditions out of `source` (its fields are left empty).
    pub fn take_from(source: &mut Vacancy) -> Conditions {
        Conditions {
            contract_type: source.contract_type.take(),
            education: source.education.take(),
            driving_licences: std::mem::take(&mut source.driving_licences),
            languages: std::mem::take(&mut source.languages),
            work_conditions: source.work_conditions.take(),
            inclusive: source.inclusive.take(),
        }
    }

    /// Puts the conditions back into `vacancy` (the reverse of [`Conditions::take_from`]).
    pub fn put_into(self, vacancy: &mut Vacancy) {
        vacancy.contract_type = self.contract_type;
        vacancy.education = self.education;
        vacancy.driving_licences = self.driving_licences;
        vacancy.languages = self.languages;
        vacancy.work_conditions = self.work_conditions;
        vacancy.inclusive = self.inclusive;
    }
}

/// A vacancy ready for scoring.
#[derive(Debug, Clone)]
pub struct PreparedVacancy {
    /// Its id.
    pub id: String,
    /// Its occupation as given (a concept id, ESCO URI or ISCO code), also when the taxonomy
    /// does not know it.
    pub occupation_code: Option<String>,
    /// What it asks and offers besides skills.
    pub conditions: Conditions,
    /// The rest of the vacancy as given (title, employer, description, link, location, hours,
    /// last day) as a display record ([`display_record`]), decoded only for the vacancies shown,
    /// and the terms of its title and description, in order: bytes of its own or in the index
    /// file it was read from.
    pub record: Record,
    /// Structured skills, as given and resolved, shared with the engine's other vacancies, of a
    /// vacancy whose record is its own; one read from an index file has them in its record
    /// (numbers in the file's list, read in place). Read them with [`PreparedVacancy::skills`].
    pub own_skills: Box<[Arc<PreparedSkill>]>,
    /// Occupation concepts: the given one, else those whose label is in the title.
    pub occupations: Vec<FoundOccupation>,
    /// For vacancies that list no skills: skill concepts whose label or synonym occurs in the
    /// title or description (enrichment, done once when the vacancy is added).
    pub text_skills: Vec<FoundConcept>,
    /// Location.
    pub place: Place,
    /// Hours per week as a closed range, open bounds filled with 0 and 168.
    pub hours: Option<(f64, f64)>,
    /// Last open day, as a day number (every date of years 0–9999 fits an `i32`).
    pub valid_through: Option<i32>,
}

/// The display record of `source`: the vacancy as given without what a [`PreparedVacancy`]
/// keeps in fields of its own (id, skills, occupation, conditions), encoded with postcard. An
/// index file holds the same bytes, so loading one copies them.
pub fn display_record(source: &Vacancy) -> Box<[u8]> {
    encode(&Vacancy {
        id: String::new(),
        skills: Vec::new(),
        occupation: None,
        contract_type: None,
        education: None,
        driving_licences: Vec::new(),
        languages: Vec::new(),
        work_conditions: None,
        inclusive: None,
        ..source.clone()
    })
}

fn encode(rest: &Vacancy) -> Box<[u8]> {
    postcard::to_allocvec(rest).unwrap_or_default().into_boxed_slice()
}

fn intern_all(vocab: &mut Vocab, text: &str) -> Vec<TermId> {
    tokens(text).iter().map(|t| vocab.intern(t)).collect()
}

/// Longest title phrase (up to this many terms) tried as an occupation label.
const MAX_TITLE_PHRASE_TERMS: usize = 12;

/// Concepts of `kind` whose label or synonym is a phrase of `words` (up to `max_terms` words;
/// at each position the longest phrase wins), longest first, each once.
fn concepts_in(words: &[String], kind: ConceptKind, max_terms: usize, taxonomy: &Taxonomy) -> Vec<ConceptIdx> {
    let mut found: Vec<(usize, usize, ConceptIdx)> = Vec::new();
    for start in 0..words.len() {
        for end in (start + 1..=words.len().min(start + max_terms)).rev() {
            let key: String = words[start..end].concat();
            if let Some((ci, _)) = taxonomy.by_compact_label(&key, kind) {
                if !found.iter().any(|&(_, _, c)| c == ci) {
                    found.push((end - start, start, ci));
                }
                break;
            }
        }
    }
    crate::order::sort_by_key(&mut found, |&(len, start, ci)| {
        (u128::from(u32::MAX - len as u32) << 64) | ((start as u128) << 32) | u128::from(ci)
    });
    found.into_iter().map(|(_, _, ci)| ci).collect()
}

/// Occupations named in a title: those whose label or synonym is a phrase of it, longest
/// first; else the best one it matches in part, if strong enough (enrichment: "Medewerker
/// schoonmaak" → schoonmaker).
fn occupations_in_title(title: &str, words: &[String], taxonomy: &Taxonomy) -> Vec<FoundOccupation> {
    let whole: Vec<FoundOccupation> = concepts_in(words, ConceptKind::Occupation, MAX_TITLE_PHRASE_TERMS, taxonomy)
        .into_iter()
        .map(|concept| FoundOccupation { concept, given: false, strength: 1.0 })
        .collect();
    if !whole.is_empty() || taxonomy.is_empty() {
        return whole;
    }
    let text = Analysed::new(title, taxonomy.lexicon());
    taxonomy
        .find(&text, ConceptKind::Occupation, FIELD_COVERAGE_EXPONENT_OCCUPATION)
        .first()
        .filter(|m| m.strength >= ENRICHMENT_MIN_STRENGTH)
        .map(|m| FoundOccupation { concept: m.concept, given: false, strength: m.strength as f32 })
        .into_iter()
        .collect()
}

/// Longest description phrase tried as a skill label.
const MAX_TEXT_PHRASE_TERMS: usize = 5;

/// Skill concepts named in the title or description (the title first).
fn skills_in_text(title: &[String], description: &[String], taxonomy: &Taxonomy) -> Vec<FoundConcept> {
    let mut found: Vec<FoundConcept> = concepts_in(title, ConceptKind::Skill, MAX_TEXT_PHRASE_TERMS, taxonomy)
        .into_iter()
        .map(|concept| FoundConcept { concept, in_title: true })
        .collect();
    for concept in concepts_in(description, ConceptKind::Skill, MAX_TEXT_PHRASE_TERMS, taxonomy) {
        if !found.iter().any(|f| f.concept == concept) {
            found.push(FoundConcept { concept, in_title: false });
        }
    }
    found
}

impl PreparedVacancy {
    /// Prepares a (validated) vacancy, adding its terms to `vocab`.
    pub fn new(mut source: Vacancy, vocab: &mut Vocab, taxonomy: &Taxonomy, geo: &GeoTable) -> Self {
        let skills_given = std::mem::take(&mut source.skills);
        let title_words = tokens(&source.title);
        let description_words = source.description.as_deref().map(|d| tokens(&html_to_text(d))).unwrap_or_default();
        let title: Vec<TermId> = title_words.iter().map(|t| vocab.intern(t)).collect();
        let description = description_words.iter().map(|t| vocab.intern(t)).collect::<Vec<_>>();
        let skills: Vec<Arc<PreparedSkill>> = skills_given
            .into_iter()
            .map(|s| {
                let label = s.label.as_deref().unwrap_or("");
                let concept = taxonomy
                    .resolve(s.id.as_deref(), None, ConceptKind::Skill)
                    .or_else(|| taxonomy.by_exact_label(label, ConceptKind::Skill))
                    .map(|(ci, _): (ConceptIdx, Resolution)| ci);
                let mut terms = intern_all(vocab, label);
                if terms.is_empty() {
                    if let Some(entry) = concept.and_then(|ci| taxonomy.get(ci)) {
                        terms = intern_all(vocab, &entry.concept.label);
                    }
                }
                Arc::new(PreparedSkill { given: s, concept, terms, number: UNNUMBERED })
            })
            .collect();
        let given = source
            .occupation
            .as_deref()
            .and_then(|o| taxonomy.by_id(o).or_else(|| taxonomy.by_exact_label(o, ConceptKind::Occupation).map(|(ci, _)| ci)));
        let occupations = match given {
            Some(concept) => vec![FoundOccupation { concept, given: true, strength: 1.0 }],
            None => occupations_in_title(&source.title, &title_words, taxonomy),
        };
        let place = match &source.location {
            Some(loc) if loc.remote => Place::Remote,
            Some(loc) => match (loc.lat, loc.lon) {
                (Some(lat), Some(lon)) => Place::At(Point { lat, lon }),
                _ => loc.postcode.as_deref().and_then(|p| geo.lookup(p)).map_or(Place::Unknown, Place::At),
            },
            None => Place::Unknown,
        };
        let hours = source.hours.filter(|h| h.min.is_some() || h.max.is_some()).map(|h| (h.min.unwrap_or(0.0), h.max.unwrap_or(168.0)));
        let valid_through = source.valid_through.as_deref().and_then(parse_date).and_then(|day| i32::try_from(day).ok());
        let text_skills =
            if skills.is_empty() && !taxonomy.is_empty() { skills_in_text(&title_words, &description_words, taxonomy) } else { Vec::new() };
        let id = std::mem::take(&mut source.id);
        let occupation_code = source.occupation.take();
        let conditions = Conditions::take_from(&mut source);
        // What is left of `source` is its display record.
        let record = Record::Own(crate::record::encode(&[], &encode(&source), &title, description.iter().copied()));
        let own_skills = skills.into_boxed_slice();
        PreparedVacancy { id, occupation_code, conditions, record, own_skills, occupations, text_skills, place, hours, valid_through }
    }

    /// Its structured skills, in the order given.
    pub fn skills(&self) -> impl Iterator<Item = &PreparedSkill> + Clone + '_ {
        self.shared_skills().map(|s| &**s)
    }

    /// Its structured skills, each the engine's one copy.
    pub fn shared_skills(&self) -> crate::record::SkillsIn<'_> {
        self.record.skills().after(&self.own_skills)
    }

    /// How many structured skills it lists.
    pub fn skill_count(&self) -> usize {
        self.own_skills.len() + self.record.skills().count()
    }

    /// Whether it lists no structured skill.
    pub fn lists_no_skills(&self) -> bool {
        self.skills().next().is_none()
    }

    /// The vacancy as it was added (decoding its display record). A record that cannot be
    /// decoded (only a crafted index file has one) gives the vacancy without its display fields.
    pub fn vacancy(&self) -> Vacancy {
        let rest: Vacancy = postcard::from_bytes(self.record.display()).unwrap_or_default();
        let mut vacancy = Vacancy {
            id: self.id.clone(),
            skills: self.skills().map(|s| s.given.clone()).collect(),
            occupation: self.occupation_code.clone(),
            ..rest
        };
        self.conditions.clone().put_into(&mut vacancy);
        vacancy
    }

    /// The title as written (decoding the display record; rarely needed while ranking).
    pub fn title_text(&self) -> String {
        postcard::from_bytes::<Vacancy>(self.record.display()).map(|v| v.title).unwrap_or_default()
    }
}
