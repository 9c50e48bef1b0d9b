// The strict CSP and hostile vacancy text in Chromium, Firefox and WebKit, through WebDriver:
// the isolated embed in both modes runs under its policy with no violation, and a feed whose
// texts carry <script>, onerror=, javascript: links, <iframe>, <svg onload> and style overlays
// runs nothing, shows the text as text, and makes no request for the payloads' hosts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enginesToTest } from './harness/webdriver.mjs';
import { crossBrowserSite, widgetReady, control, widgetShows, results, pageProblems, cspProbe, foreignRequests } from './harness/widget.mjs';
import { tempDir } from '../node/helpers/browser.mjs';

const EMBED_CSP = /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'/;

const hit = (tag) => `(window.__xss=(window.__xss||[]).concat('${tag}'))`;
const XSS_FEED = [{
  id: 'xss-1',
  title: `<script>${hit('title-script')}</script>Magazijnmedewerker <img src=x onerror="${hit('title-img')}">`,
  employer: `<b onmouseover="${hit('employer')}">Kwaad & Co</b>`,
  description: `<p>Wij zoeken een <strong>magazijnmedewerker</strong>.</p><script>${hit('desc-script')}</script>
    <img src="https://evil.example/x.png" onerror="${hit('desc-img')}"><a href="javascript:${hit('desc-link')}">klik hier</a>
    <iframe src="https://evil.example/frame"></iframe><svg onload="${hit('svg')}"><circle r="5"/></svg>
    <div style="position:fixed;inset:0;background:red" onclick="${hit('div')}">overlay tekst</div><style>body { display: none }</style>
    <a href="https://example.org/vacature" onclick="${hit('onclick')}">echte link</a>`,
  url: `javascript:${hit('url')}`,
  skills: ['orderpicken'],
  location: { postcode: '5038', place: `<img src=https://evil.example/p onerror="${hit('place')}">Tilburg` },
}];
const dir = tempDir();
writeFileSync(join(dir, 'xss.json'), JSON.stringify(XSS_FEED));

for (const engine of enginesToTest()) {
  describe(engine, () => {
    const ctx = crossBrowserSite(engine, ['--fixtures', dir]);

    test(`${engine}: the isolated embed runs under the strict CSP in both modes`, async () => {
      const { site, browser } = ctx;
      for (const mode of ['jobseeker', 'employer']) {
        await browser.get(`${site.baseUrl}embed.html?feed=demo/vacancies.json&taxonomy=demo/taxonomy.json&geo=demo/geo.json&mode=${mode}&lang=en`);
        await widgetReady(browser);
        assert.match(site.requests.findLast((r) => r.path.startsWith('/embed.html')).csp, EMBED_CSP);
        assert.equal(await browser.exec(() => document.querySelector('werkmatch-widget').shadowRoot.querySelector('.wm').lang), 'en');
        if (mode === 'jobseeker') {
          await browser.exec(() => document.querySelector('werkmatch-widget').setProfile({ skills: ['schoonmaken'], location: { postcode: '5037' } }));
        } else {
          await browser.exec(() => document.querySelector('werkmatch-widget').addCandidates([{ skills: ['schoonmaken'] }]));
          await browser.type(await control(browser, 'Job title'), 'Schoonmaker');
        }
        await results(browser);
        assert.deepEqual((await pageProblems(browser)).errors, [], `${mode}: no errors`);
        assert.deepEqual(await cspProbe(browser), [], `${mode}: no CSP violation`);
      }
    });

    test(`${engine}: a hostile feed runs nothing and shows its text as text`, async () => {
      const { site, browser } = ctx;
      await browser.get(`${site.baseUrl}embed.html?feed=/fixtures/xss.json&geo=/demo/geo.json`);
      await widgetReady(browser);
      await browser.exec(() => document.querySelector('werkmatch-widget').setProfile({ skills: ['orderpicken'], location: { postcode: '5037' } }));
      await results(browser);
      await browser.click(await control(browser, 'Waarom deze vacature?'));
      await browser.click(await control(browser, 'Over deze vacature'));
      await widgetShows(browser, /Wij zoeken een magazijnmedewerker\./);
      const report = await browser.exec(() => {
        const shadow = document.querySelector('werkmatch-widget').shadowRoot;
        const all = [...shadow.querySelectorAll('*')];
        return {
          xss: window.__xss ?? null,
          titles: [...shadow.querySelectorAll('.wm-result-title')].map((t) => t.textContent),
          // The widget's own controls carry wm-* classes; rebuilt vacancy markup carries none.
          dangerous: all.filter((el) => ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'style', 'form'].includes(el.localName)
            && !el.className.startsWith?.('wm-')).map((el) => el.outerHTML.slice(0, 80)),
          handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          styled: all.filter((el) => el.hasAttribute('style')).length,
          links: [...shadow.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          bodyVisible: getComputedStyle(document.body).display !== 'none',
        };
      });
      assert.equal(report.xss, null, 'no payload ran');
      assert.ok(report.titles.includes(XSS_FEED[0].title), 'the title is shown literally, tags and all');
      assert.deepEqual(report.dangerous, [], 'no script, iframe, img, svg, style or form element');
      assert.equal(report.handlers, 0, 'no event-handler attributes');
      assert.equal(report.styled, 0, 'no style attributes');
      for (const href of report.links) assert.match(href, /^https?:/, `safe link ${href}`);
      assert.ok(report.bodyVisible);
      assert.deepEqual(foreignRequests(site), [], 'no request for the payloads\' hosts (evil.example, example.org)');
      assert.deepEqual((await pageProblems(browser)).errors, [], 'no errors');
      assert.deepEqual(await cspProbe(browser), [], 'nothing even tried to run inline code');
    });
  });
}
