// A term of a profile or vacancy (a TermRef `{ id?, label? }`, or plain text) as the text to show.

/** The text of a term: its label, else its id, else empty. */
export const termLabel = (term) => (typeof term === 'string' ? term : term?.label ?? term?.id ?? '');
