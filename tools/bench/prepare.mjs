// Writes the benchmark's input files into a work folder: for each size the vacancies as JSON
// and the prebuilt index made from them by the command line (`werkmatch index`), plus the
// profiles, the taxonomy and the postcode table. Returns their sizes (raw and gzipped).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateProfiles, generateVacancies } from './data/generate.mjs';
import { pc4Source, readPlaces, readTaxonomy, root } from './data/inputs.mjs';

export const CLI = join(root, 'target/release/werkmatch');
export const WASM = join(root, 'pkg/werkmatch_bg.wasm');
export const PROFILE_COUNT = 50;
/** The index is built as of this day (no generated vacancy expires). */
const TODAY = '2026-01-01';

const sizeOf = (bytes) => ({ bytes: bytes.length, gzipBytes: gzipSync(bytes).length });

export function checkBuilt() {
  const missing = [WASM, CLI].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: build first (scripts/build.sh)`);
}

/** Generates everything for `sizes` into a new temporary folder; `log` reports progress. */
export function prepare(sizes, log = () => {}) {
  checkBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'werkmatch-bench-'));
  const places = readPlaces();
  const taxonomy = readTaxonomy();
  writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify(taxonomy));
  writeFileSync(join(dir, 'geo.json'), JSON.stringify(places));
  writeFileSync(join(dir, 'queries.json'), JSON.stringify(generateProfiles(PROFILE_COUNT, taxonomy, places)));
  const all = generateVacancies(Math.max(...sizes), taxonomy, places);
  const files = {};
  for (const size of sizes) {
    const json = Buffer.from(JSON.stringify(all.slice(0, size)));
    writeFileSync(join(dir, `vacancies-${size}.json`), json);
    const started = performance.now();
    execFileSync(CLI, ['index', '--quiet', '--today', TODAY, '--out', join(dir, `index-${size}.wmx`),
      '--taxonomy', join(root, 'www/demo/taxonomy.json'), '--pc4', pc4Source().path, join(dir, `vacancies-${size}.json`)]);
    const cliMs = performance.now() - started;
    files[size] = { json: sizeOf(json), index: sizeOf(readFileSync(join(dir, `index-${size}.wmx`))), cliMs };
    log(`${size} vacancies: JSON ${(json.length / 1e6).toFixed(1)} MB, index ${(files[size].index.bytes / 1e6).toFixed(1)} MB (werkmatch index: ${(cliMs / 1000).toFixed(1)} s)`);
  }
  return { dir, files, wasm: sizeOf(readFileSync(WASM)), places: places.length, pc4: pc4Source().name, profiles: PROFILE_COUNT };
}
