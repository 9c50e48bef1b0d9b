// The widget's texts (www/widget/i18n.js), checked without a browser: Dutch and English have
// the same keys, every key the widget's code asks for exists, and every text renders without
// "undefined" or "NaN" for typical values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/browser.mjs';
import { TEXTS, translator, normaliseLang } from '../../www/widget/i18n.js';

const keys = (node, prefix = '') => Object.entries(node).flatMap(([k, v]) => (
  v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

test('Dutch and English have the same texts', () => {
  assert.deepEqual(keys(TEXTS.en).sort(), keys(TEXTS.nl).sort());
});

test('every text the widget asks for exists', () => {
  const sources = [join(root, 'www/werkmatch-widget.js'), ...readdirSync(join(root, 'www/widget')).filter((f) => f.endsWith('.js'))
    .map((f) => join(root, 'www/widget', f))];
  const all = new Set(keys(TEXTS.nl));
  const groups = new Set([...all].map((k) => k.split('.').slice(0, -1).join('.')).filter(Boolean));
  let checked = 0;
  for (const file of sources) {
    const code = readFileSync(file, 'utf8');
    for (const [, quote, key] of code.matchAll(/\bt\((['`])([a-zA-Z.]+(?:\$\{[^}]+\}[a-zA-Z.]*)?)\1/g)) {
      checked += 1;
      if (key.includes('${')) assert.ok(groups.has(key.split('.${')[0]) || groups.has(key.split('${')[0].replace(/\.$/, '')), `${file}: group of ${key}`);
      else assert.ok(all.has(key) || groups.has(key), `${file}: text "${key}" exists`);
      void quote;
    }
    for (const [, key] of code.matchAll(/\bx\('([a-zA-Z]+)'/g)) assert.ok(all.has(`x.${key}`), `${file}: text "x.${key}" exists`);
  }
  assert.ok(checked > 100, `${checked} uses checked`);
});

test('texts render for typical values in both languages', () => {
  const samples = [0, 1, 7, 'heftruck rijden', 'orderpicken', true, false];
  for (const lang of ['nl', 'en']) {
    const t = translator(lang);
    for (const key of keys(TEXTS[lang])) {
      const value = key.split('.').reduce((node, part) => node[part], TEXTS[lang]);
      const out = typeof value === 'function' ? value(...samples.slice(0, value.length).map((s, i) => (i === 0 && typeof s === 'number' ? 7 : s))) : value;
      assert.equal(typeof out, 'string', `${lang} ${key}`);
      assert.doesNotMatch(out, /undefined|NaN|\[object/, `${lang} ${key}: ${out}`);
    }
    assert.equal(t.km(12.34), '12');
    assert.equal(t.km(2.45), lang === 'nl' ? '2,5' : '2.5');
    assert.equal(t('hours', 32, 40), lang === 'nl' ? '32–40 uur per week' : '32–40 hours a week');
    assert.equal(t.languageName('nl'), lang === 'nl' ? 'Nederlands' : 'Dutch');
  }
  assert.equal(normaliseLang('en-GB'), 'en');
  assert.equal(normaliseLang('fy'), 'nl');
  assert.equal(normaliseLang(undefined), 'nl');
});
