//! Scoring one vacancy against one prepared profile: nine factors, each a fraction of its
//! weight, scaled over the factors the profile uses, summed to 0–100 and split into whole
//! points that add up exactly (see [`crate::rules`]).

mod constraints;
mod outcome;
mod skills;

use crate::explain::{apportion, Explanation, Factor, ScorePart};
use crate::matching::profile::ProfileQuery;
use crate::model::ConstraintMode;
use crate::prepared::PreparedVacancy;
use crate::rules::*;
use crate::taxonomy::Taxonomy;
pub use outcome::Outcome;
pub use skills::skill_weight;

/// The factors in the order parts are reported, with their weights.
pub const FACTORS: [(Factor, u32); 9] = [
    (Factor::Skills, WEIGHT_SKILLS),
    (Factor::Occupation, WEIGHT_OCCUPATION),
    (Factor::Distance, WEIGHT_DISTANCE),
    (Factor::Hours, WEIGHT_HOURS),
    (Factor::Education, WEIGHT_EDUCATION),
    (Factor::DrivingLicences, WEIGHT_DRIVING_LICENCES),
    (Factor::Languages, WEIGHT_LANGUAGES),
    (Factor::WorkConditions, WEIGHT_WORK_CONDITIONS),
    (Factor::Inclusive, WEIGHT_INCLUSIVE),
];

/// The score of one vacancy, before and without its explanation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Exact score 0–100, for ordering.
    pub exact: f64,
    /// Whole-point score 0–100, as shown.
    pub score: u32,
    /// Excluded by a filter.
    pub excluded: bool,
}

/// Ordering key of a score: higher is better; equal keys are ordered by id. The score shown
/// comes first, so results are always in the order of their shown scores (a shown score may
/// be a point under the rounded exact one, when parts at their maximum cannot take the last
/// point; found by fuzzing), then the exact score.
pub fn order_key(scored: &Scored) -> u64 {
    (u64::from(scored.score) << 32) | (scored.exact * 10_000.0).round().clamp(0.0, 1_000_000.0) as u64
}

fn moded(mode: ConstraintMode, outcome: impl FnOnce() -> Outcome) -> (Outcome, bool) {
    match mode {
        ConstraintMode::Off => (Outcome::NOT_USED, false),
        ConstraintMode::Soft => (outcome(), false),
        ConstraintMode::Filter => {
            let o = outcome();
            (o, o.mismatch)
        }
    }
}

/// The outcomes of the constraint factors (distance to inclusive hiring, in [`FACTORS`]
/// order), and whether a constraint in filter mode excludes the vacancy.
fn constraint_outcomes(q: &ProfileQuery, v: &PreparedVacancy, mut explain: Option<&mut Explanation>) -> ([Outcome; 7], bool) {
    let p = q.profile;
    let src = &v.conditions;
    let modes = q.options.constraints;
    let mut excluded = false;
    let mut filtered = |(o, out): (Outcome, bool)| {
        excluded |= out;
        o
    };
    let outcomes = [
        filtered(moded(modes.distance, || {
            constraints::distance(q.location_given, q.point, p.max_distance_km, v.place, explain.as_deref_mut())
        })),
        filtered(moded(modes.hours, || constraints::hours(p.hours, v.hours))),
        filtered(moded(modes.education, || constraints::education(p, src, explain.as_deref_mut()))),
        filtered(moded(modes.driving_licences, || constraints::driving_licences(p, src, explain.as_deref_mut()))),
        filtered(moded(modes.languages, || constraints::languages(p.languages.as_deref(), &src.languages, explain.as_deref_mut()))),
        filtered(moded(modes.work_conditions, || constraints::work_conditions(p, src, explain))),
        constraints::inclusive(p, src.inclusive),
    ];
    (outcomes, excluded)
}

/// The outcomes of the constraint factors of `v` for `q`, worked out before scoring (see
/// [`passes_filters`]) and handed to [`score`] so it does not work them out again.
#[derive(Debug, Clone, Copy)]
pub struct Constraints([Outcome; 7]);

