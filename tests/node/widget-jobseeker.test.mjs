// Jobseeker mode of the demo portal, end to end with the keyboard only, in Debian's Chromium:
// build a profile with the autocomplete, see ranked results (focus stays put, the live region
// speaks), open an explanation, switch language, save, clear, export and re-import (and a bad
// file). All the while: only same-origin requests, none after loading, none carrying the
// profile; no cookies; nothing in storage before "Bewaar op dit apparaat".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startServer, launchBrowser, watch, widgetReady, focused, tabTo, widgetText, tempDir, WAIT, DESKTOP, profileFile, chooseFile,
} from './helpers/browser.mjs';

let server;
let browser;
const dir = tempDir();

before(async () => {
  // One vacancy far from Tilburg, for the empty state.
  writeFileSync(join(dir, 'far.json'), JSON.stringify([{
    id: 'far-1', title: 'Heftruckchauffeur', employer: 'Noord Logistiek', skills: ['heftruck rijden'],
    location: { postcode: '9711', place: 'Groningen' }, hours: { min: 38, max: 40 },
  }]));
  server = await startServer(['--fixtures', dir]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const storageState = (page) => page.evaluate(async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  idb: (await indexedDB.databases?.())?.map((d) => d.name) ?? [],
  caches: await caches.keys(),
  cookie: document.cookie,
}));

const chips = (page, label) => page.locator('werkmatch-widget').getByRole('list', { name: label }).getByRole('listitem').allTextContents();

test('keyboard only: profile, live results, explanation, language, save, clear, export, import', async () => {
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  const seen = await watch(page);
  const widget = page.locator('werkmatch-widget');

  const response = await page.goto(server.baseUrl);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await widgetReady(page);
  await widget.getByText('Vul je profiel in. Dan zie je hier vacatures die bij je passen.').waitFor(WAIT);
  assert.ok(seen.requests.some((r) => r.url.endsWith('/demo/vacancies.json')), 'the feed was loaded (by the worker)');
  const loadedRequests = seen.requests.length;
  assert.deepEqual(await storageState(page), { local: [], session: [], idb: [], caches: [], cookie: '' }, 'nothing stored on load');

  // Skills: a suggestion chosen with the arrow keys, then free text.
  await tabTo(page, 'Vaardigheid toevoegen');
  const combo = widget.getByRole('combobox', { name: 'Vaardigheid toevoegen' });
  await page.keyboard.type('heftr');
  await widget.getByRole('option', { name: 'heftruck rijden' }).waitFor(WAIT);
  assert.equal(await combo.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape'); // closes the suggestions; the text stays
  assert.equal(await combo.getAttribute('aria-expanded'), 'false');
  assert.equal(await combo.inputValue(), 'heftr');
  await page.keyboard.press('ArrowDown'); // opens them again, on the first one
  await widget.getByRole('option', { name: 'heftruck rijden', selected: true }).waitFor(WAIT);
  assert.match(await combo.getAttribute('aria-activedescendant'), /opt-0$/);
  await page.keyboard.press('Enter');
  assert.equal(await combo.inputValue(), '');
  await page.keyboard.type('orderpikken en inpakken');
  await page.keyboard.press('Enter'); // free text is allowed
  assert.deepEqual(await chips(page, 'Wat kun je?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
  assert.equal((await focused(page)).name, 'Vaardigheid toevoegen', 'focus stays in the field');

  // Results appear live while the profile is edited, without moving focus.
  await widget.locator('.wm-result').first().waitFor(WAIT);

  // Desired occupation, postcode, distance and hours.
  await tabTo(page, 'Beroep toevoegen');
  await page.keyboard.type('heftruckch');
  await widget.getByRole('option', { name: 'heftruckchauffeur' }).waitFor(WAIT);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.deepEqual(await chips(page, 'Welk werk zoek je?'), ['heftruckchauffeur×']);
  await tabTo(page, 'Je postcode');
  await page.keyboard.type('5037');
  await tabTo(page, 'Hoe ver wil je reizen?');
  await page.keyboard.press('ArrowDown'); // 5 km
  await page.keyboard.press('ArrowDown'); // 10 km
  await page.keyboard.press('ArrowDown'); // 15 km
  assert.equal(await widget.getByLabel('Hoe ver wil je reizen?').inputValue(), '15');
  await tabTo(page, 'Minimaal');
  await page.keyboard.type('32');
  await tabTo(page, 'Maximaal');
  await page.keyboard.type('40');

  // The list settles on results within 15 km, and says so politely once.
  await page.waitForFunction(() => {
    const root = document.querySelector('werkmatch-widget').shadowRoot;
    const cards = [...root.querySelectorAll('.wm-result')];
    return cards.length > 0 && cards.some((c) => /km hemelsbreed/.test(c.textContent))
      && cards.every((c) => !/(1[6-9]|[2-9]\d|\d{3,}) km hemelsbreed/.test(c.textContent))
      && /vacatures gevonden/.test(root.querySelector('[aria-live="polite"]').textContent);
  }, null, WAIT);
  const after = await focused(page);
  assert.equal(after.name, 'Maximaal', 'focus stayed in the hours field while results updated');
  const first = widget.locator('.wm-result').first();
  const firstText = await first.textContent();
  assert.match(firstText, /Match \d+ van 100/);
  assert.match(firstText, /· Past (heel goed|goed|een beetje|weinig)/);
  assert.match(firstText, /\d+ van (je )?\d+ vaardigheden/);
  for (const km of await widget.locator('.wm-result .wm-meta').allTextContents()) {
    const found = /(\d+(?:,\d)?) km hemelsbreed/.exec(km);
    if (found) assert.ok(Number(found[1].replace(',', '.')) <= 15, `within 15 km: ${km}`);
  }
  assert.match(await widget.locator('.wm-status').textContent(), /vacature(s)? (past|passen) bij je profiel|best passen/);

  // Open the first explanation with the keyboard.
  await tabTo(page, 'Waarom deze vacature?');
  await page.keyboard.press('Enter');
  const why = first.locator('details.wm-why');
  assert.equal(await why.getAttribute('open'), '');
  await why.getByRole('table').waitFor(WAIT);
  assert.ok(await why.getByRole('rowheader', { name: 'Vaardigheden' }).isVisible());
  assert.match(await why.textContent(), /Totaal\s*\d+ van 100/);
  assert.match(await why.textContent(), /Reisafstand: (Het werk is \d+(,\d)? km hemelsbreed van je postcode\. Je wilt tot 15 km reizen\.|Dit werk kan thuis\.)/);

  // Switch to English: everything follows, the explanation stays open, focus stays on the switch.
  await tabTo(page, 'English', { back: true });
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Your profile' }).waitFor(WAIT);
  assert.equal(await widget.locator('.wm').getAttribute('lang'), 'en', 'English text is marked lang="en" in the Dutch page');
  assert.equal((await focused(page)).name, 'Nederlands');
  assert.equal(await widget.locator('.wm-lang span').getAttribute('lang'), 'nl');
  assert.match(await widget.locator('.wm-result').first().textContent(), /Match \d+ out of 100/);
  assert.match(await widget.locator('details.wm-why[open]').first().textContent(), /This is how we got this number/);
  assert.deepEqual(await chips(page, 'What can you do?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Jouw profiel' }).waitFor(WAIT);

  // Nothing stored yet, no cookie; no request since loading, none with profile content.
  assert.deepEqual(await storageState(page), { local: [], session: [], idb: [], caches: [], cookie: '' }, 'nothing stored before Bewaar');
  assert.deepEqual(seen.requests.slice(loadedRequests), [], 'no requests while building the profile');

  // Save on this device.
  await tabTo(page, 'Bewaar op dit apparaat');
  await page.keyboard.press('Enter');
  await widget.getByText('Je profiel is bewaard op dit apparaat.', { exact: false }).waitFor(WAIT);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('werkmatch-profile')));
  assert.equal(stored.format, 'werkmatch-profile');
  assert.equal(stored.version, 1);
  assert.equal(stored.profile.location.postcode, '5037');
  assert.deepEqual(stored.profile.hours, { min: 32, max: 40 });

  // Export to a file.
  await tabTo(page, 'Download mijn profiel');
  const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.keyboard.press('Enter')]);
  const exported = join(dir, 'profiel.json');
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  assert.equal(file.format, 'werkmatch-profile');
  assert.equal(file.version, 1);
  assert.deepEqual(file.profile.skills, [{ id: 'wm:skill:heftruck-rijden', label: 'heftruck rijden' }, 'orderpikken en inpakken']);
  assert.deepEqual(file.profile.desiredOccupations, [{ id: 'wm:occ:heftruckchauffeur', label: 'heftruckchauffeur' }]);
  assert.equal(file.profile.maxDistanceKm, 15);

  // Reload: the saved profile comes back.
  await page.reload();
  await widgetReady(page);
  await widget.getByText('Je bewaarde profiel is geopend.').waitFor(WAIT);
  assert.deepEqual(await chips(page, 'Wat kun je?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
  await widget.locator('.wm-result').first().waitFor(WAIT);

  // Clear everything: memory and storage.
  await page.locator('body').focus();
  await tabTo(page, 'Wis mijn gegevens');
  await page.keyboard.press('Enter');
  await widget.getByText('Je gegevens zijn gewist, ook van dit apparaat.').waitFor(WAIT);
  assert.deepEqual(await storageState(page), { local: [], session: [], idb: [], caches: [], cookie: '' }, 'storage empty after clearing');
  assert.equal(await widget.getByLabel('Je postcode').inputValue(), '');
  assert.equal(await widget.locator('.wm-result').count(), 0);
  assert.equal(await widget.getByText('Nog geen vaardigheden gekozen.').isVisible(), true);
  assert.equal((await focused(page)).name, 'Wis mijn gegevens', 'focus stays on the button');
  await widget.getByText('Vul je profiel in. Dan zie je hier vacatures die bij je passen.').waitFor(WAIT);

  // Import: a bad file first (the profile stays as it is), then the exported one.
  const bad = join(dir, 'kapot.json');
  writeFileSync(bad, profileFile({ skills: ['koken'], naam: 'Jan' }));
  const newer = join(dir, 'nieuw.json');
  writeFileSync(newer, JSON.stringify({ format: 'werkmatch-profile', version: 2, profile: {} }));
  await tabTo(page, 'Open een profielbestand');
  await chooseFile(page, bad);
  await widget.getByRole('alert').filter({ hasText: 'Dit bestand kunnen we niet openen: er klopt iets niet bij “naam”. Je profiel is niet veranderd.' }).waitFor(WAIT);
  assert.equal(await widget.locator('.wm-chip').count(), 0, 'profile unchanged after a bad file');
  await chooseFile(page, newer);
  await widget.getByRole('alert').filter({ hasText: 'het heeft versie 2. Deze website kent alleen versie 1.' }).waitFor(WAIT);
  await chooseFile(page, exported);
  await widget.getByText('Je profiel is geopend.').waitFor(WAIT);
  assert.deepEqual(await chips(page, 'Wat kun je?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
  assert.equal(await widget.getByLabel('Je postcode').inputValue(), '5037');
  assert.equal(await widget.getByLabel('Minimaal').inputValue(), '32');
  await widget.locator('.wm-result').first().waitFor(WAIT);
  assert.deepEqual(await storageState(page), { local: [], session: [], idb: [], caches: [], cookie: '' }, 'importing stores nothing');

  // Remove a skill with the keyboard: focus moves to the next chip's button.
  await tabTo(page, 'Haal heftruck rijden weg');
  await page.keyboard.press('Enter');
  assert.deepEqual(await chips(page, 'Wat kun je?'), ['orderpikken en inpakken×']);
  assert.equal((await focused(page)).name, 'Haal orderpikken en inpakken weg');

  // Privacy over the whole session.
  const origin = server.origin;
  const foreign = seen.requests.filter((r) => !r.url.startsWith('blob:') && new URL(r.url).origin !== origin);
  assert.deepEqual(foreign, [], 'only same-origin requests');
  const secrets = ['5037', 'heftruck', 'orderpikken'];
  const leaking = seen.requests.filter((r) => secrets.some((s) => r.url.includes(s) || r.postData?.includes(s)));
  assert.deepEqual(leaking, [], 'no request carries profile content');
  const expected = /^\/(|portal\.(css|js)|werkmatch-widget\.js|widget\/[a-z0-9-]+\.(js|css)|pkg\/werkmatch(_bg\.wasm|\.js)|demo\/[a-z]+\.json|img\/[a-z-]+\.svg)$/;
  const unexpected = seen.requests.filter((r) => !r.url.startsWith('blob:') && !expected.test(new URL(r.url).pathname));
  assert.deepEqual(unexpected.map((r) => r.url), [], 'only the portal, the widget, the engine and the feed were requested');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.problems, [], 'no console errors or CSP violations');
  assert.ok(!(await widgetText(page)).includes('undefined'), 'no "undefined" shown');
  await context.close();
});

test('an empty result gives helpful next steps', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${server.baseUrl}embed.html?feed=/fixtures/far.json&geo=/demo/geo.json`);
  await widgetReady(page);
  const widget = page.locator('werkmatch-widget');
  await widget.evaluate((el) => el.setProfile({ skills: ['heftruck rijden'], location: { postcode: '5037' }, maxDistanceKm: 10, hours: { min: 12, max: 20 } }));
  await widget.getByText('Nog geen vacatures die passen.').waitFor(WAIT);
  assert.ok(await widget.getByText('Probeer een grotere reisafstand.').isVisible());
  assert.ok(await widget.getByText('Kijk ook naar andere uren.').isVisible());
  assert.deepEqual(seen.problems, []);
  await context.close();
});
