//! Properties of the ranking, over generated vacancies and profiles (proptest): determinism,
//! scores in 0–100 that are the sum of their parts, independence from unrelated vacancies,
//! monotonicity in skills, constraints that never add exclusions when removed, and answers
//! that never depend on earlier queries or loads (the engine caches word expansions).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use proptest::prelude::*;
use werkmatch::insight::{InsightOptions, ProfileChange};
use werkmatch::{
    CefrLevel, ConstraintMode, ConstraintModes, DrivingLicence, Engine, HoursRange, LanguageRequirement, PartStatus, Profile, RankOptions,
    Vacancy, WorkCondition,
};

fn language(code: &str, level: CefrLevel) -> LanguageRequirement {
    LanguageRequirement { language: code.into(), level }
}

const WORDS: &[&str] = &[
    "heftruck",
    "orderpicken",
    "magazijn",
    "kassa",
    "koken",
    "schoonmaken",
    "verzorging",
    "excel",
    "administratie",
    "heftruckchauffeur",
    "reachtruck",
    "klantcontact",
    "lassen",
    "bestraten",
    "tuin",
    "chauffeur",
    "medewerker",
    "heftruk",
    "financiële",
    "planning",
    "vca",
    "haccp",
    "kok",
    "kap",
    "zorg",
];
const POSTCODES: &[&str] = &["5038", "5141", "1012", "3011", "9999"];

fn phrase() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..3).prop_map(|w| w.join(" "))
}

fn vacancy_strategy() -> impl Strategy<Value = Vacancy> {
    (
        phrase(),
        prop::option::of(prop::collection::vec(phrase(), 0..8).prop_map(|w| w.join(". "))),
        prop::collection::vec((phrase(), any::<bool>()), 0..5),
        prop::option::of(prop::sample::select(POSTCODES)),
        prop::option::of((4u8..30, 0u8..20)),
        prop::option::of(1u8..=8),
        prop::sample::subsequence(vec![DrivingLicence::B, DrivingLicence::CE, DrivingLicence::Code95], 0..2),
        prop::option::of(prop::sample::subsequence(vec![WorkCondition::NightShifts, WorkCondition::HeavyLifting], 0..2)),
        prop::sample::subsequence(vec![("nl", CefrLevel::B1), ("en", CefrLevel::B2)], 0..=2),
    )
        .prop_map(|(title, description, skills, postcode, hours, education, licences, conditions, languages)| {
            let mut v = vacancy("x", &title);
            v.description = description;
            v.skills =
                skills.into_iter().map(|(label, required)| werkmatch::VacancySkill { id: None, label: Some(label), required }).collect();
            if let Some(pc) = postcode {
                v = at_postcode(v, pc);
            }
            v.hours = hours.map(|(min, extra)| HoursRange { min: Some(f64::from(min)), max: Some(f64::from(min + extra)) });
            v.education = education.map(|level| werkmatch::Education { level, or_equivalent_experience: level % 2 == 0 });
            v.driving_licences = licences;
            v.work_conditions = conditions;
            v.languages = languages.into_iter().map(|(code, level)| language(code, level)).collect();
            v
        })
}

fn vacancies_strategy() -> impl Strategy<Value = Vec<Vacancy>> {
    prop::collection::vec(vacancy_strategy(), 1..12).prop_map(|vs| {
        vs.into_iter()
            .enumerate()
            .map(|(i, mut v)| {
                v.id = format!("v{i:02}");
                v
            })
            .collect()
    })
}

fn profile_strategy() -> impl Strategy<Value = Profile> {
    (
        prop::collection::vec(phrase(), 1..5),
        prop::collection::vec(phrase(), 0..2),
        prop::option::of((prop::sample::select(POSTCODES), prop::option::of(5u16..80))),
        prop::option::of((8u8..30, 0u8..20)),
        prop::option::of(1u8..=8),
        prop::option::of(prop::sample::subsequence(vec![DrivingLicence::B, DrivingLicence::CE], 0..2)),
        prop::sample::subsequence(vec![WorkCondition::NightShifts, WorkCondition::HeavyLifting], 0..2),
        any::<bool>(),
        prop::option::of(prop::sample::subsequence(vec![("nl", CefrLevel::B2), ("en", CefrLevel::A2)], 0..=2)),
    )
        .prop_map(|(skills, occupations, place, hours, education, licences, avoid, banenafspraak, languages)| {
            let mut p = profile(&skills.iter().map(String::as_str).collect::<Vec<_>>());
            p.desired_occupations = occupations.iter().map(|o| werkmatch::TermRef::label(o.as_str())).collect();
            if let Some((pc, max)) = place {
                p = living_at(p, pc, max.map(f64::from));
            }
            p.hours = hours.map(|(min, extra)| HoursRange { min: Some(f64::from(min)), max: Some(f64::from(min + extra)) });
            p.education_level = education;
            p.driving_licences = licences;
            p.avoid_conditions = avoid;
            p.banenafspraak = banenafspraak;
            p.languages = languages.map(|held| held.into_iter().map(|(code, level)| language(code, level)).collect());
            p
        })
}

