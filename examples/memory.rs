//! Prints the heap an engine holds after loading an index file and after its first ranking
//! (with a counting allocator), for issue 12's memory work:
//! `cargo run --profile native-bench --example memory -- INDEX.wmx QUERIES.json`.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;
use werkmatch::{Engine, Profile, RankOptions};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index, queries, ..] = &args[..] else {
        eprintln!("usage: memory INDEX.wmx QUERIES.json");
        std::process::exit(2);
    };
    let bytes = std::fs::read(index).expect("index");
    let file = LIVE.load(Relaxed);
    PEAK.store(file, Relaxed);
    let started = Instant::now();
    // As in a browser: the file handed to the engine, which keeps it.
    let engine = Engine::from_index_kept(bytes, werkmatch::Limits::default()).expect("index loads");
    let load_ms = started.elapsed().as_secs_f64() * 1e3;
    let loaded = LIVE.load(Relaxed);
    let peak_load = PEAK.load(Relaxed);
    breakdown(engine.prepared());
    let list: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(queries).expect("queries")).expect("JSON");
    let profiles: Vec<Profile> = list.into_iter().map(|q| serde_json::from_value(q["profile"].clone()).expect("profile")).collect();
    let before = LIVE.load(Relaxed);
    let options = RankOptions { limit: 20, today: Some("2026-01-01".into()), ..Default::default() };
    let started = Instant::now();
    engine.rank(&profiles[0], &options).expect("ranks");
    let first_ms = started.elapsed().as_secs_f64() * 1e3;
    let ranked = LIVE.load(Relaxed) - before;
    println!(
        "{} vacancies: from_index_kept {load_ms:.0} ms, engine {:.1} MB after loading, the file of {:.1} MB included (peak while loading {:.1} MB), +{:.1} MB after the first ranking (postings, grid, caches; it took {first_ms:.0} ms)",
        engine.len(),
        mb(loaded),
        mb(file),
        mb(peak_load),
        mb(ranked)
    );
}

/// Roughly what each part of the prepared vacancies takes (lengths, not allocator rounding).
fn breakdown(vacancies: &[werkmatch::prepared::PreparedVacancy]) {
    use std::mem::size_of;
    let s = |o: &Option<String>| o.as_ref().map_or(0, String::len);
    let structs = std::mem::size_of_val(vacancies);
    let mut strings = 0;
    let mut files = std::collections::HashSet::new();
    let mut kept = 0;
    let mut skill_refs = 0;
    let mut distinct = std::collections::HashSet::new();
    let mut skills = 0;
    let mut terms = 0;
    let mut other = 0;
    for v in vacancies {
        strings += v.id.len() + s(&v.occupation_code);
        match &v.record {
            werkmatch::record::Record::Own(bytes) => terms += bytes.len(),
            werkmatch::record::Record::Shared { file, .. } => {
                if files.insert(std::sync::Arc::as_ptr(file)) {
                    kept += file.capacity();
                }
            }
        }
        strings += v.conditions.languages.capacity() * size_of::<werkmatch::LanguageRequirement>();
        skill_refs += v.own_skills.len() * size_of::<usize>();
        for k in v.shared_skills() {
            if distinct.insert(std::sync::Arc::as_ptr(k)) {
                skills += size_of::<werkmatch::prepared::PreparedSkill>() + s(&k.given.id) + s(&k.given.label) + 4 * k.terms.capacity();
            }
        }
        other += v.occupations.capacity() * size_of::<werkmatch::prepared::FoundOccupation>() + v.text_skills.capacity() * 8;
    }
    println!(
        "structs {:.1} MB ({} B each), ids + conditions {:.1}, {} index files kept (records: display, skill numbers and term ids) {:.1}, own skill references {:.1}, {} distinct skills {:.1}, own records (display and term ids) {:.1}, other {:.1} MB",
        mb(structs),
        size_of::<werkmatch::prepared::PreparedVacancy>(),
        mb(strings),
        files.len(),
        mb(kept),
        mb(skill_refs),
        distinct.len(),
        mb(skills),
        mb(terms),
        mb(other)
    );
}
