// Summary charts over what is loaded (clicking a bar filters) and saved views in localStorage.
import { test, expect } from '@playwright/test';
import { TOKEN, connect, incident, mockGraph, screenshot, watchPage } from './graph-mock';

const LOADED = [
  incident(1, { severity: 'high', status: 'active', createdDateTime: '2026-11-20T10:00:00Z' }),
  incident(2, { severity: 'high', status: 'resolved', createdDateTime: '2026-11-20T12:00:00Z' }),
  incident(3, { severity: 'low', status: 'active', createdDateTime: '2026-11-22T10:00:00Z' }),
  incident(4, { severity: 'medium', status: 'inProgress', createdDateTime: '2026-11-23T10:00:00Z' }),
];

test('charts count what is loaded by severity, status and day; a bar applies its filter', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, () => ({ json: { value: LOADED } }));
  await page.goto('./');
  await connect(page);
  const severity = page.getByRole('figure', { name: 'Incidents by severity' });
  await expect(severity.getByRole('button', { name: 'High 2' })).toBeVisible();
  await expect(severity.getByRole('button', { name: 'Medium 1' })).toBeVisible();
  await expect(severity.getByRole('button', { name: 'Informational 0' })).toBeVisible();
  const status = page.getByRole('figure', { name: 'Incidents by status' });
  await expect(status.getByRole('button', { name: 'Active 2' })).toBeVisible();
  await expect(status.getByRole('button', { name: 'In progress 1' })).toBeVisible();
  const time = page.getByRole('figure', { name: 'Incidents over time' });
  await expect(time.getByRole('button')).toHaveCount(4); // 20, 21, 22, 23 November
  await expect(time.getByRole('button', { name: '2026-11-20: 2 incidents' })).toBeVisible();
  await expect(time.getByRole('button', { name: '2026-11-21: 0 incidents' })).toBeVisible();
  // The axis spans the columns: its first date starts under the first column, its last ends under the last.
  const axis = await time.evaluate((figure) => {
    const columns = [...figure.querySelectorAll('.column-button')].map((c) => c.getBoundingClientRect());
    const dates = [...figure.querySelectorAll('.axis span')];
    const [first, last] = [dates[0].getBoundingClientRect(), dates.at(-1).getBoundingClientRect()];
    return { texts: dates.map((d) => d.textContent), left: first.left - columns[0].left, right: last.right - columns.at(-1).right };
  });
  expect(axis.texts).toEqual(['2026-11-20', '2026-11-23']);
  expect(Math.abs(axis.left)).toBeLessThan(1);
  expect(Math.abs(axis.right)).toBeLessThan(1);
  await screenshot(page, 'charts');

  await severity.getByRole('button', { name: 'High 2' }).click();
  await expect(page).toHaveURL(/severity=high/);
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe("severity eq 'high'");
  await expect(page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' })).toBeChecked();
  await status.getByRole('button', { name: 'Active 2' }).click();
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe("status eq 'active' and severity eq 'high'");
  await time.getByRole('button', { name: '2026-11-22: 1 incidents' }).click();
  await expect(page.getByLabel('Created from')).toHaveValue('2026-11-22');
  await expect(page.getByLabel('Created to')).toHaveValue('2026-11-22');
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter') ?? '')
    .toContain('createdDateTime ge 2026-11-22T00:00:00Z and createdDateTime lt 2026-11-23T00:00:00Z');
  await watch.assertClean();
});

test('one day of incidents is one column with its date once', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { value: LOADED.slice(0, 2) } }));
  await page.goto('./');
  await connect(page);
  const time = page.getByRole('figure', { name: 'Incidents over time' });
  await expect(time.getByRole('button', { name: '2026-11-20: 2 incidents' })).toBeVisible();
  await expect(time.getByRole('button')).toHaveCount(1);
  await expect(time.locator('.axis span')).toHaveText(['2026-11-20']);
  await watch.assertClean();
});

