// "Show Graph request": the exact URL of the current view, copyable as URL and as curl, never the token.
import { test, expect } from '@playwright/test';
import { GRAPH, TOKEN, connect, incident, mockGraph, screenshot, watchPage } from './graph-mock';
import { expectNoA11yViolations } from './a11y';

const NEXT = `${GRAPH}/v1.0/security/incidents?$count=true&$top=25&$skiptoken=abc%3D`;

test('the dialog shows the request behind the current page and copies it token-free', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(page);
  const seen = await mockGraph(page, (url) => url.searchParams.get('$skiptoken')
    ? { json: { value: [incident(2)] } }
    : { json: { '@odata.nextLink': NEXT, value: [incident(1)] } });
  await page.goto("./?assignedTo=o'brien");
  await connect(page);
  await expect(page.getByRole('article', { name: 'Incident number 1' })).toBeVisible();

  await page.getByRole('button', { name: 'Show Graph request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Graph request' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('pre').first()).toHaveText(seen[0].url.href);
  await expect(dialog.locator('pre').nth(1)).toContainText('-H "Authorization: Bearer $TOKEN"');
  await expect(dialog).not.toContainText(TOKEN);
  await expectNoA11yViolations(page, 'Graph request dialog');
  await screenshot(page, 'graph-request');

  await dialog.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(dialog.getByRole('status')).toHaveText('curl command copied.');
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain(`curl -sS '${seen[0].url.href.replace(/'/g, "'\\''")}'`);
  expect(curl).not.toContain(TOKEN);
  await dialog.getByRole('button', { name: 'Copy URL' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seen[0].url.href);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('article', { name: 'Incident number 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Show Graph request' }).click();
  await expect(dialog.locator('pre').first()).toHaveText(NEXT);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await watch.assertClean();
});
