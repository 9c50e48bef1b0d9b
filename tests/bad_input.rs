//! The bad-input matrix (tests/bad-input/matrix.json), run natively: every input kind with
//! malformed, wrong-typed, missing, empty, huge, Unicode, duplicate and out-of-range values.
//! Each case must give exactly the outcome the matrix records (the error a user sees, or what
//! was loaded), and afterwards the preloaded engine must hold all it held and still answer.
//! The README's table is made from the same file; `UPDATE_README=1 cargo test --test
//! bad_input` rewrites it. The same matrix runs through the JS API in Chromium
//! (tests/node/bad-input.test.mjs).
#![cfg(not(target_arch = "wasm32"))]

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use werkmatch::error::record_name;
use werkmatch::import::esco::{import_esco, EscoFiles};
use werkmatch::import::json::Json;
use werkmatch::import::pc4::import_pc4_csv;
use werkmatch::input::read_value;
use werkmatch::{Candidate, Concept, Engine, GeoEntry, InputError, Limits, Profile, RankOptions, Vacancy};

const MATRIX: &str = include_str!("bad-input/matrix.json");

/// Expands the matrix's value macros ($text, $many, $csv, $concat). `None` for a value
/// holding `$number` (NaN and infinities cannot be JSON; the browser run covers them).
fn expand(value: &Value) -> Option<Value> {
    Some(match value {
        Value::Object(map) => {
            if let Some(n) = map.get("$text") {
                Value::String(map["of"].as_str()?.repeat(n.as_u64()? as usize))
            } else if let Some(n) = map.get("$many") {
                let template = expand(&map["of"])?;
                Value::Array((0..n.as_u64()?).map(|i| with_index(&template, i)).collect())
            } else if let Some(n) = map.get("$csv") {
                let mut text = format!("{}\n", map["header"].as_str()?);
                let row = map["row"].as_str()?;
                for i in 0..n.as_u64()? {
                    text.push_str(&row.replace("{i}", &i.to_string()));
                    text.push('\n');
                }
                Value::String(text)
            } else if let Some(parts) = map.get("$concat") {
                let texts: Option<Vec<Value>> = parts.as_array()?.iter().map(expand).collect();
                Value::String(texts?.iter().map(|t| t.as_str().unwrap_or_default()).collect())
            } else if map.contains_key("$number") {
                return None;
            } else {
                let expanded: Option<Map<String, Value>> = map.iter().map(|(k, v)| Some((k.clone(), expand(v)?))).collect();
                Value::Object(expanded?)
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(expand).collect::<Option<_>>()?),
        other => other.clone(),
    })
}

fn with_index(template: &Value, i: u64) -> Value {
    match template {
        Value::String(s) => Value::String(s.replace("{i}", &i.to_string())),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), with_index(v, i))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(|v| with_index(v, i)).collect()),
        other => other.clone(),
    }
}

/// Reads a list one record at a time, as the JS edge does: refused whole when longer than `max`.
fn read_list<T: DeserializeOwned>(value: &Value, list: &str, max: usize, limit: &str) -> Result<Vec<T>, InputError> {
    let Value::Array(items) = value else { return Err(InputError::field(list, "must be an array")) };
    Limits::check_count(list, items.len(), max, limit)?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read_value(item.clone()).map_err(|e| e.in_record(record_name(list, i, item["id"].as_str()))))
        .collect()
}

fn optional_list<T: DeserializeOwned>(value: &Value, list: &str, max: usize, limit: &str) -> Result<Vec<T>, InputError> {
    if value.is_null() {
        Ok(Vec::new())
    } else {
        read_list(value, list, max, limit)
    }
}

fn read_in<T: DeserializeOwned + Default>(value: &Value, record: &str) -> Result<T, InputError> {
    if value.is_null() {
        Ok(T::default())
    } else {
        read_value(value.clone()).map_err(|e| e.in_record(record))
    }
}

fn new_engine(init: &Value) -> Result<Engine, InputError> {
    let limits: Limits = read_in(&init["limits"], "limits")?;
    let taxonomy = if init["taxonomy"].is_object() { &init["taxonomy"]["concepts"] } else { &init["taxonomy"] };
    let concepts: Vec<Concept> = optional_list(taxonomy, "taxonomy", limits.max_concepts, "maxConcepts")?;
    let geo: Vec<GeoEntry> = optional_list(&init["geo"], "geo", limits.max_geo_entries, "maxGeoEntries")?;
    let vacancies: Vec<Vacancy> = optional_list(&init["vacancies"], "vacancies", limits.max_vacancies, "maxVacancies")?;
    let mut engine = Engine::with_limits(&concepts, &geo, limits)?;
    engine.add_vacancies(vacancies)?;
    Ok(engine)
}

