//! Insights on small hand-checked cases: what-if, skills that open doors, occupations within
//! reach, and what an employer gains by asking less. (Properties over generated data:
//! tests/properties.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use werkmatch::insight::{InsightOptions, ProfileChange, VacancyChange};
use werkmatch::{Candidate, ConstraintMode, DrivingLicence, HoursRange, Profile, RankOptions};

/// The ids of the good fits of a real ranking (every result scoring at least `good`).
fn good_fits(e: &werkmatch::Engine, p: &Profile, options: &InsightOptions) -> Vec<String> {
    let rank = RankOptions { min_score: options.good_fit, ..options.rank_options() };
    e.rank(p, &rank).unwrap().into_iter().map(|r| r.id).collect()
}

fn forklift(id: &str, postcode: &str) -> werkmatch::Vacancy {
    with_skills(at_postcode(vacancy(id, "Heftruckchauffeur"), postcode), &["heftruck rijden"], &[])
}

#[test]
fn what_if_counts_the_good_fits_of_each_change() {
    // Tilburg (5038) is home; Waalwijk (5141) is about 14 km away, Rotterdam (3011) about 57.
    let e = engine(vec![
        forklift("tilburg", "5038"),
        forklift("waalwijk", "5141"),
        forklift("rotterdam", "3011"),
        with_hours(forklift("fulltime", "5038"), 38.0, 40.0),
        with_licences(forklift("truck", "5038"), &[DrivingLicence::C]),
    ]);
    let mut p = living_at(profile(&["heftruck rijden"]), "5038", Some(10.0));
    p.hours = Some(HoursRange { min: Some(24.0), max: Some(32.0) });
    p.driving_licences = Some(vec![DrivingLicence::B]);
    let mut options = InsightOptions::default();
    options.constraints.driving_licences = ConstraintMode::Filter;
    let w = e.what_if(&p, &options).unwrap();
    assert_eq!(w.now, 1, "only the Tilburg vacancy: {w:?}");
    assert_eq!(good_fits(&e, &p, &options), vec!["tilburg"]);
    let change = |c: ProfileChange| w.changes.iter().find(|x| x.change == c).unwrap_or_else(|| panic!("{c:?} in {w:?}")).clone();
    // The next two distances above 10 km: 15 reaches Waalwijk, 25 no more.
    assert_eq!((change(ProfileChange::Distance { km: 15 }).count, change(ProfileChange::Distance { km: 15 }).more), (2, 1));
    assert_eq!(change(ProfileChange::Distance { km: 25 }).more, 1);
    assert!(w.changes.iter().all(|c| c.change != ProfileChange::Distance { km: 50 }));
    assert_eq!(change(ProfileChange::AnyHours).more, 1, "the full-time one");
    assert_eq!(change(ProfileChange::Licence { licence: DrivingLicence::C }).more, 1, "the truck one");
    assert!(w.changes.windows(2).all(|p| p[0].more >= p[1].more), "most gained first");
}

#[test]
fn the_skill_that_opens_most_doors_comes_first_and_is_checked() {
    // Three warehouse jobs ask a forklift licence (required) besides order picking; one kitchen
    // job asks HACCP. The person can pick orders only.
    let warehouse = |id: &str| with_skills(vacancy(id, "Magazijnmedewerker"), &["heftruck rijden", "orderpicken"], &[]);
    let kitchen = with_skills(vacancy("keuken", "Keukenhulp"), &["HACCP"], &["orderpicken"]);
    let e = engine(vec![warehouse("m1"), warehouse("m2"), warehouse("m3"), kitchen]);
    let p = profile(&["orderpicken"]);
    let doors = e.skills_that_open_doors(&p, &InsightOptions::default()).unwrap();
    assert_eq!(doors[0].label, "heftruck rijden", "{doors:?}");
    assert_eq!(doors[0].id.as_deref(), Some("s:heftruck"));
    assert_eq!((doors[0].more, doors[0].required_in), (3, 3));
    assert_eq!(doors[0].vacancies, vec!["m1", "m2", "m3"]);
    assert_eq!((doors[1].label.as_str(), doors[1].more), ("HACCP", 1));
    // Really: with the skill added, those three are good fits.
    let mut with = p.clone();
    with.skills.push(werkmatch::ProfileSkill::label("heftruck rijden"));
    let now = good_fits(&e, &p, &InsightOptions::default());
    let then = good_fits(&e, &with, &InsightOptions::default());
    for id in &doors[0].vacancies {
        assert!(then.contains(id) && !now.contains(id), "{id}: {now:?} → {then:?}");
    }
}

