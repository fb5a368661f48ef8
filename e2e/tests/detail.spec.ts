// The incident detail page: its own shareable URL, everything Graph returns, the way back, Markdown.
import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import { TOKEN, alert, connect, incident, mockGraph, recordCspViolations, screenshot, scrollToCard, watchPage } from './graph-mock';

const FULL = incident(7, {
  displayName: 'Ransomware on <b>FIN-042</b>',
  description: 'Encrypted files were seen on the finance share.\nSecond line.',
  summary: 'Summary from Copilot.',
  resolvingComment: null,
  classification: 'truePositive',
  determination: 'ransomware',
  assignedTo: 'ana@contoso.com',
  lastModifiedBy: 'automation@contoso.com',
  customTags: ['VIP'],
  systemTags: ['Ransomware'],
  priorityScore: 91,
  comments: [{ comment: 'Isolated <script>alert(1)</script> the device.', createdByDisplayName: 'Ana', createdDateTime: '2026-11-20T11:00:00Z' }],
  recommendedActions: 'Reset the passwords.',
  recommendedHuntingQueries: [{ kqlText: 'DeviceFileEvents | where FileName endswith ".locked"' }],
  alerts: [{
    ...alert('da-1', 'Ransomware behaviour detected'),
    description: 'Files were renamed in bulk.',
    mitreTechniques: ['T1486', 'javascript:alert(1)'],
    evidence: [
      { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'fin-042.contoso.local', verdict: 'malicious', remediationStatus: 'remediated', roles: ['compromised'],
        osPlatform: 'Windows11', mdeDeviceId: 'f00d', loggedOnUsers: [{ accountName: 'bob', domainName: 'CONTOSO' }], vmMetadata: null,
        hostName: '<img src=x onerror=alert(1)>' },
      { '@odata.type': '#microsoft.graph.security.userEvidence', userAccount: { userPrincipalName: 'bob@contoso.com' }, verdict: 'suspicious', remediationStatus: 'none', roles: [] },
      { '@odata.type': '#microsoft.graph.security.futureThingEvidence', displayName: 'Something new', verdict: 'unknown', roles: ['attacker'] },
    ],
  }],
});

