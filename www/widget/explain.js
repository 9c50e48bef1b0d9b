// Renders the engine's structured explanation of one score ("Waarom deze vacature?") as a
// table of the score's parts and one plain sentence per factor, in the widget's language.
// The same rendering serves the jobseeker ("je") and the employer preview ("de kandidaat").
import { h, offerDownload } from './dom.js';
import { receiptText, receiptFileName } from './receipt.js';


function hoursText(t, range) {
  if (!range || (range.min === undefined && range.max === undefined)) return null;
  return t('hours', range.min, range.max);
}

/** The person's words that were found, quoted and listed ("“kok” en “chef”"). */
const quoted = (t, words) => t.list(words.map((w) => `“${w}”`));

/** How a match was made, in words; for a match in part, which of the person's words were found. */
const howText = (t, m) => (m.words?.length ? t('howWords', quoted(t, m.words)) : t(`how.${m.how}`));

/** The matched and missing skills, as list items. */
function skillItems(t, e, c) {
  const matched = e.matchedSkills.map((m) => {
    const how = howText(t, m);
    if (e.skillsRoute === 'text') return h('li', {}, t('foundIn', m.profileSkill, t(`where.${m.where}`), how));
    const shown = m.vacancySkill ?? m.profileSkill;
    const same = shown.toLocaleLowerCase() === m.profileSkill.toLocaleLowerCase();
    return h('li', {}, same ? t('matchedSame', shown, how) : t('matchedAs', shown, m.profileSkill, how, c));
  });
  return matched;
}

/** One sentence (or a few) about a factor of the score. */
function factorText(part, ctx) {
  const { t, e, vacancy, profile, c } = ctx;
  const x = (key, ...args) => t(`x.${key}`, ...args);
  switch (part.factor) {
    case 'skills': {
      const nodes = [];
      if (e.skillsRoute === 'structured') nodes.push(x('skillsStructured', e.skillsMatched, e.skillsTotal, c));
      else if (e.skillsRoute === 'text') nodes.push(x('skillsText', e.skillsMatched, e.skillsTotal, c));
      else nodes.push(x('skillsNone', c));
      const items = skillItems(t, e, c);
      if (items.length) nodes.push(h('ul', { class: 'wm-why-sub' }, items));
      if (e.missingSkills.length) {
        const missing = e.missingSkills.map((m) => (m.required ? m.label : `${m.label} (${t('optional')})`));
        nodes.push(h('span', { class: 'wm-why-missing' }, x('missing', t.list(missing))));
      }
      return nodes;
    }
    case 'occupation': {
      const o = e.occupation;
      if (!o) return x('occupationNone', c);
      if (o.words?.length) {
        return x('occupationPartial', o.profileOccupation, quoted(t, o.words), o.words.length, t(`where.${o.where}`), o.pastJob, c);
      }
      return x('occupation', o.profileOccupation, t(`where.${o.where}`), t(`how.${o.how}`), o.pastJob, c);
    }
    case 'distance':
      if (e.remote) return x('remote');
      if (e.distanceKm === undefined) return x('distanceUnknown');
      if (part.status === 'mismatch') return x('distanceFar', t.km(e.distanceKm), profile?.maxDistanceKm, c);
      return x('distance', t.km(e.distanceKm), profile?.maxDistanceKm, c);
    case 'hours': {
      const asked = hoursText(t, vacancy?.hours);
      const wanted = hoursText(t, profile?.hours);
      if (!asked) return x('hoursUnknown');
      return wanted ? x('hours', asked, wanted, c) : asked;
    }
    case 'education': {
      if (part.status === 'notRequired') return x('educationNotAsked');
      if (e.educationRequired === undefined) return x('educationUnknown');
      const has = profile?.educationLevel ? t(`educationShort.${profile.educationLevel}`) : '?';
      return x('education', t(`educationShort.${e.educationRequired}`), has, e.educationEquivalent, c);
    }
    case 'drivingLicences':
      if (e.missingLicences.length) {
        // Met in part: say what is there too, so the sentence agrees with "past voor een deel".
        const held = (vacancy?.drivingLicences ?? []).filter((l) => !e.missingLicences.includes(l));
        return x('licencesMissing', t.list(e.missingLicences), part.status === 'partial' && held.length ? t.list(held) : null, c);
      }
      if (part.status === 'notRequired') return x('licencesNotAsked');
      if (part.status === 'unknown') return x('unknown');
      return x('licencesOk');
    case 'languages':
      if (e.missingLanguages.length) {
        const name = (l) => x('language', t.languageName(l.language), l.level);
        const missing = (l) => e.missingLanguages.some((m) => m.language === l.language && m.level === l.level);
        const held = (vacancy?.languages ?? []).filter((l) => !missing(l));
        return x('languagesMissing', t.list(e.missingLanguages.map(name)), part.status === 'partial' && held.length ? t.list(held.map(name)) : null, c);
      }
      if (part.status === 'notRequired') return x('languagesNotAsked');
      if (part.status === 'unknown') return x('unknown');
      return x('languagesOk');
    case 'workConditions':
      if (e.conflictingConditions.length) {
        return x('conditionsConflict', t.list(e.conflictingConditions.map((k) => t(`conditions.${k}`))), c);
      }
      if (part.status === 'unknown') return x('conditionsUnknown');
      return x('conditionsOk', c);
    case 'inclusive':
      return x({ match: 'inclusiveYes', partial: 'inclusiveSome', mismatch: 'inclusiveNo' }[part.status] ?? 'inclusiveUnknown');
    default:
      return null;
  }
}

