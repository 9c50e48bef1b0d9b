// The page-load figure: how long after navigation starts the widget shows its first
// results, in headless Chromium, with the demo server (scripts/serve.mjs, strict CSP) serving
// the isolated embed (www/embed.html) with a generated feed, and a profile saved on the device
// (as after "Bewaar op dit apparaat"), so the widget ranks as soon as its feed is loaded.
// Measured for the JSON feed and for the prebuilt index; the median of a few page loads.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './data/inputs.mjs';

const STORAGE_KEY = 'werkmatch-profile'; // the widget's default (www/widget/profile-file.js)

/** Starts scripts/serve.mjs on a free port, also serving `dir` at /fixtures/. */
export function startDemoServer(dir, { fixturesMbit } = {}) {
  const slow = fixturesMbit ? ['--fixtures-mbit', String(fixturesMbit)] : [];
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', '0', '--fixtures', dir, ...slow], { stdio: ['ignore', 'pipe', 'inherit'] });
  // With fixturesMbit, what the slow link sent: [ms since 1970, bytes] per piece.
  const sent = [];
  let rest = '';
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const lines = (rest + String(chunk)).split('\n');
      rest = lines.pop();
      for (const line of lines) {
        const piece = /^sent (\d+) (\d+)$/.exec(line);
        if (piece) sent.push([Number(piece[1]), Number(piece[2])]);
        const match = /http:\/\/localhost:\d+\//.exec(line);
        if (match) resolve({ url: match[0], sent, stop: () => server.kill() });
      }
    });
    server.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
}

/**
 * Milliseconds from navigation start to the first result on screen (`firstMs`) and to the
 * widget's `werkmatch:results` event, sent once ranking is complete (`completeMs`; with a shard
 * set, after every shard within reach), for one page load.
 */
export async function firstResults(browser, url, profile, onPage = () => {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  onPage(page);
  await page.addInitScript(([key, text]) => {
    localStorage.setItem(key, text);
    document.addEventListener('werkmatch:results', (event) => { if (event.detail?.count > 0) window.completeMs ??= performance.now(); });
    const poll = () => {
      if (document.querySelector('werkmatch-widget')?.shadowRoot?.querySelector('.wm-result')) window.firstResultMs = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, [STORAGE_KEY, JSON.stringify({ format: 'werkmatch-profile', version: 1, profile })]);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.firstResultMs !== undefined && window.completeMs !== undefined, null, { timeout: 120_000 });
    return await page.evaluate(() => ({ firstMs: window.firstResultMs, completeMs: window.completeMs, origin: performance.timeOrigin }));
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Measures the widget with `size` generated vacancies in `dataDir` (from prepare.mjs), `runs`
 * page loads each for the JSON feed and the .wmx index. Resolves to `{ size, jsonMs, indexMs }`.
 */
export async function measureWidget(browser, dataDir, size, runs = 3) {
  const server = await startDemoServer(dataDir);
  try {
    const { profile } = JSON.parse(readFileSync(join(dataDir, 'queries.json'), 'utf8'))[0];
    // A JSON feed comes with the taxonomy and the postcode table; an index carries its own.
    const embed = (feed) => `${server.url}embed.html?feed=/fixtures/${feed}` +
      (feed.endsWith('.json') ? '&taxonomy=/demo/taxonomy.json&geo=/fixtures/geo.json' : '');
    const measure = async (feed) => {
      const times = [];
      for (let i = 0; i < runs; i++) times.push((await firstResults(browser, embed(feed), profile)).firstMs);
      return median(times);
    };
    return { size, runs, jsonMs: await measure(`vacancies-${size}.json`), indexMs: await measure(`index-${size}.wmx`) };
  } finally {
    server.stop();
  }
}
