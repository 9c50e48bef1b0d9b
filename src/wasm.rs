//! The JavaScript edge: converts JS values to the model (one record at a time, so an error
//! names the record and the field), calls [`crate::Engine`], and converts results back.
//! No matching logic lives here.

use crate::error::{record_name, InputError};
use crate::feed::{detect, FeedKind, JsonView};
use crate::import::esco::{import_esco, EscoFiles};
use crate::import::jobposting::FeedReport;
use crate::import::json::Json;
use crate::import::pc4::import_pc4_csv;
use crate::input::{read_value, struct_fields};
use crate::insight::InsightOptions;
use crate::limits::Limits;
use crate::model::{Candidate, CefrLevel, Concept, ContractType, DrivingLicence, GeoEntry, Profile, RankOptions, Vacancy, WorkCondition};
use crate::search::FindOptions;
use crate::suggest::SuggestOptions;
use crate::Engine;
use js_sys::{Array, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** What an engine is created from. Every list may be left out. */
export interface EngineInit {
  /** Vacancies to load. */
  vacancies?: Vacancy[];
  /** Taxonomy concepts (skills and occupations): a list, or an object with `concepts`. */
  taxonomy?: Concept[] | { concepts: Concept[] };
  /** Postcode table: PC4 areas with centroids. */
  geo?: GeoEntry[];
  /** Maxima on what the engine accepts; each left out keeps its default. */
  limits?: Limits;
}

/** A schema.org JobPosting feed as parsed JSON-LD: one object, an array, or `{ "@graph": [...] }`. */
export type JobPostingFeed = Record<string, unknown> | Array<Record<string, unknown>>;

/** Options for loading a feed. */
export interface FeedOptions {
  /** Today's date `YYYY-MM-DD`: postings whose `validThrough` lies before it are dropped. Default: today. */
  today?: string;
}

/** A parsed feed `addFeed` reads: a vacancy list (`[...]` or `{ vacancies: [...] }`) or a JobPosting feed. */
export type Feed = Vacancy[] | { vacancies: Vacancy[] } | JobPostingFeed;

/** What kind of feed a parsed JSON file is (see `feedKind`). */
export type FeedKindName = "vacancies" | "jobPostings" | "shards";

/** The Error thrown for bad input: `record` and `field` say where. */
export interface WerkmatchError extends Error {
  /** The record, e.g. `vacancies[3] (id "v12")`; empty for a single value. */
  record: string;
  /** The field path within the record, e.g. `hours.min`. */
  field: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `EngineInit` in TypeScript.
    #[wasm_bindgen(typescript_type = "EngineInit")]
    pub type EngineInitJs;
    /// `Vacancy[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "Vacancy[]")]
    pub type VacancyListJs;
    /// `Vacancy` in TypeScript.
    #[wasm_bindgen(typescript_type = "Vacancy")]
    pub type VacancyJs;
    /// `Vacancy | undefined` in TypeScript.
    #[wasm_bindgen(typescript_type = "Vacancy | undefined")]
    pub type MaybeVacancyJs;
    /// `Profile` in TypeScript.
    #[wasm_bindgen(typescript_type = "Profile")]
    pub type ProfileJs;
    /// `Candidate[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "Candidate[]")]
    pub type CandidateListJs;
    /// `RankOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "RankOptions")]
    pub type RankOptionsJs;
    /// `SuggestOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "SuggestOptions")]
    pub type SuggestOptionsJs;
    /// `RankedResult[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "RankedResult[]")]
    pub type RankedResultListJs;
    /// `Suggestion[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "Suggestion[]")]
    pub type SuggestionListJs;
    /// `JobPostingFeed` in TypeScript.
    #[wasm_bindgen(typescript_type = "JobPostingFeed")]
    pub type JobPostingFeedJs;
    /// `FeedOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "FeedOptions")]
    pub type FeedOptionsJs;
    /// `FeedReport` in TypeScript.
    #[wasm_bindgen(typescript_type = "FeedReport")]
    pub type FeedReportJs;
    /// `EscoFiles` in TypeScript.
    #[wasm_bindgen(typescript_type = "EscoFiles")]
    pub type EscoFilesJs;
    /// `EscoImport` in TypeScript.
    #[wasm_bindgen(typescript_type = "EscoImport")]
    pub type EscoImportJs;
    /// `Pc4Import` in TypeScript.
    #[wasm_bindgen(typescript_type = "Pc4Import")]
    pub type Pc4ImportJs;
    /// `Limits` in TypeScript.
    #[wasm_bindgen(typescript_type = "Limits")]
    pub type LimitsJs;
    /// `Manifest` in TypeScript.
    #[wasm_bindgen(typescript_type = "Manifest")]
    pub type ManifestJs;
    /// `ShardChoice` in TypeScript.
    #[wasm_bindgen(typescript_type = "ShardChoice")]
    pub type ShardChoiceJs;
    /// `Point | undefined` in TypeScript.
    #[wasm_bindgen(typescript_type = "{ lat: number, lon: number } | undefined")]
    pub type MaybePointJs;
    /// `Feed` in TypeScript.
    #[wasm_bindgen(typescript_type = "Feed")]
    pub type FeedJs;
    /// `unknown` in TypeScript: any parsed JSON.
    #[wasm_bindgen(typescript_type = "unknown")]
    pub type UnknownJs;
    /// `FeedKindName` in TypeScript.
    #[wasm_bindgen(typescript_type = "FeedKindName")]
    pub type FeedKindJs;
    /// `FindOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "FindOptions")]
    pub type FindOptionsJs;
    /// `FoundVacancy[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "FoundVacancy[]")]
    pub type FoundVacancyListJs;
    /// `WerkmatchError | undefined` in TypeScript.
    #[wasm_bindgen(typescript_type = "WerkmatchError | undefined")]
    pub type MaybeErrorJs;
    /// `DrivingLicence[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "DrivingLicence[]")]
    pub type DrivingLicenceListJs;
    /// `ContractType[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "ContractType[]")]
    pub type ContractTypeListJs;
    /// `WorkCondition[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "WorkCondition[]")]
    pub type WorkConditionListJs;
    /// `CefrLevel[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "CefrLevel[]")]
    pub type CefrLevelListJs;
    /// `string[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "string[]")]
    pub type StringListJs;
    /// `InsightOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "InsightOptions")]
    pub type InsightOptionsJs;
    /// `WhatIf` in TypeScript.
    #[wasm_bindgen(typescript_type = "WhatIf")]
    pub type WhatIfJs;
    /// `DoorSkill[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "DoorSkill[]")]
    pub type DoorSkillListJs;
    /// `OccupationInReach[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "OccupationInReach[]")]
    pub type OccupationInReachListJs;
    /// `AskingLess` in TypeScript.
    #[wasm_bindgen(typescript_type = "AskingLess")]
    pub type AskingLessJs;
}

/// Reads a profile strictly (a key the profile does not have is an error naming it).
fn read_profile(profile: ProfileJs) -> Result<Profile, JsValue> {
    read_strict(profile.into()).map_err(|e| js_error(e.in_record("profile")))
}

/// Turns an [`InputError`] into a JS `Error` with `record` and `field` properties.
fn js_error(e: InputError) -> JsValue {
    let error = js_sys::Error::new(&e.to_string());
    let _ = Reflect::set(&error, &"record".into(), &e.record.as_str().into());
    let _ = Reflect::set(&error, &"field".into(), &e.field.as_str().into());
    error.into()
}

/// Reads one JS value into the model.
fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, InputError> {
    read_value(serde_wasm_bindgen::Deserializer::from(value))
}

/// Reads a JS object strictly: a top-level key `T` does not declare is an error naming it
/// (serde-wasm-bindgen itself skips unknown keys; for hand-written profiles that hides typos).
fn read_strict<T: DeserializeOwned>(value: JsValue) -> Result<T, InputError> {
    let fields = struct_fields::<T>();
    if value.is_object() && !Array::is_array(&value) && !fields.is_empty() {
        for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()) {
            if !fields.contains(&key.as_str()) {
                let message = format!("unknown field `{key}`, expected one of `{}`", fields.join("`, `"));
                return Err(InputError::field(key, message));
            }
        }
    }
    read(value)
}