fn all(limit: u32) -> RankOptions {
    RankOptions { limit, ..Default::default() }
}

fn scores(e: &Engine, p: &Profile) -> std::collections::BTreeMap<String, u32> {
    e.rank(p, &all(1000)).unwrap().into_iter().map(|r| (r.id, r.score)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn ranking_is_deterministic_and_explanations_add_up(vs in vacancies_strategy(), p in profile_strategy()) {
        let e = engine(vs.clone());
        let first = e.rank(&p, &all(1000)).unwrap();
        prop_assert_eq!(&first, &engine(vs).rank(&p, &all(1000)).unwrap());
        assert_adds_up(&first);
        for pair in first.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score);
        }
    }

    #[test]
    fn a_short_list_is_the_head_of_the_long_one(
        vs in vacancies_strategy(), others in prop::collection::vec(vacancy_strategy(), 0..8), p in profile_strategy(),
        limit in 1u32..6, min_score in 0u32..60,
    ) {
        // A ranking leaves out vacancies that none of the profile's words or concepts reach
        // once those it keeps score more than they can (see `TopK::could_keep`): the answer
        // must be the one of scoring them all. `others` share no word with any profile.
        let unrelated = others.into_iter().enumerate().map(|(i, v)| Vacancy {
            id: format!("w{i:02}"),
            title: ["Notaris", "Piloot", "Bakker"][i % 3].into(),
            description: None,
            skills: Vec::new(),
            ..v
        });
        let e = engine(vs.into_iter().chain(unrelated).collect());
        let long = e.rank(&p, &RankOptions { limit: 1000, min_score, ..Default::default() }).unwrap();
        let short = e.rank(&p, &RankOptions { limit, min_score, ..Default::default() }).unwrap();
        prop_assert_eq!(&short[..], &long[..long.len().min(limit as usize)]);
    }

    #[test]
    fn a_distance_reaching_few_vacancies_gives_the_answer_of_scoring_them_all(
        vs in vacancies_strategy(), far in prop::collection::vec(vacancy_strategy(), 40..48), p in profile_strategy(),
        home in prop::sample::select(POSTCODES), max in 5u16..80, limit in 1u32..6,
    ) {
        // With a travel distance that reaches few of the vacancies, a ranking reads those
        // instead of merging postings, and leaves out those whose listed skills cannot beat
        // the kept ones (`score::ceiling`). Its answer must be the head of scoring every
        // vacancy with the distance as a soft constraint, less those out of reach.
        let far = far.into_iter().enumerate().map(|(i, v)| at_point(Vacancy { id: format!("f{i:02}"), ..v }, 40.4, -3.7));
        let e = engine(vs.into_iter().chain(far).collect());
        let p = living_at(p, home, Some(f64::from(max)));
        let soft = RankOptions { limit: 1000, constraints: ConstraintModes { distance: ConstraintMode::Soft, ..Default::default() }, ..Default::default() };
        let in_reach: Vec<_> = e
            .rank(&p, &soft)
            .unwrap()
            .into_iter()
            .filter(|r| r.explanation.parts.iter().all(|part| part.factor != werkmatch::explain::Factor::Distance || part.status != PartStatus::Mismatch))
            .collect();
        let filtered = e.rank(&p, &RankOptions { limit, ..Default::default() }).unwrap();
        prop_assert_eq!(&filtered[..], &in_reach[..in_reach.len().min(limit as usize)]);
    }

    #[test]
    fn earlier_queries_and_loads_never_change_an_answer(vs in vacancies_strategy(), p in profile_strategy(), other in profile_strategy(), extra in vacancy_strategy()) {
        // The engine keeps word expansions from query to query; they must never show.
        let mut e = engine(vs.clone());
        e.rank(&other, &all(1000)).unwrap();
        let again = e.rank(&p, &all(1000)).unwrap();
        prop_assert_eq!(&again, &engine(vs.clone()).rank(&p, &all(1000)).unwrap());
        let extra = Vacancy { id: "zz-extra".into(), ..extra };
        e.add_vacancies(vec![extra.clone()]).unwrap();
        let mut grown = vs;
        grown.push(extra);
        prop_assert_eq!(e.rank(&p, &all(1000)).unwrap(), engine(grown).rank(&p, &all(1000)).unwrap());
    }

    #[test]
    fn the_distance_filter_keeps_exactly_the_vacancies_within_reach(
        lat in -80f64..80.0, lon in -180f64..180.0, dlat in -3f64..3.0, dlon in -4f64..4.0, max in 1u16..400, near in proptest::bool::ANY,
    ) {
        // The ranking visits only the grid cells the distance reaches and rules vacancies out
        // by latitude alone before any trigonometry; the answer must be the great-circle
        // distance's, also right at the edge, near the poles and across the antimeridian.
        let (dlat, dlon) = if near { (dlat / 6.0, dlon / 8.0) } else { (dlat, dlon) };
        let wrap = |lon: f64| if lon > 180.0 { lon - 360.0 } else if lon < -180.0 { lon + 360.0 } else { lon };
        let home = werkmatch::geo::Point { lat, lon };
        let there = werkmatch::geo::Point { lat: (lat + dlat).clamp(-90.0, 90.0), lon: wrap(lon + dlon) };
        let e = engine(vec![at_point(vacancy("v", "Kok"), there.lat, there.lon)]);
        let mut p = profile(&["koken"]);
        p.location = Some(werkmatch::ProfileLocation { lat: Some(home.lat), lon: Some(home.lon), ..Default::default() });
        p.max_distance_km = Some(f64::from(max));
        let kept = !e.rank(&p, &all(10)).unwrap().is_empty();
        prop_assert_eq!(kept, werkmatch::geo::distance_km(home, there) <= f64::from(max));
    }

    #[test]
    fn an_unrelated_vacancy_never_changes_other_scores(vs in vacancies_strategy(), p in profile_strategy(), extra in vacancy_strategy()) {
        let before = scores(&engine(vs.clone()), &p);
        let mut with_extra = vs;
        with_extra.push(Vacancy { id: "zz-extra".into(), ..extra });
        let mut after = scores(&engine(with_extra), &p);
        after.remove("zz-extra");
        prop_assert_eq!(before, after);
    }

    #[test]
    fn adding_a_skill_never_lowers_a_score(vs in vacancies_strategy(), p in profile_strategy(), skill in phrase()) {
        let e = engine(vs);
        let before = scores(&e, &p);
        let mut more = p.clone();
        more.skills.push(werkmatch::ProfileSkill::label(&skill));
        let after = scores(&e, &more);
        for (id, score) in &before {
            prop_assert!(after.get(id).is_some_and(|s| s >= score), "{} fell from {} to {:?} after adding {}", id, score, after.get(id), skill);
        }
    }

    #[test]
    fn removing_a_constraint_never_removes_a_result(vs in vacancies_strategy(), p in profile_strategy(), which in 0usize..6) {
        let e = engine(vs);
        let strict = e.rank(&p, &all(1000)).unwrap();
        let mut modes = ConstraintModes::default();
        let slot = [&mut modes.distance, &mut modes.hours, &mut modes.education, &mut modes.driving_licences, &mut modes.languages, &mut modes.work_conditions];
        for (i, mode) in slot.into_iter().enumerate() {
            if i == which {
                *mode = ConstraintMode::Off;
            }
        }
        let relaxed = e.rank(&p, &RankOptions { limit: 1000, constraints: modes, ..Default::default() }).unwrap();
        for r in &strict {
            prop_assert!(relaxed.iter().any(|x| x.id == r.id), "{} disappeared", r.id);
        }
    }

    #[test]
    fn a_what_if_count_equals_a_ranking_with_the_changed_profile(vs in vacancies_strategy(), p in profile_strategy(), good in 20u32..90) {
        let e = engine(vs);
        let options = InsightOptions { good_fit: good, ..Default::default() };
        let w = e.what_if(&p, &options).unwrap();
        let now = good_ids(&e, &p, &options);
        prop_assert_eq!(w.now as usize, now.len());
        for c in &w.changes {
            let mut changed = p.clone();
            let mut changed_options = options.clone();
            match &c.change {
                ProfileChange::Distance { km } => changed.max_distance_km = Some(f64::from(*km)),
                ProfileChange::AnyHours => changed.hours = Some(HoursRange { min: Some(0.0), max: Some(168.0) }),
                ProfileChange::AnyContractType => changed_options.contract_types.clear(),
                ProfileChange::Licence { licence } => changed.driving_licences.get_or_insert_with(Vec::new).push(*licence),
            }
            let with = good_ids(&e, &changed, &changed_options);
            prop_assert_eq!(c.count as usize, with.len(), "{:?}", c);
            prop_assert_eq!(c.more as usize, with.iter().filter(|id| !now.contains(id)).count(), "{:?}", c);
        }
    }

    #[test]
    fn a_door_skill_opens_exactly_the_doors_it_promises(vs in vacancies_strategy(), p in profile_strategy(), good in 20u32..90) {
        let e = engine(vs);
        let options = InsightOptions { good_fit: good, ..Default::default() };
        let now = good_ids(&e, &p, &options);
        for door in e.skills_that_open_doors(&p, &options).unwrap() {
            let mut with = p.clone();
            with.skills.push(werkmatch::ProfileSkill { id: door.id.clone(), label: Some(door.label.clone()), ..Default::default() });
            let gained: Vec<String> = good_ids(&e, &with, &options).into_iter().filter(|id| !now.contains(id)).collect();
            prop_assert!(door.more > 0);
            prop_assert_eq!(door.more as usize, gained.len(), "{:?}", door);
            let mut promised = door.vacancies.clone();
            promised.sort();
            let mut really = gained.clone();
            really.sort();
            prop_assert_eq!(promised, really);
        }
    }
}

/// The ids of the good fits of a real ranking (every result scoring at least the good-fit score).
fn good_ids(e: &Engine, p: &Profile, options: &InsightOptions) -> Vec<String> {
    e.rank(p, &RankOptions { min_score: options.good_fit, ..options.rank_options() }).unwrap().into_iter().map(|r| r.id).collect()
}
