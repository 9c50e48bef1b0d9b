//! Table-driven scenarios of the matching rules, through the public Rust API.

mod common;

use common::*;
use werkmatch::explain::{Factor, MatchHow, MatchWhere, PartStatus, SkillsRoute};
use werkmatch::{ConstraintMode, DrivingLicence, HoursRange, Profile, RankOptions, TermRef, WorkCondition};

fn forklift_profile() -> Profile {
    living_at(profile(&["heftruckcertificaat", "orderpicken"]), "5038", Some(25.0))
}

#[test]
fn forklift_driver_ranks_warehouse_job_above_office_job() {
    // Waalwijk is about 14 km from Tilburg.
    let warehouse = at_postcode(with_skills(vacancy("w1", "Magazijnmedewerker"), &["heftruck rijden", "orderpicken"], &[]), "5141");
    let office =
        at_postcode(with_skills(vacancy("o1", "Administratief medewerker"), &["Excel", "financiële administratie"], &["Word"]), "5038");
    let e = engine(vec![office, warehouse]);
    let results = rank(&e, &forklift_profile());
    assert_eq!(ids(&results), vec!["w1", "o1"]);
    let w = find(&results, "w1");
    assert_eq!(w.explanation.skills_matched, 2);
    assert_eq!(w.explanation.skills_total, 2);
    assert!(w.explanation.missing_skills.is_empty());
    let heftruck = &w.explanation.matched_skills.iter().find(|m| m.profile_skill == "heftruckcertificaat").unwrap();
    assert_eq!(heftruck.how, MatchHow::Synonym, "matched through the taxonomy synonym");
    let km = w.explanation.distance_km.unwrap();
    assert!((13.0..16.0).contains(&km), "{km}");
    let o = find(&results, "o1");
    assert_eq!(o.explanation.skills_matched, 0);
    assert_eq!(o.explanation.missing_skills.len(), 3);
    assert!(o.explanation.missing_skills[0].required && !o.explanation.missing_skills[2].required, "required first");
    assert!(w.score > o.score + 30, "{} vs {}", w.score, o.score);
    assert_adds_up(&results);
}

#[test]
fn missing_required_licence_is_named() {
    let truck = with_licences(vacancy("t1", "Vrachtwagenchauffeur"), &[DrivingLicence::CE, DrivingLicence::Code95]);
    let mut p = profile(&["heftruck rijden"]);
    p.driving_licences = Some(vec![DrivingLicence::B, DrivingLicence::C]);
    let results = rank(&engine(vec![truck]), &p);
    let expl = &results[0].explanation;
    assert_eq!(expl.missing_licences, vec![DrivingLicence::CE, DrivingLicence::Code95]);
    let part = expl.parts.iter().find(|p| p.factor == Factor::DrivingLicences).unwrap();
    assert_eq!((part.status, part.points), (PartStatus::Mismatch, 0));
    // CE covers C and B: nothing is missing for a holder of CE.
    p.driving_licences = Some(vec![DrivingLicence::CE, DrivingLicence::Code95]);
    let results = rank(&engine(vec![with_licences(vacancy("t2", "Chauffeur"), &[DrivingLicence::C, DrivingLicence::B])]), &p);
    assert!(results[0].explanation.missing_licences.is_empty());
}

#[test]
fn typos_and_spelling_variants_still_match() {
    let cases: &[(&str, &str, MatchHow)] = &[
        ("heftruk", "heftruck rijden", MatchHow::Fuzzy),
        ("financiele administratie", "financiële administratie", MatchHow::Label),
        ("Heftruck-Rijden", "heftruck rijden", MatchHow::Label),
        ("orderpicker", "orderpicken", MatchHow::Synonym),
        ("reachtruck", "heftruck rijden", MatchHow::Related),
    ];
    for &(typed, required, how) in cases {
        let e = engine(vec![with_skills(vacancy("v", "Vacature"), &[required], &[])]);
        let results = rank(&e, &profile(&[typed]));
        let m = results[0].explanation.matched_skills.first().unwrap_or_else(|| panic!("{typed} should match {required}"));
        assert_eq!(m.how, how, "{typed} vs {required}");
    }
}

