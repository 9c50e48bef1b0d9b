//! [`GeoTable`]: Dutch PC4 postcode centroids, and straight-line ("hemelsbreed") distance.

use crate::error::{record_name, shorten, InputError};
use crate::limits::Limits;
use crate::model::GeoEntry;
use crate::validate::check_coordinates;
use std::collections::HashMap;

/// A point on earth in degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// PC4 → centroid lookup table. A postcode not in the table is "unknown location".
#[derive(Debug, Default, Clone)]
pub struct GeoTable {
    centroids: HashMap<u16, Point>,
}

impl GeoTable {
    /// Builds the table, checking every row; a bad row is an error naming it.
    pub fn new(entries: &[GeoEntry], limits: &Limits) -> Result<Self, InputError> {
        Limits::check_count("geo", entries.len(), limits.max_geo_entries, "maxGeoEntries")?;
        let mut centroids = HashMap::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            let record = || record_name("geo", i, None);
            let pc4 = parse_pc4(&entry.pc4).filter(|_| entry.pc4.trim().len() == 4).ok_or_else(|| {
                InputError::field("pc4", format!("must be four digits, 1000–9999 (got \"{}\")", shorten(&entry.pc4))).in_record(record())
            })?;
            check_coordinates(entry.lat, entry.lon).map_err(|e| e.in_record(record()))?;
            if centroids.insert(pc4, Point { lat: entry.lat, lon: entry.lon }).is_some() {
                return Err(InputError::field("pc4", format!("{pc4} appears twice in the table")).in_record(record()));
            }
        }
        Ok(GeoTable { centroids })
    }

    /// The centroid of a postcode in any common form ("2311 BW", "2311bw", "2311"), if known.
    pub fn lookup(&self, postcode: &str) -> Option<Point> {
        parse_pc4(postcode).and_then(|pc4| self.centroids.get(&pc4).copied())
    }

    /// Where a profile says the person is: its coordinates when both are given (and finite),
    /// else its postcode's centroid, if known.
    pub fn point_of(&self, location: Option<&crate::model::ProfileLocation>) -> Option<Point> {
        location.and_then(|l| match (l.lat, l.lon) {
            (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Some(Point { lat, lon }),
            _ => l.postcode.as_deref().and_then(|p| self.lookup(p)),
        })
    }

    /// The table's rows, by postcode (without place names).
    pub fn entries(&self) -> Vec<GeoEntry> {
        let mut rows: Vec<GeoEntry> =
            self.centroids.iter().map(|(pc4, p)| GeoEntry { pc4: pc4.to_string(), lat: p.lat, lon: p.lon, place: None }).collect();
        crate::order::sort_by_text(&mut rows, |r| r.pc4.as_str().into());
        rows
    }

    /// Number of postcodes in the table.
    pub fn len(&self) -> usize {
        self.centroids.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.centroids.is_empty()
    }
}

/// The four-digit area of a Dutch postcode ("2311 BW" → 2311), if it has that form.
pub fn parse_pc4(postcode: &str) -> Option<u16> {
    let compact: String = postcode.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = compact.get(..4)?;
    let letters = &compact[4..];
    let letters_ok = letters.is_empty() || (letters.len() == 2 && letters.chars().all(|c| c.is_ascii_alphabetic()));
    if !digits.chars().all(|c| c.is_ascii_digit()) || !letters_ok {
        return None;
    }
    let pc4: u16 = digits.parse().ok()?;
    (1000..=9999).contains(&pc4).then_some(pc4)
}

/// Length of a degree of latitude in km (a lower bound of the great-circle distance per degree
/// of latitude difference, used to rule out far points without trigonometry).
pub const KM_PER_DEGREE_LATITUDE: f64 = 111.19;

/// Added to a travel distance wherever a cheaper bound than the exact distance decides what is
/// within reach (a latitude difference, a grid cell, a shard's box): for rounding in the bound.
pub const DISTANCE_MARGIN_KM: f64 = 1.0;

/// Origin of the one cell grid (south-west of the Netherlands): cells are numbered from here.
const GRID_ORIGIN: Point = Point { lat: 50.0, lon: 3.0 };
/// Cells are as wide in km as they are high at this latitude (the middle of the Netherlands).
const GRID_LATITUDE: f64 = 52.2;

/// The cell (row, column) of `p` in the grid of cells about `cell_km` × `cell_km` km in the
/// Netherlands (fixed degrees of latitude and longitude, so rows and columns grow with latitude
/// and longitude everywhere). The engine's ranking filter and the shard sets use this one grid.
pub fn cell_of(p: Point, cell_km: f64) -> (i32, i32) {
    let km_per_degree_longitude = KM_PER_DEGREE_LATITUDE * GRID_LATITUDE.to_radians().cos();
    let row = ((p.lat - GRID_ORIGIN.lat) * KM_PER_DEGREE_LATITUDE / cell_km).floor();
    let column = ((p.lon - GRID_ORIGIN.lon) * km_per_degree_longitude / cell_km).floor();
    (row as i32, column as i32)
}

/// Straight-line (great-circle) distance in km between two points.
pub fn distance_km(a: Point, b: Point) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(pc4: &str, lat: f64, lon: f64) -> GeoEntry {
        GeoEntry { pc4: pc4.into(), lat, lon, place: None }
    }

    #[test]
    fn postcodes_in_common_forms_resolve() {
        let table = GeoTable::new(&[entry("2311", 52.16, 4.49)], &Limits::default()).unwrap();
        for form in ["2311", "2311 BW", "2311bw", " 2311 bw "] {
            assert!(table.lookup(form).is_some(), "{form}");
        }
        assert_eq!(table.lookup("9999"), None, "unknown postcode is unknown, not an error");
        assert_eq!(table.lookup("23"), None);
        assert_eq!(table.lookup("0123"), None);
        assert_eq!(table.lookup("2311 BWX"), None);
    }

    #[test]
    fn bad_rows_are_named() {
        let err = GeoTable::new(&[entry("2311", 52.1, 4.4), entry("12a4", 52.0, 4.0)], &Limits::default()).unwrap_err();
        assert_eq!(err.field, "pc4");
        assert!(err.record.contains("geo[1]"));
        let err = GeoTable::new(&[entry("2311", f64::NAN, 4.4)], &Limits::default()).unwrap_err();
        assert_eq!(err.field, "lat");
    }

    #[test]
    fn distance_is_hemelsbreed() {
        let leiden = Point { lat: 52.1601, lon: 4.4970 };
        let utrecht = Point { lat: 52.0907, lon: 5.1214 };
        let d = distance_km(leiden, utrecht);
        assert!((d - 43.3).abs() < 1.0, "{d}");
        assert_eq!(distance_km(leiden, leiden), 0.0);
    }
}
