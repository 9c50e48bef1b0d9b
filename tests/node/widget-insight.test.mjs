// Insight in the demo portal (issue 13), in Debian's Chromium under the strict CSP: the
// jobseeker's "Wat helpt je verder?" (skills that open doors, what-if, occupations within
// reach) says exactly what the core computes for the same profile and data (checked against the
// package in Node), in Dutch and English, opens a door's vacancies with the keyboard, and makes
// no request; the employer's "Wat als u minder vraagt?" shows what easing a requirement gains.
// Screenshots of both views go to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSite, watch, widgetReady, root, screenshotPath, exampleEmployerPreview, WAIT, DESKTOP } from './helpers/browser.mjs';
import { TEXTS, translator } from '../../www/widget/i18n.js';
import { today as localToday } from '../../www/widget/dom.js';
import { initSync, Engine } from '../../pkg/werkmatch.js';

const site = demoSite();
const demo = (name) => JSON.parse(readFileSync(join(root, 'www/demo', name), 'utf8'));

/** What the core says for the first example profile, on the demo portal's data. */
function expected() {
  initSync({ module: readFileSync(join(root, 'pkg/werkmatch_bg.wasm')) });
  const engine = new Engine({ taxonomy: demo('taxonomy.json'), geo: demo('geo.json') });
  engine.addFeed(demo('vacancies.json'));
  const today = localToday();
  const { profile } = demo('profiles.json')[0];
  return { whatIf: engine.whatIf(profile, { today }), doors: engine.skillsThatOpenDoors(profile, { today }), within: engine.occupationsWithinReach(profile, { today }) };
}

/** The insight section's texts, as a person reads them. */
const shown = (page) => page.locator('werkmatch-widget').evaluate((el) => {
  const section = el.shadowRoot.querySelector('.wm-insight');
  const items = (part) => [...section.querySelectorAll(`[part="${part}"] > li`)].map((li) => (li.querySelector('summary') ?? li).textContent.trim());
  return {
    hidden: section.hidden,
    heading: section.querySelector('.wm-panel-title').textContent,
    intro: section.querySelector('.wm-intro')?.textContent,
    doors: items('door-skills'),
    whatIf: items('what-if'),
    within: items('occupations-within-reach'),
  };
});

for (const lang of ['nl', 'en']) {
  test(`jobseeker (${lang}): "what would help you" says what the core computes, opens with the keyboard, asks nothing of the server`, async () => {
    const want = expected();
    const t = translator(lang);
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${site.server.baseUrl}index.html`);
    await widgetReady(page);
    const widget = page.locator('werkmatch-widget');
    if (lang === 'en') await widget.evaluate((el) => el.setAttribute('lang', 'en'));
    const before = seen.requests.length;
    await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
    await widget.locator('.wm-insight .wm-intro').waitFor(WAIT);
    const view = await shown(page);

    assert.equal(view.hidden, false);
    assert.equal(view.heading, TEXTS[lang].insight.heading);
    assert.equal(view.intro, t('insight.intro', want.whatIf.goodFit, want.whatIf.now));
    assert.ok(want.doors.length > 0 && want.within.length > 0, 'the example profile gets doors and occupations');
    assert.deepEqual(view.doors, want.doors.map((d) => t('insight.door', d.label, d.more)));
    const gains = want.whatIf.changes.filter((c) => c.more > 0);
    assert.ok(gains.length > 0, 'the example profile gains from travelling further');
    assert.equal(view.whatIf.length, gains.length);
    for (const c of gains.filter((g) => g.change.kind === 'distance')) assert.ok(view.whatIf.includes(t('insight.ifDistance', c.change.km, c.more)), view.whatIf.join('\n'));
    assert.deepEqual(view.within.map((s) => s.split(' · ')[0]), want.within.map((o) => `${o.label} ${t('insight.withinCount', o.covered, o.asked)}`));

    // Keyboard only: Tab to the first door, Enter opens its vacancies.
    const door = widget.locator('.wm-door > summary').first();
    for (let i = 0; i < 200 && !(await door.evaluate((el) => el.getRootNode().activeElement === el)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await widget.locator('.wm-door[open] .wm-door-list li').first().waitFor(WAIT);
    const listed = await widget.locator('.wm-door[open] .wm-door-list li').count();
    assert.equal(listed, Math.min(want.doors[0].more, 10) + (want.doors[0].more > 10 ? 1 : 0));
    await widget.locator('.wm-insight').screenshot({ path: screenshotPath(`insight-jobseeker-${lang}`) });

    // Computed on the device: no request for it, none carrying the profile, no cookie.
    const after = seen.requests.slice(before).filter((r) => !r.url.startsWith('blob:'));
    assert.deepEqual(after.map((r) => r.url), [], 'no request while filling in the profile and working out the insight');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(seen.csp, []);
    await context.close();
  });
}

test('employer: "what if you asked less" shows how many more candidates each eased requirement gives', async () => {
  const context = await site.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${site.server.baseUrl}werkgevers.html`);
  await widgetReady(page);
  const widget = page.locator('werkmatch-widget');
  await exampleEmployerPreview(page, widget);
  await widget.locator('.wm-insight .wm-intro').waitFor(WAIT);
  const view = await widget.evaluate((el) => {
    const section = el.shadowRoot.querySelector('.wm-insight');
    return {
      heading: section.querySelector('.wm-panel-title').textContent,
      intro: section.querySelector('.wm-intro').textContent,
      items: [...section.querySelectorAll('[part="asking-less"] > li')].map((li) => li.textContent),
      none: section.querySelector('.wm-hint')?.textContent,
    };
  });
  assert.equal(view.heading, 'Wat als u minder vraagt?');
  assert.match(view.intro, /^Een goede match is een kandidaat met 55 punten of meer\. Nu (is dat er 1|zijn dat er \d+)\.$/);
  assert.ok(view.items.length > 0 || view.none, 'either gains or a sentence saying there are none');
  for (const item of view.items) assert.match(item, /: (1 kandidaat|[2-9]\d* kandidaten) meer$/, item);
  await widget.locator('.wm-insight').screenshot({ path: screenshotPath('insight-employer-nl') });
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(seen.csp, []);
  await context.close();
});
