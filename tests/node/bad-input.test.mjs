// The bad-input matrix (tests/bad-input/matrix.json) through the JS API in headless Chromium,
// on the demo portal's origin under its strict CSP: every case must give exactly the outcome
// the matrix records (the same the native run gives, tests/bad_input.rs), never a trap or a
// non-werkmatch exception, and the engine loaded before must keep all it held.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, watch, root, tempDir } from './helpers/browser.mjs';

let server;
let browser;
const matrix = JSON.parse(readFileSync(join(root, 'tests/bad-input/matrix.json'), 'utf8'));

before(async () => {
  server = await startServer(['--fixtures', join(root, 'tests/bad-input')]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** The preloaded engine as an index file, written by the CLI as a portal's web team would. */
function preloadIndex() {
  const dir = tempDir();
  const { vacancies, taxonomy, geo } = matrix.preload;
  writeFileSync(join(dir, 'vacancies.json'), JSON.stringify(vacancies));
  writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify({ concepts: taxonomy }));
  writeFileSync(join(dir, 'pc4.csv'), `pc4,lat,lon\n${geo.map((g) => `${g.pc4},${g.lat},${g.lon}`).join('\n')}\n`);
  execFileSync(join(root, 'target/release/werkmatch'), [
    'index', '--quiet', '--out', join(dir, 'preload.wmx'), '--taxonomy', join(dir, 'taxonomy.json'),
    '--pc4', join(dir, 'pc4.csv'), join(dir, 'vacancies.json'),
  ]);
  return [...readFileSync(join(dir, 'preload.wmx'))];
}

test('every bad input gives its recorded outcome in Chromium, and the loaded engine keeps all it held', { timeout: 600_000 }, async () => {
  const page = await browser.newPage();
  const seen = await watch(page);
  await page.goto(`${server.baseUrl}werkgevers.html`);
  const results = await page.evaluate(async ({ matrix, index }) => {
    const api = await import('/pkg/werkmatch.js');
    await api.default();
    const { runMatrix } = await import('/fixtures/runner.mjs');
    return runMatrix(api, matrix, new Uint8Array(index));
  }, { matrix, index: preloadIndex() });
  assert.equal(results.length, matrix.cases.length);
  if (process.env.MATRIX_OUTCOMES) {
    writeFileSync(join(process.env.MATRIX_OUTCOMES, 'chromium.jsonl'), results.map((r) => JSON.stringify(r)).join('\n'));
  }
  const wrong = [];
  matrix.cases.forEach((c, i) => {
    const { name, outcome, kept } = results[i];
    if (!kept) wrong.push(`${name}: the preloaded engine lost vacancies or ranks differently`);
    if (outcome !== (c.seesInBrowser ?? c.sees)) wrong.push(`${name}\n   matrix: ${c.sees}\n   chromium: ${outcome}`);
  });
  assert.deepEqual(wrong, [], `${wrong.length} of ${results.length} cases differ`);
  assert.deepEqual(seen.problems, [], 'no console errors');
  assert.deepEqual(seen.csp, [], 'no CSP violations');
  console.log(`# ${results.length} bad-input cases through the JS API in Chromium, all as recorded`);
  await page.close();
});
