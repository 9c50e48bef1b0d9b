// The widget's module Web Worker: the engine, the feed and every ranking live here, off the
// page's main thread. One worker per page serves every widget on it (the WASM loads once).
import { handle } from './engine-host.js';

self.addEventListener('message', (event) => {
  handle(event.data, (reply) => self.postMessage(reply));
});
self.postMessage({ ready: true });
