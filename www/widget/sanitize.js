// Turns a vacancy description (third-party plain text or HTML) into safe DOM nodes.
//
// HTML is read by a small tokenizer and rebuilt from an allow-list with createElement and text
// nodes; the markup itself never reaches the browser's HTML parser. (An inert DOMParser or
// <template> document would be safe too, but Chromium checks a hostile description's inline
// handlers and styles against the page's CSP while parsing and reports a violation for each.)
// A tokenizer mistake can only garble text: nothing but the elements below is ever created.
//   kept:     p br ul ol li strong b em i dl dt dd blockquote; h1–h6 become a bold paragraph;
//             a, with an http(s) or mailto href only (no other attribute survives)
//   dropped with their content: script style iframe object embed svg math template form …
//   unknown elements (div, span, table, font …) are unwrapped: their text stays.
import { h } from './dom.js';

const KEEP = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'dl', 'dt', 'dd', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
  'template', 'svg', 'math', 'form', 'select', 'textarea', 'title', 'head', 'xmp', 'plaintext', 'canvas', 'video',
  'audio', 'picture', 'portal', 'dialog', 'button',
]);
const VOID = new Set(['br', 'img', 'input', 'hr', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track', 'wbr', 'base']);
const BREAKS = new Set(['div', 'section', 'article', 'header', 'footer', 'tr', 'table', 'hr', 'td', 'th']);
const MAX_LENGTH = 30_000;
const MAX_DEPTH = 20;

// A comment, a start or end tag (attributes may hold quoted ">"), or another markup declaration.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<![^>]*>|<\?[^>]*>/g;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', eacute: 'é', euml: 'ë', iuml: 'ï',
  ouml: 'ö', uuml: 'ü', egrave: 'è', agrave: 'à', ccedil: 'ç', hellip: '…', ndash: '–', mdash: '—', bull: '•',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', deg: '°',
};

function decode(text) {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?/g, (whole, code) => {
    if (code[0] !== '#') return ENTITIES[code] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
  });
}

/** A safe http(s) URL, or null (for vacancy links shown as "Bekijk de vacature"). */
export function safeUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function hrefOf(attributes) {
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    if (name.toLowerCase() !== 'href') continue;
    const value = decode(values.find((v) => v !== undefined) ?? '').trim();
    return /^(https?:\/\/|mailto:)[^\s\u0000-\u001f]*$/i.test(value) ? value : null;
  }
  return null;
}

function fromHtml(html) {
  const fragment = document.createDocumentFragment();
  const stack = [{ name: '#root', node: fragment }];
  const top = () => stack[stack.length - 1].node;
  const text = (value) => { if (value) top().append(decode(value)); };
  let at = 0;
  let skipUntil = null; // inside a dropped element: skip to its end tag
  for (const match of html.matchAll(TOKEN)) {
    const [whole, slash, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (skipUntil) {
      if (slash && name === skipUntil) { skipUntil = null; at = match.index + whole.length; }
      continue;
    }
    text(html.slice(at, match.index));
    at = match.index + whole.length;
    if (!name) continue; // comment or declaration
    if (slash) {
      const index = stack.findLastIndex((entry) => entry.name === name);
      if (index > 0) stack.length = index;
      if (BREAKS.has(name)) top().append(' ');
      continue;
    }
    if (DROP.has(name)) { if (!VOID.has(name) && !whole.endsWith('/>')) skipUntil = name; continue; }
    if (BREAKS.has(name)) { top().append(' '); continue; }
    if (name === 'br') { top().append(h('br')); continue; }
    if (VOID.has(name) || stack.length > MAX_DEPTH) continue;
    let node = null;
    let inner = null;
    if (KEEP.has(name)) node = h(name);
    else if (HEADINGS.has(name)) { inner = h('strong'); node = h('p', {}, inner); }
    else if (name === 'a') {
      const href = hrefOf(attributes);
      node = href ? h('a', { href, rel: 'noopener noreferrer nofollow' }) : h('span');
    }
    if (!node) continue; // unknown element: unwrapped
    top().append(node);
    stack.push({ name, node: inner ?? node });
  }
  if (!skipUntil) text(html.slice(at));
  return fragment;
}

function fromText(text) {
  // Paragraphs at blank lines; lines starting with "-", "•" or "*" become a list.
  const fragment = document.createDocumentFragment();
  for (const paragraph of text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    let list = null;
    for (const line of paragraph.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const item = /^[-•*]\s+(.*)$/.exec(line);
      if (item) {
        if (!list) { list = h('ul'); fragment.append(list); }
        list.append(h('li', {}, item[1]));
      } else {
        list = null;
        fragment.append(h('p', {}, line));
      }
    }
  }
  return fragment;
}

/** A description as a DocumentFragment of safe nodes. */
export function descriptionNodes(description) {
  const text = String(description ?? '').slice(0, MAX_LENGTH);
  return /<[a-zA-Z!/]/.test(text) ? fromHtml(text) : fromText(text);
}
