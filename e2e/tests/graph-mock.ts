// Answers Microsoft Graph in the browser with page.route(), records every request, and fails the
// test on any request to a host that is neither the app's own server nor the selected Graph base.
import { expect, type Locator, type Page, type Request, type Route } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const GRAPH = 'https://graph.microsoft.com';
export const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl';

export type Recorded = { url: URL; headers: Record<string, string> };
export type Reply = { status?: number; json?: unknown; body?: string; headers?: Record<string, string> };

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, prefer, client-request-id, accept',
  'access-control-expose-headers': 'request-id, retry-after',
};

/** Routes Graph to `answer`; returns the list of GET requests Graph received. */
export async function mockGraph(page: Page, answer: (url: URL, req: Request) => Reply | 'abort'): Promise<Recorded[]> {
  const seen: Recorded[] = [];
  await page.route(`${GRAPH}/**`, async (route: Route) => {
    const req = route.request();
    if (req.method() === 'OPTIONS') {
      return route.fulfill({ status: 204, headers: CORS });
    }
    const url = new URL(req.url());
    seen.push({ url, headers: await req.allHeaders() });
    const reply = answer(url, req);
    if (reply === 'abort') return route.abort('internetdisconnected');
    return route.fulfill({
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...CORS, ...(reply.headers ?? {}) },
      body: reply.body ?? JSON.stringify(reply.json ?? {}),
    });
  });
  return seen;
}

/** Collects page errors, console errors, CSP violations (console and securitypolicyviolation events)
 *  and requests to hosts other than the app's own server and `allowedHosts`. Call before page.goto. */
export async function watchPage(page: Page, allowedHosts: string[] = ['graph.microsoft.com']) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (text.includes('Content Security Policy') || text.includes('Refused to')) problems.push(`csp: ${text}`);
    if (m.type() === 'error' && !text.includes('Failed to load resource')) problems.push(`console: ${text}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'data:';
    if (!local && !allowedHosts.includes(url.hostname)) problems.push(`unexpected host: ${r.url()}`);
    if (r.url().includes(TOKEN)) problems.push(`token in URL: ${r.url()}`);
  });
  return {
    problems,
    assertClean: async () => {
      const violations = await page.evaluate(() => (window as any).__csp as string[] ?? []).catch(() => []);
      expect([...problems, ...violations.map((v) => `csp event: ${v}`)], problems.join('\n')).toEqual([]);
    },
  };
}

/** Listens for CSP violations inside the page itself (securitypolicyviolation events). */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => page.evaluate(() => (window as any).__csp as string[]);
}

export function incident(id: number, extra: Record<string, unknown> = {}) {
  return {
    id: String(id),
    displayName: `Incident number ${id}`,
    tenantId: 't-1',
    status: 'active',
    severity: 'high',
    classification: 'unknown',
    determination: 'unknown',
    assignedTo: null,
    createdDateTime: '2026-11-20T10:00:00.1234567Z',
    lastUpdateDateTime: '2026-11-21T10:00:00.1234567Z',
    incidentWebUrl: `https://security.microsoft.com/incidents/${id}?tid=t-1`,
    redirectIncidentId: null,
    customTags: [],
    systemTags: [],
    priorityScore: 50,
    comments: [],
    ...extra,
  };
}

export function alert(id: string, title: string) {
  return {
    id, title, severity: 'medium', status: 'new', serviceSource: 'microsoftDefenderForEndpoint',
    detectionSource: 'antivirus', category: 'Execution', categories: ['Execution'], mitreTechniques: ['T1059.001'],
    firstActivityDateTime: '2026-11-20T09:00:00Z', lastActivityDateTime: '2026-11-20T09:30:00Z',
    alertWebUrl: `https://security.microsoft.com/alerts/${id}`,
    evidence: [
      { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'ws-042.contoso.local', verdict: 'malicious', remediationStatus: 'none', roles: [] },
      { '@odata.type': '#microsoft.graph.security.ipEvidence', ipAddress: '203.0.113.9', verdict: 'suspicious', remediationStatus: 'none', roles: [] },
    ],
  };
}

export function graphError(status: number, code: string, message: string): Reply {
  return {
    status,
    json: { error: { code, message, innerError: { 'request-id': `req-${status}`, date: '2026-11-27T10:00:00' } } },
  };
}

const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'artifacts');

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

export async function connect(page: Page, token = TOKEN) {
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** Scrolls down the (windowed) incident list until the card named `name` is drawn, and returns it. */
export async function scrollToCard(page: Page, name: string) {
  const card = page.getByRole('list', { name: 'Incidents' }).getByRole('article', { name, exact: true });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  // Real-time waits: some tests install a fake clock, which also stops requestAnimationFrame.
  for (let step = 0; step < 200 && (await card.count()) === 0; step++) {
    await page.evaluate(() => window.scrollBy({ top: innerHeight / 2, behavior: 'instant' }));
    await page.waitForTimeout(40);
  }
  await card.scrollIntoViewIfNeeded();
  return card;
}

/**
 * Clicks a control below the windowed list (the pager) once it has stopped moving. Jumping to it draws
 * and measures the cards around it, which can still move it a little right after the jump; a person
 * takes longer than that to aim, Playwright's stability check (two frames) may not.
 */
export async function clickSettled(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  let before = await locator.boundingBox();
  for (let i = 0; i < 20; i++) {
    await locator.page().waitForTimeout(100);
    const now = await locator.boundingBox();
    if (now && before && now.x === before.x && now.y === before.y) break;
    before = now;
  }
  await locator.click();
}