/// Reads a JS array one record at a time, naming a bad record by index and id. An array of
/// more than `max` records is refused before any is read; `limit` names the limit.
fn read_list<T: DeserializeOwned>(value: JsValue, list: &str, max: usize, limit: &str) -> Result<Vec<T>, InputError> {
    if !Array::is_array(&value) {
        return Err(InputError::field(list, "must be an array"));
    }
    let array = Array::from(&value);
    Limits::check_count(list, array.length() as usize, max, limit)?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        let id = Reflect::get(&item, &"id".into()).ok().and_then(|v| v.as_string());
        out.push(read(item).map_err(|e| e.in_record(record_name(list, i, id.as_deref())))?);
    }
    Ok(out)
}

fn read_optional<T: DeserializeOwned + Default>(value: Option<impl Into<JsValue>>, record: &str) -> Result<T, InputError> {
    let value: JsValue = value.map(Into::into).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        Ok(T::default())
    } else {
        read_strict(value).map_err(|e| e.in_record(record))
    }
}

fn property(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn write<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// The matching engine for JavaScript. Create it once with the vacancies; rank per profile.
#[wasm_bindgen(js_name = Engine)]
pub struct JsEngine {
    inner: Engine,
}

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// Creates an engine from vacancies, a taxonomy and a postcode table (all optional).
    /// Throws a `WerkmatchError` naming the record and field of the first bad input.
    #[wasm_bindgen(constructor)]
    pub fn new(init: Option<EngineInitJs>) -> Result<JsEngine, JsValue> {
        let init: JsValue = init.map(Into::into).unwrap_or(JsValue::UNDEFINED);
        if !init.is_undefined() && !init.is_object() {
            return Err(js_error(InputError::field("", "must be an object { vacancies, taxonomy, geo, limits }").in_record("init")));
        }
        let limits: Limits = read_optional(Some(property(&init, "limits")), "limits").map_err(js_error)?;
        let mut taxonomy = property(&init, "taxonomy");
        if taxonomy.is_object() && !Array::is_array(&taxonomy) {
            taxonomy = property(&taxonomy, "concepts");
        }
        let concepts: Vec<Concept> = optional_list(taxonomy, "taxonomy", limits.max_concepts, "maxConcepts").map_err(js_error)?;
        let geo: Vec<GeoEntry> = optional_list(property(&init, "geo"), "geo", limits.max_geo_entries, "maxGeoEntries").map_err(js_error)?;
        let vacancies: Vec<Vacancy> =
            optional_list(property(&init, "vacancies"), "vacancies", limits.max_vacancies, "maxVacancies").map_err(js_error)?;
        let mut inner = Engine::with_limits(&concepts, &geo, limits).map_err(js_error)?;
        inner.add_vacancies(vacancies).map_err(js_error)?;
        Ok(JsEngine { inner })
    }

    /// Loads an engine from a prebuilt index file (made with `werkmatch index`), without
    /// parsing or preparing any feed. A file of another format version, a truncated or a
    /// damaged one throws an Error saying which.
    #[wasm_bindgen(js_name = fromIndex)]
    pub fn from_index(bytes: Vec<u8>, limits: Option<LimitsJs>) -> Result<JsEngine, JsValue> {
        let limits: Limits = read_optional(limits, "limits").map_err(js_error)?;
        Engine::from_index_kept(bytes, limits).map(|inner| JsEngine { inner }).map_err(js_error)
    }

    /// Adds the vacancies of an index file built with the same taxonomy: a shard of a set
    /// made with `werkmatch shards` (load its base with `fromIndex` first). All or nothing;
    /// returns how many were added.
    #[wasm_bindgen(js_name = addIndex)]
    pub fn add_index(&mut self, bytes: js_sys::Uint8Array) -> Result<u32, JsValue> {
        // Refused before its bytes are copied into the WebAssembly memory, which never shrinks.
        self.inner.check_index_room(bytes.length() as usize, false).map_err(js_error)?;
        self.inner.add_index_kept(bytes.to_vec()).map(|n| n as u32).map_err(js_error)
    }

    /// The shards of a set (its parsed `shards.json`) a profile needs: those within its
    /// travel distance, nearest first, and the one with remote vacancies.
    #[wasm_bindgen(js_name = shardsFor)]
    pub fn shards_for(&self, manifest: ManifestJs, profile: ProfileJs) -> Result<ShardChoiceJs, JsValue> {
        // Written by `werkmatch shards`, not by hand: read without field paths (smaller code).
        let manifest: crate::index::shards::Manifest = serde_wasm_bindgen::from_value(manifest.into())
            .map_err(|e| js_error(InputError::field("", format!("is not a werkmatch shard manifest ({e})")).in_record("manifest")))?;
        let profile = read_profile(profile)?;
        let choice = self.inner.shards_for(&manifest, &profile).map_err(js_error)?;
        Ok(write(&choice)?.unchecked_into())
    }

    /// Where a Dutch postcode lies (`{ lat, lon }`), or `undefined` when the postcode table
    /// does not know it.
    pub fn place(&self, postcode: &str) -> Result<MaybePointJs, JsValue> {
        match self.inner.place(postcode) {
            Some(p) => Ok(write(&p)?.unchecked_into()),
            None => Ok(JsValue::UNDEFINED.unchecked_into()),
        }
    }

    /// Adds vacancies; all or nothing. Returns how many were added.
    #[wasm_bindgen(js_name = addVacancies)]
    pub fn add_vacancies(&mut self, vacancies: VacancyListJs) -> Result<u32, JsValue> {
        let room = self.inner.limits().max_vacancies.saturating_sub(self.inner.len());
        let list: Vec<Vacancy> = read_list(vacancies.into(), "vacancies", room, "maxVacancies").map_err(js_error)?;
        self.inner.add_vacancies(list).map(|n| n as u32).map_err(js_error)
    }

    /// Adds the postings of a schema.org JobPosting feed (parsed JSON-LD). Bad postings are
    /// skipped and reported, expired ones dropped and counted; the rest is added.
    #[wasm_bindgen(js_name = addJobPostings)]
    pub fn add_job_postings(&mut self, feed: JobPostingFeedJs, options: Option<FeedOptionsJs>) -> Result<FeedReportJs, JsValue> {
        let feed: Json = read(feed.into()).map_err(|e| js_error(e.in_record("feed")))?;
        let options = options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
        let today = property(&options, "today").as_string().unwrap_or_else(today);
        let report = self.inner.add_job_postings(&feed, Some(&today)).map_err(js_error)?;
        Ok(write(&report)?.unchecked_into())
    }

    /// Adds a parsed feed of any kind `feedKind` names: a vacancy list (all or nothing, like
    /// `addVacancies`) or a JobPosting feed (bad postings skipped, like `addJobPostings`).
    /// A shard manifest is refused: load its base with `fromIndex` and its shards with `addIndex`.
    #[wasm_bindgen(js_name = addFeed)]
    pub fn add_feed(&mut self, feed: FeedJs, options: Option<FeedOptionsJs>) -> Result<FeedReportJs, JsValue> {
        let feed = detect(JsValue::from(feed)).map_err(|e| js_error(e.in_record("feed")))?;
        match feed.kind {
            FeedKind::Vacancies => {
                let room = self.inner.limits().max_vacancies.saturating_sub(self.inner.len());
                let list: Vec<Vacancy> = read_list(feed.value, "vacancies", room, "maxVacancies").map_err(js_error)?;
                let added = list.iter().map(|v| v.id.clone()).collect();
                self.inner.add_vacancies(list).map_err(js_error)?;
                Ok(write(&FeedReport { added, ..Default::default() })?.unchecked_into())
            }
            FeedKind::JobPostings => self.add_job_postings(feed.value.unchecked_into(), options),
            FeedKind::ShardManifest => Err(js_error(
                InputError::field("", "is a shard manifest: load its base with Engine.fromIndex and its shards with addIndex")
                    .in_record("feed"),
            )),
        }
    }

    /// Removes vacancies by id; returns how many were removed.
    #[wasm_bindgen(js_name = removeVacancies)]
    pub fn remove_vacancies(&mut self, ids: StringListJs) -> Result<u32, JsValue> {
        let ids: Vec<String> = read(ids.into()).map_err(|e| js_error(e.in_record("ids")))?;
        Ok(self.inner.remove_vacancies(&ids) as u32)
    }

    /// Number of vacancies loaded.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> u32 {
        self.inner.len() as u32
    }

    /// The ids of the loaded vacancies (e.g. to list them after loading an index or a feed).
    pub fn ids(&self) -> Vec<String> {
        self.inner.ids().map(str::to_owned).collect()
    }

    /// A loaded vacancy by id, as it was added (for showing results).
    pub fn vacancy(&self, id: &str) -> Result<MaybeVacancyJs, JsValue> {
        match self.inner.vacancy(id) {
            Some(v) => Ok(write(&v)?.unchecked_into()),
            None => Ok(JsValue::UNDEFINED.unchecked_into()),
        }
    }

    /// Checks a profile as `rank` would, without ranking: the first problem as a
    /// `WerkmatchError` naming the field, or `undefined` when the profile is fine.
    #[wasm_bindgen(js_name = validateProfile)]
    pub fn validate_profile(&self, profile: ProfileJs) -> MaybeErrorJs {
        let checked = read_strict::<Profile>(profile.into())
            .map_err(|e| e.in_record("profile"))
            .and_then(|profile| self.inner.validate_profile(&profile));
        match checked {
            Ok(()) => JsValue::UNDEFINED.unchecked_into(),
            Err(e) => js_error(e).unchecked_into(),
        }
    }

    /// The loaded vacancies whose title, employer or place contain every word of `query`
    /// (normalised as the matching does), for a vacancy picker.
    #[wasm_bindgen(js_name = findVacancies)]
    pub fn find_vacancies(&self, query: &str, options: Option<FindOptionsJs>) -> Result<FoundVacancyListJs, JsValue> {
        let options: FindOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.find_vacancies(query, &options))?.unchecked_into())
    }

    /// Ranks the loaded vacancies for a profile: the top `options.limit` (default 20), each
    /// with score and explanation.
    pub fn rank(&self, profile: ProfileJs, options: Option<RankOptionsJs>) -> Result<RankedResultListJs, JsValue> {
        let profile = read_profile(profile)?;
        let options: RankOptions = read_optional(options, "options").map_err(js_error)?;
        let results = self.inner.rank(&profile, &options).map_err(js_error)?;
        Ok(write(&results)?.unchecked_into())
    }

    /// Reads the employer preview's vacancy and candidates (at most the engine's `maxCandidates`).
    fn read_preview(&self, vacancy: VacancyJs, candidates: CandidateListJs) -> Result<(Vacancy, Vec<Candidate>), JsValue> {
        let vacancy: Vacancy = read(vacancy.into()).map_err(|e| js_error(e.in_record("vacancy")))?;
        let max = self.inner.limits().max_candidates;
        let candidates = read_list(candidates.into(), "candidates", max, "maxCandidates").map_err(js_error)?;
        Ok((vacancy, candidates))
    }

    /// The employer preview: ranks anonymous candidate profiles for one vacancy.
    #[wasm_bindgen(js_name = rankCandidates)]
    pub fn rank_candidates(
        &self,
        vacancy: VacancyJs,
        candidates: CandidateListJs,
        options: Option<RankOptionsJs>,
    ) -> Result<RankedResultListJs, JsValue> {
        let (vacancy, candidates) = self.read_preview(vacancy, candidates)?;
        let options: RankOptions = read_optional(options, "options").map_err(js_error)?;
        let results = self.inner.rank_candidates(&vacancy, &candidates, &options).map_err(js_error)?;
        Ok(write(&results)?.unchecked_into())
    }

    /// What if: good fits now and with a longer travel distance, any hours, any contract type
    /// or a driving licence, from one pass.
    #[wasm_bindgen(js_name = whatIf)]
    pub fn what_if(&self, profile: ProfileJs, options: Option<InsightOptionsJs>) -> Result<WhatIfJs, JsValue> {
        let profile = read_profile(profile)?;
        let options: InsightOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.what_if(&profile, &options).map_err(js_error)?)?.unchecked_into())
    }

    /// The skills the loaded vacancies ask and the profile lacks that would make the most
    /// vacancies good fits, each checked by scoring.
    #[wasm_bindgen(js_name = skillsThatOpenDoors)]
    pub fn skills_that_open_doors(&self, profile: ProfileJs, options: Option<InsightOptionsJs>) -> Result<DoorSkillListJs, JsValue> {
        let profile = read_profile(profile)?;
        let options: InsightOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.skills_that_open_doors(&profile, &options).map_err(js_error)?)?.unchecked_into())
    }

    /// Occupations whose vacancies ask the skills the person has most of.
    #[wasm_bindgen(js_name = occupationsWithinReach)]
    pub fn occupations_within_reach(
        &self,
        profile: ProfileJs,
        options: Option<InsightOptionsJs>,
    ) -> Result<OccupationInReachListJs, JsValue> {
        let profile = read_profile(profile)?;
        let options: InsightOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.occupations_within_reach(&profile, &options).map_err(js_error)?)?.unchecked_into())
    }

    /// The employer's insight: how many candidates each eased requirement would add.
    #[wasm_bindgen(js_name = askingLess)]
    pub fn asking_less(
        &self,
        vacancy: VacancyJs,
        candidates: CandidateListJs,
        options: Option<InsightOptionsJs>,
    ) -> Result<AskingLessJs, JsValue> {
        let (vacancy, candidates) = self.read_preview(vacancy, candidates)?;
        let options: InsightOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.asking_less(&vacancy, &candidates, &options).map_err(js_error)?)?.unchecked_into())
    }

    /// Autocomplete over the taxonomy's labels and synonyms, typo-tolerant.
    pub fn suggest(&self, prefix: &str, options: Option<SuggestOptionsJs>) -> Result<SuggestionListJs, JsValue> {
        let options: SuggestOptions = read_optional(options, "options").map_err(js_error)?;
        Ok(write(&self.inner.suggest(prefix, &options))?.unchecked_into())
    }
}

