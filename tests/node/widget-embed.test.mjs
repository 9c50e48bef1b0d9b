// The isolated embed (embed.html in a cross-origin iframe), in Debian's Chromium. A host page on
// another origin (https://gemeente.example, served by Playwright's router) frames the widget's
// own origin, which allows that host in frame-ancestors (serve.mjs --embed-ancestors).
// The embed posts ready/results/resize to the configured parent origin only, never profile
// content; the host can switch its language; a host that is not allowed cannot frame it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, watch, WAIT, DESKTOP } from './helpers/browser.mjs';

const HOST = 'https://gemeente.example';
const OTHER = 'https://andere.example';
let server;
let browser;

before(async () => {
  server = await startServer(['--embed-ancestors', HOST]);
  // The test's "public" host frames a localhost server; in real use both are public origins.
  browser = await launchBrowser(['--disable-features=LocalNetworkAccessChecks']);
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** A host page with an iframe to the embed, recording the messages it receives. */
function hostPage(src) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body>
    <h1>Werk in onze gemeente</h1>
    <iframe id="wm" title="Vacatures die bij je passen" src="${src}" width="1000" height="800"></iframe>
    <script>
      window.__messages = [];
      addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
    </script></body></html>`;
}

async function openHost(context, parentOrigin, hostOrigin = HOST) {
  const src = `${server.baseUrl}embed.html?feed=demo/vacancies.json&taxonomy=demo/taxonomy.json&geo=demo/geo.json`
    + `&parent-origin=${encodeURIComponent(parentOrigin)}`;
  const page = await context.newPage();
  await page.route(`${hostOrigin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(src) }));
  const seen = await watch(page);
  await page.goto(`${hostOrigin}/werk`);
  return { page, seen };
}

const embedFrame = (page) => page.frames().find((f) => f.url().includes('/embed.html'));

test('the embed posts results (ids and scores only) to the configured parent origin', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, seen } = await openHost(context, HOST);
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'ready'), null, WAIT);
  const frame = embedFrame(page);
  await frame.locator('werkmatch-widget').evaluate((el) => el.setProfile({
    skills: ['heftruck rijden', 'orderpicken'], location: { postcode: '5037' }, maxDistanceKm: 20,
  }));
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'results' && m.data.detail.count > 0), null, WAIT);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.every((m) => m.origin === server.origin || m.origin === new URL(server.baseUrl).origin));
  assert.ok(messages.every((m) => m.data.source === 'werkmatch'));
  const results = messages.filter((m) => m.data.type === 'results').at(-1).data.detail;
  assert.equal(results.mode, 'jobseeker');
  assert.equal(results.ids.length, results.count);
  assert.equal(results.scores.length, results.count);
  assert.ok(results.scores.every((s) => Number.isInteger(s) && s > 0 && s <= 100));
  assert.ok(messages.some((m) => m.data.type === 'resize' && m.data.detail.height > 100), 'resize messages for the host');
  const everything = JSON.stringify(messages);
  for (const secret of ['5037', 'heftruck', 'orderpicken']) assert.ok(!everything.includes(secret), `no "${secret}" in messages`);

  // The host switches the embed's language (accepted from the parent origin only).
  await page.evaluate(() => document.getElementById('wm').contentWindow.postMessage({ source: 'werkmatch', type: 'lang', lang: 'en' }, '*'));
  await frame.locator('werkmatch-widget').getByRole('heading', { name: 'Your profile' }).waitFor(WAIT);

  // The host page cannot reach into the embed (another origin).
  const reach = await page.evaluate(() => {
    try { return document.getElementById('wm').contentDocument?.body ? 'reached' : 'blocked'; } catch { return 'blocked'; }
  });
  assert.equal(reach, 'blocked');
  assert.deepEqual(seen.problems, []);
  await context.close();
});

test('the embed posts nothing to a parent that is not the configured origin', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page } = await openHost(context, OTHER);
  const frame = await (async () => {
    await page.waitForFunction(() => document.getElementById('wm'), null, WAIT);
    for (;;) {
      const f = embedFrame(page);
      if (f) return f;
      await page.waitForEvent('framenavigated', WAIT);
    }
  })();
  await frame.locator('werkmatch-widget').evaluate((el) => el.whenReady());
  await frame.locator('werkmatch-widget').evaluate((el) => el.setProfile({ skills: ['heftruck rijden'] }));
  await frame.locator('werkmatch-widget .wm-result').first().waitFor(WAIT);
  // The widget ranked (and would have posted) by now; postMessage with a wrong target origin is dropped.
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  await context.close();
});

test('a host that is not allowed in frame-ancestors cannot frame the embed', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page } = await openHost(context, OTHER, OTHER);
  const response = await context.request.get(`${server.baseUrl}embed.html`);
  assert.match(response.headers()['content-security-policy'], new RegExp(`frame-ancestors 'self' ${HOST};`));
  await page.waitForFunction(() => document.getElementById('wm'), null, WAIT);
  await page.waitForLoadState('load');
  const frame = embedFrame(page);
  const widgets = frame ? await frame.locator('werkmatch-widget').count().catch(() => 0) : 0;
  assert.equal(widgets, 0, 'the browser refused to show the embed');
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  await context.close();
});
