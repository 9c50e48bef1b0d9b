// Employer mode: a vacancy (typed in, or picked from the feed and adjusted) and anonymous
// candidate profiles opened from files that jobseekers exported; candidates are ranked with
// the engine's rankCandidates and explained the same way as vacancies. Candidates have no
// names: they are "Kandidaat 1, 2, …" in the order their files were opened. Nothing is stored.
import { h, debounce, latestOnly, today, checkbox } from './dom.js';
import { combobox } from './combobox.js';
import { candidateCard, replaceCards } from './results.js';
import { readProfileFile, ProfileFileError } from './profile-file.js';
import { termLabel } from './terms.js';
import { inOrder } from './vocabularies.js';
import { employerInsight } from './insight.js';

const NEW_ID = 'vacature';
const SOFT = { distance: 'soft', hours: 'soft', workConditions: 'soft' };

export class EmployerView {
  /** ctx: like JobseekerView's */
  constructor(ctx) {
    this.ctx = ctx;
    this.vacancy = { id: NEW_ID, title: '' };
    this.candidates = new Map(); // id -> { number, profile }
    this.counter = 0;
    this.results = null;
    this.openWhy = new Set();
    this.fileErrors = [];
    this.moreOpen = false;
    this.lastAnnounced = '';
    this.rankSoon = debounce(() => this.rankNow(), 300);
    this.rank = latestOnly(
      // Soft constraints: the employer sees every candidate, with "past niet" and the reason,
      // instead of candidates silently filtered out for distance, hours or conditions.
      (vacancy, candidates) => this.ctx.engine.rankCandidates(vacancy, candidates, { limit: 1000, today: today(), constraints: SOFT }),
      (value) => this.showResults(value.results),
      (error) => this.showError(error),
    );
    // "Wat als u minder vraagt?": after each ranking, with the same soft constraints.
    this.lessState = null;
    this.lessRun = latestOnly(
      (vacancy, candidates) => this.ctx.engine.askingLess(vacancy, candidates, { today: today(), constraints: SOFT }),
      (value) => this.showLess(value),
      (error) => this.showLess({ error }),
    );
    this.announceResults = debounce((text) => {
      if (text !== this.lastAnnounced) { this.lastAnnounced = text; this.ctx.announce(text); }
    }, 1200);
  }

  get t() { return this.ctx.t; }

  render() {
    const { t, hl, id } = this.ctx;
    this.els = {};
    this.fills = [];
    const picker = combobox({
      id: `${id}-pick`, label: t('pickLabel'), hint: t('pickHint'), allowFree: false,
      source: async (q) => (await this.ctx.engine.findVacancies(q, 10)).map((v) => ({
        value: v.id, label: v.title, lang: this.ctx.dataLang, detail: [v.employer, v.place].filter(Boolean).join(', ') || undefined, item: v,
      })),
      onPick: ({ option }) => option && this.pick(option.value),
    });

    const vacancySection = h('section', { class: 'wm-panel', part: 'vacancy', 'aria-labelledby': `${id}-vh` },
      h(hl(0), { id: `${id}-vh`, class: 'wm-panel-title' }, t('vacancyHeading')),
      h('p', { class: 'wm-intro' }, t('vacancyIntro')),
      picker.element,
      h('button', { type: 'button', class: 'wm-button wm-button-link', dataset: { key: 'new-vacancy' }, onclick: () => this.reset() }, t('newVacancy')),
      this.els.pickMessage = h('p', { class: 'wm-message', role: 'status' }),
      h('form', { class: 'wm-form', novalidate: true, onsubmit: (e) => e.preventDefault() }, this.vacancyFields()),
      this.els.vacancyError = h('div', { class: 'wm-alert', role: 'alert' }));

    const candidatesSection = this.candidatesPanel();

    this.els.status = h('p', { class: 'wm-status', part: 'status' });
    this.els.empty = h('div', { class: 'wm-empty', part: 'empty', hidden: true });
    this.els.list = h('ol', { class: 'wm-list', part: 'results-list' });
    this.els.resultsHeading = h(hl(0), { id: `${id}-rh`, class: 'wm-panel-title', tabindex: '-1' }, t('candidateResultsHeading'));
    const results = h('section', { class: 'wm-panel wm-results', part: 'results', 'aria-labelledby': `${id}-rh` },
      this.els.resultsHeading, this.els.status, this.els.empty, this.els.list);

    this.less = employerInsight({ t, hl, id });
    this.element = h('div', { class: 'wm-layout' }, h('div', { class: 'wm-column' }, vacancySection, candidatesSection),
      h('div', { class: 'wm-column' }, results, this.less.element));
    this.less.update(this.lessState);
    this.renderSkills();
    this.renderCandidates();
    this.renderResults();
    return this.element;
  }

