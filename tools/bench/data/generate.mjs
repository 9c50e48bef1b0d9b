// Deterministic, realistic benchmark data: Dutch vacancies in the shape the engine reads
// (README "Data model") and jobseeker profiles with 15 skills, a postcode, a maximum distance
// and an hours range. Skills are labels (and synonyms) from the demo taxonomy; locations are
// PC4 centroids across the Netherlands. Runs anywhere (no Node APIs): give it the taxonomy
// concepts and the PC4 table.
//
// Vacancy i is the same whatever the count: the 1,000 are the first 1,000 of the 10,000.
import { seeded } from './prng.mjs';
import { SECTORS, GENERAL_SKILL_GROUPS, SURNAMES } from './sectors.mjs';
import { description } from './texts.mjs';

export const VACANCY_SEED = 2026;
export const PROFILE_SEED = 5;
export const SKILLS_PER_VACANCY = 15;
export const SKILLS_PER_PROFILE = 15;
export const MAX_DISTANCE_KM = 25;

const CONTRACTS = ['permanent', 'temporary', 'temporary', 'agency', 'onCall'];
const TITLE_FORMS = [(t) => t, (t) => t, (t) => `Ervaren ${t}`, (t) => `${t} (parttime)`, (t) => `Junior ${t}`, (t) => `${t} dagdienst`];

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Skill concepts under a group, at any depth (the groups themselves excluded). */
function descendants(concepts, group) {
  const children = new Map();
  for (const c of concepts) for (const b of c.broader ?? []) children.set(b, [...(children.get(b) ?? []), c]);
  const out = new Map();
  const walk = (id) => {
    for (const c of children.get(id) ?? []) {
      if (!out.has(c.id)) { out.set(c.id, c); walk(c.id); }
    }
  };
  walk(group);
  return [...out.values()];
}

/** Per sector: its occupations and the skills its vacancies ask for; and the general skills. */
export function knowledge(taxonomy) {
  const concepts = taxonomy.concepts ?? taxonomy;
  const skillsUnder = (groups) => [...new Map(groups.flatMap((g) => descendants(concepts, g)).map((c) => [c.id, c])).values()];
  const sectors = SECTORS.map((s) => ({
    ...s,
    occupations: concepts.filter((c) => c.kind === 'occupation' && (c.broader ?? []).includes(s.group)),
    skills: skillsUnder(s.skillGroups),
  }));
  return { sectors, general: skillsUnder(GENERAL_SKILL_GROUPS) };
}

/** A label for a concept as a feed or a person writes it: mostly the label, sometimes a synonym. */
const labelOf = (rng, concept) => (concept.altLabels?.length && rng.chance(0.25) ? rng.pick(concept.altLabels) : concept.label);

/** 11 sector skills and 4 general ones (fewer sector skills if the sector has fewer). */
function pickSkills(rng, sector, general, count) {
  const own = rng.sample(sector.skills, count - 4);
  const ids = new Set(own.map((c) => c.id));
  const rest = rng.sample(general.filter((c) => !ids.has(c.id)), count - own.length);
  return [...own, ...rest];
}

const postcodeLetters = (rng) => String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25));

/** One vacancy: id, title, employer, description, occupation, 15 skills, location, hours and more. */
function vacancy(rng, i, { sectors, general }, places) {
  const sector = rng.pick(sectors);
  const occupation = rng.pick(sector.occupations);
  const name = labelOf(rng, occupation);
  const title = capitalise(rng.pick(TITLE_FORMS)(name));
  const place = rng.pick(places);
  const employer = `${rng.pick(SURNAMES)} ${rng.pick(sector.names)}`;
  const [min, max] = rng.pick(sector.hours);
  const skillConcepts = pickSkills(rng, sector, general, SKILLS_PER_VACANCY);
  const labels = skillConcepts.map((c) => labelOf(rng, c));
  const id = `b${String(i + 1).padStart(6, '0')}`;
  const v = {
    id,
    title,
    employer,
    url: `https://werk.example.nl/vacature/${id}`,
    description: description(rng, { employer, kind: rng.pick(sector.kinds), place: place.place, title: name, skills: labels, hours: { min, max } }),
    skills: labels.map((label) => (rng.chance(0.25) ? { label, required: false } : label)),
    location: { postcode: `${place.pc4} ${postcodeLetters(rng)}`, place: place.place, lat: place.lat, lon: place.lon },
    hours: { min, max },
    contractType: rng.pick(CONTRACTS),
  };
  if (rng.chance(0.6)) v.occupation = occupation.id;
  if (rng.chance(0.7)) v.education = { level: rng.int(1, 4), orEquivalentExperience: rng.chance(0.5) };
  return v;
}

/** `count` vacancies one at a time (for national sets too large to hold as one array). */
export function* vacancyStream(count, taxonomy, places) {
  const rng = seeded(VACANCY_SEED);
  const known = knowledge(taxonomy);
  const usable = places.filter((p) => p.place);
  for (let i = 0; i < count; i++) yield vacancy(rng, i, known, usable);
}

/** `count` vacancies; `places` is the PC4 table ({pc4, place, lat, lon}[]). */
export function generateVacancies(count, taxonomy, places) {
  return [...vacancyStream(count, taxonomy, places)];
}

/**
 * `count` jobseeker profiles, each `{ profile, point }`: `profile` as werkmatch takes it (15
 * skills by label, a PC4 postcode, 25 km, an hours range), `point` the postcode's centroid
 * (for the JS libraries' distance filter).
 */
export function generateProfiles(count, taxonomy, places) {
  const rng = seeded(PROFILE_SEED);
  const { sectors, general } = knowledge(taxonomy);
  const usable = places.filter((p) => p.place);
  return Array.from({ length: count }, () => {
    const sector = rng.pick(sectors);
    const place = rng.pick(usable);
    const [min, max] = rng.pick([[24, 40], [16, 32], [32, 40], [20, 36], [8, 24]]);
    const skills = pickSkills(rng, sector, general, SKILLS_PER_PROFILE).map((c) => labelOf(rng, c));
    return {
      profile: { skills, location: { postcode: place.pc4 }, maxDistanceKm: MAX_DISTANCE_KM, hours: { min, max } },
      point: { lat: place.lat, lon: place.lon },
    };
  });
}
