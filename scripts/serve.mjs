// Serves the demo portal: www/ at /, the wasm-pack output pkg/ at /pkg/, on localhost only,
// with a strict Content-Security-Policy. No dependencies: Node's http module.
//   node scripts/serve.mjs [--port 8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 8080);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.wmx': 'application/octet-stream', '.csv': 'text/csv; charset=utf-8',
};

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

/** Maps a URL path to a file under www/ or pkg/, refusing anything outside them. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const [base, rest] = path.startsWith('/pkg/') ? ['pkg', path.slice(5)] : ['www', path.slice(1)];
  const dir = join(root, base);
  const file = normalize(join(dir, rest || 'index.html'));
  return file.startsWith(dir) ? file : null;
}

const server = createServer(async (req, res) => {
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  let file = fileFor(req.url || '/');
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) throw new Error('not found');
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden / Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`werkmatch demo: http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
});
