//! National scale: one set of vacancies split into static index files per geographic cell
//! (shards), described by a manifest, so a browser downloads only the cells within the
//! jobseeker's travel distance. Any static web server or CDN can serve them.
//!
//! A set is a base index (taxonomy and postcodes, no vacancies), one shard per grid cell of
//! about `cell_km` × `cell_km` km holding the vacancies located there, and one "anywhere"
//! shard with remote vacancies and those of unknown location, which is always loaded (an
//! unknown location is never a reason to exclude). File names carry a hash of their contents,
//! so they can be cached forever; only the manifest changes between releases.

use crate::engine::{DescriptionMode, Engine};
use crate::error::InputError;
use crate::geo::{cell_of, distance_km, Point, DISTANCE_MARGIN_KM};
use crate::model::Profile;
use crate::prepared::Place;
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// The `format` a shard manifest says it is.
pub const MANIFEST_FORMAT: &str = "werkmatch-shards";
/// Version of the manifest layout.
pub const MANIFEST_VERSION: u32 = 1;
/// Default cell size in km.
pub const DEFAULT_CELL_KM: f64 = 10.0;
/// Travel distance used to choose shards for a profile with a place but no maximum distance.
pub const DEFAULT_REACH_KM: f64 = 30.0;

/// The smallest box around the vacancies of a shard, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    /// Lowest latitude.
    pub south: f64,
    /// Lowest longitude.
    pub west: f64,
    /// Highest latitude.
    pub north: f64,
    /// Highest longitude.
    pub east: f64,
}

impl Bounds {
    /// Lower bound of the distance in km from `p` to any point in the box (0 inside it).
    pub fn distance_from(&self, p: Point) -> f64 {
        // max/min rather than clamp: the same for a valid box, and without clamp's panic,
        // whose message would bring float formatting into the WebAssembly.
        let nearest = Point { lat: p.lat.max(self.south).min(self.north), lon: p.lon.max(self.west).min(self.east) };
        // Within a box a few tens of km wide the clamped point is the nearest one to well
        // under a km; DISTANCE_MARGIN_KM covers the rest.
        distance_km(p, nearest)
    }

    fn grow(bounds: Option<Bounds>, p: Point) -> Bounds {
        match bounds {
            None => Bounds { south: p.lat, west: p.lon, north: p.lat, east: p.lon },
            Some(b) => Bounds { south: b.south.min(p.lat), west: b.west.min(p.lon), north: b.north.max(p.lat), east: b.east.max(p.lon) },
        }
    }
}

/// One file of a shard set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShardEntry {
    /// File name, relative to the manifest.
    pub file: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Number of vacancies in it.
    pub vacancies: u32,
    /// Where its vacancies are; absent for the base and the "anywhere" shard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
}

/// The manifest of a shard set (`shards.json`): what a browser reads first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// [`MANIFEST_VERSION`].
    pub version: u32,
    /// The index file format of the files ([`crate::index::FORMAT_VERSION`]).
    pub index_format: u32,
    /// Cell size in km.
    pub cell_km: f64,
    /// Total number of vacancies in the set.
    pub vacancies: u32,
    /// The base index: taxonomy and postcodes, loaded first.
    pub base: ShardEntry,
    /// The vacancy shards; those without bounds are always loaded.
    pub shards: Vec<ShardEntry>,
}

/// A shard set as written: the manifest and the files it names.
pub struct ShardSet {
    /// The manifest.
    pub manifest: Manifest,
    /// (file name, contents) of the base and every shard.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Which shards a profile needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ShardChoice {
    /// The files to load (besides the base), nearest first.
    pub files: Vec<String>,
    /// The travel distance the choice covers, in km; absent when the profile gives no place
    /// (then only the "anywhere" shard is chosen).
    pub reach_km: Option<f64>,
}

fn file_name(stem: &str, bytes: &[u8]) -> String {
    format!("{stem}.{:08x}.wmx", crate::index::checksum::crc32(bytes))
}

