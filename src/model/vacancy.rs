//! [`Vacancy`]: one job opening as the engine reads it.

use super::enums::{CefrLevel, ContractType, DrivingLicence, WorkCondition};
use super::reference::text_or_object;
use serde::{Deserialize, Deserializer, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// A job vacancy. Only `id` and `title` are required; every other field may be left out,
/// and a field left out is "unknown" (never a reason to exclude the vacancy).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Vacancy {
    /// Unique id within the engine (non-empty).
    pub id: String,
    /// Job title, e.g. "Heftruckchauffeur".
    pub title: String,
    /// Employer name.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub employer: Option<String>,
    /// Description, plain text or HTML (HTML is reduced to text for matching).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub description: Option<String>,
    /// Link to the full vacancy on the employer's or portal's site.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub url: Option<String>,
    /// Occupation: a taxonomy concept id, ESCO URI or ISCO code.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub occupation: Option<String>,
    /// Skills asked for, each required (default) or optional.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Array<string | VacancySkill>"))]
    pub skills: Vec<VacancySkill>,
    /// Where the work is.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub location: Option<Location>,
    /// Hours per week.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hours: Option<HoursRange>,
    /// Kind of contract.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_type: Option<ContractType>,
    /// Education asked for.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub education: Option<Education>,
    /// Driving licences required (empty or absent: none required).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub driving_licences: Vec<DrivingLicence>,
    /// Languages required with minimum level (empty or absent: none required).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub languages: Vec<LanguageRequirement>,
    /// Conditions of the work; absent means unknown, `[]` means none of them.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub work_conditions: Option<Vec<WorkCondition>>,
    /// Inclusive-hiring options the employer offers.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub inclusive: Option<InclusiveHiring>,
    /// Last day the vacancy is open, `YYYY-MM-DD`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub valid_through: Option<String>,
}

/// A skill a vacancy asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct VacancySkill {
    /// Taxonomy concept id.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// Free-text label.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub label: Option<String>,
    /// Required (`true`, the default) or nice to have (`false`).
    #[serde(default = "yes")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub required: bool,
}

fn yes() -> bool {
    true
}

impl VacancySkill {
    /// A required skill by label.
    pub fn required(label: &str) -> Self {
        VacancySkill { id: None, label: Some(label.to_owned()), required: true }
    }
    /// An optional skill by label.
    pub fn optional(label: &str) -> Self {
        VacancySkill { id: None, label: Some(label.to_owned()), required: false }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct VacancySkillFields {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default = "yes")]
    required: bool,
}

impl From<VacancySkillFields> for VacancySkill {
    fn from(f: VacancySkillFields) -> Self {
        VacancySkill { id: f.id, label: f.label, required: f.required }
    }
}

impl From<String> for VacancySkill {
    fn from(label: String) -> Self {
        VacancySkill { id: None, label: Some(label), required: true }
    }
}

impl<'de> Deserialize<'de> for VacancySkill {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_object::<D, VacancySkillFields, VacancySkill>(deserializer)
    }
}

/// Where a vacancy's work is: a Dutch postcode and/or coordinates, or remote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Location {
    /// Postcode, PC4 ("2311") or PC6 ("2311 BW").
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub postcode: Option<String>,
    /// Place name, for display ("Leiden").
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub place: Option<String>,
    /// Latitude (WGS84), used when given, else looked up from the postcode.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub lat: Option<f64>,
    /// Longitude (WGS84).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub lon: Option<f64>,
    /// Work from home / anywhere: distance does not matter.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub remote: bool,
}

/// A range of hours per week; either bound may be left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HoursRange {
    /// Fewest hours per week.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min: Option<f64>,
    /// Most hours per week.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max: Option<f64>,
}

/// Education a vacancy asks for, as an NLQF/EQF level (1 = entree, 2–4 = mbo 2–4, 5 = ad,
/// 6 = hbo/wo bachelor, 7 = master, 8 = doctorate).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Education {
    /// NLQF level 1–8.
    pub level: u8,
    /// "Of gelijkwaardig door ervaring": experience counts instead of the diploma.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub or_equivalent_experience: bool,
}

/// A language and the minimum CEFR level asked for (or held, in a profile).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageRequirement {
    /// ISO 639-1 code, e.g. "nl", "en".
    pub language: String,
    /// CEFR level.
    pub level: CefrLevel,
}

/// Inclusive-hiring options an employer offers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InclusiveHiring {
    /// Geschikt voor de banenafspraak.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub banenafspraak: bool,
    /// Proefplaatsing mogelijk.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub trial_placement: bool,
    /// Jobcoach beschikbaar.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub job_coach: bool,
    /// Aangepaste werktijden mogelijk.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub adjusted_hours: bool,
}
