// Smoke check of a running server (e.g. `trunk serve`): the page loads, "Try demo data" lists incidents,
// and nothing errors. Usage: BASE_URL=http://127.0.0.1:8089/ node smoke.mjs
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8089/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(base);
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await page.getByRole('list', { name: 'Incidents' }).getByRole('article').first().waitFor({ timeout: 20_000 });
  const status = await page.getByRole('status').filter({ hasText: 'Showing' }).textContent();
  assert.match(status ?? '', /^Showing 1–25 of \d+$/);
  assert.deepEqual(problems, []);
  console.log(`smoke: ${base} serves the app; demo shows "${status}"`);
} finally {
  await browser.close();
}