  field(label, control, hint) {
    const hintId = hint ? `${control.id}-hint` : undefined;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    return h('div', { class: 'wm-field' }, h('label', { for: control.id, class: 'wm-label' }, label),
      hint ? h('p', { id: hintId, class: 'wm-hint' }, hint) : null, control);
  }

  vacancyFields() {
    const { t, id } = this.ctx;
    const v = this.vacancy;
    const input = (key, attrs, value, onInput) => {
      const el = h('input', { id: `${id}-${key}`, class: 'wm-input', dataset: { key }, part: 'input', ...attrs });
      el.value = value ?? '';
      el.addEventListener('input', () => onInput(el.value.trim(), el));
      return el;
    };
    const title = input('title', { type: 'text', autocomplete: 'off' }, v.title, (value) => { this.vacancy.title = value; this.changed(); });
    const postcode = input('vpc', { type: 'text', class: 'wm-input wm-input-short', maxlength: '7', autocomplete: 'off' }, v.location?.postcode, (value) => {
      // A typed postcode replaces the feed's coordinates (they would win over the postcode).
      const place = this.vacancy.location?.place;
      this.vacancy.location = value ? { postcode: value.toUpperCase(), place } : undefined;
      this.changed();
    });
    const hours = (which) => input(`vh${which}`, { type: 'number', class: 'wm-input wm-input-hours', min: '0', max: '168', inputmode: 'numeric' },
      v.hours?.[which], (value) => {
        const n = value === '' ? undefined : Number(value);
        const next = { ...this.vacancy.hours, [which]: Number.isFinite(n) ? n : undefined };
        this.vacancy.hours = next.min === undefined && next.max === undefined ? undefined : next;
        this.changed();
      });

    const skills = combobox({
      id: `${id}-vskill`, label: t('skillsLabel'), addLabel: t('add'), allowFree: true,
      source: async (q) => (await this.ctx.engine.suggest(q, 'skill', 8)).map((s) => ({ value: s.id, label: s.label, lang: this.ctx.dataLang, term: s })),
      onPick: (pick) => this.addSkill(pick),
    });
    this.els.skills = h('ul', { class: 'wm-skill-rows', 'aria-label': t('vacancySkillsHeading') });
    this.els.textOnly = h('p', { class: 'wm-hint' }, t('vacancyTextOnly'));

    const education = h('select', { id: `${id}-vedu`, class: 'wm-select', dataset: { key: 'vedu' }, part: 'select' },
      h('option', { value: '' }, t('educationNotNeeded')),
      [1, 2, 3, 4, 5, 6, 7, 8].map((level) => h('option', { value: String(level) }, t(`education.${level}`))));
    education.value = v.education?.level ? String(v.education.level) : '';
    const equivalent = checkbox({
      id: `${id}-vequiv`, label: t('equivalentLabel'), checked: v.education?.orEquivalentExperience,
      onChange: (on) => { if (this.vacancy.education) this.vacancy.education.orEquivalentExperience = on || undefined; this.changed(true); },
    });
    education.addEventListener('change', () => {
      const level = education.value ? Number(education.value) : undefined;
      const on = equivalent.querySelector('input').checked;
      this.vacancy.education = level ? { level, orEquivalentExperience: on || undefined } : undefined;
      this.changed(true);
    });

    const set = (field, values, key, on) => {
      const next = new Set(this.vacancy[field] ?? []);
      if (on) next.add(key); else next.delete(key);
      this.vacancy[field] = inOrder(values, next);
      this.changed(true);
    };
    // The licences and conditions are the engine's own lists (they arrive with it).
    const checks = (legendKey, field, labels, key) => {
      const legend = h('legend', { class: 'wm-label' }, t(legendKey));
      const fieldset = h('fieldset', { class: 'wm-fieldset wm-checks' }, legend);
      this.fillLater((vocabularies) => {
        const all = vocabularies[field];
        fieldset.replaceChildren(legend, all.map((value) => checkbox({ id: `${id}-${key}-${value}`, label: t(`${labels}.${value}`), value,
          checked: this.vacancy[field]?.includes(value), onChange: (on) => set(field, all, value, on) })));
      });
      return fieldset;
    };
    const licences = checks('vacancyLicencesLegend', 'drivingLicences', 'licences', 'vlic');
    const conditions = checks('vacancyConditionsLegend', 'workConditions', 'conditions', 'vcond');
    const banen = checkbox({
      id: `${id}-vbanen`, label: t('vacancyBanenafspraakLabel'), checked: v.inclusive?.banenafspraak,
      onChange: (on) => { this.vacancy.inclusive = { ...this.vacancy.inclusive, banenafspraak: on || undefined }; this.changed(true); },
    });

    const more = h('details', { class: 'wm-more', part: 'more' },
      h('summary', { dataset: { key: 'vmore' } }, t('vacancyMore')),
      h('div', { class: 'wm-details-body' },
        this.field(t('vacancyPostcodeLabel'), postcode),
        h('fieldset', { class: 'wm-fieldset' }, h('legend', { class: 'wm-label' }, t('vacancyHoursLegend')),
          h('div', { class: 'wm-inline' },
            h('div', { class: 'wm-field-inline' }, h('label', { for: `${id}-vhmin` }, t('hoursMin')), hours('min')),
            h('div', { class: 'wm-field-inline' }, h('label', { for: `${id}-vhmax` }, t('hoursMax')), hours('max')))),
        h('div', { class: 'wm-field' }, h('label', { for: education.id, class: 'wm-label' }, t('vacancyEducationLabel')), education, equivalent),
        licences,
        conditions,
        banen));
    more.open = this.moreOpen;
    more.addEventListener('toggle', () => { this.moreOpen = more.open; });
    return [
      this.field(t('titleLabel'), title, t('titleHint')),
      h('div', { class: 'wm-group' }, h(this.ctx.hl(1), { class: 'wm-group-title' }, t('vacancySkillsHeading')),
        skills.element, this.els.skills, this.els.textOnly),
      more,
    ];
  }

