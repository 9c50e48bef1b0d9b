// A fast subset of the quality evaluation (tools/eval/quality.mjs) on the real ESCO data:
// werkmatch with the ESCO taxonomy must keep ranking better than the JS baselines given the
// same synonyms. The full run and its table are in BENCHMARKS.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ESCO_CSV, loadOccupations, buildQueries, buildSystems, evaluate } from '../../tools/eval/quality.mjs';

test('werkmatch + ESCO ranks the source occupation better than MiniSearch and Fuse.js', () => {
  const csvText = readFileSync(ESCO_CSV, 'utf8');
  const occupations = loadOccupations(csvText);
  const queries = buildQueries(occupations, 45);
  assert.equal(queries.length, 45);
  assert.deepEqual(['synonym', 'typo', 'compound'].map((k) => queries.filter((q) => q.kind === k).length), [15, 15, 15]);
  const rows = evaluate(occupations, queries, buildSystems(occupations, csvText));
  const row = (prefix) => rows.find((r) => r.name.startsWith(prefix));
  for (const r of rows) console.log(`# ${r.name}: MRR ${r.mrr.toFixed(3)}, nDCG@10 ${r.ndcg.toFixed(3)}, recall@10 ${r.recall.toFixed(3)}`);
  const werkmatch = row('werkmatch + ESCO');
  assert.ok(werkmatch.mrr >= 0.85, `MRR ${werkmatch.mrr}`);
  for (const baseline of [row('MiniSearch + synonyms'), row('Fuse.js + synonyms')]) {
    assert.ok(werkmatch.ndcg > baseline.ndcg, `${baseline.name}: nDCG ${baseline.ndcg} vs ${werkmatch.ndcg}`);
    assert.ok(werkmatch.mrr > baseline.mrr, `${baseline.name}: MRR ${baseline.mrr} vs ${werkmatch.mrr}`);
  }
});
