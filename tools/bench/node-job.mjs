// Runs one benchmark job in a fresh Node process (so each system starts from an empty heap and
// a fresh WebAssembly instance) and prints its result as JSON on the last line.
//   node --expose-gc tools/bench/node-job.mjs '{"system":"MiniSearch","size":1000,"dir":"...","plan":{...}}'
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, Engine } from '../../pkg/werkmatch.js';
import { allSystems } from './systems/index.mjs';
import { runJob } from './job.mjs';
import { WASM } from './prepare.mjs';

const { system: name, size, dir, plan } = JSON.parse(process.argv[2]);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const wasm = initSync({ module: readFileSync(WASM) });
const system = allSystems({ Engine, memory: wasm.memory }).find((s) => s.name === name);
if (!system) throw new Error(`unknown system ${name}`);

const json = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const queries = json('queries.json');
const load = system.input === 'index'
  ? () => ({ index: readFileSync(join(dir, `index-${size}.wmx`)) })
  : () => ({ vacancies: json(`vacancies-${size}.json`), taxonomy: json('taxonomy.json'), geo: json('geo.json') });
const heapBytes = async () => {
  await new Promise((resolve) => setImmediate(resolve)); // let the caller's dropped references go
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const { state, ...result } = await runJob({ system, load, heapBytes, queries, plan });
console.log(JSON.stringify(result));
