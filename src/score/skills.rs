//! The skills and occupation factors: which of the vacancy's skills the profile covers (or,
//! for vacancies that list none, which profile skills its text mentions), and whether a
//! desired occupation or past job title fits the vacancy.

use super::outcome::Outcome;
use crate::explain::{Explanation, MatchHow, MatchWhere, MissingSkill, OccupationMatch, SkillMatch, SkillsRoute};
use crate::prepared::PreparedVacancy;
use crate::profile_query::{DirectMatch, ProfileQuery};
use crate::query::{Origin, PhraseHit, QueryTerm, TextMatch};
use crate::rules::{
    OCCUPATION_IN_DESCRIPTION_FACTOR, OPTIONAL_SKILL_WEIGHT, PAST_JOB_TITLE_FACTOR, REQUIRED_SKILL_WEIGHT, STRENGTH_EXACT, STRENGTH_FUZZY,
    STRENGTH_RELATED, STRENGTH_SHARED_LABEL, STRENGTH_SYNONYM_IN_OTHER_TITLE, TEXT_SKILLS_FOR_FULL_CREDIT,
};
use crate::taxonomy::{ConceptIdx, Resolution, Taxonomy};

/// A match of one term: strength 0–1 and how.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Found {
    strength: f64,
    how: MatchHow,
    found_in: MatchWhere,
}

/// Whether `candidate` is a better match than `current`: stronger, then a better kind.
fn better(candidate: &Found, current: Option<&Found>) -> bool {
    current.is_none_or(|b| candidate.strength > b.strength || (candidate.strength == b.strength && candidate.how < b.how))
}

fn keep_best(best: &mut Option<Found>, candidate: Found) {
    if better(&candidate, best.as_ref()) {
        *best = Some(candidate);
    }
}

fn percent(strength: f64) -> u32 {
    (strength * 100.0).round().clamp(0.0, 100.0) as u32
}

fn by_resolution(resolution: Resolution) -> (f64, MatchHow) {
    match resolution {
        Resolution::Id => (STRENGTH_EXACT, MatchHow::Id),
        Resolution::Label => (STRENGTH_EXACT, MatchHow::Label),
        Resolution::Synonym => (STRENGTH_EXACT, MatchHow::Synonym),
        Resolution::Fuzzy => (STRENGTH_FUZZY, MatchHow::Fuzzy),
        Resolution::Partial => (STRENGTH_FUZZY, MatchHow::Synonym),
    }
}

fn by_text(hit: PhraseHit) -> MatchHow {
    match (hit.how, hit.origin) {
        (TextMatch::Exact, Origin::Own) => MatchHow::Label,
        (TextMatch::Exact, Origin::Synonym) => MatchHow::Synonym,
        (TextMatch::Exact, Origin::FuzzySynonym) => MatchHow::Fuzzy,
        (TextMatch::Compound, _) => MatchHow::Compound,
        (TextMatch::Fuzzy, _) => MatchHow::Fuzzy,
        (TextMatch::Scattered, _) => MatchHow::Scattered,
    }
}

/// A match by the same concept (or one that shares the person's label exactly).
fn same_concept(term: &QueryTerm, concept: ConceptIdx, found_in: MatchWhere) -> Option<Found> {
    let (own, resolution) = term.concept?;
    if own == concept {
        let (strength, how) = by_resolution(resolution);
        Some(Found { strength, how, found_in })
    } else if term.sharing.contains(&concept) {
        Some(Found { strength: STRENGTH_SHARED_LABEL, how: MatchHow::Synonym, found_in })
    } else {
        None
    }
}

/// A match through the taxonomy: the same concept, or a related one.
fn by_concept(term: &QueryTerm, concept: ConceptIdx, taxonomy: &Taxonomy, found_in: MatchWhere) -> Option<Found> {
    same_concept(term, concept, found_in).or_else(|| {
        let (own, _) = term.concept?;
        taxonomy.related(own, concept).then_some(Found { strength: STRENGTH_RELATED, how: MatchHow::Related, found_in })
    })
}

fn from_hit(hit: Option<PhraseHit>, found_in: MatchWhere) -> Option<Found> {
    hit.map(|h| Found { strength: h.strength, how: by_text(h), found_in })
}

/// Whether `inner` occurs as consecutive terms inside `outer` ("excel" in "excel gevorderd").
fn contains_terms(outer: &[Option<u32>], inner: &[u32]) -> bool {
    !inner.is_empty() && outer.windows(inner.len()).any(|w| w.iter().zip(inner).all(|(a, b)| *a == Some(*b)))
}

