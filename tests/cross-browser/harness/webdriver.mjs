// A small W3C WebDriver client (plain HTTP, no dependencies) and the three browser engines
// the cross-browser tests drive: Chromium (chromedriver), Firefox ESR (geckodriver) and
// WebKitGTK's MiniBrowser (WebKitWebDriver on an Xvfb display), all from Debian's packages
// or crates.io (scripts/setup.sh --test installs them). Every browser gets the test's proxy, so
// a request to any host but the page's own is seen (site.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../node/helpers/browser.mjs';

/** Generous bound on any wait: the machine is small and busy. Only a failure waits this long. */
export const WAIT_MS = 60_000;

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** W3C key codes for `Session.keys` and `Session.type`. */
export const KEY = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', ArrowDown: '\uE015', ArrowUp: '\uE013', Backspace: '\uE003', Shift: '\uE008' };

/** The WebKitGTK browser WebKitWebDriver drives (/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser). */
const MINIBROWSER = readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));

/** How to start each engine's WebDriver server, and the capabilities of a new session. */
export const ENGINES = {
  chromium: {
    driver: (port) => ['chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: [
          ...CHROMIUM_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'wm-chromium-'))}`, '--window-size=1280,900',
          // Quiet: no autofill predictions or account checks, so the proxy sees only what the page asks for.
          '--disable-features=AutofillServerCommunication,AccountConsistency', '--no-pings',
        ],
        prefs: { 'signin.allowed': false, 'autofill.profile_enabled': false, 'autofill.credit_card_enabled': false },
      },
    }),
  },
  firefox: {
    driver: (port) => ['geckodriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900'],
        // Quiet: no update checks, telemetry, safe-browsing lists or captive-portal probes,
        // so the proxy sees only what the page asks for.
        prefs: {
          'app.update.enabled': false,
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'browser.safebrowsing.provider.mozilla.updateURL': '',
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.region.network.url': '',
          'browser.newtabpage.enabled': false,
          'extensions.getAddons.cache.enabled': false,
          'network.dns.disablePrefetch': true,
          'network.prefetch-next': false,
        },
      },
    }),
  },
  webkit: {
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x900x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({ 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }),
  },
};

/** The engines to test: all three, or those named in WERKMATCH_BROWSERS (e.g. "firefox,webkit"). */
export function enginesToTest() {
  const wanted = (process.env.WERKMATCH_BROWSERS ?? Object.keys(ENGINES).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of wanted) if (!ENGINES[name]) throw new Error(`unknown browser engine ${name}; known: ${Object.keys(ENGINES)}`);
  return wanted;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A WebDriver error answer, with the driver's message. */
export class WebDriverError extends Error {}

/**
 * Starts the engine's WebDriver server and a session in it (with `proxy` as the HTTP and
 * HTTPS proxy). Resolves to a `Session`; `session.quit()` ends both.
 */
export async function startBrowser(engine, { proxy } = {}) {
  const port = await freePort();
  const [command, args] = ENGINES[engine].driver(port);
  // Its own process group, so the driver, the browser (and Xvfb) stop together.
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  try {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr}`);
      const ready = await fetch(`${base}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${command} did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const alwaysMatch = { ...ENGINES[engine].capabilities(), pageLoadStrategy: 'normal', unhandledPromptBehavior: 'dismiss and notify' };
    if (proxy) alwaysMatch.proxy = { proxyType: 'manual', httpProxy: proxy, sslProxy: proxy };
    const answer = await request(base, 'POST', '/session', { capabilities: { alwaysMatch } });
    const session = new Session(engine, base, answer.sessionId, answer.capabilities, async () => { stop(); await exited; });
    await session.cmd('POST', '/timeouts', { script: WAIT_MS, pageLoad: WAIT_MS, implicit: 0 });
    await session.cmd('POST', '/window/rect', { width: 1280, height: 900 });
    return session;
  } catch (error) {
    stop();
    throw error;
  }
}

async function request(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const { value } = text ? JSON.parse(text) : { value: null };
  if (!response.ok || value?.error) throw new WebDriverError(`${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

/** One browser session. Scripts run in the page; DOM elements come back as element references. */
export class Session {
  constructor(engine, base, id, capabilities, stop) {
    this.engine = engine;
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.stop = stop;
  }

  /** "firefox 153.8.0" (the browser's own name and version, as its driver reports them). */
  get browser() {
    return `${this.capabilities.browserName} ${this.capabilities.browserVersion}`;
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Opens a URL and waits for the page to load. */
  get(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** Runs `fn(...args)` in the page and returns its (JSON-able) result; awaits a returned promise. */
  async exec(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const answer = await this.cmd('POST', '/execute/async', { script, args });
    if (answer && 'error' in answer) throw new Error(`in ${this.engine}: ${answer.error}`);
    return answer?.value;
  }

  /** Polls `fn(...args)` in the page until it returns something truthy, and returns that. */
  async waitFor(fn, ...args) {
    const deadline = Date.now() + WAIT_MS;
    let last;
    for (;;) {
      last = await this.exec(fn, ...args);
      if (last) return last;
      if (Date.now() > deadline) throw new Error(`in ${this.engine}: gave up waiting for ${String(fn).slice(0, 300)} (last: ${JSON.stringify(last)})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Types `text` into an element reference, focusing it first. (A driver may refocus an element
   * inside a shadow root by blurring the page's active element: press keys in a field that
   * already has focus with `keys`.)
   */
  type(element, text) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Clicks an element reference, as a person would. */
  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Presses keys (KEY codes or text) on whatever has focus. */
  keys(...keys) {
    const actions = [...keys.join('')].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** A PNG screenshot of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /** Ends the session and stops the browser and its driver. */
  async quit() {
    await this.cmd('DELETE', '').catch(() => {});
    await this.stop();
  }
}
