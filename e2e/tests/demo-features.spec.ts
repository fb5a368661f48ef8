// Every analyst feature in the built-in demo tenant (no token, no network).
import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import { screenshot, watchPage } from './graph-mock';

test('demo: sort, time range, charts, saved view, keyboard, detail with Markdown, theme', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const list = page.getByRole('list', { name: 'Incidents' });
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText('Showing 1–25 of 360');

  // Load all, then sort by severity over all 360 in the browser.
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–50 of 360');
  await expect(page.getByRole('button', { name: 'Load all' })).toBeDisabled();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Severity (highest first)' });
  await expect(page.getByRole('status').filter({ hasText: 'sorted' }))
    .toHaveText('360 loaded incidents · sorted in the browser by severity');
  await expect(list.getByRole('article').first()).toContainText('High severity');
  await screenshot(page, 'demo-sorted');
  // All 360 are one scroll away, while only the cards near the screen are drawn.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(list.locator('article.incident-card').last()).toContainText('Unknown future value severity'); // unknown last
  expect(await list.locator('article.incident-card').count()).toBeLessThan(40);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'As received (Graph order)' });

  // Charts count all 360; a severity bar filters the Graph query.
  const severity = page.getByRole('figure', { name: 'Incidents by severity' });
  const counts = await severity.getByRole('button').allTextContents();
  const total = counts.map((t) => Number(t.replace(/\D/g, ''))).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(300);
  await severity.getByRole('button', { name: /^Low/ }).click();
  await expect(page).toHaveURL(/severity=low/);
  await expect(list.getByRole('article').first()).toContainText('Low severity');

  // Time range: last 7 days narrows the demo's 90 days.
  await page.getByRole('combobox', { name: 'Time range' }).selectOption({ label: 'Last 7 days' });
  await expect(status).toHaveText(/^Showing 1–\d+ of \d+$/);
  const week = Number((await status.textContent())!.split(' of ')[1].replace(/\D/g, ''));
  expect(week).toBeLessThan(60);

  // Save it as a view and make it the default.
  await page.getByLabel('View name').fill('Low this week');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByRole('button', { name: 'Set as default' }).click();
  await expect(page.getByRole('combobox', { name: 'Saved views' })).toHaveValue('Low this week');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText('Showing 1–25 of 360');

  // Keyboard: j to the second card, o to expand. First the list as a person would see it: the new
  // result set in, its frame painted (its first frame draws the cards on screen, the rest follow).
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const second = list.getByRole('article').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('o');
  await expect(second.getByRole('list', { name: 'Alerts' })).toBeVisible();

  // Detail page and its Markdown report.
  const name = (await second.getByRole('heading').first().textContent()) ?? '';
  await second.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  const report = fs.readFileSync(await download.path(), 'utf8');
  expect(report).toMatch(/^# Incident \d+: /);
  expect(report).toContain('## Alerts (');
  expect(report).toContain('| Kind | Entity | Verdict | Remediation | Roles |');
  await page.keyboard.press('Escape');
  await expect(second).toBeVisible();

  // Theme: dark, pinned.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'demo-dark');

  // The default view applies when the app opens without filters.
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page).toHaveURL(/severity=low&range=7d/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing 1–${Math.min(week, 25)} of ${week}`);
  await watch.assertClean();
});
