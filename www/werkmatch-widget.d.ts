// Types for the custom element <werkmatch-widget> (werkmatch-widget.js): its attributes, events,
// methods and properties. The engine's own types (Profile, Vacancy, …) are in pkg/werkmatch.d.ts,
// next to this file in the npm package. Importing werkmatch-widget.js defines the element.
import type { Profile } from './pkg/werkmatch.js';

/** What the widget does: rank vacancies for a jobseeker, or candidates for an employer's vacancy. */
export type WerkmatchMode = 'jobseeker' | 'employer';

/** The widget's languages: Dutch (B1) and English. */
export type WerkmatchLang = 'nl' | 'en';

/**
 * The element's attributes (all strings in HTML). Changing `feed`, `taxonomy`, `geo`, `pkg` or
 * `memory-limit-mb` reloads; `lang`, `mode`, `limit` and `heading-level` apply at once.
 */
export interface WerkmatchWidgetAttributes {
  /** URL of the vacancies: a JSON list of vacancies (or `{ "vacancies": [...] }`), a schema.org JobPosting feed, a prebuilt index (`.wmx`) or a shard set's `shards.json`. Required. */
  feed: string;
  /** URL of the taxonomy (`Concept[]` or `{ "concepts": [...] }`): autocomplete and better matching. */
  taxonomy?: string;
  /** URL of the postcode table (`{ pc4, lat, lon, place? }[]`): distances. */
  geo?: string;
  /** `jobseeker` (default) or `employer`. */
  mode?: WerkmatchMode;
  /** `nl` or `en`; default: the nearest `lang` attribute up the page, else `nl`. */
  lang?: WerkmatchLang;
  /** Number of results shown, 1–1000; default 20. */
  limit?: `${number}`;
  /** Folder with `werkmatch.js` and `werkmatch_bg.wasm`; default `pkg/` next to werkmatch-widget.js. */
  pkg?: string;
  /** Language of the vacancy texts, for `lang` marking when the widget shows English; default `nl`. */
  'feed-lang'?: string;
  /** Level of the widget's top headings, 1–5; default 2. */
  'heading-level'?: `${number}`;
  /** Most memory the engine may grow to, in MB (limits.maxMemoryBytes); default 1024. */
  'memory-limit-mb'?: `${number}`;
  /** localStorage key used by "Bewaar op dit apparaat"; default `werkmatch-profile`. */
  'storage-key'?: string;
}

/** `werkmatch:ready`: the feed is loaded. */
export interface WerkmatchReadyDetail {
  /** Number of vacancies loaded. */
  size: number;
}

/** `werkmatch:results`: the ranking changed. Ids and scores only, never the profile. */
export interface WerkmatchResultsDetail {
  /** The mode that ranked. */
  mode: WerkmatchMode;
  /** Number of results shown. */
  count: number;
  /** Vacancy ids (jobseeker mode) or `kandidaat-N` ids (employer mode), best first. */
  ids: string[];
  /** Score 0–100 of each, in the same order. */
  scores: number[];
}

/** Where something went wrong. */
export type WerkmatchErrorKind = 'feed' | 'taxonomy' | 'geo' | 'engine' | 'config' | 'rank' | 'import' | 'vacancy' | 'load';

/** `werkmatch:error`: loading, ranking or an import failed. */
export interface WerkmatchErrorDetail {
  /** What failed: loading the `feed`, `taxonomy` or `geo`; the `engine`; the element's `config`; a `rank`ing; a profile file `import`; the employer's `vacancy`. */
  kind: WerkmatchErrorKind;
  /** The engine's message (English), naming the record and field of bad input. */
  message: string;
  /** The field of bad input, when known (e.g. `hours.min`). */
  field?: string;
}

/** `werkmatch:langchange`: the widget's language changed (attribute or the visitor's switch). */
export interface WerkmatchLangChangeDetail {
  /** The new language. */
  lang: WerkmatchLang;
}

/** The widget's events; all bubble and are composed (they cross shadow boundaries). */
export interface WerkmatchWidgetEventMap {
  'werkmatch:ready': CustomEvent<WerkmatchReadyDetail>;
  'werkmatch:results': CustomEvent<WerkmatchResultsDetail>;
  'werkmatch:error': CustomEvent<WerkmatchErrorDetail>;
  'werkmatch:langchange': CustomEvent<WerkmatchLangChangeDetail>;
}

/** The `<werkmatch-widget>` element. */
export declare class WerkmatchWidget extends HTMLElement {
  /** The attributes whose changes the element follows. */
  static readonly observedAttributes: string[];
  /** The current mode (from the `mode` attribute). */
  readonly mode: WerkmatchMode;
  /** The language shown: the visitor's choice, else `lang` here or up the page, else `nl`. */
  readonly language: WerkmatchLang;
  /** The number of results shown (from the `limit` attribute). */
  readonly limit: number;
  /** A copy of the jobseeker's current profile; `undefined` in employer mode. */
  readonly profile: Profile | undefined;
  /** Replaces the jobseeker's profile (e.g. an example); rejects a profile the engine refuses, with its message. */
  setProfile(profile: Profile): Promise<void>;
  /** Removes the profile from memory and from this device. */
  clearProfile(): void;
  /** Adds anonymous candidate profiles, or profile files jobseekers exported (employer mode); resolves to how many were added (bad ones are skipped and listed in the widget). */
  addCandidates(profiles: Array<Profile | File>): Promise<number>;
  /** Resolves when the engine has loaded the feed. */
  whenReady(): Promise<void>;

  addEventListener<K extends keyof WerkmatchWidgetEventMap>(
    type: K,
    listener: (this: WerkmatchWidget, event: WerkmatchWidgetEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: WerkmatchWidget, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof WerkmatchWidgetEventMap>(
    type: K,
    listener: (this: WerkmatchWidget, event: WerkmatchWidgetEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: WerkmatchWidget, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'werkmatch-widget': WerkmatchWidget;
  }
}