/// `None` when a constraint in filter mode excludes `v` for `q`, else the constraint outcomes.
/// Cheap next to finding the profile's words in the vacancy, so a ranking asks this first.
pub fn passes_filters(q: &ProfileQuery, v: &PreparedVacancy) -> Option<Constraints> {
    // Most vacancies of a national set lie far outside the travel distance: the difference in
    // latitude alone (a lower bound of the great-circle distance) rules them out without
    // trigonometry, with a 1 km margin for rounding.
    if let (ConstraintMode::Filter, true, Some(from), Some(max), crate::prepared::Place::At(at)) =
        (q.options.constraints.distance, q.location_given, q.point, q.profile.max_distance_km, v.place)
    {
        if (from.lat - at.lat).abs() * crate::geo::KM_PER_DEGREE_LATITUDE > max + crate::geo::DISTANCE_MARGIN_KM {
            return None;
        }
    }
    let (outcomes, excluded) = constraint_outcomes(q, v, None);
    (!excluded).then_some(Constraints(outcomes))
}

/// The most a vacancy can score for `q` when it earns nothing for skills and occupations
/// (exact, 0–100): every constraint factor the profile uses met. A ranking need not score such
/// vacancies once it has kept enough that score more.
pub fn best_without_matching(q: &ProfileQuery) -> f64 {
    let p = q.profile;
    let modes = q.options.constraints;
    let on = |mode: ConstraintMode, given: bool| mode != ConstraintMode::Off && given;
    // Which constraint factors can count (a superset: some also depend on the vacancy), in
    // `FACTORS` order from distance on.
    let used = [
        on(modes.distance, q.location_given),
        on(modes.hours, p.hours.is_some()),
        on(modes.education, p.education_level.is_some()),
        on(modes.driving_licences, p.driving_licences.is_some()),
        on(modes.languages, p.languages.is_some()),
        on(modes.work_conditions, !p.avoid_conditions.is_empty()),
        p.banenafspraak,
    ];
    let constraints: u32 = FACTORS[2..].iter().zip(used).filter(|(_, u)| *u).map(|((_, w), _)| w).sum();
    let matching = if q.skills.is_empty() { 0 } else { WEIGHT_SKILLS } + if q.occupations.is_empty() { 0 } else { WEIGHT_OCCUPATION };
    if matching + constraints == 0 {
        return 0.0;
    }
    100.0 * f64::from(constraints) / f64::from(matching + constraints)
}

/// At least the exact score [`score`] gives `v` for `q`, worked out without reading the
/// vacancy's title and description: its skills factor at the [`skills::ceiling`] of its listed
/// skills (whose [`ProfileQuery::scan_listed_skills`] has run), its occupation factor at full,
/// its constraints as `known` (from [`passes_filters`]). `None` when the vacancy lists no skills
/// (or the profile none): then only scoring it tells. A ranking leaves out a vacancy whose
/// ceiling is under every kept one.
pub fn ceiling(q: &ProfileQuery, v: &PreparedVacancy, known: Constraints) -> Option<f64> {
    let skills = Outcome::graded(skills::ceiling(q, v)?);
    let occupation = if q.occupations.is_empty() { Outcome::NOT_USED } else { Outcome::MATCH };
    let c = known.0;
    Some(combine(q, [skills, occupation, c[0], c[1], c[2], c[3], c[4], c[5], c[6]], false, None).exact)
}

/// Scores `v` for `q` (whose `scan_vacancy(v)` has run). With `explain`, fills it in too;
/// the numbers are the same either way. `known`: the constraint outcomes from
/// [`passes_filters`], if worked out already (used when not explaining).
pub fn score(
    q: &ProfileQuery,
    v: &PreparedVacancy,
    taxonomy: &Taxonomy,
    mut explain: Option<&mut Explanation>,
    known: Option<Constraints>,
) -> Scored {
    let skills = skills::skills(q, v, taxonomy, explain.as_deref_mut());
    let occupation = skills::occupation(q, v, taxonomy, explain.as_deref_mut());
    let (c, excluded) = match (explain.is_none(), known) {
        (true, Some(Constraints(outcomes))) => (outcomes, false),
        _ => constraint_outcomes(q, v, explain.as_deref_mut()),
    };
    combine(q, [skills, occupation, c[0], c[1], c[2], c[3], c[4], c[5], c[6]], excluded, explain)
}

