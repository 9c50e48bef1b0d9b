//! The command-line tool for a portal's web team. Builds the index file the
//! browser loads (from JobPosting feeds or werkmatch vacancy lists, an ESCO download or
//! taxonomy, and a PC4 table), shows what an index holds, and ranks it for a profile.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use werkmatch::engine::DescriptionMode;
use werkmatch::feed::{detect, FeedKind};
use werkmatch::import::esco::{import_esco, EscoFiles};
use werkmatch::import::jobposting::postings;
use werkmatch::import::json::Json;
use werkmatch::import::pc4::read_pc4_csv;
use werkmatch::input::read_value;
use werkmatch::{Concept, Engine, Limits, Profile, RankOptions, Vacancy};

/// The CLI builds indexes on a server, for shards of national feeds: it takes more than a
/// browser tab would (the browser enforces its own limits when it loads the index).
fn cli_limits() -> Limits {
    Limits { max_input_bytes: usize::MAX, max_vacancies: 10_000_000, ..Limits::default() }
}

const HELP: &str = "werkmatch: maakt en test vacature-indexen voor de werkmatch-widget
werkmatch: builds and tests vacancy indexes for the werkmatch widget

USAGE
  werkmatch index --out FILE [OPTIONS] FEED...
  werkmatch shards --out-dir DIR [--cell-km KM] [OPTIONS] FEED...
  werkmatch inspect FILE
  werkmatch rank FILE PROFILE.json [--limit N]
  werkmatch --help | --version

