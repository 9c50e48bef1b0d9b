//! The prebuilt index file: everything an engine computed when its vacancies were added, in
//! one compact binary file that a browser loads without parsing or tokenising a feed.
//!
//! Layout: `WMINDEX\0` (8 bytes) · format version (u32 LE) · payload length (u64 LE) ·
//! CRC-32 of the payload (u32 LE) · payload (postcard). Bump [`FORMAT_VERSION`] whenever the
//! payload or the text normalisation changes: prepared terms are only valid with the rules that
//! made them.
//!
//! Vacancies of one file ask for the same skills again and again, so the payload holds each
//! distinct skill (as given and as prepared) once, in a table, and each vacancy its skills as
//! numbers in that table.

use crate::error::InputError;
use crate::model::VacancySkill;
use crate::model::{Concept, GeoEntry};
use crate::prepared::{PreparedSkill, PreparedVacancy};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Marks a werkmatch index file.
pub const MAGIC: &[u8; 8] = b"WMINDEX\0";
/// Version of the index format this build writes and reads.
pub const FORMAT_VERSION: u32 = 4;
const HEADER_LEN: usize = 8 + 4 + 8 + 4;
/// How many times its own size a file's skills may take once read, beyond [`MAX_SKILL_BYTES`]
/// (see `read_index`).
const MAX_SKILL_EXPANSION: usize = 32;
/// What a file's skills may take once read whatever its size (256 MiB).
const MAX_SKILL_BYTES: usize = 256 << 20;

/// What an index holds, borrowed for writing.
pub struct IndexRef<'a> {
    /// [`taxonomy_check`] of the taxonomy the vacancies were prepared with (a shard holds no
    /// concepts, only this).
    pub taxonomy_check: u32,
    /// Taxonomy concepts.
    pub concepts: Vec<&'a Concept>,
    /// Postcode centroids.
    pub geo: Vec<GeoEntry>,
    /// The vocabulary, in term-id order.
    pub terms: &'a [String],
    /// Prepared vacancies.
    pub vacancies: Vec<&'a PreparedVacancy>,
}

/// What an index holds, owned after reading.
pub struct IndexData {
    /// [`taxonomy_check`] of the taxonomy the vacancies were prepared with.
    pub taxonomy_check: u32,
    /// Taxonomy concepts.
    pub concepts: Vec<Concept>,
    /// Postcode centroids.
    pub geo: Vec<GeoEntry>,
    /// The vocabulary, in term-id order.
    pub terms: Vec<String>,
    /// Prepared vacancies.
    pub vacancies: Vec<PreparedVacancy>,
}

/// A checksum of a taxonomy: prepared vacancies refer to concepts by position, so they can
/// only be added to an engine whose taxonomy has the same check.
pub fn taxonomy_check(concepts: &[&Concept]) -> u32 {
    crate::checksum::crc32(&postcard::to_allocvec(concepts).unwrap_or_default())
}

/// The payload as written: vacancies without their skills, and the skill table.
#[derive(Serialize)]
struct PayloadOut<'a> {
    taxonomy_check: u32,
    concepts: &'a [&'a Concept],
    geo: &'a [GeoEntry],
    terms: &'a [String],
    skills: Vec<(&'a VacancySkill, &'a PreparedSkill)>,
    vacancies: Vec<(PreparedVacancy, Vec<u32>)>,
}

/// The payload as read.
#[derive(Deserialize)]
struct PayloadIn {
    taxonomy_check: u32,
    concepts: Vec<Concept>,
    geo: Vec<GeoEntry>,
    terms: Vec<String>,
    skills: Vec<(VacancySkill, PreparedSkill)>,
    vacancies: Vec<(PreparedVacancy, Vec<u32>)>,
}

impl IndexData {
    /// Whether this is a shard: vacancies prepared with a taxonomy the file does not hold.
    pub fn is_shard(&self) -> bool {
        self.concepts.is_empty() && self.taxonomy_check != taxonomy_check(&[])
    }
}

fn damaged(message: impl Into<String>) -> InputError {
    InputError::field("", message).in_record("index")
}

