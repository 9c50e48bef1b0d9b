// Autocomplete speed on a real taxonomy: the 3,039 Dutch ESCO occupations with their 19,786
// synonyms (data/esco-nl), as the widget's combobox asks while a person types. For 60 labels
// (every 50th occupation), every prefix from 2 letters is one keystroke: `suggest(prefix,
// { limit: 8, kind: 'occupation' })`, timed alone. A benchmark, not a test: it prints figures.
//
//   node tools/bench/suggest.mjs        (after scripts/build.sh)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, Engine, escoTaxonomy } from '../../pkg/werkmatch.js';
import { loadOccupations } from '../eval/quality.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
initSync({ module: readFileSync(`${root}pkg/werkmatch_bg.wasm`) });
const csv = readFileSync(`${root}data/esco-nl/occupations_nl.csv`, 'utf8');
const engine = new Engine({ taxonomy: escoTaxonomy({ occupations: csv }).concepts });
const labels = loadOccupations(csv).filter((_, i) => i % 50 === 0).map((o) => o.label);

let started = performance.now();
engine.suggest('ve', { limit: 8, kind: 'occupation' });
const first = performance.now() - started;
const times = [];
for (const label of labels) {
  for (let n = 2; n <= label.length; n++) {
    started = performance.now();
    engine.suggest(label.slice(0, n), { limit: 8, kind: 'occupation' });
    times.push(performance.now() - started);
  }
}
started = performance.now();
const verpleeg = engine.suggest('verpleeg', { limit: 8, kind: 'occupation' });
const verpleegMs = performance.now() - started;
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2);
console.log(`suggest over the 3,039 ESCO occupations and their synonyms, Node ${process.version}: ${times.length} keystrokes`);
console.log(`first call (builds the prefix index): ${first.toFixed(0)} ms`);
console.log(`per keystroke: median ${at(0.5)} ms, p95 ${at(0.95)} ms, slowest ${times[times.length - 1].toFixed(2)} ms`);
console.log(`suggest("verpleeg"): ${verpleegMs.toFixed(2)} ms → ${verpleeg.map((s) => s.label).slice(0, 3).join(', ')}`);
