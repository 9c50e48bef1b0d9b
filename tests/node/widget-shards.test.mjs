// National scale: the widget on a shard set (www/demo/shards/, written from the demo's feed by
// `werkmatch shards` in scripts/build.sh) downloads only the base and the cells within the
// jobseeker's travel distance, and ranks exactly as the whole index does for that profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSite, watch, widgetReady, demoData, root, screenshotPath, WAIT } from './helpers/browser.mjs';

const site = demoSite();

const manifest = JSON.parse(readFileSync(join(root, 'www/demo/shards/shards.json'), 'utf8'));
const forklift = demoData('profiles').find(({ profile }) => JSON.stringify(profile).includes('heftruck')).profile;

const shadowText = (page) => page.evaluate(() => document.querySelector('werkmatch-widget').shadowRoot.textContent);

/** Sets a profile and waits for the status line to say which area was searched. */
async function rankFor(page, profile, statusPattern) {
  await page.evaluate((p) => document.querySelector('werkmatch-widget').setProfile(p), profile);
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm-status')?.textContent ?? ''),
    statusPattern.source, WAIT);
  return page.evaluate(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result-title')].map((e) => e.textContent));
}

/** The titles the whole index (one file, all 330 vacancies) gives for a profile. */
async function titlesFromWholeIndex(profile) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.server.baseUrl}embed.html?feed=demo/vacatures.wmx`);
  await widgetReady(page);
  await page.evaluate((p) => document.querySelector('werkmatch-widget').setProfile(p), profile);
  await page.waitForFunction(() => /van 330\)/.test(document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm-status')?.textContent ?? ''), null, WAIT);
  const titles = await page.evaluate(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result-title')].map((e) => e.textContent));
  await context.close();
  return titles;
}

test('the national page loads only the shards within reach and ranks like the whole index', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.server.baseUrl}heel-nederland.html`);
  await widgetReady(page);
  const shardRequests = () => seen.requests.filter((r) => /\/demo\/shards\//.test(r.url)).map((r) => r.url.split('/').pop());

  // Before any profile: the manifest and the base (taxonomy, postcodes), no vacancies.
  assert.deepEqual(shardRequests().sort(), ['shards.json', manifest.base.file].sort());

  const profile = { ...forklift, maxDistanceKm: 15 };
  const titles = await rankFor(page, profile, /tot 15 km/);
  assert.ok(titles.length >= 3, titles.join(' | '));
  assert.deepEqual(titles, await titlesFromWholeIndex(profile), 'the same results as the whole index');
  const cells = shardRequests().filter((f) => f.startsWith('cell_'));
  assert.ok(cells.length >= 1 && cells.length < manifest.shards.length / 3, `${cells.length} of ${manifest.shards.length} shards: ${cells}`);
  assert.ok(shardRequests().some((f) => f.startsWith('anywhere.')), 'remote work is always loaded');
  await page.evaluate(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm-status').scrollIntoView());
  await page.screenshot({ path: screenshotPath('shards-tilburg') });

  // Moving to Groningen loads the cells there; the ones already loaded are not fetched again.
  const before = shardRequests().length;
  const groningen = { ...profile, location: { postcode: '9711' }, maxDistanceKm: 30 };
  await rankFor(page, groningen, /tot 30 km/);
  const after = shardRequests();
  assert.ok(after.length > before, 'new cells for the new place');
  assert.equal(new Set(after).size, after.length, 'no file fetched twice');

  // No profile data in any request, nothing but the page's own host.
  for (const r of seen.requests) {
    assert.ok(r.url.startsWith(site.server.origin) || r.url.startsWith('data:'), r.url);
    assert.ok(!/heftruck|5037|9711/.test(`${r.url} ${r.postData ?? ''}`), `profile data in ${r.url}`);
  }
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.csp, []);
  await context.close();
});

