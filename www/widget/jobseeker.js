// Jobseeker mode: the profile editor and the live ranked vacancies.
// The profile (the engine's Profile type) lives in `this.profile` only. Every change re-ranks
// in the worker (newest request wins); results replace the list without moving focus, and a
// debounced polite live region says what changed.
import { h, debounce, latestOnly, today, checkbox } from './dom.js';
import { combobox } from './combobox.js';
import { vacancyCard, replaceCards } from './results.js';
import {
  compactProfile, hasContent, readProfileFile, downloadProfile, storeProfile, loadStoredProfile, removeStoredProfile,
  ProfileFileError,
} from './profile-file.js';
import { termLabel } from './terms.js';
import { jobseekerInsight } from './insight.js';
import { inOrder } from './vocabularies.js';

const DISTANCES = [5, 10, 15, 20, 30, 50, 75];
const LANGUAGES = ['nl', 'en', 'de', 'pl'];
const POSTCODE = /^\s*[1-9][0-9]{3}(\s?[a-zA-Z]{2})?\s*$/;

const sameTerm = (a, b) => (a.id && b.id ? a.id === b.id : termLabel(a).toLocaleLowerCase() === termLabel(b).toLocaleLowerCase());

export class JobseekerView {
  /** ctx: { engine, t (getter), hl, id, limit, announce, emit, storageKey, ready (getter), vocabularies (getter) } */
  constructor(ctx) {
    this.ctx = ctx;
    this.profile = {};
    this.results = [];
    this.openWhy = new Set();
    this.openAbout = new Set();
    this.moreOpen = false;
    this.lastAnnounced = '';
    this.rankSoon = debounce(() => this.rankNow(), 250);
    this.rankRequests = 0;
    this.rank = latestOnly(
      (profile) => {
        const request = ++this.rankRequests;
        const onProgress = (p) => { if (request === this.rankRequests) this.showProgress(p); };
        return this.ctx.engine.rank(profile, { limit: this.ctx.limit, minScore: 1, today: today() }, onProgress);
      },
      (value) => this.showResults(value),
      (error) => this.showRankError(error),
    );
    // Insight (skills that open doors, what-if, occupations within reach) after each ranking,
    // over every loaded vacancy, in the same worker; the newest profile wins.
    this.insightState = null;
    this.insightRun = latestOnly(
      (profile) => this.ctx.engine.insight(profile, { today: today() }),
      (value) => this.showInsight(value),
      (error) => this.showInsight({ error }),
    );
    this.announceResults = debounce((text) => {
      if (text !== this.lastAnnounced) { this.lastAnnounced = text; this.ctx.announce(text); }
    }, 1200);
  }

  get t() { return this.ctx.t; }

  /** Loads the profile saved on this device, if any (only the person's own earlier click put it there). */
  async restore() {
    const stored = loadStoredProfile(this.ctx.storageKey);
    if (!stored) return;
    try {
      await this.ctx.engine.validateProfile(stored);
    } catch {
      return;
    }
    this.profile = stored;
    this.moreOpen = this.hasMore();
    this.ctx.rerender();
    this.message(this.t('storedLoaded'));
    this.changed(true);
  }

  // ---- building the UI ------------------------------------------------------------------

