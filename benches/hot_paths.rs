//! Criterion benchmarks of the native core's hot paths: normalisation, fuzzy matching,
//! scoring every vacancy (rank at 1k and 10k; repeated queries reuse word expansions, and a
//! first query is measured apart), and top-k selection with explanations for all.
//! Run with `cargo bench --bench hot_paths`; figures are in BENCHMARKS.md.
//! The data is the demo set (www/demo/), repeated with new ids and shifted places.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use serde_json::{json, Value};
use werkmatch::input::read_value;
use werkmatch::text::{fold, tokens, typo_match};
use werkmatch::{Concept, Engine, GeoEntry, Profile, RankOptions, Vacancy};

fn demo(name: &str) -> Value {
    let path = format!("{}/www/demo/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An engine of `n` vacancies: the demo set repeated, each copy with new ids and places.
fn engine(n: usize) -> Engine {
    let concepts: Vec<Concept> = serde_json::from_value(demo("taxonomy")["concepts"].clone()).unwrap();
    let geo: Vec<GeoEntry> = serde_json::from_value(demo("geo")).unwrap();
    let base: Vec<Vacancy> = serde_json::from_value(demo("vacancies")).unwrap();
    let vacancies = (0..n)
        .map(|i| {
            let mut v = base[i % base.len()].clone();
            v.id = format!("{}-{i}", v.id);
            if let Some(loc) = v.location.as_mut() {
                loc.postcode = Some(geo[i % geo.len()].pc4.clone());
                loc.lat = None;
                loc.lon = None;
            }
            v
        })
        .collect();
    Engine::with_vacancies(vacancies, &concepts, &geo).unwrap()
}

/// A 15-skill profile with a place, a travel distance and hours.
fn profile() -> Profile {
    let skills = [
        "heftruck rijden",
        "orderpicken",
        "reachtruck",
        "magazijnwerk",
        "voorraadbeheer",
        "scannen",
        "laden en lossen",
        "veiligheid",
        "vca",
        "klantvriendelijk",
        "samenwerken",
        "nauwkeurig",
        "plannen",
        "excel",
        "rijbewijs b",
    ];
    read_value(json!({
        "skills": skills.iter().map(|s| json!({ "label": s })).collect::<Vec<_>>(),
        "location": { "postcode": "5038" }, "maxDistanceKm": 25, "hours": { "min": 24, "max": 40 }
    }))
    .unwrap()
}

fn text(c: &mut Criterion) {
    let sentence = "Wij zoeken een enthousiaste Heftruckchauffeur (m/v/x) voor ons distributiecentrum in Tilburg: 32–40 uur, VCA-certificaat is een pré.";
    c.bench_function("normalise: fold a sentence", |b| b.iter(|| fold(black_box(sentence))));
    c.bench_function("normalise: tokens of a sentence", |b| b.iter(|| tokens(black_box(sentence))));
    c.bench_function("fuzzy: typo_match, one typo", |b| b.iter(|| typo_match(black_box("heftruk"), black_box("heftruck"))));
    c.bench_function("fuzzy: typo_match, no match", |b| b.iter(|| typo_match(black_box("orderpicken"), black_box("administratie"))));
}

fn ranking(c: &mut Criterion) {
    let profile = profile();
    let top20 = RankOptions { limit: 20, ..RankOptions::default() };
    let mut group = c.benchmark_group("rank top-20, 15-skill profile, distance and hours");
    group.sample_size(20);
    for n in [1_000, 10_000] {
        let engine = engine(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| b.iter(|| engine.rank(black_box(&profile), &top20).unwrap()));
    }
    group.finish();
    let engine = engine(1_000);
    c.bench_function("rank top-20, 1k, first query (no cached word expansions)", |b| {
        b.iter_batched(|| engine.clone(), |fresh| fresh.rank(black_box(&profile), &top20).unwrap(), criterion::BatchSize::LargeInput)
    });
    let all = RankOptions { limit: 1000, ..RankOptions::default() };
    c.bench_function("top-k: 1k vacancies, all 1000 explained", |b| b.iter(|| engine.rank(black_box(&profile), &all).unwrap()));
}

criterion_group!(benches, text, ranking);
criterion_main!(benches);
