// Serves the demo portal as `./start` does and opens it in Debian's headless Chromium
// (Playwright): it ranks the demo data under the strict CSP, asks only its own origin,
// and sets no cookie. Saves a screenshot to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let baseUrl;
let browser;

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

before(async () => {
  server = spawn(process.execPath, [`${root}scripts/serve.mjs`, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  baseUrl = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /http:\/\/localhost:\d+\//.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('the demo page ranks the demo data for an example profile', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  const response = await page.goto(baseUrl);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.waitForSelector('body[data-ranked="true"]', { timeout: 15000 });
  const items = await page.locator('#results > li').count();
  assert.ok(items >= 5, `${items} results shown`);
  assert.match(await page.locator('#status').textContent(), /beste matches uit \d+ vacatures/);
  const firstScore = await page.locator('#results > li .score').first().textContent();
  assert.match(firstScore, /Match: \d+ van 100/);
  // Another profile re-ranks.
  const firstTitle = await page.locator('#results h3').first().textContent();
  const options = await page.locator('#profile option').count();
  await page.selectOption('#profile', String(options - 1));
  await page.waitForFunction((before) => document.querySelector('#results h3')?.textContent !== before, firstTitle);
  await page.locator('#results details summary').first().click();
  assert.ok(await page.locator('#results details[open] table.parts').isVisible());
  mkdirSync(`${root}test-results`, { recursive: true });
  await page.screenshot({ path: `${root}test-results/demo-page.png`, fullPage: false });
  assert.deepEqual(problems, [], 'no console errors or CSP violations');
  const origin = new URL(baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'only same-origin requests');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  await context.close();
});
