// The page side of the engine: one module Worker per page, shared by every widget (so the
// WebAssembly module loads once), with promise-based requests. If the worker cannot start
// (an old browser, or a host CSP without workers), the same engine host runs on the page.

const WORKER_URL = new URL('./worker.js', import.meta.url);

let channel = null;

function createChannel() {
  const pending = new Map(); // id -> { message, resolve, reject, onProgress }
  let nextId = 1;
  let send;
  let workerReady = false;

  const receive = (reply) => {
    if (reply.ready) { workerReady = true; return; }
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.progress) { request.onProgress?.(reply.progress); return; }
    pending.delete(reply.id);
    if (reply.ok) request.resolve(reply.value);
    else request.reject(Object.assign(new Error(reply.error.message), reply.error));
  };

  const runOnPage = () => {
    const host = import('./engine-host.js');
    send = (message) => host.then(({ handle }) => handle(message, receive));
    for (const request of pending.values()) send(request.message);
  };

  try {
    const worker = new Worker(WORKER_URL, { type: 'module' });
    worker.addEventListener('message', (event) => receive(event.data));
    worker.addEventListener('error', (event) => {
      // A worker that never started (blocked or unsupported): run everything on the page.
      if (!workerReady) { event.preventDefault(); worker.terminate(); runOnPage(); }
    });
    send = (message) => worker.postMessage(message);
  } catch {
    runOnPage();
  }

  return {
    request(type, payload = {}, onProgress) {
      const message = { ...payload, type, id: nextId++ };
      return new Promise((resolve, reject) => {
        pending.set(message.id, { message, resolve, reject, onProgress });
        send(message);
      });
    },
  };
}

/** The page's engine connection (created on first use). */
export function engineChannel() {
  channel ??= createChannel();
  return channel;
}

/**
 * An engine for one feed/taxonomy/geo combination. Widgets with the same sources share it.
 * `load(onProgress)` resolves to { size, rules }; the other methods return the worker's answers.
 */
export function engineFor({ pkg, feed, taxonomy, geo, memoryLimitMb = null }) {
  const key = JSON.stringify([pkg, feed, taxonomy, geo, memoryLimitMb]);
  const request = (type, payload, onProgress) => engineChannel().request(type, { ...payload, key }, onProgress);
  return {
    load: (onProgress) => request('load', { pkg, feed, taxonomy, geo, memoryLimitMb }, onProgress),
    rank: (profile, options, onProgress) => request('rank', { profile, options }, onProgress),
    rankCandidates: (vacancy, candidates, options) => request('rankCandidates', { vacancy, candidates, options }),
    suggest: (query, kind, limit) => request('suggest', { query, kind, limit }),
    validateProfile: (profile) => request('validateProfile', { profile }),
    findVacancies: (query, limit) => request('findVacancies', { query, limit }),
    vacancy: (vacancyId) => request('vacancy', { vacancyId }),
    insight: (profile, options) => request('insight', { profile, options }),
    askingLess: (vacancy, candidates, options) => request('askingLess', { vacancy, candidates, options }),
  };
}
