// The isolated embed (embed.html?feed=…&mode=…&lang=…&parent-origin=…): builds the widget from
// the query string and, when `parent-origin` names the host page's origin, tells the host about
// results with postMessage — to that origin only, and never the profile itself (ids and scores).
//   feed, taxonomy, geo   same-origin URLs (the embed's CSP allows no other hosts)
//   mode                  jobseeker | employer
//   lang                  nl | en
//   limit, heading-level, memory-limit-mb  as on the element
//   parent-origin         e.g. https://www.gemeente.nl (exact origin; no wildcards)
// Messages out: { source: 'werkmatch', type: 'ready' | 'results' | 'error' | 'resize', detail }.
// Messages in (from parent-origin only): { source: 'werkmatch', type: 'lang', lang: 'nl' | 'en' }.
import './werkmatch-widget.js';

const params = new URLSearchParams(window.location.search);
const main = document.getElementById('embed');
const problem = (text) => {
  const el = document.getElementById('embed-error');
  el.textContent = text;
  el.hidden = false;
};

/** A same-origin URL from the query string, or null. */
function sameOrigin(name) {
  const value = params.get(name);
  if (!value) return null;
  try {
    const url = new URL(value, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

/** The parent's origin to post to, or null (not framed, or no valid origin configured). */
function parentOrigin() {
  const value = params.get('parent-origin');
  if (!value || window.parent === window) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

const lang = params.get('lang') === 'en' ? 'en' : 'nl';
document.documentElement.lang = lang;
if (lang === 'en') {
  document.title = 'Vacancies that suit you';
  document.getElementById('embed-title').textContent = document.title;
}

const feed = sameOrigin('feed');
if (!feed) {
  problem(lang === 'en' ? 'This embed has no vacancy list (parameter feed, on this site).' : 'Deze embed heeft geen vacaturelijst (parameter feed, op deze website).');
} else {
  const widget = document.createElement('werkmatch-widget');
  widget.setAttribute('feed', feed);
  for (const name of ['taxonomy', 'geo']) {
    const url = sameOrigin(name);
    if (url) widget.setAttribute(name, url);
  }
  widget.setAttribute('mode', params.get('mode') === 'employer' ? 'employer' : 'jobseeker');
  for (const name of ['limit', 'heading-level', 'memory-limit-mb']) {
    if (/^\d{1,4}$/.test(params.get(name) ?? '')) widget.setAttribute(name, params.get(name));
  }
  main.append(widget);

  const target = parentOrigin();
  if (target) {
    const post = (type, detail) => window.parent.postMessage({ source: 'werkmatch', type, detail }, target);
    widget.addEventListener('werkmatch:ready', (e) => post('ready', { size: e.detail.size }));
    widget.addEventListener('werkmatch:results', (e) => post('results', {
      mode: e.detail.mode, count: e.detail.count, ids: e.detail.ids, scores: e.detail.scores,
    }));
    widget.addEventListener('werkmatch:error', (e) => post('error', { kind: e.detail.kind }));
    let lastHeight = 0;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== lastHeight) { lastHeight = height; post('resize', { height }); }
    }).observe(document.body);
    window.addEventListener('message', (event) => {
      if (event.origin !== target || event.source !== window.parent) return;
      const { source, type } = event.data ?? {};
      if (source === 'werkmatch' && type === 'lang' && ['nl', 'en'].includes(event.data.lang)) {
        document.documentElement.lang = event.data.lang;
        widget.setAttribute('lang', event.data.lang);
      }
    });
  }
}
