//! The skills and occupation factors: which of the vacancy's skills the profile covers (or,
//! for vacancies that list none, which profile skills its text mentions), and whether a
//! desired occupation or past job title fits the vacancy. Every route (a concept, a label,
//! words of a title) yields a [`Match`]; the best one counts.

use super::outcome::Outcome;
use crate::explain::{Explanation, MatchHow, MatchWhere, MissingSkill, OccupationMatch, SkillMatch, SkillsRoute};
use crate::matching::found::Match;
use crate::matching::profile::{DirectMatch, ProfileQuery, QueryTerm};
use crate::matching::scan::{Origin, PhraseHit};
use crate::prepared::{PreparedSkill, PreparedVacancy, SkillList};
use crate::rules::{
    GROUP_CONCEPT_FACTOR, OCCUPATION_IN_DESCRIPTION_FACTOR, OPTIONAL_SKILL_WEIGHT, PAST_JOB_TITLE_FACTOR, REQUIRED_SKILL_WEIGHT,
    STRENGTH_EXACT, STRENGTH_RELATED, STRENGTH_SYNONYM_IN_OTHER_TITLE, TEXT_SKILLS_FOR_FULL_CREDIT,
};
use crate::taxonomy::{ConceptIdx, Taxonomy};

fn percent(strength: f64) -> u32 {
    (strength * 100.0).round().clamp(0.0, 100.0) as u32
}

fn from_hit(hit: Option<PhraseHit>, found_in: MatchWhere) -> Option<Match> {
    hit.map(|h| Match { strength: h.strength, how: h.how, found_in, words_found: h.words_found })
}

/// A match through the taxonomy: the term names `concept` (whole or in part), counted `factor`
/// (how surely the vacancy has that concept); else its best concept is related to it.
fn by_concept(term: &QueryTerm, concept: ConceptIdx, factor: f64, found_in: MatchWhere) -> Option<Match> {
    if let Some(c) = term.concept(concept) {
        return Some(Match { strength: c.strength * factor, how: c.how, found_in, words_found: c.words_found });
    }
    let best = term.best_concept()?;
    term.related_to_best(concept).then(|| Match::whole(STRENGTH_RELATED * best.strength * factor, MatchHow::Related, found_in))
}

/// The person's words of `term` that a match found, when not all of them (empty for a whole
/// match).
fn words(term: &QueryTerm, m: &Match) -> Vec<String> {
    term.words(m.words_found)
}

/// The weight of a listed vacancy skill in the skills factor.
pub fn skill_weight(required: bool) -> f64 {
    if required {
        REQUIRED_SKILL_WEIGHT
    } else {
        OPTIONAL_SKILL_WEIGHT
    }
}

/// The skills factor.
pub fn skills(q: &ProfileQuery, v: &PreparedVacancy, taxonomy: &Taxonomy, explain: Option<&mut Explanation>) -> Outcome {
    if q.skills.is_empty() {
        return Outcome::NOT_USED;
    }
    if !q.reached() && explain.is_none() {
        return Outcome::graded(0.0);
    }
    // Without allocating in the common case: up to 32 vacancy skills in fixed arrays.
    const FEW_SKILLS: usize = 32;
    let list = SkillList::of(v);
    let listed = list.as_slice();
    if listed.is_empty() {
        return text_skills(q, v, explain);
    }
    let mut best_small = [None; FEW_SKILLS];
    let mut best_large = Vec::new();
    let best: &mut [Option<(Match, usize)>] = if listed.len() <= FEW_SKILLS {
        &mut best_small[..listed.len()]
    } else {
        best_large.resize(listed.len(), None);
        &mut best_large
    };
    fill_best(q, listed, best);
    let mut earned = 0.0;
    let mut possible = 0.0;
    let mut matched = 0;
    let mut details = explain;
    for (j, vs) in listed.iter().enumerate() {
        let weight = skill_weight(vs.required());
        possible += weight;
        let source = &vs.given;
        match best[j] {
            Some((found, i)) => {
                earned += weight * found.strength;
                matched += 1;
                if let Some(e) = details.as_deref_mut() {
                    e.matched_skills.push(SkillMatch {
                        profile_skill: q.skills[i].given.display().to_owned(),
                        vacancy_skill: Some(skill_label(source.label.as_deref(), source.id.as_deref(), vs.concept, taxonomy)),
                        required: Some(vs.required()),
                        how: found.how,
                        found_in: found.found_in,
                        strength: percent(found.strength),
                        words: words(&q.skills[i], &found),
                    });
                }
            }
            None => {
                if let Some(e) = details.as_deref_mut() {
                    e.missing_skills.push(MissingSkill {
                        label: skill_label(source.label.as_deref(), source.id.as_deref(), vs.concept, taxonomy),
                        id: source.id.clone().or_else(|| vs.concept.and_then(|c| taxonomy.get(c)).map(|c| c.concept.id.clone())),
                        required: vs.required(),
                    });
                }
            }
        }
    }
    if let Some(e) = details {
        e.skills_route = SkillsRoute::Structured;
        e.skills_matched = matched;
        e.skills_total = listed.len() as u32;
        crate::order::sort_by_key(&mut e.missing_skills, |m| u128::from(!m.required));
    }
    Outcome::graded(if possible > 0.0 { earned / possible } else { 0.0 })
}

