// 429/503/504: wait (Retry-After when readable, else backoff with jitter), retry a bounded number of
// times, show the countdown, and let the user cancel.
import { test, expect } from '@playwright/test';
import { connect, graphError, incident, mockGraph, watchPage, type Reply } from './graph-mock';

function throttled(retryAfter?: string): Reply {
  const reply = graphError(429, 'TooManyRequests', 'Too many requests');
  return retryAfter ? { ...reply, headers: { 'retry-after': retryAfter } } : reply;
}

test('429 with a fractional Retry-After waits about that long, then succeeds', async ({ page }) => {
  const watch = await watchPage(page);
  const times: number[] = [];
  await mockGraph(page, () => {
    times.push(Date.now());
    return times.length === 1 ? throttled('1.5') : { json: { value: [incident(1, { displayName: 'After throttling' })] } };
  });
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'Graph is throttling, retrying in' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'After throttling' })).toBeVisible({ timeout: 10_000 });
  expect(times).toHaveLength(2);
  expect(times[1] - times[0]).toBeGreaterThanOrEqual(1400);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await watch.assertClean();
});

test('503 without Retry-After backs off exponentially, bounded, then reports', async ({ page }) => {
  test.setTimeout(40_000);
  const watch = await watchPage(page);
  const times: number[] = [];
  await mockGraph(page, () => { times.push(Date.now()); return graphError(503, 'ServiceUnavailable', 'Try later'); });
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'Graph is temporarily unavailable, retrying in' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('had a problem answering', { timeout: 20_000 });
  expect(times).toHaveLength(4); // bounded: the first attempt and three retries
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  // Equal jitter: attempt n waits between 2^n/2 and 2^n seconds.
  expect(gaps[0]).toBeGreaterThanOrEqual(450);
  expect(gaps[1]).toBeGreaterThanOrEqual(950);
  expect(gaps[2]).toBeGreaterThanOrEqual(1950);
  await watch.assertClean();
});

test('Cancel stops waiting and sends nothing more', async ({ page }) => {
  const watch = await watchPage(page);
  let calls = 0;
  await mockGraph(page, () => { calls++; return throttled('30'); });
  await page.goto('./');
  await connect(page);
  const waiting = page.getByRole('status').filter({ hasText: 'retrying in' });
  await expect(waiting).toContainText(/retrying in (30|29) s/);
  await waiting.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('throttling');
  await expect(waiting).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(calls).toBe(1);
  await watch.assertClean();
});

test('changing a filter while waiting drops the old query', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (url) =>
    url.searchParams.has('$filter')
      ? { json: { value: [incident(2, { displayName: 'Only the new query' })] } }
      : throttled('30'));
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'retrying in' })).toBeVisible();
  await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'Low' }).check();
  await expect(page.getByRole('article', { name: 'Only the new query' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'retrying in' })).toHaveCount(0);
  await watch.assertClean();
});

test('a slow answer to an old query never replaces the new one', async ({ page }) => {
  const watch = await watchPage(page);
  await page.route('https://graph.microsoft.com/**', async (route) => {
    const url = new URL(route.request().url());
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'content-type': 'application/json' };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const filtered = url.searchParams.has('$filter');
    if (!filtered) await new Promise((r) => setTimeout(r, 1500));
    const name = filtered ? 'Fresh answer' : 'Stale answer';
    return route.fulfill({ headers: cors, body: JSON.stringify({ value: [incident(filtered ? 2 : 1, { displayName: name })] }) });
  });
  await page.goto('./');
  await connect(page);
  await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await expect(page.getByRole('article', { name: 'Fresh answer' })).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(page.getByRole('article', { name: 'Stale answer' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Fresh answer' })).toBeVisible();
  await watch.assertClean();
});