/// The skills and occupation outcomes of `v` for `q` (whose `scan_vacancy(v)` has run): the
/// part of a score that reads the vacancy's words, which insights work out once and combine
/// with the constraints of several changed profiles (see [`score_with`]).
pub fn match_outcomes(q: &ProfileQuery, v: &PreparedVacancy, taxonomy: &Taxonomy) -> [Outcome; 2] {
    [skills::skills(q, v, taxonomy, None), skills::occupation(q, v, taxonomy, None)]
}

/// The score of a vacancy from its [`match_outcomes`] (worked out for a profile with the same
/// skills and occupations as `q`'s) and the constraint outcomes for `q`: the same number
/// [`score`] gives.
pub fn score_with(q: &ProfileQuery, matched: [Outcome; 2], known: Constraints) -> Scored {
    let c = known.0;
    combine(q, [matched[0], matched[1], c[0], c[1], c[2], c[3], c[4], c[5], c[6]], false, None)
}

/// Whether each listed skill of `v` is covered by the profile of `q` (whose `scan_vacancy(v)`
/// has run), as the skills factor counts it; empty for a vacancy that lists no skills.
pub fn covered_skills(q: &ProfileQuery, v: &PreparedVacancy) -> Vec<bool> {
    skills::covered(q, v)
}

/// Sums the nine outcomes into a score (and its explained parts).
fn combine(q: &ProfileQuery, outcomes: [Outcome; 9], excluded: bool, explain: Option<&mut Explanation>) -> Scored {
    let used_weight: u32 =
        FACTORS.iter().zip(&outcomes).filter(|(_, o)| o.status != crate::explain::PartStatus::NotUsed).map(|((_, w), _)| w).sum();
    let share = |w: u32, o: &Outcome| {
        if o.status == crate::explain::PartStatus::NotUsed || used_weight == 0 {
            0.0
        } else {
            100.0 * f64::from(w) / f64::from(used_weight)
        }
    };
    let max_exact: [f64; 9] = std::array::from_fn(|i| share(FACTORS[i].1, &outcomes[i]));
    let exact_parts: [f64; 9] = std::array::from_fn(|i| max_exact[i] * outcomes[i].fraction);
    let exact: f64 = exact_parts.iter().sum::<f64>().clamp(0.0, 100.0);
    if exact <= 0.0 && explain.is_none() {
        // Nothing earned: every part is 0 points (most vacancies of a ranking).
        return Scored { exact: 0.0, score: 0, excluded };
    }
    // Whole points per part add up to the score shown (see `apportion`). The maxima depend
    // only on which factors are used, so a ranking works them out once per set of factors.
    let used =
        outcomes.iter().enumerate().filter(|(_, o)| o.status != crate::explain::PartStatus::NotUsed).fold(0u16, |m, (i, _)| m | 1 << i);
    let max_points = q.max_points(used, || apportion(&max_exact, &[100; 9], if used_weight == 0 { 0 } else { 100 }));
    let Some(e) = explain else {
        // The sum `apportion` reaches: the rounded score, unless the maxima of the parts that
        // earned anything cannot hold it.
        let room: u32 = (0..9).filter(|&i| exact_parts[i] > 0.0).map(|i| max_points[i]).sum();
        let score = (exact.round() as u32).min(room);
        debug_assert_eq!(score, apportion(&exact_parts, &max_points, exact.round() as u32).iter().sum::<u32>());
        return Scored { exact, score, excluded };
    };
    let points = apportion(&exact_parts, &max_points, exact.round() as u32);
    let score = points.iter().sum();
    e.parts = (0..9)
        .map(|i| ScorePart {
            factor: FACTORS[i].0,
            status: shown_status(&outcomes[i], points[i]),
            points: points[i],
            max_points: max_points[i],
        })
        .collect();
    Scored { exact, score, excluded }
}

/// The status shown beside `points`: a part met only in part whose share rounds to no
/// points is shown as not met, so status and points never say different things.
fn shown_status(outcome: &Outcome, points: u32) -> crate::explain::PartStatus {
    use crate::explain::PartStatus;
    match outcome.status {
        PartStatus::Partial if points == 0 => PartStatus::Mismatch,
        status => status,
    }
}

#[cfg(test)]
mod tests;
