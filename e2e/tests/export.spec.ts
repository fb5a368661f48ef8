// Export: what is loaded (all pages, narrowed by search) as CSV and JSON, formula-safe, token-free.
import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import { TOKEN, connect, incident, mockGraph, watchPage } from './graph-mock';

const NEXT = 'https://graph.microsoft.com/v1.0/security/incidents?$skiptoken=2';

test('CSV and JSON exports hold every loaded page, neutralise formulas and never the token', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (url) => url.searchParams.get('$skiptoken') === '2'
    ? { json: { value: [incident(3, { displayName: 'Third, on page two' })] } }
    : { json: { '@odata.nextLink': NEXT, value: [
        incident(1, { displayName: '=HYPERLINK("http://evil.example","click")' }),
        incident(2, { displayName: 'Plain "quoted" name', customTags: ['VIP'] }),
      ] } });
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('article', { name: 'Third, on page two' })).toBeVisible();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^incidents-\d{8}-\d{4}\.csv$/);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^id,displayName,status,severity,/);
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  expect(lines[2]).toContain('"Plain ""quoted"" name"');
  expect(csv).not.toContain(TOKEN);

  await page.getByRole('searchbox', { name: 'Search' }).fill('vip');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 3 loaded incidents match “vip”');
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'));
  expect(exported.map((i: { id: string }) => i.id)).toEqual(['2']);
  expect(JSON.stringify(exported)).not.toContain(TOKEN);
  await watch.assertClean();
});