  render() {
    const { t, hl } = this.ctx;
    const id = this.ctx.id;
    this.els = {};
    this.fills = [];
    const profileSection = h('section', { class: 'wm-panel wm-profile', part: 'profile', 'aria-labelledby': `${id}-ph` },
      h(hl(0), { id: `${id}-ph`, class: 'wm-panel-title' }, t('profileHeading')),
      h('p', { class: 'wm-intro' }, t('profileIntro')),
      h('button', { type: 'button', class: 'wm-button wm-button-link wm-to-results', dataset: { key: 'to-results' },
        onclick: () => this.els.resultsHeading.focus() }, t('toResults')),
      h('form', { class: 'wm-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
        this.skillsGroup(), this.occupationGroup(), this.whereGroup(), this.moreGroup()),
      this.dataGroup());

    this.els.status = h('p', { class: 'wm-status', part: 'status' });
    this.els.empty = h('div', { class: 'wm-empty', part: 'empty', hidden: true });
    this.els.list = h('ol', { class: 'wm-list', part: 'results-list' });
    this.els.resultsHeading = h(hl(0), { id: `${id}-rh`, class: 'wm-panel-title', tabindex: '-1' }, t('resultsHeading'));
    const resultsSection = h('section', { class: 'wm-panel wm-results', part: 'results', 'aria-labelledby': `${id}-rh` },
      this.els.resultsHeading, this.els.status, this.els.empty, this.els.list);

    this.insight = jobseekerInsight({ t, hl, id, dataLang: this.ctx.dataLang });
    this.element = h('div', { class: 'wm-layout' }, profileSection, h('div', { class: 'wm-column' }, resultsSection, this.insight.element));
    this.renderChips();
    this.renderResults();
    this.insight.update(this.insightState);
    return this.element;
  }

  group(title, ...content) {
    return h('div', { class: 'wm-group' }, h(this.ctx.hl(1), { class: 'wm-group-title' }, title), content);
  }

  skillsGroup() {
    const { t } = this.ctx;
    const combo = combobox({
      id: `${this.ctx.id}-skill`, label: t('skillsLabel'), hint: t('skillsHint'), addLabel: t('add'), allowFree: true,
      source: (q) => this.suggestions(q, 'skill'),
      onPick: (pick) => this.addTerm('skills', pick),
    });
    this.els.skillChips = h('ul', { class: 'wm-chips', 'aria-label': t('skillsHeading') });
    this.els.skillNone = h('p', { class: 'wm-hint' }, t('skillsNone'));
    return this.group(t('skillsHeading'), combo.element, this.els.skillChips, this.els.skillNone);
  }

  occupationGroup() {
    const { t } = this.ctx;
    const combo = combobox({
      id: `${this.ctx.id}-occ`, label: t('occupationLabel'), hint: t('occupationHint'), addLabel: t('add'), allowFree: true,
      source: (q) => this.suggestions(q, 'occupation'),
      onPick: (pick) => this.addTerm('desiredOccupations', pick),
    });
    this.els.occChips = h('ul', { class: 'wm-chips', 'aria-label': t('occupationHeading') });
    this.els.occNone = h('p', { class: 'wm-hint' }, t('occupationNone'));
    this.els.pastLabel = h('p', { class: 'wm-label' }, t('pastJobsLabel'));
    this.els.pastChips = h('ul', { class: 'wm-chips', 'aria-label': t('pastJobsLabel') });
    return this.group(t('occupationHeading'), combo.element, this.els.occChips, this.els.occNone, this.els.pastLabel, this.els.pastChips);
  }

  async suggestions(query, kind) {
    const found = await this.ctx.engine.suggest(query, kind, 8);
    return found.map((s) => ({
      value: s.id, label: s.label, lang: this.ctx.dataLang, term: s,
      detail: s.matchedLabel ? `(${this.t('suggestionAlso', s.matchedLabel)})` : undefined,
    }));
  }

  whereGroup() {
    const { t } = this.ctx;
    const id = this.ctx.id;
    const p = this.profile;
    const postcodeError = h('p', { id: `${id}-pc-err`, class: 'wm-error', hidden: true }, t('postcodeError'));
    const postcode = h('input', {
      id: `${id}-pc`, type: 'text', class: 'wm-input wm-input-short', autocomplete: 'postal-code', inputmode: 'text',
      maxlength: '7', value: p.location?.postcode ?? '', 'aria-describedby': `${id}-pc-hint`, dataset: { key: 'postcode' }, part: 'input',
    });
    postcode.addEventListener('input', () => {
      const value = postcode.value.trim();
      const valid = value === '' || POSTCODE.test(value);
      // Complain only once it cannot be the start of a postcode any more (not while typing "503").
      const wrong = !valid && !/^[1-9][0-9]{0,3}(\s?[a-zA-Z]?)?$/.test(value);
      postcode.setAttribute('aria-invalid', String(wrong));
      postcode.setAttribute('aria-describedby', wrong ? `${id}-pc-hint ${id}-pc-err` : `${id}-pc-hint`);
      postcodeError.hidden = !wrong;
      if (!valid) return;
      const { postcode: _old, ...rest } = this.profile.location ?? {};
      this.profile.location = value ? { ...rest, postcode: value.toUpperCase() } : rest;
      this.changed();
    });

    const distance = h('select', { id: `${id}-dist`, class: 'wm-select', 'aria-describedby': `${id}-dist-hint`, dataset: { key: 'distance' }, part: 'select' },
      h('option', { value: '' }, t('distanceAny')),
      DISTANCES.map((km) => h('option', { value: String(km) }, t('distanceKm', km))));
    distance.value = p.maxDistanceKm !== undefined && DISTANCES.includes(p.maxDistanceKm) ? String(p.maxDistanceKm) : '';
    if (p.maxDistanceKm !== undefined && !DISTANCES.includes(p.maxDistanceKm)) {
      distance.append(h('option', { value: String(p.maxDistanceKm) }, t('distanceKm', p.maxDistanceKm)));
      distance.value = String(p.maxDistanceKm);
    }
    distance.addEventListener('change', () => {
      this.profile.maxDistanceKm = distance.value ? Number(distance.value) : undefined;
      this.changed(true);
    });

    const hoursError = h('p', { id: `${id}-hours-err`, class: 'wm-error', hidden: true });
    const hourInput = (which) => {
      const input = h('input', {
        id: `${id}-h${which}`, type: 'number', class: 'wm-input wm-input-hours', inputmode: 'numeric', min: '0', max: '168', step: '1',
        value: p.hours?.[which] ?? '', dataset: { key: `hours-${which}` }, part: 'input',
      });
      input.addEventListener('input', () => this.hoursChanged(hoursError));
      return input;
    };
    this.els.hoursMin = hourInput('min');
    this.els.hoursMax = hourInput('max');

    return this.group(t('whereHeading'),
      h('div', { class: 'wm-field' },
        h('label', { for: `${id}-pc`, class: 'wm-label' }, t('postcodeLabel')),
        h('p', { id: `${id}-pc-hint`, class: 'wm-hint' }, t('postcodeHint')),
        postcode, postcodeError),
      h('div', { class: 'wm-field' },
        h('label', { for: `${id}-dist`, class: 'wm-label' }, t('distanceLabel')),
        h('p', { id: `${id}-dist-hint`, class: 'wm-hint' }, t('distanceHint')),
        distance),
      h('fieldset', { class: 'wm-fieldset' },
        h('legend', { class: 'wm-label' }, t('hoursLegend')),
        h('div', { class: 'wm-inline' },
          h('div', { class: 'wm-field-inline' }, h('label', { for: `${id}-hmin` }, t('hoursMin')), this.els.hoursMin, h('span', { 'aria-hidden': 'true' }, t('hoursUnit'))),
          h('div', { class: 'wm-field-inline' }, h('label', { for: `${id}-hmax` }, t('hoursMax')), this.els.hoursMax, h('span', { 'aria-hidden': 'true' }, t('hoursUnit')))),
        hoursError));
  }

  hoursChanged(errorEl) {
    const { t } = this.ctx;
    const read = (input) => (input.value.trim() === '' ? undefined : Number(input.value));
    const min = read(this.els.hoursMin);
    const max = read(this.els.hoursMax);
    const bad = [min, max].some((v) => v !== undefined && (!Number.isFinite(v) || v < 0 || v > 168));
    const order = !bad && min !== undefined && max !== undefined && min > max;
    errorEl.textContent = bad ? t('hoursError') : order ? t('hoursOrder') : '';
    errorEl.hidden = !bad && !order;
    for (const input of [this.els.hoursMin, this.els.hoursMax]) {
      input.setAttribute('aria-invalid', String(bad || order));
      if (bad || order) input.setAttribute('aria-describedby', errorEl.id); else input.removeAttribute('aria-describedby');
    }
    if (bad || order) return;
    this.profile.hours = min === undefined && max === undefined ? undefined : { min, max };
    this.changed();
  }

  hasMore() {
    const p = this.profile;
    return p.educationLevel !== undefined || p.drivingLicences !== undefined || p.languages?.length > 0
      || p.avoidConditions?.length > 0 || p.banenafspraak === true;
  }

  moreGroup() {
    const { t } = this.ctx;
    const id = this.ctx.id;
    const p = this.profile;

    const education = h('select', { id: `${id}-edu`, class: 'wm-select', dataset: { key: 'education' }, part: 'select' },
      h('option', { value: '' }, t('educationNone')),
      [1, 2, 3, 4, 5, 6, 7, 8].map((level) => h('option', { value: String(level) }, t(`education.${level}`))));
    education.value = p.educationLevel ? String(p.educationLevel) : '';
    education.addEventListener('change', () => {
      this.profile.educationLevel = education.value ? Number(education.value) : undefined;
      this.changed(true);
    });

    const licenceQuestion = h('select', { id: `${id}-lic`, class: 'wm-select', dataset: { key: 'licence-question' }, part: 'select' },
      h('option', { value: '' }, t('licenceUnknown')),
      h('option', { value: 'no' }, t('licenceNo')),
      h('option', { value: 'yes' }, t('licenceYes')));
    licenceQuestion.value = p.drivingLicences === undefined ? '' : p.drivingLicences.length ? 'yes' : 'no';
    // The licences, levels and conditions are the engine's own lists (they arrive with it).
    const licencesLegend = h('legend', { class: 'wm-label' }, t('licencesLegend'));
    const licenceBoxes = h('fieldset', { class: 'wm-fieldset wm-checks', hidden: licenceQuestion.value !== 'yes' }, licencesLegend);
    this.fillLater(({ drivingLicences: all }) => {
      const held = new Set(this.profile.drivingLicences ?? []);
      licenceBoxes.replaceChildren(licencesLegend, all.map((code) => this.checkbox(`${id}-lic-${code}`, t(`licences.${code}`), held.has(code), (on) => {
        const set = new Set(this.profile.drivingLicences ?? []);
        if (on) set.add(code); else set.delete(code);
        this.profile.drivingLicences = inOrder(all, set);
        this.changed(true);
      }, code)));
    });
    licenceQuestion.addEventListener('change', () => {
      licenceBoxes.hidden = licenceQuestion.value !== 'yes';
      if (licenceQuestion.value === '') this.profile.drivingLicences = undefined;
      else if (licenceQuestion.value === 'no') this.profile.drivingLicences = [];
      else this.profile.drivingLicences = [...licenceBoxes.querySelectorAll('input:checked')].map((box) => box.value);
      this.changed(true);
    });

    const languages = [...new Set([...LANGUAGES, ...(p.languages ?? []).map((l) => l.language)])];
    const languageFields = h('fieldset', { class: 'wm-fieldset' },
      h('legend', { class: 'wm-label' }, t('languagesLegend')),
      h('div', { class: 'wm-grid-2' }, languages.map((code) => {
        const select = h('select', { id: `${id}-lang-${code}`, class: 'wm-select', dataset: { key: `lang-${code}` }, part: 'select' });
        this.fillLater(({ cefrLevels }) => {
          select.replaceChildren(h('option', { value: '' }, t('levelNone')), cefrLevels.map((level) => h('option', { value: level }, t(`levels.${level}`))));
          select.value = this.profile.languages?.find((l) => l.language === code)?.level ?? '';
        });
        select.addEventListener('change', () => {
          const rest = (this.profile.languages ?? []).filter((l) => l.language !== code);
          this.profile.languages = select.value ? [...rest, { language: code, level: select.value }] : rest;
          if (!this.profile.languages.length) this.profile.languages = undefined;
          this.changed(true);
        });
        return h('div', { class: 'wm-field' }, h('label', { for: select.id, class: 'wm-label-small' }, t.languageName(code)), select);
      })));

    const conditionsLegend = h('legend', { class: 'wm-label' }, t('conditionsLegend'));
    const conditionsHint = h('p', { id: `${id}-cond-hint`, class: 'wm-hint' }, t('conditionsHint'));
    const conditions = h('fieldset', { class: 'wm-fieldset wm-checks', 'aria-describedby': `${id}-cond-hint` }, conditionsLegend, conditionsHint);
    this.fillLater(({ workConditions: all }) => {
      const avoid = new Set(this.profile.avoidConditions ?? []);
      conditions.replaceChildren(conditionsLegend, conditionsHint, all.map((c) => this.checkbox(`${id}-cond-${c}`, t(`conditions.${c}`), avoid.has(c), (on) => {
        const set = new Set(this.profile.avoidConditions ?? []);
        if (on) set.add(c); else set.delete(c);
        this.profile.avoidConditions = inOrder(all, set);
        if (!this.profile.avoidConditions.length) this.profile.avoidConditions = undefined;
        this.changed(true);
      }, c)));
    });

    const banen = this.checkbox(`${id}-banen`, t('banenafspraakLabel'), p.banenafspraak === true, (on) => {
      this.profile.banenafspraak = on || undefined;
      this.changed(true);
    }, 'banenafspraak', `${id}-banen-hint`);

    const details = h('details', { class: 'wm-more', part: 'more' },
      h('summary', { dataset: { key: 'more' } }, t('moreHeading')),
      h('div', { class: 'wm-details-body' },
        h('p', { class: 'wm-hint' }, t('moreHint')),
        h('div', { class: 'wm-field' }, h('label', { for: education.id, class: 'wm-label' }, t('educationLabel')), education),
        h('div', { class: 'wm-field' }, h('label', { for: licenceQuestion.id, class: 'wm-label' }, t('licenceQuestion')), licenceQuestion, licenceBoxes),
        languageFields,
        conditions,
        h('div', { class: 'wm-field' }, banen, h('p', { id: `${id}-banen-hint`, class: 'wm-hint wm-check-hint' }, t('banenafspraakHint')))));
    details.open = this.moreOpen;
    details.addEventListener('toggle', () => { this.moreOpen = details.open; });
    return details;
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

  checkbox(id, label, checked, onChange, value, describedBy) {
    return checkbox({ id, label, checked, onChange, value, describedBy });
  }

  dataGroup() {
    const { t } = this.ctx;
    this.els.message = h('p', { class: 'wm-message', role: 'status' });
    this.els.error = h('div', { class: 'wm-alert', role: 'alert' });
    const file = h('input', { type: 'file', accept: 'application/json,.json', class: 'wm-visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
    file.addEventListener('change', () => {
      const [chosen] = file.files;
      file.value = '';
      if (chosen) this.importFile(chosen);
    });
    const button = (key, text, onclick, extra = '') => h('button', { type: 'button', class: `wm-button ${extra}`, part: 'button', dataset: { key }, onclick }, text);
    return h('div', { class: 'wm-group wm-data', part: 'data' },
      h(this.ctx.hl(1), { class: 'wm-group-title' }, t('dataHeading')),
      h('p', { class: 'wm-privacy' }, t('privacyNote')),
      h('div', { class: 'wm-actions' },
        button('save', t('save'), () => this.save(), 'wm-button-primary'),
        button('export', t('export'), () => this.exportProfile(), 'wm-button-secondary'),
        button('import', t('import'), () => file.click(), 'wm-button-secondary'),
        button('clear', t('clear'), () => this.clear(), 'wm-button-danger')),
      file, this.els.message, this.els.error);
  }

  // ---- chips ------------------------------------------------------------------------------

  renderChips() {
    const { t } = this.ctx;
    const chips = (list, field, container, none) => {
      const terms = this.profile[field] ?? [];
      container.replaceChildren(...terms.map((term, index) => {
        const text = termLabel(term);
        return h('li', { class: 'wm-chip', part: 'chip' },
          h('span', { class: 'wm-chip-label', lang: this.ctx.dataLang }, text),
          h('button', {
            type: 'button', class: 'wm-chip-remove', 'aria-label': t('remove', text), dataset: { key: `${field}-x-${index}` },
            onclick: () => this.removeTerm(field, index),
          }, h('span', { 'aria-hidden': 'true' }, '×')));
      }));
      container.hidden = terms.length === 0;
      if (none) none.hidden = terms.length > 0;
    };
    chips(this.profile.skills, 'skills', this.els.skillChips, this.els.skillNone);
    chips(this.profile.desiredOccupations, 'desiredOccupations', this.els.occChips, this.els.occNone);
    chips(this.profile.pastJobTitles, 'pastJobTitles', this.els.pastChips, null);
    this.els.pastLabel.hidden = this.els.pastChips.hidden;
  }

  addTerm(field, pick) {
    const term = pick.option ? { id: pick.option.term.id, label: pick.option.term.label } : pick.text;
    const list = this.profile[field] ?? [];
    if (!list.some((existing) => sameTerm(typeof existing === 'string' ? { label: existing } : existing, typeof term === 'string' ? { label: term } : term))) {
      this.profile[field] = [...list, term];
      this.renderChips();
      this.changed(true);
    }
    this.ctx.announce(this.t('added', termLabel(term)));
  }

  removeTerm(field, index) {
    const list = [...(this.profile[field] ?? [])];
    const [removed] = list.splice(index, 1);
    this.profile[field] = list.length ? list : undefined;
    const container = { skills: this.els.skillChips, desiredOccupations: this.els.occChips, pastJobTitles: this.els.pastChips }[field];
    this.renderChips();
    // Focus goes to the next chip's button, else the previous one, else the field's text input.
    const buttons = container.querySelectorAll('button');
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? container.closest('.wm-group').querySelector('input'))?.focus();
    this.ctx.announce(this.t('removed', termLabel(removed)));
    this.changed(true);
  }

  // ---- ranking ----------------------------------------------------------------------------

  changed(immediate = false) {
    this.ctx.profileChanged?.();
    if (!this.ctx.ready) return;
    if (immediate) { this.rankSoon.cancel(); this.rankNow(); } else this.rankSoon();
  }

  rankNow() {
    const profile = compactProfile(this.profile);
    if (!hasContent(profile)) {
      this.rank.invalidate();
      this.insightRun.invalidate();
      this.showInsight(null);
      this.results = null;
      this.renderResults();
      this.ctx.emit('results', { mode: 'jobseeker', count: 0, ids: [], scores: [] });
      return;
    }
    this.rank(profile);
  }

  /** Called by the widget once the engine is ready. */
  start() {
    this.rankNow();
  }

  /**
   * While a shard set loads the vacancies near the person: "3 of 7 parts", and the best
   * results so far when the engine sends them.
   */
  showProgress(progress) {
    if (progress.stage !== 'shards') return;
    this.shardProgress = { done: progress.done, total: progress.total, partial: Boolean(progress.partial) || this.shardProgress?.partial };
    if (progress.partial) {
      this.results = progress.partial.results;
      this.size = progress.partial.size;
      this.coverage = progress.partial.coverage;
      this.rankError = null;
      this.renderResults();
    } else if (this.els?.status) {
      this.els.status.textContent = this.loadingStatus();
    }
  }

  loadingStatus() {
    const { done, total, partial } = this.shardProgress;
    return [this.t('shardsLoading', done, total), partial ? this.t('shardsSoFar') : ''].filter(Boolean).join('. ');
  }

  showResults(value) {
    this.results = value.results;
    this.size = value.size;
    this.coverage = value.coverage;
    this.shardProgress = null;
    this.rankError = null;
    this.renderResults();
    const ids = value.results.map((r) => r.id);
    const scores = value.results.map((r) => r.score);
    this.ctx.emit('results', { mode: 'jobseeker', count: ids.length, ids, scores });
    this.showInsight({ busy: true });
    this.insightRun(compactProfile(this.profile));
    const first = value.results[0];
    this.announceResults(first ? this.t('announceResults', ids.length, first.vacancy?.title ?? first.id, first.score) : this.t('noResults'));
  }

  showInsight(state) {
    this.insightState = state;
    this.insight?.update(state);
  }

  showRankError(error) {
    this.rankError = error;
    this.shardProgress = null;
    this.renderResults();
    this.ctx.emit('error', { kind: 'rank', message: error.message, field: error.field });
  }

  renderResults() {
    if (!this.els?.list) return;
    const { t } = this.ctx;
    const { status, empty, list } = this.els;
    empty.hidden = true;
    if (this.rankError) {
      status.replaceChildren(t('rankError'), ' ', h('span', { lang: 'en' }, this.rankError.message));
      replaceCards(list, [], this.els.resultsHeading);
      return;
    }
    if (!this.ctx.ready) { status.textContent = ''; return; }
    if (!this.results) {
      status.textContent = t('statusStart');
      replaceCards(list, [], this.els.resultsHeading);
      return;
    }
    const n = this.results.length;
    if (n === 0) {
      status.textContent = '';
      const p = this.profile;
      const tips = [
        p.maxDistanceKm !== undefined ? t('tipDistance') : null,
        p.hours ? t('tipHours') : null,
        p.avoidConditions?.length ? t('tipConditions') : null,
        t('tipSkills'),
      ].filter(Boolean);
      empty.replaceChildren(h('p', { class: 'wm-empty-title' }, t('noResults')), h('ul', {}, tips.map((tip) => h('li', {}, tip))));
      empty.hidden = false;
    } else {
      status.textContent = n < this.ctx.limit ? t('statusCount', n, this.size) : t('statusTop', n, this.size);
    }
    if (this.shardProgress) {
      status.textContent = this.loadingStatus();
    } else if (this.coverage) {
      // A shard set: say which part of the country was searched.
      const reach = this.coverage.reachKm === null ? t('shardsNeedPlace') : t('shardsReach', this.coverage.reachKm);
      const full = this.coverage.memoryFull ? t('shardsMemoryFull') : '';
      status.textContent = [status.textContent, reach, full].filter(Boolean).join(' ');
    }
    const ctx = {
      t, hl: this.ctx.hl, profile: compactProfile(this.profile), openWhy: this.openWhy, openAbout: this.openAbout,
      prefix: this.ctx.id, dataLang: this.ctx.dataLang,
    };
    replaceCards(list, this.results.map((result, index) => vacancyCard(result, { ...ctx, index })), this.els.resultsHeading);
  }

  // ---- your data --------------------------------------------------------------------------

  message(text) {
    this.els.error.replaceChildren();
    this.els.message.textContent = text;
  }

  save() {
    const ok = storeProfile(this.ctx.storageKey, this.profile);
    this.message(this.t(ok ? 'saved' : 'saveFailed'));
  }

  clear() {
    this.profile = {};
    removeStoredProfile(this.ctx.storageKey);
    this.openWhy.clear();
    this.openAbout.clear();
    this.results = null;
    this.insightRun.invalidate();
    this.insightState = null;
    this.moreOpen = false;
    const focusKey = this.ctx.root.activeElement?.dataset?.key;
    this.ctx.rerender(focusKey);
    this.message(this.t('cleared'));
    this.changed(true);
  }

  exportProfile() {
    downloadProfile(this.profile, this.ctx.root);
    this.message(this.t('exported'));
  }

  async importFile(file) {
    const { t } = this.ctx;
    try {
      const profile = await readProfileFile(file);
      await this.ctx.engine.validateProfile(profile);
      await this.setProfile(profile, t('imported'));
    } catch (error) {
      this.showImportError(error);
    }
  }

  showImportError(error) {
    const { t } = this.ctx;
    const reason = error instanceof ProfileFileError ? t(`reason.${error.reason}`, ...error.args) : t('reason.field', error.field || '?');
    const detail = error instanceof ProfileFileError ? null : error.message;
    this.els.message.textContent = '';
    this.els.error.replaceChildren(h('p', {}, t('importError', reason)), detail ? h('p', { class: 'wm-small', lang: 'en' }, detail) : null);
    this.ctx.emit('error', { kind: 'import', message: detail ?? error.reason });
  }

  /** Replaces the profile (already validated), keeping focus where it was. */
  async setProfile(profile, message) {
    this.profile = structuredClone(profile);
    this.openWhy.clear();
    this.openAbout.clear();
    this.moreOpen = this.moreOpen || this.hasMore();
    const focusKey = this.ctx.root.activeElement?.dataset?.key;
    this.ctx.rerender(focusKey);
    if (message) this.message(message);
    this.changed(true);
  }
}
