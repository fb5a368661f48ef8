// Many incidents: "Load all" takes ⌈N/50⌉ requests at $top=50, shows progress, can be cancelled;
// search covers everything loaded while the DOM stays one page (or 50 results) big.
import { test, expect } from '@playwright/test';
import { GRAPH, connect, incident, mockGraph, watchPage } from './graph-mock';

const TOTAL = 1_030;

function pages(delayFirst = false) {
  return (url: URL) => {
    const top = Number(url.searchParams.get('$top') ?? 50);
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const items = [];
    for (let i = skip; i < Math.min(TOTAL, skip + top); i++) {
      items.push(incident(100_000 - i, { displayName: i % 10 === 3 ? `VPN anomaly ${i}` : `Incident ${i}` }));
    }
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + top));
    return { json: { '@odata.count': TOTAL, value: items, ...(skip + top < TOTAL ? { '@odata.nextLink': next.href } : {}) } };
  };
}

test('Load all switches to 50 a page, needs ⌈N/50⌉ requests, and search spans it all', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, pages());
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–25 of 1,030');
  const before = seen.length;
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect.poll(() => seen.length - before, { timeout: 20_000 }).toBe(Math.ceil(TOTAL / 50));
  await expect(page.getByRole('button', { name: 'Load all' })).toBeDisabled(); // nothing left to load
  await expect(page.getByRole('status').filter({ hasText: 'loading all' })).toHaveCount(0);
  const loadAll = seen.slice(before);
  expect(loadAll).toHaveLength(Math.ceil(TOTAL / 50));
  expect(loadAll.every((r) => r.url.searchParams.get('$top') === '50')).toBe(true);
  expect(page.url()).toContain('top=50');
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(50);

  await page.getByRole('searchbox', { name: 'Search' }).fill('vpn anomaly');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('103 of 1,030 loaded incidents match “vpn anomaly” (showing the first 50)');
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(50);
  await expect(page.getByRole('article', { name: 'VPN anomaly 503' })).toHaveCount(0); // the 51st match is not rendered
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(5_000);
  await watch.assertClean();
});

test('Load all can be cancelled and keeps what it loaded', async ({ page }) => {
  const watch = await watchPage(page);
  const answer = pages();
  let calls = 0;
  await page.route(`${GRAPH}/**`, async (route) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'content-type': 'application/json' };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    calls++;
    if (calls > 3) await new Promise((r) => setTimeout(r, 400));
    return route.fulfill({ headers: cors, body: JSON.stringify((answer(new URL(route.request().url())) as { json: unknown }).json) });
  });
  await page.goto('./?top=50');
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–50 of 1,030');
  await page.getByRole('button', { name: 'Load all' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'loading all' });
  await expect(progress).toContainText(/loading all: \d[\d,]* of 1,030 loaded/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  const callsAtCancel = calls;
  await page.waitForTimeout(900);
  expect(calls).toBeLessThanOrEqual(callsAtCancel + 1);
  expect(calls).toBeLessThan(Math.ceil(TOTAL / 50));
  await page.getByRole('searchbox', { name: 'Search' }).fill('incident');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText(/of (1\d\d) loaded incidents/);
  await watch.assertClean();
});
