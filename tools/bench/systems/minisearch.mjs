// MiniSearch 7 (BM25 full-text index): title, description and skill labels; the profile's
// skill labels as an OR query with fuzzy (0.2) and prefix matching, as in tools/eval/quality.mjs;
// distance and hours as a result filter.
import MiniSearch from 'minisearch';
import { LIMIT, document, filterColumns, passes, queryText } from './common.mjs';

export default {
  name: 'MiniSearch',
  input: 'json',
  build({ vacancies }) {
    const index = new MiniSearch({
      idField: 'n',
      fields: ['title', 'description', 'skills'],
      storeFields: [],
      searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2, skills: 2 }, combineWith: 'OR' },
    });
    index.addAll(vacancies.map((v, n) => ({ n, ...document(v) })));
    return { index, ids: vacancies.map((v) => v.id), cols: filterColumns(vacancies) };
  },
  query({ index, ids, cols }, q) {
    const hits = index.search(queryText(q.profile), { filter: (r) => passes(cols, r.id, q) });
    return hits.slice(0, LIMIT).map((r) => ({ id: ids[r.id], score: r.score }));
  },
};
