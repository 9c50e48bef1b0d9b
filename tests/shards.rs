//! National shards: a set written by `write_shards` ranks, for a profile, exactly like the
//! whole set once the shards chosen for that profile are added to the base; the choice never
//! leaves out a vacancy within reach; adding index files renumbers their terms correctly and
//! refuses (whole) files of another taxonomy, with loaded ids, or damaged ones.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use werkmatch::engine::DescriptionMode;
use werkmatch::geo::{distance_km, Point};
use werkmatch::index::shards::{write_shards, Manifest, ShardSet};
use werkmatch::prepared::Place;
use werkmatch::{Concept, Engine, GeoEntry, Profile, RankOptions, Vacancy};

fn demo<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let text = std::fs::read_to_string(format!("{}/www/demo/{file}", env!("CARGO_MANIFEST_DIR"))).expect("demo data");
    serde_json::from_str(&text).expect("demo JSON")
}

fn demo_parts() -> (Vec<Vacancy>, Vec<Concept>, Vec<GeoEntry>) {
    #[derive(serde::Deserialize)]
    struct Taxonomy {
        concepts: Vec<Concept>,
    }
    (demo("vacancies.json"), demo::<Taxonomy>("taxonomy.json").concepts, demo("geo.json"))
}

fn demo_engine() -> Engine {
    static DEMO: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    DEMO.get_or_init(|| {
        let (vacancies, concepts, geo) = demo_parts();
        Engine::with_vacancies(vacancies, &concepts, &geo).expect("demo data loads")
    })
    .clone()
}

fn demo_profiles() -> Vec<Profile> {
    #[derive(serde::Deserialize)]
    struct Named {
        profile: Profile,
    }
    demo::<Vec<Named>>("profiles.json").into_iter().map(|n| n.profile).collect()
}

fn file<'a>(set: &'a ShardSet, name: &str) -> &'a [u8] {
    &set.files.iter().find(|(n, _)| n == name).expect("file named in the manifest").1
}

/// The base of `set` with the shards chosen for `profile` added.
fn engine_for(set: &ShardSet, profile: &Profile) -> Engine {
    let mut engine = Engine::from_index(file(set, &set.manifest.base.file)).expect("base loads");
    for name in engine.shards_for(&set.manifest, profile).unwrap().files {
        engine.add_index(file(set, &name)).expect("shard adds");
    }
    engine
}

fn options() -> RankOptions {
    RankOptions { limit: 50, today: Some("2026-01-01".into()), ..Default::default() }
}

#[test]
fn the_chosen_shards_rank_exactly_like_the_whole_set() {
    let whole = demo_engine();
    let set = write_shards(&whole, 20.0, DescriptionMode::Full).unwrap();
    assert!(set.manifest.shards.len() > 10, "the demo spreads over many cells");
    assert_eq!(set.manifest.shards.iter().map(|s| s.vacancies as usize).sum::<usize>(), whole.len());
    let mut compared = 0;
    for mut profile in demo_profiles() {
        profile.max_distance_km = Some(profile.max_distance_km.unwrap_or(25.0));
        let partial = engine_for(&set, &profile);
        assert!(partial.len() < whole.len(), "a regional profile loads part of the set");
        let expected = whole.rank(&profile, &options()).unwrap();
        assert!(!expected.is_empty());
        assert_eq!(partial.rank(&profile, &options()).unwrap(), expected);
        compared += 1;
    }
    assert!(compared >= 4);
}

