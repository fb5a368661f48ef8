// Several tenants: each connection labelled from its token, one merged list with tenant badges and
// a Tenant filter, and every request carrying only its own tenant's token.
import { test, expect, type Page } from '@playwright/test';
import { alert, connect, graphError, incident, mockGraph, screenshot, watchPage } from './graph-mock';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (tid: string, upn: string) => `${b64({ typ: 'JWT', alg: 'none' })}.${b64({
  aud: 'https://graph.microsoft.com', tid, upn, scp: 'SecurityIncident.Read.All', exp: 4_102_444_800, iat: 1_700_000_000,
})}.c2ln`;
const TID_A = '11111111-aaaa-4aaa-8aaa-111111111111';
const TID_B = '22222222-bbbb-4bbb-8bbb-222222222222';
const A = jwt(TID_A, 'analyst@contoso.com');
const B = jwt(TID_B, 'analyst@fabrikam.com');
const NEXT_A = 'https://graph.microsoft.com/v1.0/security/incidents?$skiptoken=A2';

/** Adds another tenant by its token, as the analyst does: *Add tenant*, paste, *Connect tenant*. */
async function addTenant(page: Page, token: string) {
  await page.getByRole('region', { name: 'Tenants' }).getByRole('button', { name: 'Add tenant' }).click();
  await page.getByLabel('Access token for another tenant').fill(token);
  await page.getByRole('button', { name: 'Connect tenant' }).click();
}