/// Today's date in the browser's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    format!("{y:04}-{m:02}-{d:02}")
}

/// Reads ESCO CSV files (their text) into taxonomy concepts for `new Engine({ taxonomy })`.
#[wasm_bindgen(js_name = escoTaxonomy)]
pub fn esco_taxonomy(files: EscoFilesJs, limits: Option<LimitsJs>) -> Result<EscoImportJs, JsValue> {
    let files: EscoFiles = read_strict(files.into()).map_err(|e| js_error(e.in_record("files")))?;
    let limits: Limits = read_optional(limits, "limits").map_err(js_error)?;
    let import = import_esco(&files, &limits).map_err(js_error)?;
    Ok(write(&import)?.unchecked_into())
}

/// Reads a PC4 table (CSV text with columns pc4, lat, lon and optionally place) for
/// `new Engine({ geo })`.
#[wasm_bindgen(js_name = pc4Table)]
pub fn pc4_table(csv: &str, limits: Option<LimitsJs>) -> Result<Pc4ImportJs, JsValue> {
    let limits: Limits = read_optional(limits, "limits").map_err(js_error)?;
    let import = import_pc4_csv(csv, "pc4", &limits).map_err(js_error)?;
    Ok(write(&import)?.unchecked_into())
}

fn optional_list<T: DeserializeOwned>(value: JsValue, list: &str, max: usize, limit: &str) -> Result<Vec<T>, InputError> {
    if value.is_undefined() || value.is_null() {
        Ok(Vec::new())
    } else {
        read_list(value, list, max, limit)
    }
}

