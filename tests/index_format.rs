//! The index format pinned. `tests/fixtures/index/format-<FORMAT_VERSION>.wmx` is the file the
//! writer makes of a fixed engine (the vacancies of the rules fixture, with every kind of
//! field, on the test taxonomy and postcodes). Any change to the bytes the writer makes fails
//! this test unless `index::FORMAT_VERSION` changes too, so a file of one version is never
//! read as another. The file of a new version is written with
//!
//!   WERKMATCH_WRITE_INDEX=1 cargo test --test index_format
//!
//! Files of older versions stay in the folder: this build must refuse each of them by its
//! version, not misread it.

mod common;

use common::*;
use serde_json::Value;
use std::path::PathBuf;
use werkmatch::engine::DescriptionMode;
use werkmatch::index::FORMAT_VERSION;
use werkmatch::input::read_value;
use werkmatch::{Engine, Location, Profile, RankOptions, Vacancy};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/index")
}

/// The fixed engine: each vacancy of the rules fixture once (numbered), and a remote one.
fn fixed_engine() -> Engine {
    let pairs: Value = serde_json::from_str(include_str!("fixtures/rules/pairs.json")).expect("pairs.json is JSON");
    let mut vacancies: Vec<Vacancy> = pairs["pairs"]
        .as_array()
        .expect("a list of pairs")
        .iter()
        .enumerate()
        .map(|(i, pair)| Vacancy { id: format!("p{i}"), ..read_value(pair["vacancy"].clone()).expect("a valid vacancy") })
        .collect();
    vacancies.push(Vacancy {
        id: "remote".into(),
        title: "Klantenservicemedewerker thuiswerk".into(),
        location: Some(Location { remote: true, ..Default::default() }),
        valid_through: Some("2030-01-31".into()),
        ..Default::default()
    });
    Engine::with_vacancies(vacancies, &taxonomy(), &geo()).expect("valid fixture")
}

#[test]
fn the_writer_makes_the_same_bytes_unless_the_format_version_changes() {
    let written = fixed_engine().to_index(DescriptionMode::Full);
    let path = dir().join(format!("format-{FORMAT_VERSION}.wmx"));
    if std::env::var_os("WERKMATCH_WRITE_INDEX").is_some() {
        std::fs::write(&path, &written).expect("fixture written");
    }
    let pinned = std::fs::read(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: a new format version needs its fixture (WERKMATCH_WRITE_INDEX=1 cargo test --test index_format)",
            path.display()
        )
    });
    assert!(
        pinned == written,
        "the index writer's output changed but index::FORMAT_VERSION ({FORMAT_VERSION}) did not: bump it (files of the old layout must be refused, not misread), then write the new fixture"
    );
}

#[test]
fn the_pinned_file_loads_and_ranks_like_the_engine_it_was_written_from() {
    let pinned = std::fs::read(dir().join(format!("format-{FORMAT_VERSION}.wmx"))).expect("the fixture of this version");
    let loaded = Engine::from_index(&pinned).expect("the fixture loads");
    let original = fixed_engine();
    assert_eq!(loaded.len(), original.len());
    for id in original.ids() {
        assert_eq!(loaded.vacancy(id), original.vacancy(id), "{id}");
    }
    let mut cook = profile(&["koken", "HACCP"]);
    cook.desired_occupations = vec![werkmatch::TermRef::label("kok")];
    for p in [cook, living_at(profile(&["heftruck", "orderpicken"]), "5038", Some(30.0)), Profile::default()] {
        assert_eq!(loaded.rank(&p, &RankOptions::default()).unwrap(), original.rank(&p, &RankOptions::default()).unwrap());
    }
}

#[test]
fn files_of_older_versions_are_refused_by_their_version() {
    let mut older = 0;
    for entry in std::fs::read_dir(dir()).expect("the fixture folder") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let Some(version) = name.strip_prefix("format-").and_then(|n| n.strip_suffix(".wmx")).and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        if version == FORMAT_VERSION {
            continue;
        }
        older += 1;
        let message = Engine::from_index(&std::fs::read(&path).unwrap()).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains(&format!("has index format version {version}")), "{name}: {message}");
    }
    // Format 4 is the last written before this test: its file is kept to show it is refused.
    assert!(older >= 1, "no file of an older format in {}", dir().display());
}
