// Runs the bad-input matrix (matrix.json) through werkmatch's JS API, in the browser or in
// Node: each case gives an outcome string written exactly as tests/bad_input.rs writes it,
// and after each case the preloaded engine must hold all it held and rank as before.

/** Expands the matrix's value macros; see matrix.json's "about". */
export function expand(value) {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== 'object') return value;
  if ('$text' in value) return value.of.repeat(value.$text);
  if ('$number' in value) return Number(value.$number);
  if ('$concat' in value) return value.$concat.map(expand).join('');
  if ('$many' in value) {
    const template = JSON.stringify(expand(value.of));
    return Array.from({ length: value.$many }, (_, i) => JSON.parse(template.replaceAll('{i}', String(i))));
  }
  if ('$csv' in value) {
    const rows = Array.from({ length: value.$csv }, (_, i) => value.row.replaceAll('{i}', String(i)));
    return `${value.header}\n${rows.join('\n')}\n`;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
}

const first = (reasons) => (reasons.length ? ` (first: ${reasons[0]})` : '');

/** The index file a case asks for, made from the preloaded engine through the CLI's format. */
function indexFile(kind, valid) {
  switch (kind) {
    case 'garbage': return new TextEncoder().encode('<html>not an index</html>');
    case 'empty': return new Uint8Array(0);
    case 'zeros10mb': return new Uint8Array(10 << 20);
    case 'truncated': return valid.slice(0, valid.length - 7);
    case 'bitflip': { const v = valid.slice(); v[v.length >> 1] ^= 0x10; return v; }
    case 'version': { const v = valid.slice(); v[8] = 99; return v; }
    default: return valid;
  }
}

async function run(api, engine, call, value, validIndex) {
  switch (call) {
    case 'addVacancies': {
      const added = engine.addVacancies(value);
      engine.removeVacancies(value.map((v) => v.id));
      return `added ${added}`;
    }
    case 'rank': return `${engine.rank(value.profile, value.options).length} results`;
    case 'rankCandidates': return `${engine.rankCandidates(value.vacancy, value.candidates).length} results`;
    case 'newEngine': { const e = new api.Engine(value); const n = e.size; e.free(); return `engine with ${n} vacancies`; }
    case 'addJobPostings': {
      const report = engine.addJobPostings(value, { today: '2026-11-23' });
      engine.removeVacancies(report.added);
      const reasons = report.skipped.map((s) => s.reason);
      return `added ${report.added.length}, skipped ${reasons.length}${first(reasons)}`;
    }
    case 'escoTaxonomy': {
      const esco = api.escoTaxonomy(value);
      return `${esco.concepts.length} concepts, ${esco.skipped.length} rows skipped${first(esco.skipped)}`;
    }
    case 'pc4Table': {
      const table = api.pc4Table(value);
      const reasons = table.skipped.map((s) => `line ${s.line}: ${s.reason}`);
      return `${table.entries.length} postcodes, ${reasons.length} rows skipped${first(reasons)}`;
    }
    case 'fromIndex': {
      const e = api.Engine.fromIndex(indexFile(value.bytes.$index, validIndex), value.limits);
      const n = e.size; e.free(); return `engine with ${n} vacancies`;
    }
    default: throw new Error(`unknown call ${call}`);
  }
}

/**
 * Runs every case. `api` is the werkmatch module (initialised), `validIndex` the preloaded
 * engine's index file (Uint8Array, from `werkmatch index`). Returns [{ name, outcome, kept }]:
 * `kept` says the preloaded engine still held its vacancies and ranked as before.
 */
export async function runMatrix(api, matrix, validIndex) {
  const engine = new api.Engine(matrix.preload);
  const probe = { skills: [{ label: 'heftruck' }] };
  const baseline = JSON.stringify(engine.rank(probe));
  const results = [];
  for (const c of matrix.cases) {
    const name = `${c.input} / ${c.case}`;
    let outcome;
    try {
      outcome = `ok: ${await run(api, engine, c.call, expand(c.value), validIndex)}`;
    } catch (e) {
      outcome = e instanceof Error && 'field' in e ? `refused: ${e.message}` : `THREW ${e}`;
    }
    let kept;
    try {
      kept = engine.size === matrix.preload.vacancies.length && JSON.stringify(engine.rank(probe)) === baseline;
    } catch (e) {
      kept = false;
    }
    results.push({ name, outcome, kept });
  }
  return results;
}
