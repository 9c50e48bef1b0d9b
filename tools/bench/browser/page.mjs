// The browser side of a benchmark job: initialises werkmatch, fetches the job's data from the
// bench server and runs the same job code as Node (../job.mjs). The heap is read through the
// runner (Chrome DevTools Protocol: HeapProfiler.collectGarbage, Runtime.getHeapUsage).
import init, { Engine } from '/pkg/werkmatch.js';
import { allSystems } from '../systems/index.mjs';
import { runJob } from '../job.mjs';

const wasm = await init({ module_or_path: '/pkg/werkmatch_bg.wasm' });
const systems = allSystems({ Engine, memory: wasm.memory });
const json = (path) => fetch(path).then((r) => r.json());

/** The runner's CDP binding: a full GC, then V8's used heap (without ArrayBuffer storage, as in Node). */
const heapBytes = () => window.benchHeapBytes();

window.benchJob = async ({ system: name, size, plan }) => {
  const system = systems.find((s) => s.name === name);
  const queries = await json('/data/queries.json');
  const load = system.input === 'index'
    ? async () => ({ index: new Uint8Array(await (await fetch(`/data/index-${size}.wmx`)).arrayBuffer()) })
    : async () => {
      const [vacancies, taxonomy, geo] = await Promise.all([`/data/vacancies-${size}.json`, '/data/taxonomy.json', '/data/geo.json'].map(json));
      return { vacancies, taxonomy, geo };
    };
  const { state, ...result } = await runJob({ system, load, heapBytes, queries, plan });
  return { ...result, crossOriginIsolated: window.crossOriginIsolated };
};
window.benchReady = true;
