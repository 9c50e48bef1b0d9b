// National scale (issue 5): a generated national set of vacancies (500,000 by default) split by
// `werkmatch shards` into a base index and one shard per 10 km grid cell, served by the demo
// server as static files; the widget (www/embed.html) on the shard manifest, in headless
// Chromium, for a profile in one region at a time. Measures what a jobseeker's browser
// downloads (bytes, and what gzip on a web server or CDN would make of them) and the time from
// navigation to the first results on screen, with a cold cache.
//
//   node tools/bench/national.mjs [--size 500000] [--runs 3]
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { vacancyStream, generateProfiles } from './data/generate.mjs';
import { pc4Source, readPlaces, readTaxonomy, root } from './data/inputs.mjs';
import { checkBuilt, CLI } from './prepare.mjs';
import { firstResults, startDemoServer } from './widget.mjs';

/** Feeds are written in files of this many vacancies (the command line reads several). */
const FEED_FILE = 100_000;
const TODAY = '2026-01-01';
const CELL_KM = Number(process.env.WERKMATCH_CELL_KM ?? 10);
/** The slow link of the second measurement: the shards gzipped over one shared 20 Mbit/s link. */
const SLOW_MBIT = 20;

/** One region per part of the country: the Randstad's centre, the north, the south-west edge. */
export const REGIONS = [
  { name: 'Utrecht', postcode: '3511' },
  { name: 'Groningen', postcode: '9711' },
  { name: 'Middelburg', postcode: '4331' },
];

