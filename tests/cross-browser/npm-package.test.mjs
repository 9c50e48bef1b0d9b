// The npm package as a site would use it: `npm pack` in the repository root (after
// scripts/build.sh), installed offline into an empty scratch project, its types checked with
// TypeScript, and a page that imports the engine and shows the widget from node_modules/,
// served under the strict CSP, in Chromium, Firefox and WebKit: the engine ranks, the widget
// renders results, and every file comes from the installed package.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enginesToTest } from './harness/webdriver.mjs';
import { crossBrowserSite, widgetReady, results, pageProblems, cspProbe, foreignRequests } from './harness/widget.mjs';
import { root, tempDir } from '../node/helpers/browser.mjs';

const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
const scratch = tempDir('werkmatch-npm-');
const packed = { file: '', files: [], size: 0, unpackedSize: 0 };

const PAGE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>werkmatch uit npm</title>
  <script type="module" src="app.js"></script>
</head>
<body>
  <h1>Vacatures</h1>
  <p id="engine-results"></p>
  <werkmatch-widget feed="vacancies.json" limit="5"></werkmatch-widget>
</body>
</html>
`;

// The engine straight from the package (init() finds werkmatch_bg.wasm next to werkmatch.js),
// and the element (it finds its worker and pkg/ next to its own module).
const APP = `import init, { Engine, drivingLicences } from './node_modules/werkmatch/dist/pkg/werkmatch.js';
import './node_modules/werkmatch/dist/werkmatch-widget.js';

await init();
const vacancies = await (await fetch('vacancies.json')).json();
const engine = new Engine({ vacancies });
const ranked = engine.rank({ skills: ['heftruck rijden'] }, { limit: 3 });
document.getElementById('engine-results').textContent = JSON.stringify({ ids: ranked.map((r) => r.id), licences: drivingLicences().length });
`;

// Compiles only if the package's types say what they should; each @ts-expect-error line must fail.
const CHECK_TS = `import init, { Engine, drivingLicences, feedKind, type Profile, type RankedResult, type FoundVacancy } from 'werkmatch';
import type { WerkmatchWidget, WerkmatchResultsDetail, WerkmatchErrorDetail } from 'werkmatch/widget';
import 'werkmatch/widget';

export async function main(): Promise<void> {
  await init();
  const engine = new Engine({ vacancies: [{ id: 'v1', title: 'Kok' }] });
  const ranked: RankedResult[] = engine.rank({ skills: ['koken'] }, { limit: 5 });
  const found: FoundVacancy[] = engine.findVacancies('kok', { limit: 3 });
  const kind: 'vacancies' | 'jobPostings' | 'shards' = feedKind([]);
  const licence: 'B' | string = drivingLicences()[0];
  console.log(ranked.length, found.length, kind, licence, engine.validateProfile({ skills: [] })?.field);

  const widget: WerkmatchWidget | null = document.querySelector('werkmatch-widget');
  const created: WerkmatchWidget = document.createElement('werkmatch-widget');
  created.addEventListener('werkmatch:results', (event) => {
    const detail: WerkmatchResultsDetail = event.detail;
    console.log(detail.count, detail.ids.join(), detail.scores[0], detail.mode === 'employer');
  });
  created.addEventListener('werkmatch:error', (event) => {
    const detail: WerkmatchErrorDetail = event.detail;
    console.log(detail.kind, detail.message);
  });
  const profile: Profile = { skills: ['koken'], hours: { min: 24 } };
  await widget?.setProfile(profile);
  const added: number = await created.addCandidates([profile]);
  console.log(added, created.profile?.skills);

  // @ts-expect-error: a profile has no name field (the model leaves such attributes out)
  await created.setProfile({ name: 'Jan' });
  // @ts-expect-error: the results event has no \`profile\` in its detail
  created.addEventListener('werkmatch:results', (event) => console.log(event.detail.profile));
  // @ts-expect-error: no such licence
  const wrong: Profile = { drivingLicences: ['E'] };
  console.log(wrong);
}
`;

before(() => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  Object.assign(packed, { file: info.filename, files: info.files.map((f) => f.path), size: info.size, unpackedSize: info.unpackedSize });
  console.log(`# npm pack: ${info.filename}, ${info.size} bytes packed, ${info.unpackedSize} bytes unpacked, ${info.files.length} files`);
  writeFileSync(join(scratch, 'package.json'), `${JSON.stringify({ name: 'werkmatch-scratch', private: true, type: 'module' }, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${info.filename}`], { cwd: scratch, stdio: 'pipe' });
  writeFileSync(join(scratch, 'index.html'), PAGE);
  writeFileSync(join(scratch, 'app.js'), APP);
  writeFileSync(join(scratch, 'check.ts'), CHECK_TS);
  copyFileSync(join(root, 'www/demo/vacancies.json'), join(scratch, 'vacancies.json'));
});

