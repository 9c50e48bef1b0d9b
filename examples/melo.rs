//! The MELO development set natively (data/melo-bel-nl): 328 real Flemish occupation titles,
//! each linked by people to one ESCO concept. Every concept (2,942 occupations, 619 ISCO groups)
//! is a vacancy titled with its preferred label and classified as that concept; the taxonomy
//! holds every concept with all its labels; each title is a profile's desired occupation. Prints
//! MRR, top-1, top-10 and the median time per title, for werkmatch with the labels as taxonomy
//! (with and without the ISCO hierarchy) and with text only (no taxonomy: the preferred label
//! as title, the other labels as description). The same setup as tools/eval/melo.mjs, which also
//! runs MiniSearch and is what BENCHMARKS.md reports; this one is for quick native checks.
//!
//!   cargo run --release --example melo [-- --failures N] [-- --only taxonomy]

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;
use werkmatch::{Concept, ConceptKind, Engine, Profile, RankOptions, TermRef, Vacancy};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/melo-bel-nl/");

fn tsv(name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(format!("{DIR}{name}")).expect("data/melo-bel-nl");
    text.lines().filter(|l| !l.is_empty()).map(|l| l.split('\t').map(str::to_owned).collect()).collect()
}

/// The ISCO code of an ESCO ISCO-group URI ("…/isco/C7212" → "7212").
fn isco_code(uri: &str) -> Option<&str> {
    uri.rsplit_once("/isco/C").map(|(_, code)| code)
}

struct Set {
    queries: Vec<(String, String)>,
    gold: HashMap<String, String>,
    labels: BTreeMap<String, Vec<String>>,
}

fn load() -> Set {
    let elements: HashMap<String, String> = tsv("corpus_elements.tsv").into_iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    let mapping: HashMap<String, String> = tsv("concept_mapping.tsv").into_iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    let mut by_element: Vec<(&String, &String)> = elements.iter().collect();
    by_element.sort();
    let mut labels: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (element, label) in by_element {
        labels.entry(mapping[element].clone()).or_default().push(label.clone());
    }
    let gold = tsv("annotations.tsv").into_iter().map(|r| (r[0].clone(), mapping[&r[2]].clone())).collect();
    let queries = tsv("queries.tsv").into_iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    Set { queries, gold, labels }
}

/// Occupation → ISCO unit group, from the ESCO v1.2 occupations in data/esco-nl.
fn esco_groups() -> HashMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/esco-nl/occupations_nl.csv");
    let text = std::fs::read_to_string(path).expect("data/esco-nl");
    let table = werkmatch::import::csv::CsvTable::parse(&text, "occupations_nl.csv").unwrap();
    let (uri, group) = (table.column("conceptUri").unwrap(), table.column("iscoGroup").unwrap());
    table.rows.iter().map(|(_, r)| (r[uri].clone(), format!("http://data.europa.eu/esco/isco/C{}", r[group]))).collect()
}

fn concepts(set: &Set, hierarchy: bool) -> Vec<Concept> {
    let groups = if hierarchy { esco_groups() } else { HashMap::new() };
    set.labels
        .iter()
        .map(|(uri, labels)| {
            let broader = if !hierarchy {
                Vec::new()
            } else if let Some(code) = isco_code(uri) {
                let parent = &code[..code.len() - 1];
                if parent.is_empty() {
                    Vec::new()
                } else {
                    vec![format!("http://data.europa.eu/esco/isco/C{parent}")]
                }
            } else {
                groups.get(uri).cloned().into_iter().collect()
            };
            Concept {
                id: uri.clone(),
                kind: ConceptKind::Occupation,
                label: labels[0].clone(),
                alt_labels: labels[1..].to_vec(),
                broader,
                ..Default::default()
            }
        })
        .collect()
}

fn vacancies(set: &Set, text_only: bool) -> Vec<Vacancy> {
    set.labels
        .iter()
        .map(|(uri, labels)| Vacancy {
            id: uri.clone(),
            title: labels[0].clone(),
            occupation: (!text_only).then(|| uri.clone()),
            description: text_only.then(|| labels[1..].join("; ")),
            ..Default::default()
        })
        .collect()
}

