// Small DOM helpers for the widget. Text always goes in as text nodes (never as HTML): vacancy
// titles, employers and descriptions are third-party data. No inline styles are ever set
// (the pages run under `style-src 'self'`); looks come from classes in widget.css.

/**
 * Creates an element. `props`: `class`, `text`, `dataset`, `on<event>` listeners, and plain
 * attributes (`true` sets an empty attribute; `false`, `null` and `undefined` are skipped).
 * Children: nodes or strings (strings become text nodes), nested arrays are flattened.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'style' || key.startsWith('on')) throw new Error(`h(): refusing attribute ${key}`);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

/** Offers `text` as a file download (a same-page blob: URL; nothing is sent anywhere). */
export function offerDownload(text, type, filename, container) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  container.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let counter = 0;
/** A unique id prefix for one widget instance (ids only have to be unique per shadow root). */
export function uid(prefix = 'wm') {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Calls `fn` once `ms` after the last call; `.flush()` runs a pending call now, `.cancel()` drops it. */
export function debounce(fn, ms) {
  let timer;
  let lastArgs;
  const debounced = (...args) => {
    lastArgs = args;
    clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; fn(...lastArgs); }, ms);
  };
  debounced.flush = () => { if (timer !== undefined) { clearTimeout(timer); timer = undefined; fn(...lastArgs); } };
  debounced.cancel = () => { clearTimeout(timer); timer = undefined; };
  return debounced;
}

/**
 * Runs an async `task` with the newest arguments only: while one run is in flight, further calls
 * replace each other and the last one runs when the first finishes. Results of superseded runs
 * are dropped (`onResult` sees the newest only).
 */
export function latestOnly(task, onResult, onError) {
  let running = false;
  let queued = null;
  let generation = 0;
  const run = async (args) => {
    running = true;
    const mine = ++generation;
    try {
      const value = await task(...args);
      if (mine === generation && !queued) onResult(value, ...args);
    } catch (error) {
      if (mine === generation && !queued) onError(error, ...args);
    } finally {
      running = false;
      if (queued) { const next = queued; queued = null; run(next); }
    }
  };
  const call = (...args) => { if (running) queued = args; else run(args); };
  call.invalidate = () => { generation += 1; queued = null; };
  return call;
}

/** Local date as YYYY-MM-DD (for the engine's `today` option). */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A checkbox with its label after it. */
export function checkbox({ id, label, checked, onChange, value, describedBy }) {
  const box = h('input', {
    id, type: 'checkbox', class: 'wm-checkbox', value: value ?? id, 'aria-describedby': describedBy, dataset: { key: id }, part: 'checkbox',
  });
  box.checked = Boolean(checked);
  box.addEventListener('change', () => onChange(box.checked));
  return h('div', { class: 'wm-check' }, box, h('label', { for: id }, label));
}