/// The direct match of listed skill `j` (a concept, a label, words) and the profile skill that
/// made it: any profile skill may cover any number of listed skills. It depends only on the
/// vacancy skill's terms and concept, so it is worked out once per distinct skill and query
/// (see `ProfileQuery::direct_match`).
fn direct(q: &ProfileQuery, listed: &[&PreparedSkill], j: usize) -> Option<(Match, usize)> {
    let vs = listed[j];
    let direct = q.direct_match(j, || {
        let mut best: Option<(Match, usize)> = None;
        for (i, qs) in q.skills.iter().enumerate() {
            let mut found = vs.concept.and_then(|c| qs.concept(c)).map(|c| Match {
                strength: c.strength,
                how: c.how,
                found_in: MatchWhere::Skills,
                words_found: c.words_found,
            });
            if let Some(f) = from_hit(q.skill_hits(j)[i], MatchWhere::Skills) {
                Match::keep_best(&mut found, f);
            }
            // The vacancy's skill whole inside the person's ("excel" in "excel gevorderd").
            if qs.contains(&vs.terms) {
                Match::keep_best(&mut found, Match::whole(STRENGTH_EXACT, MatchHow::Label, MatchWhere::Skills));
            }
            if let Some(f) = found {
                if f.beats(best.as_ref().map(|(b, _)| b)) {
                    best = Some((f, i));
                }
            }
        }
        best.map(|(found, i)| DirectMatch { found, profile_skill: i as u32 })
    });
    direct.map(|d| (d.found, d.profile_skill as usize))
}

/// The credit profile skill `i` lends a listed skill whose concept is related to its best one.
fn lent_strength(q: &ProfileQuery, i: usize) -> f64 {
    STRENGTH_RELATED * q.skills[i].best_concept().map_or(0.0, |c| c.strength)
}

/// The best match of each `listed` skill of a vacancy (and the profile skill that made it), as
/// the skills factor counts them: direct matches, then related concepts lent once per profile
/// skill.
fn fill_best(q: &ProfileQuery, listed: &[&PreparedSkill], best: &mut [Option<(Match, usize)>]) {
    for (j, slot) in best.iter_mut().enumerate() {
        *slot = direct(q, listed, j);
    }
    // Related concepts earn partial credit, but each profile skill lends it to one vacancy
    // skill at most (required ones first, then in list order), so a broad skill cannot
    // half-cover a whole list. Lending is rare: the list of lenders allocates only when used.
    // A related concept also counts where a direct match is weaker than it.
    let mut lent: Vec<usize> = Vec::new();
    for required in [true, false] {
        for (j, slot) in best.iter_mut().enumerate() {
            if listed[j].required() != required {
                continue;
            }
            let weaker = |strength: f64| slot.is_none_or(|(m, _)| m.strength < strength);
            let lender = q.related_skills(j).iter().map(|&i| i as usize).filter(|i| !lent.contains(i)).find_map(|i| {
                let strength = lent_strength(q, i);
                weaker(strength).then_some((i, strength))
            });
            if let Some((i, strength)) = lender {
                lent.push(i);
                *slot = Some((Match::whole(strength, MatchHow::Related, MatchWhere::Skills), i));
            }
        }
    }
}