#[test]
fn typos_without_taxonomy_and_no_false_friends() {
    let e = engine_without_taxonomy(vec![
        with_skills(vacancy("a", "Heftruckchauffeur"), &["heftruck"], &[]),
        with_skills(vacancy("b", "Dakdekker"), &["kap"], &[]),
    ]);
    let results = rank(&e, &profile(&["heftruk"]));
    assert_eq!(find(&results, "a").explanation.matched_skills[0].how, MatchHow::Fuzzy);
    let kok = rank(&e, &profile(&["kok"]));
    assert!(find(&kok, "b").explanation.matched_skills.is_empty(), "kok must not match kap");
}

#[test]
fn compounds_match_split_or_joined() {
    let e = engine_without_taxonomy(vec![vacancy("a", "Heftruckchauffeur nachtdienst"), vacancy("b", "Heftruck chauffeur")]);
    let p = Profile { desired_occupations: vec![TermRef::label("heftruck chauffeur")], ..Default::default() };
    let results = rank(&e, &p);
    let occupation = |id: &str| find(&results, id).explanation.occupation.clone().unwrap_or_else(|| panic!("{id}"));
    let (joined, split) = (occupation("a"), occupation("b"));
    assert_eq!((split.strength, split.how, split.found_in), (100, MatchHow::Label, MatchWhere::Title), "{split:?}");
    assert_eq!((joined.how, joined.found_in), (MatchHow::Label, MatchWhere::Title), "the words joined as one compound: {joined:?}");
    assert!(joined.words.is_empty(), "all the person's words were found: {joined:?}");
    // The title says more ("nachtdienst"), so it fits a little less (rules: field coverage).
    assert!(joined.strength >= 70 && joined.strength < 100, "{joined:?}");
}

#[test]
fn vacancy_without_hours_is_not_excluded_by_hours_filter() {
    let e = engine(vec![
        vacancy("none", "Orderpicker"),
        with_hours(vacancy("fits", "Orderpicker"), 32.0, 40.0),
        with_hours(vacancy("short", "Orderpicker"), 8.0, 12.0),
    ]);
    let mut p = profile(&["orderpicken"]);
    p.hours = Some(HoursRange { min: Some(32.0), max: Some(38.0) });
    let results = rank(&e, &p);
    assert_eq!(ids(&results), vec!["fits", "none"], "8–12 h is filtered out, unknown hours stay");
    let none = find(&results, "none");
    let part = none.explanation.parts.iter().find(|p| p.factor == Factor::Hours).unwrap();
    assert_eq!(part.status, PartStatus::Unknown);
    assert!(part.points > 0 && part.points < part.max_points, "unknown earns partial credit: {part:?}");
    // As a soft factor, the short job stays, below the others.
    let options =
        RankOptions { constraints: werkmatch::ConstraintModes { hours: ConstraintMode::Soft, ..Default::default() }, ..Default::default() };
    let soft = e.rank(&p, &options).unwrap();
    assert_eq!(ids(&soft), vec!["fits", "none", "short"]);
}

#[test]
fn distance_filter_keeps_unknown_and_remote_locations() {
    let mut remote = vacancy("remote", "Klantenservice medewerker");
    remote.location = Some(werkmatch::Location { remote: true, ..Default::default() });
    let e = engine(vec![
        at_postcode(vacancy("near", "Orderpicker"), "5141"),
        at_postcode(vacancy("far", "Orderpicker"), "1012"),
        at_postcode(vacancy("unknown-pc", "Orderpicker"), "9999"),
        vacancy("no-location", "Orderpicker"),
        remote,
    ]);
    let results = rank(&e, &living_at(profile(&["orderpicken"]), "5038 AB", Some(20.0)));
    let mut got = ids(&results);
    got.sort();
    assert_eq!(got, vec!["near", "no-location", "remote", "unknown-pc"], "Amsterdam is beyond 20 km");
    assert!(find(&results, "remote").explanation.remote);
    let unknown = find(&results, "unknown-pc");
    assert_eq!(unknown.explanation.distance_km, None);
    assert_eq!(unknown.explanation.parts.iter().find(|p| p.factor == Factor::Distance).unwrap().status, PartStatus::Unknown);
}

