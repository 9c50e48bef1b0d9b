// Ranking quality on real occupation titles: the MELO development set (data/melo-bel-nl, 328
// Flemish titles written by VDAB, each linked by people to one ESCO concept; MIT). Every
// candidate concept (2,942 occupations and 619 ISCO groups, 24,069 Dutch labels) is a vacancy
// whose title is its preferred label and whose occupation is the concept; each title is a
// profile's desired occupation; the metric is the mean reciprocal rank (MRR) of the linked
// concept, as the benchmark publishes it, with top-1 and top-10.
//
// Systems: werkmatch with the labels as taxonomy (and with ESCO's ISCO hierarchy added, as the
// ESCO importer does), werkmatch with text only (no taxonomy: the preferred label as title,
// the other labels as description), and MiniSearch 7.2 with all labels of a concept in one
// field (fuzzy 0.2, prefix). The published figures of other systems are printed beside them.
//
//   node tools/eval/melo.mjs [--every N] [--markdown]     (after scripts/build.sh)
//
// --every N keeps every Nth title (the fixed subset the CI test uses: N = 2).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { initSync, Engine } from '../../pkg/werkmatch.js';
import { parseCsv } from './quality.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${root}data/melo-bel-nl/`;

// Published MRR on this task (the benchmark's results/<method>/bel_q_nl_c_nl/results.txt).
export const PUBLISHED = [
  ['OpenAI text embeddings', 0.626], ['e5 (multilingual)', 0.613], ['BGE-M3', 0.571], ['mE5', 0.568],
  ['character TF-IDF', 0.553], ['edit distance', 0.494], ['word TF-IDF', 0.491], ['BM25', 0.455],
];

const tsv = (name) => readFileSync(`${DIR}${name}`, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));

/** The set: queries [{id, title}], gold (query id → concept URI), concepts [{uri, labels}] (preferred label first). */
export function loadMelo() {
  const elements = tsv('corpus_elements.tsv').sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const concept = new Map(tsv('concept_mapping.tsv'));
  const labels = new Map();
  for (const [element, label] of elements) {
    const uri = concept.get(element);
    if (!labels.has(uri)) labels.set(uri, []);
    labels.get(uri).push(label);
  }
  const gold = new Map(tsv('annotations.tsv').map((r) => [r[0], concept.get(r[2])]));
  const queries = tsv('queries.tsv').map(([id, title]) => ({ id, title }));
  const concepts = [...labels.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([uri, l]) => ({ uri, labels: l }));
  return { queries, gold, concepts };
}

const ISCO = 'http://data.europa.eu/esco/isco/C';

/** ESCO's hierarchy: an ISCO group's parent group, an occupation's ISCO unit group (data/esco-nl). */
function broaderOf() {
  const rows = parseCsv(readFileSync(`${root}data/esco-nl/occupations_nl.csv`, 'utf8'));
  const group = new Map(rows.map((r) => [r.conceptUri, `${ISCO}${r.iscoGroup}`]));
  return (uri) => {
    if (uri.startsWith(ISCO)) {
      const code = uri.slice(ISCO.length);
      return code.length > 1 ? [`${ISCO}${code.slice(0, -1)}`] : [];
    }
    return group.has(uri) ? [group.get(uri)] : [];
  };
}

/** The systems compared, each `{ name, search(title) → concept URIs, best first }`. */
export function buildSystems({ concepts }) {
  initSync({ module: readFileSync(`${root}pkg/werkmatch_bg.wasm`) });
  const broader = broaderOf();
  const taxonomy = (withHierarchy) => concepts.map((c) => ({
    id: c.uri, kind: 'occupation', label: c.labels[0], altLabels: c.labels.slice(1), broader: withHierarchy ? broader(c.uri) : [],
  }));
  const classified = concepts.map((c) => ({ id: c.uri, title: c.labels[0], occupation: c.uri }));
  const textOnly = concepts.map((c) => ({ id: c.uri, title: c.labels[0], description: c.labels.slice(1).join('; ') }));
  const rank = (engine) => (title) => engine.rank({ desiredOccupations: [title] }, { limit: 100 }).map((r) => r.id);
  const mini = new MiniSearch({ fields: ['labels'], storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true } });
  mini.addAll(concepts.map((c) => ({ id: c.uri, labels: c.labels.join(' ; ') })));
  return [
    { name: 'werkmatch, labels + ISCO hierarchy as taxonomy', search: rank(new Engine({ vacancies: classified, taxonomy: taxonomy(true) })) },
    { name: 'werkmatch, labels as taxonomy', search: rank(new Engine({ vacancies: classified, taxonomy: taxonomy(false) })) },
    { name: 'werkmatch, text only', search: rank(new Engine({ vacancies: textOnly })) },
    { name: 'MiniSearch 7.2, all labels in one field, fuzzy 0.2 + prefix', search: (title) => mini.search(title).slice(0, 100).map((r) => r.id) },
  ];
}

/** MRR, top-1, top-10 and the median ms per title of each system over `queries`. */
export function evaluate({ gold }, queries, systems) {
  return systems.map(({ name, search }) => {
    let rr = 0, top1 = 0, top10 = 0;
    const times = [];
    for (const q of queries) {
      const started = performance.now();
      const ranked = search(q.title);
      times.push(performance.now() - started);
      const rank = ranked.indexOf(gold.get(q.id)) + 1;
      if (rank > 0) { rr += 1 / rank; top1 += rank === 1 ? 1 : 0; top10 += rank <= 10 ? 1 : 0; }
    }
    times.sort((a, b) => a - b);
    const n = queries.length;
    return { name, mrr: rr / n, top1: top1 / n, top10: top10 / n, medianMs: times[Math.floor(n / 2)] };
  });
}

/** Every `every`-th title (1: all 328). */
export function subset(queries, every) {
  return queries.filter((_, i) => i % every === 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv.indexOf('--every');
  const every = arg > 0 ? Number(process.argv[arg + 1]) : 1;
  const set = loadMelo();
  const queries = subset(set.queries, every);
  const rows = evaluate(set, queries, buildSystems(set));
  const f = (x) => x.toFixed(3);
  console.log(`${queries.length} MELO titles (bel_q_nl_c_nl) against ${set.concepts.length} ESCO concepts, Node ${process.version}`);
  console.log('');
  console.log('| system | MRR | top-1 | top-10 | median ms/title |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name} | ${f(r.mrr)} | ${f(r.top1)} | ${f(r.top10)} | ${r.medianMs.toFixed(2)} |`);
  for (const [name, mrr] of PUBLISHED) console.log(`| ${name} (published) | ${f(mrr)} | | | |`);
}