/// Splits an engine's vacancies into a shard set with cells of `cell_km` (1–500 km).
pub fn write_shards(engine: &Engine, cell_km: f64, descriptions: DescriptionMode) -> Result<ShardSet, InputError> {
    if !(1.0..=500.0).contains(&cell_km) {
        return Err(InputError::field("cellKm", "must be a number of km from 1 to 500"));
    }
    // Part 0 is "anywhere"; cells are numbered from 1 in the order first met.
    let mut cells: Vec<(i32, i32)> = Vec::new();
    let mut bounds: Vec<Option<Bounds>> = vec![None];
    let mut part_of = std::collections::HashMap::new();
    let mut parts = Vec::with_capacity(engine.len());
    for v in engine.prepared() {
        let part = match v.place {
            Place::At(p) => {
                let cell = cell_of(p, cell_km);
                let part = *part_of.entry(cell).or_insert_with(|| {
                    cells.push(cell);
                    bounds.push(None);
                    cells.len()
                });
                bounds[part] = Some(Bounds::grow(bounds[part], p));
                part
            }
            Place::Remote | Place::Unknown => 0,
        };
        parts.push(part);
    }
    let written = engine.to_index_parts(descriptions, cells.len() + 1, &parts);
    let base = engine.to_base_index();
    let mut files = vec![(file_name("base", &base), base)];
    let base_entry = ShardEntry { file: files[0].0.clone(), bytes: files[0].1.len() as u64, vacancies: 0, bounds: None };
    let mut shards = Vec::new();
    for (part, (count, bytes)) in written.into_iter().enumerate() {
        if part == 0 && count == 0 {
            continue;
        }
        let stem = match part {
            0 => "anywhere".to_owned(),
            _ => format!("cell_{}_{}", cells[part - 1].0, cells[part - 1].1),
        };
        let file = file_name(&stem, &bytes);
        shards.push(ShardEntry { file: file.clone(), bytes: bytes.len() as u64, vacancies: count as u32, bounds: bounds[part] });
        files.push((file, bytes));
    }
    let manifest = Manifest {
        format: MANIFEST_FORMAT.to_owned(),
        version: MANIFEST_VERSION,
        index_format: crate::index::FORMAT_VERSION,
        cell_km,
        vacancies: engine.len() as u32,
        base: base_entry,
        shards,
    };
    Ok(ShardSet { manifest, files })
}

/// Checks that a manifest is one this build reads, naming what is wrong.
pub fn check_manifest(manifest: &Manifest) -> Result<(), InputError> {
    let wrong = |field: &str, message: String| Err(InputError::field(field, message).in_record("manifest"));
    if manifest.format != MANIFEST_FORMAT {
        return wrong("format", format!("must be \"{MANIFEST_FORMAT}\""));
    }
    if manifest.version != MANIFEST_VERSION {
        return wrong("version", format!("is {}, but this werkmatch reads version {MANIFEST_VERSION}", manifest.version));
    }
    if manifest.index_format != crate::index::FORMAT_VERSION {
        return wrong(
            "indexFormat",
            format!(
                "is {}, but this werkmatch reads index format {}: rebuild the shards with the `werkmatch shards` of this release",
                manifest.index_format,
                crate::index::FORMAT_VERSION
            ),
        );
    }
    for (i, shard) in manifest.shards.iter().enumerate() {
        if let Some(b) = shard.bounds {
            let ok = [b.south, b.west, b.north, b.east].iter().all(|x| x.is_finite()) && b.south <= b.north && b.west <= b.east;
            if !ok {
                return wrong(&format!("shards[{i}].bounds"), "must be finite with south ≤ north and west ≤ east".into());
            }
        }
    }
    Ok(())
}

impl Engine {
    /// The shards of `manifest` a profile needs: those within its maximum distance (or
    /// [`DEFAULT_REACH_KM`]) of its place, nearest first, and always the "anywhere" shard.
    /// Without a place (or with a postcode the geo table does not know) only "anywhere".
    pub fn shards_for(&self, manifest: &Manifest, profile: &Profile) -> Result<ShardChoice, InputError> {
        check_manifest(manifest)?;
        let point = self.geo().point_of(profile.location.as_ref());
        let reach = point.map(|_| profile.max_distance_km.filter(|d| d.is_finite() && *d >= 0.0).unwrap_or(DEFAULT_REACH_KM));
        let mut chosen: Vec<(f64, &str)> = manifest
            .shards
            .iter()
            .filter_map(|s| match (s.bounds, point, reach) {
                (None, _, _) => Some((-1.0, s.file.as_str())),
                (Some(b), Some(p), Some(km)) => {
                    let d = b.distance_from(p);
                    (d <= km + DISTANCE_MARGIN_KM).then_some((d, s.file.as_str()))
                }
                _ => None,
            })
            .collect();
        // By distance, then by name: the name first, as the sort keeps ties in order.
        crate::order::sort_by_text(&mut chosen, |c| c.1.into());
        crate::order::sort_by_key(&mut chosen, |c| u128::from(crate::order::ascending(c.0)));
        Ok(ShardChoice { files: chosen.into_iter().map(|(_, f)| f.to_owned()).collect(), reach_km: reach })
    }
}
