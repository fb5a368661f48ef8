// Many incidents: "Load all" takes ⌈N/50⌉ requests at $top=50, shows progress, can be cancelled;
// search covers everything loaded, and only the cards near the screen are drawn (a windowed list).
import { test, expect, type Page } from '@playwright/test';
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
  const list = page.getByRole('list', { name: 'Incidents' });
  const drawn = () => list.locator('article.incident-card').count();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–50 of 1,030');
  expect(await drawn()).toBeLessThan(50); // the page is windowed too

  await page.getByRole('searchbox', { name: 'Search' }).fill('vpn anomaly');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('103 of 1,030 loaded incidents match “vpn anomaly”');
  await expect(list.getByRole('article').first()).toHaveAccessibleName('VPN anomaly 3');
  await expect(page.getByRole('article', { name: 'VPN anomaly 1023' })).toHaveCount(0); // far below: not drawn
  expect(await drawn()).toBeLessThan(30);
  // The cards on screen come first; the margin below the screen follows a frame later, so scrolling on
  // finds cards already there.
  await expect.poll(() => list.locator('article.incident-card').evaluateAll(
    (cards) => cards.filter((c) => c.getBoundingClientRect().top > window.innerHeight).length)).toBeGreaterThan(0);
  // Screen readers hear where a drawn card sits among all 103, not among the few drawn.
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '103');
  // Every match is reachable by scrolling, and the DOM stays the same size.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('article', { name: 'VPN anomaly 1023' })).toBeInViewport();
  await expect(page.getByRole('article', { name: 'VPN anomaly 3', exact: true })).toHaveCount(0);
  expect(await drawn()).toBeLessThan(30);
  await expect(list.locator(':scope > li').last()).toHaveAttribute('aria-posinset', '103');
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(3_000);
  // A card in the middle stays put while rows around it are drawn and measured (no jumping).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForTimeout(200);
  const reading = list.locator('article.incident-card').nth(3);
  const name = await reading.getAttribute('aria-labelledby');
  const top = await reading.evaluate((el) => el.getBoundingClientRect().top);
  await page.waitForTimeout(300);
  const still = list.locator(`article[aria-labelledby="${name}"]`);
  expect(await still.evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(top, 0);
  // Cards drawn above a focused one must not take its focus away (moving a node in the DOM would).
  const details = reading.getByRole('link', { name: 'Details' });
  await details.focus();
  await page.evaluate(() => window.scrollBy(0, -500));
  await page.waitForTimeout(200);
  expect(await list.locator('article.incident-card').first().getAttribute('aria-labelledby')).not.toBe(name);
  await expect(list.locator(`article[aria-labelledby="${name}"]`).getByRole('link', { name: 'Details' })).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('article', { name: 'VPN anomaly 3', exact: true })).toBeInViewport();
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