/**
 * The body of "Waarom deze vacature?": intro, parts table, sentences, what was not counted.
 * @param {object} ctx { t, result, vacancy, profile, c } — c: employer preview (about a candidate)
 */
export function explanationBody(ctx) {
  const { t, result } = ctx;
  const e = result.explanation;
  const used = e.parts.filter((p) => p.status !== 'notUsed');
  const unused = e.parts.filter((p) => p.status === 'notUsed');
  const full = { ...ctx, e };

  // Two columns (part | outcome and points), so the table fits a 320 px screen.
  const outcome = (status, points) => h('div', { class: 'wm-outcome' },
    status ? h('span', { class: `wm-status wm-status-${status}` }, t(`status.${status}`)) : h('span'),
    h('span', { class: 'wm-points' }, points));
  const table = h('table', { class: 'wm-parts', part: 'explanation-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('colFactor')),
      h('th', { scope: 'col' }, h('div', { class: 'wm-outcome' }, h('span', {}, t('colOutcome')), h('span', { class: 'wm-points' }, t('colPoints')))))),
    h('tbody', {}, used.map((p) => h('tr', {},
      h('th', { scope: 'row' }, t(`factor.${p.factor}`)),
      h('td', {}, outcome(p.status, t('points', p.points, p.maxPoints)))))),
    h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row' }, t('total')),
      h('td', {}, outcome(null, t('points', result.score, 100))))));

  const rows = [];
  const sentences = h('ul', { class: 'wm-why-list' }, used.map((p) => {
    const text = factorText(p, full);
    const prefix = `${t(`factor.${p.factor}`)}: `;
    const item = text ? h('li', {}, h('strong', {}, prefix), text) : null;
    rows.push({ factor: p.factor, status: p.status, points: p.points, max: p.maxPoints, sentence: item ? item.textContent.slice(prefix.length) : '' });
    return item;
  }));
  // The receipt says what this explanation says, made when asked for (stored and sent nowhere).
  const receipt = h('button', {
    type: 'button', class: 'wm-button wm-receipt',
    onclick: (event) => offerDownload(receiptText(ctx, rows), 'text/plain;charset=utf-8', receiptFileName(result.id), event.currentTarget.parentNode),
  }, t('receipt.button'));

  return [
    h('p', {}, t('explainIntro', result.score)),
    h('div', { class: 'wm-table-wrap' }, table),
    sentences,
    unused.length ? h('p', { class: 'wm-muted' }, t('notUsed', t.list(unused.map((p) => t(`factor.${p.factor}`).toLocaleLowerCase(t.locale))), ctx.c)) : null,
    h('p', { class: 'wm-muted wm-small' }, t('x.rules', result.rules)),
    h('p', { class: 'wm-receipt-row' }, receipt, ' ', h('span', { class: 'wm-muted wm-small' }, t('receipt.hint'))),
  ];
}

