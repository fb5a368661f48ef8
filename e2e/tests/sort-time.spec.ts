// Sort by (client-side over what is loaded) and Time range presets (server-side, relative).
import { test, expect } from '@playwright/test';
import { connect, incident, mockGraph, watchPage } from './graph-mock';

test('Sort by orders every loaded incident in the browser, says so, and lives in the URL', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { '@odata.count': 4, value: [
    incident(1, { severity: 'low', priorityScore: 10, createdDateTime: '2026-11-01T00:00:00Z' }),
    incident(2, { severity: 'high', priorityScore: 90, createdDateTime: '2026-11-03T00:00:00Z' }),
    incident(3, { severity: 'medium', priorityScore: null, createdDateTime: '2026-11-04T00:00:00Z' }),
    incident(4, { severity: 'informational', priorityScore: 50, createdDateTime: '2026-11-02T00:00:00Z' }),
  ] } }));
  await page.goto('./');
  await connect(page);
  const names = () => page.getByRole('list', { name: 'Incidents' }).getByRole('article').getByRole('heading').allTextContents();
  await expect.poll(names).toEqual(['Incident number 1', 'Incident number 2', 'Incident number 3', 'Incident number 4']);
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await sort.selectOption({ label: 'Severity (highest first)' });
  await expect.poll(names).toEqual(['Incident number 2', 'Incident number 3', 'Incident number 1', 'Incident number 4']);
  await expect(page).toHaveURL(/sort=severity/);
  await expect(page.getByRole('status').filter({ hasText: 'sorted' })).toHaveText('4 loaded incidents · sorted in the browser by severity');
  await sort.selectOption({ label: 'Priority score (highest first)' });
  await expect.poll(names).toEqual(['Incident number 2', 'Incident number 4', 'Incident number 1', 'Incident number 3']);
  await sort.selectOption({ label: 'Created (newest first)' });
  await expect.poll(names).toEqual(['Incident number 3', 'Incident number 2', 'Incident number 4', 'Incident number 1']);
  await page.goBack();
  await expect(sort).toHaveValue('priority');
  await expect.poll(names).toEqual(['Incident number 2', 'Incident number 4', 'Incident number 1', 'Incident number 3']);
  await watch.assertClean();
});

test('Time range presets become a relative createdDateTime filter; Custom uses the date inputs', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, () => ({ json: { value: [incident(1)] } }));
  await page.goto('./');
  await connect(page);
  const range = page.getByRole('combobox', { name: 'Time range' });
  await expect(range).toHaveValue('');
  const before = Date.now();
  await range.selectOption({ label: 'Last 7 days' });
  await expect(page).toHaveURL(/range=7d/);
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter') ?? '').toMatch(/^createdDateTime ge \d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
  const since = Date.parse(requests.at(-1)!.url.searchParams.get('$filter')!.split(' ge ')[1]);
  expect(Math.abs(before - 7 * 86_400_000 - since)).toBeLessThan(120_000);

  await page.getByLabel('Created from').fill('2026-01-05');
  await expect(range).toHaveValue('custom');
  await expect(page).not.toHaveURL(/range=/);
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe('createdDateTime ge 2026-01-05T00:00:00Z');

  await range.selectOption({ label: 'Last 24 hours' });
  await expect(page.getByLabel('Created from')).toHaveValue('');
  await range.selectOption({ label: 'Any time' });
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe(null);

  // A shared link keeps the preset relative.
  await page.goto('./?range=30d');
  await connect(page);
  await expect(range).toHaveValue('30d');
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter') ?? '').toMatch(/^createdDateTime ge /);
  await watch.assertClean();
});
