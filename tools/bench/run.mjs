// The speed benchmark of issue 5: werkmatch against MiniSearch, Orama, FlexSearch and Fuse.js
// on the same generated vacancies and profiles, in Node and in headless Chromium, printed as
// one markdown table. `./bench` runs it; `runBench` is also what tests/node/bench.test.mjs runs.
//
//   node tools/bench/run.mjs [--quick] [--sizes 1000,10000] [--runtimes node,chromium]
//                            [--systems werkmatch,MiniSearch] [--out FILE] [--no-national]
// --quick: 1,000 vacancies and a few queries per system (the CI subset). A full run writes the
// table to tools/bench/latest.md unless --out says otherwise. After the table, the national
// shard set (national.mjs): 500,000 vacancies, or 5,000 with --quick.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLANS } from './job.mjs';
import { machine } from './machine.mjs';
import { checkBuilt, prepare, CLI, WASM } from './prepare.mjs';
import { root } from './data/inputs.mjs';
import { nodeRuntime } from './node-runner.mjs';
import { chromiumRuntime } from './browser/runner.mjs';
import { SYSTEM_NAMES } from './systems/index.mjs';
import { markdown } from './table.mjs';
import { runNational } from './national.mjs';

/** Size of the national shard set: the issue's 500k, and a small one for the quick subset. */
const NATIONAL_SIZE = { full: 500_000, quick: 5_000 };

/** The issue's page-load target is for 10,000 vacancies. */
const WIDGET_SIZE = 10_000;

const RUNTIMES = { node: () => nodeRuntime, chromium: (dir) => chromiumRuntime(dir) };

/** The plan for a size: its own, else the plan of the next larger size. */
function planFor(mode, size) {
  const plans = PLANS[mode];
  const known = Object.keys(plans).map(Number).sort((a, b) => a - b);
  return plans[size] ?? plans[known.find((k) => k >= size) ?? known.at(-1)];
}

/** Newest modification time of the files under a folder. */
function newest(dir) {
  return Math.max(...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, f)).mtimeMs));
}

/** Warnings when pkg/ or the command line is older than the Rust sources. */
function staleBuild() {
  const source = newest(join(root, 'src'));
  return [WASM, CLI].filter((f) => statSync(f).mtimeMs < source)
    .map((f) => `${f.slice(root.length)} is older than src/: run scripts/build.sh for figures of the current code`);
}

const buildTimes = () => [WASM, CLI].map((f) => statSync(f).mtimeMs);

/**
 * Runs the benchmark and resolves to `{ rows, meta, markdown }`. A system whose p50 at a
 * smaller size, scaled to this size, already exceeds the time budget is skipped (row
 * `skipped`, with the projection) rather than run for minutes.
 */
export async function runBench({ quick = false, sizes, runtimes = ['node', 'chromium'], systems = SYSTEM_NAMES, national = true, log = (m) => console.error(m) } = {}) {
  const mode = quick ? 'quick' : 'full';
  sizes ??= Object.keys(PLANS[mode]).map(Number);
  const started = performance.now();
  checkBuilt();
  const meta = { quick, machine: machine(), warnings: staleBuild() };
  const builtAt = buildTimes();
  meta.warnings.forEach((w) => log(`warning: ${w}`));
  const data = prepare(sizes, log);
  meta.data = data;
  const rows = [];
  try {
    for (const runtimeName of runtimes) {
      const runtime = RUNTIMES[runtimeName](data.dir);
      await runtime.start();
      if (runtime.name === 'Chromium') meta.chromium = runtime.version();
      try {
        for (const size of sizes) {
          for (const system of systems) {
            const plan = planFor(mode, size);
            const before = rows.filter((r) => r.runtime === runtime.name && r.system === system && r.p50 && r.size < size).at(-1);
            const projectedMs = before ? (before.p50 * size) / before.size : 0;
            if (projectedMs > plan.budgetMs) {
              rows.push({ size, runtime: runtime.name, system, skipped: before.size, projectedMs });
              log(`${runtime.name} ${size} ${system}: skipped (about ${Math.round(projectedMs)} ms per query projected)`);
              continue;
            }
            const t = performance.now();
            const result = await runtime.run({ system, size, dir: data.dir, plan });
            rows.push({ size, runtime: runtime.name, system, ...result });
            log(`${runtime.name} ${size} ${system}: ${result.error ? `error ${result.error}` : `build ${Math.round(result.buildMs)} ms, ` +
              `p50 ${result.p50.toFixed(2)} ms over ${result.queries} queries`} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
          }
        }
        if (runtime.widget) {
          const size = sizes.includes(WIDGET_SIZE) ? WIDGET_SIZE : Math.min(...sizes);
          meta.widget = await runtime.widget(size, quick ? 1 : 3);
          log(`Chromium widget, ${size} vacancies: first results ${Math.round(meta.widget.jsonMs)} ms after navigation (JSON feed), ` +
            `${Math.round(meta.widget.indexMs)} ms (.wmx)`);
        }
      } finally {
        await runtime.stop();
      }
    }
  } finally {
    rmSync(data.dir, { recursive: true, force: true });
  }
  if (national && runtimes.includes('chromium')) {
    meta.national = await runNational({ size: NATIONAL_SIZE[mode], runs: quick ? 1 : 3, log });
  }
  if (buildTimes().some((t, i) => t !== builtAt[i])) {
    meta.warnings.push('pkg/ or the command line was rebuilt during the run: the figures may mix two builds');
  }
  meta.seconds = (performance.now() - started) / 1000;
  return { rows, meta, markdown: markdown(rows, meta) };
}

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args) {
  const quick = args.includes('--quick');
  const sizes = option(args, '--sizes')?.split(',').map(Number);
  const runtimes = option(args, '--runtimes')?.split(',').map((r) => r.trim().toLowerCase());
  const wanted = option(args, '--systems')?.split(',').map((s) => s.trim().toLowerCase());
  const systems = wanted ? SYSTEM_NAMES.filter((n) => wanted.some((w) => n.toLowerCase().startsWith(w))) : undefined;
  const out = option(args, '--out') ?? (quick ? undefined : join(root, 'tools/bench/latest.md'));
  const national = !args.includes('--no-national');
  const { markdown: table, meta } = await runBench({ quick, sizes, runtimes, systems, national });
  console.log(table);
  if (out) writeFileSync(out, `${table}\n`);
  console.error(`\nbench: done in ${Math.round(meta.seconds)} s${out ? `; table written to ${out.replace(root, '')}` : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  });
}
