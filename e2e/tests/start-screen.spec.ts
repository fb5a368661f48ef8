// The start screen: index.html's plain-HTML header and token form, usable while the WebAssembly app is
// still on its way, then handed over to the app without a visible change.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { GRAPH, TOKEN, incident, mockGraph, watchPage } from './graph-mock';

const FIRST_MODULE = /\/incident-viewer-[0-9a-f]+_bg\.wasm$/;

/** Holds the app's first module back until `release()`: the start screen is all there is till then. */
async function holdApp(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(FIRST_MODULE, async (route) => { await held; await route.continue(); });
  return release;
}

const started = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.start === 'taken');

/** Pixels that differ by more than anti-aliasing noise (rounded corners vary by 1–2 levels between frames). */
async function differingPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  const urls = [a, b].map((png) => `data:image/png;base64,${png.toString('base64')}`);
  const count = await page.evaluate(async ([first, second]) => {
    const pixels = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const [x, y] = await Promise.all([pixels(first), pixels(second)]);
    if (x.length !== y.length) return -1;
    let differing = 0;
    for (let i = 0; i < x.length; i += 4) {
      if (Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2])) > 8) differing++;
    }
    return differing;
  }, urls);
  await page.close();
  return count;
}

for (const { name, viewport, colorScheme } of [
  { name: 'wide, light', viewport: { width: 1280, height: 720 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 375, height: 740 }, colorScheme: 'dark' as const },
]) {
  test(`the start screen looks and reads like the app's first view, and the hand-over shows no change (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    const watch = await watchPage(page);
    const release = await holdApp(page);
    await page.goto('./');
    const field = page.getByLabel('Access token');
    await expect(field).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.dataset.start)).toBe('shown');
    const before = { png: await page.screenshot(), aria: await page.locator('body').ariaSnapshot() };
    await expectNoA11yViolations(page, `start screen (${name})`);

    release();
    await started(page);
    await expect(page.locator('[data-start-screen]')).toHaveCount(0);
    await expect(field).toBeFocused();
    const after = { png: await page.screenshot(), aria: await page.locator('body').ariaSnapshot() };
    expect(after.aria).toBe(before.aria);
    expect(await differingPixels(browser, before.png, after.png)).toBe(0);
    await watch.assertClean();
    await context.close();
  });
}

test('a token typed, options chosen and Connect pressed before the app is up are all kept', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, () => ({ json: { value: [incident(1)] } }));
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('combobox', { name: 'API version' }).selectOption('beta');
  await page.getByRole('checkbox', { name: 'Remember for this browser tab' }).check();
  await page.getByLabel('Access token').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Starting the app…' })).toBeVisible();
  expect(seen).toHaveLength(0);

  release();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(1);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0].url.href.startsWith(`${GRAPH}/beta/security/incidents`)).toBe(true);
  expect(seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  // The opt-in took effect: the connection is kept for this tab, and nowhere else.
  expect(await page.evaluate(() => sessionStorage.getItem('incident-viewer.connection'))).toContain(TOKEN);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(TOKEN);
  await watch.assertClean();
});

test('Try demo data pressed before the app is up opens the demo', async ({ page }) => {
  const watch = await watchPage(page, []);
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Starting the app…' })).toBeVisible();
  release();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
  await watch.assertClean();
});

test('typing carries on across the hand-over: the caret stays where it was', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  const field = page.getByLabel('Access token');
  await field.pressSequentially('abcdef');
  await field.press('ArrowLeft');
  await field.press('ArrowLeft');
  await field.press('ArrowLeft');
  release();
  await started(page);
  await expect(field).toBeFocused();
  await field.pressSequentially('X');
  await expect(field).toHaveValue('abcXdef');
  // The app has the value too: its inspector reads it.
  await expect(page.getByRole('region', { name: 'Token details' })).toContainText('does not look like a Microsoft access token');
});

test('focus on another control and a theme picked there carry over', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  // Shown at once, before the app is up.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByRole('combobox', { name: 'Cloud' }).focus();
  release();
  await started(page);
  await expect(page.getByRole('combobox', { name: 'Cloud' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  // The app stored the choice, as if it had been made in the app.
  expect(await page.evaluate(() => localStorage.getItem('incident-viewer.theme'))).toBe('dark');
});

test('a saved theme is on the first paint, before the app is up', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('incident-viewer.theme', 'dark'));
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.getByLabel('Access token')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  release();
  await started(page);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
});

test('a stored theme that is not one of the choices means the system\'s, on the start screen and after', async ({ page }) => {
  const watch = await watchPage(page);
  await page.addInitScript(() => localStorage.setItem('incident-viewer.theme', 'dark"] x'));
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.getByLabel('Access token')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  release();
  await started(page);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  await watch.assertClean();
});

test('a connection remembered for this tab opens on the list without flashing the token form', async ({ page }) => {
  await mockGraph(page, () => ({ json: { value: [incident(1)] } }));
  await page.addInitScript((token) => sessionStorage.setItem('incident-viewer.connection',
    JSON.stringify({ token, cloud: 'global', version: 'v1.0' })), TOKEN);
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.locator('header[data-start-screen]')).toBeAttached();
  await expect(page.getByLabel('Access token')).toBeHidden();
  release();
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(1);
  await expect(page.locator('[data-start-screen]')).toHaveCount(0);
});

test('an app that cannot be loaded is said so on the start screen', async ({ page }) => {
  await page.route(FIRST_MODULE, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status')).toHaveText(/could not be loaded.*reload the page/);
  expect(await page.evaluate(() => document.documentElement.dataset.start)).toBe('failed');
  expect(page.url()).not.toContain('?'); // the form was not submitted as a page request
});

test('a browser without WebAssembly is told so on the start screen, and presses do nothing', async ({ page }) => {
  await page.addInitScript(() => { delete (window as any).WebAssembly; });
  await page.goto('./');
  await expect(page.getByRole('status')).toHaveText(/runs no WebAssembly.*needs it/);
  await expectNoA11yViolations(page, 'start screen without WebAssembly'); // e.g. the note's contrast
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status')).toHaveText(/runs no WebAssembly/); // not "Starting the app…"
  expect(await page.evaluate(() => document.documentElement.dataset.start)).toBe('failed');
});

// (The <noscript> line cannot be checked here: with scripts disabled this way Chromium still parses
// <noscript> as if they ran.)
test('without JavaScript the start screen stays hidden: a form that could never connect is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('header[data-start-screen]')).toBeAttached();
  await expect(page.getByLabel('Access token')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Connect' })).toBeHidden();
  await context.close();
});
