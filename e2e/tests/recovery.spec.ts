// Recovering without losing work: a renewed token after 401, a retry after a drop while paging,
// and double clicks that must not duplicate requests.
import { test, expect } from '@playwright/test';
import { GRAPH, TOKEN, connect, graphError, incident, mockGraph, watchPage } from './graph-mock';

const NEXT = `${GRAPH}/v1.0/security/incidents?$top=25&$skiptoken=page2`;

test('after a 401 a new token repeats the failed request and keeps filters and pages', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, (url, req) => {
    const auth = req.headers()['authorization'];
    if (url.searchParams.get('$skiptoken') === 'page2') {
      return auth === 'Bearer fresh-token'
        ? { json: { value: [incident(3, { displayName: 'Page two with fresh token' })] } }
        : graphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    }
    return { json: { '@odata.count': 2, '@odata.nextLink': NEXT, value: [incident(1, { displayName: 'Page one' })] } };
  });
  await page.goto('./?severity=high');
  await connect(page);
  await expect(page.getByRole('article', { name: 'Page one' })).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('alert')).toContainText('Your access token is expired or invalid');
  await page.getByLabel('New access token').fill('fresh-token');
  await page.getByRole('button', { name: 'Use new token' }).click();
  await expect(page.getByRole('article', { name: 'Page two with fresh token' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(seen.map((r) => r.headers['authorization'])).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, 'Bearer fresh-token']);
  expect(seen[2].url.href).toBe(new URL(NEXT).href);
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByRole('article', { name: 'Page one' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' })).toBeChecked();
  expect(seen).toHaveLength(3);
  await watch.assertClean();
});

test('a network drop while paging keeps page one and retries the same nextLink', async ({ page }) => {
  const watch = await watchPage(page);
  let drops = 1;
  const seen = await mockGraph(page, (url) => {
    if (url.searchParams.get('$skiptoken') === 'page2') {
      return drops-- > 0 ? 'abort' : { json: { value: [incident(2, { displayName: 'Page two' })] } };
    }
    return { json: { '@odata.count': 2, '@odata.nextLink': NEXT, value: [incident(1, { displayName: 'Page one' })] } };
  });
  await page.goto('./');
  await connect(page);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not reach Microsoft Graph');
  await expect(page.getByRole('article', { name: 'Page one' })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article', { name: 'Page two' })).toBeVisible();
  expect(seen.map((r) => r.url.searchParams.get('$skiptoken'))).toEqual([null, 'page2', 'page2']);
  await watch.assertClean();
});

test('a double click on Next page sends one request', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, (url) =>
    url.searchParams.get('$skiptoken') === 'page2'
      ? { json: { value: [incident(2, { displayName: 'Page two' })] } }
      : { json: { '@odata.count': 2, '@odata.nextLink': NEXT, value: [incident(1, { displayName: 'Page one' })] } });
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('article', { name: 'Page one' })).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).dblclick();
  await expect(page.getByRole('article', { name: 'Page two' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(seen).toHaveLength(2);
  await watch.assertClean();
});