/// Version of the rule set that scores results (also on every result as `rules`).
#[wasm_bindgen(js_name = rulesVersion)]
pub fn rules_version() -> String {
    crate::rules::RULESET_VERSION.to_owned()
}

/// What kind of feed a parsed JSON file is: `"vacancies"` (`[...]` or `{ vacancies: [...] }`),
/// `"jobPostings"` (schema.org JobPosting) or `"shards"` (a shard manifest). Throws a
/// `WerkmatchError` for anything else. The command line reads files by the same rule.
#[wasm_bindgen(js_name = feedKind)]
pub fn feed_kind(feed: UnknownJs) -> Result<FeedKindJs, JsValue> {
    let feed = detect(JsValue::from(feed)).map_err(|e| js_error(e.in_record("feed")))?;
    Ok(JsValue::from_str(feed.kind.name()).unchecked_into())
}

/// Every driving licence the model knows, in the order of the Dutch licence card.
#[wasm_bindgen(js_name = drivingLicences)]
pub fn driving_licences() -> Result<DrivingLicenceListJs, JsValue> {
    Ok(write(&DrivingLicence::ALL)?.unchecked_into())
}

/// Every contract type the model knows.
#[wasm_bindgen(js_name = contractTypes)]
pub fn contract_types() -> Result<ContractTypeListJs, JsValue> {
    Ok(write(&ContractType::ALL)?.unchecked_into())
}

/// Every work condition the model knows ("wat kan ik niet").
#[wasm_bindgen(js_name = workConditions)]
pub fn work_conditions() -> Result<WorkConditionListJs, JsValue> {
    Ok(write(&WorkCondition::ALL)?.unchecked_into())
}

/// Every CEFR language level, lowest first.
#[wasm_bindgen(js_name = cefrLevels)]
pub fn cefr_levels() -> Result<CefrLevelListJs, JsValue> {
    Ok(write(&CefrLevel::ALL)?.unchecked_into())
}

/// JS values seen through [`JsonView`], so [`detect`] reads them without converting them.
impl JsonView for JsValue {
    fn array_len(&self) -> Option<usize> {
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().length() as usize)
    }
    fn item(&self, index: usize) -> Option<Self> {
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().get(index as u32))
    }
    fn member(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        Some(property(self, key)).filter(|v| !v.is_undefined() && !v.is_null())
    }
    fn is_object(&self) -> bool {
        JsValue::is_object(self) && !Array::is_array(self)
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
}
