// Assembles the npm package's files in dist/ (generated, git-ignored; `npm pack` runs this
// first, as `prepack`): the widget from www/ and the engine from pkg/ (wasm-pack's output,
// built by scripts/build.sh), laid out as on a web server, so the widget finds its worker
// and `pkg/werkmatch_bg.wasm` relative to its own module URL:
//   dist/werkmatch-widget.js, .d.ts   the element and its types
//   dist/widget/                      its modules, stylesheet, worker and icon
//   dist/embed.html, embed.js, embed.css   the isolated embed
//   dist/pkg/                         werkmatch.js, werkmatch_bg.wasm and their types
//   dist/EMBEDDING.md                 how to embed it
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const FROM_WWW = ['werkmatch-widget.js', 'werkmatch-widget.d.ts', 'widget', 'embed.html', 'embed.js', 'embed.css', 'EMBEDDING.md'];
const FROM_PKG = ['werkmatch.js', 'werkmatch_bg.wasm', 'werkmatch.d.ts', 'werkmatch_bg.wasm.d.ts'];

const missing = FROM_PKG.filter((name) => !existsSync(join(root, 'pkg', name)));
if (missing.length) {
  console.error(`dist: pkg/ lacks ${missing.join(', ')}: build the engine first with scripts/build.sh`);
  process.exit(1);
}
const cargoVersion = /^version = "([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
const npmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
if (cargoVersion !== npmVersion) {
  console.error(`dist: package.json has version ${npmVersion} but Cargo.toml ${cargoVersion}: make them the same`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'pkg'), { recursive: true });
for (const name of FROM_WWW) cpSync(join(root, 'www', name), join(dist, name), { recursive: true });
for (const name of FROM_PKG) cpSync(join(root, 'pkg', name), join(dist, 'pkg', name));
process.stderr.write(`dist: werkmatch ${npmVersion} assembled in dist/\n`); // stderr: `npm pack --json` owns stdout