/// At least the fraction the skills factor gives `v`, whose
/// [`ProfileQuery::scan_listed_skills`] has run: each listed skill at the best that any
/// profile skill gives it, directly or through a related concept, as if every profile skill
/// could lend to every listed skill. Summed in the order [`skills`] sums, so never below it.
/// `None` when there is nothing to bound: the profile or the vacancy lists no skills.
pub fn ceiling(q: &ProfileQuery, v: &PreparedVacancy) -> Option<f64> {
    let count = q.listed_skill_count();
    if q.skills.is_empty() || count == 0 {
        return None;
    }
    // The skills themselves are only read for a label this query meets the first time.
    let mut list: Option<SkillList> = None;
    let mut earned = 0.0;
    let mut possible = 0.0;
    for j in 0..count {
        let weight = skill_weight(q.listed_skill_required(j));
        possible += weight;
        let best = q.skill_ceiling(j, || {
            let listed = list.get_or_insert_with(|| SkillList::of(v)).as_slice();
            let related = q.related_skills(j).iter().map(|&i| lent_strength(q, i as usize));
            related.fold(direct(q, listed, j).map_or(0.0, |(m, _)| m.strength), f64::max)
        });
        earned += weight * best;
    }
    Some(if possible > 0.0 { earned / possible } else { 0.0 })
}

/// Whether each listed skill of `v` is covered (see [`crate::score::covered_skills`]).
pub fn covered(q: &ProfileQuery, v: &PreparedVacancy) -> Vec<bool> {
    let list = SkillList::of(v);
    let listed = list.as_slice();
    if q.skills.is_empty() || !q.reached() {
        return vec![false; listed.len()];
    }
    let mut best = vec![None; listed.len()];
    fill_best(q, listed, &mut best);
    best.iter().map(Option::is_some).collect()
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
            Match::keep_best(&mut found, f);
        }
        // Skill concepts named in the text, found when the vacancy was added.
        for named in &v.text_skills {
            let found_in = if named.in_title { MatchWhere::Title } else { MatchWhere::Description };
            if let Some(c) = qs.concept(named.concept) {
                Match::keep_best(&mut found, Match { strength: c.strength, how: c.how, found_in, words_found: c.words_found });
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
                    words: words(qs, &f),
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
    if !q.reached() && explain.is_none() {
        return Outcome::graded(0.0);
    }
    let mut best: Option<(Match, usize)> = None;
    for (k, occ) in q.occupations.iter().enumerate() {
        let mut found: Option<Match> = None;
        for vo in &v.occupations {
            let found_in = if vo.given { MatchWhere::Occupation } else { MatchWhere::Title };
            if let Some(f) = by_concept(&occ.term, vo.concept, f64::from(vo.strength), found_in) {
                Match::keep_best(&mut found, f);
            }
        }
        if let (Some(code), Some(id)) = (v.occupation_code.as_deref(), occ.term.given.id.as_deref()) {
            if code == id {
                Match::keep_best(&mut found, Match::whole(STRENGTH_EXACT, MatchHow::Id, MatchWhere::Occupation));
            }
        }
        if let Some(mut f) = from_hit(q.title_hits[q.occupation_owner(k)], MatchWhere::Title) {
            // A synonym (of the concept the person named) inside the title of a vacancy that is
            // another known occupation is weaker evidence: ESCO shares some labels.
            let synonym = q.title_hits[q.occupation_owner(k)].is_some_and(|h| h.origin == Origin::Synonym);
            let named = occ.term.best_concept().map(|c| c.concept);
            let other_occupation = !v.occupations.is_empty() && v.occupations.iter().all(|o| Some(o.concept) != named);
            if synonym && other_occupation {
                f.strength = f.strength.min(STRENGTH_SYNONYM_IN_OTHER_TITLE);
            }
            Match::keep_best(&mut found, f);
        }
        if let Some(mut f) = from_hit(q.description_hits[q.occupation_owner(k)], MatchWhere::Description) {
            f.strength *= OCCUPATION_IN_DESCRIPTION_FACTOR;
            Match::keep_best(&mut found, f);
        }
        // A vacancy known only to be in a group (an ISCO unit group, say) fits a specific
        // occupation less, whatever its title says (its concept match counted this already).
        if let Some(f) = found.as_mut().filter(|f| f.found_in != MatchWhere::Occupation) {
            if !v.occupations.is_empty() && v.occupations.iter().all(|o| o.given && taxonomy.is_group(o.concept)) {
                f.strength *= GROUP_CONCEPT_FACTOR;
            }
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
        let term = &q.occupations[k].term;
        e.occupation = Some(OccupationMatch {
            profile_occupation: term.given.display().to_owned(),
            past_job: q.occupations[k].past_job,
            how: found.how,
            found_in: found.found_in,
            strength: percent(found.strength),
            words: words(term, &found),
        });
    }
    Outcome::graded(found.strength)
}
