// The site the cross-browser tests visit: the demo server (scripts/serve.mjs, as ./start runs
// it, with its strict Content-Security-Policy) behind a small recording front, which is also
// every browser's HTTP(S) proxy:
// - each request for the page's own origin is recorded (method, path, body) and passed on;
// - a request for any other host reaches the front as a proxy request: it is recorded in
//   `foreign` and refused, so nothing leaves the machine and the test sees every attempt;
// - HTML pages get one extra same-origin script, /__watch.js (the CSP allows it), that records
//   uncaught errors, console errors and `securitypolicyviolation` reports in `window.__wmWatch`.
import { createServer, request as httpRequest } from 'node:http';
import { startServer } from '../../node/helpers/browser.mjs';

const WATCH_PATH = '/__watch.js';
const WATCH_SCRIPT = `// Test instrumentation, injected by tests/cross-browser/harness/site.mjs.
(() => {
  const seen = (window.__wmWatch = { errors: [], csp: [] });
  addEventListener('error', (e) => seen.errors.push('error: ' + e.message + ' ' + e.filename + ':' + e.lineno));
  addEventListener('unhandledrejection', (e) => seen.errors.push('unhandledrejection: ' + (e.reason && e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => seen.csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
  const error = console.error.bind(console);
  console.error = (...args) => { seen.errors.push('console.error: ' + args.map(String).join(' ')); error(...args); };
})();
`;

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (chunk) => parts.push(chunk));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}

/**
 * Starts the demo server (with `serverArgs`, e.g. ['--fixtures', dir]) behind the front.
 * Resolves to { baseUrl, origin, proxy, requests, foreign, stop }: `requests` holds
 * { method, path, body, status, csp } for the page's origin (the watch script left out),
 * `foreign` every request for another host.
 */
export async function startSite(serverArgs = []) {
  const backend = await startServer(serverArgs);
  const backendUrl = new URL(backend.baseUrl);
  const site = { requests: [], foreign: [] };
  const own = new Set();

  const front = createServer(async (req, res) => {
    // A browser may drop a connection at any time (a page left, a socket reset): not a test failure.
    req.on('error', () => {});
    res.on('error', () => {});
    // A proxy request names its host ("GET http://host/path"); a direct one only the path.
    const absolute = /^[a-z]+:\/\//i.test(req.url) ? new URL(req.url) : null;
    if (absolute && !own.has(absolute.host)) {
      site.foreign.push(`${req.method} ${req.url}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const path = absolute ? absolute.pathname + absolute.search : req.url;
    const body = await readBody(req);
    if (path === WATCH_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(WATCH_SCRIPT);
      return;
    }
    const entry = { method: req.method, path, body: body.toString('utf8') };
    site.requests.push(entry);
    const forward = httpRequest({
      host: '127.0.0.1', port: backendUrl.port, method: req.method, path,
      headers: { ...req.headers, host: backendUrl.host },
    }, async (answer) => {
      const headers = { ...answer.headers };
      Object.assign(entry, { status: answer.statusCode, csp: headers['content-security-policy'] });
      answer.on('error', () => res.destroy());
      if (!/^text\/html/.test(headers['content-type'] ?? '')) {
        res.writeHead(answer.statusCode, headers);
        answer.pipe(res);
        return;
      }
      const html = (await readBody(answer)).toString('utf8').replace(/<head[^>]*>/i, (head) => `${head}\n<script src="${WATCH_PATH}"></script>`);
      delete headers['content-length'];
      res.writeHead(answer.statusCode, headers).end(html);
    });
    forward.on('error', (error) => { if (!res.headersSent) res.writeHead(502).end(String(error)); else res.destroy(); });
    forward.end(body);
  });
  // HTTPS through a proxy starts with CONNECT host:443: refused, and recorded.
  front.on('connect', (req, socket) => {
    socket.on('error', () => {});
    site.foreign.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  front.on('clientError', (error, socket) => socket.destroy());
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address();
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) own.add(host);
  return Object.assign(site, {
    baseUrl: `http://localhost:${port}/`,
    origin: `http://localhost:${port}`,
    proxy: `127.0.0.1:${port}`,
    stop: async () => {
      backend.stop();
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    },
  });
}