#[test]
fn without_a_place_only_the_anywhere_shard_is_chosen_and_without_a_distance_the_default_reach() {
    let set = write_shards(&demo_engine(), 20.0, DescriptionMode::None).unwrap();
    let base = Engine::from_index(file(&set, &set.manifest.base.file)).unwrap();
    let nowhere = base.shards_for(&set.manifest, &Profile::default()).unwrap();
    assert_eq!(nowhere.reach_km, None);
    assert_eq!(nowhere.files.len(), 1);
    assert!(nowhere.files[0].starts_with("anywhere."));
    let mut utrecht = Profile {
        location: Some(werkmatch::ProfileLocation { postcode: Some("3511".into()), ..Default::default() }),
        ..Default::default()
    };
    let default_reach = base.shards_for(&set.manifest, &utrecht).unwrap();
    assert_eq!(default_reach.reach_km, Some(werkmatch::index::shards::DEFAULT_REACH_KM));
    assert!(default_reach.files.len() > 1 && default_reach.files[0].starts_with("anywhere."));
    utrecht.max_distance_km = Some(500.0);
    assert_eq!(base.shards_for(&set.manifest, &utrecht).unwrap().files.len(), set.manifest.shards.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]
    /// Every vacancy within reach of any point lies in a chosen shard, for any cell size.
    #[test]
    fn no_vacancy_within_reach_is_left_out(lat in 50.6f64..53.7, lon in 3.2f64..7.3, km in 0.0f64..80.0, cell_km in 2.0f64..60.0) {
        let whole = demo_engine();
        let set = write_shards(&whole, cell_km, DescriptionMode::None).unwrap();
        let profile = Profile {
            location: Some(werkmatch::ProfileLocation { lat: Some(lat), lon: Some(lon), ..Default::default() }),
            max_distance_km: Some(km),
            ..Default::default()
        };
        let loaded = engine_for(&set, &profile);
        for v in whole.prepared() {
            let within = match v.place {
                Place::At(p) => distance_km(Point { lat, lon }, p) <= km,
                _ => true,
            };
            if within {
                prop_assert!(loaded.vacancy(&v.id).is_some(), "{} left out", v.id);
            }
        }
    }
}

#[test]
fn adding_an_index_renumbers_its_terms_into_the_engine() {
    let (vacancies, concepts, geo) = demo_parts();
    let (first, second) = vacancies.split_at(vacancies.len() / 2);
    let whole = Engine::with_vacancies(vacancies.clone(), &concepts, &geo).unwrap();
    let mut combined =
        Engine::from_index(&Engine::with_vacancies(first.to_vec(), &concepts, &geo).unwrap().to_index(DescriptionMode::Full)).unwrap();
    let other = Engine::with_vacancies(second.to_vec(), &concepts, &geo).unwrap().to_index(DescriptionMode::Full);
    assert_eq!(combined.add_index(&other).unwrap(), second.len());
    assert_eq!(combined.len(), whole.len());
    for profile in demo_profiles() {
        assert_eq!(combined.rank(&profile, &options()).unwrap(), whole.rank(&profile, &options()).unwrap());
    }
}

#[test]
fn a_bad_shard_is_refused_whole_and_nothing_loaded_is_lost() {
    let set = write_shards(&demo_engine(), 20.0, DescriptionMode::None).unwrap();
    let shard = file(&set, &set.manifest.shards[1].file);
    let mut engine = Engine::from_index(file(&set, &set.manifest.base.file)).unwrap();
    let added = engine.add_index(shard).unwrap();
    let profile = demo_profiles().remove(0);
    let before = engine.rank(&profile, &options()).unwrap();
    let message = |e: werkmatch::InputError| e.to_string();

    // The same shard again: its ids are loaded.
    assert!(message(engine.add_index(shard).unwrap_err()).contains("already loaded"));
    // Damaged, truncated, not an index.
    let mut flipped = shard.to_vec();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    assert!(message(engine.add_index(&flipped).unwrap_err()).contains("checksum"));
    assert!(message(engine.add_index(&shard[..shard.len() - 2]).unwrap_err()).contains("truncated"));
    assert!(message(engine.add_index(b"{}").unwrap_err()).contains("not a werkmatch index"));
    // Built with another taxonomy.
    let (vacancies, _, geo) = demo_parts();
    let foreign = Engine::with_vacancies(vacancies[..3].to_vec(), &[], &geo).unwrap().to_index(DescriptionMode::None);
    assert!(message(engine.add_index(&foreign).unwrap_err()).contains("another taxonomy"));

    assert_eq!(engine.len(), added);
    assert_eq!(engine.rank(&profile, &options()).unwrap(), before);
    // A shard alone is not an engine.
    assert!(message(Engine::from_index(shard).unwrap_err()).contains("load the base index"));
}

