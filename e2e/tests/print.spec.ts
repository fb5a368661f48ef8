// Printing (or saving as PDF) puts every card of the results on paper, though the list on screen is
// windowed; the controls stay off paper, and the palette is light whatever the theme.
import { test, expect, type Page } from '@playwright/test';
import { connect, incident, mockGraph } from './graph-mock';

/** Prints to PDF; returns what the page held once the app had answered `beforeprint`. */
async function print(page: Page) {
  await page.evaluate(() => {
    // Added after the app's own listener, so it runs after the app has reacted (listeners run in order,
    // each followed by its microtasks) and before the browser lays the page out for paper.
    addEventListener('beforeprint', () => {
      const list = document.querySelector('ul.incident-list') as HTMLElement;
      (window as any).__atPrint = {
        cards: list.querySelectorAll('article.incident-card').length,
        padding: [list.style.paddingTop, list.style.paddingBottom],
      };
    }, { once: true });
  });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return page.evaluate(() => (window as any).__atPrint as { cards: number; padding: string[] });
}

test('every card of the page goes on paper, and the list is windowed again afterwards', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const list = page.getByRole('list', { name: 'Incidents' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–25 of 360');
  const drawn = () => list.locator('article.incident-card').count();
  await expect.poll(drawn).toBeGreaterThan(0);
  expect(await drawn()).toBeLessThan(25);

  expect(await print(page)).toEqual({ cards: 25, padding: ['0px', '0px'] });
  await expect.poll(drawn).toBeLessThan(25); // afterprint: windowed again

  // On paper: no controls, the light palette, and exact times beside "3 h ago".
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const name of ['Filters and search', 'Load all', 'Next page']) {
    await expect(page.getByText(name, { exact: true }).first()).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'Incident Viewer' })).toBeVisible();
  const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(27, 31, 36)']);
  const time = list.locator('time[title]').first();
  const title = await time.getAttribute('title');
  expect(await time.evaluate((t) => getComputedStyle(t, '::after').content)).toBe(`" · ${title}"`);
});

test('a long search result goes on paper up to 500 cards, and says so', async ({ page }) => {
  const TOTAL = 600;
  await mockGraph(page, (url) => {
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const top = Number(url.searchParams.get('$top') ?? 50);
    const value = [];
    for (let i = skip; i < Math.min(TOTAL, skip + top); i++) value.push(incident(10_000 - i, { displayName: `Sign-in anomaly ${i}` }));
    const next = new URL(url);
    next.searchParams.set('$skip', String(skip + top));
    return { json: { '@odata.count': TOTAL, value, ...(skip + top < TOTAL ? { '@odata.nextLink': next.href } : {}) } };
  });
  await page.goto('./');
  await connect(page);
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByRole('button', { name: 'Load all' })).toBeDisabled({ timeout: 20_000 });
  await page.getByLabel('Search').fill('anomaly');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText('600');
  const note = page.getByText('Printed: the first 500 of these 600 incidents (Export CSV or JSON has them all).');
  await expect(note).toBeHidden(); // on screen it is not shown

  expect(await print(page)).toEqual({ cards: 500, padding: ['0px', '0px'] });
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Search').fill('anomaly 59');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^\d\d of 600 loaded incidents match/);
  await expect(note).toHaveCount(0); // fewer than 500 matches all go on paper
});
