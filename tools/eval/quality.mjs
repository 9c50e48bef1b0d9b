// Ranking quality on real data: the 3,039 Dutch ESCO occupations as vacancies (preferred label
// as title, the Dutch description as text), queried with jobseeker profiles whose desired
// occupation is a synonym of one occupation: plain, with a realistic typo, or with a compound
// split or joined. Graded relevance: the source occupation 2, occupations in the same ISCO
// unit group 1. Compares werkmatch (with the ESCO taxonomy, and with none) to MiniSearch and
// Fuse.js, each also given the synonyms where its API allows (an extra indexed field).
//
//   node tools/eval/quality.mjs [--queries N] [--markdown]     (after scripts/build.sh)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { initSync, Engine, escoTaxonomy } from '../../pkg/werkmatch.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const ESCO_CSV = `${root}data/esco-nl/occupations_nl.csv`;

/** Parses RFC 4180 CSV into objects keyed by the header. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The ESCO occupations: uri, label, synonyms, ISCO unit group, description. */
export function loadOccupations(csvText) {
  return parseCsv(csvText).map((r) => ({
    uri: r.conceptUri,
    label: r.preferredLabel,
    synonyms: r.altLabels.split('\n').map((s) => s.trim()).filter((s) => s && s !== r.preferredLabel),
    isco: r.iscoGroup,
    description: r.description,
  })).sort((a, b) => a.uri.localeCompare(b.uri));
}

const STOP = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'in', 'op', 'met', 'aan', 'bij', 'of']);

/** A realistic typo in the longest word: a dropped or a swapped letter. */
function withTypo(text, n) {
  const words = text.split(' ');
  const at = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  const w = words[at];
  if (w.length < 6) return null;
  const mid = Math.floor(w.length / 2);
  words[at] = n % 2 === 0 ? w.slice(0, mid) + w.slice(mid + 1) : w.slice(0, mid - 1) + w[mid] + w[mid - 1] + w.slice(mid + 1);
  return words.join(' ');
}

/** A compound written the other way: a long word split before a known word, or two words joined. */
function withCompound(text, knownWords) {
  const words = text.split(' ');
  if (words.length === 1 && text.length >= 10) {
    for (let cut = text.length - 4; cut >= 4; cut--) {
      if (knownWords.has(text.slice(cut))) return `${text.slice(0, cut)} ${text.slice(cut)}`;
    }
  }
  if (words.length === 2 && words.every((w) => w.length >= 4 && !STOP.has(w) && /^[a-zà-ÿ]+$/.test(w))) return words.join('');
  return null;
}

/** Builds `count` queries, a third each plain synonym, typo and compound, deterministically. */
export function buildQueries(occupations, count) {
  const knownWords = new Set(occupations.flatMap((o) => [o.label, ...o.synonyms]).flatMap((l) => l.split(' ')).filter((w) => w.length >= 5));
  const kinds = ['synonym', 'typo', 'compound'];
  const queries = [];
  const step = 7;
  for (let k = 0; queries.length < count && k < occupations.length * step; k += step) {
    const o = occupations[k % occupations.length];
    if (queries.some((q) => q.source === o.uri) || o.synonyms.length === 0) continue;
    const kind = kinds[queries.length % 3];
    for (const synonym of o.synonyms) {
      const text = kind === 'synonym' ? synonym : kind === 'typo' ? withTypo(synonym, queries.length) : withCompound(synonym, knownWords);
      if (text && text !== synonym || kind === 'synonym') {
        queries.push({ text, kind, source: o.uri, synonym });
        break;
      }
    }
  }
  return queries;
}

/** Grade of each relevant occupation for a query: source 2, same ISCO unit group 1. */
export function grades(occupations, query) {
  const source = occupations.find((o) => o.uri === query.source);
  const g = new Map(occupations.filter((o) => o.isco === source.isco).map((o) => [o.uri, 1]));
  g.set(source.uri, 2);
  return g;
}