fn first(skipped: &[String]) -> String {
    skipped.first().map(|s| format!(" (first: {s})")).unwrap_or_default()
}

/// The preloaded data as an index file, written by the `werkmatch` CLI as a portal's web team
/// would (the browser run makes it the same way).
fn preload_index(preload: &Value) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("werkmatch-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).unwrap();
    write("vacancies.json", preload["vacancies"].to_string());
    write("taxonomy.json", json!({ "concepts": preload["taxonomy"] }).to_string());
    let rows: Vec<String> =
        preload["geo"].as_array().unwrap().iter().map(|g| format!("{},{},{}", g["pc4"].as_str().unwrap(), g["lat"], g["lon"])).collect();
    write("pc4.csv", format!("pc4,lat,lon\n{}\n", rows.join("\n")));
    let out = dir.join("preload.wmx");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_werkmatch"))
        .args(["index", "--quiet", "--out"])
        .arg(&out)
        .arg("--taxonomy")
        .arg(dir.join("taxonomy.json"))
        .arg("--pc4")
        .arg(dir.join("pc4.csv"))
        .arg(dir.join("vacancies.json"))
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&out).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    bytes
}

/// The index file a case asks for: the preloaded one, valid or damaged.
fn index_file(kind: &str, valid: &[u8]) -> Vec<u8> {
    let valid = valid.to_vec();
    match kind {
        "garbage" => b"<html>not an index</html>".to_vec(),
        "empty" => Vec::new(),
        "zeros10mb" => vec![0; 10 << 20],
        "truncated" => valid[..valid.len() - 7].to_vec(),
        "bitflip" => {
            let mut v = valid;
            let middle = v.len() / 2;
            v[middle] ^= 0x10;
            v
        }
        "version" => {
            let mut v = valid;
            v[8] = 99;
            v
        }
        _ => valid,
    }
}

/// Runs one case against `engine`; the outcome as the matrix writes it.
fn run(call: &str, value: &Value, engine: &mut Engine, valid_index: &[u8]) -> String {
    let outcome = match call {
        "addVacancies" => {
            let room = engine.limits().max_vacancies - engine.len();
            read_list::<Vacancy>(value, "vacancies", room, "maxVacancies").and_then(|list| {
                let ids: Vec<String> = list.iter().map(|v| v.id.clone()).collect();
                let added = engine.add_vacancies(list)?;
                engine.remove_vacancies(&ids);
                Ok(format!("added {added}"))
            })
        }
        "rank" => read_value::<_, Profile>(value["profile"].clone()).map_err(|e| e.in_record("profile")).and_then(|profile| {
            let options: RankOptions = read_in(&value["options"], "options")?;
            Ok(format!("{} results", engine.rank(&profile, &options)?.len()))
        }),
        "rankCandidates" => read_value::<_, Vacancy>(value["vacancy"].clone()).map_err(|e| e.in_record("vacancy")).and_then(|vacancy| {
            let max = engine.limits().max_candidates;
            let candidates: Vec<Candidate> = read_list(&value["candidates"], "candidates", max, "maxCandidates")?;
            Ok(format!("{} results", engine.rank_candidates(&vacancy, &candidates, &RankOptions::default())?.len()))
        }),
        "newEngine" => new_engine(value).map(|e| format!("engine with {} vacancies", e.len())),
        "addJobPostings" => read_value::<_, Json>(value.clone()).map_err(|e| e.in_record("feed")).and_then(|feed| {
            let report = engine.add_job_postings(&feed, Some("2026-11-23"))?;
            engine.remove_vacancies(&report.added);
            let reasons: Vec<String> = report.skipped.iter().map(|s| s.reason.clone()).collect();
            Ok(format!("added {}, skipped {}{}", report.added.len(), reasons.len(), first(&reasons)))
        }),
        "escoTaxonomy" => read_value::<_, EscoFiles>(value.clone()).map_err(|e| e.in_record("files")).and_then(|files| {
            let import = import_esco(&files, &Limits::default())?;
            Ok(format!("{} concepts, {} rows skipped{}", import.concepts.len(), import.skipped.len(), first(&import.skipped)))
        }),
        "pc4Table" => import_pc4_csv(value.as_str().unwrap_or_default(), "pc4", &Limits::default()).map(|import| {
            let reasons: Vec<String> = import.skipped.iter().map(|s| format!("line {}: {}", s.line, s.reason)).collect();
            format!("{} postcodes, {} rows skipped{}", import.entries.len(), reasons.len(), first(&reasons))
        }),
        "fromIndex" => {
            let bytes = index_file(value["bytes"]["$index"].as_str().unwrap_or_default(), valid_index);
            read_in::<Limits>(&value["limits"], "limits")
                .and_then(|limits| Engine::from_index_with_limits(&bytes, limits))
                .map(|e| format!("engine with {} vacancies", e.len()))
        }
        other => panic!("unknown call {other}"),
    };
    match outcome {
        Ok(summary) => format!("ok: {summary}"),
        Err(e) => format!("refused: {e}"),
    }
}

