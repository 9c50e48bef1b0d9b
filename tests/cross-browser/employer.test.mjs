// Employer mode (werkgevers.html) in Chromium, Firefox and WebKit, through WebDriver: pick a
// vacancy from the feed with the picker (the core's vacancy search), open exported candidate
// files (a broken one among them, skipped with a clear message), see the candidates ranked and
// explained without names, add a required skill, switch language. Nothing is requested after
// loading, nothing stored, no CSP violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enginesToTest, KEY } from './harness/webdriver.mjs';
import {
  crossBrowserSite, widgetReady, control, widgetShows, listItems, results, pageProblems, cspProbe, storage, foreignRequests,
} from './harness/widget.mjs';
import { tempDir, profileFile, demoData } from '../node/helpers/browser.mjs';

const examples = demoData('profiles');
const dir = tempDir();
const files = examples.slice(0, 3).map((example, i) => {
  const path = join(dir, `${['jan-jansen', 'fatima-el-amrani', 'piet-de-vries'][i]}.json`);
  writeFileSync(path, profileFile(example.profile));
  return path;
});
const broken = join(dir, 'kapot.json');
writeFileSync(broken, '{"format": "werkmatch-profile", "version": 1, "profile": ');

for (const engine of enginesToTest()) {
  describe(engine, () => {
    const ctx = crossBrowserSite(engine);

    test(`${engine}: pick a vacancy, open candidate files, see them ranked and explained`, async () => {
      const { site, browser } = ctx;
      await browser.get(`${site.baseUrl}werkgevers.html`);
      await widgetReady(browser);
      await widgetShows(browser, /Vul eerst een functietitel in, of kies een vacature uit de lijst\./);
      const loaded = site.requests.length;

      // The picker: words matched by the core's normalisation ("HEFTRUCK" finds "Heftruckchauffeur").
      const picker = await control(browser, 'Kies een vacature uit de lijst');
      await browser.type(picker, 'HEFTRUCK');
      const picked = await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot
        .querySelector('[role="option"] .wm-option-label')?.textContent);
      assert.match(picked, /heftruck/i);
      await browser.keys(KEY.ArrowDown, KEY.Enter);
      await widgetShows(browser, new RegExp(`Vacature “${picked.replace(/[()]/g, '\\$&')}” is ingevuld\\.`));
      assert.equal(await browser.exec((el) => el.value, await control(browser, 'Functietitel')), picked);

      // Candidate files, opened at once through the file input; the broken one is skipped.
      const input = await browser.exec(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('input[type="file"][multiple]'));
      await browser.type(input, [...files, broken].join('\n'));
      await widgetShows(browser, /3 kandidaten toegevoegd\./);
      await widgetShows(browser, /Bestand 4 van 4 is overgeslagen: het is geen profielbestand \(geen geldige JSON\)\./);
      const cards = await results(browser, 3);
      assert.equal(cards.length, 3);
      const titles = await browser.exec(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result-title')].map((t) => t.textContent));
      assert.deepEqual([...titles].sort(), ['Kandidaat 1', 'Kandidaat 2', 'Kandidaat 3']);
      assert.equal(titles[0], 'Kandidaat 1', 'the forklift driver fits the forklift vacancy best');
      const scores = cards.map((c) => Number(/Match (\d+) van 100/.exec(c)[1]));
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
      const text = await browser.exec(() => document.querySelector('werkmatch-widget').shadowRoot.textContent);
      for (const name of ['Jansen', 'Fatima', 'Amrani', 'Piet', 'jan-jansen', ...examples.map((e) => e.name)]) {
        assert.ok(!text.includes(name), `"${name}" is not shown`);
      }

      // The explanation, about the candidate.
      await browser.click(await control(browser, 'Waarom deze kandidaat?'));
      const why = await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('details.wm-why[open] table')?.textContent);
      assert.match(why, /Totaal\s*\d+ van 100/);

      // A required skill from the autocomplete re-ranks live.
      const skill = await control(browser, 'Vaardigheid toevoegen');
      await browser.type(skill, 'reachtruck');
      await browser.waitFor(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('[role="option"]')]
        .some((o) => /reachtruck/.test(o.textContent) && !o.closest('[hidden]')));
      await browser.keys(KEY.ArrowDown);
      await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('[role="option"][aria-selected="true"]'));
      await browser.keys(KEY.Enter);
      await browser.waitFor(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('[aria-label="Gevraagde vaardigheden"] li'));
      assert.match((await listItems(browser, 'Gevraagde vaardigheden'))[0], /reachtruck/);

      // English, then clear the candidates.
      await browser.click(await control(browser, 'English'));
      await widgetShows(browser, /Candidates in order/);
      assert.ok((await browser.exec(() => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result-title')]
        .map((t) => t.textContent))).every((t) => /^Candidate \d$/.test(t)));
      await browser.click(await control(browser, 'Delete all candidates'));
      await widgetShows(browser, /First open one or more candidate profile files\./);

      assert.deepEqual(site.requests.slice(loaded), [], 'no requests after loading');
      assert.deepEqual(await storage(browser), { local: [], session: [], cookie: '' }, 'employer mode stores nothing');
      assert.deepEqual(foreignRequests(site), [], 'no request for another host');
      assert.deepEqual((await pageProblems(browser)).errors, [], 'no errors');
      assert.deepEqual(await cspProbe(browser), [], 'no CSP violation while the widget was used');
    });
  });
}