#[test]
fn work_conditions_the_person_cannot_take_exclude() {
    let mut night = vacancy("night", "Orderpicker nachtdienst");
    night.work_conditions = Some(vec![WorkCondition::NightShifts, WorkCondition::HeavyLifting]);
    let mut day = vacancy("day", "Orderpicker dagdienst");
    day.work_conditions = Some(vec![WorkCondition::Standing]);
    let unknown = vacancy("unknown", "Orderpicker");
    let e = engine(vec![night, day, unknown]);
    let mut p = profile(&["orderpicken"]);
    p.avoid_conditions = vec![WorkCondition::NightShifts];
    assert_eq!(ids(&rank(&e, &p)), vec!["day", "unknown"]);
    let options = RankOptions {
        constraints: werkmatch::ConstraintModes { work_conditions: ConstraintMode::Soft, ..Default::default() },
        ..Default::default()
    };
    let soft = e.rank(&p, &options).unwrap();
    assert_eq!(find(&soft, "night").explanation.conflicting_conditions, vec![WorkCondition::NightShifts]);
    assert_eq!(ids(&soft).last(), Some(&"night"));
}

#[test]
fn explanations_add_up_for_every_profile_shape() {
    let e = engine(vec![
        at_postcode(
            with_hours(with_skills(vacancy("a", "Heftruckchauffeur"), &["heftruck rijden"], &["reachtruck rijden", "VCA"]), 24.0, 40.0),
            "5141",
        ),
        at_postcode(vacancy("b", "Kok"), "3011"),
        with_licences(vacancy("c", "Bezorger"), &[DrivingLicence::B]),
        vacancy("d", "Administratief medewerker crediteuren"),
    ]);
    let mut full = living_at(profile(&["heftruk", "koken", "Excel"]), "5038", Some(80.0));
    full.hours = Some(HoursRange { min: Some(20.0), max: None });
    full.education_level = Some(2);
    full.driving_licences = Some(vec![]);
    full.desired_occupations = vec![TermRef::label("kok")];
    full.past_job_titles = vec![TermRef::label("administratief medewerker")];
    full.avoid_conditions = vec![WorkCondition::Noisy];
    full.banenafspraak = true;
    for p in [Profile::default(), profile(&["orderpicken"]), full] {
        let results = rank(&e, &p);
        assert_eq!(results.len(), 4);
        assert_adds_up(&results);
        let max_total: u32 = results[0].explanation.parts.iter().map(|p| p.max_points).sum();
        let used = results[0].explanation.parts.iter().any(|p| p.status != PartStatus::NotUsed);
        assert_eq!(max_total, if used { 100 } else { 0 });
    }
}

#[test]
fn text_route_finds_skills_in_title_and_description() {
    let mut v = vacancy("t", "Heftruckchauffeur");
    v.description = Some("<p>Je werkt in ons magazijn op een heftruck. Ervaring met <b>orderpicken</b> is een pré.</p>".into());
    let e = engine(vec![v, vacancy("x", "Kapper")]);
    let results = rank(&e, &profile(&["heftruckcertificaat", "orderpicken", "koken"]));
    let t = find(&results, "t");
    assert_eq!(t.explanation.skills_route, SkillsRoute::Text);
    assert_eq!((t.explanation.skills_matched, t.explanation.skills_total), (2, 3));
    let wheres: Vec<_> = t.explanation.matched_skills.iter().map(|m| (m.profile_skill.as_str(), m.found_in)).collect();
    assert!(wheres.contains(&("heftruckcertificaat", MatchWhere::Description)), "{wheres:?}");
    assert!(wheres.contains(&("orderpicken", MatchWhere::Description)), "{wheres:?}");
    assert!(find(&results, "x").score < t.score);
}

