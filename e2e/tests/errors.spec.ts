// Every error reaches the user in role="alert": plain words first, Graph's details after. No panics.
import { test, expect } from '@playwright/test';
import { connect, graphError, incident, mockGraph, screenshot, watchPage, type Reply } from './graph-mock';

const cases: { name: string; reply: Reply | 'abort'; words: string; details?: string }[] = [
  { name: '401 expired token', reply: graphError(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.'),
    words: 'Your access token is expired or invalid', details: 'InvalidAuthenticationToken · Lifetime validation failed, the token is expired. · request-id req-401' },
  { name: '403 missing permission', reply: graphError(403, 'Forbidden', 'Missing application roles. API required roles: SecurityIncident.Read.All.'),
    words: 'needs the SecurityIncident.Read.All permission', details: 'request-id req-403' },
  { name: '400 rejected query', reply: graphError(400, 'BadRequest', "Invalid filter clause"), words: 'rejected the query', details: 'Invalid filter clause' },
  { name: '500 server error', reply: graphError(500, 'InternalServerError', 'Something broke'), words: 'had a problem answering' },
  { name: 'network failure', reply: 'abort', words: 'Could not reach Microsoft Graph' },
  { name: 'HTML page with status 200', reply: { body: '<!DOCTYPE html><html><body>Sign in to your account</body></html>', headers: { 'content-type': 'text/html' } },
    words: 'did not look like Microsoft Graph data' },
  { name: 'truncated JSON', reply: { body: '{"value": [{"id": "1"' }, words: 'did not look like Microsoft Graph data' },
];

for (const c of cases) {
  test(`error: ${c.name}`, async ({ page }) => {
    const watch = await watchPage(page);
    await mockGraph(page, () => c.reply);
    await page.goto('./');
    await connect(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(c.words);
    if (c.details) await expect(alert).toContainText(c.details);
    // The plain sentence comes first, the technical details after it.
    await expect(alert.locator('p').first()).toContainText(c.words);
    if (c.details) await expect(alert.locator('p').nth(1)).toContainText(c.details);
    await expect(page.getByRole('list', { name: 'Incidents' })).toHaveAttribute('aria-busy', 'false');
    if (c.name.startsWith('401')) await screenshot(page, 'error-401');
    await watch.assertClean();
  });
}

test('a 500 on $expand=alerts falls back to listing without expand', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, (url) =>
    url.searchParams.get('$expand') === 'alerts'
      ? graphError(500, 'InternalServerError', 'boom')
      : { json: { value: [incident(5, { displayName: 'Listed without expand' })] } });
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('article', { name: 'Listed without expand' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(seen.map((r) => r.url.searchParams.get('$expand'))).toEqual(['alerts', null]);
  await watch.assertClean();
});

test('a transient error can be retried', async ({ page }) => {
  const watch = await watchPage(page);
  let calls = 0;
  await mockGraph(page, () => (++calls === 1 ? 'abort' : { json: { value: [incident(1, { displayName: 'After retry' })] } }));
  await page.goto('./');
  await connect(page);
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('article', { name: 'After retry' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await watch.assertClean();
});

test('one unreadable incident does not lose the page', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { value: [incident(1), 'garbage', incident(2, { severity: 42, status: null, createdDateTime: 'nope' })] } }));
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText('1 could not be read');
  await watch.assertClean();
});

test('an empty token is not sent', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, () => ({ json: { value: [] } }));
  await page.goto('./');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toContainText('Paste an access token first');
  expect(seen).toHaveLength(0);
  await watch.assertClean();
});

test('incidents that repeat an id are all shown', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({ json: { value: [
    incident(1, { displayName: 'Same id, first' }), incident(1, { displayName: 'Same id, second' }), incident(1, { displayName: 'Same id, first' }),
  ] } }));
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('article', { name: 'Same id, second' })).toBeVisible();
  await watch.assertClean();
});
