// "Wat helpt je verder?" (jobseeker) and "Wat als u minder vraagt?" (employer): the insights
// the core computes over every loaded vacancy or candidate (skills that open doors, what-if,
// occupations within reach, asking less), presented as short lists. Nothing here computes: the
// numbers come from the engine; this module only says them in words.
import { h } from './dom.js';

/** The sentence for one what-if change ("Als je tot 25 km reist: 8 vacatures meer"). */
function whatIfText(t, c) {
  switch (c.change.kind) {
    case 'distance': return t('insight.ifDistance', c.change.km, c.more);
    case 'anyHours': return t('insight.ifHours', c.more);
    case 'anyContractType': return t('insight.ifContract', c.more);
    case 'licence': return t('insight.ifLicence', c.change.licence, c.more);
    default: return null;
  }
}

/** The sentence for one eased requirement ("Zonder rijbewijs C: 2 kandidaten meer"). */
function askingLessText(t, c) {
  switch (c.change.kind) {
    case 'withoutLicence': return t('insight.lessLicence', c.change.licence, c.more);
    case 'equivalentExperience': return t('insight.lessEducation', c.more);
    case 'withoutLanguage': return t('insight.lessLanguage', t.languageName(c.change.language), c.more);
    case 'skillOptional': return t('insight.lessSkill', c.change.label, c.more);
    case 'flexibleHours': return t('insight.lessHours', c.change.hours, c.more);
    default: return null;
  }
}

/** One vacancy of a door's list: title, employer and place. */
const vacancyLine = (v) => [v.title ?? v.id, [v.employer, v.place].filter(Boolean).join(', ')].filter(Boolean).join(' – ');

/**
 * The jobseeker's insight section. `update(state)`: null hides it, `{ busy: true }` says it is
 * working, `{ whatIf, doors, within }` shows the answers, `{ error }` says it could not.
 */
export function jobseekerInsight({ t, hl, id, dataLang }) {
  const openDoors = new Set();
  const group = (title, ...content) => h('div', { class: 'wm-group' }, h(hl(1), { class: 'wm-group-title' }, title), content);
  return insightSection({ t, hl, id: `${id}-ih`, title: t('insight.heading'), answers: (state) => {
    const { whatIf, doors, within } = state;
    const doorItems = doors.map((d) => {
      const details = h('details', { class: 'wm-door', dataset: { skill: d.id ?? d.label } },
        h('summary', {}, t('insight.door', d.label, d.more)),
        h('ul', { class: 'wm-door-list' }, d.shown.map((v) => h('li', { lang: dataLang }, vacancyLine(v))),
          d.more > d.shown.length ? h('li', { class: 'wm-muted' }, t('insight.andMore', d.more - d.shown.length)) : null));
      if (openDoors.has(d.label)) details.open = true;
      details.addEventListener('toggle', () => (details.open ? openDoors.add(d.label) : openDoors.delete(d.label)));
      return h('li', {}, details);
    });
    const gains = whatIf.changes.filter((c) => c.more > 0).map((c) => whatIfText(t, c)).filter(Boolean);
    return [
      h('p', { class: 'wm-intro' }, t('insight.intro', whatIf.goodFit, whatIf.now)),
      group(t('insight.doorsHeading'), doorItems.length ? h('ul', { class: 'wm-insight-list', part: 'door-skills' }, doorItems)
        : h('p', { class: 'wm-hint' }, t('insight.doorsNone'))),
      group(t('insight.whatIfHeading'), gains.length ? h('ul', { class: 'wm-insight-list', part: 'what-if' }, gains.map((s) => h('li', {}, s)))
        : h('p', { class: 'wm-hint' }, t('insight.whatIfNone'))),
      group(t('insight.withinHeading'), within.length ? h('ul', { class: 'wm-insight-list', part: 'occupations-within-reach' },
        within.map((o) => h('li', {}, h('span', { lang: dataLang }, o.label), ` ${t('insight.withinCount', o.covered, o.asked)}`,
          o.named ? h('span', { class: 'wm-muted' }, ` · ${t('insight.withinNamed')}`) : null)))
        : h('p', { class: 'wm-hint' }, t('insight.withinNone'))),
    ];
  } });
}

/** The employer's "Wat als u minder vraagt?" section; `update(state)` as for the jobseeker's. */
export function employerInsight({ t, hl, id }) {
  return insightSection({ t, hl, id: `${id}-ieh`, title: t('insight.lessHeading'), answers: (state) => {
    const gains = state.changes.filter((c) => c.more > 0);
    return [
      h('p', { class: 'wm-intro' }, t('insight.lessIntro', state.goodFit, state.now)),
      gains.length ? h('ul', { class: 'wm-insight-list', part: 'asking-less' }, gains.map((c) => h('li', {}, askingLessText(t, c))))
        : h('p', { class: 'wm-hint' }, t('insight.lessNone')),
    ];
  } });
}

/**
 * An insight section: a panel with `title` whose `update(state)` hides it (null), says it is
 * working (`{ busy: true }`) or could not (`{ error }`), or shows `answers(state)`.
 */
function insightSection({ t, hl, id, title, answers }) {
  const body = h('div', { class: 'wm-insight-body' });
  const element = h('section', { class: 'wm-panel wm-insight', part: 'insight', 'aria-labelledby': id, hidden: true },
    h(hl(0), { id, class: 'wm-panel-title' }, title), body);
  const update = (state) => {
    element.hidden = !state;
    if (!state) body.replaceChildren();
    else if (state.busy) body.replaceChildren(h('p', { class: 'wm-hint' }, t('insight.busy')));
    else if (state.error) body.replaceChildren(h('p', { class: 'wm-hint' }, t('insight.error')));
    else body.replaceChildren(...answers(state));
  };
  return { element, update };
}