#[test]
fn occupations_match_by_synonym_and_related_concept() {
    let mut given = vacancy("given", "Medewerker intern transport");
    given.occupation = Some("o:reachtruckchauffeur".into());
    let e = engine(vec![vacancy("title", "Heftruckbestuurder (32 uur)"), given, vacancy("other", "Kok")]);
    let p = Profile { desired_occupations: vec![TermRef::label("heftruckchauffeur")], ..Default::default() };
    let results = rank(&e, &p);
    assert_eq!(ids(&results), vec!["title", "given", "other"]);
    let title = find(&results, "title").explanation.occupation.clone().unwrap();
    assert_eq!((title.how, title.found_in), (MatchHow::Label, MatchWhere::Title));
    let given = find(&results, "given").explanation.occupation.clone().unwrap();
    assert_eq!((given.how, given.found_in, given.strength), (MatchHow::Related, MatchWhere::Occupation, 50));
    assert_eq!(find(&results, "other").explanation.occupation, None);
}

#[test]
fn past_job_titles_count_less_than_desired_occupations() {
    let e = engine(vec![vacancy("a", "Kok"), vacancy("b", "Administratief medewerker")]);
    let p = Profile {
        desired_occupations: vec![TermRef::label("kok")],
        past_job_titles: vec![TermRef::label("administratief medewerker")],
        ..Default::default()
    };
    let results = rank(&e, &p);
    assert_eq!(ids(&results), vec!["a", "b"]);
    assert_eq!(find(&results, "b").explanation.occupation.as_ref().unwrap().strength, 80);
}

#[test]
fn education_with_equivalent_experience_earns_partial_credit() {
    let mut strict = vacancy("strict", "Boekhouder");
    strict.education = Some(werkmatch::Education { level: 4, or_equivalent_experience: false });
    let mut flexible = vacancy("flexible", "Boekhouder");
    flexible.education = Some(werkmatch::Education { level: 4, or_equivalent_experience: true });
    let e = engine(vec![strict, flexible, vacancy("none", "Boekhouder")]);
    let mut p = profile(&["boekhouden"]);
    p.education_level = Some(2);
    let results = rank(&e, &p);
    let part = |id: &str| *find(&results, id).explanation.parts.iter().find(|p| p.factor == Factor::Education).unwrap();
    // Two levels short still earns part of the points, so it is shown as met in part (not
    // "past niet" beside points earned), with fewer points than equivalent experience.
    assert_eq!(part("strict").status, PartStatus::Partial);
    assert_eq!(part("flexible").status, PartStatus::Partial);
    assert!(0 < part("strict").points && part("strict").points < part("flexible").points, "{:?} {:?}", part("strict"), part("flexible"));
    assert_eq!(part("none").status, PartStatus::NotRequired);
    assert_eq!(ids(&results), vec!["none", "flexible", "strict"]);
    // As a filter, a level too low still excludes.
    let mut options = werkmatch::RankOptions::default();
    options.constraints.education = werkmatch::ConstraintMode::Filter;
    assert_eq!(ids(&e.rank(&p, &options).unwrap()), vec!["none", "flexible"]);
}

