// Loads the generator's inputs in Node: the demo taxonomy and a PC4 centroid table (the real
// Dutch table in ../shared/data/geo-nl when it is there, else the demo's own small table).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED_PC4 = `${root}../shared/data/geo-nl/pc4_nl.csv`;
const DEMO_PC4 = `${root}www/demo/pc4.csv`;

/** The PC4 CSV used: path and a short name for the table's notes. */
export function pc4Source() {
  return existsSync(SHARED_PC4)
    ? { path: SHARED_PC4, name: 'real Dutch PC4 table (../shared/data/geo-nl, 4,766 centroids)' }
    : { path: DEMO_PC4, name: 'demo PC4 table (www/demo/pc4.csv)' };
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
