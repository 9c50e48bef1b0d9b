//! The index file's own types: what a file holds, written with postcard, and the explicit
//! conversions from and to the engine's prepared vacancies. A change to what the engine
//! prepares breaks the build here instead of silently changing the bytes of a file; a change
//! of these types changes the bytes, which `tests/index_format.rs` catches unless
//! [`super::FORMAT_VERSION`] changes with it.

use crate::error::InputError;
use crate::geo::Point;
use crate::model::{
    Concept, ContractType, DrivingLicence, Education, GeoEntry, InclusiveHiring, LanguageRequirement, Vacancy, VacancySkill, WorkCondition,
};
use crate::prepared::{display_record, Conditions, FoundConcept, FoundOccupation, Place, PreparedSkill, PreparedVacancy, UNNUMBERED};
use crate::record::{KeptFile, Record};
use crate::vocab::TermId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::sync::Arc;

/// How much of each vacancy description an index file keeps for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptionMode {
    /// The whole description.
    Full,
    /// The first [`SNIPPET_CHARS`] characters of its text.
    Snippet,
    /// None (the smallest file).
    None,
}

/// Length of a description snippet in an index file, in characters.
pub const SNIPPET_CHARS: usize = 280;

/// The payload of an index file, as written (borrowing what it can). It is read field by
/// field (see `read_index`), each vacancy as a [`DiskVacancy`].
#[derive(Serialize)]
pub(super) struct PayloadOut<'a> {
    pub taxonomy_check: u32,
    pub concepts: &'a [&'a Concept],
    pub geo: &'a [GeoEntry],
    pub terms: &'a [String],
    pub skills: Vec<DiskSkill>,
    pub vacancies: Vec<DiskVacancy<'a>>,
}

/// A vacancy's [`Record`] (its display record and term ids) as bytes: written as one run, read
/// in place.
pub(super) struct Bytes<'a>(Cow<'a, [u8]>);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Bytes<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <&'de [u8]>::deserialize(deserializer).map(|bytes| Bytes(Cow::Borrowed(bytes)))
    }
}

/// What a vacancy asks and offers besides skills.
#[derive(Serialize, Deserialize)]
struct DiskConditions {
    contract_type: Option<ContractType>,
    education: Option<Education>,
    driving_licences: Vec<DrivingLicence>,
    languages: Vec<LanguageRequirement>,
    work_conditions: Option<Vec<WorkCondition>>,
    inclusive: Option<InclusiveHiring>,
}

impl From<&Conditions> for DiskConditions {
    fn from(c: &Conditions) -> DiskConditions {
        DiskConditions {
            contract_type: c.contract_type,
            education: c.education,
            driving_licences: c.driving_licences.clone(),
            languages: c.languages.clone(),
            work_conditions: c.work_conditions.clone(),
            inclusive: c.inclusive,
        }
    }
}

impl From<DiskConditions> for Conditions {
    fn from(c: DiskConditions) -> Conditions {
        Conditions {
            contract_type: c.contract_type,
            education: c.education,
            driving_licences: c.driving_licences,
            languages: c.languages,
            work_conditions: c.work_conditions,
            inclusive: c.inclusive,
        }
    }
}

/// A distinct vacancy skill: stored once per file, named by its place in the file's list.
#[derive(Serialize, Deserialize)]
pub(super) struct DiskSkill {
    id: Option<String>,
    label: Option<String>,
    required: bool,
    concept: Option<u32>,
    terms: Vec<TermId>,
}

/// Where a vacancy is.
#[derive(Serialize, Deserialize)]
enum DiskPlace {
    Remote,
    At { lat: f64, lon: f64 },
    Unknown,
}

/// A vacancy: its id, occupation code and conditions, its record (display record, its skills as
/// numbers in the file's skill list, and the term ids of its title and description in the
/// file's numbering), and what was prepared.
#[derive(Serialize, Deserialize)]
pub(super) struct DiskVacancy<'a> {
    id: String,
    occupation_code: Option<String>,
    conditions: DiskConditions,
    #[serde(borrow)]
    record: Bytes<'a>,
    /// (concept, given, strength).
    occupations: Vec<(u32, bool, f32)>,
    /// (concept, in the title).
    text_skills: Vec<(u32, bool)>,
    place: DiskPlace,
    hours: Option<(f64, f64)>,
    valid_through: Option<i64>,
}

impl DiskSkill {
    /// `skill` with its terms numbered by `term`.
    pub fn from_prepared(skill: &PreparedSkill, term: &dyn Fn(TermId) -> TermId) -> DiskSkill {
        DiskSkill {
            id: skill.given.id.clone(),
            label: skill.given.label.clone(),
            required: skill.given.required,
            concept: skill.concept,
            terms: skill.terms.iter().map(|&t| term(t)).collect(),
        }
    }