test('without a postcode only remote work is searched, and the widget says to fill one in', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.server.baseUrl}heel-nederland.html`);
  await widgetReady(page);
  const { location, maxDistanceKm, ...placeless } = forklift;
  await page.evaluate((p) => document.querySelector('werkmatch-widget').setProfile(p), placeless);
  await page.waitForFunction(() => /Vul je postcode in/.test(document.querySelector('werkmatch-widget').shadowRoot.textContent), null, WAIT);
  const anywhere = manifest.shards.find((s) => !s.bounds);
  assert.match(await shadowText(page), new RegExp(`van ${anywhere.vacancies}\\)|passen bij je profiel|Nog geen`));
  await context.close();
});

test('a shard that cannot be downloaded gives a clear error, and the next try loads it', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  let failures = 1;
  await page.route('**/demo/shards/cell_*', (route) => (failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto(`${site.server.baseUrl}heel-nederland.html`);
  await widgetReady(page);
  const profile = { ...forklift, maxDistanceKm: 15 };
  await page.evaluate((p) => document.querySelector('werkmatch-widget').setProfile(p), profile);
  await page.waitForFunction(() => /HTTP 503/.test(document.querySelector('werkmatch-widget').shadowRoot.textContent), null, WAIT);
  // Any change ranks again; the failed shard is fetched again and the results come.
  const titles = await rankFor(page, { ...profile, maxDistanceKm: 16 }, /tot 16 km/);
  assert.ok(titles.length >= 3);
  await context.close();
});

test('while far cells are still on their way, the best results so far are shown', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  let served = 0;
  // Each further cell arrives 400 ms after the one before (a slow connection).
  await page.route('**/demo/shards/cell_*', async (route) => {
    const wait = 400 * served++;
    await new Promise((resolve) => setTimeout(resolve, wait));
    await route.continue();
  });
  await page.goto(`${site.server.baseUrl}heel-nederland.html`);
  await widgetReady(page);
  const profile = { ...forklift, maxDistanceKm: 30 };
  await page.evaluate((p) => document.querySelector('werkmatch-widget').setProfile(p), profile);
  await page.waitForFunction(() => {
    const root = document.querySelector('werkmatch-widget').shadowRoot;
    return /delen\)\. Je ziet de beste tot nu toe/.test(root.querySelector('.wm-status')?.textContent ?? '') && root.querySelectorAll('.wm-result').length > 0;
  }, null, WAIT);
  const titles = await rankFor(page, profile, /tot 30 km/);
  assert.deepEqual(titles, await titlesFromWholeIndex(profile), 'the final results are those of the whole index');
  assert.ok(served >= 3, `${served} cells`);
  await context.close();
});

test('two people in the same region with different skills and conditions fetch exactly the same files', async () => {
  // What the server sees may depend on the region and the travel distance only.
  const requestsFor = async (profile) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${site.server.baseUrl}heel-nederland.html`);
    await widgetReady(page);
    await rankFor(page, profile, /tot 20 km/);
    await context.close();
    return seen.requests.map((r) => `${r.method ?? 'GET'} ${r.url} ${r.postData ?? ''}`).sort();
  };
  const region = { location: { postcode: '5037' }, maxDistanceKm: 20 };
  const forkliftDriver = { ...forklift, ...region };
  const cook = {
    ...region,
    skills: ['koken', 'HACCP', 'snijden'],
    desiredOccupations: ['kok'],
    hours: { min: 16, max: 24 },
    drivingLicences: [],
    avoidConditions: ['nightShifts'],
  };
  const first = await requestsFor(forkliftDriver);
  const second = await requestsFor(cook);
  assert.ok(first.some((r) => /\/demo\/shards\/cell_/.test(r)), 'cells were fetched');
  assert.deepEqual(second, first);
});

test('the cells are fetched nearest first, a few at a time', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const started = [];
  let open = 0;
  let most = 0;
  await page.route('**/demo/shards/cell_*', async (route) => {
    started.push(route.request().url().split('/').pop());
    open += 1;
    most = Math.max(most, open);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await route.continue();
    open -= 1;
  });
  await page.goto(`${site.server.baseUrl}heel-nederland.html`);
  await widgetReady(page);
  const profile = { ...forklift, maxDistanceKm: 30 };
  await rankFor(page, profile, /tot 30 km/);
  // The order the engine chooses them in (nearest first), as the widget's engine reports it.
  const order = await page.evaluate(async ([p, m]) => {
    const { default: init, Engine } = await import('/pkg/werkmatch.js');
    await init();
    const base = await (await fetch(`/demo/shards/${m.base.file}`)).arrayBuffer();
    return Engine.fromIndex(new Uint8Array(base)).shardsFor(m, p).files.filter((f) => f.startsWith('cell_'));
  }, [profile, manifest]);
  assert.ok(started.length >= 3, `${started.length} cells`);
  assert.deepEqual(started, order);
  assert.ok(most <= 2, `${most} cells fetched at once`);
  await context.close();
});

test('cells beyond the memory the page allows are left out with a clear message, and the nearer ones are shown', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const seen = await watch(page);
  // The second cell is 40 MB (as a far larger region would be): with memory-limit-mb="64" it
  // cannot fit, whatever the engine holds already.
  let served = 0;
  let big = null;
  const requests = [];
  await page.route('**/demo/shards/cell_*', (route) => {
    const file = route.request().url().split('/').pop();
    requests.push(file);
    if (++served === 2) big = file;
    return file === big
      ? route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(40 << 20) })
      : route.continue();
  });
  await page.goto(`${site.server.baseUrl}embed.html?feed=/demo/shards/shards.json&memory-limit-mb=64`);
  await widgetReady(page);
  const profile = { ...forklift, maxDistanceKm: 30 };
  const titles = await rankFor(page, profile, /passen in het geheugen van dit apparaat/);
  assert.ok(titles.length >= 1, 'the cells that fit are ranked');
  const status = await page.evaluate(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm-status').textContent);
  assert.match(status, /Niet alle vacatures binnen deze afstand passen in het geheugen van dit apparaat\. Je ziet de vacatures die het dichtst bij zijn/);
  assert.ok(served >= 2 && served < manifest.shards.length, `${served} cells fetched: no more after the one that did not fit`);
  // Still working: another distance ranks again, and the cell that did not fit is not fetched again.
  await rankFor(page, { ...profile, maxDistanceKm: 29 }, /tot 29 km/);
  assert.equal(requests.filter((f) => f === big).length, 1, requests.join(' '));
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('a set that does not fit at all says so in plain words instead of failing', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const seen = await watch(page);
  // 1 MB: less than the engine's own memory, so even the base index is refused.
  await page.goto(`${site.server.baseUrl}embed.html?feed=/demo/shards/shards.json&memory-limit-mb=1`);
  await page.waitForFunction(() => /passen niet in het geheugen van dit apparaat/.test(document.querySelector('werkmatch-widget')?.shadowRoot?.textContent ?? ''), null, WAIT);
  assert.deepEqual(seen.problems.filter((p) => !/maxMemoryBytes/.test(p)), []);
  await context.close();
});
