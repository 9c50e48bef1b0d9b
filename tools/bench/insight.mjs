// The insights of issue 13 timed: what-if, skills that open doors and occupations within reach
// (and a ranking for comparison), for the bench profiles over 10,000 and 100,000 generated
// vacancies, in Node and in headless Chromium. A benchmark, not a test: it prints figures.
//
//   node tools/bench/insight.mjs [--sizes 10000,100000] [--profiles 10] [--runtimes node,chromium]
//
// After scripts/build.sh. Data: tools/bench/data (the same generator as ./bench). Each call is
// timed alone with performance.now(); the table gives the median and the slowest over the
// profiles (each profile once, after one warm-up call per function).
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { generateProfiles, generateVacancies } from './data/generate.mjs';
import { readPlaces, readTaxonomy, root } from './data/inputs.mjs';
import { startServer } from './browser/server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const profileCount = Number(arg('profiles', '10'));
const runtimes = arg('runtimes', 'node,chromium').split(',');

/** Runs in Node and in the page alike: loads the engine and times each call per profile. */
async function measure({ Engine, vacancies, taxonomy, geo, profiles }) {
  const engine = new Engine({ taxonomy, geo });
  engine.addVacancies(vacancies);
  const calls = {
    'rank (top 20)': (p) => engine.rank(p, { limit: 20 }),
    whatIf: (p) => engine.whatIf(p),
    skillsThatOpenDoors: (p) => engine.skillsThatOpenDoors(p),
    occupationsWithinReach: (p) => engine.occupationsWithinReach(p),
  };
  const out = {};
  for (const [name, call] of Object.entries(calls)) {
    call(profiles[0]);
    const times = profiles.map((p) => { const t = performance.now(); call(p); return performance.now() - t; }).sort((a, b) => a - b);
    out[name] = { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
  }
  const sample = { whatIf: engine.whatIf(profiles[0]), doors: engine.skillsThatOpenDoors(profiles[0]).map((d) => `${d.label} +${d.more}`) };
  engine.free();
  return { times: out, sample };
}

const taxonomy = readTaxonomy();
const places = readPlaces();
const all = generateVacancies(Math.max(...sizes), taxonomy, places);
const profiles = generateProfiles(profileCount, taxonomy, places).map((q) => q.profile);
const dir = mkdtempSync(join(tmpdir(), 'werkmatch-insight-'));
writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify(taxonomy));
writeFileSync(join(dir, 'geo.json'), JSON.stringify(places));
writeFileSync(join(dir, 'profiles.json'), JSON.stringify(profiles));
for (const size of sizes) writeFileSync(join(dir, `vacancies-${size}.json`), JSON.stringify(all.slice(0, size)));

const rows = [];
if (runtimes.includes('node')) {
  const { initSync, Engine } = await import('../../pkg/werkmatch.js');
  initSync({ module: readFileSync(join(root, 'pkg/werkmatch_bg.wasm')) });
  for (const size of sizes) {
    const result = await measure({ Engine, vacancies: all.slice(0, size), taxonomy, geo: places, profiles });
    rows.push({ runtime: `Node ${process.version}`, size, ...result });
    console.error(`node ${size}: ${JSON.stringify(result.sample)}`);
  }
}
if (runtimes.includes('chromium')) {
  const server = await startServer(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  for (const size of sizes) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}bench/browser/page.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const result = await page.evaluate(async ({ size, source }) => {
      const { Engine } = await import('/pkg/werkmatch.js');
      const json = (path) => fetch(path).then((r) => r.json());
      const [vacancies, taxonomy, geo, profiles] = await Promise.all([`/data/vacancies-${size}.json`, '/data/taxonomy.json', '/data/geo.json', '/data/profiles.json'].map(json));
      // eslint-disable-next-line no-new-func
      const measureIt = (0, eval)(`(${source})`);
      return measureIt({ Engine, vacancies, taxonomy, geo, profiles });
    }, { size, source: measure.toString() });
    rows.push({ runtime: `Chromium ${browser.version()}`, size, ...result });
    await page.context().close();
  }
  await browser.close();
  server.stop();
}

const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
console.log(`Insights: ${profileCount} bench profiles (15 skills, a postcode, 25 km, hours), median / slowest ms per call`);
console.log('');
console.log('| vacancies | runtime | rank (top 20) | whatIf | skillsThatOpenDoors | occupationsWithinReach |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const cell = (name) => `${ms(r.times[name].median)} / ${ms(r.times[name].max)}`;
  console.log(`| ${r.size.toLocaleString('en')} | ${r.runtime} | ${cell('rank (top 20)')} | ${cell('whatIf')} | ${cell('skillsThatOpenDoors')} | ${cell('occupationsWithinReach')} |`);
}