/// Writes an index file.
pub fn write_index(data: &IndexRef) -> Vec<u8> {
    type SkillKey<'a> = (&'a Option<String>, &'a Option<String>, bool, Option<crate::taxonomy::ConceptIdx>, &'a [crate::vocab::TermId]);
    let mut numbers: HashMap<SkillKey, u32> = HashMap::new();
    let mut skills = Vec::new();
    let vacancies = data
        .vacancies
        .iter()
        .map(|v| {
            let refs = v
                .source
                .skills
                .iter()
                .zip(&v.skills)
                .map(|(given, prepared)| {
                    *numbers.entry((&given.id, &given.label, given.required, prepared.concept, &prepared.terms[..])).or_insert_with(|| {
                        skills.push((given, prepared));
                        skills.len() as u32 - 1
                    })
                })
                .collect();
            let mut bare = PreparedVacancy { skills: Vec::new(), ..(*v).clone() };
            bare.source.skills = Vec::new();
            (bare, refs)
        })
        .collect();
    let payload =
        PayloadOut { taxonomy_check: data.taxonomy_check, concepts: &data.concepts, geo: &data.geo, terms: data.terms, skills, vacancies };
    frame(&postcard::to_allocvec(&payload).unwrap_or_default())
}

/// An index file around `payload`: magic, [`FORMAT_VERSION`], length and checksum, then the
/// payload (also for tests and fuzzing that craft payloads).
pub fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crate::checksum::crc32(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Reads an index file, refusing anything that is not a complete, undamaged index of this
/// format version, with a message that says which.
pub fn read_index(bytes: &[u8]) -> Result<IndexData, InputError> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(damaged("is not a werkmatch index file (build one with `werkmatch index`)"));
    }
    let word = |range: std::ops::Range<usize>| -> [u8; 4] { bytes[range].try_into().unwrap_or_default() };
    let version = u32::from_le_bytes(word(8..12));
    if version != FORMAT_VERSION {
        return Err(damaged(format!(
            "has index format version {version}, but this werkmatch reads version {FORMAT_VERSION}: rebuild the index with the `werkmatch index` of this release"
        )));
    }
    let length = u64::from_le_bytes(bytes[12..20].try_into().unwrap_or_default());
    let payload = &bytes[HEADER_LEN..];
    if payload.len() as u64 != length {
        return Err(damaged(format!("is truncated or padded: it should hold {length} bytes of data, but holds {}", payload.len())));
    }
    if u32::from_le_bytes(word(20..24)) != crate::checksum::crc32(payload) {
        return Err(damaged("is damaged: its checksum does not match its contents"));
    }
    let size = payload.len();
    let payload: PayloadIn = postcard::from_bytes(payload).map_err(|e| damaged(format!("is damaged: it cannot be read ({e})")))?;
    let table = payload.skills;
    // A skill is stored once and named by number, so a small file could name a long skill
    // millions of times: refuse files whose skills would take hundreds of MB once read and far
    // more than files written by werkmatch do (2–3 times their size for 15 skills per vacancy),
    // instead of running out of memory.
    let entry_cost = |(g, p): &(VacancySkill, PreparedSkill)| {
        64 + g.id.as_ref().map_or(0, String::len) + g.label.as_ref().map_or(0, String::len) + 4 * p.terms.len()
    };
    let costs: Vec<usize> = table.iter().map(entry_cost).collect();
    let cost = payload
        .vacancies
        .iter()
        .flat_map(|(_, refs)| refs)
        .fold(0usize, |sum, &r| sum.saturating_add(costs.get(r as usize).copied().unwrap_or(0)));
    if cost > size.saturating_mul(MAX_SKILL_EXPANSION).max(MAX_SKILL_BYTES) {
        return Err(damaged("is damaged: its vacancies name their skills far more often than an index written by werkmatch does"));
    }
    let vacancies = payload
        .vacancies
        .into_iter()
        .enumerate()
        .map(|(i, (mut v, refs))| {
            let mut given = Vec::with_capacity(refs.len());
            let mut prepared = Vec::with_capacity(refs.len());
            for r in refs {
                let (g, p) = table
                    .get(r as usize)
                    .ok_or_else(|| damaged(format!("is damaged: vacancy {i} names skill {r}, which the file does not hold")))?;
                given.push(g.clone());
                prepared.push(p.clone());
            }
            v.source.skills = given;
            v.skills = prepared;
            Ok(v)
        })
        .collect::<Result<Vec<_>, InputError>>()?;
    Ok(IndexData { taxonomy_check: payload.taxonomy_check, concepts: payload.concepts, geo: payload.geo, terms: payload.terms, vacancies })
}
