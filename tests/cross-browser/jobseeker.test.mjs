// Jobseeker mode of the demo portal in Chromium, Firefox and WebKit, through WebDriver: build a
// profile by typing (autocomplete with the keyboard, free text, postcode, distance, hours),
// see ranked results, open an explanation, switch language, save, clear, and open a profile
// file. All the while: no request after loading, none carrying the profile, none to another
// host; nothing stored before "Bewaar op dit apparaat"; the strict CSP holds with no violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enginesToTest, KEY } from './harness/webdriver.mjs';
import {
  crossBrowserSite, widgetReady, control, widgetShows, listItems, results, pageProblems, cspProbe, storage, foreignRequests, engineInWorker,
} from './harness/widget.mjs';
import { tempDir, profileFile } from '../node/helpers/browser.mjs';

const EXPECTED = /^\/(|__watch\.js|portal\.(css|js)|werkmatch-widget\.js|widget\/[a-z0-9-]+\.(js|css|svg)|pkg\/werkmatch(_bg\.wasm|\.js)|demo\/[a-z]+\.json|img\/[a-z-]+\.svg|favicon\.ico)$/;

for (const engine of enginesToTest()) {
  describe(engine, () => {
    const ctx = crossBrowserSite(engine);

    test(`${engine}: profile by keyboard, live results, explanation, language, save, clear, open a file`, async () => {
      const { site, browser } = ctx;
      await browser.get(site.baseUrl);
      await widgetReady(browser);
      await widgetShows(browser, /Vul je profiel in\. Dan zie je hier vacatures die bij je passen\./);
      assert.ok(site.requests.some((r) => r.path === '/demo/vacancies.json'), 'the feed was loaded (by the worker)');
      const page = site.requests.find((r) => r.path === '/');
      assert.match(page.csp, /script-src 'self' 'wasm-unsafe-eval'/);
      assert.ok(await engineInWorker(browser, site), 'the engine runs in the Web Worker, not on the page');
      const loaded = site.requests.length;
      assert.deepEqual(await storage(browser), { local: [], session: [], cookie: '' }, 'nothing stored on load');

      // Skills: a suggestion picked with the arrow keys, then free text.
      const skill = await control(browser, 'Vaardigheid toevoegen');
      await browser.type(skill, 'heftr');
      await browser.waitFor(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('[role="option"]')]
        .some((o) => o.textContent.trim() === 'heftruck rijden' && !o.closest('[hidden]')));
      await browser.keys(KEY.ArrowDown);
      await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('[role="option"][aria-selected="true"]'));
      await browser.keys(KEY.Enter);
      await browser.keys('orderpikken en inpakken', KEY.Enter);
      assert.deepEqual(await listItems(browser, 'Wat kun je?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
      await results(browser);

      // Postcode, travel distance (the option is clicked) and hours.
      await browser.type(await control(browser, 'Je postcode'), '5037');
      const distance = await control(browser, 'Hoe ver wil je reizen?');
      await browser.click(distance);
      await browser.click(await browser.exec((select) => select.querySelector('option[value="15"]'), distance));
      await browser.waitFor((select) => select.value === '15', distance);
      await browser.type(await control(browser, 'Minimaal'), '32');
      await browser.type(await control(browser, 'Maximaal'), '40');

      // The list settles on results within 15 km, and the live region says so.
      await browser.waitFor(() => {
        const root = document.querySelector('werkmatch-widget').shadowRoot;
        const cards = [...root.querySelectorAll('.wm-result')];
        return cards.length > 0 && cards.some((c) => /km hemelsbreed/.test(c.textContent))
          && cards.every((c) => !/(1[6-9]|[2-9]\d|\d{3,}) km hemelsbreed/.test(c.textContent))
          && /vacatures gevonden/.test(root.querySelector('[aria-live="polite"]').textContent);
      });
      const [first] = await results(browser);
      assert.match(first, /Match \d+ van 100/);
      assert.match(first, /\d+ van (je )?\d+ vaardigheden/);

      // Open the first explanation.
      await browser.click(await control(browser, 'Waarom deze vacature?'));
      const why = await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('details.wm-why[open] table')?.textContent);
      assert.match(why, /Vaardigheden/);
      assert.match(why, /Totaal\s*\d+ van 100/);

      // English and back; the profile stays.
      await browser.click(await control(browser, 'English'));
      await widgetShows(browser, /Your profile/);
      assert.equal(await browser.exec(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm').lang), 'en');
      assert.match((await results(browser))[0], /Match \d+ out of 100/);
      assert.deepEqual(await listItems(browser, 'What can you do?'), ['heftruck rijden×', 'orderpikken en inpakken×']);
      await browser.click(await control(browser, 'Nederlands'));
      await widgetShows(browser, /Jouw profiel/);

      // Nothing stored, and no request at all, while the profile was built.
      assert.deepEqual(await storage(browser), { local: [], session: [], cookie: '' }, 'nothing stored before Bewaar');
      assert.deepEqual(site.requests.slice(loaded), [], 'no requests while building the profile');

      // Save on this device, then clear everything.
      await browser.click(await control(browser, 'Bewaar op dit apparaat'));
      await widgetShows(browser, /Je profiel is bewaard op dit apparaat\./);
      const stored = JSON.parse(await browser.exec(() => localStorage.getItem('werkmatch-profile')));
      assert.equal(stored.format, 'werkmatch-profile');
      assert.equal(stored.profile.location.postcode, '5037');
      assert.deepEqual(stored.profile.hours, { min: 32, max: 40 });
      await browser.click(await control(browser, 'Wis mijn gegevens'));
      await widgetShows(browser, /Nog geen vaardigheden gekozen\./);
      assert.deepEqual(await storage(browser), { local: [], session: [], cookie: '' }, 'storage empty after clearing');
      assert.equal(await browser.exec(() => document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result').length), 0);

      // Open a profile file (the file input, as the "Open een profielbestand" button uses it).
      const file = join(tempDir(), 'mijn-profiel.json');
      writeFileSync(file, profileFile({ skills: ['heftruck rijden'], location: { postcode: '5037' }, maxDistanceKm: 20 }));
      const input = await browser.exec(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('input[type="file"]')]
        .find((el) => !el.multiple));
      await browser.type(input, file);
      await widgetShows(browser, /Je profiel is geopend\./);
      assert.deepEqual(await listItems(browser, 'Wat kun je?'), ['heftruck rijden×']);
      await results(browser);

      // Privacy over the whole session: only the page's own files, no profile content, no other host.
      const unexpected = site.requests.filter((r) => !EXPECTED.test(r.path.split('?')[0]));
      assert.deepEqual(unexpected, [], 'only the portal, the widget, the engine and the feed were requested');
      const secrets = ['5037', 'heftr', 'orderpikken'];
      assert.deepEqual(site.requests.filter((r) => secrets.some((s) => r.path.includes(s) || r.body.includes(s))), [], 'no request carries profile content');
      assert.deepEqual(foreignRequests(site), [], 'no request for another host');
      assert.deepEqual(site.foreign.filter((r) => secrets.some((s) => r.includes(s))), [], 'nor profile content in any other request');
      const problems = await pageProblems(browser);
      assert.deepEqual(problems.errors, [], 'no errors');
      assert.deepEqual(await cspProbe(browser), [], 'no CSP violation while the widget was used');
    });
  });
}
