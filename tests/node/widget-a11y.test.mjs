// Accessibility of the demo portal with the widget in use, in Debian's Chromium:
// axe-core (@axe-core/playwright, WCAG 2.2 rules including target size) finds no violations in
// both modes × both languages × desktop and 320 px, with results, an explanation, the extra
// fields, the insight section (a door open) and the autocomplete list open; at 320 px nothing scrolls sideways, also with WCAG's
// text-spacing overrides. Saves screenshots of each state to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { demoSite, watch, widgetReady, screenshotPath, exampleEmployerPreview, WAIT, DESKTOP, NARROW } from './helpers/browser.mjs';

const site = demoSite();

/** Jobseeker: an example profile, results, the first explanation and description open. */
async function jobseekerState(page, widget) {
  await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  await widget.locator('.wm-result').first().waitFor(WAIT);
  await widget.locator('details.wm-more > summary').click();
  await widget.locator('.wm-result details.wm-why > summary').first().click();
  await widget.locator('.wm-result details.wm-about > summary').first().click();
  await widget.locator('details.wm-why[open] table').first().waitFor(WAIT);
  // The insight section, with a door's vacancies open.
  await widget.locator('.wm-insight .wm-intro').waitFor(WAIT);
  await widget.locator('.wm-door > summary').first().click();
  await widget.locator('.wm-door[open] .wm-door-list').first().waitFor(WAIT);
}

/** Employer: example candidates, a vacancy from the feed, the first explanation open. */
async function employerState(page, widget) {
  await exampleEmployerPreview(page, widget);
  await widget.locator('details.wm-more > summary').click();
  await widget.locator('.wm-result details.wm-why > summary').first().click();
  await widget.locator('details.wm-why[open] table').first().waitFor(WAIT);
  await widget.locator('.wm-insight .wm-intro').waitFor(WAIT);
}

async function axe(page) {
  const results = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
  return {
    violations: results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    passes: results.passes.length,
  };
}

/** Horizontal overflow of the page, in CSS pixels (0 = reflows). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** WCAG 1.4.12 text spacing, applied to the page and inside the widget (CSSOM: allowed by the CSP). */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
function applyTextSpacing(page) {
  return page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const el of document.querySelectorAll('werkmatch-widget')) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
}

const cases = [];
const PAGES = { jobseeker: '', national: 'heel-nederland.html', employer: 'werkgevers.html' };
for (const mode of ['jobseeker', 'national', 'employer']) {
  for (const lang of ['nl', 'en']) {
    for (const [size, viewport] of [['desktop', DESKTOP], ['320', NARROW]]) cases.push({ mode, lang, size, viewport });
  }
}

for (const { mode, lang, size, viewport } of cases) {
  test(`axe: ${mode}, ${lang}, ${size}`, async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${site.server.baseUrl}${PAGES[mode]}`);
    await widgetReady(page);
    const widget = page.locator('werkmatch-widget');
    if (mode === 'employer') await employerState(page, widget); else await jobseekerState(page, widget);
    if (lang === 'en') {
      await widget.locator('.wm-lang').click();
      await widget.locator('.wm[lang="en"]').waitFor(WAIT);
    }

    const name = `${mode}-${lang}-${size}`;
    await widget.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: screenshotPath(name) });
    await page.screenshot({ path: screenshotPath(`${name}-full`), fullPage: true });
    await widget.locator('.wm-result').first().screenshot({ path: screenshotPath(`${name}-first-result`) });

    // Checked before axe runs: axe-core injects a <style> of its own, which the strict CSP refuses.
    assert.deepEqual(seen.problems, [], 'no console errors or CSP violations');

    const result = await axe(page);
    console.log(`# axe ${name}: ${result.violations.length} violations, ${result.passes} rules passed`);
    assert.deepEqual(result.violations, [], `axe violations (${name})`);

    // The autocomplete list open is accessible too.
    const combo = widget.locator('input[role="combobox"]').last();
    await combo.fill('');
    await combo.pressSequentially('schoon');
    await widget.getByRole('option').first().waitFor(WAIT);
    const open = await axe(page);
    assert.deepEqual(open.violations, [], `axe violations with the list open (${name})`);
    await combo.press('Escape');
    await combo.press('Escape');

    if (size === '320') {
      assert.equal(await overflow(page), 0, 'reflows at 320 px: no horizontal scrolling');
      await applyTextSpacing(page);
      assert.equal(await overflow(page), 0, 'still reflows with WCAG text spacing');
    }
    await context.close();
  });
}