/** MRR@10 (of the source occupation), nDCG@10 (graded) and recall@10 (source in the top 10). */
export function metrics(ranked, g) {
  const top = ranked.slice(0, 10);
  const rank = top.findIndex((id) => g.get(id) === 2);
  const dcg = top.reduce((sum, id, i) => sum + (2 ** (g.get(id) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...g.values()].sort((a, b) => b - a).slice(0, 10).reduce((sum, x, i) => sum + (2 ** x - 1) / Math.log2(i + 2), 0);
  return { rr: rank >= 0 ? 1 / (rank + 1) : 0, ndcg: dcg / ideal, recall: rank >= 0 ? 1 : 0 };
}

/** The systems compared, each `{ name, search(text) → ids }`, built over the occupations. */
export function buildSystems(occupations, csvText) {
  initSync({ module: readFileSync(`${root}pkg/werkmatch_bg.wasm`) });
  const vacancies = occupations.map((o) => ({ id: o.uri, title: o.label, description: o.description }));
  const taxonomy = escoTaxonomy({ occupations: csvText }).concepts;
  const withTaxonomy = new Engine({ vacancies, taxonomy });
  const textOnly = new Engine({ vacancies });
  const rank = (engine) => (text) => engine.rank({ desiredOccupations: [text] }, { limit: 10 }).map((r) => r.id);
  const docs = occupations.map((o) => ({ id: o.uri, title: o.label, synonyms: o.synonyms.join(' ; '), description: o.description }));
  const mini = (fields) => {
    const index = new MiniSearch({ fields, storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 3, synonyms: 3 } } });
    index.addAll(docs);
    return (text) => index.search(text).slice(0, 10).map((r) => r.id);
  };
  const fuse = (keys) => {
    const index = new Fuse(docs, { keys, threshold: 0.4, ignoreLocation: true });
    return (text) => index.search(text, { limit: 10 }).map((r) => r.item.id);
  };
  return [
    { name: 'werkmatch + ESCO taxonomy', search: rank(withTaxonomy) },
    { name: 'werkmatch, text only', search: rank(textOnly) },
    { name: 'MiniSearch + synonyms (fuzzy, prefix)', search: mini(['title', 'synonyms', 'description']) },
    { name: 'MiniSearch, text only (fuzzy, prefix)', search: mini(['title', 'description']) },
    { name: 'Fuse.js + synonyms', search: fuse([{ name: 'title', weight: 3 }, { name: 'synonyms', weight: 3 }, { name: 'description', weight: 1 }]) },
  ];
}

/** Runs every system over the queries; returns one row of averages per system (and per kind). */
export function evaluate(occupations, queries, systems) {
  return systems.map(({ name, search }) => {
    const per = { all: [], synonym: [], typo: [], compound: [] };
    const times = [];
    for (const q of queries) {
      const started = performance.now();
      const ids = search(q.text);
      times.push(performance.now() - started);
      const m = metrics(ids, grades(occupations, q));
      per.all.push(m);
      per[q.kind].push(m);
    }
    const mean = (list, key) => (list.length ? list.reduce((s, m) => s + m[key], 0) / list.length : NaN);
    times.sort((a, b) => a - b);
    return {
      name,
      mrr: mean(per.all, 'rr'), ndcg: mean(per.all, 'ndcg'), recall: mean(per.all, 'recall'),
      medianMs: times[Math.floor(times.length / 2)],
      byKind: Object.fromEntries(['synonym', 'typo', 'compound'].map((k) => [k, mean(per[k], 'rr')])),
    };
  });
}

function table(rows, queries) {
  const f = (x) => x.toFixed(3);
  const counts = ['synonym', 'typo', 'compound'].map((k) => `${k} ${queries.filter((q) => q.kind === k).length}`).join(', ');
  const lines = [
    `${queries.length} queries (${counts}) against 3,039 ESCO occupations`,
    '',
    '| system | MRR@10 | nDCG@10 | recall@10 | median query ms | MRR synonym | MRR typo | MRR compound |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${f(r.mrr)} | ${f(r.ndcg)} | ${f(r.recall)} | ${r.medianMs.toFixed(2)} | ${f(r.byKind.synonym)} | ${f(r.byKind.typo)} | ${f(r.byKind.compound)} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf('--queries');
  const count = arg > 0 ? Number(process.argv[arg + 1]) : 240;
  const csvText = readFileSync(ESCO_CSV, 'utf8');
  const occupations = loadOccupations(csvText);
  const queries = buildQueries(occupations, count);
  const rows = evaluate(occupations, queries, buildSystems(occupations, csvText));
  console.log(table(rows, queries));
}