#[test]
fn a_language_requirement_met_in_part_is_shown_as_met_in_part() {
    // A vacancy asks Dutch and English; the person has Dutch only: 1 of 2, "past voor een deel"
    // with half the points, never "past niet" beside points earned. As a filter it excludes.
    let language = |code: &str, level| werkmatch::LanguageRequirement { language: code.into(), level };
    let mut both = vacancy("both", "Receptionist");
    both.languages = vec![language("nl", werkmatch::CefrLevel::B1), language("en", werkmatch::CefrLevel::B2)];
    let mut dutch = vacancy("dutch", "Receptionist");
    dutch.languages = vec![language("nl", werkmatch::CefrLevel::B1)];
    let e = engine(vec![both, dutch]);
    let mut p = profile(&["receptie"]);
    p.languages = Some(vec![language("nl", werkmatch::CefrLevel::C1)]);
    let results = rank(&e, &p);
    let part = |id: &str| *find(&results, id).explanation.parts.iter().find(|p| p.factor == Factor::Languages).unwrap();
    assert_eq!(part("both").status, PartStatus::Partial);
    assert_eq!(part("both").points * 2, part("both").max_points, "{:?}", part("both"));
    assert_eq!(find(&results, "both").explanation.missing_languages, vec![language("en", werkmatch::CefrLevel::B2)]);
    assert_eq!(part("dutch").status, PartStatus::Match);
    let mut options = werkmatch::RankOptions::default();
    options.constraints.languages = werkmatch::ConstraintMode::Filter;
    assert_eq!(ids(&e.rank(&p, &options).unwrap()), vec!["dutch"]);
}

#[test]
fn banenafspraak_prefers_inclusive_vacancies() {
    let mut inclusive = vacancy("incl", "Schoonmaker");
    inclusive.inclusive = Some(werkmatch::InclusiveHiring { banenafspraak: true, job_coach: true, ..Default::default() });
    let e = engine(vec![vacancy("plain", "Schoonmaker"), inclusive]);
    let mut p = profile(&["schoonmaken"]);
    assert_eq!(rank(&e, &p)[0].score, rank(&e, &p)[1].score, "without the target group both are equal");
    p.banenafspraak = true;
    assert_eq!(ids(&rank(&e, &p)), vec!["incl", "plain"]);
}

#[test]
fn ties_are_broken_by_id_and_ranking_is_deterministic() {
    let e = engine(vec![vacancy("c", "Schoonmaker"), vacancy("a", "Schoonmaker"), vacancy("b", "Schoonmaker")]);
    let p = profile(&["schoonmaken"]);
    let first = rank(&e, &p);
    assert_eq!(ids(&first), vec!["a", "b", "c"]);
    for _ in 0..3 {
        assert_eq!(rank(&e, &p), first);
    }
}

#[test]
fn options_limit_expiry_contract_and_min_score() {
    let mut old = vacancy("old", "Orderpicker");
    old.valid_through = Some("2026-01-31".into());
    let mut agency = vacancy("agency", "Orderpicker");
    agency.contract_type = Some(werkmatch::ContractType::Agency);
    let mut permanent = vacancy("perm", "Orderpicker");
    permanent.contract_type = Some(werkmatch::ContractType::Permanent);
    let e = engine(vec![old, agency, permanent, vacancy("kapper", "Kapper")]);
    let p = profile(&["orderpicken"]);
    let all = e.rank(&p, &RankOptions::default()).unwrap();
    assert_eq!(all.len(), 4);
    let today = RankOptions { today: Some("2026-11-23".into()), ..Default::default() };
    assert!(!ids(&e.rank(&p, &today).unwrap()).contains(&"old"));
    let only_permanent = RankOptions { contract_types: vec![werkmatch::ContractType::Permanent], ..Default::default() };
    assert!(!ids(&e.rank(&p, &only_permanent).unwrap()).contains(&"agency"), "unknown contract types stay");
    let limited = RankOptions { limit: 2, ..Default::default() };
    assert_eq!(e.rank(&p, &limited).unwrap().len(), 2);
    let min = RankOptions { min_score: all[3].score + 1, ..Default::default() };
    assert_eq!(e.rank(&p, &min).unwrap().len(), 3, "the kapper job scores lowest");
    assert!(all.iter().all(|r| r.rules == werkmatch::rules::RULESET_VERSION));
}

