// The core's API for the widget, through the built package (pkg/) in Node: feed detection and
// loading (feedKind, addFeed), profile checks without ranking (validateProfile), the vacancy
// search (findVacancies) and the model's closed lists (drivingLicences, contractTypes,
// workConditions, cefrLevels), which the widget's forms are built from: each has a Dutch and
// an English label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  initSync, Engine, feedKind, drivingLicences, contractTypes, workConditions, cefrLevels,
} from '../../pkg/werkmatch.js';
import { TEXTS } from '../../www/widget/i18n.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (name) => JSON.parse(readFileSync(`${root}www/demo/${name}.json`, 'utf8'));
initSync({ module: readFileSync(`${root}pkg/werkmatch_bg.wasm`) });

const VACANCIES = [
  { id: 'v1', title: 'Heftruckchauffeur', employer: 'Van Dijk Logistiek', location: { place: 'Waalwijk' } },
  { id: 'v2', title: 'Medewerker financiële administratie', employer: 'Gemeente Tilburg', location: { place: 'Tilburg' } },
];

test('feedKind tells vacancy lists, JobPosting feeds and shard manifests apart, as the CLI does', () => {
  assert.equal(feedKind(VACANCIES), 'vacancies');
  assert.equal(feedKind({ vacancies: VACANCIES }), 'vacancies');
  assert.equal(feedKind(demo('jobpostings')), 'jobPostings');
  assert.equal(feedKind([{ '@type': 'JobPosting', title: 'Kok' }]), 'jobPostings');
  assert.equal(feedKind({ format: 'werkmatch-shards', base: { file: 'base.wmx' } }), 'shards');
  for (const bad of ['text', 5, null, { items: [] }]) {
    assert.throws(() => feedKind(bad), (e) => e.record === 'feed' && /expected a list of vacancies/.test(e.message), JSON.stringify(bad));
  }
});

test('addFeed loads both kinds of vacancy list and JobPosting feeds; bad records are named', () => {
  const engine = new Engine();
  assert.deepEqual(engine.addFeed({ vacancies: VACANCIES }), { added: ['v1', 'v2'], skipped: [], expired: 0 });
  const postings = demo('jobpostings');
  const report = engine.addFeed(postings, { today: '2000-01-01' });
  assert.ok(report.added.length > 100, `${report.added.length} postings added`);
  assert.equal(engine.size, 2 + report.added.length);
  assert.throws(() => engine.addFeed([{ id: 'v3', title: 'Kok', hours: { min: -1 } }]),
    (e) => e.record === 'vacancies[0] (id "v3")' && e.field === 'hours.min');
  assert.throws(() => engine.addFeed({ format: 'werkmatch-shards' }), /shard manifest/);
  assert.equal(engine.size, 2 + report.added.length, 'nothing half-loaded');
});

test('validateProfile returns the first problem naming the field, or nothing', () => {
  const engine = new Engine({ vacancies: VACANCIES });
  assert.equal(engine.validateProfile({ skills: ['heftruck rijden'], hours: { min: 24, max: 32 } }), undefined);
  assert.equal(engine.validateProfile({}), undefined);
  const cases = [
    [{ hours: { min: -4 } }, 'hours.min', /0–168/],
    [{ skills: ['kok'], maxDistanceKm: 5000 }, 'maxDistanceKm', /0–1000/],
    [{ name: 'Jan' }, 'name', /unknown field/],
    [{ drivingLicences: ['E'] }, 'drivingLicences[0]', /unknown variant/],
  ];
  for (const [profile, field, message] of cases) {
    const error = engine.validateProfile(profile);
    assert.ok(error instanceof Error, JSON.stringify(profile));
    assert.equal(error.record, 'profile');
    assert.equal(error.field, field);
    assert.match(error.message, message);
    // rank refuses the same profile with the same message: one rule.
    assert.throws(() => engine.rank(profile), (e) => e.message === error.message);
  }
});

test('findVacancies matches words as the core normalises them', () => {
  const engine = new Engine({ vacancies: VACANCIES });
  const ids = (query, options) => engine.findVacancies(query, options).map((v) => v.id);
  assert.deepEqual(ids('FINANCIELE'), ['v2'], 'case and diacritics fold (toLocaleLowerCase would not)');
  assert.deepEqual(ids('chauffeurs waalwijk'), ['v1'], 'plural, part of a compound, and the place');
  assert.deepEqual(ids(''), ['v1', 'v2']);
  assert.deepEqual(ids('', { limit: 1 }), ['v1']);
  assert.deepEqual(engine.findVacancies('heftruck'), [{ id: 'v1', title: 'Heftruckchauffeur', employer: 'Van Dijk Logistiek', place: 'Waalwijk' }]);
  assert.throws(() => engine.findVacancies('kok', { limit: 5, max: 1 }), (e) => e.record === 'options' && e.field === 'max');
});

test("the model's closed lists come from the core, and each has a label in both languages", () => {
  const lists = { licences: drivingLicences(), contract: contractTypes(), conditions: workConditions(), levels: cefrLevels() };
  assert.deepEqual(lists.licences, ['AM', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D', 'DE', 'T', 'code95']);
  assert.equal(lists.contract.length, 7);
  assert.equal(lists.conditions.length, 8);
  assert.deepEqual(lists.levels, ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  for (const lang of ['nl', 'en']) {
    for (const [group, values] of Object.entries(lists)) {
      assert.deepEqual(Object.keys(TEXTS[lang][group]).sort(), [...values].sort(), `${lang}: a label for every ${group} value, and no other`);
    }
  }
  // Every value is accepted by the engine where the model uses it.
  const engine = new Engine();
  assert.equal(engine.validateProfile({ drivingLicences: lists.licences, avoidConditions: lists.conditions,
    languages: lists.levels.map((level, i) => ({ language: ['nl', 'en', 'de', 'fr', 'pl', 'ar'][i], level })) }), undefined);
  assert.equal(engine.addFeed(lists.contract.map((contractType, i) => ({ id: `c${i}`, title: 'Kok', contractType }))).added.length, 7);
});
