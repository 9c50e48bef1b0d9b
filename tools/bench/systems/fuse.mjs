// Fuse.js 7 (fuzzy search over the documents, no inverted index): title, description and skill
// labels, threshold 0.4 and ignoreLocation as in tools/eval/quality.mjs; the profile's skill
// labels as an extended-search OR ("heftruck rijden | orderpicken | ..."); distance and hours
// filter the sorted results.
import Fuse from 'fuse.js';
import { LIMIT, document, filterColumns, passes } from './common.mjs';

export default {
  name: 'Fuse.js',
  input: 'json',
  build({ vacancies }) {
    const fuse = new Fuse(vacancies.map(document), {
      keys: [{ name: 'title', weight: 2 }, { name: 'description', weight: 1 }, { name: 'skills', weight: 2 }],
      threshold: 0.4, ignoreLocation: true, useExtendedSearch: true, includeScore: true,
    });
    return { fuse, cols: filterColumns(vacancies) };
  },
  query({ fuse, cols }, q) {
    const pattern = q.profile.skills.map((s) => (typeof s === 'string' ? s : s.label)).join(' | ');
    const out = [];
    for (const r of fuse.search(pattern)) {
      if (passes(cols, r.refIndex, q)) out.push({ id: r.item.id, score: r.score });
      if (out.length === LIMIT) break;
    }
    return out;
  },
};
