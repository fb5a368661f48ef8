// Search covers what a card does not show (alert titles, MITRE ids, evidence): the card says where it found it.
import { test, expect } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { alert, connect, incident, mockGraph, screenshot, watchPage } from './graph-mock';

test('a card says where in its alerts a search found it, and only there', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { value: [
    incident(1, { displayName: 'Phishing wave', alerts: [alert('a1', 'Suspicious PowerShell command line')] }),
    incident(2, { displayName: 'PowerShell on a server', alerts: [alert('a2', 'Unusual sign-in')] }),
  ] } }));
  await page.goto('./');
  await connect(page);
  const phishing = page.getByRole('article', { name: 'Phishing wave' });
  const server = page.getByRole('article', { name: 'PowerShell on a server' });
  await expect(phishing).toBeVisible();
  await expect(page.locator('.found-in')).toHaveCount(0); // no search, no line
  const search = page.getByRole('searchbox', { name: 'Search' });
  const status = page.locator('.status-line');

  await search.fill('POWERSHELL');
  await expect(status).toContainText('2 of 2 loaded incidents match');
  await expect(phishing.locator('.found-in')).toHaveText('Found in alert “Suspicious PowerShell command line”');
  await expect(server.locator('.found-in')).toHaveCount(0); // found in its name, which the card shows

  await search.fill('ws-042');
  await expect(status).toContainText('2 of 2 loaded incidents match');
  await expect(phishing.locator('.found-in')).toHaveText('Found in evidence “ws-042.contoso.local”');
  await expect(server.locator('.found-in')).toHaveText('Found in evidence “ws-042.contoso.local”');

  // Typing on narrows the same cards: their lines follow the new terms.
  await search.fill('ws-042 t1059 203.0.113');
  await expect(status).toContainText('2 of 2 loaded incidents match');
  await expect(phishing.locator('.found-in'))
    .toHaveText('Found in MITRE T1059.001; evidence “ws-042.contoso.local”, “203.0.113.9”');
  await screenshot(page, 'search-found-in');
  await expectNoA11yViolations(page, 'search with found-in lines, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(page, 'search with found-in lines, dark');

  await search.fill('');
  await expect(status).toContainText('Showing 1–2');
  await expect(page.locator('.found-in')).toHaveCount(0);
  await watch.assertClean();
});

test('a search says how many incidents it could not look at, until Load all brings them in', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const status = page.locator('.status-line');
  await expect(status).toHaveText('Showing 1–25 of 360');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ransomware');
  await expect(status).toHaveText(/^\d+ of 25 loaded incidents match “ransomware” · 335 not loaded: Load all to search them too$/);
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(status).toHaveText(/^\d+ of 360 loaded incidents match “ransomware”$/, { timeout: 30_000 });
  await watch.assertClean();
});
