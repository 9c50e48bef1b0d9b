//! Insight on the device: what would help a person most, computed over every loaded vacancy
//! with the same scorer as a ranking (see the `Engine` methods `what_if`,
//! `skills_that_open_doors`, `occupations_within_reach` and `asking_less`). These types are
//! what those methods return; a "good fit" is a vacancy (or candidate) that passes every filter
//! and scores at least [`InsightOptions::good_fit`].

use crate::model::{ConstraintModes, ContractType, DrivingLicence, RankOptions};
use crate::rules::{GOOD_FIT_SCORE, INSIGHT_MAX};
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Settings for an insight: what counts as a good fit, how many answers, and the ranking's
/// own constraint modes, contract types and date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct InsightOptions {
    /// A good fit scores at least this (1–100). Default [`GOOD_FIT_SCORE`].
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub good_fit: u32,
    /// Most answers (1–20). Default [`INSIGHT_MAX`].
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub max: u32,
    /// Filter or soft factor per constraint, as for a ranking.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub constraints: ConstraintModes,
    /// Only these contract types, as for a ranking. Empty: all.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_types: Vec<ContractType>,
    /// Today's date `YYYY-MM-DD`, as for a ranking.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub today: Option<String>,
}

impl Default for InsightOptions {
    fn default() -> Self {
        InsightOptions {
            good_fit: GOOD_FIT_SCORE,
            max: INSIGHT_MAX,
            constraints: ConstraintModes::default(),
            contract_types: Vec::new(),
            today: None,
        }
    }
}

impl InsightOptions {
    /// The ranking options these stand for (every result, no minimum).
    pub fn rank_options(&self) -> RankOptions {
        RankOptions {
            limit: crate::rules::MAX_LIMIT,
            min_score: 0,
            constraints: self.constraints,
            contract_types: self.contract_types.clone(),
            today: self.today.clone(),
        }
    }
}

/// One change to a profile that a what-if tries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ProfileChange {
    /// Travel up to this many km.
    #[serde(rename_all = "camelCase")]
    Distance {
        /// The new travel distance.
        km: u32,
    },
    /// Any hours per week (the profile's hours widened to 0–168, so every vacancy's hours fit).
    AnyHours,
    /// Any contract type (the ranking's contract types left out).
    AnyContractType,
    /// With this driving licence too.
    #[serde(rename_all = "camelCase")]
    Licence {
        /// The licence.
        licence: DrivingLicence,
    },
}

/// How many good fits one change would give.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WhatIfChange {
    /// The change.
    pub change: ProfileChange,
    /// Good fits with the change.
    pub count: u32,
    /// Good fits with the change that are not good fits now.
    pub more: u32,
}

/// What-if: good fits now and with each change, all from one pass over the vacancies.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// The score a good fit needs.
    pub good_fit: u32,
    /// Good fits now.
    pub now: u32,
    /// Each change tried, most good fits gained first.
    pub changes: Vec<WhatIfChange>,
}

/// A skill the loaded vacancies ask and the profile lacks, with what adding it would do.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DoorSkill {
    /// The skill's label (the taxonomy's, else as the vacancies write it).
    pub label: String,
    /// Its concept id, when the taxonomy knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// How many vacancies more would be good fits with this skill added (checked by scoring them).
    pub more: u32,
    /// Those vacancies' ids, best first.
    pub vacancies: Vec<String>,
    /// In how many of those the skill is required (not optional).
    pub required_in: u32,
}

/// An occupation whose vacancies ask skills the person has.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OccupationInReach {
    /// The occupation's concept id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Distinct skills its vacancies ask that the person has.
    pub covered: u32,
    /// Distinct skills its vacancies ask.
    pub asked: u32,
    /// Loaded vacancies of this occupation.
    pub vacancies: u32,
    /// The person named this occupation (as desired occupation or past job).
    pub named: bool,
}

/// One change to a vacancy that asking less tries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum VacancyChange {
    /// Without this driving licence.
    #[serde(rename_all = "camelCase")]
    WithoutLicence {
        /// The licence no longer asked.
        licence: DrivingLicence,
    },
    /// The education level, or equivalent experience.
    EquivalentExperience,
    /// Without this language requirement.
    #[serde(rename_all = "camelCase")]
    WithoutLanguage {
        /// ISO 639-1 code of the language no longer asked.
        language: String,
    },
    /// This required skill made optional.
    #[serde(rename_all = "camelCase")]
    SkillOptional {
        /// The skill's label.
        label: String,
    },
    /// Hours this many per week wider on both sides.
    #[serde(rename_all = "camelCase")]
    FlexibleHours {
        /// Hours per week added on each side.
        hours: u32,
    },
}

/// How many good fits among the candidates one change to the vacancy would give.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AskingLessChange {
    /// The change.
    pub change: VacancyChange,
    /// Candidates that would be good fits.
    pub count: u32,
    /// Of those, candidates that are not good fits now.
    pub more: u32,
    /// Their ids.
    pub candidates: Vec<String>,
}

/// The employer's insight: good fits among the candidates now and with each requirement eased.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AskingLess {
    /// The score a good fit needs.
    pub good_fit: u32,
    /// Good fits now.
    pub now: u32,
    /// Each change tried, most candidates gained first.
    pub changes: Vec<AskingLessChange>,
}