test("a page's first frame draws only the cards on screen, wherever the summary above them puts the list", async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, pages());
  await page.goto('./');
  // Before the page arrives: record the cards of the first frame that has any (in its animation
  // callback, i.e. before anything drawn later, such as the margin below the screen).
  await page.evaluate(() => {
    (window as unknown as { firstFrame: Promise<number[]> }).firstFrame = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('article.incident-card')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve([...document.querySelectorAll('article.incident-card')]
          .map((card) => card.getBoundingClientRect().top - innerHeight)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await connect(page);
  const belowScreen = await page.evaluate(() => (window as unknown as { firstFrame: Promise<number[]> }).firstFrame);
  expect(belowScreen.length).toBeGreaterThan(0);
  // Every card of that frame starts on screen (the summary strip, drawn in the same frame, pushes the
  // list ~300 px down: counting from where the list was before it drew cards below the screen).
  expect(belowScreen.every((offset) => offset < 0)).toBe(true);
  await expect(page.getByText('Summary of what is loaded')).toBeVisible();
  // The margin follows: scrolling on finds cards already there.
  await expect.poll(() => page.locator('article.incident-card').evaluateAll(
    (cards) => cards.filter((c) => c.getBoundingClientRect().top > window.innerHeight).length)).toBeGreaterThan(0);
  await watch.assertClean();
});

/** A few frames: the list measures its cards and corrects the scroll after layout, before paint. */
function settled(page: Page) {
  return page.evaluate(() => new Promise((resolve) => {
    let frames = 4;
    const tick = () => (--frames ? requestAnimationFrame(tick) : setTimeout(resolve, 150));
    requestAnimationFrame(tick);
  }));
}

/** Graph answered by `pages()`, connected at 50 a page; returns the status line once page one is shown. */
async function openFirstFifty(page: Page) {
  await mockGraph(page, pages());
  await page.goto('./?top=50');
  await connect(page);
  const status = page.locator('.status-line');
  await expect(status).toHaveText(/Showing 1–50/);
  return status;
}

test('demo tenant: clearing a search at the top of the page leaves it at the top', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.setViewportSize({ width: 1400, height: 900 }); // two cards in a new result set's first frame
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('article');
  const status = page.locator('.status-line');
  await expect(status).toHaveText(/^Showing 1–25 of/);
  // The second card's number: searched for, that card comes first; cleared, it is second again. The
  // list used to keep it still on screen, scrolling the page down by a card.
  const second = await cards.nth(1).evaluate((card) => card.textContent!.match(/#(\d+)/)![1]);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(second);
  await expect(status).toContainText('loaded incidents match');
  await expect(cards.first()).toContainText(`#${second}`);
  await settled(page);
  await search.fill('');
  await expect(status).toHaveText(/^Showing 1–25 of/);
  await settled(page);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await watch.assertClean();
});

test('deep in the list, a search and clearing it bring the results\' top into view', async ({ page }) => {
  const watch = await watchPage(page);
  const status = await openFirstFifty(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  const resultsTop = () => page.evaluate(() => Math.round(document.querySelector('section.results')!.getBoundingClientRect().top));
  await page.evaluate(() => window.scrollTo(0, 5000));
  await settled(page);
  await search.fill('VPN anomaly');
  await expect(status).toContainText('5 of 50 loaded incidents match');
  await settled(page);
  expect(Math.abs(await resultsTop())).toBeLessThan(1);
  await page.evaluate(() => window.scrollTo(0, 600));
  await settled(page);
  await search.fill('');
  await expect(status).toHaveText(/Showing 1–50/);
  await settled(page);
  expect(Math.abs(await resultsTop())).toBeLessThan(1);
  await watch.assertClean();
});

test('the card being read stays put while Load all grows the summary above the list', async ({ page }) => {
  const watch = await watchPage(page);
  // The first page is all active; later pages bring other statuses, so the summary gains rows.
  await mockGraph(page, (url) => {
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const statuses = ['resolved', 'inProgress', 'awaitingAction', 'redirected'];
    const value = Array.from({ length: 50 }, (_, k) => incident(100_000 - skip - k, {
      displayName: `Incident ${skip + k}`, status: skip ? statuses[k % 4] : 'active',
    }));
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + 50));
    return { json: { '@odata.count': 200, value, ...(skip < 150 ? { '@odata.nextLink': next.href } : {}) } };
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('./?top=50');
  await connect(page);
  await expect(page.locator('.status-line')).toHaveText(/Showing 1–50 of 200/);
  const strip = page.locator('.summary-strip');
  const stripBefore = (await strip.boundingBox())!.height;
  await page.evaluate(() => window.scrollTo(0, 3000));
  await settled(page);
  // The first card whose top is on screen, and where it is in every frame in which the results change
  // size, as that frame is painted: read by an observer of the results made after the app's, so its
  // callback comes after the app's correction in the same frame. (A timer after each frame read the
  // page between frames too, before the correction of the next: a position never painted.)
  const reading = await page.evaluate(() => {
    const card = [...document.querySelectorAll('article.incident-card')].find((c) => c.getBoundingClientRect().top > 0)!;
    const name = card.querySelector('h3')!.textContent!;
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    new ResizeObserver(() => {
      const heading = [...document.querySelectorAll('article.incident-card h3')].find((h) => h.textContent === name);
      if (heading) seen.push(heading.closest('article')!.getBoundingClientRect().top);
    }).observe(document.querySelector('section.results')!);
    return { name, top: card.getBoundingClientRect().top };
  });
  await page.getByRole('button', { name: 'Load all' }).evaluate((b: HTMLButtonElement) => b.click()); // no scrolling to it
  await expect(page.locator('.status-line')).toHaveText(/^200 loaded|Showing 1–50 of 200$/);
  await expect(page.getByRole('button', { name: 'Load all' })).toBeDisabled();
  await settled(page);
  expect((await strip.boundingBox())!.height).toBeGreaterThan(stripBefore + 15); // it did grow: a row per status
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  seen.push(await page.evaluate((name) => [...document.querySelectorAll('article.incident-card h3')]
    .find((h) => h.textContent === name)!.closest('article')!.getBoundingClientRect().top, reading.name));
  expect(seen.length).toBeGreaterThan(2); // the first report, the summary's growth, and now
  for (const top of seen) expect(Math.abs(top - reading.top), `${reading.name} painted at ${top}, was ${reading.top}`).toBeLessThan(2);
  await watch.assertClean();
});

test('a scroll that comes before a resize is handled is the user\'s: the list does not pull the page back', async ({ page }) => {
  const watch = await watchPage(page);
  await openFirstFifty(page);
  await page.evaluate(() => window.scrollTo(0, 4000));
  await settled(page);
  // As when the window shrinks and focus moves to Search before the resize event is dispatched: the
  // list keeps the card being read still through a resize, but not against a scroll made since.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    window.dispatchEvent(new Event('resize'));
  });
  await settled(page);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await watch.assertClean();
});
