// The widget loads every kind of feed a portal has: the engine's vacancy JSON (the other tests),
// a prebuilt index made by `werkmatch index` (www/demo/vacatures.wmx, built from the demo's
// schema.org JobPosting feed by scripts/build.sh), and a JobPosting feed itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoSite, watch, widgetReady, demoData, WAIT } from './helpers/browser.mjs';

const site = demoSite();

const forklift = demoData('profiles').find(({ profile }) => JSON.stringify(profile).includes('heftruck')).profile;

async function rankedTitles(query) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.server.baseUrl}embed.html?${query}`);
  await widgetReady(page);
  await page.evaluate((profile) => document.querySelector('werkmatch-widget').setProfile(profile), forklift);
  await page.waitForFunction(() => document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result').length >= 5, null, WAIT);
  const titles = await page.evaluate(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result-title')].map((e) => e.textContent));
  const status = await page.evaluate(() => document.querySelector('werkmatch-widget').shadowRoot.textContent);
  assert.deepEqual(seen.problems, [], 'no errors');
  assert.deepEqual(seen.csp, [], 'no CSP violations');
  await context.close();
  return { titles, status };
}

test('the widget loads the prebuilt index and ranks from it', async () => {
  const { titles, status } = await rankedTitles('feed=demo/vacatures.wmx');
  assert.match(status, /van 330\)/, 'all 330 vacancies of the index are loaded');
  assert.ok(titles.slice(0, 3).some((t) => /heftruck|magazijn|order|logistiek|reachtruck/i.test(t)), titles.join(' | '));
});

test('the widget loads a schema.org JobPosting feed', async () => {
  const { titles, status } = await rankedTitles('feed=demo/jobpostings.json&taxonomy=demo/taxonomy.json&geo=demo/geo.json');
  assert.match(status, /van 330\)/);
  assert.ok(titles.slice(0, 3).some((t) => /heftruck|magazijn|order|logistiek|reachtruck/i.test(t)), titles.join(' | '));
});
