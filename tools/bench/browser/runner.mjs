// Runs the benchmark jobs in headless Chromium (Debian's, through playwright-core): one
// browser, and for each job a fresh browser context and page, so each system starts with an
// empty heap and a fresh WebAssembly instance. The page reads its heap through a binding to
// the DevTools Protocol (a full GC, then V8's used heap).
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { measureWidget } from '../widget.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export function chromiumRuntime(dataDir) {
  let browser;
  let server;
  return {
    name: 'Chromium',
    version: () => browser.version(),
    async start() {
      server = await startServer(dataDir);
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    },
    async run(spec) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      const cdp = await context.newCDPSession(page);
      await page.exposeFunction('benchHeapBytes', async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      });
      try {
        page.setDefaultTimeout(15 * 60_000);
        await page.goto(`${server.url}bench/browser/page.html`);
        await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
        return await page.evaluate((s) => window.benchJob(s), spec);
      } catch (error) {
        return { error: [error.message.split('\n')[0], ...problems].join('; ').slice(0, 300) };
      } finally {
        await context.close();
      }
    },
    /** The widget's first results after page load (../widget.mjs), in this browser. */
    widget: (size, runs) => measureWidget(browser, dataDir, size, runs),
    async stop() {
      await browser?.close();
      await server?.stop();
    },
  };
}