/// The skills factor.
pub fn skills(q: &ProfileQuery, v: &PreparedVacancy, taxonomy: &Taxonomy, explain: Option<&mut Explanation>) -> Outcome {
    if q.skills.is_empty() {
        return Outcome::NOT_USED;
    }
    if v.skills.is_empty() {
        return text_skills(q, v, explain);
    }
    // Direct matches (same concept, label, text): any profile skill may cover any number.
    // It depends only on the vacancy skill's terms and concept, so it is worked out once per
    // distinct skill and query (see `ProfileQuery::direct_match`).
    let direct = |j: usize| -> Option<(Found, usize)> {
        let vs = &v.skills[j];
        let direct = q.direct_match(j, || {
            let mut best: Option<(Found, usize)> = None;
            for (i, qs) in q.skills.iter().enumerate() {
                let mut found = vs.concept.and_then(|c| same_concept(qs, c, MatchWhere::Skills));
                if let Some(f) = from_hit(q.skill_hits(j)[i], MatchWhere::Skills) {
                    keep_best(&mut found, f);
                }
                if contains_terms(&qs.own_terms, &vs.terms) {
                    keep_best(&mut found, Found { strength: STRENGTH_EXACT, how: MatchHow::Label, found_in: MatchWhere::Skills });
                }
                if let Some(f) = found {
                    if better(&f, best.as_ref().map(|(b, _)| b)) {
                        best = Some((f, i));
                    }
                }
            }
            best.map(|(f, i)| DirectMatch { strength: f.strength, how: f.how, profile_skill: i as u32 })
        });
        direct.map(|d| (Found { strength: d.strength, how: d.how, found_in: MatchWhere::Skills }, d.profile_skill as usize))
    };
    // Without allocating in the common case: up to 32 vacancy skills in a fixed array.
    const FEW_SKILLS: usize = 32;
    let mut best_small = [None; FEW_SKILLS];
    let mut best_large = Vec::new();
    let best: &mut [Option<(Found, usize)>] = if v.skills.len() <= FEW_SKILLS {
        &mut best_small[..v.skills.len()]
    } else {
        best_large.resize(v.skills.len(), None);
        &mut best_large
    };
    for (j, slot) in best.iter_mut().enumerate() {
        *slot = direct(j);
    }
    // Related concepts earn partial credit, but each profile skill lends it to one vacancy
    // skill at most (required ones first, then in list order), so a broad skill cannot
    // half-cover a whole list. Lending is rare: the list of lenders allocates only when used.
    let mut lent: Vec<usize> = Vec::new();
    for required in [true, false] {
        for (j, slot) in best.iter_mut().enumerate() {
            if slot.is_some() || v.skills[j].required != required {
                continue;
            }
            if let Some(i) = q.related_skills(j).iter().map(|&i| i as usize).find(|i| !lent.contains(i)) {
                lent.push(i);
                *slot = Some((Found { strength: STRENGTH_RELATED, how: MatchHow::Related, found_in: MatchWhere::Skills }, i));
            }
        }
    }
    let mut earned = 0.0;
    let mut possible = 0.0;
    let mut matched = 0;
    let mut details = explain;
    for (j, vs) in v.skills.iter().enumerate() {
        let weight = if vs.required { REQUIRED_SKILL_WEIGHT } else { OPTIONAL_SKILL_WEIGHT };
        possible += weight;
        let source = &v.source.skills[j];
        match best[j] {
            Some((found, i)) => {
                earned += weight * found.strength;
                matched += 1;
                if let Some(e) = details.as_deref_mut() {
                    e.matched_skills.push(SkillMatch {
                        profile_skill: q.skills[i].given.display().to_owned(),
                        vacancy_skill: Some(skill_label(source.label.as_deref(), source.id.as_deref(), vs.concept, taxonomy)),
                        required: Some(vs.required),
                        how: found.how,
                        found_in: found.found_in,
                        strength: percent(found.strength),
                    });
                }
            }
            None => {
                if let Some(e) = details.as_deref_mut() {
                    e.missing_skills.push(MissingSkill {
                        label: skill_label(source.label.as_deref(), source.id.as_deref(), vs.concept, taxonomy),
                        id: source.id.clone().or_else(|| vs.concept.and_then(|c| taxonomy.get(c)).map(|c| c.concept.id.clone())),
                        required: vs.required,
                    });
                }
            }
        }
    }
    if let Some(e) = details {
        e.skills_route = SkillsRoute::Structured;
        e.skills_matched = matched;
        e.skills_total = v.skills.len() as u32;
        e.missing_skills.sort_by_key(|m| !m.required);
    }
    Outcome::graded(if possible > 0.0 { earned / possible } else { 0.0 })
}

