//! [`Profile`]: what a jobseeker can and wants, without anything that identifies them.
//!
//! There is deliberately no field for name, age, gender, nationality or health.

use super::enums::{DrivingLicence, WorkCondition};
use super::reference::{text_or_object, TermRef};
use super::vacancy::{HoursRange, LanguageRequirement};
use serde::{Deserialize, Deserializer, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// A jobseeker's skills profile. Every field is optional; a field left out is "unknown" and
/// its factor is not used in the score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Profile {
    /// Skills, by concept id or free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Array<string | ProfileSkill>"))]
    pub skills: Vec<ProfileSkill>,
    /// Occupations the person wants to work in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Array<string | TermRef>"))]
    pub desired_occupations: Vec<TermRef>,
    /// Job titles the person had before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Array<string | TermRef>"))]
    pub past_job_titles: Vec<TermRef>,
    /// Where the person lives or wants to start from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<ProfileLocation>,
    /// Furthest straight-line ("hemelsbreed") distance the person will travel, in km.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_distance_km: Option<f64>,
    /// Hours per week the person wants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<HoursRange>,
    /// Highest NLQF level reached (1–8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education_level: Option<u8>,
    /// Driving licences held; absent means unknown, `[]` means none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driving_licences: Option<Vec<DrivingLicence>>,
    /// Languages with level; absent means unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<LanguageRequirement>>,
    /// Work conditions the person cannot take ("geen nachtdiensten", "kan niet zwaar tillen").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid_conditions: Vec<WorkCondition>,
    /// Work conditions the person explicitly can take.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept_conditions: Vec<WorkCondition>,
    /// In the banenafspraak target group: vacancies suited for it get credit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub banenafspraak: bool,
}

/// A skill in a profile, with an optional level or years of experience.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProfileSkill {
    /// Taxonomy concept id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Free-text label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Self-assessed level 1 (beginner) to 5 (expert); informative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Years of experience; informative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<f64>,
}

impl ProfileSkill {
    /// A skill by free text.
    pub fn label(text: &str) -> Self {
        ProfileSkill { label: Some(text.to_owned()), ..Default::default() }
    }
    /// The id/label part of this skill.
    pub fn term(&self) -> TermRef {
        TermRef { id: self.id.clone(), label: self.label.clone() }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct ProfileSkillFields {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    level: Option<u8>,
    #[serde(default)]
    years: Option<f64>,
}

impl From<ProfileSkillFields> for ProfileSkill {
    fn from(f: ProfileSkillFields) -> Self {
        ProfileSkill { id: f.id, label: f.label, level: f.level, years: f.years }
    }
}

impl From<String> for ProfileSkill {
    fn from(label: String) -> Self {
        ProfileSkill { label: Some(label), ..Default::default() }
    }
}

impl<'de> Deserialize<'de> for ProfileSkill {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_object::<D, ProfileSkillFields, ProfileSkill>(deserializer)
    }
}

/// Where a jobseeker starts from: a postcode and/or coordinates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileLocation {
    /// Postcode, PC4 or PC6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// Latitude (WGS84).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude (WGS84).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// An anonymous candidate for the employer preview: an opaque id and a profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Candidate {
    /// Opaque id chosen by the employer's tool ("kandidaat-3"); never a name.
    pub id: String,
    /// The exported profile.
    pub profile: Profile,
}
