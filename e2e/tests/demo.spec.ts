// The built-in demo tenant: no token, no network, same app.
import { test, expect } from '@playwright/test';
import { clickSettled, recordCspViolations, screenshot, watchPage } from './graph-mock';

test('demo data: list, filter, page, expand, URL state, back/forward, reload', async ({ page }) => {
  const watch = await watchPage(page, []);
  const csp = await recordCspViolations(page);
  const network: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) network.push(r.url()); });

  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const list = page.getByRole('list', { name: 'Incidents' });
  await expect(list.getByRole('article').first()).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText(/^Showing 1–25 of \d{3}$/);
  await screenshot(page, 'demo-list');

  await clickSettled(page.getByRole('button', { name: 'Next page' }));
  await expect(status).toHaveText(/^Showing 26–50 of/);
  await clickSettled(page.getByRole('button', { name: 'Previous page' }));
  await expect(status).toHaveText(/^Showing 1–25 of/);

  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await filters.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' }).check();
  await expect(page).toHaveURL(/severity=high/);
  await expect(page).toHaveURL(/status=active/);
  await expect(status).toHaveText(/^Showing 1–\d+ of \d+$/);
  const cards = list.getByRole('article');
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(cards.nth(i)).toContainText('High severity');
    await expect(cards.nth(i)).toContainText('Active');
  }

  const filtered = await status.textContent();
  const firstName = await cards.first().getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent());
  // Expand the first card: alerts with evidence.
  const first = cards.first();
  await first.getByRole('button', { name: 'Show alerts' }).click();
  const alerts = first.getByRole('list', { name: 'Alerts' });
  await expect(alerts.getByRole('listitem').first()).toBeVisible();
  await screenshot(page, 'demo-expanded');

  // Search narrows the current page, client-side.
  await filters.getByRole('searchbox', { name: 'Search' }).fill('zzzz-no-such-thing');
  await expect(cards).toHaveCount(0);
  await filters.getByRole('searchbox', { name: 'Search' }).fill('');
  // The same cards come back, the first still expanded.
  await expect(status).toHaveText(filtered!);
  await expect(cards.first()).toHaveAccessibleName(firstName!);
  await expect(cards.first().getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'true');

  // Back undoes the last filter, forward redoes it.
  await page.goBack();
  await expect(page).not.toHaveURL(/status=active/);
  await expect(filters.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' })).not.toBeChecked();
  await page.goForward();
  await expect(filters.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' })).toBeChecked();

  // Reload keeps the filters (the demo must be chosen again: nothing about the session is stored).
  await page.reload();
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(filters.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' })).toBeChecked();
  await expect(list.getByRole('article').first()).toContainText('High severity');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText(/^Showing 1–25 of \d{3}$/);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('button', { name: 'Try demo data' })).toBeVisible();

  expect(network).toEqual([]);
  expect(await csp()).toEqual([]);
  await watch.assertClean();
});

test('demo tenant filter that matches nothing shows the empty state', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./?status=redirected&severity=informational&classification=falsePositive&determination=apt');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No incidents' })).toHaveText('No incidents match these filters');
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await watch.assertClean();
});

test('demo tenant: Assigned to me shows the demo analyst’s queue', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText(/^Showing 1–25 of 360$/);
  await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Assigned to me' }).click();
  await expect(status).toHaveText(/^Showing 1–\d+ of \d\d$/);
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('article');
  await expect(cards.first()).toContainText('alexw@contoso.com');
  const owners = await cards.evaluateAll((all) => all.map((card) => card.textContent!.match(/Assigned to\s*(\S+@\S+?\.com)/)?.[1]));
  expect(owners.length).toBeGreaterThan(1);
  expect(new Set(owners)).toEqual(new Set(['alexw@contoso.com']));
  await watch.assertClean();
});
