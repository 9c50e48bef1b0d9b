// What the JS libraries share: the query text (the profile's skill labels), the document text
// (title, description, skill labels) and the two filters werkmatch applies by default —
// straight-line distance within the profile's maximum and overlapping hours — so every
// system answers the same question: the top 20 matching vacancies that pass both filters.

export const LIMIT = 20;

/** Skill labels of a vacancy (strings or `{label}` objects). */
export const skillLabels = (vacancy) => (vacancy.skills ?? []).map((s) => (typeof s === 'string' ? s : s.label ?? ''));

/** The searchable fields of a vacancy. */
export const document = (v) => ({ id: v.id, title: v.title, description: v.description ?? '', skills: skillLabels(v).join(' ; ') });

/** The full-text query: the profile's skill labels, space-separated. */
export const queryText = (profile) => profile.skills.map((s) => (typeof s === 'string' ? s : s.label)).join(' ');

const RADIANS = Math.PI / 180;
const EARTH_KM = 6371.0088;

/** Great-circle distance in km. */
export function distanceKm(aLat, aLon, bLat, bLon) {
  const dLat = (bLat - aLat) * RADIANS;
  const dLon = (bLon - aLon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * RADIANS) * Math.cos(bLat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Compact per-vacancy filter data: coordinates and hours, NaN when unknown. */
export function filterColumns(vacancies) {
  const n = vacancies.length;
  const cols = { lat: new Float64Array(n), lon: new Float64Array(n), min: new Float64Array(n), max: new Float64Array(n) };
  vacancies.forEach((v, i) => {
    cols.lat[i] = v.location?.lat ?? NaN;
    cols.lon[i] = v.location?.lon ?? NaN;
    cols.min[i] = v.hours?.min ?? 0;
    cols.max[i] = v.hours?.max ?? 168;
  });
  return cols;
}

/** Whether vacancy `i` passes the profile's distance and hours filters (unknown passes). */
export function passes(cols, i, { profile, point }) {
  const lat = cols.lat[i];
  if (!Number.isNaN(lat) && distanceKm(point.lat, point.lon, lat, cols.lon[i]) > profile.maxDistanceKm) return false;
  const { min = 0, max = 168 } = profile.hours ?? {};
  return cols.min[i] <= max && min <= cols.max[i];
}
