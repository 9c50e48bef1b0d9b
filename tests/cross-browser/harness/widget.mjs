// Page-side helpers for <werkmatch-widget> over WebDriver: each runs in the page (through
// Session.exec / waitFor) and looks inside the widget's open shadow root.
import { after, before } from 'node:test';
import { startBrowser } from './webdriver.mjs';
import { startSite } from './site.mjs';

/** The host of the page that shows the proxy is in a browser's path (its favicon may come later). */
const PROXY_CHECK = 'proxy-check.werkmatch.invalid';

/**
 * The browsers' own services (updates, remote settings, account checks, autofill predictions,
 * the default search page): the browser calls them whatever the page does, so they are not the
 * page's requests. Hosts a page might use (fonts, CDNs, analytics, tag managers) are not here.
 */
const BROWSER_SERVICE = /^(CONNECT |[A-Z]+ https?:\/\/)(update\.googleapis\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|redirector\.gvt1\.com|start\.duckduckgo\.com|[a-z.-]+\.services\.mozilla\.com|[a-z.-]+\.mozilla\.(net|org))[:/]/;

/** Requests for other hosts that the page made (the proxy check and browser services left out). */
export function foreignRequests(site) {
  const own = site.foreign.filter((r) => BROWSER_SERVICE.test(r));
  if (own.length) console.log(`# the browser's own requests, not the page's: ${[...new Set(own.map((r) => r.split(/[\s?]/)[1]))].join(', ')}`);
  return site.foreign.filter((r) => !r.includes(PROXY_CHECK) && !BROWSER_SERVICE.test(r));
}

/** Starts the site and one browser of `engine` for a group of tests; stops both after them. */
export function crossBrowserSite(engine, serverArgs = []) {
  const ctx = { site: null, browser: null };
  before(async () => {
    ctx.site = await startSite(serverArgs);
    ctx.browser = await startBrowser(engine, { proxy: ctx.site.proxy });
    console.log(`# ${engine}: ${ctx.browser.browser}`);
    // The proxy is in the browser's path: a page on another host reaches it (and is refused).
    await ctx.browser.get(`http://${PROXY_CHECK}/`);
    if (!ctx.site.foreign.some((r) => r.includes(PROXY_CHECK))) throw new Error(`${engine} does not use the test proxy`);
  });
  after(async () => {
    await ctx.browser?.quit();
    await ctx.site?.stop();
  });
  return ctx;
}

/** Waits until the widget has loaded its feed (the loading line is hidden, no load error). */
export function widgetReady(browser, selector = 'werkmatch-widget') {
  return browser.waitFor((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const loading = root?.querySelector('.wm-loading');
    return Boolean(root && loading && loading.hidden && root.querySelector('.wm-load-error')?.hidden !== false);
  }, selector);
}

/**
 * The visible control in the widget whose label (a <label>, aria-label, or its own text for a
 * button or summary) is `name`: an element reference for Session.type / click.
 */
export function control(browser, name) {
  return browser.waitFor((text) => {
    const root = document.querySelector('werkmatch-widget').shadowRoot;
    const label = (el) => (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim();
    return [...root.querySelectorAll('input, select, button, summary')]
      .find((el) => !el.closest('[hidden]') && (label(el) === text || (/^(BUTTON|SUMMARY)$/.test(el.tagName) && el.textContent.trim() === text))) ?? null;
  }, name);
}

/** Waits until the widget's shadow root shows `pattern` (a RegExp source) and returns its text. */
export function widgetShows(browser, pattern) {
  return browser.waitFor((source) => {
    const text = document.querySelector('werkmatch-widget').shadowRoot.textContent;
    return new RegExp(source).test(text) ? text : null;
  }, pattern.source);
}

/** The texts of the items of the list labelled `name` (e.g. the skill chips). */
export function listItems(browser, name) {
  return browser.exec((label) => [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll(`[aria-label="${label}"] li`)]
    .map((li) => li.textContent.trim()), name);
}

/** The result cards' texts, once there are at least `min`. */
export function results(browser, min = 1) {
  return browser.waitFor((n) => {
    const cards = [...document.querySelector('werkmatch-widget').shadowRoot.querySelectorAll('.wm-result')];
    return cards.length >= n ? cards.map((c) => c.textContent) : null;
  }, min);
}

/** Uncaught errors, console errors and CSP violations the page reported (site.mjs's watch script). */
export function pageProblems(browser) {
  return browser.exec(() => window.__wmWatch ?? { errors: ['the watch script did not run'], csp: [] });
}

/**
 * Proves the page's CSP is enforced and its violations are seen: an inline script is added
 * (what the policy forbids); it must not run, and exactly that violation must be reported.
 * Returns the violations reported before the probe.
 */
export async function cspProbe(browser) {
  const before = (await pageProblems(browser)).csp.slice();
  await browser.exec(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__wmInlineRan = true;';
    document.head.append(script);
  });
  const after = await browser.waitFor((n) => (window.__wmWatch.csp.length > n ? window.__wmWatch.csp : null), before.length);
  const ran = await browser.exec(() => window.__wmInlineRan === true);
  if (ran) throw new Error('an inline script ran: the CSP is not enforced');
  if (!/^script-src/.test(after[before.length])) throw new Error(`unexpected violation: ${after[before.length]}`);
  return before;
}

/**
 * Whether the engine runs in the widget's Web Worker (as it should), not on the page (its
 * fallback): the worker script was fetched, and the page itself never loaded the engine's
 * module or its WebAssembly (Chromium lists the worker's own script and static imports in the
 * page's resource timing too, so only the engine's files tell).
 */
export async function engineInWorker(browser, site) {
  const onPage = await browser.exec(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
    .filter((path) => /\/pkg\/werkmatch(_bg\.wasm|\.js)$/.test(path)));
  return site.requests.some((r) => r.path === '/widget/worker.js') && onPage.length === 0;
}

/** What the page stored: localStorage and sessionStorage keys, and cookies. */
export function storage(browser) {
  return browser.exec(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie }));
}
