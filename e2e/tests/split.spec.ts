// The release wasm comes in two parts: the token form's first, the connected page's fetched after it.
import { test, expect } from '@playwright/test';

const PART = /\/split_connected-[0-9a-f]+\.wasm$/;

test('the token form needs only the first part; the connected page\'s part is fetched after it is shown', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  expect(html).not.toMatch(/split_connected/); // not preloaded: not part of the first load

  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('token')) return;
      observer.disconnect();
      (window as any).__formAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  // Held back a little, as on a slow link: its timing entry then comes well after the request.
  await page.route(PART, async (route) => { await new Promise((r) => setTimeout(r, 300)); await route.continue(); });
  const part = page.waitForRequest(PART);
  await page.goto('./');
  await expect(page.getByLabel('Access token')).toBeVisible();
  await part; // fetched without anything asked of the analyst
  // The resource timing entry appears only once the part's body has arrived, after the request event.
  const entry = await page.waitForFunction(() =>
    performance.getEntriesByType('resource').find((e) => /split_connected/.test(e.name))?.startTime);
  const partAt = (await entry.jsonValue()) as number;
  const formAt = await page.evaluate(() => (window as any).__formAt as number);
  expect(formAt).toBeGreaterThan(0);
  expect(partAt).toBeGreaterThan(formAt);
  expect(warnings).toEqual([]); // e.g. Chromium's note on an ignored preload integrity attribute

  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
});

test('a part that cannot be fetched is said so, and Try again fetches it', async ({ page }) => {
  let refused = 0;
  await page.route(PART, (route) => { refused++; return route.abort('internetdisconnected'); });
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The incident list could not be loaded.' });
  await expect(alert).toBeVisible();
  expect(refused).toBeGreaterThan(0);
  await expect(page.getByRole('list', { name: 'Incidents' })).toHaveCount(0);

  await page.unroute(PART);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('while the part is on its way, the page says it is loading', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(PART, async (route) => { await held; await route.continue(); });
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the incident list…' })).toBeVisible();
  release();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
  await expect(page.getByText('Loading the incident list…')).toHaveCount(0);
});
