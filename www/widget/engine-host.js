// The engine side of the widget: loads the WebAssembly module once, fetches and parses the
// feed, taxonomy and postcode table, and answers rank / suggest / rankCandidates requests.
// It runs in a module Web Worker (worker.js), so parsing 10,000 vacancies and ranking them
// never blocks the page; engine-client.js falls back to running it on the page if workers fail.
//
// Messages in: { id, type, ...payload }. Messages out: { id, progress } while loading, then
// { id, ok: true, value } or { id, ok: false, error: { message, record, field, kind } }.

let wasmModule = null; // Promise of the werkmatch.js module, initialised
const engines = new Map(); // key -> Promise<{ engine, rules, vocabularies, shards? }>

function loadWasm(pkg) {
  wasmModule ??= (async () => {
    const module = await import(new URL('werkmatch.js', pkg).href);
    await module.default({ module_or_path: new URL('werkmatch_bg.wasm', pkg) });
    return module;
  })();
  wasmModule.catch(() => { wasmModule = null; }); // a failed load may be retried
  return wasmModule;
}

class LoadError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/** Fetches JSON, reporting download progress (0–100, or null when the size is unknown). */
async function fetchJson(url, kind, onProgress) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new LoadError(kind, `${url}: ${error.message}`);
  }
  if (!response.ok) throw new LoadError(kind, `${url}: HTTP ${response.status}`);
  let text;
  if (onProgress && response.body) {
    const total = Number(response.headers.get('content-length')) || 0;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parts = [];
    let loaded = 0;
    let last = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(decoder.decode(value, { stream: true }));
      loaded += value.length;
      const pct = total ? Math.min(99, Math.floor((loaded / total) * 100)) : null;
      if (pct !== last) { onProgress(pct); last = pct; }
    }
    parts.push(decoder.decode());
    text = parts.join('');
  } else {
    text = await response.text();
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError(kind, `${url}: not valid JSON (${error.message})`);
  }
}

