// FlexSearch 0.8 (document index, no geo filters): title, description and skill labels with
// the default tokenizer; the profile's skill labels as the query with `suggest` (documents that
// hold only some of the words still match); distance and hours filter the results, and when
// fewer than 20 pass, the search is repeated with a four times larger limit. (Paging with
// `offset` would be cheaper, but in 0.8.212 a Document search with an offset past the end of
// one field's results throws.)
import { Document } from 'flexsearch';
import { LIMIT, document, filterColumns, passes, queryText } from './common.mjs';

const FIRST_LIMIT = 500;

export default {
  name: 'FlexSearch',
  input: 'json',
  build({ vacancies }) {
    const index = new Document({ document: { id: 'n', index: ['title', 'description', 'skills'] } });
    vacancies.forEach((v, n) => index.add({ n, ...document(v) }));
    return { index, ids: vacancies.map((v) => v.id), cols: filterColumns(vacancies) };
  },
  query({ index, ids, cols }, q) {
    const text = queryText(q.profile);
    for (let limit = FIRST_LIMIT; ; limit *= 4) {
      const out = [];
      for (const r of index.search(text, { limit, suggest: true, merge: true })) {
        if (passes(cols, r.id, q)) out.push({ id: ids[r.id] });
        if (out.length === LIMIT) return out;
      }
      if (limit >= ids.length) return out;
    }
  },
};
