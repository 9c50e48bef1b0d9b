// A tiny static server for the benchmark page, on localhost: tools/bench/ at /bench/, pkg/ at
// /pkg/, the four JS libraries at /node_modules/, and the generated data folder at /data/.
// Cross-origin isolated (COOP + COEP), so the page's performance.now() has fine resolution.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { root } from '../data/inputs.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.wmx': 'application/octet-stream',
};
const LIBRARIES = ['minisearch', 'fuse.js', '@orama/orama', 'flexsearch'];

/** Starts the server for `dataDir`; resolves to `{ url, stop }`. */
export function startServer(dataDir) {
  const mounts = [
    ['/bench/', join(root, 'tools/bench')],
    ['/pkg/', join(root, 'pkg')],
    ['/data/', dataDir],
    ...LIBRARIES.map((lib) => [`/node_modules/${lib}/`, join(root, 'node_modules', lib)]),
  ];
  const fileFor = (path) => {
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      return file.startsWith(`${dir}/`) ? file : null;
    }
    return null;
  };
  const server = createServer(async (req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': 'no-store',
    };
    const file = fileFor(decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      stop: () => new Promise((done) => server.close(done)),
    }));
  });
}
