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
        "index", "--out", &index, "--esco", &path("../shared/data/esco-nl"), "--pc4", &path("../shared/data/geo-nl/pc4_nl.csv"),
        "--today", "2026-11-23", &path("tests/fixtures/jobpostings.json"),
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