test('a card opens its detail page: every section, evidence by kind, MITRE links, Markdown, back to the list', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(page);
  const csp = await recordCspViolations(page);
  const requests = await mockGraph(page, (url) => {
    if (url.pathname.endsWith('/security/incidents/7')) return { json: FULL };
    return { json: { '@odata.count': 30, value: Array.from({ length: 25 }, (_, i) => (i === 6 ? FULL : incident(i + 1))) } };
  });
  await page.goto('./?severity=high');
  await connect(page);
  const card = await scrollToCard(page, 'Ransomware on <b>FIN-042</b>');
  const scrolled = await page.evaluate(() => window.scrollY);
  await card.getByRole('link', { name: 'Details' }).click();

  await expect(page).toHaveURL(/[?&]severity=high&incident=7$/);
  const heading = page.getByRole('heading', { name: 'Ransomware on <b>FIN-042</b>', level: 2 });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused(); // the link that opened it is hidden now
  await expect(page).toHaveTitle('#7 Ransomware on <b>FIN-042</b> · Incident Viewer'); // the tab names it, as text
  expect(requests.some((r) => r.url.pathname.endsWith('/v1.0/security/incidents/7') && r.url.searchParams.get('$expand') === 'alerts')).toBe(true);
  expect(requests.every((r) => r.headers['authorization'] === `Bearer ${TOKEN}`)).toBe(true);
  const main = page.getByRole('main');
  for (const text of ['Encrypted files were seen', 'Summary from Copilot.', 'True positive', 'Ransomware', 'ana@contoso.com',
    'automation@contoso.com', '91', 'Reset the passwords.', 'Files were renamed in bulk.']) {
    await expect(main).toContainText(text);
  }
  await expect(main.getByRole('list', { name: 'Custom tags' })).toHaveText('VIP');
  await expect(main.getByRole('list', { name: 'System tags' })).toHaveText('Ransomware');
  const comments = main.getByRole('list', { name: 'Comments' });
  await expect(comments).toContainText('Ana');
  await expect(comments).toContainText('Isolated <script>alert(1)</script> the device.');
  // Evidence grouped by kind, each entity with verdict, remediation and roles; unknown kinds kept.
  const device = main.getByRole('table', { name: 'Device (1)' });
  await expect(device.getByRole('row').nth(1)).toHaveText(/fin-042\.contoso\.local\s*Malicious\s*Remediated\s*Compromised/);
  await expect(main.getByRole('table', { name: 'User (1)' })).toContainText('bob@contoso.com');
  await expect(main.getByRole('table', { name: 'Future Thing (1)' })).toContainText('Something new');
  // An entity's name opens everything else its evidence item says (as text: hostile values stay text).
  const entity = device.getByRole('button', { name: 'fin-042.contoso.local' });
  await expect(entity).toHaveAttribute('aria-expanded', 'false');
  await expect(device.getByRole('term')).toHaveCount(0);
  await entity.click();
  await expect(entity).toHaveAttribute('aria-expanded', 'true');
  const said = device.locator('dl.evidence-fields');
  await expect(said.getByRole('term')).toHaveText(['Device DNS name', 'Host name', 'Logged on users › Account name',
    'Logged on users › Domain name', 'MDE device ID', 'OS platform']);
  await expect(said.getByRole('definition')).toHaveText(['fin-042.contoso.local', '<img src=x onerror=alert(1)>', 'bob',
    'CONTOSO', 'f00d', 'Windows11']);
  await expect(said.locator('img')).toHaveCount(0);
  await entity.click();
  await expect(said).toBeHidden();
  const future = main.getByRole('table', { name: 'Future Thing (1)' });
  await future.getByRole('button', { name: 'Something new' }).click();
  await expect(future.locator('dl.evidence-fields')).toHaveText(/Display name\s*Something new/);
  // One alert: its own tables say it all, no overview across alerts.
  await expect(main.getByRole('region', { name: /Entities across alerts/ })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'T1486' })).toHaveAttribute('href', 'https://attack.mitre.org/techniques/T1486/');
  await expect(main.getByRole('link', { name: 'javascript:alert(1)' })).toHaveCount(0);
  await expect(main.getByText('DeviceFileEvents | where FileName endswith ".locked"')).toBeVisible();
  await main.getByRole('button', { name: 'Copy query 1' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('DeviceFileEvents | where FileName endswith ".locked"');
  await screenshot(page, 'detail');

  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('incident-7.md');
  const report = fs.readFileSync(await download.path(), 'utf8');
  expect(report).toContain('# Incident 7: Ransomware on \\<b\\>FIN\\-042\\</b\\>');
  expect(report).toContain('## Alerts (1)');
  expect(report).toContain('| Device | fin\\-042\\.contoso\\.local | Malicious | Remediated | Compromised |');
  expect(report).not.toContain(TOKEN);

  // Back: the list as it was, at the same scroll position, without refetching it.
  const listRequests = requests.filter((r) => r.url.pathname.endsWith('/security/incidents')).length;
  await main.getByRole('link', { name: 'Back to incidents' }).click();
  await expect(page).toHaveURL(/[?&]severity=high$/);
  await expect(card).toBeVisible();
  await expect(page).toHaveTitle('Incident Viewer');
  await expect(card.getByRole('link', { name: 'Details' })).toBeFocused(); // focus comes back where it was
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5);
  expect(requests.filter((r) => r.url.pathname.endsWith('/security/incidents')).length).toBe(listRequests);
  // The browser's own back/forward walk between the two views too.
  await page.goBack();
  await expect(heading).toBeVisible();
  await page.goForward();
  await expect(card).toBeVisible();
  expect(await csp()).toEqual([]);
  await watch.assertClean();
});

