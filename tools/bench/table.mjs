// Formats the benchmark results as one markdown table, with the machine and data above it and
// the issue's targets (met or missed) below it.
import { nationalMarkdown } from './national.mjs';

const MB = 1e6;

/** Milliseconds with sensible precision: 0.31, 12.4, 1234. */
export function ms(x) {
  if (x == null || Number.isNaN(x)) return '–';
  return x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US');
}
const mb = (bytes) => (bytes == null ? '–' : (bytes / MB).toFixed(1));
const kb = (bytes) => `${Math.round(bytes / 1000).toLocaleString('en-US')} KB`;
const sizeLabel = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

/** p50 of a system divided by werkmatch's (.wmx) p50 in the same size and runtime. */
export function ratio(rows, row) {
  const base = rows.find((r) => r.size === row.size && r.runtime === row.runtime && r.system === 'werkmatch (.wmx)');
  return base?.p50 && row.p50 ? row.p50 / base.p50 : null;
}
const times = (x) => (x == null ? '–' : x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(x < 0.1 ? 3 : x < 1 ? 2 : 1)}×`);

function header(meta) {
  const m = meta.machine;
  const downloads = Object.entries(meta.data.files).map(([size, f]) =>
    `${sizeLabel(Number(size))}: JSON ${mb(f.json.bytes)} MB (${mb(f.json.gzipBytes)} gz), .wmx ${mb(f.index.bytes)} MB (${mb(f.index.gzipBytes)} gz), \`werkmatch index\` ${(f.cliMs / 1000).toFixed(1)} s`).join('; ');
  return [
    `Run ${m.date}${meta.quick ? ' (`./bench --quick`)' : ' (`./bench`)'}: ${m.cpu}, ${m.cores} cores, ${m.ramGb.toFixed(0)} GB RAM, ${m.os}; ` +
      `Node ${m.node}, Chromium ${meta.chromium ?? '–'}; load average ${m.load.toFixed(2)} at the start.`,
    '',
    `Data (generated, \`tools/bench/data/\`): Dutch vacancies with 15 skills each, a description of a few sentences, a PC4 ` +
      `location from the ${meta.data.pc4} and an hours range; ${meta.data.profiles} profiles with 15 skills, a postcode, 25 km and an ` +
      `hours range, taken in turn. Sizes: ${downloads}. werkmatch_bg.wasm: ${kb(meta.data.wasm.bytes)} (${kb(meta.data.wasm.gzipBytes)} gzipped).`,
  ].join('\n');
}

const LEGEND = 'build / load ms: from parsed JSON to a ready index (for `werkmatch (.wmx)`: `Engine.fromIndex` of the prebuilt file). ' +
  'p50 / p95: latency of one top-20 query (15 skills, distance and hours filters) after warm-up; queries timed: how many. ' +
  "p50 vs werkmatch: the system's p50 divided by werkmatch (.wmx)'s p50, same size and runtime — 25× means 25 times slower " +
  'than werkmatch, 0.05× means werkmatch is 20 times slower. results / query: how many of the 20 places were filled. ' +
  'JS heap: what the built system keeps on the JS heap after garbage collection (its input dropped); WASM: the module\'s ' +
  'whole linear memory. download gz: what the browser fetches, gzipped (the JSON feed, or the .wmx index).';

const COLUMNS = '| vacancies | runtime | system | build / load ms | queries timed | p50 ms | p95 ms | p50 vs werkmatch | results / query | JS heap MB | WASM MB | download gz MB |';

