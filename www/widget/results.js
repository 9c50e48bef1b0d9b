// Result cards: a ranked vacancy (jobseeker mode) or a ranked candidate (employer preview).
// Score in words and numbers ("Match 82 van 100", "7 van 9 vaardigheden"), matched and missing
// skills, and the expandable explanation, built only when it is opened. Vacancy text is shown
// as text; a description goes through the sanitiser.
import { h } from './dom.js';
import { explanationBody } from './explain.js';
import { descriptionNodes, safeUrl } from './sanitize.js';

/** "Match 82 van 100 · Past heel goed", with a decorative bar (the words carry the meaning). */
function scoreBlock(t, score) {
  const step = Math.max(0, Math.min(20, Math.round(score / 5)));
  return h('div', { class: 'wm-score', part: 'score' },
    h('p', { class: 'wm-score-text' }, h('strong', {}, t('score', score)), h('span', { class: 'wm-score-word' }, ` · ${t('scoreWord', score)}`)),
    h('div', { class: 'wm-bar', 'aria-hidden': 'true' }, h('span', { class: `wm-bar-fill wm-fill-${step}` })));
}

function skillsSummary(t, e, c, lang) {
  const count = e.skillsRoute === 'structured' ? t('skillsCount', e.skillsMatched, e.skillsTotal)
    : e.skillsRoute === 'text' ? t('skillsInText', e.skillsMatched, e.skillsTotal, c) : null;
  const have = e.matchedSkills.map((m) => (e.skillsRoute === 'structured' ? m.vacancySkill ?? m.profileSkill : m.profileSkill));
  const lists = [];
  if (have.length) {
    lists.push(h('div', { class: 'wm-skillset' },
      h('p', { class: 'wm-skillset-title' }, t('matchedHeading', c)),
      h('ul', { class: 'wm-tags wm-tags-have', part: 'matched-skills', lang }, [...new Set(have)].map((s) => h('li', {}, s)))));
  }
  if (e.missingSkills.length) {
    lists.push(h('div', { class: 'wm-skillset' },
      h('p', { class: 'wm-skillset-title' }, t('missingHeading', c)),
      h('ul', { class: 'wm-tags wm-tags-miss', part: 'missing-skills' },
        e.missingSkills.map((m) => h('li', {}, h('span', { lang }, m.label),
          m.required ? null : h('span', { class: 'wm-tag-note' }, ` (${t('optional')})`))))));
  }
  return [count ? h('p', { class: 'wm-skills-count' }, count) : null, lists.length ? h('div', { class: 'wm-skillsets' }, lists) : null];
}

/** A <details> that builds its content the first time it opens and remembers its state in `openSet`. */
function lazyDetails({ summary, key, id, openSet, build, className, part }) {
  const details = h('details', { class: className, part });
  const summaryEl = h('summary', { dataset: { key } }, summary);
  details.append(summaryEl);
  let built = false;
  const fill = () => {
    if (built) return;
    built = true;
    details.append(h('div', { class: 'wm-details-body' }, build()));
  };
  if (openSet.has(id)) { fill(); details.open = true; }
  details.addEventListener('toggle', () => {
    if (details.open) { fill(); openSet.add(id); } else openSet.delete(id);
  });
  return details;
}