fn skill_label(label: Option<&str>, id: Option<&str>, concept: Option<ConceptIdx>, taxonomy: &Taxonomy) -> String {
    label
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .or_else(|| concept.and_then(|c| taxonomy.get(c)).map(|c| c.concept.label.clone()))
        .or_else(|| id.map(str::to_owned))
        .unwrap_or_default()
}

/// Skills found in the title or description of a vacancy that lists no skills.
fn text_skills(q: &ProfileQuery, v: &PreparedVacancy, mut explain: Option<&mut Explanation>) -> Outcome {
    let mut sum = 0.0;
    let mut matched = 0;
    for (i, qs) in q.skills.iter().enumerate() {
        let mut found = from_hit(q.title_hits[i], MatchWhere::Title);
        if let Some(f) = from_hit(q.description_hits[i], MatchWhere::Description) {
            if found.is_none_or(|t| f.strength > t.strength) {
                found = Some(f);
            }
        }
        // Skill concepts found in the text when the vacancy was added.
        for found_concept in &v.text_skills {
            let found_in = if found_concept.in_title { MatchWhere::Title } else { MatchWhere::Description };
            if let Some(f) = same_concept(qs, found_concept.concept, found_in) {
                if found.is_none_or(|t| f.strength > t.strength) {
                    found = Some(f);
                }
            }
        }
        if let Some(f) = found {
            sum += f.strength;
            matched += 1;
            if let Some(e) = explain.as_deref_mut() {
                e.matched_skills.push(SkillMatch {
                    profile_skill: qs.given.display().to_owned(),
                    vacancy_skill: None,
                    required: None,
                    how: f.how,
                    found_in: f.found_in,
                    strength: percent(f.strength),
                });
            }
        }
    }
    if let Some(e) = explain {
        e.skills_route = SkillsRoute::Text;
        e.skills_matched = matched;
        e.skills_total = q.skills.len() as u32;
    }
    Outcome::graded(sum / TEXT_SKILLS_FOR_FULL_CREDIT)
}

/// The occupation factor: the best desired occupation or past job title.
pub fn occupation(q: &ProfileQuery, v: &PreparedVacancy, taxonomy: &Taxonomy, explain: Option<&mut Explanation>) -> Outcome {
    if q.occupations.is_empty() {
        return Outcome::NOT_USED;
    }
    let mut best: Option<(Found, usize)> = None;
    for (k, occ) in q.occupations.iter().enumerate() {
        let mut found: Option<Found> = None;
        for vo in &v.occupations {
            let found_in = if vo.given { MatchWhere::Occupation } else { MatchWhere::Title };
            if let Some(f) = by_concept(&occ.term, vo.concept, taxonomy, found_in) {
                keep_best(&mut found, f);
            }
        }
        if let (Some(code), Some(id)) = (v.source.occupation.as_deref(), occ.term.given.id.as_deref()) {
            if code == id {
                keep_best(&mut found, Found { strength: STRENGTH_EXACT, how: MatchHow::Id, found_in: MatchWhere::Occupation });
            }
        }
        if let Some(hit) = q.title_hits[q.occupation_owner(k)] {
            let mut f = Found { strength: hit.strength, how: by_text(hit), found_in: MatchWhere::Title };
            // A synonym inside a title that names another known occupation is weaker evidence.
            let other_occupation = !v.occupations.is_empty() && found.is_none_or(|f| f.how == MatchHow::Related);
            if hit.origin != Origin::Own && other_occupation {
                f.strength = f.strength.min(STRENGTH_SYNONYM_IN_OTHER_TITLE);
            }
            keep_best(&mut found, f);
        }
        if let Some(hit) = q.description_hits[q.occupation_owner(k)] {
            let strength = hit.strength * OCCUPATION_IN_DESCRIPTION_FACTOR;
            keep_best(&mut found, Found { strength, how: by_text(hit), found_in: MatchWhere::Description });
        }
        if let Some(mut f) = found {
            if occ.past_job {
                f.strength *= PAST_JOB_TITLE_FACTOR;
            }
            if best.is_none_or(|(b, _)| f.strength > b.strength) {
                best = Some((f, k));
            }
        }
    }
    let Some((found, k)) = best else { return Outcome::graded(0.0) };
    if let Some(e) = explain {
        e.occupation = Some(OccupationMatch {
            profile_occupation: q.occupations[k].term.given.display().to_owned(),
            past_job: q.occupations[k].past_job,
            how: found.how,
            found_in: found.found_in,
            strength: percent(found.strength),
        });
    }
    Outcome::graded(found.strength)
}
