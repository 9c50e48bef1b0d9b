//! What a ranking returns: results with a score and a structured explanation (codes and
//! values, no prose), so the widget can say it in Dutch or English.

use crate::model::{DrivingLicence, LanguageRequirement, WorkCondition};
use serde::Serialize;

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// One ranked vacancy (or, in the employer preview, one candidate).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RankedResult {
    /// Vacancy id (or candidate id).
    pub id: String,
    /// Score 0–100; always the sum of `explanation.parts[].points`.
    pub score: u32,
    /// Version of the rule set that produced the score.
    pub rules: String,
    /// Why this score.
    pub explanation: Explanation,
}

/// Why a result scored what it scored.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The score's parts, one per factor, in a fixed order; points add up to the score.
    pub parts: Vec<ScorePart>,
    /// How skills were compared.
    pub skills_route: SkillsRoute,
    /// Skills found (structured route: vacancy skills covered; text route: profile skills found).
    pub skills_matched: u32,
    /// Out of how many (structured: the vacancy's skills; text: the profile's skills).
    pub skills_total: u32,
    /// Each skill that matched and how.
    pub matched_skills: Vec<SkillMatch>,
    /// Vacancy skills the profile lacks, required ones first.
    pub missing_skills: Vec<MissingSkill>,
    /// The best occupation match, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupation: Option<OccupationMatch>,
    /// Straight-line distance in km, rounded to 0.1, when both places are known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// The vacancy can be done remotely.
    pub remote: bool,
    /// Education level the vacancy asks for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education_required: Option<u8>,
    /// The vacancy accepts equivalent experience instead of that level.
    pub education_equivalent: bool,
    /// Required driving licences the profile lacks.
    pub missing_licences: Vec<DrivingLicence>,
    /// Required languages (or levels) the profile lacks.
    pub missing_languages: Vec<LanguageRequirement>,
    /// Work conditions of the vacancy that the person cannot take.
    pub conflicting_conditions: Vec<WorkCondition>,
}

/// How skills were compared for a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum SkillsRoute {
    /// Against the vacancy's listed skills.
    Structured,
    /// Against its title and description (it lists no skills).
    Text,
    /// Not compared (the profile has no skills).
    #[default]
    None,
}

/// The factors of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Factor {
    /// Skills.
    Skills,
    /// Desired occupation / past job titles.
    Occupation,
    /// Travel distance.
    Distance,
    /// Hours per week.
    Hours,
    /// Education level.
    Education,
    /// Driving licences.
    DrivingLicences,
    /// Language levels.
    Languages,
    /// Work conditions.
    WorkConditions,
    /// Inclusive-hiring options (banenafspraak).
    Inclusive,
}

/// The outcome of one factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum PartStatus {
    /// Fully met.
    Match,
    /// Partly met.
    Partial,
    /// Not met.
    Mismatch,
    /// The vacancy does not say ("onbekend"): neither yes nor no.
    Unknown,
    /// The vacancy asks nothing here.
    NotRequired,
    /// The profile says nothing here, so the factor does not count.
    NotUsed,
}

/// One part of a score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ScorePart {
    /// Which factor.
    pub factor: Factor,
    /// Its outcome.
    pub status: PartStatus,
    /// Points earned (whole points; all parts add up to the score).
    pub points: u32,
    /// Points this factor could earn for this profile (all add up to 100, or 0 if none used).
    pub max_points: u32,
}

/// How a skill or occupation matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum MatchHow {
    /// The same concept id.
    Id,
    /// The same words.
    Label,
    /// A synonym in the taxonomy.
    Synonym,
    /// Part of a compound word, or a compound split or joined.
    Compound,
    /// Despite typos.
    Fuzzy,
    /// The words occur, not side by side.
    Scattered,
    /// Some of the words (or a label only in part): `words` says which of the person's words
    /// were found, `strength` how much that is worth.
    Partial,
    /// A broader, narrower or sibling concept (partial credit).
    Related,
}

/// Where a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub enum MatchWhere {
    /// In the vacancy's listed skills.
    Skills,
    /// In the vacancy's occupation.
    Occupation,
    /// In the title ("gevonden in de functietitel").
    Title,
    /// In the description.
    Description,
}

