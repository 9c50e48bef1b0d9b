//! Reference data the engine can load: taxonomy concepts and postcode centroids.

use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Whether a taxonomy concept is a skill or an occupation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ConceptKind {
    /// A skill, competence or certificate.
    #[default]
    Skill,
    /// An occupation.
    Occupation,
}

/// One taxonomy concept: a skill or occupation with its labels and broader concepts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Concept {
    /// Unique id (e.g. an ESCO URI).
    pub id: String,
    /// Skill or occupation.
    pub kind: ConceptKind,
    /// Preferred label.
    pub label: String,
    /// Synonyms and spelling variants.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alt_labels: Vec<String>,
    /// Ids of broader concepts (for occupations this may be an ISCO group id).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub broader: Vec<String>,
    /// For occupations: ids of the skills the occupation needs (ESCO "essential").
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub essential_skills: Vec<String>,
    /// For occupations: ids of skills that help (ESCO "optional").
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub optional_skills: Vec<String>,
}

/// One row of a postcode table: a Dutch PC4 area and its centroid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GeoEntry {
    /// Four-digit postcode, e.g. "2311".
    pub pc4: String,
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
    /// Place name.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub place: Option<String>,
}