index    Reads vacancy feeds and writes one index file that the widget loads directly.
  FEED                 A JSON file: a schema.org JobPosting feed (one object, a list, or
                       {\"@graph\": [...]}), or a list of werkmatch vacancies ([...] or
                       {\"vacancies\": [...]}, see README).
                       Give several to combine them. Bad vacancies are reported and skipped.
  --out FILE           Where to write the index, e.g. www/vacatures.wmx
  --esco DIR           Folder with an ESCO CSV download (occupations_nl.csv, skills_nl.csv,
                       broaderRelationsSkillPillar_nl.csv, occupationSkillRelations_nl.csv;
                       any language, any that are present): used as the taxonomy.
  --taxonomy FILE      A werkmatch taxonomy JSON ({\"concepts\": [...]}) instead of ESCO.
  --pc4 FILE           Postcode table CSV with columns pc4, lat, lon (e.g. CBS/PDOK PC4
                       centroids). Without it, postcodes are unknown locations.
  --today YYYY-MM-DD   Leave out vacancies that ended before this day (default: today).
  --descriptions MODE  full | snippet (default: first 280 characters, for display) | none.
                       Matching always uses the whole text.
  --quiet              No progress output.

shards   Like index, but for national sets: writes a base index (taxonomy, postcodes), one
         index per grid cell of KM x KM km (default 10) and one for remote vacancies and
         those without a place, with a manifest DIR/shards.json. Point the widget's feed at
         the manifest; it loads only the cells within the jobseeker's travel distance. File
         names carry a hash of their contents: serve them with a long cache lifetime.

inspect  Shows the format version and what an index file holds.
rank     Ranks the vacancies in an index for a profile (a werkmatch Profile JSON file) and
         prints the best ones with their score, to check an index before publishing it.

Exit status: 0 when done, 1 on bad input (the message names the file and the field).";

/// Runs the command line.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("--help" | "-h" | "help") => {
            println!("{HELP}");
            Ok(())
        }
        Some("--version" | "-V") => {
            println!(
                "werkmatch {} (index format {}, rules {})",
                env!("CARGO_PKG_VERSION"),
                werkmatch::index::FORMAT_VERSION,
                werkmatch::rules::RULESET_VERSION
            );
            Ok(())
        }
        Some("index") => index(&args[1..]),
        Some("shards") => shards(&args[1..]),
        Some("inspect") => inspect(&args[1..]),
        Some("rank") => rank(&args[1..]),
        Some(other) => Err(format!("unknown command `{other}`; see `werkmatch --help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("werkmatch: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Command-line options: `--name value` pairs, flags, and the rest.
struct Options {
    values: Vec<(String, String)>,
    flags: Vec<String>,
    rest: Vec<String>,
}

fn parse(args: &[String], with_value: &[&str], flags: &[&str]) -> Result<Options, String> {
    let mut options = Options { values: Vec::new(), flags: Vec::new(), rest: Vec::new() };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if with_value.contains(&arg.as_str()) {
            let value = args.next().ok_or(format!("{arg} needs a value"))?;
            options.values.push((arg.clone(), value.clone()));
        } else if flags.contains(&arg.as_str()) {
            options.flags.push(arg.clone());
        } else if arg.starts_with("--") {
            return Err(format!("unknown option {arg}; see `werkmatch --help`"));
        } else {
            options.rest.push(arg.clone());
        }
    }
    Ok(options)
}

impl Options {
    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    serde_json::from_str(&read_text(path)?).map_err(|e| format!("{}: not valid JSON: {e}", path.display()))
}

fn today() -> String {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0);
    werkmatch::date::format_date(days as i64)
}

fn taxonomy(options: &Options) -> Result<Vec<Concept>, String> {
    if let Some(dir) = options.value("--esco") {
        let mut files = EscoFiles::default();
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))?;
        let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        names.sort();
        for path in names {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_owned();
            let slot = match name.split('_').next().unwrap_or("") {
                "occupations" => &mut files.occupations,
                "skills" => &mut files.skills,
                "broaderRelationsSkillPillar" => &mut files.broader_relations,
                "occupationSkillRelations" => &mut files.occupation_skill_relations,
                _ => continue,
            };
            if name.ends_with(".csv") {
                *slot = Some(read_text(&path)?);
            }
        }
        if files.occupations.is_none() && files.skills.is_none() {
            return Err(format!("{dir}: no occupations_*.csv or skills_*.csv found"));
        }
        let import = import_esco(&files, &cli_limits()).map_err(|e| format!("{dir}: {e}"))?;
        if !import.skipped.is_empty() {
            eprintln!("ESCO: {} rows skipped, e.g. {}", import.skipped.len(), import.skipped[0]);
        }
        return Ok(import.concepts);
    }
    if let Some(path) = options.value("--taxonomy") {
        let mut json = read_json(Path::new(path))?;
        if let Some(concepts) = json.get_mut("concepts") {
            json = concepts.take();
        }
        let list = match json {
            serde_json::Value::Array(list) => list,
            _ => return Err(format!("{path}: must be a list of concepts or {{\"concepts\": [...]}}")),
        };
        return list
            .into_iter()
            .enumerate()
            .map(|(i, c)| read_value::<_, Concept>(c).map_err(|e| format!("{path}: concepts[{i}]: {e}")))
            .collect();
    }
    Ok(Vec::new())
}

/// Postings are added in batches, so large feeds show progress.
const BATCH: usize = 5_000;

/// What reading the feeds came to.
struct Built {
    engine: Engine,
    mode: DescriptionMode,
    postcodes: usize,
    skipped: usize,
    expired: usize,
    started: Instant,
    quiet: bool,
}

/// Reads the taxonomy, postcode table and feeds named by the options of `index` and `shards`.
fn build(command: &str, options: &Options) -> Result<Built, String> {
    if options.rest.is_empty() {
        return Err(format!("{command} needs at least one FEED file"));
    }
    let quiet = options.flags.iter().any(|f| f == "--quiet");
    let mode = match options.value("--descriptions").unwrap_or("snippet") {
        "full" => DescriptionMode::Full,
        "snippet" => DescriptionMode::Snippet,
        "none" => DescriptionMode::None,
        other => return Err(format!("--descriptions must be full, snippet or none (got {other})")),
    };
    let today = options.value("--today").map(str::to_owned).unwrap_or_else(today);
    if werkmatch::date::parse_date(&today).is_none() {
        return Err(format!("--today must be a date YYYY-MM-DD (got {today})"));
    }
    let started = Instant::now();
    let concepts = taxonomy(options)?;
    let geo = match options.value("--pc4") {
        Some(path) => {
            let (entries, skipped) = read_pc4_csv(&read_text(Path::new(path))?, path, &cli_limits()).map_err(|e| e.to_string())?;
            if !skipped.is_empty() {
                eprintln!("{path}: {} rows skipped, e.g. line {}: {}", skipped.len(), skipped[0].line, skipped[0].reason);
            }
            entries
        }
        None => Vec::new(),
    };
    let mut engine = Engine::with_limits(&concepts, &geo, cli_limits()).map_err(|e| e.to_string())?;
    let (mut skipped, mut expired) = (0, 0);
    let progress = |path: &str, done: usize, total: usize| {
        if !quiet && total > BATCH {
            eprintln!("{path}: {} of {total} read", done.min(total));
        }
    };
    for feed_path in &options.rest {
        let raw = read_json(Path::new(feed_path))?;
        let feed = detect(&raw).map_err(|e| format!("{feed_path}: {e}"))?;
        match feed.kind {
            FeedKind::ShardManifest => {
                return Err(format!("{feed_path}: is the manifest of a shard set; give the feeds it was made from"));
            }
            FeedKind::JobPostings => {
                let feed: Json = read_value(feed.value).map_err(|e| format!("{feed_path}: {e}"))?;
                let items = postings(&feed);
                for (batch, chunk) in items.chunks(BATCH).enumerate() {
                    let report = engine
                        .add_job_postings(&Json::Array(chunk.iter().map(|p| (*p).clone()).collect()), Some(&today))
                        .map_err(|e| format!("{feed_path}: {e}"))?;
                    for s in &report.skipped {
                        eprintln!(
                            "{feed_path}: posting {} ({}) skipped: {}",
                            batch * BATCH + s.index,
                            s.id.as_deref().unwrap_or("no id"),
                            s.reason
                        );
                    }
                    skipped += report.skipped.len();
                    expired += report.expired;
                    progress(feed_path, (batch + 1) * BATCH, items.len());
                }
            }
            FeedKind::Vacancies => {
                let items = feed.value.as_array().map(Vec::as_slice).unwrap_or_default();
                let total = items.len();
                for (i, item) in items.iter().enumerate() {
                    let added = read_value::<_, Vacancy>(item)
                        .map_err(|e| e.to_string())
                        .and_then(|v| engine.add_vacancies(vec![v]).map_err(|e| e.to_string()));
                    if let Err(reason) = added {
                        eprintln!("{feed_path}: vacancy {i} skipped: {reason}");
                        skipped += 1;
                    }
                    if (i + 1) % BATCH == 0 {
                        progress(feed_path, i + 1, total);
                    }
                }
            }
        }
    }
    Ok(Built { engine, mode, postcodes: geo.len(), skipped, expired, started, quiet })
}

const FEED_OPTIONS: [&str; 5] = ["--esco", "--taxonomy", "--pc4", "--today", "--descriptions"];

fn index(args: &[String]) -> Result<(), String> {
    let options = parse(args, &[&["--out", "-o"][..], &FEED_OPTIONS].concat(), &["--quiet"])?;
    let out = options.value("--out").or(options.value("-o")).ok_or("index needs --out FILE")?;
    let Built { engine, mode, postcodes, skipped, expired, started, quiet } = build("index", &options)?;
    let bytes = engine.to_index(mode);
    std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    if !quiet {
        eprintln!(
            "{out}: {} vacancies, {} concepts, {postcodes} postcodes, {} bytes ({skipped} skipped, {expired} expired) in {:.1} s",
            engine.len(),
            engine.taxonomy().len(),
            bytes.len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn shards(args: &[String]) -> Result<(), String> {
    let options = parse(args, &[&["--out-dir", "--cell-km"][..], &FEED_OPTIONS].concat(), &["--quiet"])?;
    let dir = Path::new(options.value("--out-dir").ok_or("shards needs --out-dir DIR")?);
    let cell_km = match options.value("--cell-km") {
        Some(km) => km.parse::<f64>().map_err(|_| format!("--cell-km must be a number of km (got {km})"))?,
        None => werkmatch::index::shards::DEFAULT_CELL_KM,
    };
    let Built { engine, mode, skipped, expired, started, quiet, .. } = build("shards", &options)?;
    let set = werkmatch::index::shards::write_shards(&engine, cell_km, mode).map_err(|e| format!("--cell-km: {}", e.message))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut total = 0;
    for (name, bytes) in &set.files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        total += bytes.len();
    }
    let manifest = dir.join("shards.json");
    let json = serde_json::to_string_pretty(&set.manifest).map_err(|e| e.to_string())?;
    std::fs::write(&manifest, json + "\n").map_err(|e| format!("{}: {e}", manifest.display()))?;
    if !quiet {
        let largest = set.manifest.shards.iter().map(|s| s.bytes).max().unwrap_or(0);
        eprintln!(
            "{}: {} vacancies in {} shards of {cell_km} km, {total} bytes (largest shard {largest}, base {}) ({skipped} skipped, {expired} expired) in {:.1} s",
            manifest.display(),
            engine.len(),
            set.manifest.shards.len(),
            set.manifest.base.bytes,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn load(path: &str) -> Result<(Engine, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    Engine::from_index_with_limits(&bytes, cli_limits()).map(|e| (e, bytes.len())).map_err(|e| format!("{path}: {e}"))
}

fn inspect(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or("inspect needs a FILE")?;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let data = werkmatch::index::read_index(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let shard = data.is_shard();
    println!(
        "{path}: werkmatch index format {}, {} bytes{}",
        werkmatch::index::FORMAT_VERSION,
        bytes.len(),
        if shard { " (a shard: add it to its base index)" } else { "" }
    );
    println!("  vacancies: {}", data.vacancies.len());
    println!("  taxonomy concepts: {}", data.concepts.len());
    println!("  taxonomy check: {:08x}", data.taxonomy_check);
    if !shard {
        load(path)?; // the same checks as a browser's fromIndex
    }
    Ok(())
}

fn rank(args: &[String]) -> Result<(), String> {
    let options = parse(args, &["--limit"], &[])?;
    let [index_path, profile_path] = &options.rest[..] else { return Err("rank needs FILE and PROFILE.json".into()) };
    let (engine, _) = load(index_path)?;
    let mut json = read_json(Path::new(profile_path))?;
    if let Some(profile) = json.get_mut("profile") {
        json = profile.take();
    }
    let profile: Profile = read_value(json).map_err(|e| format!("{profile_path}: {e}"))?;
    let limit = options
        .value("--limit")
        .map(|l| l.parse::<u32>().map_err(|_| format!("--limit must be a number (got {l})")))
        .transpose()?
        .unwrap_or(10);
    let ranked = engine.rank(&profile, &RankOptions { limit, today: Some(today()), ..Default::default() }).map_err(|e| e.to_string())?;
    for r in ranked {
        let v = engine.vacancy(&r.id).map(|v| (v.title, v.employer.unwrap_or_default())).unwrap_or(("?".into(), String::new()));
        let km = r.explanation.distance_km.map(|d| format!(", {d} km")).unwrap_or_default();
        println!("{:>3}  {}  {} ({}{km})  skills {}/{}", r.score, r.id, v.0, v.1, r.explanation.skills_matched, r.explanation.skills_total);
    }
    Ok(())
}
