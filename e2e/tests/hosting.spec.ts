// Hosting anywhere: the release build under a subpath, and through nginx with the shipped config.
import { test, expect } from '@playwright/test';
import { NGINX_PORT, SUBPATH_PORT } from './ports';
import { clickSettled, watchPage } from './graph-mock';

const NGINX = `http://127.0.0.1:${NGINX_PORT}/`;
const SUBPATH = `http://127.0.0.1:${SUBPATH_PORT}/tools/incidents/`;

async function demoFlow(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
  await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await clickSettled(page.getByRole('button', { name: 'Next page' }));
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing 26–/);
  const card = page.getByRole('list', { name: 'Incidents' }).getByRole('article').first();
  await card.getByRole('button', { name: 'Show alerts' }).click();
  await expect(card.getByRole('list', { name: 'Alerts' })).toBeVisible();
}

test('the release build works from a subpath', async ({ page }) => {
  const watch = await watchPage(page, []);
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(SUBPATH)) outside.push(r.url()); });
  await page.goto(SUBPATH);
  await demoFlow(page);
  expect(new URL(page.url()).pathname).toBe('/tools/incidents/');
  expect(page.url()).toContain('severity=high');
  await page.reload();
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' })).toBeChecked();
  expect(outside).toEqual([]);
  await watch.assertClean();
});

test('nginx with the shipped config sends the security and caching headers, and the app runs', async ({ page, request }) => {
  const index = await request.get(NGINX);
  expect(index.status()).toBe(200);
  const headers = index.headers();
  const meta = (await index.text()).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(meta).toBeTruthy();
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');

  // The first module is preloaded by the page; the connected page's module is named by the split loader.
  const html = await index.text();
  const wasmName = html.match(/href="\.\/([^"]+_bg\.wasm)"/)?.[1];
  const splitLoader = html.match(/href="\.\/(wasm-split-[0-9a-f]+\.js)"/)?.[1];
  const partName = (await (await request.get(NGINX + splitLoader)).text()).match(/"\.\/(split_[^"]+\.wasm)"/)?.[1];
  expect(partName).toBeTruthy();
  for (const name of [wasmName, partName]) {
    const wasm = await request.get(NGINX + name);
    expect(wasm.status()).toBe(200);
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(wasm.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }

  const watch = await watchPage(page, []);
  await page.goto(NGINX);
  await demoFlow(page);
  await watch.assertClean();
});
