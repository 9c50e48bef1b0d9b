// The national page (heel-nederland.html, a shard set) in Chromium, Firefox and WebKit, through
// WebDriver: before a profile only the manifest and the base are fetched; a profile typed in
// fetches only the cells within its travel distance (no file twice, remote work always), and
// results show. The shard files' names carry no profile data; no other host; no CSP violation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enginesToTest, KEY } from './harness/webdriver.mjs';
import { crossBrowserSite, widgetReady, control, widgetShows, results, pageProblems, cspProbe, foreignRequests } from './harness/widget.mjs';
import { root } from '../node/helpers/browser.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'www/demo/shards/shards.json'), 'utf8'));

for (const engine of enginesToTest()) {
  describe(engine, () => {
    const ctx = crossBrowserSite(engine);

    test(`${engine}: only the shards within reach are fetched, and results show`, async () => {
      const { site, browser } = ctx;
      const shardFiles = () => site.requests.filter((r) => r.path.startsWith('/demo/shards/')).map((r) => r.path.split('/').pop());
      await browser.get(`${site.baseUrl}heel-nederland.html`);
      await widgetReady(browser);
      assert.deepEqual(shardFiles().sort(), ['shards.json', manifest.base.file].sort(), 'before a profile: the manifest and the base');

      const skill = await control(browser, 'Vaardigheid toevoegen');
      await browser.type(skill, 'heftruck rijden');
      await browser.keys(KEY.Enter);
      await browser.type(await control(browser, 'Je postcode'), '5037');
      const distance = await control(browser, 'Hoe ver wil je reizen?');
      await browser.click(distance);
      await browser.click(await browser.exec((select) => select.querySelector('option[value="15"]'), distance));
      await widgetShows(browser, /tot 15 km/);
      const cards = await results(browser, 3);
      assert.ok(cards.every((c) => !/(1[6-9]|[2-9]\d|\d{3,}) km hemelsbreed/.test(c)), 'within 15 km');

      const cells = shardFiles().filter((f) => f.startsWith('cell_'));
      assert.ok(cells.length >= 1 && cells.length < manifest.shards.length / 3, `${cells.length} of ${manifest.shards.length} shards: ${cells}`);
      assert.ok(shardFiles().some((f) => f.startsWith('anywhere.')), 'remote work is always loaded');
      assert.equal(new Set(shardFiles()).size, shardFiles().length, 'no file fetched twice');
      const known = new Set(['shards.json', manifest.base.file, ...manifest.shards.map((s) => s.file)]);
      assert.deepEqual(shardFiles().filter((f) => !known.has(f)), [], 'only files the manifest names');
      assert.deepEqual(site.requests.filter((r) => /heftruck|5037/.test(`${r.path} ${r.body}`)), [], 'no profile data in any request');
      assert.deepEqual(foreignRequests(site), [], 'no request for another host');
      assert.deepEqual((await pageProblems(browser)).errors, [], 'no errors');
      assert.deepEqual(await cspProbe(browser), [], 'no CSP violation');
    });
  });
}
