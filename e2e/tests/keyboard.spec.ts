// Keyboard-first: j/k move between incidents, o/Enter expand, / searches, Esc closes, ? shows the sheet.
import { test, expect, type Page } from '@playwright/test';
import { alert, connect, incident, mockGraph, screenshot, watchPage } from './graph-mock';

// Focus and scrolling races are hard to see after the fact: a failure prints where the page was.
test.afterEach(async ({ page }, info) => {
  if (info.status === info.expectedStatus) return;
  const state = await page.evaluate(() => ({
    url: location.href,
    scrollY,
    focused: document.activeElement?.outerHTML.slice(0, 120),
    search: (document.getElementById('search') as HTMLInputElement | null)?.value,
    status: document.querySelector('.status-line')?.textContent,
    drawn: [...document.querySelectorAll('article.incident-card h3')].map((h) => h.textContent),
  })).catch((e) => String(e));
  console.log('page at failure:', JSON.stringify(state));
});

test('the list can be worked with the keyboard alone, with visible focus', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (url) => url.pathname.endsWith('/security/incidents/2')
    ? { json: incident(2, { alerts: [alert('a2', 'Alert of two')] }) }
    : { json: { value: [1, 2, 3].map((i) => incident(i, { alerts: [alert(`a${i}`, `Alert of ${['one', 'two', 'three'][i - 1]}`)] })) } });
  await page.goto('./');
  await connect(page);
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('article');
  await expect(cards).toHaveCount(3);
  await leaveSearch(page);

  await page.keyboard.press('j');
  await expect(cards.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(cards.nth(1)).toBeFocused();
  const outline = await cards.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('o');
  await expect(cards.nth(1).getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'true');
  await expect(cards.nth(1).getByRole('list', { name: 'Alerts' })).toContainText('Alert of two');
  await screenshot(page, 'keyboard-focus');
  await page.keyboard.press('Escape');
  await expect(cards.nth(1).getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(cards.nth(1).getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('k');
  await expect(cards.nth(0)).toBeFocused();
  await page.keyboard.press('k');
  await expect(cards.nth(0)).toBeFocused();

  // "/" jumps to search; letters typed there are text, not shortcuts.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('jk');
  await expect(search).toHaveValue('jk');
  await page.keyboard.press('Escape');
  await search.fill('');
  await search.blur();

  // "?" opens the sheet (a modal dialog); Esc closes it and focus returns.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Next incident');
  await screenshot(page, 'keyboard-sheet');
  await page.keyboard.press('j'); // inert while the dialog is open
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // d opens the focused incident's page; Esc leaves it for the list, and j goes on from that card.
  await cards.nth(1).focus();
  await page.keyboard.press('d');
  await expect(page.getByRole('heading', { name: 'Incident number 2', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/incident=2/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article', { name: 'Incident number 3' })).toBeVisible();
  await expect(page).not.toHaveURL(/incident=/);
  await page.keyboard.press('j');
  await expect(page.getByRole('article', { name: 'Incident number 3' })).toBeFocused();
  await watch.assertClean();
});

/**
 * Connecting puts focus in Search; waits for that, then clicks the page's top corner so that focus is on
 * nothing and a letter key is a shortcut, not a search (clicking before Search has taken focus would
 * leave it there, and `j` would search).
 */
async function leaveSearch(page: Page) {
  await expect(page.getByLabel('Search')).toBeFocused();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await expect(page.locator('body')).toBeFocused();
}

/** A page of 50 incidents named "Card 1" … "Card 50", connected; returns the list. */
async function openFiftyCards(page: Page) {
  await mockGraph(page, () => ({ json: { value: Array.from({ length: 50 }, (_, i) => incident(1000 - i, { displayName: `Card ${i + 1}` })) } }));
  await page.goto('./?top=50');
  await connect(page);
  return page.getByRole('list', { name: 'Incidents' });
}

test('j and k walk a long windowed list card by card, each one drawn and on screen', async ({ page }) => {
  const watch = await watchPage(page);
  const list = await openFiftyCards(page);
  await expect(list.getByRole('article').first()).toBeVisible();
  expect(await list.getByRole('article').count()).toBeLessThan(50); // windowed: not all are drawn
  await leaveSearch(page);
  await expect(list.getByRole('article', { name: 'Card 1', exact: true })).toBeInViewport();
  for (let n = 1; n <= 30; n++) {
    await page.keyboard.press('j');
    const card = list.getByRole('article', { name: `Card ${n}`, exact: true });
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
  }
  for (let n = 29; n >= 20; n--) {
    await page.keyboard.press('k');
    await expect(list.getByRole('article', { name: `Card ${n}`, exact: true })).toBeFocused();
  }
  expect(await list.getByRole('article').count()).toBeLessThan(30);
  await watch.assertClean();
});

test('a focused card scrolled far out of the list hands focus to the list, and keys go on from the screen', async ({ page }) => {
  const watch = await watchPage(page);
  const list = await openFiftyCards(page);
  const first = list.getByRole('article', { name: 'Card 1', exact: true });
  await first.getByRole('button', { name: /Show alerts/ }).focus();
  // Scrolled by the page, not by the keyboard: the card with focus is taken out of the list.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(first).toHaveCount(0);
  await expect(list).toBeFocused(); // not dropped to the page (Tab would start again at the header)
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(2000); // taking focus did not scroll back
  await page.keyboard.press('j');
  const focusedCard = page.locator('article.incident-card:focus');
  await expect(focusedCard).toBeInViewport();
  expect(Number((await focusedCard.getAttribute('aria-labelledby'))?.length)).toBeGreaterThan(0);
  expect(await focusedCard.locator('h3').textContent()).not.toBe('Card 1');
  await watch.assertClean();
});

test('Ctrl+F on the list goes to Search (which sees every loaded incident); pressed again it is the browser\'s find', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('article');
  await expect(cards.first()).toBeVisible();
  // Runs after the app's own listener: records whether the app kept the key from the browser.
  await page.evaluate(() => {
    (window as any).__kept = [];
    addEventListener('keydown', (e) => { if (e.key.toLowerCase() === 'f') (window as any).__kept.push(e.defaultPrevented); });
  });
  const kept = () => page.evaluate(() => (window as any).__kept as boolean[]);
  const search = page.getByLabel('Search');
  await search.fill('phish');
  await cards.first().focus();

  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  expect(await search.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 5]);
  await page.keyboard.press('Control+f'); // in Search: the browser's find (not kept)
  await page.keyboard.press('Meta+f');
  await cards.first().focus();
  await page.keyboard.press('Meta+f'); // ⌘F on a Mac
  await expect(search).toBeFocused();
  await page.keyboard.press('Control+Shift+F');
  expect(await kept()).toEqual([true, false, false, true, false]);

  // An incident's page is not windowed: the browser's find sees all of it.
  await cards.first().getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+f');
  expect((await kept()).at(-1)).toBe(false);
  await expect(search).not.toBeFocused();
});

test('Enter in Search goes to the first result, from deep in the list and on a phone', async ({ page }) => {
  const watch = await watchPage(page);
  const list = await openFiftyCards(page);
  await expect(list.getByRole('article').first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.evaluate(() => window.scrollTo(0, 4000));
  // Typed and Enter at once: no waiting for the pause after typing.
  await search.focus();
  await page.keyboard.type('card 4');
  await page.keyboard.press('Enter');
  const first = list.getByRole('article', { name: 'Card 4', exact: true });
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await expect(page.locator('.status-line')).toContainText(/of 50 loaded incidents match “card 4”/);
  await page.keyboard.press('j'); // keys go on from there: to the second result
  await expect(list.getByRole('article').nth(1)).toBeFocused();

  // A phone: the search sits in the folded-out filters, the results far below them.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect.poll(() => page.locator('section.results').evaluate((r) => r.getBoundingClientRect().top)).toBeGreaterThan(800);
  await page.keyboard.type('card 1');
  await page.keyboard.press('Enter');
  const one = list.getByRole('article', { name: 'Card 1', exact: true });
  await expect(one).toBeFocused();
  await expect(one).toBeInViewport();
  await watch.assertClean();
});