#[test]
fn a_manifest_of_another_version_is_refused_naming_the_field() {
    let set = write_shards(&demo_engine(), 20.0, DescriptionMode::None).unwrap();
    let base = Engine::from_index(file(&set, &set.manifest.base.file)).unwrap();
    let refused = |m: Manifest| base.shards_for(&m, &Profile::default()).unwrap_err().to_string();
    assert!(refused(Manifest { version: 9, ..set.manifest.clone() }).contains("version"));
    assert!(refused(Manifest { index_format: 2, ..set.manifest.clone() }).contains("rebuild the shards"));
    assert!(refused(Manifest { format: "x".into(), ..set.manifest.clone() }).contains("format"));
    assert!(write_shards(&demo_engine(), 0.0, DescriptionMode::None).is_err());
}

#[test]
fn vacancies_asking_the_same_skill_share_one_copy_in_the_engine_and_in_its_files() {
    // 2,000 vacancies each asking the same long skill 50 times: the engine and the file hold
    // it once, and an engine loaded from the file (whole or as a shard) shares it again, so a
    // small file cannot name a skill into gigabytes of memory.
    let (_, concepts, geo) = demo_parts();
    let long = format!("heftruck {}", "x".repeat(400));
    let vacancies: Vec<Vacancy> = (0..2000)
        .map(|i| Vacancy {
            id: format!("v{i}"),
            title: "Heftruckchauffeur".into(),
            skills: vec![werkmatch::VacancySkill::required(&long); 50],
            ..Default::default()
        })
        .collect();
    let engine = Engine::with_vacancies(vacancies, &concepts, &geo).unwrap();
    let shared_once = |e: &Engine| {
        let first = e.prepared()[0].shared_skills().next().expect("a skill").clone();
        let all: Vec<_> = e.prepared().iter().flat_map(|v| v.shared_skills()).collect();
        all.len() == e.len() * 50 && all.iter().all(|s| std::sync::Arc::ptr_eq(s, &first))
    };
    assert!(shared_once(&engine));
    let whole = engine.to_index(DescriptionMode::None);
    assert_eq!(whole.windows(long.len()).filter(|w| *w == long.as_bytes()).count(), 1);
    let loaded = Engine::from_index(&whole).unwrap();
    assert!(shared_once(&loaded));
    assert_eq!(loaded.vacancy("v7").unwrap().skills, vec![werkmatch::VacancySkill::required(&long); 50]);
    let set = write_shards(&engine, 20.0, DescriptionMode::None).unwrap();
    let mut base = Engine::from_index(file(&set, &set.manifest.base.file)).unwrap();
    for shard in &set.manifest.shards {
        base.add_index(file(&set, &shard.file)).unwrap();
    }
    assert!(shared_once(&base));
    let profile = Profile { skills: vec![werkmatch::ProfileSkill::label(&long)], ..Default::default() };
    assert_eq!(base.rank(&profile, &RankOptions::default()).unwrap(), engine.rank(&profile, &RankOptions::default()).unwrap());
}

#[test]
fn a_shard_beyond_the_memory_limit_is_refused_naming_it_and_the_engine_keeps_what_it_had() {
    let set = write_shards(&demo_engine(), 10.0, DescriptionMode::Snippet).unwrap();
    let base_file = file(&set, &set.manifest.base.file);
    let shards: Vec<&[u8]> = set.manifest.shards.iter().map(|s| file(&set, &s.file)).collect();
    assert!(shards.len() >= 2);
    // Room for the base and the first shard (each taking about three times its bytes), not more.
    let room = 3 * (base_file.len() + shards[0].len());
    let limits = werkmatch::Limits { max_memory_bytes: room, ..Default::default() };
    let mut engine = Engine::from_index_with_limits(base_file, limits).unwrap();
    engine.add_index(shards[0]).unwrap();
    let held = engine.len();
    let profile = Profile { skills: vec![werkmatch::ProfileSkill::label("heftruck")], ..Default::default() };
    let before = engine.rank(&profile, &RankOptions::default()).unwrap();
    let refused = engine.add_index(shards[1]).unwrap_err();
    assert!(refused.to_string().contains("limits.maxMemoryBytes"), "{refused}");
    assert_eq!(engine.len(), held);
    assert_eq!(engine.rank(&profile, &RankOptions::default()).unwrap(), before);
    // The same limit refuses a whole index that would not fit at all.
    let whole = demo_engine().to_index(DescriptionMode::Snippet);
    let tiny = werkmatch::Limits { max_memory_bytes: whole.len(), ..Default::default() };
    assert!(Engine::from_index_with_limits(&whole, tiny).unwrap_err().to_string().contains("limits.maxMemoryBytes"));
}
