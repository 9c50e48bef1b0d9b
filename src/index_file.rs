//! The prebuilt index file: everything an engine computed when its vacancies were added, in
//! one compact binary file that a browser loads without parsing or tokenising a feed.
//!
//! Layout: `WMINDEX\0` (8 bytes) · format version (u32 LE) · payload length (u64 LE) ·
//! CRC-32 of the payload (u32 LE) · payload (postcard). Bump [`FORMAT_VERSION`] whenever the
//! payload or the text normalisation changes: prepared terms are only valid with the rules that
//! made them.

use crate::error::InputError;
use crate::model::{Concept, GeoEntry};
use crate::prepared::PreparedVacancy;
use serde::{Deserialize, Serialize};

/// Marks a werkmatch index file.
pub const MAGIC: &[u8; 8] = b"WMINDEX\0";
/// Version of the index format this build writes and reads.
pub const FORMAT_VERSION: u32 = 3;
const HEADER_LEN: usize = 8 + 4 + 8 + 4;

/// What an index holds, borrowed for writing.
#[derive(Serialize)]
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
#[derive(Deserialize)]
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

fn damaged(message: impl Into<String>) -> InputError {
    InputError::field("", message).in_record("index")
}

/// Writes an index file.
pub fn write_index(data: &IndexRef) -> Vec<u8> {
    let payload = postcard::to_allocvec(data).unwrap_or_default();
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crate::checksum::crc32(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
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
    postcard::from_bytes(payload).map_err(|e| damaged(format!("is damaged: it cannot be read ({e})")))
}
