// The token: inspected locally before sending, kept only where the user allows, renewed in place.
import { test, expect } from '@playwright/test';
import { connect, incident, mockGraph, watchPage } from './graph-mock';

function jwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64(claims)}.c2lnbmF0dXJl`;
}
const inMinutes = (m: number) => Math.floor(Date.now() / 1000) + m * 60;
const good = (exp = inMinutes(60)) => jwt({
  aud: 'https://graph.microsoft.com', tid: 'tenant-4b2462a4', upn: 'analyst@contoso.com',
  scp: 'SecurityIncident.Read.All User.Read', iat: inMinutes(-5), exp,
});

test('the inspector shows claims and warns before sending', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, () => ({ json: { value: [] } }));
  await page.goto('./');
  const field = page.getByLabel('Access token');
  await field.fill(good());
  const details = page.getByRole('region', { name: 'Token details' });
  await expect(details).toContainText('tenant-4b2462a4');
  await expect(details).toContainText('analyst@contoso.com');
  await expect(details).toContainText('SecurityIncident.Read.All');
  await expect(details.locator('.countdown')).toHaveText(/^(59|58):\d\d$/);
  await expect(details.getByRole('listitem')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Cloud' }).selectOption({ label: 'US Government (DoD)' });
  await expect(details).toContainText('not for https://dod-graph.microsoft.us');
  await page.getByRole('combobox', { name: 'Cloud' }).selectOption({ label: 'Global' });

  await field.fill(jwt({ aud: 'https://graph.microsoft.com', scp: 'User.Read', exp: inMinutes(-1) }));
  await expect(details).toContainText('This token has expired');
  await expect(details).toContainText('neither SecurityIncident.Read.All nor SecurityIncident.ReadWrite.All');
  await field.fill('definitely-not-a-jwt');
  await expect(details).toContainText('does not look like a Microsoft access token');
  expect(seen).toHaveLength(0); // nothing is sent while typing
  await watch.assertClean();
});

test('remember for this tab keeps the connection in sessionStorage only, and Disconnect forgets it', async ({ page }) => {
  const watch = await watchPage(page);
  const token = good();
  const seen = await mockGraph(page, () => ({ json: { value: [incident(1, { displayName: 'Remembered session' })] } }));
  await page.goto('./?severity=high');
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('checkbox', { name: 'Remember for this browser tab' }).check();
  await page.getByRole('combobox', { name: 'API version' }).selectOption('beta');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('article', { name: 'Remembered session' })).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie)).not.toContain(token);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).toContain(token);

  await page.reload();
  await expect(page.getByRole('article', { name: 'Remembered session' })).toBeVisible();
  expect(seen[seen.length - 1].url.pathname).toBe('/beta/security/incidents');
  expect(seen[seen.length - 1].headers['authorization']).toBe(`Bearer ${token}`);
  expect(page.url()).not.toContain(token);

  await page.getByRole('button', { name: 'Disconnect' }).click();
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(token);
  await page.reload();
  await expect(page.getByLabel('Access token')).toBeVisible();
  await watch.assertClean();
});

test('without the opt-in nothing is stored and a reload asks again', async ({ page }) => {
  const watch = await watchPage(page);
  const token = good();
  await mockGraph(page, () => ({ json: { value: [incident(1)] } }));
  await page.goto('./');
  await connect(page, token);
  await expect(page.getByRole('article', { name: 'Incident number 1' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(stored).not.toContain(token);
  await page.reload();
  await expect(page.getByLabel('Access token')).toBeVisible();
  await watch.assertClean();
});

test('a token that expires mid-session is renewed without losing the list', async ({ page }) => {
  const watch = await watchPage(page);
  await page.clock.install();
  const seen = await mockGraph(page, () => ({ json: { '@odata.count': 1, value: [incident(1, { displayName: 'Still here' })] } }));
  await page.goto('./?status=active');
  const expiring = jwt({ aud: 'https://graph.microsoft.com', scp: 'SecurityIncident.Read.All', exp: Math.floor(Date.now() / 1000) + 90 });
  await connect(page, expiring);
  await expect(page.getByRole('article', { name: 'Still here' })).toBeVisible();
  await expect(page.getByText('Your access token has expired')).toHaveCount(0);
  await page.clock.fastForward('03:00');
  const banner = page.getByRole('alert').filter({ hasText: 'Your access token has expired' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('article', { name: 'Still here' })).toBeVisible();
  const fresh = good(Math.floor(Date.now() / 1000) + 3600 * 5);
  await banner.getByLabel('New access token').fill(fresh);
  await banner.getByRole('button', { name: 'Use new token' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Still here' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' })).toBeChecked();
  // Renewing does not refetch by itself; the next request carries the new token.
  const before = seen.length;
  await page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await expect.poll(() => seen.length).toBe(before + 1);
  expect(seen[seen.length - 1].headers['authorization']).toBe(`Bearer ${fresh}`);
  await watch.assertClean();
});

test('Assigned to me filters by the user the token is for; an app token has no such button', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, () => ({ json: { value: [incident(1, { assignedTo: 'analyst@contoso.com' })] } }));
  await page.goto('./');
  await connect(page, good());
  await expect(page.getByRole('article')).toHaveCount(1);
  const filters = page.getByRole('region', { name: 'Filters' });
  const mine = filters.getByRole('button', { name: 'Assigned to me', exact: true });
  await expect(mine).toHaveAttribute('aria-pressed', 'false');
  await expect(mine).toHaveAttribute('title', 'Incidents assigned to analyst@contoso.com');
  await mine.click();
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe("assignedTo eq 'analyst@contoso.com'");
  await expect(mine).toHaveAttribute('aria-pressed', 'true');
  await expect(mine).toBeFocused(); // the press does not redraw the button under the keyboard
  // The link says "mine", not whose: it means the user of whoever opens it.
  await expect(page).toHaveURL(/[?&]mine=1/);
  expect(page.url()).not.toContain('analyst');
  await expect(filters.getByRole('textbox', { name: 'Assigned to' })).toHaveValue('');
  await mine.click(); // pressed again: everyone's
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBeNull();
  await expect(mine).toHaveAttribute('aria-pressed', 'false');
  // A typed owner replaces "me".
  await mine.click();
  await expect(mine).toHaveAttribute('aria-pressed', 'true');
  await filters.getByRole('textbox', { name: 'Assigned to' }).fill('sam@contoso.com');
  await filters.getByRole('textbox', { name: 'Assigned to' }).press('Enter');
  await expect.poll(() => requests.at(-1)?.url.searchParams.get('$filter')).toBe("assignedTo eq 'sam@contoso.com'");
  await expect(mine).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: 'Disconnect' }).click();
  const app = jwt({ aud: 'https://graph.microsoft.com', tid: 't', roles: ['SecurityIncident.Read.All'], exp: inMinutes(60) });
  await page.goto('./');
  await connect(page, app);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(filters.getByRole('button', { name: 'Assigned to me' })).toHaveCount(0);
  // A link that says "mine", opened with an application's token: said, and every owner listed.
  await page.goto('./?mine=1');
  await connect(page, app);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(filters.getByRole('button', { name: 'Assigned to me' })).toHaveAttribute('aria-pressed', 'true');
  await expect(filters).toContainText("No user in t's token (an application's): every owner is listed there.");
  expect(requests.at(-1)?.url.searchParams.get('$filter')).toBeNull();
  await watch.assertClean();
});