/** Fetches a binary file (a prebuilt index), reporting download progress like `fetchJson`. */
async function fetchBytes(url, kind, onProgress) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new LoadError(kind, `${url}: ${error.message}`);
  }
  if (!response.ok) throw new LoadError(kind, `${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
  const bytes = new Uint8Array(total);
  const reader = response.body.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > total) return new Uint8Array(await new Blob([bytes.subarray(0, loaded), value]).arrayBuffer());
    bytes.set(value, loaded);
    loaded += value.length;
    onProgress(Math.min(99, Math.floor((loaded / total) * 100)));
  }
  return bytes.subarray(0, loaded);
}

/** Loads the base index of a shard set; its shards are added per profile (`loadShardsFor`). */
async function loadShardSet(module, feed, manifest, limits, onProgress) {
  const bytes = await fetchBytes(new URL(manifest.base.file, feed).href, 'feed', onProgress);
  let engine;
  try {
    engine = module.Engine.fromIndex(bytes, limits);
  } catch (error) {
    throw new LoadError('feed', `${manifest.base.file}: ${error.message}`);
  }
  // tooLarge: cells refused for memory (limits.maxMemoryBytes); the memory never shrinks, so
  // they are not fetched again.
  return { engine, shards: { feed, manifest, loading: new Map(), tooLarge: new Set() } };
}

/** While shards arrive, the best results so far are sent at most this often (ms). */
const INTERIM_MS = 300;

/**
 * Shards fetched at once. They are fetched nearest first, a few at a time, so that on a slow
 * link the nearest cells arrive first and the first results need only their bytes, instead
 * of every cell's download sharing the link until all end together.
 */
const SHARD_FETCHES = 2;

/**
 * Adds the shards a profile needs (within its travel distance) that are not loaded yet,
 * nearest first, reporting { stage: 'shards', done, total } as they arrive, with the best
 * results so far (`partial`, from `interim()`) once the first shard is in and then at most
 * every INTERIM_MS (or twice as long as the last one took). Resolves to the coverage:
 * { reachKm, shards }.
 */
async function loadShardsFor(state, profile, progress, interim) {
  const { engine, shards } = state;
  const choice = engine.shardsFor(shards.manifest, profile);
  const missing = choice.files.filter((file) => !shards.loading.has(file) && !shards.tooLarge.has(file));
  const total = choice.files.length;
  let done = total - missing.length - choice.files.filter((file) => shards.tooLarge.has(file)).length;
  const coverage = { reachKm: choice.reachKm ?? null, shards: total, memoryFull: choice.files.some((file) => shards.tooLarge.has(file)) };
  let nextInterim = -Infinity;
  // Set when a cell is refused for memory: the cells after it (further away) are not fetched.
  let stop = false;
  if (missing.length) progress({ stage: 'shards', done, total });
  const add = (file, bytes) => {
    try {
      engine.addIndex(bytes);
    } catch (error) {
      // A cell beyond the memory the engine may use (limits.maxMemoryBytes): keep the nearer
      // cells already in, fetch no further ones, and say so; a later profile may try again.
      if (/limits\.maxMemoryBytes/.test(error.message)) {
        coverage.memoryFull = true;
        stop = true;
        shards.tooLarge.add(file);
        shards.loading.delete(file);
        return;
      }
      throw new LoadError('feed', `${file}: ${error.message}`);
    }
    // The shard is in the engine now: nothing below may fail its promise (it would be
    // fetched and added again). A profile the ranking refuses simply gets no interim results.
    done += 1;
    let partial;
    const now = performance.now();
    if (done < total && now >= nextInterim) {
      try { partial = { ...interim(), coverage }; } catch { partial = undefined; }
      // Ranking the loaded cells again takes longer the more there are: leave at least twice
      // that time for loading before the next interim ranking.
      const after = performance.now();
      nextInterim = after + Math.max(INTERIM_MS, 2 * (after - now));
    }
    progress({ stage: 'shards', done, total, partial });
  };
  // Each missing shard gets its promise now (a second request for the same profile waits on
  // it); a few fetchers download them in order, nearest first. A download that has ended
  // starts the next one before its shard is added (in a task of its own), so the link does not
  // wait for the engine.
  const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });
  const queue = missing.map((file) => {
    let start;
    const fetched = new Promise((resolve) => { start = resolve; })
      .then(() => (stop ? null : fetchBytes(new URL(file, shards.feed).href, 'feed', () => {})));
    const loading = fetched.then(async (bytes) => {
      await nextTask();
      if (bytes === null || stop) shards.loading.delete(file);
      else add(file, bytes);
    });
    shards.loading.set(file, loading);
    loading.catch(() => shards.loading.delete(file)); // a failed shard may be retried
    return { start, fetched };
  });
  // Taken now: a failed shard leaves the map (to be retried), but this request must fail.
  const all = choice.files.filter((file) => !shards.tooLarge.has(file)).map((file) => shards.loading.get(file));
  const fetcher = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      next.start();
      await next.fetched.catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_FETCHES, queue.length) }, fetcher));
  await Promise.all(all);
  return coverage;
}

/**
 * The model's closed lists, from the core (so the widget offers exactly the values the
 * engine reads): driving licences, contract types, work conditions, language levels.
 */
function vocabularies(module) {
  return {
    drivingLicences: module.drivingLicences(),
    contractTypes: module.contractTypes(),
    workConditions: module.workConditions(),
    cefrLevels: module.cefrLevels(),
  };
}

/**
 * Builds the engine from the feed: a prebuilt index (`.wmx`, made with `werkmatch index`), or
 * parsed JSON of the kind the core's `feedKind` names: the manifest of a shard set (made with
 * `werkmatch shards`), a schema.org JobPosting feed, or the engine's own vacancy JSON.
 */
async function loadEngine({ pkg, feed, taxonomy, geo, memoryLimitMb }, progress) {
  // The page's own limit on the engine's memory (memory-limit-mb), if it sets one.
  const limits = memoryLimitMb ? { maxMemoryBytes: memoryLimitMb * 1024 * 1024 } : undefined;
  progress({ stage: 'engine' });
  const [module, taxonomyData, geoData] = await Promise.all([
    loadWasm(pkg),
    taxonomy ? fetchJson(taxonomy, 'taxonomy') : undefined,
    geo ? fetchJson(geo, 'geo') : undefined,
  ]);
  const loaded = (state) => ({ ...state, rules: module.rulesVersion(), vocabularies: vocabularies(module) });
  const onProgress = (pct) => progress({ stage: 'feed', pct });
  if (feed && /\.wmx([?#]|$)/.test(feed)) {
    const bytes = await fetchBytes(feed, 'feed', onProgress);
    progress({ stage: 'prepare' });
    try {
      return loaded({ engine: module.Engine.fromIndex(bytes, limits) });
    } catch (error) {
      throw new LoadError('feed', `${feed}: ${error.message}`);
    }
  }
  let data;
  if (feed) {
    data = await fetchJson(feed, 'feed', onProgress);
    let kind;
    try {
      kind = module.feedKind(data);
    } catch (error) {
      throw new LoadError('feed', `${feed}: ${error.message}`);
    }
    if (kind === 'shards') {
      progress({ stage: 'feed', pct: null });
      return loaded(await loadShardSet(module, feed, data, limits, onProgress));
    }
  }
  progress({ stage: 'prepare' });
  let engine;
  try {
    engine = new module.Engine({ taxonomy: taxonomyData, geo: geoData, limits });
  } catch (error) {
    // A bad record: the engine names it ("taxonomy[0]", "geo[5]").
    error.kind = /^taxonomy/.test(error.record ?? '') ? 'taxonomy' : /^geo/.test(error.record ?? '') ? 'geo' : 'engine';
    throw error;
  }
  if (data !== undefined) {
    // A vacancy list loads all or nothing (a bad record is named: "vacancies[3] (id "v12")");
    // bad postings of a JobPosting feed are skipped by the engine and the rest loads. A feed
    // beyond the engine's limits (limits.maxVacancies) is refused whole.
    try {
      engine.addFeed(data);
    } catch (error) {
      error.kind = 'feed';
      throw error;
    }
  }
  return loaded({ engine });
}

async function answer(message, progress) {
  const { type, key } = message;
  if (type === 'load') {
    if (!engines.has(key)) {
      const loading = loadEngine(message, progress);
      engines.set(key, loading);
      loading.catch(() => engines.delete(key));
    }
    const state = await engines.get(key);
    return { size: state.engine.size, rules: state.rules, vocabularies: state.vocabularies };
  }
  const loading = engines.get(key);
  if (!loading) throw new LoadError('engine', 'engine not loaded');
  const state = await loading;
  const { engine } = state;
  switch (type) {
    case 'rank': {
      const ranked = () => ({
        size: engine.size,
        results: engine.rank(message.profile, message.options).map((r) => ({ ...r, vacancy: engine.vacancy(r.id) })),
      });
      // With a shard set, first add the shards within this profile's travel distance.
      const coverage = state.shards ? await loadShardsFor(state, message.profile, progress, ranked) : undefined;
      return { ...ranked(), coverage };
    }
    case 'rankCandidates':
      return { results: engine.rankCandidates(message.vacancy, message.candidates, message.options) };
    case 'suggest':
      return engine.suggest(message.query, { limit: message.limit ?? 8, kind: message.kind });
    case 'validateProfile': {
      const error = engine.validateProfile(message.profile);
      if (error) throw error;
      return true;
    }
    case 'findVacancies':
      return engine.findVacancies(message.query ?? '', { limit: message.limit ?? 10 });
    case 'vacancy':
      return engine.vacancy(message.vacancyId) ?? null;
    case 'insight': {
      // The doors' vacancies as title, employer and place (the first ten of each).
      const shown = (id) => {
        const v = engine.vacancy(id);
        return { id, title: v?.title, employer: v?.employer, place: v?.location?.place };
      };
      const doors = engine.skillsThatOpenDoors(message.profile, message.options).map((d) => ({ ...d, shown: d.vacancies.slice(0, 10).map(shown) }));
      return { whatIf: engine.whatIf(message.profile, message.options), doors, within: engine.occupationsWithinReach(message.profile, message.options) };
    }
    case 'askingLess':
      return engine.askingLess(message.vacancy, message.candidates, message.options);
    default:
      throw new LoadError('engine', `unknown request ${type}`);
  }
}

/** Handles one request; `post` sends messages back (postMessage in the worker). */
export async function handle(message, post) {
  const { id } = message;
  try {
    const value = await answer(message, (progress) => post({ id, progress }));
    post({ id, ok: true, value });
  } catch (error) {
    post({
      id,
      ok: false,
      error: {
        message: String(error?.message ?? error),
        record: error?.record,
        field: error?.field,
        kind: error?.kind ?? 'engine',
      },
    });
  }
}
