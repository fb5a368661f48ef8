// The live Graph flow, with Graph answered by page.route(): exact requests, paging, expand, disconnect.
import { test, expect } from '@playwright/test';
import { alert, clickSettled, connect, GRAPH, incident, mockGraph, recordCspViolations, screenshot, TOKEN, watchPage } from './graph-mock';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// A nextLink in a shape the app could never rebuild itself: it must be followed verbatim.
const NEXT = `${GRAPH}/v1.0/security/incidents?$count=true&$top=25&$expand=alerts&$skiptoken=X%2Fy%3D%3D`;

test('connect, list, filter, page, expand, disconnect', async ({ page }) => {
  const watch = await watchPage(page);
  const csp = await recordCspViolations(page);
  const seen = await mockGraph(page, (url) => {
    if (url.searchParams.get('$skiptoken') === 'X/y==') {
      return { json: { '@odata.count': 27, value: [incident(3, { displayName: 'Second page incident' }), incident(4)] } };
    }
    if (url.searchParams.has('$filter')) {
      return { json: { '@odata.count': 1, value: [incident(9, { displayName: 'Filtered incident', severity: 'medium' })] } };
    }
    return {
      json: {
        '@odata.count': 27,
        '@odata.nextLink': NEXT,
        value: [
          incident(1, { displayName: 'Ransomware on FIN-LAPTOP', alerts: [alert('da1', 'Ransomware behaviour detected'), alert('da2', 'Suspicious PowerShell')] }),
          incident(2, { status: 'redirected', redirectIncidentId: '1' }),
        ],
      },
    };
  });

  await page.goto('./');
  await expect(page.getByLabel('Access token')).toHaveAttribute('type', 'password');
  await connect(page);

  const list = page.getByRole('list', { name: 'Incidents' });
  await expect(list.getByRole('article', { name: 'Ransomware on FIN-LAPTOP' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–2 of 27');
  await expect(page.getByLabel('Access token')).toHaveCount(0);

  // The first request: path, query options and headers.
  expect(seen).toHaveLength(1);
  const first = seen[0];
  expect(first.url.origin + first.url.pathname).toBe(`${GRAPH}/v1.0/security/incidents`);
  expect(first.url.searchParams.get('$count')).toBe('true');
  expect(first.url.searchParams.get('$top')).toBe('25');
  expect(first.url.searchParams.get('$expand')).toBe('alerts');
  expect(first.url.searchParams.has('$filter')).toBe(false);
  expect(first.headers['authorization']).toBe(`Bearer ${TOKEN}`);
  expect(first.headers['prefer']).toBe('include-unknown-enum-members');
  expect(first.headers['client-request-id']).toMatch(GUID);
  await screenshot(page, 'live-list');

  // Expand: alerts come from $expand, no new request.
  const card = list.getByRole('article', { name: 'Ransomware on FIN-LAPTOP' });
  const toggle = card.getByRole('button', { name: 'Show alerts' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const alerts = card.getByRole('list', { name: 'Alerts' });
  await expect(alerts.getByRole('article', { name: 'Ransomware behaviour detected' })).toBeVisible();
  await expect(alerts).toContainText('ws-042.contoso.local');
  await expect(alerts).toContainText('203.0.113.9');
  await expect(list.getByRole('article', { name: 'Incident number 2' })).toContainText('Merged into incident #1');
  await screenshot(page, 'live-expanded');
  expect(seen).toHaveLength(1);

  // Next page follows the nextLink exactly as received.
  await clickSettled(page.getByRole('button', { name: 'Next page' }));
  await expect(list.getByRole('article', { name: 'Second page incident' })).toBeVisible();
  expect(seen).toHaveLength(2);
  expect(seen[1].url.href).toBe(new URL(NEXT).href);
  expect(seen[1].headers['client-request-id']).toMatch(GUID);
  expect(seen[1].headers['client-request-id']).not.toBe(seen[0].headers['client-request-id']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 3–4 of 27');
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // Previous page comes from memory.
  await clickSettled(page.getByRole('button', { name: 'Previous page' }));
  await expect(list.getByRole('article', { name: 'Ransomware on FIN-LAPTOP' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  expect(seen).toHaveLength(2);

  // A filter starts over at page one with a $filter; it lands in the URL, never the token.
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).check();
  await filters.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'Medium' }).check();
  await expect(list.getByRole('article', { name: 'Filtered incident' })).toBeVisible();
  const filtered = seen[seen.length - 1];
  expect(filtered.url.searchParams.get('$filter')).toBe("(severity eq 'high' or severity eq 'medium')");
  expect(filtered.url.search).toContain('$filter=%28severity%20eq%20%27high%27%20or%20severity%20eq%20%27medium%27%29');
  expect(page.url()).toContain('severity=high%2Cmedium');
  expect(page.url()).not.toContain(TOKEN);
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  // Owner with a quote, and page size.
  await filters.getByLabel('Assigned to').fill("sean.o'brien@contoso.com");
  await filters.getByLabel('Assigned to').press('Enter');
  await expect.poll(() => seen[seen.length - 1].url.searchParams.get('$filter')).toBe(
    "(severity eq 'high' or severity eq 'medium') and assignedTo eq 'sean.o''brien@contoso.com'");
  await filters.getByRole('combobox', { name: 'Page size' }).selectOption('50');
  await expect.poll(() => seen[seen.length - 1].url.searchParams.get('$top')).toBe('50');

  // Disconnect forgets the token and the incidents.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByLabel('Access token')).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Incidents' })).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(stored).not.toContain(TOKEN);

  expect(await csp()).toEqual([]);
  await watch.assertClean();
});

test('date filters, unassigned and version/cloud choice shape the request', async ({ page }) => {
  const watch = await watchPage(page, ['graph.microsoft.us']);
  const seen: URL[] = [];
  await page.route('https://graph.microsoft.us/**', async (route) => {
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' } });
    seen.push(new URL(route.request().url()));
    return route.fulfill({ headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' }, body: JSON.stringify({ value: [] }) });
  });
  await page.goto('./?createdFrom=2026-01-01&createdTo=2026-01-31&unassigned=1');
  await page.getByRole('combobox', { name: 'API version' }).selectOption('beta');
  await page.getByRole('combobox', { name: 'Cloud' }).selectOption({ label: 'US Government (GCC High)' });
  await connect(page);
  await expect(page.getByRole('status').filter({ hasText: 'No incidents' })).toHaveText('No incidents match these filters');
  expect(seen[0].origin + seen[0].pathname).toBe('https://graph.microsoft.us/beta/security/incidents');
  expect(seen[0].searchParams.get('$filter')).toBe(
    'assignedTo eq null and createdDateTime ge 2026-01-01T00:00:00Z and createdDateTime lt 2026-02-01T00:00:00Z');
  await expect(page.getByLabel('Created from')).toHaveValue('2026-01-01');
  await page.getByLabel('Updated to').fill('2026-02-10');
  await expect.poll(() => seen[seen.length - 1].searchParams.get('$filter')).toContain('lastUpdateDateTime lt 2026-02-11T00:00:00Z');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => seen[seen.length - 1].searchParams.has('$filter')).toBe(false);
  await watch.assertClean();
});

test('incidents listed without alerts fetch them on expand', async ({ page }) => {
  const watch = await watchPage(page);
  const seen = await mockGraph(page, (url) => {
    if (url.pathname.endsWith('/security/incidents/7/alerts')) {
      return { json: { value: [alert('da7', 'Lazy alert one'), alert('da8', 'Lazy alert two')] } };
    }
    return { json: { '@odata.count': 1, value: [incident(7, { displayName: 'No alerts expanded' })] } };
  });
  await page.goto('./');
  await connect(page);
  const card = page.getByRole('article', { name: 'No alerts expanded' });
  await card.getByRole('button', { name: 'Show alerts' }).click();
  await expect(card.getByRole('list', { name: 'Alerts' }).getByRole('listitem')).toHaveCount(2);
  expect(seen.map((r) => r.url.pathname)).toEqual(['/v1.0/security/incidents', '/v1.0/security/incidents/7/alerts']);
  expect(seen[1].headers['authorization']).toBe(`Bearer ${TOKEN}`);
  await watch.assertClean();
});

test('a nextLink to another host is refused and gets no token', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({
    json: { '@odata.count': 60, '@odata.nextLink': 'https://graph.microsoft.com.evil.example/v1.0/security/incidents?$skip=25', value: [incident(1)] },
  }));
  let evilHit = false;
  await page.route('https://graph.microsoft.com.evil.example/**', (route) => { evilHit = true; return route.abort(); });
  await page.goto('./');
  await connect(page);
  await clickSettled(page.getByRole('button', { name: 'Next page' }));
  await expect(page.getByRole('alert')).toContainText('pointed away from the selected Microsoft Graph host');
  expect(evilHit).toBe(false);
  await expect(page.getByRole('article', { name: 'Incident number 1' })).toBeVisible();
  await watch.assertClean();
});

test('hostile data renders as text and unsafe links are not links', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, () => ({
    json: {
      value: [incident(1, {
        displayName: '<img src=x onerror="window.__pwned=1">Hostile',
        incidentWebUrl: 'javascript:window.__pwned=1',
        customTags: ['<b>bold</b>'],
        alerts: [{ ...alert('da1', '<script>window.__pwned=1</script>'), alertWebUrl: 'https://security.microsoft.com.evil.example/x' }],
      })],
    },
  }));
  await page.goto('./');
  await connect(page);
  const card = page.getByRole('article', { name: '<img src=x onerror="window.__pwned=1">Hostile' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Show alerts' }).click();
  await expect(card.getByRole('article', { name: '<script>window.__pwned=1</script>' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Open in Defender' })).toHaveCount(0);
  await expect(card.getByRole('link', { name: 'Open alert in Defender' })).toHaveCount(0);
  await expect(card.locator('img, b, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await watch.assertClean();
});
