// The strict CSP and hostile vacancy text, in Debian's Chromium.
// - Every page (portal, employer page, isolated embed in both modes) runs under the served
//   policy with zero `securitypolicyviolation` reports while it is used.
// - A feed whose titles, employers, places, descriptions and links carry <script>, onerror=,
//   javascript: URLs, <iframe>, <object>, <svg onload>, <style> and style overlays executes
//   nothing (a global the payloads would set stays undefined, no dialog opens) and shows the
//   text safely: no such element or attribute ends up in the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, watch, widgetReady, tempDir, WAIT, DESKTOP } from './helpers/browser.mjs';

const EXPECTED_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; "
  + "img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

let server;
let browser;
const dir = tempDir();

const hit = (tag) => `(window.__xss=(window.__xss||[]).concat('${tag}'))`;
const XSS_FEED = [
  {
    id: 'xss-1',
    title: `<script>${hit('title-script')}</script>Magazijnmedewerker <img src=x onerror="${hit('title-img')}">`,
    employer: `<b onmouseover="${hit('employer')}">Kwaad & Co</b>`,
    description: `<p>Wij zoeken een <strong>magazijnmedewerker</strong>.</p>
      <script>${hit('desc-script')}</script>
      <img src="/x-img" onerror="${hit('desc-img')}">
      <a href="javascript:${hit('desc-link')}">klik hier</a>
      <a href="  JaVaScRiPt:${hit('desc-link-case')}">en hier</a>
      <a href="data:text/html,<script>alert(1)</script>">of hier</a>
      <iframe src="javascript:${hit('desc-iframe')}"></iframe>
      <iframe srcdoc="<script>parent.${hit('srcdoc')}</script>"></iframe>
      <object data="javascript:${hit('object')}"></object><embed src="javascript:alert(1)">
      <svg onload="${hit('svg')}"><circle r="5"/></svg>
      <div style="position:fixed;inset:0;z-index:99999;background:red" onclick="${hit('div')}">overlay tekst</div>
      <style>body { display: none }</style>
      <form action="https://evil.example/"><button formaction="javascript:alert(1)">Verstuur</button></form>
      <a href="https://example.org/vacature" onclick="${hit('onclick')}" style="color:red" target="_top">echte link</a>
      <details open ontoggle="${hit('ontoggle')}"><summary>meer</summary>tekst</details>`,
    url: `javascript:${hit('url')}`,
    skills: ['orderpicken'],
    location: { postcode: '5038', place: `<img src=x onerror="${hit('place')}">Tilburg` },
    hours: { min: 32, max: 40 },
  },
  {
    id: 'xss-2',
    title: 'Orderpicker <iframe src="javascript:alert(1)"></iframe>',
    employer: 'Gewoon BV',
    description: 'Platte tekst met 5 < 6 & "quotes" erin.\n\n- orderpicken\n- inpakken',
    url: 'https://example.org/ok',
    skills: ['orderpicken'],
  },
];

