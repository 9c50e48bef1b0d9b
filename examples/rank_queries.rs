//! Ranks the bench queries against an index file and prints the time per query, for profiling
//! the native core (`perf record`): `cargo run --profile native-bench --example rank_queries --
//! INDEX.wmx QUERIES.json [ROUNDS] [DUMP.json]`. QUERIES.json is `tools/bench`'s
//! `[{ profile, point }]`. With DUMP.json, also writes every result with its explanation for
//! the top 20 and top 200 of each query, to check that a speed change changes no answer.
use std::time::Instant;
use werkmatch::{Engine, Profile, RankOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, queries, rest @ ..] = &args[..] else {
        eprintln!("usage: rank_queries INDEX.wmx QUERIES.json [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = rest.first().and_then(|r| r.parse().ok()).unwrap_or(5);
    let started = Instant::now();
    let engine = Engine::from_index(&std::fs::read(index).expect("index")).expect("index loads");
    eprintln!("from_index: {:.0} ms, {} vacancies", started.elapsed().as_secs_f64() * 1e3, engine.len());
    let list: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(queries).expect("queries")).expect("JSON");
    let profiles: Vec<Profile> = list.into_iter().map(|q| serde_json::from_value(q["profile"].clone()).expect("profile")).collect();
    let options = RankOptions { limit: 20, today: Some("2026-01-01".into()), ..Default::default() };
    let mut checksum = 0u64;
    let started = Instant::now();
    for _ in 0..rounds {
        for p in &profiles {
            for r in engine.rank(p, &options).expect("ranks") {
                checksum = checksum.wrapping_mul(31).wrapping_add(r.score as u64);
            }
        }
    }
    let per_query = started.elapsed().as_secs_f64() * 1e3 / (rounds * profiles.len()) as f64;
    println!("{per_query:.3} ms per query ({} queries x {rounds}), checksum {checksum}", profiles.len());
    if let Some(dump) = rest.get(1) {
        let mut all = Vec::new();
        for limit in [20, 200] {
            let options = RankOptions { limit, ..options.clone() };
            for p in &profiles {
                all.push(engine.rank(p, &options).expect("ranks"));
            }
        }
        std::fs::write(dump, serde_json::to_string(&all).expect("JSON")).expect("dump written");
        eprintln!("{dump}: {} results", all.iter().map(Vec::len).sum::<usize>());
    }
}
