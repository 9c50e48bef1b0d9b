//! [`Grid`]: the engine's vacancies bucketed by grid cell of about 10 × 10 km (the cells of
//! [`crate::geo::cell_of`], as the shard sets use), so a ranking with a travel distance as a
//! filter visits only the vacancies in the cells that the travel distance can reach (and those
//! that are remote or have no known place), not all of them.

use crate::geo::{cell_of, Point, DISTANCE_MARGIN_KM, KM_PER_DEGREE_LATITUDE};
use crate::prepared::{Place, PreparedVacancy};
use std::collections::HashMap;

/// Cell size in km.
const CELL_KM: f64 = 10.0;
/// Beyond this many cells a search box is not worth walking: every vacancy is visited.
const MAX_CELLS: f64 = 20_000.0;

/// Vacancy positions (in the engine's list) by cell.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    cells: HashMap<(i32, i32), Vec<u32>>,
    /// Remote vacancies and those without a known place: within reach of everyone.
    elsewhere: Vec<u32>,
}

fn cell(p: Point) -> (i32, i32) {
    cell_of(p, CELL_KM)
}

impl Grid {
    /// Buckets `vacancies` by the cell of their place.
    pub fn new(vacancies: &[PreparedVacancy]) -> Self {
        let mut grid = Grid::default();
        for (i, v) in vacancies.iter().enumerate() {
            match v.place {
                Place::At(p) if p.lat.is_finite() && p.lon.is_finite() => grid.cells.entry(cell(p)).or_default().push(i as u32),
                _ => grid.elsewhere.push(i as u32),
            }
        }
        grid
    }

    /// The positions of `vacancies` ordered by cell, row by row (those without a known place
    /// last), in their own order within a cell: an index file written in this order keeps the
    /// vacancies a travel distance reaches close together in memory, so a ranking reads them
    /// as a few runs instead of one cache miss each.
    pub fn cell_order(vacancies: &[PreparedVacancy]) -> Vec<usize> {
        let key = |v: &PreparedVacancy| match v.place {
            Place::At(p) if p.lat.is_finite() && p.lon.is_finite() => (false, cell(p)),
            _ => (true, (0, 0)),
        };
        let mut order: Vec<usize> = (0..vacancies.len()).collect();
        order.sort_by_key(|&i| key(&vacancies[i]));
        order
    }

    /// The positions, cell by cell, of every vacancy that may lie within `km` of
    /// `from` (a superset: the caller still checks the distance), or `None` when the search
    /// box is too large to be worth it (then every vacancy is a candidate).
    pub fn within(&self, from: Point, km: f64) -> Option<Vec<u32>> {
        let reach = km + DISTANCE_MARGIN_KM;
        let dlat = reach / KM_PER_DEGREE_LATITUDE;
        let (south, north) = (from.lat - dlat, from.lat + dlat);
        // A degree of longitude is shortest at the latitude furthest from the equator.
        let cos = south.abs().max(north.abs()).min(89.0).to_radians().cos();
        let dlon = reach / (KM_PER_DEGREE_LATITUDE * cos);
        let wraps = from.lon - dlon < -180.0 || from.lon + dlon > 180.0; // across the antimeridian
        if !reach.is_finite() || wraps || !from.lat.is_finite() || !from.lon.is_finite() {
            return None;
        }
        // Rows and columns grow with latitude and longitude: the box's corners bound them.
        let (r0, c0) = cell(Point { lat: south, lon: from.lon - dlon });
        let (r1, c1) = cell(Point { lat: north, lon: from.lon + dlon });
        let cells = (f64::from(r1) - f64::from(r0) + 1.0) * (f64::from(c1) - f64::from(c0) + 1.0);
        if cells > MAX_CELLS {
            return None;
        }
        let mut found = self.elsewhere.clone();
        for row in r0..=r1 {
            for column in c0..=c1 {
                if let Some(list) = self.cells.get(&(row, column)) {
                    found.extend_from_slice(list);
                }
            }
        }
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> PreparedVacancy {
        let mut v = crate::prepared::PreparedVacancy::new(
            crate::model::Vacancy { id: format!("{lat},{lon}"), title: "Kok".into(), ..Default::default() },
            &mut crate::vocab::Vocab::default(),
            &crate::taxonomy::Taxonomy::default(),
            &crate::geo::GeoTable::default(),
        );
        v.place = Place::At(Point { lat, lon });
        v
    }

    #[test]
    fn a_search_box_across_the_antimeridian_or_too_large_visits_everything() {
        let grid = Grid::new(&[at(-16.5, 179.95), at(-16.5, -179.95), at(52.1, 5.1)]);
        assert_eq!(grid.within(Point { lat: -16.5, lon: 179.99 }, 20.0), None);
        assert_eq!(grid.within(Point { lat: 52.1, lon: 5.1 }, 5_000.0), None);
        assert_eq!(grid.within(Point { lat: 52.1, lon: 5.1 }, 20.0), Some(vec![2]));
    }
}