function line(rows, r, meta) {
  const files = meta.data.files[r.size];
  const download = r.system === 'werkmatch (.wmx)' ? files.index.gzipBytes : files.json.gzipBytes;
  const start = `| ${sizeLabel(r.size)} | ${r.runtime} | ${r.system} |`;
  if (r.skipped) return `${start} skipped: about ${ms(r.projectedMs)} ms per query projected from ${sizeLabel(r.skipped)} | 0 | | | | | | | ${mb(download)} |`;
  if (r.error) return `${start} error: ${r.error.replace(/\|/g, '/')} | | | | | | | | |`;
  return `${start} ${ms(r.buildMs)} | ${r.queries} | ${ms(r.p50)} | ${ms(r.p95)} | ${times(ratio(rows, r))} | ${r.hitsPerQuery.toFixed(1)} | ` +
    `${mb(r.jsHeapBytes)} | ${r.wasmBytes == null ? '–' : mb(r.wasmBytes)} | ${mb(download)} |`;
}

/** The issue's targets, each with the measured figure and met / missed. */
export function targets(rows, meta) {
  const find = (size, runtime, system) => rows.find((r) => r.size === size && r.runtime === runtime && r.system === system && !r.error && !r.skipped);
  const out = [];
  const verdict = (ok) => (ok ? '**met**' : '**missed**');
  const top = Math.max(...rows.map((r) => r.size));
  const wmx = find(top, 'Chromium', 'werkmatch (.wmx)');
  const at = `${sizeLabel(top)} vacancies, Chromium`;
  if (wmx) {
    out.push(`- Top 20 of 100k in ≤ 2 ms p50 (Chromium, WASM): ${ms(wmx.p50)} ms at ${sizeLabel(top)} — ${top === 100000 ? verdict(wmx.p50 <= 2) : 'not measured at 100k'}.`);
    const peers = rows.filter((r) => r.size === top && r.runtime === 'Chromium' && !r.system.startsWith('werkmatch') && r.p50);
    const fastest = peers.sort((a, b) => a.p50 - b.p50)[0];
    if (fastest) {
      const speedup = fastest.p50 / wmx.p50;
      out.push(`- ≥ 10× faster than the fastest JS library: the fastest at ${at} is ${fastest.system} (${ms(fastest.p50)} ms); ` +
        `werkmatch is ${speedup >= 1 ? `${times(speedup)} faster` : `${times(1 / speedup)} slower`} — ${verdict(speedup >= 10)}.`);
    }
    out.push(`- A prebuilt 100k index loads in ≤ 200 ms: \`Engine.fromIndex\` ${ms(wmx.buildMs)} ms at ${at} — ${top === 100000 ? verdict(wmx.buildMs <= 200) : 'not measured at 100k'}.`);
    const memory = wmx.wasmBytes + wmx.jsHeapBytes;
    out.push(`- Memory ≤ 50 MB for 100k: ${mb(memory)} MB (WASM linear memory ${mb(wmx.wasmBytes)} + JS heap ${mb(wmx.jsHeapBytes)}) at ${at} — ${top === 100000 ? verdict(memory <= 50 * MB) : 'not measured at 100k'}.`);
  }
  if (meta.widget) {
    const w = meta.widget;
    const worst = Math.max(w.jsonMs, w.indexMs);
    out.push(`- The widget's first results ≤ 1 s after page load with 10k vacancies: ${ms(w.jsonMs)} ms with the JSON feed, ` +
      `${ms(w.indexMs)} ms with the .wmx index, at ${sizeLabel(w.size)} (navigation start to the first result on screen, ` +
      `embed.html with a saved 15-skill profile, Chromium, median of ${w.runs}) — ${w.size === 10000 ? verdict(worst <= 1000) : 'not measured at 10k'}.`);
  }
  const wasmGz = meta.data.wasm.gzipBytes;
  out.push(`- WASM ≤ 100 KB gzipped: ${kb(wasmGz)} — ${verdict(wasmGz <= 100_000)}.`);
  return out;
}

export function markdown(rows, meta) {
  const body = rows.map((r) => line(rows, r, meta));
  return [
    header(meta),
    ...meta.warnings.map((w) => `\n**Warning: ${w}.**`),
    '',
    LEGEND,
    '',
    COLUMNS,
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...body,
    '',
    'Targets of issue 5:',
    '',
    ...targets(rows, meta),
    ...(meta.national ? ['', nationalMarkdown(meta.national)] : []),
  ].join('\n');
}