test('a shared detail link opens after connecting; a redirected incident links to its target; 404 is explained', async ({ page }) => {
  const watch = await watchPage(page);
  await mockGraph(page, (url) => {
    if (url.pathname.endsWith('/security/incidents/5')) {
      return { json: incident(5, { status: 'redirected', redirectIncidentId: '7', alerts: [] }) };
    }
    if (url.pathname.endsWith('/security/incidents/7')) return { json: FULL };
    if (url.pathname.endsWith('/security/incidents/404')) {
      return { status: 404, json: { error: { code: 'NotFound', message: 'Incident not found', innerError: { 'request-id': 'r-404' } } } };
    }
    return { json: { value: [] } };
  });
  await page.goto('./?incident=5');
  expect(page.url()).not.toContain(TOKEN);
  await connect(page);
  await expect(page.getByRole('heading', { name: 'Incident number 5' })).toBeVisible();
  await page.getByRole('link', { name: 'incident #7' }).click();
  await expect(page).toHaveURL(/[?&]incident=7$/);
  await expect(page.getByRole('heading', { name: 'Ransomware on <b>FIN-042</b>' })).toBeVisible();

  await page.goto('./?incident=404');
  await connect(page);
  await expect(page.getByRole('alert')).toContainText('r-404');
  expect(page.url()).not.toContain(TOKEN);
  await watch.assertClean();
});

test('demo tenant: detail page of a demo incident, beta extras included', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByLabel('API version').selectOption('beta');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const first = page.getByRole('article').first();
  const name = (await first.getByRole('heading').textContent()) ?? '';
  await first.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy query 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Alerts \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await screenshot(page, 'demo-detail');
  await watch.assertClean();
});

test('on a phone the evidence tables stack each row: whole names, nothing running off the side', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('./?incident=2744');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const device = page.getByRole('table', { name: /^Device/ }).last();
  await expect(device).toBeVisible();
  // Still a table to a screen reader, with its column heads.
  await expect(device.getByRole('columnheader')).toHaveText(['Entity', 'Verdict', 'Remediation', 'Roles']);
  const overflow = await page.locator('.evidence-table').evaluateAll((tables) =>
    tables.filter((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth).length);
  expect(overflow).toBe(0);
  // A host name keeps to one line (it broke every few letters in a fifth of the width).
  const entity = device.getByRole('button').first();
  const box = (await entity.boundingBox())!;
  const lineHeight = await entity.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  expect(box.height).toBeLessThan(lineHeight * 1.6);
  await entity.click();
  await expect(device.locator('dl.evidence-fields')).toContainText('Device DNS name');
  await screenshot(page, 'detail-phone-evidence');
  await watch.assertClean();
});