test('a summary the analyst closed stays closed while more pages load, and its counts follow them', async ({ page }) => {
  const watch = await watchPage(page);
  const NEXT = 'https://graph.microsoft.com/v1.0/security/incidents?$skiptoken=2';
  await mockGraph(page, (url) => url.searchParams.get('$skiptoken') === '2'
    ? { json: { value: [incident(5, { severity: 'high', status: 'active', createdDateTime: '2026-11-23T11:00:00Z' })] } }
    : { json: { '@odata.nextLink': NEXT, value: LOADED } });
  await page.goto('./');
  await connect(page);
  const severity = page.getByRole('figure', { name: 'Incidents by severity' });
  await expect(severity.getByRole('button', { name: 'High 2' })).toBeVisible();
  const strip = page.locator('details.summary-strip');
  await page.getByText('Summary of what is loaded').click();
  await expect(strip).not.toHaveAttribute('open');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(strip).not.toHaveAttribute('open'); // redrawing the counts did not reopen it
  await page.getByText('Summary of what is loaded').click();
  await expect(severity.getByRole('button', { name: 'High 3' })).toBeVisible(); // page two's incident counted
  await watch.assertClean();
});

test('the summary stays as the analyst last left it, and starts closed on a phone', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { value: LOADED } }));
  const strip = page.locator('details.summary-strip');
  const open = async () => {
    await page.goto('./');
    await connect(page);
    await expect(page.getByRole('article').first()).toBeVisible();
  };
  await open();
  await expect(strip).toHaveAttribute('open');
  // The choice is kept by the strip's toggle event, a task of its own: a new visit must not start first.
  const kept = () => page.evaluate(() => localStorage.getItem('incident-viewer.summary'));
  await page.getByText('Summary of what is loaded').click();
  await expect.poll(kept).toBe('closed');
  await open(); // a new visit: still closed
  await expect(strip).toBeVisible();
  await expect(strip).not.toHaveAttribute('open');
  await page.getByText('Summary of what is loaded').click();
  await expect.poll(kept).toBe('open');
  await open();
  await expect(strip).toHaveAttribute('open');

  // A phone, before the analyst has chosen: closed, so the first card is on the first screen.
  await page.evaluate(() => localStorage.removeItem('incident-viewer.summary'));
  await page.setViewportSize({ width: 390, height: 800 });
  await open();
  await expect(strip).toBeVisible();
  await expect(strip).not.toHaveAttribute('open');
  const top = await page.getByRole('article').first().evaluate((card) => card.getBoundingClientRect().top);
  expect(top).toBeLessThan(800);
  await page.getByText('Summary of what is loaded').click();
  await expect(page.getByRole('figure', { name: 'Incidents by severity' })).toBeVisible();
  await watch.assertClean();
});

test('saved views: save, pick, default on next open, delete; only filters are stored', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, () => ({ json: { value: LOADED } }));
  await page.goto('./?severity=high&status=active&sort=priority');
  await connect(page);
  await page.getByLabel('View name').fill('My <b>queue</b>');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved “My <b>queue</b>”.');
  const picker = page.getByRole('combobox', { name: 'Saved views' });
  await expect(picker).toHaveValue('My <b>queue</b>');
  await page.getByRole('button', { name: 'Set as default' }).click();
  await expect(picker.locator('option:checked')).toHaveText('My <b>queue</b> (default)');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(picker).toHaveValue('');
  await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'Low' }).check();
  await page.getByLabel('View name').fill('Low');
  await page.getByLabel('View name').press('Enter');
  await picker.selectOption('My <b>queue</b>');
  await expect(page).toHaveURL(/status=active&severity=high/);
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe("status eq 'active' and severity eq 'high'");

  const stored = await page.evaluate(() => localStorage.getItem('incident-viewer.views') ?? '');
  expect(JSON.parse(stored)).toEqual([
    { name: 'My <b>queue</b>', query: 'status=active&severity=high', is_default: true },
    { name: 'Low', query: 'severity=low', is_default: false },
  ]);
  expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage, ...sessionStorage })))).not.toContain(TOKEN);

  // Opening the app with no filters in the URL applies the default view.
  await page.goto('./');
  await expect(page).toHaveURL(/\?status=active&severity=high$/);
  await connect(page);
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' })).toBeChecked();
  await expect(picker).toHaveValue('My <b>queue</b>');
  await screenshot(page, 'saved-views');
  // A link with its own filters wins over the default.
  await page.goto('./?severity=low');
  await connect(page);
  await expect(picker).toHaveValue('Low');
  await page.getByRole('button', { name: 'Delete view' }).click();
  await expect(picker.locator('option')).toHaveCount(2);
  await watch.assertClean();
});
