//! The skills and occupation factors, stated in the rule set's own numbers: each test ranks one
//! vacancy for a profile that uses one factor, so that factor's points are 100 × its fraction
//! (rounded), and says which constants of [`crate::rules`] that fraction is made of. Without a
//! taxonomy every word weighs the same, which keeps the shares simple.

use crate::explain::{Factor, MatchHow};
use crate::rules::*;
use crate::{Concept, ConceptKind, Engine, Profile, ProfileSkill, RankOptions, TermRef, Vacancy, VacancySkill};

fn points(engine: &Engine, profile: &Profile, factor: Factor) -> u32 {
    let results = engine.rank(profile, &RankOptions::default()).unwrap();
    let part = results[0].explanation.parts.iter().find(|p| p.factor == factor).unwrap();
    assert_eq!(part.max_points, 100, "only this factor counts");
    part.points
}

fn percent(fraction: f64) -> u32 {
    (100.0 * fraction).round() as u32
}

fn vacancy(title: &str, required: &[&str], optional: &[&str]) -> Vacancy {
    let skills = required.iter().map(|s| VacancySkill::required(s)).chain(optional.iter().map(|s| VacancySkill::optional(s))).collect();
    Vacancy { id: "v".into(), title: title.into(), skills, ..Default::default() }
}

fn engine(v: Vacancy, taxonomy: &[Concept]) -> Engine {
    Engine::with_vacancies(vec![v], taxonomy, &[]).unwrap()
}

fn skills(list: &[&str]) -> Profile {
    Profile { skills: list.iter().map(|s| ProfileSkill::label(s)).collect(), ..Default::default() }
}

fn seeking(occupation: &str) -> Profile {
    Profile { desired_occupations: vec![TermRef::label(occupation)], ..Default::default() }
}

#[test]
fn listed_skills_weigh_required_against_optional() {
    let e = engine(vacancy("Magazijn", &["heftruck"], &["orderpicken"]), &[]);
    let expected = REQUIRED_SKILL_WEIGHT * STRENGTH_EXACT / (REQUIRED_SKILL_WEIGHT + OPTIONAL_SKILL_WEIGHT);
    assert_eq!(points(&e, &skills(&["heftruck"]), Factor::Skills), percent(expected));
    let expected = OPTIONAL_SKILL_WEIGHT * STRENGTH_EXACT / (REQUIRED_SKILL_WEIGHT + OPTIONAL_SKILL_WEIGHT);
    assert_eq!(points(&e, &skills(&["orderpicken"]), Factor::Skills), percent(expected));
}

#[test]
fn a_typo_in_one_of_two_words_costs_that_word_its_typo_strength() {
    let e = engine(vacancy("Magazijn", &["heftruck rijden"], &[]), &[]);
    // Two words of equal weight: one found with a typo, one exact; the typo's strength counts
    // on both sides, for the person's phrase and for the skill's words it covers.
    let share = (STRENGTH_FUZZY + STRENGTH_EXACT) / 2.0;
    let expected = share * share.powf(FIELD_COVERAGE_EXPONENT_SKILL * PARTIAL_CURVE);
    assert_eq!(points(&e, &skills(&["heftruk rijden"]), Factor::Skills), percent(expected));
}

#[test]
fn a_field_that_says_more_costs_its_share_to_the_rules_exponent() {
    // "heftruck" covers one of the skill's two words.
    let e = engine(vacancy("Magazijn", &["heftruck rijden"], &[]), &[]);
    let expected = 0.5f64.powf(FIELD_COVERAGE_EXPONENT_SKILL * PARTIAL_CURVE);
    assert_eq!(points(&e, &skills(&["heftruck"]), Factor::Skills), percent(expected));
    let e = engine(vacancy("Kok restaurant", &[], &[]), &[]);
    let expected = 0.5f64.powf(FIELD_COVERAGE_EXPONENT_OCCUPATION * PARTIAL_CURVE);
    assert_eq!(points(&e, &seeking("kok"), Factor::Occupation), percent(expected));
}

#[test]
fn a_phrase_found_in_part_earns_its_share_curved_and_capped() {
    // One of two words found: a share of one half.
    let e = engine(vacancy("Kok", &[], &[]), &[]);
    assert_eq!(points(&e, &seeking("kok italiaans"), Factor::Occupation), percent(STRENGTH_PARTIAL_MAX * 0.5f64.powf(PARTIAL_CURVE)));
}

#[test]
fn skills_found_in_the_text_count_up_to_the_rules_number() {
    let v = Vacancy { description: Some("Je werkt met de heftruck en doet orderpicken.".into()), ..vacancy("Magazijn", &[], &[]) };
    let e = engine(v, &[]);
    assert_eq!(points(&e, &skills(&["heftruck", "orderpicken", "koken"]), Factor::Skills), percent(2.0 / TEXT_SKILLS_FOR_FULL_CREDIT));
}

#[test]
fn an_occupation_in_the_description_or_from_the_past_counts_less() {
    let v = Vacancy { description: Some("Als heftruckchauffeur laad en los je.".into()), ..vacancy("Medewerker logistiek", &[], &[]) };
    let e = engine(v, &[]);
    assert_eq!(points(&e, &seeking("heftruckchauffeur"), Factor::Occupation), percent(OCCUPATION_IN_DESCRIPTION_FACTOR));
    let e = engine(vacancy("Kok", &[], &[]), &[]);
    let past = Profile { past_job_titles: vec![TermRef::label("kok")], ..Default::default() };
    assert_eq!(points(&e, &past, Factor::Occupation), percent(PAST_JOB_TITLE_FACTOR));
}

#[test]
fn related_concepts_earn_the_related_strength() {
    let concept = |id: &str, label: &str, broader: &[&str]| Concept {
        id: id.into(),
        kind: ConceptKind::Skill,
        label: label.into(),
        broader: broader.iter().map(|b| b.to_string()).collect(),
        ..Default::default()
    };
    let taxonomy = [concept("s:heftruck", "heftruck rijden", &["s:intern"]), concept("s:reachtruck", "reachtruck rijden", &["s:intern"])];
    let e = engine(vacancy("Magazijn", &["heftruck rijden"], &[]), &taxonomy);
    let results = e.rank(&skills(&["reachtruck rijden"]), &RankOptions::default()).unwrap();
    assert_eq!(results[0].explanation.matched_skills[0].how, MatchHow::Related);
    assert_eq!(points(&e, &skills(&["reachtruck rijden"]), Factor::Skills), percent(STRENGTH_RELATED));
}