fn matrix() -> Value {
    serde_json::from_str(MATRIX).expect("the matrix is JSON")
}

#[test]
fn every_bad_input_gives_its_recorded_outcome_and_loses_nothing() {
    let matrix = matrix();
    let mut engine = new_engine(&matrix["preload"]).expect("the preload is valid");
    let probe: Profile = read_value(json!({ "skills": [{ "label": "heftruck" }] })).unwrap();
    let baseline = engine.rank(&probe, &RankOptions::default()).unwrap();
    let valid_index = preload_index(&matrix["preload"]);
    let (mut checked, mut mismatches) = (0, Vec::new());
    for case in matrix["cases"].as_array().unwrap() {
        let name = format!("{} / {}", case["input"].as_str().unwrap(), case["case"].as_str().unwrap());
        let Some(value) = expand(&case["value"]) else { continue };
        let outcome = run(case["call"].as_str().unwrap(), &value, &mut engine, &valid_index);
        if let Ok(dir) = std::env::var("MATRIX_OUTCOMES") {
            let line = json!({ "name": name, "outcome": outcome }).to_string();
            let file = format!("{dir}/native.jsonl");
            let old = std::fs::read_to_string(&file).unwrap_or_default();
            std::fs::write(&file, format!("{old}{line}\n")).unwrap();
        }
        if case["sees"].as_str() != Some(outcome.as_str()) {
            mismatches.push(format!("{name}\n   matrix: {}\n   native: {outcome}", case["sees"]));
        }
        assert_eq!(engine.len(), 3, "{name}: the preloaded vacancies are all still there");
        assert_eq!(engine.rank(&probe, &RankOptions::default()).unwrap(), baseline, "{name}: the engine answers as before");
        checked += 1;
    }
    assert!(mismatches.is_empty(), "{} of {checked} cases differ:\n{}", mismatches.len(), mismatches.join("\n"));
    assert!(checked >= 90, "only {checked} cases ran");
}

/// The README's matrix table, made from the matrix file.
fn readme_table(matrix: &Value) -> String {
    let mut out = String::from("| input | case | what the caller sees |\n|---|---|---|\n");
    let mut last_input = "";
    for case in matrix["cases"].as_array().unwrap() {
        let input = case["input"].as_str().unwrap();
        let shown = if input == last_input { "" } else { input };
        last_input = input;
        let mut sees = case["sees"].as_str().unwrap_or("?").to_owned();
        if let Some(browser) = case["seesInBrowser"].as_str() {
            sees = format!("{sees} (in the browser: {browser})");
        }
        let sees = sees.replace('|', "\\|").replace('\n', " ");
        let sees = if sees.chars().count() > 230 { format!("{}…", sees.chars().take(230).collect::<String>()) } else { sees };
        out.push_str(&format!("| {shown} | {} | {} |\n", case["case"].as_str().unwrap(), sees));
    }
    out
}

#[test]
fn the_readme_shows_the_matrix_as_tested() {
    const BEGIN: &str = "<!-- bad-input-matrix:begin -->\n";
    const END: &str = "<!-- bad-input-matrix:end -->";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let table = readme_table(&matrix());
    let (start, end) = (readme.find(BEGIN).expect("README has the matrix markers") + BEGIN.len(), readme.find(END).unwrap());
    if std::env::var("UPDATE_README").is_ok() {
        std::fs::write(path, format!("{}{table}{}", &readme[..start], &readme[end..])).unwrap();
    } else {
        assert_eq!(&readme[start..end], table, "README's matrix is stale: run UPDATE_README=1 cargo test --test bad_input");
    }
}
