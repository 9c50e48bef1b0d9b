// The match receipt ("Uitleg bewaren"): one result's explanation as a plain-text file the person
// can keep or print: the rule-set version, what of the profile was used, and per part the
// status, the points and how they were reached. Made on the device from what the explanation
// already shows; stored nowhere and sent nowhere (a same-page blob: download).

import { termLabel } from './terms.js';

/** The profile's fields that a ranking can use, as "name: value" lines (empty fields left out). */
function profileLines(t, profile, c) {
  const p = profile ?? {};
  const lines = [];
  const add = (key, value) => { if (value) lines.push(`- ${t(`receipt.${key}`, c)}: ${value}`); };
  add('skills', (p.skills ?? []).map(termLabel).join(', '));
  add('occupations', (p.desiredOccupations ?? []).map(termLabel).join(', '));
  add('pastJobs', (p.pastJobTitles ?? []).map(termLabel).join(', '));
  if (p.location?.postcode) add('place', p.maxDistanceKm ? t('receipt.placeWithin', p.location.postcode, p.maxDistanceKm) : p.location.postcode);
  if (p.hours && (p.hours.min !== undefined || p.hours.max !== undefined)) add('hours', t('hours', p.hours.min, p.hours.max));
  if (p.educationLevel) add('education', t(`educationShort.${p.educationLevel}`));
  if (p.drivingLicences) add('licences', p.drivingLicences.length ? p.drivingLicences.join(', ') : t('licenceNo'));
  add('languages', (p.languages ?? []).map((l) => t('x.language', t.languageName(l.language), l.level)).join(', '));
  add('conditions', (p.avoidConditions ?? []).map((k) => t(`conditions.${k}`)).join(', '));
  if (p.banenafspraak) add('banenafspraak', t('receipt.yes'));
  return lines;
}

/**
 * The receipt's text. `rows`: the explanation's parts as shown ({ factor, status, points, max,
 * sentence }), so the receipt says exactly what the screen says.
 */
export function receiptText({ t, result, vacancy, profile, c }, rows, now = new Date()) {
  const v = vacancy ?? {};
  const where = [v.employer, v.location?.place].filter(Boolean).join(', ');
  const lines = [
    t('receipt.title'),
    '',
    // In the employer preview the result is a candidate: the vacancy is the employer's own.
    ...(c
      ? [`${t('receipt.vacancy')}: ${v.title ?? ''}${where ? ` (${where})` : ''}${v.id ? ` [${v.id}]` : ''}`, `${t('receipt.candidate')}: ${result.id}`]
      : [`${t('receipt.vacancy')}: ${v.title ?? result.id}${where ? ` (${where})` : ''} [${result.id}]`]),
    `${t('receipt.score')}: ${t('points', result.score, 100)}`,
    `${t('receipt.rules')}: ${result.rules}`,
    `${t('receipt.made')}: ${now.toLocaleDateString(t.locale, { year: 'numeric', month: 'long', day: 'numeric' })}`,
    '',
    `${t('receipt.used', c)}:`,
    ...profileLines(t, profile, c),
    '',
    `${t('receipt.parts')}:`,
    ...rows.map((r) => `- ${t(`factor.${r.factor}`)}: ${t(`status.${r.status}`)}, ${t('points', r.points, r.max)}.${r.sentence ? ` ${r.sentence}` : ''}`),
    '',
    t('receipt.private'),
  ];
  return `${lines.join('\n')}\n`;
}

/** The receipt's file name for a result id. */
export function receiptFileName(id) {
  return `werkmatch-uitleg-${String(id).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60)}.txt`;
}
