// Loads the generator's inputs in Node: the demo taxonomy and the real Dutch PC4 centroid table
// (data/geo-nl, in the repository with its licence).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const REAL_PC4 = `${root}data/geo-nl/pc4_nl.csv`;

/** The PC4 CSV used: path and a short name for the table's notes. */
export function pc4Source() {
  return { path: REAL_PC4, name: 'real Dutch PC4 table (data/geo-nl, 4,766 centroids)' };
}

/** Rows of a simple CSV with a `pc4,place,lat,lon` header (any column order, no quoting). */
export function readPlaces(path = pc4Source().path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n').map((l) => l.replace(/\r$/, '').split(','));
  const col = (name) => header.indexOf(name);
  return lines.map((cells) => ({
    pc4: cells[col('pc4')], place: cells[col('place')] ?? '', lat: Number(cells[col('lat')]), lon: Number(cells[col('lon')]),
  })).filter((p) => /^\d{4}$/.test(p.pc4) && Number.isFinite(p.lat) && Number.isFinite(p.lon));
}

export function readTaxonomy() {
  return JSON.parse(readFileSync(`${root}www/demo/taxonomy.json`, 'utf8'));
}