/// A skill of the profile that matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SkillMatch {
    /// The profile's skill, as the person gave it.
    pub profile_skill: String,
    /// The vacancy's skill it matched (structured route).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vacancy_skill: Option<String>,
    /// Whether that vacancy skill is required (structured route).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// How it matched.
    pub how: MatchHow,
    /// Where it was found.
    #[serde(rename = "where")]
    pub found_in: MatchWhere,
    /// Strength 0–100.
    pub strength: u32,
    /// For a match in part (`how: partial`): the person's words that were found, as written
    /// (lowercase); empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub words: Vec<String>,
}

/// A vacancy skill the profile lacks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MissingSkill {
    /// Label to show (the vacancy's label, else the concept's preferred label, else its id).
    pub label: String,
    /// Concept id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Required (true) or nice to have.
    pub required: bool,
}

/// The best match of a desired occupation or past job title.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OccupationMatch {
    /// The profile's occupation or job title, as given.
    pub profile_occupation: String,
    /// A past job title (true) or a desired occupation.
    pub past_job: bool,
    /// How it matched.
    pub how: MatchHow,
    /// Where: the vacancy's occupation or its title.
    #[serde(rename = "where")]
    pub found_in: MatchWhere,
    /// Strength 0–100.
    pub strength: u32,
    /// For a match in part (`how: partial`): the person's words that were found, as written
    /// (lowercase); empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub words: Vec<String>,
}

/// Splits `total` whole points over parts in proportion to their `exact` values (largest
/// remainder first), never giving a part more than its `cap`, nor any point to a part whose
/// exact value is 0. The result adds up to `total` unless the caps make that impossible, in which
/// case it adds up to as much as they allow (the caller shows that sum as the score).
pub fn apportion<const N: usize>(exact: &[f64; N], caps: &[u32; N], total: u32) -> [u32; N] {
    let mut points = [0u32; N];
    for i in 0..N {
        points[i] = (exact[i].max(0.0).floor() as u32).min(caps[i]);
    }
    let mut left = total.saturating_sub(points.iter().sum());
    // Largest remainder first, then in part order.
    let remainder = |i: usize| exact[i] - exact[i].floor();
    let mut order: Vec<usize> = (0..N).collect();
    crate::order::sort_by_key(&mut order, |&i| (u128::from(crate::order::descending(remainder(i))) << 32) | i as u128);
    while left > 0 {
        let before = left;
        for &i in &order {
            if left > 0 && exact[i] > 0.0 && points[i] < caps[i] {
                points[i] += 1;
                left -= 1;
            }
        }
        if left == before {
            break;
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::apportion;

    #[test]
    fn apportion_adds_up_and_respects_caps() {
        assert_eq!(apportion(&[33.4, 33.3, 33.3], &[100, 100, 100], 100), [34, 33, 33]);
        assert_eq!(apportion(&[10.6, 0.0, 4.6], &[11, 0, 5], 15), [11, 0, 4]);
        assert_eq!(apportion(&[45.0, 20.0], &[45, 20], 65), [45, 20]);
        // The remainder goes to a part with room when the largest remainder has none.
        assert_eq!(apportion(&[4.9, 2.5], &[4, 10], 7), [4, 3]);
        assert_eq!(apportion(&[], &[], 0), [0u32; 0]);
    }

    #[test]
    fn a_part_that_earned_nothing_never_gets_a_point() {
        // Seen in the widget: parts at full credit are capped by rounded-down maxima, and the
        // last point went to distance (exact 0, "past niet"). Now it goes to skills, or nowhere.
        let exact = [23.68, 21.05, 0.0, 6.32, 5.26, 4.21, 3.16];
        let caps = [48, 21, 13, 6, 5, 4, 3];
        let points = apportion(&exact, &caps, 64);
        assert_eq!(points[2], 0);
        assert_eq!(points.iter().sum::<u32>(), 64);
        assert_eq!(apportion(&[0.0, 2.4], &[5, 2], 3), [0, 2], "when nothing else has room the sum falls short");
    }
}
