// Shared helpers for the browser tests: the demo server (scripts/serve.mjs, as ./start runs it),
// Debian's Chromium through playwright-core, a page watcher (console errors, CSP violations,
// requests, dialogs) and keyboard-only navigation through the widget's shadow DOM.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const resultsDir = join(root, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Generous waits: the machine is small and busy. */
export const WAIT = { timeout: 60_000 };

export const DESKTOP = { width: 1280, height: 900 };
export const NARROW = { width: 320, height: 800 };

export function demoData(name) {
  return JSON.parse(readFileSync(join(root, 'www/demo', `${name}.json`), 'utf8'));
}

export function tempDir(prefix = 'werkmatch-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function screenshotPath(name) {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, `${name}.png`);
}

/** Starts `node scripts/serve.mjs --port 0 [...args]`; resolves to { baseUrl, origin, stop }. */
export async function startServer(args = []) {
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /http:\/\/localhost:\d+\//.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { baseUrl, origin: new URL(baseUrl).origin, stop: () => server.kill() };
}

export function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * The demo server and a browser for one test file: started before its tests, stopped after.
 * Returns `{ server, browser }`, filled in once started.
 */
export function demoSite(serverArgs = [], browserArgs = []) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await startServer(serverArgs);
    site.browser = await launchBrowser(browserArgs);
  });
  after(async () => {
    await site.browser?.close();
    site.server?.stop();
  });
  return site;
}

/**
 * Watches a page: console errors (page and workers), uncaught errors, CSP violations (reported
 * by an init script listening to `securitypolicyviolation`), dialogs, and every request.
 */
export async function watch(page) {
  const seen = { problems: [], requests: [], dialogs: [], csp: [] };
  page.on('request', (request) => seen.requests.push({ url: request.url(), method: request.method(), postData: request.postData() }));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`console: ${message.text()}`);
    if (message.text().startsWith('CSP violation')) seen.csp.push(message.text());
  });
  page.on('pageerror', (error) => seen.problems.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`worker console: ${message.text()}`);
  }));
  page.on('dialog', (dialog) => { seen.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

/** Waits until the widget has loaded its feed (its status line or a result is shown). */
export async function widgetReady(page, selector = 'werkmatch-widget') {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const loading = root?.querySelector('.wm-loading');
    return Boolean(root && loading && loading.hidden && root.querySelector('.wm-load-error')?.hidden !== false);
  }, selector, WAIT);
}

/** Describes the focused element, looking through shadow roots. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? el.getRootNode().getElementById?.(labelled)?.textContent : null;
    const name = (el.getAttribute('aria-label') || byId || el.labels?.[0]?.textContent || el.textContent || el.value || '')
      .trim().replace(/\s+/g, ' ');
    return { tag: el.localName, name, role: el.getAttribute('role'), key: el.dataset?.key ?? null, type: el.type ?? null };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's accessible name matches `name`
 * (string: exact; RegExp: test). Fails after `max` presses: the control is not reachable.
 */
export async function tabTo(page, name, { back = false, max = 120, tag } = {}) {
  const matches = (f) => f && (typeof name === 'string' ? f.name === name : name.test(f.name)) && (!tag || f.tag === tag);
  let f = await focused(page);
  if (matches(f)) return f;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`could not reach "${name}" with ${back ? 'Shift+Tab' : 'Tab'} (last focus: ${JSON.stringify(f)})`);
}

/**
 * Presses Enter on the focused file button and picks `files` in the chooser that opens.
 * Chromium now and then drops a chooser right after the previous one closed: Enter again.
 */
export async function chooseFile(page, files) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Enter')]);
      await chooser.setFiles(files);
      return;
    } catch (error) {
      if (attempt >= 4 || !/filechooser/.test(error.message)) throw error;
    }
  }
}

/** Text of the widget's shadow root (for "does not contain" checks). */
export function widgetText(page, selector = 'werkmatch-widget') {
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.textContent, selector);
}

/** A profile file as jobseeker mode exports it. */
export function profileFile(profile) {
  return `${JSON.stringify({ format: 'werkmatch-profile', version: 1, profile }, null, 2)}\n`;
}

/** 10,000 realistic vacancies: the demo ones repeated with new ids (and slight title variety). */
export function manyVacancies(count = 10_000) {
  const base = demoData('vacancies');
  const out = [];
  for (let i = 0; out.length < count; i++) {
    const v = base[i % base.length];
    const round = Math.floor(i / base.length);
    out.push({ ...v, id: `gen-${String(i).padStart(5, '0')}`, title: round ? `${v.title} (${round + 1})` : v.title });
  }
  return out;
}

/**
 * Employer mode of the demo portal (werkgevers.html, loaded): opens the example candidates and
 * picks the first feed vacancy found for "heftruck", then waits for the ranked candidates.
 */
export async function exampleEmployerPreview(page, widget) {
  await page.getByRole('button', { name: 'Open de voorbeeldkandidaten' }).click();
  await page.getByText(/voorbeeldkandidaten zijn geopend/).waitFor(WAIT);
  const picker = widget.locator('input[role="combobox"]').first();
  await picker.fill('heftruck');
  await widget.getByRole('option').first().waitFor(WAIT);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await widget.locator('.wm-result').first().waitFor(WAIT);
}
