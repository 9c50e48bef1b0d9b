// "Waarom deze vacature?" never contradicts itself (issue 13, part 6), in Debian's Chromium: a
// vacancy that asks two languages and two driving licences, of which the person has one each,
// and a higher education level. Every row of the parts table agrees with its points ("past niet"
// earns nothing, "past voor een deel" earns something), and the sentences say what is there and
// what is missing, in Dutch and in English. "Uitleg bewaren" gives a receipt file that says the
// same (rule-set version, the profile's fields used, each part with its points), made on the
// page without any request, cookie or storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, watch, widgetReady, widgetText, tempDir, screenshotPath, WAIT, DESKTOP } from './helpers/browser.mjs';

let server;
let browser;
const dir = tempDir();

before(async () => {
  writeFileSync(join(dir, 'asks-much.json'), JSON.stringify([{
    id: 'receptie-1', title: 'Receptionist hotel', employer: 'Hotel De Kempen', skills: ['receptie', 'telefoon aannemen'],
    location: { postcode: '5038', place: 'Tilburg' },
    languages: [{ language: 'nl', level: 'B1' }, { language: 'en', level: 'B2' }],
    drivingLicences: ['B', 'C'],
    education: { level: 4 },
  }]));
  server = await startServer(['--fixtures', dir]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** The rows of the open explanation: [part, status, points, max] and the sentences. */
const explanation = (page) => page.locator('werkmatch-widget').evaluate((el) => {
  const root = el.shadowRoot ?? el;
  const rows = [...root.querySelectorAll('.wm-parts tbody tr')].map((tr) => {
    const [points, max] = tr.querySelector('.wm-points').textContent.match(/\d+/g).map(Number);
    return { part: tr.querySelector('th').textContent, status: tr.querySelector('.wm-status').textContent, points, max };
  });
  const sentences = [...root.querySelectorAll('.wm-why-list li')].map((li) => li.textContent);
  return { rows, sentences };
});

for (const [lang, words] of [
  ['nl', {
    why: 'Waarom deze vacature?', notMet: 'past niet', inPart: 'past voor een deel', languages: 'Talen', licences: 'Rijbewijs',
    languageSentence: 'Nederlands op niveau B1: in orde. Nog niet: Engels op niveau B2.',
    licenceSentence: 'Rijbewijs B is in orde. Nodig: rijbewijs C.',
    receipt: 'Uitleg bewaren', used: 'Gebruikt uit je profiel:', languagesLine: '- Talen: past voor een deel, ', profileLanguage: '- Talen: Nederlands op niveau C1',
  }],
  ['en', {
    why: 'Why this vacancy?', notMet: 'does not fit', inPart: 'fits in part', languages: 'Languages', licences: 'Driving licence',
    languageSentence: 'Dutch at level B1: fine. Not yet: English at level B2.',
    licenceSentence: 'Driving licence B is fine. Needed: driving licence C.',
    receipt: 'Keep this explanation', used: 'Used from your profile:', languagesLine: '- Languages: fits in part, ', profileLanguage: '- Languages: Dutch at level C1',
  }],
]) {
  test(`${lang}: a requirement met in part is shown as met in part, with its points and what is missing`, async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${server.baseUrl}embed.html?feed=/fixtures/asks-much.json&geo=/demo/geo.json&lang=${lang}`);
    await widgetReady(page);
    const widget = page.locator('werkmatch-widget');
    await widget.evaluate((el) => el.setProfile({
      skills: ['receptie'], location: { postcode: '5037' }, languages: [{ language: 'nl', level: 'C1' }], drivingLicences: ['B'], educationLevel: 2,
    }));
    await widget.getByText(words.why).first().waitFor(WAIT);
    await widget.getByText(words.why).first().click();
    await widget.locator('.wm-parts').first().waitFor(WAIT);
    const { rows, sentences } = await explanation(page);
    await widget.locator('.wm-parts').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`explanation-in-part-${lang}`) });

    for (const row of rows) {
      if (row.status === words.notMet) assert.equal(row.points, 0, `"${row.part}: ${row.status}" earns nothing: ${JSON.stringify(row)}`);
      if (row.status === words.inPart) assert.ok(row.points > 0 && row.points < row.max, `"${row.part}: ${row.status}" earns part: ${JSON.stringify(row)}`);
    }
    const row = (part) => rows.find((r) => r.part.startsWith(part));
    assert.equal(row(words.languages).status, words.inPart, JSON.stringify(rows));
    assert.equal(row(words.licences).status, words.inPart, JSON.stringify(rows));
    assert.ok(sentences.some((s) => s.includes(words.languageSentence)), sentences.join('\n'));
    assert.ok(sentences.some((s) => s.includes(words.licenceSentence)), sentences.join('\n'));

    // The receipt: a download made on the page, saying what the screen says.
    const requestsBefore = seen.requests.length;
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: words.receipt }).first().click()]);
    assert.match(download.suggestedFilename(), /^werkmatch-uitleg-receptie-1\.txt$/);
    const receipt = readFileSync(await download.path(), 'utf8');
    const shownRules = (await widgetText(page)).match(/werkmatch-rules-\d+/)?.[0];
    assert.ok(shownRules, 'the explanation names the rule set');
    assert.ok(receipt.includes(shownRules), receipt);
    assert.ok(receipt.includes('Receptionist hotel'), receipt);
    assert.ok(receipt.includes(words.used), receipt);
    assert.ok(receipt.includes(words.profileLanguage), receipt);
    assert.ok(receipt.includes(`${words.languagesLine}${rows.find((r) => r.part.startsWith(words.languages)).points}`), receipt);
    assert.ok(receipt.includes(words.languageSentence), receipt);
    for (const r of rows) assert.ok(receipt.includes(`- ${r.part}: ${r.status}, `), `${r.part} in the receipt:\n${receipt}`);
    assert.equal(seen.requests.slice(requestsBefore).filter((r) => !r.url.startsWith('blob:')).length, 0, 'no request for the receipt');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage).length, Object.keys(sessionStorage).length]), [0, 0]);
    assert.deepEqual(seen.problems, []);
    await context.close();
  });
}
