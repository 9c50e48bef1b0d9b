// The model's closed lists (driving licences, contract types, work conditions, language
// levels) come from the engine's core (`drivingLicences()` and friends in werkmatch.js), so
// the forms offer exactly the values the engine reads. They arrive when the engine has loaded.

/** Until the engine has loaded: nothing to offer yet. */
export const NO_VOCABULARIES = Object.freeze({ drivingLicences: [], contractTypes: [], workConditions: [], cefrLevels: [] });

/** The values of `chosen` in the order of `all`, then any `all` does not know (kept, not lost). */
export function inOrder(all, chosen) {
  return [...all.filter((value) => chosen.has(value)), ...[...chosen].filter((value) => !all.includes(value))];
}
