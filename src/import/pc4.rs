//! PC4 postcode tables: CSV with the columns `pc4`, `lat`, `lon` and optionally `place`, in
//! any order (e.g. CBS/PDOK centroids exported to CSV). Bad rows are reported and skipped.

use super::csv::{cell, CsvTable};
use crate::error::InputError;
use crate::geo::parse_pc4;
use crate::limits::Limits;
use crate::model::GeoEntry;
use crate::validate::{check_coordinates, check_short_text};

/// A row that could not be used, and why.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SkippedRow {
    /// Line number in the file.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

/// A PC4 table read from CSV.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Pc4Import {
    /// The usable rows.
    pub entries: Vec<GeoEntry>,
    /// Rows skipped, with the reason.
    pub skipped: Vec<SkippedRow>,
}

/// Reads a PC4 table into a [`Pc4Import`].
/// A text larger than `limits.max_input_bytes` is refused.
pub fn import_pc4_csv(text: &str, file: &str, limits: &Limits) -> Result<Pc4Import, InputError> {
    limits.check_input_bytes(file, text.len())?;
    read_pc4_csv(text, file, limits).map(|(entries, skipped)| Pc4Import { entries, skipped })
}

/// Reads a PC4 table. The file must have the columns; bad rows are skipped and reported, a
/// postcode that appears twice keeps its first row.
/// A place name breaking `limits` (too long, NUL) skips its row; more rows than
/// `limits.max_geo_entries` are refused.
pub fn read_pc4_csv(text: &str, file: &str, limits: &Limits) -> Result<(Vec<GeoEntry>, Vec<SkippedRow>), InputError> {
    let table = CsvTable::parse(text, file)?;
    let pc4_col = table.column("pc4").or_else(|| table.column("postcode")).ok_or_else(|| {
        InputError::field("pc4", format!("column is missing (the header has: {})", table.header.join(", "))).in_record(file)
    })?;
    let lat_col = table.required_column("lat", file)?;
    let lon_col = table.required_column("lon", file)?;
    let place_col = table.column("place").or_else(|| table.column("woonplaats"));
    let mut entries = Vec::with_capacity(table.rows.len());
    let mut skipped = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (line, row) in &table.rows {
        let raw = cell(row, pc4_col);
        let parsed = (|| {
            let pc4 = parse_pc4(raw).filter(|_| raw.len() == 4).ok_or_else(|| format!("pc4 \"{raw}\" is not four digits"))?;
            let lat: f64 = cell(row, lat_col).replace(',', ".").parse().map_err(|_| "lat is not a number".to_owned())?;
            let lon: f64 = cell(row, lon_col).replace(',', ".").parse().map_err(|_| "lon is not a number".to_owned())?;
            check_coordinates(lat, lon).map_err(|e| e.to_string())?;
            if let Some(c) = place_col {
                check_short_text(limits, "place", cell(row, c)).map_err(|e| e.to_string())?;
            }
            Ok::<_, String>((pc4, lat, lon))
        })();
        match parsed {
            Ok((pc4, lat, lon)) if seen.insert(pc4) => {
                if entries.len() >= limits.max_geo_entries {
                    let message = format!("holds more than {} postcodes (limits.maxGeoEntries)", limits.max_geo_entries);
                    return Err(InputError::field("", message).in_record(file));
                }
                let place = place_col.map(|c| cell(row, c)).filter(|p| !p.is_empty()).map(str::to_owned);
                entries.push(GeoEntry { pc4: pc4.to_string(), lat, lon, place });
            }
            Ok((pc4, _, _)) => skipped.push(SkippedRow { line: *line, reason: format!("pc4 {pc4} appears again") }),
            Err(reason) => skipped.push(SkippedRow { line: *line, reason }),
        }
    }
    Ok((entries, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_in_any_order_and_skips_bad_rows() {
        let text = "pc4,place,lat,lon\n2311,Leiden,52.16,4.49\n12,X,1,1\n2312,Leiden,abc,4.5\n2311,Dubbel,52,4\n9999,,53.1,6.0\n";
        let (entries, skipped) = read_pc4_csv(text, "pc4.csv", &Limits::default()).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].place.as_deref(), Some("Leiden"));
        assert_eq!(entries[1].place, None);
        assert_eq!(skipped.iter().map(|s| s.line).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert_eq!(read_pc4_csv("lat,lon\n1,2\n", "a.csv", &Limits::default()).unwrap_err().field, "pc4");
    }
}
