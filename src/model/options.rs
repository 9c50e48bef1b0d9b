//! [`RankOptions`]: per-query settings (how many results, which constraints filter).

use super::enums::ContractType;
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// How a constraint acts on ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ConstraintMode {
    /// A known mismatch excludes the result; a match still adds points.
    Filter,
    /// A mismatch only costs points.
    Soft,
    /// Ignored: neither filters nor scores.
    Off,
}

/// The mode of each constraint. Defaults: see [`ConstraintModes::default`] and the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ConstraintModes {
    /// Straight-line distance vs the profile's maximum. Default: filter.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub distance: ConstraintMode,
    /// Overlap of hours per week. Default: filter.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hours: ConstraintMode,
    /// Education level. Default: soft (skills count more than diplomas).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub education: ConstraintMode,
    /// Driving licences. Default: soft (a missing licence is named).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub driving_licences: ConstraintMode,
    /// Language levels. Default: soft.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub languages: ConstraintMode,
    /// Work conditions the person cannot take. Default: filter.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub work_conditions: ConstraintMode,
}

impl Default for ConstraintModes {
    fn default() -> Self {
        use ConstraintMode::*;
        ConstraintModes {
            distance: Filter,
            hours: Filter,
            education: Soft,
            driving_licences: Soft,
            languages: Soft,
            work_conditions: Filter,
        }
    }
}

/// Settings for one ranking query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct RankOptions {
    /// Most results to return (1–1000). Default 20.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub limit: u32,
    /// Drop results scoring below this (0–100). Default 0.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min_score: u32,
    /// Filter or soft factor per constraint.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub constraints: ConstraintModes,
    /// Only these contract types (vacancies with an unknown type stay). Empty: all.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_types: Vec<ContractType>,
    /// Today's date `YYYY-MM-DD`: vacancies whose `validThrough` is before it are left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub today: Option<String>,
}

impl Default for RankOptions {
    fn default() -> Self {
        RankOptions { limit: 20, min_score: 0, constraints: ConstraintModes::default(), contract_types: Vec::new(), today: None }
    }
}