#[test]
fn occupations_within_reach_count_the_skills_their_vacancies_ask() {
    // The forklift driver's vacancies ask three skills, of which the person has two; the cook's
    // ask two, of which the person has none.
    let mut driver = with_skills(vacancy("d1", "Chauffeur intern transport"), &["heftruck rijden", "orderpicken"], &["Excel"]);
    driver.occupation = Some("o:heftruckchauffeur".into());
    let mut driver2 = with_skills(vacancy("d2", "Heftruckchauffeur"), &["heftruck rijden"], &[]);
    driver2.occupation = Some("o:heftruckchauffeur".into());
    let mut cook = with_skills(vacancy("k1", "Kok"), &["koken", "HACCP"], &[]);
    cook.occupation = Some("o:kok".into());
    let e = engine(vec![driver, driver2, cook]);
    let mut p = profile(&["vorkheftruck", "orderpicken"]);
    p.desired_occupations = vec![werkmatch::TermRef::label("kok")];
    let within = e.occupations_within_reach(&p, &InsightOptions::default()).unwrap();
    assert_eq!(within.len(), 1, "the cook's skills are not the person's: {within:?}");
    let o = &within[0];
    assert_eq!((o.id.as_str(), o.label.as_str()), ("o:heftruckchauffeur", "heftruckchauffeur"));
    assert_eq!((o.covered, o.asked, o.vacancies, o.named), (2, 3, 2, false));
}

#[test]
fn asking_less_shows_which_requirement_keeps_candidates_out() {
    let mut v = with_licences(with_skills(vacancy("job", "Heftruckchauffeur"), &["heftruck rijden", "Excel"], &[]), &[DrivingLicence::C]);
    v.hours = Some(HoursRange { min: Some(36.0), max: Some(40.0) });
    let candidate = |id: &str, skills: &[&str], licences: &[DrivingLicence], hours: (f64, f64)| {
        let mut p = profile(skills);
        p.driving_licences = Some(licences.to_vec());
        p.hours = Some(HoursRange { min: Some(hours.0), max: Some(hours.1) });
        Candidate { id: id.into(), profile: p }
    };
    let candidates = vec![
        candidate("all", &["heftruck rijden", "Excel"], &[DrivingLicence::C], (36.0, 40.0)),
        candidate("no-c", &["heftruck rijden", "Excel"], &[DrivingLicence::B], (36.0, 40.0)),
        candidate("part-time", &["heftruck rijden", "Excel"], &[DrivingLicence::C], (24.0, 30.0)),
        candidate("no-excel", &["heftruck rijden"], &[DrivingLicence::C], (36.0, 40.0)),
    ];
    // "no-excel": skills 1 of 2 required = 0.5 (59 points); Excel optional = 2 of 3 (73 points).
    let mut options = InsightOptions { good_fit: 70, ..Default::default() };
    options.constraints.driving_licences = ConstraintMode::Filter;
    let less = e_asking_less(&v, &candidates, &options);
    assert_eq!(less.now, 1, "{less:?}");
    let change = |c: VacancyChange| less.changes.iter().find(|x| x.change == c).unwrap_or_else(|| panic!("{c:?} in {less:?}")).clone();
    assert_eq!(change(VacancyChange::WithoutLicence { licence: DrivingLicence::C }).candidates, vec!["no-c"]);
    assert_eq!(change(VacancyChange::FlexibleHours { hours: 8 }).candidates, vec!["part-time"]);
    assert_eq!(change(VacancyChange::SkillOptional { label: "Excel".into() }).candidates, vec!["no-excel"]);
    assert_eq!(change(VacancyChange::SkillOptional { label: "heftruck rijden".into() }).more, 0);
}

fn e_asking_less(v: &werkmatch::Vacancy, candidates: &[Candidate], options: &InsightOptions) -> werkmatch::insight::AskingLess {
    engine(vec![]).asking_less(v, candidates, options).unwrap()
}

#[test]
fn insight_options_out_of_range_name_the_field() {
    let e = engine(vec![forklift("a", "5038")]);
    let err = e.what_if(&profile(&["x"]), &InsightOptions { good_fit: 0, ..Default::default() }).unwrap_err();
    assert_eq!((err.record.as_str(), err.field.as_str()), ("options", "goodFit"), "{err}");
    let err = e.skills_that_open_doors(&profile(&["x"]), &InsightOptions { max: 21, ..Default::default() }).unwrap_err();
    assert_eq!(err.field, "max");
}