#[test]
fn a_related_skill_lends_partial_credit_to_one_vacancy_skill_only() {
    // "intern transport" is broader than both heftruck and reachtruck rijden.
    let e = engine(vec![with_skills(vacancy("v", "Magazijn"), &["heftruck rijden", "reachtruck rijden"], &[])]);
    let results = rank(&e, &profile(&["intern transport"]));
    let expl = &results[0].explanation;
    assert_eq!(expl.matched_skills.len(), 1, "{:?}", expl.matched_skills);
    assert_eq!(expl.matched_skills[0].how, MatchHow::Related);
    assert_eq!(expl.missing_skills.len(), 1);
    // Two related profile skills may cover two vacancy skills.
    let two = rank(&e, &profile(&["intern transport", "reachtruckcertificaat"]));
    assert_eq!(two[0].explanation.matched_skills.len(), 2);
}

#[test]
fn a_typo_equally_close_to_two_labels_prefers_a_preferred_label() {
    use werkmatch::ConceptKind::Skill;
    let concepts = vec![concept("s:tuinbouw", Skill, "tuinbouw", &["kaswerk"], &[]), concept("s:kassa", Skill, "kassawerk", &[], &[])];
    let e =
        werkmatch::Engine::with_vacancies(vec![with_skills(vacancy("v", "Kassamedewerker"), &["kassawerk"], &[])], &concepts, &[]).unwrap();
    let results = e.rank(&profile(&["kasawerk"]), &RankOptions::default()).unwrap();
    assert_eq!(results[0].explanation.matched_skills[0].how, MatchHow::Fuzzy, "{:?}", results[0].explanation);
}

#[test]
fn a_desired_occupation_in_the_description_counts_half() {
    let mut v = vacancy("d", "Medewerker logistiek");
    v.description = Some("Als heftruckchauffeur laad en los je vrachtwagens.".into());
    let e = engine_without_taxonomy(vec![v, vacancy("t", "Heftruckchauffeur"), vacancy("x", "Kapper")]);
    let p = Profile { desired_occupations: vec![TermRef::label("heftruckchauffeur")], ..Default::default() };
    let results = rank(&e, &p);
    assert_eq!(ids(&results), vec!["t", "d", "x"]);
    let d = find(&results, "d").explanation.occupation.clone().unwrap();
    assert_eq!((d.found_in, d.strength), (MatchWhere::Description, 50));
}

#[test]
fn skills_named_in_text_are_found_once_when_vacancies_are_added() {
    // "vorkheftruck" is a synonym of "heftruck rijden"; the person typed another synonym.
    let mut v = vacancy("v", "Medewerker expeditie");
    v.description = Some("Je rijdt dagelijks op een vorkheftruck en helpt bij het laden.".into());
    let taxonomy = werkmatch::taxonomy::Taxonomy::new(&taxonomy(), &Default::default()).unwrap();
    let mut vocab = werkmatch::vocab::Vocab::default();
    let mut titled = vacancy("t", "Orderpicker");
    titled.description = Some("Ervaring met orderpicken en een heftruckcertificaat.".into());
    let prepared = werkmatch::prepared::PreparedVacancy::new(titled, &mut vocab, &taxonomy, &Default::default());
    let found: Vec<(String, bool)> =
        prepared.text_skills.iter().map(|f| (taxonomy.get(f.concept).unwrap().concept.id.clone(), f.in_title)).collect();
    assert_eq!(found, vec![("s:orderpicken".to_string(), true), ("s:heftruck".to_string(), false)], "title first, each once");
    let e = engine(vec![v]);
    let results = rank(&e, &profile(&["heftruckrijbewijs"]));
    let m = &results[0].explanation.matched_skills[0];
    assert_eq!((m.how, m.found_in, m.strength), (MatchHow::Synonym, MatchWhere::Description, 100));
}