fn run(name: &str, engine: &Engine, set: &Set, failures: usize) {
    let options = RankOptions { limit: 100, ..Default::default() };
    let (mut rr, mut top1, mut top10) = (0.0, 0, 0);
    let mut times = Vec::new();
    let mut failed = Vec::new();
    for (qid, title) in &set.queries {
        let profile = Profile { desired_occupations: vec![TermRef::label(title.as_str())], ..Default::default() };
        let started = Instant::now();
        let results = engine.rank(&profile, &options).unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        let gold = &set.gold[qid];
        let rank = results.iter().position(|r| &r.id == gold).map(|p| p + 1);
        if let Some(r) = rank {
            rr += 1.0 / r as f64;
            top1 += usize::from(r == 1);
            top10 += usize::from(r <= 10);
        }
        if rank != Some(1) {
            let top: Vec<String> = results.iter().take(3).map(|r| format!("{} {}", set.labels[&r.id][0], r.score)).collect();
            failed.push(format!(
                "{:>4} | {title} | top: {top:?} | gold: {:?}",
                rank.map_or("-".into(), |r| r.to_string()),
                &set.labels[gold][..set.labels[gold].len().min(3)]
            ));
        }
    }
    times.sort_by(f64::total_cmp);
    let n = set.queries.len() as f64;
    println!(
        "| {name} | {:.3} | {:.3} | {:.3} | {:.2} |",
        rr / n,
        f64::from(top1 as u32) / n,
        f64::from(top10 as u32) / n,
        times[times.len() / 2]
    );
    for line in failed.iter().take(failures) {
        println!("{line}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let failures = args.iter().position(|a| a == "--failures").map_or(0, |i| args[i + 1].parse().unwrap());
    let only = args.iter().position(|a| a == "--only").map(|i| args[i + 1].clone());
    let set = load();
    println!("| werkmatch (native) | MRR | top-1 | top-10 | median ms/title |\n| --- | ---: | ---: | ---: | ---: |");
    let wanted = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    if wanted("taxonomy") {
        let started = Instant::now();
        let engine = Engine::with_vacancies(vacancies(&set, false), &concepts(&set, false), &[]).unwrap();
        eprintln!("built in {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
        run("labels as taxonomy", &engine, &set, failures);
    }
    if wanted("hierarchy") {
        let engine = Engine::with_vacancies(vacancies(&set, false), &concepts(&set, true), &[]).unwrap();
        if let Some(i) = args.iter().position(|a| a == "--debug") {
            debug(&engine, &args[i + 1]);
        }
        if args.iter().any(|a| a == "--phases") {
            phases(&engine, &set);
        }
        run("labels + ISCO hierarchy as taxonomy", &engine, &set, failures);
    }
    if wanted("text") {
        let engine = Engine::with_vacancies(vacancies(&set, true), &[], &[]).unwrap();
        run("text only", &engine, &set, failures);
    }
}

#[allow(dead_code)]
fn debug(engine: &Engine, title: &str) {
    let profile = Profile { desired_occupations: vec![TermRef::label(title)], ..Default::default() };
    for r in engine.rank(&profile, &RankOptions { limit: 5, ..Default::default() }).unwrap() {
        eprintln!("{} {} {:?}", r.id, r.score, r.explanation.occupation);
    }
}

#[allow(dead_code)]
fn phases(engine: &Engine, set: &Set) {
    use werkmatch::matching::analysis::Analysed;
    let tax = engine.taxonomy();
    let (mut find_ms, mut rank_ms) = (Vec::new(), Vec::new());
    // The least of five runs per title: robust to a busy machine (caches are warm after the first).
    for (_, title) in &set.queries {
        let (mut f, mut r) = (f64::MAX, f64::MAX);
        for _ in 0..5 {
            let t = Instant::now();
            let text = Analysed::new(title, tax.lexicon());
            let _ = tax.find(&text, ConceptKind::Occupation, 0.7);
            f = f.min(t.elapsed().as_secs_f64() * 1000.0);
            let t = Instant::now();
            let p = Profile { desired_occupations: vec![TermRef::label(title.as_str())], ..Default::default() };
            engine.rank(&p, &RankOptions { limit: 100, ..Default::default() }).unwrap();
            r = r.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        find_ms.push(f);
        rank_ms.push(r);
    }
    let med = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    eprintln!("warm, least of 5: find {:.3} ms, rank {:.3} ms (median over titles)", med(&mut find_ms), med(&mut rank_ms));
}