test('npm pack makes werkmatch-<version>.tgz with the engine, the widget, their types, the licence and a README', () => {
  assert.equal(packed.file, `werkmatch-${version}.tgz`);
  const expected = [
    'LICENSE', 'README.md', 'package.json',
    'dist/pkg/werkmatch.js', 'dist/pkg/werkmatch_bg.wasm', 'dist/pkg/werkmatch.d.ts',
    'dist/werkmatch-widget.js', 'dist/werkmatch-widget.d.ts', 'dist/widget/worker.js', 'dist/widget/engine-host.js',
    'dist/widget/engine-client.js', 'dist/widget/widget.css', 'dist/widget/i18n.js',
    'dist/embed.html', 'dist/embed.js', 'dist/embed.css', 'dist/EMBEDDING.md',
  ];
  for (const file of expected) assert.ok(packed.files.includes(file), `${file} is in the package`);
  assert.deepEqual(packed.files.filter((f) => !/^(LICENSE|README\.md|package\.json|dist\/.+)$/.test(f)), [], 'nothing else (no sources, tests or data)');
  const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules/werkmatch/package.json'), 'utf8'));
  assert.equal(manifest.version, version, 'the version of Cargo.toml');
  assert.equal(manifest.license, 'EUPL-1.2');
  assert.equal(manifest.dependencies, undefined, 'no runtime dependencies');
  assert.match(readFileSync(join(scratch, 'node_modules/werkmatch/LICENSE'), 'utf8'), /EUPL/);
  const readme = readFileSync(join(scratch, 'node_modules/werkmatch/README.md'), 'utf8');
  for (const needed of ['npm install werkmatch', '<script type="module"', "import init, { Engine } from 'werkmatch'", "script-src 'self' 'wasm-unsafe-eval'", 'application/wasm']) {
    assert.ok(readme.includes(needed), `the README tells npm users: ${needed}`);
  }
});

test("the package's TypeScript types describe the engine and the element", () => {
  const tsc = join(root, 'node_modules/.bin/tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,esnext.disposable', 'check.ts'];
  try {
    execFileSync(tsc, args, { cwd: scratch, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});

for (const engine of enginesToTest()) {
  describe(engine, () => {
    const ctx = crossBrowserSite(engine, ['--fixtures', scratch]);

    test(`${engine}: a page using the installed package ranks with the engine and shows the widget's results`, async () => {
      const { site, browser } = ctx;
      await browser.get(`${site.baseUrl}fixtures/index.html`);
      const engineResults = JSON.parse(await browser.waitFor(() => document.getElementById('engine-results').textContent));
      assert.equal(engineResults.ids.length, 3, 'the engine ranked');
      assert.equal(engineResults.licences, 13);
      await widgetReady(browser);
      await browser.exec(() => document.querySelector('werkmatch-widget').setProfile({ skills: ['heftruck rijden'], location: { postcode: '5037' } }));
      const cards = await results(browser, 5);
      assert.match(cards[0], /Match \d+ van 100/);
      const from = (path) => site.requests.some((r) => r.path === `/fixtures/node_modules/werkmatch/dist/${path}`);
      for (const path of ['pkg/werkmatch_bg.wasm', 'werkmatch-widget.js', 'widget/worker.js', 'widget/widget.css']) assert.ok(from(path), `${path} from the package`);
      assert.deepEqual(site.requests.filter((r) => !r.path.startsWith('/fixtures/') && r.path !== '/favicon.ico').map((r) => r.path), [],
        'nothing from the repository (www/, pkg/): only the installed package');
      assert.match(site.requests.find((r) => r.path === '/fixtures/index.html').csp, /script-src 'self' 'wasm-unsafe-eval'/);
      assert.deepEqual(foreignRequests(site), []);
      assert.deepEqual((await pageProblems(browser)).errors, []);
      assert.deepEqual(await cspProbe(browser), [], 'no CSP violation');
    });
  });
}
