// The match receipt's heading lines, for both modes: a jobseeker's result is a vacancy; in the
// employer preview the result is a candidate and the vacancy is the employer's own, so the
// receipt names both and never gives the candidate's id as the vacancy's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { receiptText } from '../../www/widget/receipt.js';
import { translator } from '../../www/widget/i18n.js';

const result = { id: 'kandidaat-7', score: 72, rules: 'werkmatch-rules-3' };
const vacancy = { id: 'vac-1', title: 'Heftruckchauffeur', employer: 'Transport BV', location: { place: 'Tilburg' } };
const rows = [{ factor: 'skills', status: 'partial', points: 30, max: 45, sentence: '' }];

test('a jobseeker receipt names the vacancy by its own id', () => {
  const text = receiptText({ t: translator('nl'), result: { ...result, id: 'vac-1' }, vacancy, profile: {}, c: false }, rows);
  assert.match(text, /^Vacature: Heftruckchauffeur \(Transport BV, Tilburg\) \[vac-1\]$/m);
  assert.doesNotMatch(text, /^Kandidaat/m);
});

test('an employer receipt names the vacancy and the candidate apart', () => {
  for (const [lang, vacancyWord, candidateWord] of [['nl', 'Vacature', 'Kandidaat'], ['en', 'Vacancy', 'Candidate']]) {
    const text = receiptText({ t: translator(lang), result, vacancy, profile: {}, c: true }, rows);
    assert.match(text, new RegExp(`^${vacancyWord}: Heftruckchauffeur \\(Transport BV, Tilburg\\) \\[vac-1\\]$`, 'm'), text);
    assert.match(text, new RegExp(`^${candidateWord}: kandidaat-7$`, 'm'), text);
    assert.doesNotMatch(text, /\[kandidaat-7\]/, text);
  }
});