/** Writes `size` generated vacancies as JSON feed files into `dir`; returns their paths. */
function writeFeeds(dir, size, taxonomy, places) {
  const paths = [];
  let fd = null;
  let i = 0;
  for (const vacancy of vacancyStream(size, taxonomy, places)) {
    if (i % FEED_FILE === 0) {
      if (fd !== null) { writeSync(fd, ']'); closeSync(fd); }
      paths.push(join(dir, `feed-${paths.length}.json`));
      fd = openSync(paths.at(-1), 'w');
      writeSync(fd, '[');
    } else {
      writeSync(fd, ',');
    }
    writeSync(fd, JSON.stringify(vacancy));
    i += 1;
  }
  if (fd !== null) { writeSync(fd, ']'); closeSync(fd); }
  return paths;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Builds the national set and measures it. Resolves to { size, cellKm, buildMs, shards,
 * totalBytes, totalGzipBytes, baseBytes, regions: [{ name, postcode, km, files, vacancies,
 * bytes, gzipBytes, firstResultsMs }] }.
 */
export async function runNational({ size = 500_000, runs = 3, log = (m) => console.error(m) } = {}) {
  checkBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'werkmatch-national-'));
  let browser;
  let server;
  let slowServer;
  try {
    const taxonomy = readTaxonomy();
    const places = readPlaces();
    let started = performance.now();
    const feeds = writeFeeds(dir, size, taxonomy, places);
    log(`national: ${size} vacancies generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const out = join(dir, 'shards');
    execFileSync(CLI, ['shards', '--quiet', '--today', TODAY, '--out-dir', out, '--cell-km', String(CELL_KM),
      '--taxonomy', join(root, 'www/demo/taxonomy.json'), '--pc4', pc4Source().path, ...feeds]);
    const buildMs = performance.now() - started;
    feeds.forEach((f) => rmSync(f));
    const manifest = JSON.parse(readFileSync(join(out, 'shards.json'), 'utf8'));
    const gzipOf = new Map();
    const gzipBytes = (file) => {
      if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(readFileSync(join(out, file))).length);
      return gzipOf.get(file);
    };
    const files = [manifest.base, ...manifest.shards];
    const result = {
      size, cellKm: CELL_KM, buildMs, shards: manifest.shards.length,
      totalBytes: files.reduce((a, f) => a + f.bytes, 0),
      totalGzipBytes: files.reduce((a, f) => a + gzipBytes(f.file), 0) + gzipBytes('shards.json'),
      baseBytes: manifest.base.bytes,
      largestShardBytes: Math.max(...manifest.shards.map((s) => s.bytes)),
      regions: [],
    };
    log(`national: werkmatch shards in ${(buildMs / 1000).toFixed(1)} s: ${result.shards} shards, ${(result.totalBytes / 1e6).toFixed(0)} MB`);

    const { profile } = generateProfiles(1, taxonomy, places)[0];
    server = await startDemoServer(dir);
    slowServer = await startDemoServer(dir, { fixturesMbit: SLOW_MBIT });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    for (const region of REGIONS) {
      const regional = { ...profile, location: { postcode: region.postcode } };
      // One page load per run; `slow`: over the throttled server.
      const load = async ({ url, sent }) => {
        const done = [];
        const from = Date.now();
        const record = (page) => page.on('requestfinished', (request) => {
          if (request.url().includes('/fixtures/shards/')) done.push(request.url());
        });
        const t = await firstResults(browser, `${url}embed.html?feed=/fixtures/shards/shards.json`, regional, record);
        await new Promise((resolve) => setTimeout(resolve, 200)); // the last requests finish
        const name = (u) => decodeURIComponent(u.split('/').pop());
        // What the slow link had sent when the first results were on screen (whole files or not).
        const firstAt = t.origin + t.firstMs;
        const firstGzip = sent.filter(([at]) => at >= from && at <= firstAt).reduce((a, [, bytes]) => a + bytes, 0);
        return { ...t, firstGzip, fetched: done.map(name) };
      };
      const fast = [];
      const slow = [];
      for (let run = 0; run < runs; run++) fast.push(await load(server));
      for (let run = 0; run < runs; run++) slow.push(await load(slowServer));
      const times = fast;
      const fetched = fast.at(-1).fetched;
      const chosen = manifest.shards.filter((s) => fetched.includes(s.file));
      const vacancies = chosen.reduce((a, s) => a + s.vacancies, 0);
      const bytes = fetched.reduce((a, f) => a + (f === 'shards.json' ? readFileSync(join(out, f)).length : files.find((x) => x.file === f)?.bytes ?? 0), 0);
      const row = {
        ...region, km: regional.maxDistanceKm, files: fetched.length, shardsLoaded: chosen.length, vacancies, bytes,
        gzipBytes: fetched.reduce((a, f) => a + gzipBytes(f), 0),
        firstResultsMs: median(times.map((t) => t.firstMs)), completeMs: median(times.map((t) => t.completeMs)),
        slowFirstGzipBytes: median(slow.map((t) => t.firstGzip)), slowFirstMs: median(slow.map((t) => t.firstMs)),
        slowCompleteMs: median(slow.map((t) => t.completeMs)),
      };
      result.regions.push(row);
      log(`national: ${region.name} (${region.postcode}, ${row.km} km): ${row.shardsLoaded} shards, ${vacancies} vacancies, ` +
        `${(row.bytes / 1e6).toFixed(1)} MB (${(row.gzipBytes / 1e6).toFixed(1)} MB gzipped), first results ${Math.round(row.firstResultsMs)} ms, ` +
        `at ${SLOW_MBIT} Mbit/s after ${(row.slowFirstGzipBytes / 1e6).toFixed(2)} MB gzipped and ${Math.round(row.slowFirstMs)} ms (all ${Math.round(row.slowCompleteMs)} ms), ` +
        `all cells ranked ${Math.round(row.completeMs)} ms`);
    }
    return result;
  } finally {
    await browser?.close();
    server?.stop();
    slowServer?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** The national figures as markdown. */
export function nationalMarkdown(n) {
  const lines = [
    `National set: ${n.size.toLocaleString('en')} generated vacancies, \`werkmatch shards\` with ${n.cellKm} km cells in ${(n.buildMs / 1000).toFixed(0)} s: ` +
      `${n.shards} shards, ${mb(n.totalBytes)} MB in all (${mb(n.totalGzipBytes)} MB gzipped); base index (taxonomy, postcodes) ${(n.baseBytes / 1e3).toFixed(0)} KB, largest shard ${mb(n.largestShardBytes)} MB.`,
    '',
    `| region | postcode | travel km | shards loaded | vacancies loaded | downloaded MB | gzipped MB | first results ms | all cells ranked ms | at ${SLOW_MBIT} Mbit/s: gzipped MB before first results | first results ms | all cells ranked ms |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...n.regions.map((r) => `| ${r.name} | ${r.postcode} | ${r.km} | ${r.shardsLoaded} of ${n.shards} | ${r.vacancies.toLocaleString('en')} | ${mb(r.bytes)} | ${mb(r.gzipBytes)} | ` +
      `${Math.round(r.firstResultsMs)} | ${Math.round(r.completeMs)} | ${(r.slowFirstGzipBytes / 1e6).toFixed(2)} | ${Math.round(r.slowFirstMs)} | ${Math.round(r.slowCompleteMs)} |`),
    '',
    'Served by scripts/serve.mjs on localhost without compression, cold cache, the widget in embed.html with a saved 15-skill profile ' +
      '(the postcode of the region, 25 km); median of the runs. First results: the best of the cells loaded so far (the widget shows them, with ' +
      '"3 van 31 delen", while the rest arrives); all cells ranked: the final ranking. Gzipped: what a web server or CDN with gzip would send. ' +
      `At ${SLOW_MBIT} Mbit/s: the same page with the shards sent gzipped over one shared ${SLOW_MBIT} Mbit/s link (scripts/serve.mjs --fixtures-mbit); ` +
      'gzipped MB before first results: what that link had sent (manifest, base and shards, whole or in part) when the first result was on screen.',
  ];
  return lines.join('\n');
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  runNational({ size: Number(option(args, '--size') ?? 500_000), runs: Number(option(args, '--runs') ?? 3) })
    .then((n) => console.log(nationalMarkdown(n)))
    .catch((error) => { console.error(`national: ${error.message}`); process.exit(1); });
}