test('two tokens, one merged list; each request carries only its own tenant token', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, (url, req) => {
    const auth = req.headers()['authorization'];
    const tenantA = auth === `Bearer ${A}`;
    if (!tenantA && auth !== `Bearer ${B}`) return graphError(401, 'InvalidAuthenticationToken', 'wrong token');
    if (url.pathname.endsWith('/alerts')) return { json: { value: [] } };
    if (/\/incidents\/\d+$/.test(url.pathname)) {
      const id = Number(url.pathname.split('/').pop());
      return { json: incident(id, { tenantId: tenantA ? TID_A : TID_B, displayName: `Detail ${id}`, alerts: [] }) };
    }
    if (tenantA) {
      if (url.searchParams.get('$skiptoken') === 'A2') return { json: { value: [incident(3, { tenantId: TID_A, createdDateTime: '2026-11-01T00:00:00Z' })] } };
      return { json: { '@odata.count': 3, '@odata.nextLink': NEXT_A, value: [
        incident(1, { tenantId: TID_A, displayName: 'Contoso one', createdDateTime: '2026-11-20T00:00:00Z', alerts: undefined }),
        incident(2, { tenantId: TID_A, displayName: 'Contoso two', createdDateTime: '2026-11-10T00:00:00Z' }),
      ] } };
    }
    return { json: { '@odata.count': 1, value: [
      { ...incident(7, { tenantId: TID_B, displayName: 'Fabrikam seven', createdDateTime: '2026-11-15T00:00:00Z' }), alerts: undefined },
    ] } };
  });
  await page.goto('./');
  await connect(page, A);
  await expect(page.getByRole('article')).toHaveCount(2);
  const tenants = page.getByRole('region', { name: 'Tenants' });
  await expect(tenants).toContainText('contoso.com');

  await addTenant(page, B);
  await expect(tenants.getByRole('listitem')).toHaveText([/contoso\.com/, /fabrikam\.com/]);
  const list = page.getByRole('list', { name: 'Incidents' });
  const names = () => list.getByRole('article').getByRole('heading').allTextContents();
  await expect.poll(names).toEqual(['Contoso one', 'Fabrikam seven', 'Contoso two']);
  await expect(list.getByRole('article', { name: 'Fabrikam seven' })).toContainText('Tenant: fabrikam.com');
  await expect(list.getByRole('article', { name: 'Contoso one' })).toContainText('Tenant: contoso.com');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–3 of 4');
  await screenshot(page, 'tenants');
  // The request behind the page: one per tenant, tokens never shown.
  await page.getByRole('button', { name: 'Show Graph request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Graph request' });
  const shown = (await dialog.textContent()) ?? '';
  expect(shown.match(/https:\/\/graph\.microsoft\.com\/v1\.0\/security\/incidents\?\$count=true/g)?.length).toBe(4); // 2 URLs + 2 curl
  expect(shown).toContain('$TOKEN');
  expect(shown).not.toContain(A);
  expect(shown).not.toContain(B);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The Fabrikam card's alerts are fetched with Fabrikam's token.
  await list.getByRole('article', { name: 'Fabrikam seven' }).getByRole('button', { name: 'Show alerts' }).click();
  await expect.poll(() => requests.filter((r) => r.url.pathname.endsWith('/incidents/7/alerts')).length).toBe(1);
  // Next page: only Contoso has one, and it goes with Contoso's token.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect.poll(names).toEqual(['Incident number 3']);
  for (const r of requests) {
    const tenantOfUrl = r.url.pathname.includes('/incidents/7') ? 'B' : r.url.search.includes('A2') ? 'A' : null;
    if (tenantOfUrl) expect(r.headers['authorization']).toBe(`Bearer ${tenantOfUrl === 'A' ? A : B}`);
  }
  const firstPages = requests.filter((r) => r.url.pathname === '/v1.0/security/incidents' && !r.url.search.includes('skiptoken'));
  expect(new Set(firstPages.map((r) => r.headers['authorization']))).toEqual(new Set([`Bearer ${A}`, `Bearer ${B}`]));

  // The Tenant filter asks only the chosen tenant, and is kept in the URL.
  await page.getByRole('group', { name: 'Tenant' }).getByRole('checkbox', { name: 'fabrikam.com' }).check();
  await expect(page).toHaveURL(new RegExp(`tenant=${TID_B}`));
  await expect.poll(names).toEqual(['Fabrikam seven']);
  const afterFilter = requests.slice(-1)[0];
  expect(afterFilter.headers['authorization']).toBe(`Bearer ${B}`);

  // The detail page of a Fabrikam incident is fetched with Fabrikam's token.
  await list.getByRole('article', { name: 'Fabrikam seven' }).getByRole('link', { name: 'Details' }).click();
  await expect(page).toHaveURL(new RegExp(`incident=7&incidentTenant=${TID_B}`));
  await expect(page.getByRole('heading', { name: 'Detail 7' })).toBeVisible();
  expect(requests.filter((r) => r.url.pathname.endsWith('/incidents/7') && r.headers['authorization'] === `Bearer ${B}`).length).toBe(1);
  await page.getByRole('link', { name: 'Back to incidents' }).click();

  // The same tenant cannot be added twice; a removed tenant leaves the list.
  await addTenant(page, B);
  await expect(tenants.getByRole('status')).toHaveText('That tenant is already connected.');
  await page.getByRole('group', { name: 'Tenant' }).getByRole('checkbox', { name: 'fabrikam.com' }).uncheck();
  await tenants.getByRole('button', { name: 'Remove fabrikam.com' }).click();
  await expect.poll(names).toEqual(['Contoso one', 'Contoso two']);
  await expect(page.getByRole('group', { name: 'Tenant' })).toHaveCount(0);
  await watch.assertClean();
});

test('two tenants that both have an incident #7: opening one does not open the other', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (url, req) => {
    const tenantA = req.headers()['authorization'] === `Bearer ${A}`;
    const name = tenantA ? 'Contoso seven' : 'Fabrikam seven';
    return { json: { '@odata.count': 1, value: [incident(7, {
      tenantId: tenantA ? TID_A : TID_B, displayName: name, createdDateTime: `2026-11-${tenantA ? 20 : 15}T00:00:00Z`,
      alerts: [{ ...alert(`alert-${tenantA ? 'a' : 'b'}`, `Alert of ${name}`), evidence: [] }],
    })] } };
  });
  await page.goto('./');
  await connect(page, A);
  await addTenant(page, B);
  const list = page.getByRole('list', { name: 'Incidents' });
  const contoso = list.getByRole('article', { name: 'Contoso seven', exact: true });
  const fabrikam = list.getByRole('article', { name: 'Fabrikam seven', exact: true });
  await expect(fabrikam).toBeVisible();
  await contoso.getByRole('button', { name: 'Show alerts' }).click();
  await expect(contoso.getByRole('list', { name: 'Alerts' })).toContainText('Alert of Contoso seven');
  await expect(fabrikam.getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'false');
  // Redrawn (a search hides one, then shows it again), each card still opens as it was left.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('Contoso');
  await expect(fabrikam).toHaveCount(0);
  await search.fill('');
  await expect(fabrikam).toBeVisible();
  await expect(contoso.getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'true');
  await expect(fabrikam.getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'false');
  await watch.assertClean();
});