test('an incident of several alerts lists every entity once: alerts naming it, gravest verdict, roles', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(page);
  const ev = (kind: string, fields: Record<string, unknown>) => ({ '@odata.type': `#microsoft.graph.security.${kind}Evidence`, ...fields });
  const MANY = incident(8, {
    displayName: 'Lateral movement across finance',
    alerts: [
      { ...alert('m-1', 'Suspicious sign-in'), evidence: [
        ev('device', { deviceDnsName: 'fin-042.contoso.local', verdict: 'suspicious', roles: ['compromised'] }),
        ev('user', { userAccount: { userPrincipalName: 'bob@contoso.com' }, verdict: 'suspicious', roles: [] }),
      ] },
      { ...alert('m-2', 'Credential dumping'), evidence: [
        ev('device', { deviceDnsName: 'FIN-042.contoso.local', verdict: 'malicious', roles: ['attacker'] }),
        ev('ip', { ipAddress: '203.0.113.7', verdict: 'unknown', roles: [] }),
        ev('process', { processCommandLine: 'rundll32.exe C:\\Windows\\comsvcs.dll MiniDump 624', verdict: 'malicious', roles: [],
          imageFile: { fileName: 'rundll32.exe', sha256: 'AB'.repeat(32) } }),
      ] },
      { ...alert('m-3', 'Remote service creation'), evidence: [
        ev('device', { deviceDnsName: 'ws-9.contoso.local', verdict: 'noThreatsFound', roles: ['destination'] }),
        ev('user', { userAccount: { userPrincipalName: 'bob@contoso.com' }, verdict: 'noThreatsFound', roles: ['source'] }),
      ] },
    ],
  });
  await mockGraph(page, (url) => ({ json: url.pathname.endsWith('/incidents/8') ? MANY : { value: [MANY, incident(9)] } }));
  await page.goto('./?incident=8');
  await connect(page);
  const main = page.getByRole('main');
  const entities = main.getByRole('region', { name: 'Entities across alerts (5)' });
  await expect(entities).toBeVisible();
  const devices = entities.getByRole('table', { name: 'Device (2)' });
  await expect(devices.getByRole('row')).toHaveText([
    /Entity\s*Alerts\s*Gravest verdict\s*Roles/,
    /fin-042\.contoso\.local\s*Find\s*2\s*Malicious\s*Compromised, Attacker/,
    /ws-9\.contoso\.local\s*Find\s*1\s*No Threats Found\s*Destination/,
  ]);
  await expect(entities.getByRole('table', { name: 'User (1)' }).getByRole('row').nth(1)).toHaveText(/bob@contoso\.com\s*Find\s*2\s*Suspicious\s*Source/);
  await expect(entities.getByRole('table', { name: /^IP \(1\)$/i })).toContainText('203.0.113.7');
  await screenshot(page, 'detail-entities');

  // Indicators: every alert's hashes, addresses and command lines, once each, copied as plain text.
  const iocs = main.getByRole('region', { name: 'Indicators (3)' });
  await expect(iocs.getByRole('term')).toHaveText(['SHA-256', 'IP addresses', 'Command lines']);
  await expect(iocs.getByRole('definition').nth(2)).toHaveText('rundll32.exe C:\\Windows\\comsvcs.dll MiniDump 624');
  await iocs.getByRole('button', { name: 'Copy indicators' }).click();
  await expect(iocs.getByRole('status')).toHaveText('Indicators copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `# SHA-256\n${'AB'.repeat(32)}\n\n# IP addresses\n203.0.113.7\n\n# Command lines\nrundll32.exe C:\\Windows\\comsvcs.dll MiniDump 624\n`);

  // Find: which loaded incidents name this device? The list, searched for it.
  await entities.getByRole('button', { name: 'Find ws-9.contoso.local in loaded incidents' }).click();
  await expect(page).not.toHaveURL(/incident=/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('ws-9.contoso.local');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 2 loaded incidents match “ws-9.contoso.local”');
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article', { name: 'Lateral movement across finance' })).toBeVisible();
  await page.goBack();
  await expect(entities).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Export Markdown' }).click()]);
  const report = fs.readFileSync(await download.path(), 'utf8');
  expect(report).toContain('## Entities across alerts (5)');
  expect(report).toContain('| Device | fin\\-042\\.contoso\\.local | 2 | Malicious | Compromised, Attacker |');
  expect(report.indexOf('## Entities across alerts')).toBeLessThan(report.indexOf('## Alerts (3)'));
  expect(report).toContain('## Indicators\n\n**SHA-256**\n\n- ` ' + 'AB'.repeat(32) + ' `');
  await watch.assertClean();
});

test.describe('in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('the timeline puts every alert, comment and the incident in time order, in the browser\'s zone', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watch = await watchPage(page);
    const STORY = incident(11, {
      displayName: 'Sign-in then mailbox rule',
      createdDateTime: '2026-11-20T09:27:00Z',
      lastUpdateDateTime: '2026-11-20T11:05:00Z',
      lastModifiedBy: 'sam@contoso.com',
      // Out of order, as a copy may come: shown oldest first, here and under Comments.
      comments: [
        { comment: 'Reset the password.', createdByDisplayName: 'Sam', createdDateTime: '2026-11-20T10:30:00Z' },
        { comment: 'Looking <img src=x onerror=alert(1)>', createdByDisplayName: 'Alex', createdDateTime: '2026-11-20T09:50:00Z' },
      ],
      alerts: [
        { ...alert('t-2', 'Mailbox rule created'), firstActivityDateTime: '2026-11-20T09:10:00Z',
          lastActivityDateTime: '2026-11-20T09:10:00Z', createdDateTime: '2026-11-20T09:40:00Z' },
        { ...alert('t-1', 'Suspicious sign-in'), firstActivityDateTime: '2026-11-20T09:00:00Z',
          lastActivityDateTime: '2026-11-20T09:25:00Z', createdDateTime: '2026-11-20T09:27:00Z',
          resolvedDateTime: '2026-11-20T11:00:00Z' },
        // Graph's placeholder for a time it does not have: no event.
        { ...alert('t-3', 'Undated'), firstActivityDateTime: '0001-01-01T00:00:00Z', lastActivityDateTime: null, createdDateTime: null },
      ],
    });
    await mockGraph(page, (url) => ({ json: url.pathname.endsWith('/incidents/11') ? STORY : { value: [STORY] } }));
    await page.goto('./?incident=11');
    await connect(page);
    const timeline = page.getByRole('main').getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByText('Activity began 2026-11-20 10:00 UTC+01:00; the first alert was raised 27 min later. It went on for 25 min across 2 alerts.')).toBeVisible();
    await expect(timeline).toContainText('Times in UTC+01:00');
    await expect(timeline.getByRole('listitem')).toHaveText([
      /^2026-11-20 10:00\s*Activity began: “Suspicious sign-in” on ws-042\.contoso\.local \(went on for 25 min\) Go to alert$/,
      /^2026-11-20 10:10\s*\+10 min\s*Activity began: “Mailbox rule created” on ws-042\.contoso\.local Go to alert$/,
      /^2026-11-20 10:27\s*\+17 min\s*Alert raised: “Suspicious sign-in” on ws-042\.contoso\.local Go to alert$/,
      /^2026-11-20 10:27\s*Incident created$/,
      /^2026-11-20 10:40\s*\+13 min\s*Alert raised: “Mailbox rule created” on ws-042\.contoso\.local Go to alert$/,
      /^2026-11-20 10:50\s*\+10 min\s*Comment by Alex: Looking <img src=x onerror=alert\(1\)>$/,
      /^2026-11-20 11:30\s*\+40 min\s*Comment by Sam: Reset the password\.$/,
      /^2026-11-20 12:00\s*\+30 min\s*Alert resolved: “Suspicious sign-in” on ws-042\.contoso\.local Go to alert$/,
      /^2026-11-20 12:05\s*\+5 min\s*Incident last updated, by sam@contoso\.com$/,
    ]);
    // Machine-readable instants, in order; the hostile comment is text, not an image.
    const instants = await timeline.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(instants[0]).toBe('2026-11-20T09:00:00Z');
    expect([...instants].sort()).toEqual(instants);
    await expect(timeline.locator('img')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Comments' }).getByRole('listitem')).toHaveText([/^Alex/, /^Sam/]);
    // An alert's event leads to that alert's section below; the rest are plain text.
    await expect(timeline.getByRole('button', { name: /^Go to alert / })).toHaveCount(5);
    await timeline.getByRole('listitem').filter({ hasText: 'Alert raised: “Mailbox rule created”' })
      .getByRole('button', { name: 'Go to alert Mailbox rule created' }).click();
    const heading = page.getByRole('heading', { level: 4, name: 'Mailbox rule created' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await screenshot(page, 'detail-timeline');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const report = fs.readFileSync(await download.path(), 'utf8');
    // The same report, copied for a ticket or a chat.
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Report copied' })).toHaveText('Report copied as Markdown.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
    expect(report).toContain('## Timeline\n\nActivity began 2026\\-11\\-20 09:00 UTC; the first alert was raised 27 min later\\.');
    expect(report).toContain('| 2026-11-20 09:10 | \\+10 min | Activity began: “Mailbox rule created” on ws\\-042\\.contoso\\.local |');

    // On a phone the rows stack: time above the words, nothing running off the side.
    await page.setViewportSize({ width: 390, height: 900 });
    const overflow = await timeline.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth);
    expect(overflow).toBe(false);
    await watch.assertClean();
  });
});