  /**
   * Builds part of the form from the engine's lists (`ctx.vocabularies`): now, with what is
   * known, and again when the engine has loaded (`vocabulariesChanged`).
   */
  fillLater(fill) {
    this.fills.push(fill);
    fill(this.ctx.vocabularies);
  }

  /** Called by the widget when the engine's lists have arrived. */
  vocabulariesChanged() {
    for (const fill of this.fills) fill(this.ctx.vocabularies);
  }

  candidatesPanel() {
    const { t, hl, id } = this.ctx;
    const file = h('input', { type: 'file', multiple: true, accept: 'application/json,.json', class: 'wm-visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
    file.addEventListener('change', () => {
      const files = [...file.files];
      file.value = '';
      if (files.length) this.openFiles(files);
    });
    this.els.candidateCount = h('p', { class: 'wm-message', role: 'status' });
    this.els.fileErrors = h('div', { class: 'wm-alert', role: 'alert' });
    return h('section', { class: 'wm-panel', part: 'candidates', 'aria-labelledby': `${id}-ch` },
      h(hl(0), { id: `${id}-ch`, class: 'wm-panel-title' }, t('candidatesHeading')),
      h('p', { class: 'wm-intro' }, t('candidatesIntro')),
      h('div', { class: 'wm-actions' },
        h('button', { type: 'button', class: 'wm-button wm-button-primary', part: 'button', dataset: { key: 'open-candidates' }, onclick: () => file.click() }, t('openCandidates')),
        h('button', { type: 'button', class: 'wm-button wm-button-danger', part: 'button', dataset: { key: 'clear-candidates' }, onclick: () => this.clearCandidates() }, t('clearCandidates'))),
      file, this.els.candidateCount, this.els.fileErrors);
  }

  // ---- vacancy ----------------------------------------------------------------------------

  async pick(vacancyId) {
    const vacancy = await this.ctx.engine.vacancy(vacancyId);
    if (!vacancy) return;
    this.vacancy = structuredClone(vacancy);
    this.vacancy.skills = (vacancy.skills ?? []).map((s) => (typeof s === 'string' ? { label: s, required: true } : { required: true, ...s }));
    this.openWhy.clear();
    this.ctx.rerender(this.ctx.root.activeElement?.dataset?.key);
    this.els.pickMessage.textContent = this.t('picked', vacancy.title);
    this.changed(true);
  }

  reset() {
    this.vacancy = { id: NEW_ID, title: '' };
    this.openWhy.clear();
    this.ctx.rerender('new-vacancy');
    this.changed(true);
  }

  addSkill(pick) {
    const skill = pick.option ? { id: pick.option.term.id, label: pick.option.term.label, required: true } : { label: pick.text, required: true };
    const list = this.vacancy.skills ?? [];
    const same = (s) => (skill.id && s.id ? s.id === skill.id : termLabel(s).toLocaleLowerCase() === skill.label.toLocaleLowerCase());
    if (!list.some(same)) {
      this.vacancy.skills = [...list, skill];
      this.renderSkills();
      this.changed(true);
    }
    this.ctx.announce(this.t('added', skill.label));
  }

  renderSkills() {
    const { t, id } = this.ctx;
    const skills = this.vacancy.skills ?? [];
    this.els.skills.hidden = skills.length === 0;
    this.els.textOnly.hidden = skills.length > 0 || !this.vacancy.description;
    this.els.skills.replaceChildren(...skills.map((skill, index) => {
      const text = termLabel(skill);
      return h('li', { class: 'wm-skill-row' },
        h('span', { class: 'wm-chip-label', lang: this.ctx.dataLang }, text),
        checkbox({
          id: `${id}-vsreq-${index}`, label: t('requiredLabel'), checked: skill.required !== false,
          onChange: (on) => { this.vacancy.skills[index] = { ...skill, required: on }; this.changed(true); },
        }),
        h('button', {
          type: 'button', class: 'wm-chip-remove', 'aria-label': t('remove', text), dataset: { key: `vskill-x-${index}` },
          onclick: () => {
            this.vacancy.skills.splice(index, 1);
            this.renderSkills();
            const buttons = this.els.skills.querySelectorAll('.wm-chip-remove');
            (buttons[Math.min(index, buttons.length - 1)] ?? this.els.skills.closest('.wm-group').querySelector('input'))?.focus();
            this.ctx.announce(t('removed', text));
            this.changed(true);
          },
        }, h('span', { 'aria-hidden': 'true' }, '×')));
    }));
  }

  // ---- candidates -------------------------------------------------------------------------

  /** Adds candidate profiles (already parsed); numbers continue from earlier ones. */
  async addProfiles(profiles) {
    let added = 0;
    const errors = [];
    for (const [i, entry] of profiles.entries()) {
      try {
        const profile = entry instanceof File ? await readProfileFile(entry) : entry;
        await this.ctx.engine.validateProfile(profile);
        this.counter += 1;
        this.candidates.set(`kandidaat-${this.counter}`, { number: this.counter, profile: structuredClone(profile) });
        added += 1;
      } catch (error) {
        errors.push({ index: i + 1, total: profiles.length, error });
      }
    }
    this.fileErrors = errors;
    this.renderCandidates(added);
    this.changed(true);
    return added;
  }

  openFiles(files) {
    return this.addProfiles(files);
  }

  clearCandidates() {
    this.candidates.clear();
    this.counter = 0;
    this.fileErrors = [];
    this.openWhy.clear();
    this.renderCandidates();
    this.els.candidateCount.textContent = this.t('candidatesCleared');
    this.changed(true);
  }

  renderCandidates(added) {
    const { t } = this.ctx;
    const count = t('candidatesCount', this.candidates.size);
    this.els.candidateCount.textContent = added ? `${t('candidatesAdded', added)} ${count}` : count;
    this.els.fileErrors.replaceChildren(...this.fileErrors.map(({ index, total, error }) => {
      const reason = error instanceof ProfileFileError ? t(`reason.${error.reason}`, ...error.args) : t('reason.field', error.field || '?');
      return h('p', {}, t('fileError', index, total, reason));
    }));
  }

  // ---- ranking ----------------------------------------------------------------------------

  changed(immediate = false) {
    if (!this.ctx.ready) return;
    if (immediate) { this.rankSoon.cancel(); this.rankNow(); } else this.rankSoon();
  }

  start() {
    this.rankNow();
  }

  rankNow() {
    if (!this.vacancy.title || this.candidates.size === 0) {
      this.rank.invalidate();
      this.lessRun.invalidate();
      this.showLess(null);
      this.results = null;
      this.error = null;
      this.renderResults();
      return;
    }
    const candidates = [...this.candidates].map(([cid, c]) => ({ id: cid, profile: c.profile }));
    this.lastRequest = { vacancy: structuredClone(this.vacancy), candidates };
    this.rank(this.lastRequest.vacancy, candidates);
  }

  showLess(state) {
    this.lessState = state;
    this.less?.update(state);
  }

  showResults(results) {
    this.results = results;
    this.error = null;
    this.renderResults();
    if (this.lastRequest) {
      this.showLess({ busy: true });
      this.lessRun(this.lastRequest.vacancy, this.lastRequest.candidates);
    }
    const ids = results.map((r) => r.id);
    this.ctx.emit('results', { mode: 'employer', count: ids.length, ids, scores: results.map((r) => r.score) });
    const first = results[0];
    this.announceResults(first ? this.t('announceCandidates', ids.length, this.t('candidate', this.candidates.get(first.id).number), first.score)
      : this.t('noCandidates'));
  }

  showError(error) {
    this.error = error;
    this.results = null;
    this.lessRun.invalidate();
    this.showLess(null);
    this.renderResults();
    this.ctx.emit('error', { kind: 'vacancy', message: error.message, field: error.field });
  }

  renderResults() {
    if (!this.els?.list) return;
    const { t } = this.ctx;
    const { status, empty, list } = this.els;
    empty.hidden = true;
    this.els.vacancyError.replaceChildren(...(this.error
      ? [h('p', {}, t('vacancyError'), ' ', h('span', { lang: 'en' }, this.error.message))] : []));
    if (!this.ctx.ready) { status.textContent = ''; return; }
    if (!this.results) {
      status.textContent = !this.vacancy.title ? t('statusNeedTitle') : this.candidates.size === 0 ? t('statusNeedCandidates') : '';
      replaceCards(list, [], this.els.resultsHeading);
      return;
    }
    if (this.results.length === 0) {
      status.textContent = '';
      empty.replaceChildren(h('p', { class: 'wm-empty-title' }, t('noCandidates')), h('p', {}, t('tipCandidates')));
      empty.hidden = false;
    } else {
      status.textContent = t('statusCandidates', this.results.length);
    }
    const candidates = new Map([...this.candidates].map(([cid, c]) => [cid, { label: t('candidate', c.number), profile: c.profile }]));
    const ctx = { t, hl: this.ctx.hl, vacancy: this.vacancy, candidates, openWhy: this.openWhy, prefix: this.ctx.id, dataLang: this.ctx.dataLang };
    replaceCards(list, this.results.map((result, index) => candidateCard(result, { ...ctx, index })), this.els.resultsHeading);
  }
}
