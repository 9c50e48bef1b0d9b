// <werkmatch-widget>: vacancies ranked against a jobseeker's profile (mode="jobseeker"), or
// anonymous candidates ranked for a vacancy (mode="employer"), entirely in the browser.
//
//   <script type="module" src="/werkmatch/werkmatch-widget.js"></script>
//   <werkmatch-widget feed="/vacatures.json" taxonomy="/taxonomie.json" geo="/pc4.json"></werkmatch-widget>
//
// Attributes: feed (URL of the vacancies: werkmatch JSON, a JobPosting feed, a .wmx index or a
// shard set's shards.json, told apart by the core), taxonomy, geo (optional URLs), mode
// ("jobseeker" | "employer"), lang ("nl" | "en"; default: the nearest lang attribute, else nl),
// limit (results, default 20), pkg (folder of werkmatch.js and werkmatch_bg.wasm; default:
// "pkg/" next to this script), feed-lang (language of the vacancy texts, default nl),
// storage-key (localStorage key of "Bewaar op dit apparaat"), heading-level (default 2).
// Events (bubbling, composed): werkmatch:ready {size}, werkmatch:results {mode, count, ids, scores},
// werkmatch:error {kind, message}, werkmatch:langchange {lang}. Methods: setProfile(profile),
// clearProfile(), addCandidates(profiles), and the read-only `profile`. Types: werkmatch-widget.d.ts.
//
// Everything runs in a module Worker (one per page, one WASM instance); the UI lives in an open
// shadow root styled by widget/widget.css (no inline styles, so a strict CSP works) with
// `part`s and `--wm-*` custom properties for the host page.
import { h, uid } from './widget/dom.js';
import { translator, normaliseLang } from './widget/i18n.js';
import { engineFor } from './widget/engine-client.js';
import { JobseekerView } from './widget/jobseeker.js';
import { EmployerView } from './widget/employer.js';
import { DEFAULT_STORAGE_KEY, compactProfile } from './widget/profile-file.js';
import { NO_VOCABULARIES } from './widget/vocabularies.js';

const BASE = new URL('.', import.meta.url);
const CSS_URL = new URL('widget/widget.css', BASE).href;
const DEFAULT_PKG = new URL('pkg/', BASE).href;

const absolute = (value) => (value ? new URL(value, document.baseURI).href : undefined);

export class WerkmatchWidget extends HTMLElement {
  static observedAttributes = ['feed', 'taxonomy', 'geo', 'mode', 'lang', 'limit', 'pkg', 'heading-level', 'memory-limit-mb'];

  #id = uid('wm');
  #langOverride = null;
  #view = null;
  #engine = null;
  #ready = false;
  #started = false;
  #els = {};
  #loadToken = 0;
  #pendingCandidates = [];
  #vocabularies = NO_VOCABULARIES;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  // ---- configuration ----------------------------------------------------------------------

  get mode() { return this.getAttribute('mode') === 'employer' ? 'employer' : 'jobseeker'; }

  /** The widget's language: the user's choice, else `lang` here or on the nearest ancestor, else nl. */
  get language() { return this.#langOverride ?? normaliseLang(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang')); }

  get limit() {
    const n = Number.parseInt(this.getAttribute('limit') ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 20;
  }

  get #sources() {
    return {
      pkg: absolute(this.getAttribute('pkg')) ?? DEFAULT_PKG,
      feed: absolute(this.getAttribute('feed')),
      taxonomy: absolute(this.getAttribute('taxonomy')),
      geo: absolute(this.getAttribute('geo')),
      memoryLimitMb: this.#memoryLimitMb(),
    };
  }

  /** `memory-limit-mb`: the most memory the engine may grow to (limits.maxMemoryBytes), or null. */
  #memoryLimitMb() {
    const n = Number.parseInt(this.getAttribute('memory-limit-mb') ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 4096) : null;
  }