/** One ranked vacancy. ctx: { t, hl, profile, openWhy, openAbout } */
export function vacancyCard(result, ctx) {
  const { t } = ctx;
  const v = result.vacancy ?? { id: result.id, title: result.id };
  const e = result.explanation;
  const titleId = `wm-r-${ctx.prefix}-${ctx.index}`;
  const place = v.location?.remote ? t('remote') : v.location?.place ?? null;
  const hours = v.hours && (v.hours.min !== undefined || v.hours.max !== undefined) ? t('hours', v.hours.min, v.hours.max) : null;
  const meta = [
    v.employer ? h('li', { class: 'wm-meta-employer', lang: ctx.dataLang }, v.employer) : null,
    h('li', { lang: v.location?.place && !v.location?.remote ? ctx.dataLang : undefined }, place ?? t('placeUnknown')),
    e.distanceKm !== undefined && !e.remote ? h('li', {}, t('distance', t.km(e.distanceKm))) : null,
    hours ? h('li', {}, hours) : null,
    v.contractType ? h('li', {}, t(`contract.${v.contractType}`)) : null,
  ];
  const badges = Object.entries(v.inclusive ?? {}).filter(([, on]) => on === true).map(([k]) => h('li', {}, t(`inclusive.${k}`)));
  const link = safeUrl(v.url);

  const why = lazyDetails({
    summary: t('why'), key: 'why', id: result.id, openSet: ctx.openWhy, className: 'wm-why', part: 'explanation',
    build: () => explanationBody({ t, result, vacancy: v, profile: ctx.profile, c: false }),
  });
  const about = v.description || link ? lazyDetails({
    summary: t('about'), key: 'about', id: result.id, openSet: ctx.openAbout, className: 'wm-about', part: 'description',
    build: () => [
      v.description ? h('div', { class: 'wm-description', lang: ctx.dataLang }, descriptionNodes(v.description)) : h('p', {}, t('noDescription')),
      link ? h('p', {}, h('a', { href: link, rel: 'noopener noreferrer', class: 'wm-link', dataset: { key: 'link' } }, t('viewVacancy'),
        h('span', { class: 'wm-muted' }, ` ${t('viewVacancyHint')}`))) : null,
    ],
  }) : null;

  return h('li', { class: 'wm-result', part: 'result', dataset: { id: result.id } },
    h('article', { 'aria-labelledby': titleId, class: 'wm-card' },
      h('div', { class: 'wm-result-head' },
        h(ctx.hl(1), { id: titleId, class: 'wm-result-title', part: 'result-title', lang: ctx.dataLang }, v.title),
        scoreBlock(t, result.score)),
      h('ul', { class: 'wm-meta', 'aria-label': t('metaLabel') }, meta),
      skillsSummary(t, e, false, ctx.dataLang),
      badges.length ? h('ul', { class: 'wm-badges' }, badges) : null,
      h('div', { class: 'wm-disclosures' }, why, about)));
}

/** One ranked candidate in the employer preview. ctx: { t, hl, vacancy, candidates: Map, openWhy } */
export function candidateCard(result, ctx) {
  const { t } = ctx;
  const candidate = ctx.candidates.get(result.id);
  const profile = candidate?.profile ?? {};
  const e = result.explanation;
  const titleId = `wm-c-${ctx.prefix}-${ctx.index}`;
  const hours = profile.hours && (profile.hours.min !== undefined || profile.hours.max !== undefined)
    ? t('candidateWants', t('hours', profile.hours.min, profile.hours.max)) : null;
  const meta = [
    e.remote ? h('li', {}, t('remote')) : e.distanceKm !== undefined ? h('li', {}, t('distance', t.km(e.distanceKm))) : null,
    hours ? h('li', {}, hours) : null,
    profile.educationLevel ? h('li', {}, t('candidateEducation', t(`educationShort.${profile.educationLevel}`))) : null,
  ].filter(Boolean);
  const why = lazyDetails({
    summary: t('whyCandidate'), key: 'why', id: result.id, openSet: ctx.openWhy, className: 'wm-why', part: 'explanation',
    build: () => explanationBody({ t, result, vacancy: ctx.vacancy, profile, c: true }),
  });
  return h('li', { class: 'wm-result', part: 'result', dataset: { id: result.id } },
    h('article', { 'aria-labelledby': titleId, class: 'wm-card' },
      h('div', { class: 'wm-result-head' },
        h(ctx.hl(1), { id: titleId, class: 'wm-result-title', part: 'result-title' }, candidate?.label ?? result.id),
        scoreBlock(t, result.score)),
      meta.length ? h('ul', { class: 'wm-meta', 'aria-label': t('candidateMetaLabel') }, meta) : null,
      skillsSummary(t, e, true, ctx.dataLang),
      h('div', { class: 'wm-disclosures' }, why)));
}

/**
 * Replaces the cards of a result list without losing the user's place: if focus was inside
 * the list, it goes back to the same control of the same result (or to `fallback`).
 */
export function replaceCards(list, cards, fallback) {
  const root = list.getRootNode();
  const active = root.activeElement;
  let focusId = null;
  let focusKey = null;
  if (active && list.contains(active)) {
    focusId = active.closest('[data-id]')?.dataset.id ?? null;
    focusKey = active.dataset.key ?? null;
  }
  list.replaceChildren(...cards);
  if (focusId === null) return;
  const card = [...list.children].find((li) => li.dataset.id === focusId);
  const target = card && focusKey ? [...card.querySelectorAll('[data-key]')].find((el) => el.dataset.key === focusKey) : null;
  (target ?? fallback)?.focus({ preventScroll: true });
}
