// The speed benchmark's quick subset (`./bench --quick`, tools/bench/run.mjs): 1,000 generated
// vacancies, a few queries per system, in Node and in headless Chromium, and one page load of
// the widget. Asserts that the table has a row per system and runtime with positive figures
// and that werkmatch's results are there and sorted — so the benchmark keeps working. Asserts
// nothing about speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBench } from '../../tools/bench/run.mjs';
import { SYSTEM_NAMES } from '../../tools/bench/systems/index.mjs';

test('./bench --quick measures every system in Node and Chromium, and a national shard set', { timeout: 240_000 }, async () => {
  const { rows, markdown, meta } = await runBench({ quick: true, log: (m) => console.log(m) });
  for (const runtime of ['Node', 'Chromium']) {
    for (const system of SYSTEM_NAMES) {
      const row = rows.find((r) => r.runtime === runtime && r.system === system);
      const name = `${runtime} ${system}`;
      assert.ok(row, `${name}: a row`);
      assert.equal(row.error, undefined, `${name}: ${row.error}`);
      for (const key of ['buildMs', 'p50', 'p95', 'hitsPerQuery']) {
        assert.ok(Number.isFinite(row[key]) && row[key] > 0, `${name}: ${key} = ${row[key]}`);
      }
      assert.ok(row.queries >= 1 && row.p95 >= row.p50, `${name}: ${row.queries} queries, p50 ${row.p50}, p95 ${row.p95}`);
      assert.ok(row.jsHeapBytes >= 0, `${name}: JS heap`);
      assert.ok(markdown.includes(`| 1k | ${runtime} | ${system} |`), `${name}: a table line`);
      if (system.startsWith('werkmatch')) {
        assert.ok(row.wasmBytes > 0, `${name}: WASM memory`);
        const scores = row.firstResults.map((r) => r.score);
        assert.ok(scores.length > 0, `${name}: results`);
        assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `${name}: sorted by score`);
      }
    }
  }
  assert.ok(meta.widget.jsonMs > 0 && meta.widget.indexMs > 0, `the widget's first results: ${JSON.stringify(meta.widget)}`);
  // The national shard set (5,000 vacancies in the quick run): each region loads part of it.
  const national = meta.national;
  assert.equal(national.size, 5000);
  assert.ok(national.shards > 10, `${national.shards} shards`);
  for (const r of national.regions) {
    assert.ok(r.shardsLoaded >= 1 && r.shardsLoaded < national.shards / 2, `${r.name}: ${r.shardsLoaded} of ${national.shards} shards`);
    assert.ok(r.vacancies > 0 && r.vacancies < national.size / 2, `${r.name}: ${r.vacancies} vacancies`);
    assert.ok(r.bytes > national.baseBytes && r.bytes < national.totalBytes, `${r.name}: ${r.bytes} bytes`);
    assert.ok(r.firstResultsMs > 0, `${r.name}: first results`);
  }
  assert.match(markdown, /\| Utrecht \| 3511 \| 25 \|/);
  console.log(markdown.split('\n').filter((l) => l.startsWith('| 1k')).join('\n'));
});
