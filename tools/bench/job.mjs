// One benchmark job, the same code in Node and in the browser: build one system over one data
// size, warm it up, time queries until the plan's count or time budget is reached, and measure
// the memory it holds. The runtime supplies how to load the data and how to read the heap.

/**
 * How many queries a size gets: up to `warmup` untimed ones first, then timed ones until `max`
 * or until `budgetMs` has passed, but at least `min` — unless even that takes twice the budget
 * (then as many as fit, at least one).
 */
export const PLANS = {
  full: {
    1000: { warmup: 20, max: 500, min: 5, budgetMs: 4_000 },
    10000: { warmup: 10, max: 300, min: 5, budgetMs: 8_000 },
    100000: { warmup: 3, max: 100, min: 5, budgetMs: 15_000 },
  },
  quick: {
    1000: { warmup: 3, max: 15, min: 5, budgetMs: 1_500 },
  },
};

/** Median and 95th percentile (nearest rank) of a list of numbers. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs one job. `load()` resolves to the system's input (read only now, so the heap before it
 * is the baseline); `heapBytes()` collects garbage and resolves to the JS heap in use (V8's
heap objects; ArrayBuffer and WebAssembly memory are not part of it);
 * `queries` are `{ profile, point }` taken in turn. The JS heap figure is what the built system
 * keeps after its input is dropped; the WASM figure is the module's whole linear memory.
 */
export async function runJob({ system, load, heapBytes, queries, plan }) {
  const baseline = await heapBytes();
  let input = await load();
  const started = performance.now();
  const state = await system.build(input);
  const buildMs = performance.now() - started;
  input = null;

  const ask = async (q) => {
    const results = system.query(state, q);
    return results instanceof Promise ? await results : results;
  };
  // Warm-up: up to `plan.warmup` queries, within a tenth of the budget (at least one).
  const warmupStart = performance.now();
  for (let i = 0; i < plan.warmup && (i === 0 || performance.now() - warmupStart < plan.budgetMs / 10); i++) {
    await ask(queries[i % queries.length]);
  }

  const times = [];
  let hits = 0;
  let first = null;
  const queryStart = performance.now();
  for (let i = 0; i < plan.max; i++) {
    const elapsed = performance.now() - queryStart;
    if ((i >= plan.min && elapsed > plan.budgetMs) || elapsed > 2 * plan.budgetMs) break;
    const q = queries[(plan.warmup + i) % queries.length];
    const t = performance.now();
    const results = await ask(q);
    times.push(performance.now() - t);
    hits += results.length;
    first ??= results;
  }
  const jsHeap = (await heapBytes()) - baseline;
  return {
    buildMs,
    queries: times.length,
    ...percentiles(times),
    hitsPerQuery: hits / times.length,
    jsHeapBytes: Math.max(0, jsHeap),
    wasmBytes: system.wasmBytes ? system.wasmBytes() : null,
    firstResults: first,
    state, // kept alive until here, so the heap reading above includes it
  };
}