    /// The prepared skill, not yet numbered by an engine.
    pub fn into_prepared(self) -> PreparedSkill {
        PreparedSkill {
            given: VacancySkill { id: self.id, label: self.label, required: self.required },
            concept: self.concept,
            terms: self.terms,
            number: UNNUMBERED,
        }
    }
}

impl<'a> DiskVacancy<'a> {
    /// `v` as a file keeps it: its skills as the numbers `skills`, its terms numbered by
    /// `term`, its description for display trimmed to `mode`.
    pub fn from_prepared(
        v: &'a PreparedVacancy,
        skills: Vec<u32>,
        term: &dyn Fn(TermId) -> TermId,
        mode: DescriptionMode,
    ) -> DiskVacancy<'a> {
        let display = match mode {
            DescriptionMode::Full => Cow::Borrowed(v.record.display()),
            _ => {
                let mut rest: Vacancy = postcard::from_bytes(v.record.display()).unwrap_or_default();
                rest.description = match mode {
                    DescriptionMode::Snippet => rest.description.as_deref().map(snippet),
                    _ => None,
                };
                Cow::Owned(display_record(&rest).into_vec())
            }
        };
        let title: Vec<TermId> = v.record.title_terms().map(term).collect();
        let record = crate::record::encode(&skills, &display, &title, v.record.description_terms().map(term));
        DiskVacancy {
            id: v.id.clone(),
            occupation_code: v.occupation_code.clone(),
            conditions: DiskConditions::from(&v.conditions),
            record: Bytes(Cow::Owned(record.into_vec())),
            occupations: v.occupations.iter().map(|o| (o.concept, o.given, o.strength)).collect(),
            text_skills: v.text_skills.iter().map(|f| (f.concept, f.in_title)).collect(),
            place: match v.place {
                Place::Remote => DiskPlace::Remote,
                Place::At(p) => DiskPlace::At { lat: p.lat, lon: p.lon },
                Place::Unknown => DiskPlace::Unknown,
            },
            hours: v.hours,
            valid_through: v.valid_through.map(i64::from),
        }
    }

    /// The prepared vacancy, its record left in `file` (the file it was read from, of `terms`
    /// terms and `skills` skills in its list), where its skill numbers are read once the file's
    /// list is shared with an engine ([`KeptFile::share_skills`]); `i` is its place in the file,
    /// for the message when it names a skill or term the file does not hold. A record that
    /// cannot stay in the file is copied, with its skills taken from `skills`.
    pub fn into_prepared(
        self,
        i: usize,
        skills: &[Arc<PreparedSkill>],
        file: &Arc<KeptFile>,
        terms: u32,
    ) -> Result<PreparedVacancy, InputError> {
        let valid_through = self.valid_through.map(i32::try_from).transpose();
        let sound = crate::record::is_sound(&self.record.0, terms, u32::try_from(skills.len()).unwrap_or(u32::MAX));
        let (true, Ok(valid_through)) = (sound, valid_through) else {
            return Err(super::file::damaged(format!("is damaged: vacancy {i} does not fit the rest of the index")));
        };
        let in_file = match self.record.0 {
            Cow::Borrowed(bytes) => Record::in_file(file, bytes),
            Cow::Owned(bytes) => Record::Own(bytes.into_boxed_slice()),
        };
        let (record, own_skills) = match in_file {
            Record::Shared { .. } => (in_file, Box::default()),
            Record::Own(_) => {
                let own: Box<[Arc<PreparedSkill>]> = in_file.skill_numbers().filter_map(|k| skills.get(k as usize).cloned()).collect();
                let title: Vec<TermId> = in_file.title_terms().collect();
                (Record::Own(crate::record::encode(&[], in_file.display(), &title, in_file.description_terms())), own)
            }
        };
        Ok(PreparedVacancy {
            id: self.id,
            occupation_code: self.occupation_code,
            conditions: Conditions::from(self.conditions),
            record,
            own_skills,
            occupations: self
                .occupations
                .into_iter()
                .map(|(concept, given, strength)| FoundOccupation { concept, given, strength })
                .collect(),
            text_skills: self.text_skills.into_iter().map(|(concept, in_title)| FoundConcept { concept, in_title }).collect(),
            place: match self.place {
                DiskPlace::Remote => Place::Remote,
                DiskPlace::At { lat, lon } => Place::At(Point { lat, lon }),
                DiskPlace::Unknown => Place::Unknown,
            },
            hours: self.hours,
            valid_through,
        })
    }
}

/// The first [`SNIPPET_CHARS`] characters of a description's text, cut between words.
fn snippet(description: &str) -> String {
    let text = crate::text::html_to_text(description);
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > SNIPPET_CHARS {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
