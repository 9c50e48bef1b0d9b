// Loads the built package (pkg/) in Node and ranks the bundled demo data for every example
// profile: the package works outside the browser, on realistic data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, Engine, rulesVersion } from '../../pkg/werkmatch.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (name) => JSON.parse(readFileSync(`${root}www/demo/${name}.json`, 'utf8'));
initSync({ module: readFileSync(`${root}pkg/werkmatch_bg.wasm`) });

const vacancies = demo('vacancies');
const taxonomy = demo('taxonomy');
const geo = demo('geo');
const examples = demo('profiles');
const engine = new Engine({ vacancies, taxonomy, geo });
const byId = new Map(vacancies.map((v) => [v.id, v]));

test('the demo data loads completely', () => {
  assert.ok(vacancies.length >= 300, `${vacancies.length} vacancies`);
  assert.equal(engine.size, vacancies.length);
  assert.ok(examples.length >= 3);
});

test('every example profile gets ranked, explained results that add up', () => {
  for (const { name, profile } of examples) {
    const results = engine.rank(profile, { limit: 20 });
    assert.ok(results.length > 0, `${name}: results`);
    for (const r of results) {
      assert.equal(r.rules, rulesVersion());
      assert.equal(r.explanation.parts.reduce((sum, p) => sum + p.points, 0), r.score, `${name}: ${r.id} adds up`);
    }
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1].score >= results[i].score, `${name}: sorted`);
    console.log(`# ${name}: ${results.slice(0, 3).map((r) => `${byId.get(r.id).title} (${r.score})`).join('; ')}`);
  }
});

test('the forklift example finds logistics work near Tilburg first', () => {
  const forklift = examples.find(({ profile }) => JSON.stringify(profile).includes('heftruck'));
  assert.ok(forklift, 'an example with heftruck skills');
  const results = engine.rank(forklift.profile, { limit: 5 });
  const titles = results.map((r) => byId.get(r.id).title.toLowerCase());
  assert.ok(titles.slice(0, 3).some((t) => /heftruck|magazijn|order|logistiek|reachtruck|intern transport/.test(t)), titles.join(' | '));
  for (const r of results) {
    if (r.explanation.distanceKm !== undefined && forklift.profile.maxDistanceKm) {
      assert.ok(r.explanation.distanceKm <= forklift.profile.maxDistanceKm, 'within the maximum distance');
    }
  }
});

test('bad input throws an Error naming record and field; the engine keeps its data', () => {
  assert.throws(() => engine.addVacancies([{ id: vacancies[0].id, title: 'Dubbel' }]), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.field, 'id');
    assert.match(e.record, /^vacancies\[0\]/);
    return true;
  });
  assert.throws(() => engine.rank({ maxDistanceKm: 'ver' }), (e) => e.field === 'maxDistanceKm' && e.record === 'profile');
  assert.equal(engine.size, vacancies.length);
  assert.ok(engine.rank(examples[0].profile).length > 0);
});

test('autocomplete suggests from the demo taxonomy, typo-tolerant', () => {
  const suggestions = engine.suggest('heftruk', { limit: 5 });
  assert.ok(suggestions.length > 0);
  assert.match(suggestions[0].label.toLowerCase(), /heftruck/);
});

test('the prebuilt demo index (werkmatch index of the JobPosting feed) loads and ranks', () => {
  const bytes = readFileSync(`${root}www/demo/vacatures.wmx`);
  const fromIndex = Engine.fromIndex(bytes);
  assert.equal(fromIndex.size, vacancies.length);
  const forklift = examples.find(({ profile }) => JSON.stringify(profile).includes('heftruck'));
  const results = fromIndex.rank(forklift.profile, { limit: 5 });
  assert.ok(results.length > 0);
  const titles = results.map((r) => fromIndex.vacancy(r.id).title.toLowerCase());
  assert.ok(titles.slice(0, 3).some((t) => /heftruck|magazijn|order|logistiek|reachtruck/.test(t)), titles.join(' | '));
  const damaged = Uint8Array.from(bytes);
  damaged[damaged.length - 1] ^= 1;
  assert.throws(() => Engine.fromIndex(damaged), /checksum/);
});
