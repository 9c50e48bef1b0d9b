// Employer mode of the demo portal (werkgevers.html), keyboard only: pick a vacancy from the
// feed, open several exported candidate profiles at once (plus broken ones, which are skipped
// with a clear message), see the candidates ranked and explained — and no names anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  demoSite, watch, widgetReady, focused, tabTo, widgetText, tempDir, demoData, profileFile, chooseFile,
  WAIT, DESKTOP,
} from './helpers/browser.mjs';

const site = demoSite();
const dir = tempDir();

test('employer mode: pick a vacancy, open candidate files, see them ranked and explained', async () => {
  // Files as jobseekers export them, named the way people name files (names must never show).
  const examples = demoData('profiles');
  const files = examples.slice(0, 4).map((example, i) => {
    const path = join(dir, `${['jan-jansen', 'fatima-el-amrani', 'piet-de-vries', 'anna-kowalska'][i]}.json`);
    writeFileSync(path, profileFile(example.profile));
    return path;
  });
  const broken = join(dir, 'kapot.json');
  writeFileSync(broken, '{"format": "werkmatch-profile", "version": 1, "profile": ');
  const withName = join(dir, 'met-naam.json');
  writeFileSync(withName, profileFile({ ...examples[0].profile, name: 'Jan Jansen' }));
  const other = join(dir, 'cv.json');
  writeFileSync(other, JSON.stringify({ naam: 'Jan', cv: 'ervaring' }));

  const context = await site.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  const widget = page.locator('werkmatch-widget');
  await page.goto(`${site.server.baseUrl}werkgevers.html`);
  await widgetReady(page);
  await widget.getByText('Vul eerst een functietitel in, of kies een vacature uit de lijst.').waitFor(WAIT);
  const loaded = seen.requests.length;

  // Pick a vacancy from the feed with the autocomplete.
  await tabTo(page, 'Kies een vacature uit de lijst');
  await page.keyboard.type('heftruck');
  const option = widget.getByRole('option').first();
  await option.waitFor(WAIT);
  const picked = await option.locator('.wm-option-label').textContent();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await widget.getByText(`Vacature “${picked}” is ingevuld.`).waitFor(WAIT);
  assert.equal(await widget.getByLabel('Functietitel').inputValue(), picked);
  assert.equal((await focused(page)).name, 'Kies een vacature uit de lijst', 'focus stays in the picker');

  // Open several candidate files at once, broken ones among them.
  await tabTo(page, 'Open profielbestanden');
  await chooseFile(page, [...files, broken, withName, other]);
  await widget.getByText('4 kandidaten toegevoegd. 4 kandidaten geopend.').waitFor(WAIT);
  const alert = widget.getByRole('alert').filter({ hasText: 'Bestand 5 van 7' });
  await alert.waitFor(WAIT);
  const alertText = await alert.textContent();
  assert.match(alertText, /Bestand 5 van 7 is overgeslagen: het is geen profielbestand \(geen geldige JSON\)\./);
  assert.match(alertText, /Bestand 6 van 7 is overgeslagen: er klopt iets niet bij “name”\./);
  assert.match(alertText, /Bestand 7 van 7 is overgeslagen: het is geen werkmatch-profiel/);

  // Ranked candidates, with scores in words and numbers.
  await widget.getByText('4 kandidaten op volgorde van match.').waitFor(WAIT);
  const cards = widget.locator('.wm-result');
  assert.equal(await cards.count(), 4);
  const titles = await widget.locator('.wm-result-title').allTextContents();
  assert.deepEqual([...titles].sort(), ['Kandidaat 1', 'Kandidaat 2', 'Kandidaat 3', 'Kandidaat 4']);
  const scores = (await widget.locator('.wm-score-text strong').allTextContents()).map((s) => Number(/Match (\d+) van 100/.exec(s)[1]));
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  assert.equal(titles[0], 'Kandidaat 1', 'the forklift driver fits the forklift vacancy best');

  // No names anywhere: not the file names, not the scenario labels.
  const text = await widgetText(page);
  for (const name of ['Jan', 'Jansen', 'Fatima', 'Amrani', 'Piet', 'Kowalska', 'jan-jansen', ...examples.map((e) => e.name)]) {
    assert.ok(!text.includes(name), `"${name}" is not shown`);
  }

  // The explanation, about the candidate.
  await tabTo(page, 'Waarom deze kandidaat?');
  await page.keyboard.press('Enter');
  const why = cards.first().locator('details.wm-why');
  await why.getByRole('table').waitFor(WAIT);
  assert.match(await why.textContent(), /De kandidaat (heeft \d+ van de \d+ vaardigheden|zoekt werk als)/);

  // Changing the vacancy re-ranks live: add a required skill by keyboard.
  await tabTo(page, 'Vaardigheid toevoegen', { back: true });
  await page.keyboard.type('reachtruck');
  await widget.getByRole('option', { name: /reachtruck/ }).first().waitFor(WAIT);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await widget.getByRole('list', { name: 'Gevraagde vaardigheden' }).getByRole('listitem').first().waitFor(WAIT);
  await page.waitForFunction(() => /\d+ van \d+ vaardigheden/.test(
    document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm-result')?.textContent ?? ''), null, WAIT);

  // English, then clear the candidates.
  await tabTo(page, 'English', { back: true });
  await page.keyboard.press('Enter');
  await widget.getByRole('heading', { name: 'Candidates in order' }).waitFor(WAIT);
  assert.ok((await widget.locator('.wm-result-title').allTextContents()).every((t) => /^Candidate \d$/.test(t)));
  await tabTo(page, 'Delete all candidates');
  await page.keyboard.press('Enter');
  await widget.getByText('First open one or more candidate profile files.').waitFor(WAIT);
  assert.equal(await cards.count(), 0);

  assert.deepEqual(seen.requests.slice(loaded).filter((r) => !r.url.startsWith('blob:')), [], 'no requests after loading');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'employer mode stores nothing');
  assert.deepEqual(seen.problems, [], 'no console errors or CSP violations');
  await context.close();
});

test('the demo page can open the example candidates for a quick look', async () => {
  const context = await site.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.server.baseUrl}werkgevers.html`);
  await widgetReady(page);
  await page.getByRole('button', { name: 'Open de voorbeeldkandidaten' }).click();
  await page.getByText(/\d+ voorbeeldkandidaten zijn geopend/).waitFor(WAIT);
  const widget = page.locator('werkmatch-widget');
  await widget.getByLabel('Functietitel').fill('Schoonmaker');
  await widget.locator('.wm-result').first().waitFor(WAIT);
  assert.equal(await widget.locator('.wm-result').count(), demoData('profiles').length, 'every candidate is shown, also the ones that fit less');
  assert.deepEqual(seen.problems, []);
  await context.close();
});
