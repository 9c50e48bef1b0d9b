// Orama 3 (full-text, BM25, with typed fields): title, description and skill labels with the
// Dutch tokenizer; the profile's skill labels as the term (any term matches), typo tolerance 1;
// distance as Orama's own geosearch (`radius` on a geopoint) and hours as number where-filters.
import { create, insertMultiple, search } from '@orama/orama';
import { LIMIT, document, queryText } from './common.mjs';

export default {
  name: 'Orama',
  input: 'json',
  async build({ vacancies }) {
    const db = create({
      schema: { title: 'string', description: 'string', skills: 'string', location: 'geopoint', hoursMin: 'number', hoursMax: 'number' },
      language: 'dutch',
    });
    const docs = vacancies.map((v) => ({
      ...document(v),
      location: { lat: v.location?.lat ?? 0, lon: v.location?.lon ?? 0 },
      hoursMin: v.hours?.min ?? 0,
      hoursMax: v.hours?.max ?? 168,
    }));
    await insertMultiple(db, docs, 1000);
    return db;
  },
  query(db, { profile, point }) {
    const found = search(db, {
      term: queryText(profile),
      properties: ['title', 'description', 'skills'],
      boost: { title: 2, skills: 2 },
      tolerance: 1,
      where: {
        location: { radius: { coordinates: point, unit: 'km', value: profile.maxDistanceKm, inside: true } },
        hoursMin: { lte: profile.hours?.max ?? 168 },
        hoursMax: { gte: profile.hours?.min ?? 0 },
      },
      limit: LIMIT,
    });
    const hits = (r) => r.hits.map((h) => ({ id: h.id, score: h.score }));
    return found instanceof Promise ? found.then(hits) : hits(found);
  },
};