before(async () => {
  writeFileSync(join(dir, 'xss.json'), JSON.stringify(XSS_FEED));
  server = await startServer(['--fixtures', dir]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test('every page runs under the strict CSP with zero violations', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  const widget = page.locator('werkmatch-widget');

  const response = await page.goto(server.baseUrl);
  assert.equal(response.headers()['content-security-policy'], EXPECTED_CSP);
  await widgetReady(page);
  await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  await widget.locator('.wm-result').first().waitFor(WAIT);
  for (const summary of await widget.locator('.wm-result summary').all()) await summary.click();
  await widget.locator('details.wm-more > summary').click();
  await widget.locator('.wm-lang').click();
  await widget.locator('.wm[lang="en"]').waitFor(WAIT);

  await page.goto(`${server.baseUrl}werkgevers.html`);
  await widgetReady(page);
  await page.getByRole('button', { name: 'Open de voorbeeldkandidaten' }).click();
  await widget.getByLabel('Functietitel').fill('Schoonmaker');
  await widget.locator('.wm-result').first().waitFor(WAIT);
  for (const summary of await widget.locator('.wm-result summary').all()) await summary.click();

  for (const mode of ['jobseeker', 'employer']) {
    const embed = await page.goto(`${server.baseUrl}embed.html?feed=demo/vacancies.json&taxonomy=demo/taxonomy.json&geo=demo/geo.json&mode=${mode}&lang=en`);
    assert.match(embed.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    await widgetReady(page);
    assert.equal(await widget.locator('.wm').getAttribute('lang'), 'en');
  }
  await widget.evaluate((el) => el.addCandidates([{ skills: ['schoonmaken'] }]));
  await widget.getByLabel('Job title').fill('Schoonmaker');
  await widget.locator('.wm-result').first().waitFor(WAIT);

  assert.deepEqual(seen.csp, [], 'no CSP violations');
  assert.deepEqual(seen.problems, [], 'no console errors');
  await context.close();
});

async function assertSafe(page, seen) {
  const report = await page.evaluate(() => {
    const root = document.querySelector('werkmatch-widget').shadowRoot;
    const all = [...root.querySelectorAll('*')];
    return {
      xss: window.__xss ?? null,
      // The widget's own controls carry wm-* classes; sanitised vacancy markup carries no classes.
      dangerous: all.filter((el) => ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'style', 'form', 'math', 'button'].includes(el.localName)
        && !el.className.startsWith?.('wm-')).map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
      styled: all.filter((el) => el.hasAttribute('style')).map((el) => el.outerHTML.slice(0, 80)),
      links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      targets: [...root.querySelectorAll('a[target]')].length,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
    };
  });
  assert.equal(report.xss, null, `no payload ran (${report.xss})`);
  assert.deepEqual(report.dangerous, [], 'no script, iframe, object, img, svg, style or form element');
  assert.deepEqual(report.handlers, [], 'no event-handler attributes');
  assert.deepEqual(report.styled, [], 'no style attributes');
  for (const href of report.links) assert.match(href, /^(https?:|mailto:)/i, `safe link ${href}`);
  assert.equal(report.targets, 0);
  assert.ok(report.bodyVisible);
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(seen.csp, [], 'nothing even tried to run inline code');
  assert.deepEqual(seen.requests.filter((r) => /x-img|\/x$|example\.org|evil\.example/.test(r.url)).map((r) => r.url), [], 'no request for payload URLs');
}

test('a hostile feed executes nothing and shows its text as text (jobseeker)', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  const widget = page.locator('werkmatch-widget');
  await page.goto(`${server.baseUrl}embed.html?feed=/fixtures/xss.json&geo=/demo/geo.json`);
  await widgetReady(page);
  await widget.evaluate((el) => el.setProfile({ skills: ['orderpicken'], location: { postcode: '5037' } }));
  await widget.locator('.wm-result').nth(1).waitFor(WAIT);
  for (const summary of await widget.locator('.wm-result summary').all()) await summary.click();
  await widget.locator('.wm-description').first().waitFor(WAIT);

  const titles = await widget.locator('.wm-result-title').allTextContents();
  assert.ok(titles.includes(XSS_FEED[0].title), 'the title is shown literally, tags and all');
  assert.ok(titles.includes('Orderpicker <iframe src="javascript:alert(1)"></iframe>'));
  const card = widget.locator('.wm-result', { hasText: 'Magazijnmedewerker' });
  const text = await card.textContent();
  assert.match(text, /<b onmouseover=.*>Kwaad & Co<\/b>/, 'employer as text');
  assert.match(text, /<img src=x onerror=.*>Tilburg/, 'place as text');
  const description = card.locator('.wm-description');
  assert.match(await description.textContent(), /Wij zoeken een magazijnmedewerker\./);
  assert.match(await description.textContent(), /klik hier/);
  assert.match(await description.textContent(), /overlay tekst/);
  assert.equal(await description.locator('strong').textContent(), 'magazijnmedewerker', 'harmless markup is kept');
  assert.equal(await description.locator('a[href="https://example.org/vacature"]').count(), 1, 'a real link survives, without handlers');
  assert.equal(await card.getByRole('link', { name: /Bekijk de vacature/ }).count(), 0, 'no link for a javascript: url');
  const plain = widget.locator('.wm-result', { hasText: 'Gewoon BV' }).locator('.wm-description');
  assert.match(await plain.textContent(), /Platte tekst met 5 < 6 & "quotes" erin\./, 'plain text stays text');
  assert.deepEqual(await plain.locator('li').allTextContents(), ['orderpicken', 'inpakken']);

  // Click what the javascript: links became (plain text now): still nothing runs.
  await description.getByText('klik hier').click();
  await description.getByText('en hier').click();
  await description.getByText('overlay tekst').click();
  await assertSafe(page, seen);
  await context.close();
});

test('a hostile feed executes nothing in employer mode either', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.route('https://example.org/**', (route) => route.abort());
  const widget = page.locator('werkmatch-widget');
  await page.goto(`${server.baseUrl}embed.html?feed=/fixtures/xss.json&geo=/demo/geo.json&mode=employer`);
  await widgetReady(page);
  await widget.evaluate((el) => el.addCandidates([{ skills: ['orderpicken'], location: { postcode: '5037' } }]));
  const picker = widget.getByRole('combobox', { name: 'Kies een vacature uit de lijst' });
  await picker.fill('magazijn');
  const option = widget.getByRole('option').first();
  await option.waitFor(WAIT);
  assert.equal(await option.locator('.wm-option-label').textContent(), XSS_FEED[0].title);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await widget.locator('.wm-result').first().waitFor(WAIT);
  assert.equal(await widget.getByLabel('Functietitel').inputValue(), XSS_FEED[0].title);
  await widget.locator('.wm-result summary').first().click();
  await assertSafe(page, seen);
  await context.close();
});