test('a failing tenant is named in the error', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (_url, req) => req.headers()['authorization'] === `Bearer ${B}`
    ? graphError(403, 'Forbidden', 'Missing role')
    : { json: { value: [incident(1)] } });
  await page.goto('./');
  await connect(page, A);
  await addTenant(page, B);
  await expect(page.getByRole('alert')).toContainText('Tenant fabrikam.com');
  await expect(page.getByRole('alert')).toContainText('HTTP 403');
  await watch.assertClean();
});

test('demo: a second demo tenant merges into the list with its own badge and filter', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–25 of 360');
  await page.getByRole('button', { name: 'Add tenant' }).click();
  await page.getByRole('button', { name: 'Add demo tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–50 of 480');
  await expect(page.getByRole('article').filter({ hasText: 'Tenant: Fabrikam (demo)' }).first()).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Tenant: Contoso (demo)' }).first()).toBeVisible();
  // Load all follows both tenants' nextLinks to the end; search then covers all 480.
  await page.getByRole('button', { name: 'Load all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–100 of 480');
  await expect(page.getByRole('button', { name: 'Load all' })).toBeDisabled();
  await page.getByRole('searchbox', { name: 'Search' }).fill('contoso');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^\d+ of 480 loaded incidents match “contoso”/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('group', { name: 'Tenant' }).getByRole('checkbox', { name: 'Fabrikam (demo)' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–50 of 120');
  await screenshot(page, 'demo-tenants');
  await watch.assertClean();
});

test('demo: marks made before a second tenant is added go with the list they were made on', async ({ page }) => {
  await page.clock.install();
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–25 of 360');
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every 5 minutes' });
  await page.clock.runFor(5 * 60_000 + 1_000);
  const since = page.getByRole('status').filter({ hasText: 'since you last looked' });
  await expect(since).toContainText('new');
  await page.getByRole('button', { name: 'Add tenant' }).click();
  await page.getByRole('button', { name: 'Add demo tenant' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Tenant: Fabrikam (demo)' }).first()).toBeVisible();
  // Incidents are named by tenant and id now: no count is left for cards that show no mark.
  await expect(since).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark all as seen' })).toHaveCount(0);
  await expect(page).toHaveTitle('Incident Viewer');
  await watch.assertClean();
});

test('Assigned to me means each tenant\'s own user', async ({ page }) => {
  const watch = await watchPage(page);
  const requests = await mockGraph(page, (url, req) => {
    const tenantA = req.headers()['authorization'] === `Bearer ${A}`;
    return { json: { '@odata.count': 1, value: [
      incident(tenantA ? 1 : 7, { tenantId: tenantA ? TID_A : TID_B, displayName: tenantA ? 'Contoso one' : 'Fabrikam seven', alerts: [] }),
    ] } };
  });
  await page.goto('./');
  await connect(page, A);
  await addTenant(page, B);
  await expect(page.getByRole('article')).toHaveCount(2);
  const mine = page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Assigned to me' });
  await expect(mine).toHaveAttribute('title',
    'Incidents assigned to you in each tenant: analyst@contoso.com (contoso.com), analyst@fabrikam.com (fabrikam.com)');
  const asked = requests.length;
  await mine.click();
  await expect.poll(() => requests.length).toBe(asked + 2);
  const filterOf = (token: string) => requests.slice(asked).find((r) => r.headers['authorization'] === `Bearer ${token}`)?.url.searchParams.get('$filter');
  expect(filterOf(A)).toBe("assignedTo eq 'analyst@contoso.com'");
  expect(filterOf(B)).toBe("assignedTo eq 'analyst@fabrikam.com'");
  await expect(page.getByRole('article')).toHaveCount(2);
  await watch.assertClean();
});
