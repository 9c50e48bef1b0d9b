// A profile as a file and on this device. Format (versioned):
//   { "format": "werkmatch-profile", "version": 1, "profile": { ...Profile } }
// The profile lives in memory; localStorage is written only when the person clicks
// "Bewaar op dit apparaat", and "Wis mijn gegevens" removes it again.

import { offerDownload } from './dom.js';

export const FORMAT = 'werkmatch-profile';
export const VERSION = 1;
export const MAX_FILE_BYTES = 256 * 1024;
export const DEFAULT_STORAGE_KEY = 'werkmatch-profile';

/** A problem with a profile file; `reason` is a key under `reason.` in the texts. */
export class ProfileFileError extends Error {
  constructor(reason, args = [], detail) {
    super(detail ?? reason);
    this.reason = reason;
    this.args = args;
    this.detail = detail;
  }
}

/** Drops empty values the editor leaves behind (an empty list of skills, an empty hours range). */
export function compactProfile(profile) {
  const out = {};
  for (const [key, value] of Object.entries(profile ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && !['drivingLicences', 'avoidConditions'].includes(key)) continue;
    if (key === 'hours' || key === 'location') {
      const inner = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''));
      if (Object.keys(inner).length) out[key] = inner;
      continue;
    }
    if (key === 'banenafspraak' && value === false) continue;
    out[key] = value;
  }
  return out;
}

/** True when the profile says anything at all (an empty profile ranks nothing). */
export function hasContent(profile) {
  return Object.keys(compactProfile(profile)).length > 0;
}

export function toFileText(profile) {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, profile: compactProfile(profile) }, null, 2)}\n`;
}

/** Parses a profile file's text; throws ProfileFileError naming the problem. */
export function parseFileText(text) {
  if (text.length > MAX_FILE_BYTES) throw new ProfileFileError('tooBig');
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProfileFileError('notJson');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ProfileFileError('notObject');
  if (data.format !== FORMAT) throw new ProfileFileError('format');
  if (data.version !== VERSION) throw new ProfileFileError('version', [String(data.version ?? '?')]);
  if (!data.profile || typeof data.profile !== 'object' || Array.isArray(data.profile)) throw new ProfileFileError('noProfile');
  return data.profile;
}

/** Reads and parses a File (from an <input type=file>). */
export async function readProfileFile(file) {
  if (file.size > MAX_FILE_BYTES) throw new ProfileFileError('tooBig');
  return parseFileText(await file.text());
}

/** Offers the profile as a download (a same-page blob: URL; nothing is sent anywhere). */
export function downloadProfile(profile, container, filename = 'werkmatch-profiel.json') {
  offerDownload(toFileText(profile), 'application/json', filename, container);
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (e.g. third-party iframe with storage off)
  }
}

export function storeProfile(key, profile) {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(key, toFileText(profile));
    return true;
  } catch {
    return false;
  }
}

/** The stored profile, or null (nothing stored, or not readable). */
export function loadStoredProfile(key) {
  const text = storage()?.getItem(key);
  if (!text) return null;
  try {
    return parseFileText(text);
  } catch {
    return null;
  }
}

export function removeStoredProfile(key) {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing stored, nothing to remove
  }
}
