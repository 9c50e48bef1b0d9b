//! The `werkmatch` command line: builds an index from a JobPosting feed with the real ESCO
//! download and PC4 table, inspects it, ranks it, and explains bad input.

use std::path::PathBuf;
use std::process::Command;

fn werkmatch(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_werkmatch")).args(args).output().expect("runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn path(relative: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative).to_string_lossy().into_owned()
}

#[test]
fn builds_inspects_and_ranks_an_index() {
    let dir = std::env::temp_dir().join(format!("werkmatch-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let index = dir.join("vacatures.wmx").to_string_lossy().into_owned();
    let (ok, _, err) = werkmatch(&[
        "index",
        "--out",
        &index,
        "--esco",
        &path("data/esco-nl"),
        "--pc4",
        &path("data/geo-nl/pc4_nl.csv"),
        "--today",
        "2026-11-23",
        &path("tests/fixtures/jobpostings.json"),
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("3 vacancies, 3039 concepts, 4766 postcodes"), "{err}");
    assert!(err.contains("posting 4 (WP-NOTITLE) skipped: has no title"), "{err}");
    assert!(err.contains("7 skipped, 1 expired"), "{err}");

    let (ok, out, err) = werkmatch(&["inspect", &index]);
    assert!(ok, "{err}");
    assert!(out.contains("vacancies: 3") && out.contains("taxonomy concepts: 3039"), "{out}");

    let profile = dir.join("profiel.json");
    std::fs::write(&profile, r#"{"format": "werkmatch-profile", "version": 1, "profile": {"desiredOccupations": ["heftruckbestuurder"], "location": {"postcode": "5038 AB"}, "maxDistanceKm": 25}}"#).unwrap();
    let (ok, out, err) = werkmatch(&["rank", &index, &profile.to_string_lossy(), "--limit", "2"]);
    assert!(ok, "{err}");
    let first = out.lines().next().unwrap_or("");
    assert!(first.contains("WP-1001") && first.contains("Heftruckchauffeur"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn help_and_bad_input_are_clear() {
    let (ok, out, _) = werkmatch(&["--help"]);
    assert!(ok && out.contains("werkmatch index --out FILE") && out.contains("--esco DIR"));
    let (ok, _, err) = werkmatch(&["index", &path("tests/fixtures/jobpostings.json")]);
    assert!(!ok && err.contains("--out"), "{err}");
    let (ok, _, err) = werkmatch(&["inspect", &path("Cargo.toml")]);
    assert!(!ok && err.contains("is not a werkmatch index"), "{err}");
    let (ok, _, err) = werkmatch(&["frobnicate"]);
    assert!(!ok && err.contains("unknown command"), "{err}");
}

#[test]
fn writes_a_shard_set_whose_files_match_the_manifest() {
    let dir = std::env::temp_dir().join(format!("werkmatch-cli-shards-{}", std::process::id()));
    let (ok, _, err) = werkmatch(&[
        "shards",
        "--out-dir",
        &dir.to_string_lossy(),
        "--cell-km",
        "15",
        "--taxonomy",
        &path("www/demo/taxonomy.json"),
        "--pc4",
        &path("www/demo/pc4.csv"),
        "--today",
        "2026-01-01",
        &path("www/demo/jobpostings.json"),
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("330 vacancies in") && err.contains("shards of 15 km"), "{err}");
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("shards.json")).unwrap()).unwrap();
    assert_eq!(manifest["format"], "werkmatch-shards");
    assert_eq!(manifest["cellKm"], 15.0);
    let shards = manifest["shards"].as_array().unwrap();
    let mut total = 0;
    for entry in shards.iter().chain([&manifest["base"]]) {
        let file = dir.join(entry["file"].as_str().unwrap());
        let bytes = std::fs::read(&file).unwrap();
        assert_eq!(bytes.len() as u64, entry["bytes"].as_u64().unwrap(), "{}", file.display());
        let hash = format!("{:08x}", werkmatch::index::checksum::crc32(&bytes));
        assert!(file.to_string_lossy().ends_with(&format!(".{hash}.wmx")), "the name carries the hash of the contents");
        total += entry["vacancies"].as_u64().unwrap();
    }
    assert_eq!(total, 330);
    let cell = dir.join(shards.iter().find(|s| s["bounds"].is_object()).unwrap()["file"].as_str().unwrap());
    let (ok, out, err) = werkmatch(&["inspect", &cell.to_string_lossy()]);
    assert!(ok && out.contains("a shard"), "{out}{err}");
    let (ok, _, err) = werkmatch(&["shards", "--out-dir", &dir.to_string_lossy(), "--cell-km", "0", &path("www/demo/jobpostings.json")]);
    assert!(!ok && err.contains("--cell-km"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// The CLI reads feeds by the core's one rule (`werkmatch::feed::detect`, also behind the
/// browser's `feedKind`): `{"vacancies": [...]}` is a vacancy list, not a JobPosting feed.
#[test]
fn reads_every_feed_shape_by_the_cores_rule() {
    let dir = std::env::temp_dir().join(format!("werkmatch-cli-feeds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, json: &str| {
        let file = dir.join(name);
        std::fs::write(&file, json).unwrap();
        file.to_string_lossy().into_owned()
    };
    let list = write("list.json", r#"[{"id": "v1", "title": "Kok"}, {"id": "v2", "title": "Schoonmaker"}]"#);
    let wrapped =
        write("wrapped.json", r#"{"vacancies": [{"id": "w1", "title": "Kok"}, {"id": "w2", "title": "Bakker", "hours": {"min": -1}}]}"#);
    let postings = write("postings.json", r#"{"@graph": [{"@type": "JobPosting", "identifier": "p1", "title": "Lasser"}]}"#);
    let manifest = write("shards.json", r#"{"format": "werkmatch-shards", "base": {"file": "base.wmx"}}"#);
    let other = write("other.json", r#"{"items": []}"#);
    let index = dir.join("feeds.wmx").to_string_lossy().into_owned();

    let (ok, _, err) = werkmatch(&["index", "--out", &index, "--today", "2026-11-23", &list, &wrapped, &postings]);
    assert!(ok, "{err}");
    assert!(err.contains("4 vacancies") && err.contains("1 skipped"), "{err}");
    assert!(err.contains("wrapped.json: vacancy 1 skipped: vacancies"), "the bad record of the wrapped list is named: {err}");
    let (ok, _, err) = werkmatch(&["index", "--out", &index, &manifest]);
    assert!(!ok && err.contains("shards.json: is the manifest of a shard set"), "{err}");
    let (ok, _, err) = werkmatch(&["index", "--out", &index, &other]);
    assert!(!ok && err.contains("other.json: is not a feed werkmatch reads"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
