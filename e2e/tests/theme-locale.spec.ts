// Theme toggle (System / Light / Dark, remembered) and numbers in the user's locale.
import { test, expect } from '@playwright/test';
import { TOKEN, connect, incident, mockGraph, screenshot, watchPage } from './graph-mock';

test('Theme pins light or dark over the system setting and is remembered; nothing else is stored', async ({ page }) => {
  const watch = await watchPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await mockGraph(page, () => ({ json: { value: [incident(1)] } }));
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await connect(page);
  await expect(page.getByRole('article')).toHaveCount(1);
  await screenshot(page, 'theme-dark-pinned');

  await page.reload();
  await expect(theme).toHaveValue('dark');
  expect(await background()).not.toBe(light);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toBe(JSON.stringify({ 'incident-viewer.theme': 'dark' }));
  expect(stored).not.toContain(TOKEN);

  // In a dark system, "Light" wins; "System" follows the system again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme.selectOption({ label: 'Light' });
  expect(await background()).toBe(light);
  await theme.selectOption({ label: 'System' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).not.toBe(light);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await watch.assertClean();
});

test.describe('German locale', () => {
  test.use({ locale: 'de-DE' });
  test('counts are grouped the German way', async ({ page }) => {
    const watch = await watchPage(page);
    await mockGraph(page, () => ({ json: { '@odata.count': 12345, value: [incident(1)], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/security/incidents?$skiptoken=x' } }));
    await page.goto('./');
    await connect(page);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–1 of 12.345');
    await watch.assertClean();
  });
});
