//! The index file: its frame, writing and reading.
//!
//! Layout: `WMINDEX\0` (8 bytes) · format version (u32 LE) · payload length (u64 LE) ·
//! CRC-32 of the payload (u32 LE) · payload (postcard of [`super::disk`]'s types). Bump
//! [`FORMAT_VERSION`] whenever the payload or the text normalisation changes: prepared terms
//! are only valid with the rules that made them.
//!
//! Vacancies of one file ask for the same skills again and again, so the payload holds each
//! distinct skill once, in a list, and each vacancy's record its skills as numbers in that
//! list; once the file is added to an engine, the records read them there, in place, through
//! the file's table of the engine's copies ([`crate::record::KeptFile::share_skills`]).

use super::disk::{DescriptionMode, DiskSkill, DiskVacancy, PayloadOut};
use crate::error::InputError;
use crate::model::{Concept, GeoEntry};
use crate::prepared::{PreparedSkill, PreparedVacancy};
use crate::record::KeptFile;
use crate::vocab::TermId;
use std::collections::HashMap;
use std::sync::Arc;

/// Marks a werkmatch index file.
pub const MAGIC: &[u8; 8] = b"WMINDEX\0";
/// Version of the index format this build writes and reads.
pub const FORMAT_VERSION: u32 = 9;
const HEADER_LEN: usize = 8 + 4 + 8 + 4;

/// What an index holds, borrowed for writing.
pub struct IndexRef<'a> {
    /// [`taxonomy_check`] of the taxonomy the vacancies were prepared with (a shard holds no
    /// concepts, only this).
    pub taxonomy_check: u32,
    /// Taxonomy concepts.
    pub concepts: Vec<&'a Concept>,
    /// Postcode centroids.
    pub geo: Vec<GeoEntry>,
    /// The file's vocabulary, in term-id order.
    pub terms: &'a [String],
    /// The file's number of each term id of the vacancies (in `terms`).
    pub term: &'a dyn Fn(TermId) -> TermId,
    /// Prepared vacancies.
    pub vacancies: Vec<&'a PreparedVacancy>,
    /// How much of each description to keep for display.
    pub descriptions: DescriptionMode,
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
    /// The distinct skills of the vacancies, not yet numbered by an engine.
    pub skills: Vec<Arc<PreparedSkill>>,
    /// Prepared vacancies; their records, in `file`, name their skills by place in `skills`
    /// (read once the file is added to an engine) and hold term ids of `terms`.
    pub vacancies: Vec<PreparedVacancy>,
    /// The file read, kept by the vacancies' records.
    pub file: Arc<KeptFile>,
}

/// A checksum of a taxonomy: prepared vacancies refer to concepts by position, so they can
/// only be added to an engine whose taxonomy has the same check.
pub fn taxonomy_check(concepts: &[&Concept]) -> u32 {
    super::checksum::crc32(&postcard::to_allocvec(concepts).unwrap_or_default())
}

impl IndexData {
    /// Whether this is a shard: vacancies prepared with a taxonomy the file does not hold.
    pub fn is_shard(&self) -> bool {
        self.concepts.is_empty() && self.taxonomy_check != taxonomy_check(&[])
    }
}

/// The error for a file that is not a complete, undamaged index of this version.
pub(super) fn damaged(message: impl Into<String>) -> InputError {
    InputError::field("", message).in_record("index")
}

/// Writes an index file.
pub fn write_index(data: &IndexRef) -> Vec<u8> {
    // Vacancies of an engine share their skills: number each distinct one by where it is.
    let mut numbers: HashMap<*const PreparedSkill, u32> = HashMap::new();
    let mut skills = Vec::new();
    let vacancies = data
        .vacancies
        .iter()
        .map(|v| {
            let refs = v
                .shared_skills()
                .map(|skill| {
                    *numbers.entry(Arc::as_ptr(skill)).or_insert_with(|| {
                        skills.push(DiskSkill::from_prepared(skill, data.term));
                        skills.len() as u32 - 1
                    })
                })
                .collect();
            DiskVacancy::from_prepared(v, refs, data.term, data.descriptions)
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
    out.extend_from_slice(&crate::index::checksum::crc32(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Reads an index file, refusing anything that is not a complete, undamaged index of this
/// format version, with a message that says which.
pub fn read_index(bytes: &[u8]) -> Result<IndexData, InputError> {
    read_index_kept(KeptFile::new(bytes.to_vec()))
}

/// [`read_index`] of a file that the vacancies keep: their records stay in it instead of being
/// copied out (the file lives as long as one of them does).
pub fn read_index_kept(file: Arc<KeptFile>) -> Result<IndexData, InputError> {
    let bytes = file.bytes();
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
    if u32::from_le_bytes(word(20..24)) != crate::index::checksum::crc32(payload) {
        return Err(damaged("is damaged: its checksum does not match its contents"));
    }
    // The payload's fields one after another (postcard writes a struct as its fields in
    // order, and a list as its length and its items), each vacancy converted as soon as it is
    // read, so that no second copy of all vacancies is held while loading.
    let cannot = |e: postcard::Error| damaged(format!("is damaged: it cannot be read ({e})"));
    let (taxonomy_check, rest) = postcard::take_from_bytes::<u32>(payload).map_err(cannot)?;
    let (concepts, rest) = postcard::take_from_bytes::<Vec<Concept>>(rest).map_err(cannot)?;
    let (geo, rest) = postcard::take_from_bytes::<Vec<GeoEntry>>(rest).map_err(cannot)?;
    let (terms, rest) = postcard::take_from_bytes::<Vec<String>>(rest).map_err(cannot)?;
    let (skills, rest) = postcard::take_from_bytes::<Vec<DiskSkill>>(rest).map_err(cannot)?;
    let skills: Vec<Arc<PreparedSkill>> = skills.into_iter().map(|s| Arc::new(s.into_prepared())).collect();
    let (count, mut rest) = postcard::take_from_bytes::<usize>(rest).map_err(cannot)?;
    // A vacancy takes at least a few bytes: a count beyond what is left is damage, not a
    // reason to reserve memory.
    let mut vacancies = Vec::with_capacity(count.min(rest.len()));
    let term_count = u32::try_from(terms.len()).unwrap_or(u32::MAX);
    for i in 0..count {
        let (v, after) = postcard::take_from_bytes::<DiskVacancy>(rest).map_err(cannot)?;
        vacancies.push(v.into_prepared(i, &skills, &file, term_count)?);
        rest = after;
    }
    if !rest.is_empty() {
        return Err(damaged(format!("is damaged: {} bytes follow its last vacancy", rest.len())));
    }
    Ok(IndexData { taxonomy_check, concepts, geo, terms, skills, vacancies, file })
}
