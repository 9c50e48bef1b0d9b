//! Shared fixtures for the native tests: a small Dutch taxonomy, a geo table and builders.
#![allow(dead_code)]

use werkmatch::{
    Concept, ConceptKind, DrivingLicence, Engine, GeoEntry, HoursRange, Location, Profile, ProfileLocation, ProfileSkill, RankOptions,
    RankedResult, Vacancy, VacancySkill,
};

pub fn concept(id: &str, kind: ConceptKind, label: &str, alts: &[&str], broader: &[&str]) -> Concept {
    Concept {
        id: id.into(),
        kind,
        label: label.into(),
        alt_labels: alts.iter().map(|s| s.to_string()).collect(),
        broader: broader.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

pub fn taxonomy() -> Vec<Concept> {
    use ConceptKind::*;
    vec![
        concept("s:intern-transport", Skill, "intern transport", &[], &[]),
        concept(
            "s:heftruck",
            Skill,
            "heftruck rijden",
            &["heftruckcertificaat", "heftruckrijbewijs", "vorkheftruck"],
            &["s:intern-transport"],
        ),
        concept("s:reachtruck", Skill, "reachtruck rijden", &["reachtruckcertificaat"], &["s:intern-transport"]),
        concept("s:orderpicken", Skill, "orderpicken", &["order picken", "orderpicker"], &[]),
        concept("s:excel", Skill, "Excel", &["spreadsheets"], &["s:office"]),
        concept("s:word", Skill, "Word", &["tekstverwerken"], &["s:office"]),
        concept("s:office", Skill, "kantoorsoftware", &[], &[]),
        concept("s:finadmin", Skill, "financiële administratie", &["crediteurenadministratie"], &[]),
        concept("s:haccp", Skill, "HACCP", &["hygiënecode", "voedselveiligheid"], &[]),
        concept("s:koken", Skill, "koken", &["maaltijden bereiden"], &[]),
        concept("s:verzorging", Skill, "persoonlijke verzorging", &["ADL-zorg", "wassen en aankleden"], &[]),
        concept("o:heftruckchauffeur", Occupation, "heftruckchauffeur", &["heftruckbestuurder"], &["isco:8344"]),
        concept("o:reachtruckchauffeur", Occupation, "reachtruckchauffeur", &[], &["isco:8344"]),
        concept("o:admin", Occupation, "administratief medewerker", &["medewerker administratie"], &["isco:4110"]),
        concept("o:kok", Occupation, "kok", &["zelfstandig werkend kok"], &["isco:5120"]),
    ]
}

pub fn geo() -> Vec<GeoEntry> {
    [
        ("5038", 51.5606, 5.0919, "Tilburg"),
        ("5141", 51.6867, 5.0667, "Waalwijk"),
        ("1012", 52.3731, 4.8932, "Amsterdam"),
        ("3011", 51.9225, 4.4792, "Rotterdam"),
    ]
    .into_iter()
    .map(|(pc4, lat, lon, place)| GeoEntry { pc4: pc4.into(), lat, lon, place: Some(place.into()) })
    .collect()
}

pub fn vacancy(id: &str, title: &str) -> Vacancy {
    Vacancy { id: id.into(), title: title.into(), ..Default::default() }
}

pub fn at_postcode(mut v: Vacancy, postcode: &str) -> Vacancy {
    v.location = Some(Location { postcode: Some(postcode.into()), ..Default::default() });
    v
}

pub fn at_point(mut v: Vacancy, lat: f64, lon: f64) -> Vacancy {
    v.location = Some(Location { lat: Some(lat), lon: Some(lon), ..Default::default() });
    v
}

pub fn with_skills(mut v: Vacancy, required: &[&str], optional: &[&str]) -> Vacancy {
    v.skills = required.iter().map(|s| VacancySkill::required(s)).chain(optional.iter().map(|s| VacancySkill::optional(s))).collect();
    v
}

pub fn with_hours(mut v: Vacancy, min: f64, max: f64) -> Vacancy {
    v.hours = Some(HoursRange { min: Some(min), max: Some(max) });
    v
}

pub fn with_licences(mut v: Vacancy, licences: &[DrivingLicence]) -> Vacancy {
    v.driving_licences = licences.to_vec();
    v
}

pub fn profile(skills: &[&str]) -> Profile {
    Profile { skills: skills.iter().map(|s| ProfileSkill::label(s)).collect(), ..Default::default() }
}

pub fn living_at(mut p: Profile, postcode: &str, max_km: Option<f64>) -> Profile {
    p.location = Some(ProfileLocation { postcode: Some(postcode.into()), ..Default::default() });
    p.max_distance_km = max_km;
    p
}

pub fn engine(vacancies: Vec<Vacancy>) -> Engine {
    Engine::with_vacancies(vacancies, &taxonomy(), &geo()).expect("valid fixture")
}

pub fn engine_without_taxonomy(vacancies: Vec<Vacancy>) -> Engine {
    Engine::with_vacancies(vacancies, &[], &geo()).expect("valid fixture")
}

pub fn rank(engine: &Engine, profile: &Profile) -> Vec<RankedResult> {
    engine.rank(profile, &RankOptions::default()).expect("valid profile")
}

pub fn ids(results: &[RankedResult]) -> Vec<&str> {
    results.iter().map(|r| r.id.as_str()).collect()
}

pub fn find<'a>(results: &'a [RankedResult], id: &str) -> &'a RankedResult {
    results.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("{id} not in results {:?}", ids(results)))
}

/// Every result's parts add up to its score, and no part exceeds its maximum.
pub fn assert_adds_up(results: &[RankedResult]) {
    for r in results {
        let parts: u32 = r.explanation.parts.iter().map(|p| p.points).sum();
        assert_eq!(parts, r.score, "parts of {} add up to its score: {:?}", r.id, r.explanation.parts);
        for p in &r.explanation.parts {
            assert!(p.points <= p.max_points, "{:?} in {}", p, r.id);
            // The status never says something else than the points: "past niet" earns
            // nothing, "past voor een deel" earns something, an unused factor can earn nothing.
            match p.status {
                werkmatch::PartStatus::Mismatch => assert_eq!(p.points, 0, "a part shown as not met earns nothing: {:?} in {}", p, r.id),
                werkmatch::PartStatus::Partial => assert!(p.points > 0, "a part shown as met in part earns points: {:?} in {}", p, r.id),
                werkmatch::PartStatus::NotUsed => assert_eq!(p.max_points, 0, "{:?} in {}", p, r.id),
                _ => {}
            }
        }
        assert!(r.score <= 100);
    }
}
