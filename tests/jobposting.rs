//! schema.org JobPosting feeds through the engine: every supported field, and bad postings
//! reported and skipped without losing the feed.

mod common;

use common::*;
use werkmatch::import::json::Json;
use werkmatch::{ContractType, RankOptions};

fn feed() -> Json {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/jobpostings.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn reads_a_feed_and_reports_what_it_skipped() {
    let mut e = engine(vec![]);
    let report = e.add_job_postings(&feed(), Some("2026-11-23")).unwrap();
    let added: Vec<_> = report.added.iter().map(String::as_str).collect();
    assert_eq!(added, vec!["WP-1001", "WP-1002", "https://werk.example.nl/vacature/1003"]);
    assert_eq!(report.expired, 1, "WP-OLD ended before today");
    let skipped: Vec<(usize, Option<&str>, &str)> = report.skipped.iter().map(|s| (s.index, s.id.as_deref(), s.reason.as_str())).collect();
    assert_eq!(skipped.len(), 7, "{skipped:#?}");
    assert!(skipped.contains(&(4, Some("WP-NOTITLE"), "has no title")));
    assert!(skipped.contains(&(5, None, "has no identifier, @id or url")));
    assert!(skipped.iter().any(|s| s.0 == 6 && s.2.contains("validThrough")));
    assert!(skipped.contains(&(7, Some("WP-1001"), "identifier appears earlier in the feed")));
    assert!(skipped.contains(&(8, None, "is not a JobPosting (@type)")));
    assert!(skipped.contains(&(9, None, "is not an object")));
    assert!(skipped.iter().any(|s| s.0 == 10 && s.2.contains("location.lat")));
    assert_eq!(e.len(), 3);

    let v = e.vacancy("WP-1001").unwrap();
    assert_eq!(v.employer.as_deref(), Some("Van Dijk Logistiek"));
    assert_eq!(v.location.as_ref().unwrap().postcode.as_deref(), Some("5141 AB"));
    assert_eq!(v.hours.unwrap().min, Some(32.0));
    assert_eq!(v.contract_type, Some(ContractType::Temporary));
    let edu = v.education.unwrap();
    assert_eq!((edu.level, edu.or_equivalent_experience), (2, true));
    let skills: Vec<_> = v.skills.iter().map(|s| (s.id.as_deref(), s.label.as_deref())).collect();
    assert_eq!(skills, vec![(Some("s:heftruck"), Some("heftruck rijden")), (None, Some("orderpicken")), (None, Some("VCA"))]);
    assert_eq!(v.occupation.as_deref(), Some("8344"));
    assert_eq!(v.valid_through.as_deref(), Some("2027-01-31"));
    let remote = e.vacancy("WP-1002").unwrap();
    assert!(remote.location.as_ref().unwrap().remote);
    assert_eq!(remote.education.unwrap().level, 6);
    let geo = e.vacancy("https://werk.example.nl/vacature/1003").unwrap();
    assert_eq!(geo.location.as_ref().unwrap().lat, Some(51.56));
    assert_eq!(geo.contract_type, Some(ContractType::Agency));

    // Imported vacancies rank like any other.
    let results =
        e.rank(&living_at(profile(&["heftruckcertificaat", "orderpicken"]), "5038", Some(25.0)), &RankOptions::default()).unwrap();
    assert_eq!(results[0].id, "WP-1001");
    assert_adds_up(&results);

    // Loading the same feed again skips every posting as already loaded, and loses nothing.
    let again = e.add_job_postings(&feed(), Some("2026-11-23")).unwrap();
    assert!(again.added.is_empty());
    assert_eq!(again.skipped.iter().filter(|s| s.reason.contains("already used")).count(), 3);
    assert_eq!(e.len(), 3);
}

#[test]
fn single_objects_and_arrays_are_feeds_too() {
    let single: Json = serde_json::from_str(r#"{"@type": "JobPosting", "identifier": "a", "title": "Kok"}"#).unwrap();
    assert_eq!(engine(vec![]).add_job_postings(&single, None).unwrap().added, vec!["a"]);
    let array: Json = serde_json::from_str(
        r#"[{"@type": ["JobPosting"], "identifier": 7, "title": "Kok"}, {"@type": "JobPosting", "url": "https://x.nl/2", "title": "Kok"}]"#,
    )
    .unwrap();
    let report = engine(vec![]).add_job_postings(&array, None).unwrap();
    assert_eq!(report.added, vec!["7", "https://x.nl/2"]);
}

#[test]
fn deeply_nested_input_is_refused_not_a_crash() {
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let mut deserializer = serde_json::Deserializer::from_str(&deep);
    let result: Result<Json, _> = serde::Deserialize::deserialize(&mut deserializer);
    assert!(result.unwrap_err().to_string().contains("nested more than"));
}
