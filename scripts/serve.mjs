// Serves the demo portal: www/ at /, the wasm-pack output pkg/ at /pkg/, on localhost only,
// with a strict Content-Security-Policy. No dependencies: Node's http module.
//   node scripts/serve.mjs [--port 8080] [--embed-ancestors "https://www.gemeente.nl ..."] [--fixtures DIR]
// --embed-ancestors: origins allowed to frame the isolated embed (embed.html); default only 'self'.
// --fixtures: also serve DIR at /fixtures/ (the browser tests' generated feeds).
// --fixtures-mbit N: send the fixtures gzipped over one shared link of N Mbit/s, as a web server
//   with gzip would over a slow connection (the national benchmark's "bytes before the first
//   results"); prints "sent <ms since 1970> <bytes>" for each piece sent.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.PORT ?? 8080);
const fixtures = option('--fixtures') ? resolve(option('--fixtures')) : null;
const fixturesMbit = Number(option('--fixtures-mbit') ?? 0);
const embedAncestors = (option('--embed-ancestors') ?? '').split(/\s+/).filter((o) => /^https?:\/\/[^\s;,']+$/.test(o));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.wmx': 'application/octet-stream', '.csv': 'text/csv; charset=utf-8',
};

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

/** The isolated embed may be framed by the configured host origins too (still no inline code). */
const EMBED_CSP = CSP.replace("frame-ancestors 'self'", ["frame-ancestors 'self'", ...embedAncestors].join(' '));

/** Maps a URL path to a file under www/ or pkg/ (or the fixtures), refusing anything outside them. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null; // a malformed %-escape
  }
  if (fixtures && path.startsWith('/fixtures/')) {
    const file = normalize(join(fixtures, path.slice(10)));
    return file === fixtures || file.startsWith(`${fixtures}/`) ? file : null;
  }
  const [base, rest] = path.startsWith('/pkg/') ? ['pkg', path.slice(5)] : ['www', path.slice(1)];
  const dir = join(root, base);
  const file = normalize(join(dir, rest || 'index.html'));
  return file === dir || file.startsWith(`${dir}/`) ? file : null;
}

const server = createServer(async (req, res) => {
  const isEmbed = /^\/embed\.html(\?|$)/.test(req.url || '');
  const headers = {
    'Content-Security-Policy': isEmbed ? EMBED_CSP : CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  let file = fileFor(req.url || '/');
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) throw new Error('not found');
    const body = await readFile(file);
    if (fixturesMbit > 0 && (req.url || '').startsWith('/fixtures/') && req.method === 'GET') {
      await sendSlowly(res, headers, file, body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden / Not found\n');
  }
});

/** The time the shared slow link is free again (ms since 1970), for --fixtures-mbit. */
let linkFree = 0;

/** Sends `body` gzipped in 16 KB pieces, each when the shared link of --fixtures-mbit has room. */
async function sendSlowly(res, headers, file, body) {
  const gz = gzipSync(body);
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Encoding': 'gzip' });
  const bytesPerMs = (fixturesMbit * 1e6) / 8 / 1000;
  for (let at = 0; at < gz.length; at += 16384) {
    const piece = gz.subarray(at, at + 16384);
    const start = Math.max(Date.now(), linkFree);
    linkFree = start + piece.length / bytesPerMs;
    const wait = linkFree - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    res.write(piece);
    console.log(`sent ${Date.now()} ${piece.length}`); // read by tools/bench/widget.mjs
  }
  res.end();
}

server.listen(port, '127.0.0.1', () => {
  console.log(`werkmatch demo: http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
});