  #headingLevel() {
    const n = Number.parseInt(this.getAttribute('heading-level') ?? '', 10);
    return n >= 1 && n <= 5 ? n : 2;
  }

  // ---- lifecycle --------------------------------------------------------------------------

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    this.#build();
    this.#load();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#started || oldValue === newValue) return;
    if (name === 'lang') { this.#langOverride = null; this.#rerender(); this.#emitLang(); }
    else if (name === 'mode') { this.#createView(); this.#rerender(); if (this.#ready) this.#view.start(); }
    else if (name === 'limit') { this.#view.ctx.limit = this.limit; if (this.#ready) this.#view.start(); }
    else if (name === 'heading-level') this.#rerender();
    else this.#load();
  }

  #build() {
    const root = this.shadowRoot;
    const link = h('link', { rel: 'stylesheet', href: CSS_URL });
    this.#els.announcer = h('div', { class: 'wm-visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.#els.langButton = h('button', { type: 'button', class: 'wm-button wm-button-secondary wm-lang', part: 'button lang-switch',
      dataset: { key: 'lang' }, onclick: () => this.#toggleLang() });
    this.#els.progressText = h('p', { id: `${this.#id}-progress`, class: 'wm-progress-text' });
    this.#els.progress = h('progress', { max: '100', 'aria-labelledby': `${this.#id}-progress` });
    this.#els.loading = h('div', { class: 'wm-loading', part: 'loading' }, this.#els.progressText, this.#els.progress);
    this.#els.error = h('div', { class: 'wm-alert wm-load-error', role: 'alert', part: 'error' });
    this.#els.body = h('div', { class: 'wm-body' });
    this.#els.root = h('div', { class: 'wm', part: 'root', hidden: true },
      h('div', { class: 'wm-topbar', part: 'toolbar' }, this.#els.langButton),
      this.#els.loading, this.#els.error, this.#els.body, this.#els.announcer);
    // Shown once the stylesheet is in (or failed), so the page never flashes unstyled controls.
    const show = () => { this.#els.root.hidden = false; };
    link.addEventListener('load', show);
    link.addEventListener('error', show);
    root.replaceChildren(link, this.#els.root);
    this.#createView();
    this.#rerender();
  }

  #createView() {
    const widget = this;
    const ctx = {
      id: this.#id,
      get engine() { return widget.#engine; },
      get t() { return translator(widget.language); },
      get ready() { return widget.#ready; },
      // The engine's closed lists (licences, conditions, levels, contract types), once loaded.
      get vocabularies() { return widget.#vocabularies; },
      // Language of the feed's text (titles, skills, descriptions), marked with lang="…" when
      // it differs from the widget's language.
      get dataLang() {
        const feedLang = widget.getAttribute('feed-lang') || 'nl';
        return normaliseLang(feedLang) === translator(widget.language).lang ? undefined : feedLang;
      },
      hl: (n) => `h${Math.min(6, this.#headingLevel() + n)}`,
      limit: this.limit,
      root: this.shadowRoot,
      storageKey: this.getAttribute('storage-key') || DEFAULT_STORAGE_KEY,
      announce: (text) => this.#announce(text),
      emit: (name, detail) => this.#emit(name, detail),
      rerender: (focusKey) => this.#rerender(focusKey),
    };
    this.#view = this.mode === 'employer' ? new EmployerView(ctx) : new JobseekerView(ctx);
  }

  /** Rebuilds the UI in the current language from the view's state; focus returns to `focusKey`. */
  #rerender(focusKey = this.shadowRoot.activeElement?.dataset?.key) {
    const t = translator(this.language);
    this.#els.root.setAttribute('lang', t.lang);
    this.#els.root.setAttribute('aria-label', t(this.mode === 'employer' ? 'widgetLabelEmployer' : 'widgetLabelJobseeker'));
    this.#els.root.setAttribute('role', 'region');
    const other = t.lang === 'en' ? 'nl' : 'en';
    this.#els.langButton.replaceChildren(h('span', { lang: other }, t('switchTo')));
    this.#els.langButton.setAttribute('aria-describedby', `${this.#id}-lang-hint`);
    this.#els.langHint?.remove();
    this.#els.langHint = h('span', { id: `${this.#id}-lang-hint`, class: 'wm-visually-hidden', lang: other }, t('switchToHint'));
    this.#els.langButton.after(this.#els.langHint);
    this.#els.body.replaceChildren(this.#view.render());
    this.#renderLoading();
    if (focusKey) {
      const target = [...this.shadowRoot.querySelectorAll('[data-key]')].find((el) => el.dataset.key === focusKey && !el.closest('[hidden]'));
      target?.focus({ preventScroll: true });
    }
  }

  #toggleLang() {
    this.#langOverride = this.language === 'en' ? 'nl' : 'en';
    this.#rerender('lang');
    this.#emitLang();
  }

  #emitLang() { this.#emit('langchange', { lang: this.language }); }

  // ---- engine -----------------------------------------------------------------------------

  async #load() {
    const token = ++this.#loadToken;
    const sources = this.#sources;
    this.#ready = false;
    this.#loadState = { stage: 'engine', pct: null, error: null };
    this.#renderLoading();
    if (!sources.feed) {
      this.#loadState = { error: { message: translator(this.language)('noFeed'), kind: 'config' } };
      this.#renderLoading();
      this.#emit('error', { kind: 'config', message: 'no feed attribute' });
      return;
    }
    const engine = engineFor(sources);
    try {
      const { size, vocabularies } = await engine.load((progress) => {
        if (token !== this.#loadToken) return;
        this.#loadState = { ...progress, error: null };
        this.#renderLoading();
      });
      if (token !== this.#loadToken) return;
      this.#engine = engine;
      this.#ready = true;
      if (vocabularies && this.#vocabularies === NO_VOCABULARIES) {
        this.#vocabularies = vocabularies;
        this.#view.vocabulariesChanged();
      }
      this.#loadState = null;
      this.#renderLoading();
      this.#emit('ready', { size });
      if (this.mode === 'jobseeker') await this.#view.restore?.();
      if (this.#pendingCandidates.length && this.mode === 'employer') {
        const pending = this.#pendingCandidates.splice(0);
        for (const { profiles, resolve } of pending) resolve(await this.#view.addProfiles(profiles));
      }
      this.#view.renderResults();
      this.#view.start();
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#loadState = { error };
      this.#renderLoading();
      this.#emit('error', { kind: error.kind ?? 'load', message: error.message });
    }
  }

  #loadState = { stage: 'engine', pct: null, error: null };

  #renderLoading() {
    const t = translator(this.language);
    const state = this.#loadState;
    const { loading, progress, progressText, error } = this.#els;
    loading.hidden = !state || Boolean(state.error);
    error.hidden = !state?.error;
    if (!state) return;
    if (state.error) {
      // A set too large for the memory the page allows (limits.maxMemoryBytes) is not a fault to retry later.
      const tooLarge = /limits\.maxMemoryBytes/.test(state.error.message ?? '');
      error.replaceChildren(h('p', {}, t(tooLarge ? 'loadErrorMemory' : 'loadError')),
        h('details', {}, h('summary', {}, t('loadErrorDetail')), h('p', { lang: 'en' }, state.error.message)));
      return;
    }
    const text = state.stage === 'feed' ? t('loadingFeed', state.pct ?? null) : state.stage === 'prepare' ? t('loadingPrepare') : t('loadingEngine');
    progressText.textContent = text;
    if (state.stage === 'feed' && state.pct !== null && state.pct !== undefined) progress.value = state.pct;
    else progress.removeAttribute('value');
  }

  // ---- announcements and events -----------------------------------------------------------

  #announce(text) {
    // Cleared first so the same sentence twice is announced twice.
    const region = this.#els.announcer;
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`werkmatch:${name}`, { detail, bubbles: true, composed: true }));
  }

  // ---- public API -------------------------------------------------------------------------

  /** A copy of the current profile (jobseeker mode). */
  get profile() {
    return this.#view instanceof JobseekerView ? compactProfile(structuredClone(this.#view.profile)) : undefined;
  }

  /** Replaces the jobseeker's profile (e.g. an example on a demo page). Rejects a bad profile. */
  async setProfile(profile) {
    if (!(this.#view instanceof JobseekerView)) throw new Error('setProfile needs mode="jobseeker"');
    await this.whenReady();
    await this.#engine.validateProfile(profile);
    await this.#view.setProfile(profile);
  }

  /** Removes the profile from memory and from this device. */
  clearProfile() {
    if (this.#view instanceof JobseekerView) this.#view.clear();
  }

  /** Adds anonymous candidate profiles (employer mode); resolves to how many were added. */
  addCandidates(profiles) {
    if (!(this.#view instanceof EmployerView)) return Promise.reject(new Error('addCandidates needs mode="employer"'));
    if (this.#ready) return this.#view.addProfiles(profiles);
    return new Promise((resolve) => this.#pendingCandidates.push({ profiles, resolve }));
  }

  /** Resolves when the engine has loaded the feed. */
  whenReady() {
    if (this.#ready) return Promise.resolve();
    return new Promise((resolve) => this.addEventListener('werkmatch:ready', () => resolve(), { once: true }));
  }
}

if (!customElements.get('werkmatch-widget')) customElements.define('werkmatch-widget', WerkmatchWidget);
