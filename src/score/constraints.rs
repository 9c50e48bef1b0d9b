//! The constraint factors: distance, hours, education, driving licences, languages, work
//! conditions and inclusive hiring. Unknown is not no: an empty field never excludes.

use super::outcome::Outcome;
use crate::explain::{Explanation, PartStatus};
use crate::geo::{distance_km, Point};
use crate::model::{HoursRange, InclusiveHiring, LanguageRequirement, Profile};
use crate::prepared::{Conditions, Place};
use crate::rules::{
    DISTANCE_FRACTION_AT_MAX, DISTANCE_ZERO_KM_WITHOUT_MAX, EDUCATION_EQUIVALENT_CREDIT, EDUCATION_LOSS_PER_LEVEL, HOURS_GAP_FOR_ZERO,
    INCLUSIVE_OTHER_CREDIT,
};

/// Straight-line distance against the profile's maximum.
pub fn distance(
    location_given: bool,
    from: Option<Point>,
    max_km: Option<f64>,
    place: Place,
    explain: Option<&mut Explanation>,
) -> Outcome {
    if !location_given {
        return Outcome::NOT_USED;
    }
    let km = match (from, place) {
        (_, Place::Remote) => {
            if let Some(e) = explain {
                e.remote = true;
            }
            return Outcome::MATCH;
        }
        (Some(a), Place::At(b)) => distance_km(a, b),
        _ => return Outcome::unknown(),
    };
    if let Some(e) = explain {
        e.distance_km = Some((km * 10.0).round() / 10.0);
    }
    match max_km {
        Some(max) if km > max => Outcome::mismatch(0.0),
        Some(max) if max > 0.0 => {
            Outcome { fraction: 1.0 - (1.0 - DISTANCE_FRACTION_AT_MAX) * km / max, status: PartStatus::Match, mismatch: false }
        }
        Some(_) => Outcome::MATCH,
        None => Outcome::graded(1.0 - km / DISTANCE_ZERO_KM_WITHOUT_MAX),
    }
}

fn closed(h: HoursRange) -> Option<(f64, f64)> {
    (h.min.is_some() || h.max.is_some()).then(|| (h.min.unwrap_or(0.0), h.max.unwrap_or(168.0)))
}

/// Overlap of wanted and offered hours per week.
pub fn hours(wanted: Option<HoursRange>, offered: Option<(f64, f64)>) -> Outcome {
    let Some((wmin, wmax)) = wanted.and_then(closed) else { return Outcome::NOT_USED };
    let Some((omin, omax)) = offered else { return Outcome::unknown() };
    if wmin <= omax && omin <= wmax {
        return Outcome::MATCH;
    }
    let gap = (omin - wmax).max(wmin - omax);
    Outcome::short(1.0 - gap / HOURS_GAP_FOR_ZERO)
}

/// Education level against the vacancy's requirement.
pub fn education(profile: &Profile, vacancy: &Conditions, explain: Option<&mut Explanation>) -> Outcome {
    if let (Some(e), Some(req)) = (explain, vacancy.education) {
        e.education_required = Some(req.level);
        e.education_equivalent = req.or_equivalent_experience;
    }
    let Some(level) = profile.education_level else { return Outcome::NOT_USED };
    let Some(req) = vacancy.education else { return Outcome::NOT_REQUIRED };
    if level >= req.level {
        Outcome::MATCH
    } else if req.or_equivalent_experience {
        Outcome { fraction: EDUCATION_EQUIVALENT_CREDIT, status: PartStatus::Partial, mismatch: false }
    } else {
        Outcome::short(1.0 - EDUCATION_LOSS_PER_LEVEL * f64::from(req.level - level))
    }
}

/// All of `required` held: a match; otherwise a shortfall earning the share that is held.
fn by_missing(missing: usize, required: usize) -> Outcome {
    if missing == 0 {
        Outcome::MATCH
    } else {
        Outcome::short(1.0 - missing as f64 / required as f64)
    }
}

/// Driving licences held against those required.
pub fn driving_licences(profile: &Profile, vacancy: &Conditions, explain: Option<&mut Explanation>) -> Outcome {
    let Some(held) = &profile.driving_licences else { return Outcome::NOT_USED };
    let required = &vacancy.driving_licences;
    if required.is_empty() {
        return Outcome::NOT_REQUIRED;
    }
    let missing: Vec<_> = required.iter().copied().filter(|&r| !held.iter().any(|h| h.covers(r))).collect();
    let outcome = by_missing(missing.len(), required.len());
    if let Some(e) = explain {
        e.missing_licences = missing;
    }
    outcome
}

/// Language levels held against those required.
pub fn languages(held: Option<&[LanguageRequirement]>, required: &[LanguageRequirement], explain: Option<&mut Explanation>) -> Outcome {
    let Some(held) = held else { return Outcome::NOT_USED };
    if required.is_empty() {
        return Outcome::NOT_REQUIRED;
    }
    let missing: Vec<LanguageRequirement> = required
        .iter()
        .filter(|r| !held.iter().any(|h| h.language.eq_ignore_ascii_case(&r.language) && h.level >= r.level))
        .cloned()
        .collect();
    let outcome = by_missing(missing.len(), required.len());
    if let Some(e) = explain {
        e.missing_languages = missing;
    }
    outcome
}

/// Work conditions the person cannot take against those of the vacancy.
pub fn work_conditions(profile: &Profile, vacancy: &Conditions, explain: Option<&mut Explanation>) -> Outcome {
    if profile.avoid_conditions.is_empty() {
        return Outcome::NOT_USED;
    }
    let Some(conditions) = &vacancy.work_conditions else { return Outcome::unknown() };
    let conflicts: Vec<_> = profile.avoid_conditions.iter().copied().filter(|c| conditions.contains(c)).collect();
    let outcome = if conflicts.is_empty() { Outcome::MATCH } else { Outcome::mismatch(0.0) };
    if let Some(e) = explain {
        e.conflicting_conditions = conflicts;
    }
    outcome
}

/// Inclusive-hiring options, for people in the banenafspraak target group.
pub fn inclusive(profile: &Profile, offered: Option<InclusiveHiring>) -> Outcome {
    if !profile.banenafspraak {
        return Outcome::NOT_USED;
    }
    match offered {
        None => Outcome::unknown(),
        Some(i) if i.banenafspraak => Outcome::MATCH,
        Some(i) if i.job_coach || i.trial_placement || i.adjusted_hours => Outcome::graded(INCLUSIVE_OTHER_CREDIT),
        Some(_) => Outcome::graded(0.0),
    }
}
