// Auto-refresh: off by default; re-queries the page on screen; marks new and updated incidents;
// keeps expanded cards and the scroll position.
import { test, expect } from '@playwright/test';
import * as fs from 'node:fs';
import { alert, connect, incident, mockGraph, screenshot, scrollToCard, watchPage } from './graph-mock';

test('auto-refresh marks new and updated incidents without disturbing the list', async ({ page }) => {
  await page.clock.install();
  const watch = await watchPage(page);
  let round = 0;
  const many = Array.from({ length: 20 }, (_, i) => incident(i + 10, { alerts: [alert(`x${i}`, `Alert ${i}`)] }));
  const requests = await mockGraph(page, () => {
    const base = [incident(1, { alerts: [] }), incident(2, { alerts: [] }), incident(3, { alerts: [alert('a3', 'Alert of three')] }), ...many];
    if (round === 0) return { json: { '@odata.count': 23, value: base } };
    return { json: { '@odata.count': 24, value: [
      incident(4, { displayName: 'Brand new incident', alerts: [] }),
      base[0],
      { ...base[1], lastUpdateDateTime: '2026-11-27T10:00:00Z', status: 'inProgress', assignedTo: 'sam@contoso.com',
        alerts: [alert('b2', 'Ransomware behavior detected')],
        comments: [{ comment: 'Taking it', createdByDisplayName: 'Sam', createdDateTime: '2026-11-27T10:00:00Z' }] },
      base[2],
      { ...base[3], lastUpdateDateTime: '2026-11-27T10:00:00Z' }, // updated in nothing the card shows
      ...base.slice(4),
    ] } };
  });
  await page.goto('./');
  await connect(page);
  const list = page.getByRole('list', { name: 'Incidents' });
  await expect(list.getByRole('article', { name: 'Incident number 3', exact: true })).toBeVisible();
  const afterLoad = requests.length;

  // Off by default: nothing is re-requested however long the page stays open.
  await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('off');
  await page.clock.runFor(20 * 60_000);
  expect(requests.length).toBe(afterLoad);

  const three = list.getByRole('article', { name: 'Incident number 3', exact: true });
  await three.getByRole('button', { name: 'Show alerts' }).click();
  await expect(three.getByRole('list', { name: 'Alerts' })).toContainText('Alert of three');
  const lower = await scrollToCard(page, 'Incident number 15');

  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every minute' });
  // Scroll (instantly) so that card sits in the middle of the window, and note where it is.
  await lower.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 300, behavior: 'instant' }));
  const anchorTop = await lower.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(anchorTop - 300)).toBeLessThan(2);
  round = 1;
  await page.clock.runFor(61_000);
  await expect.poll(() => requests.length).toBe(afterLoad + 1);
  expect(requests.at(-1)!.url.pathname).toBe('/v1.0/security/incidents');

  // Applied: the list keeps the card being read where it was (corrected after layout, before paint).
  await expect(page.getByRole('status').filter({ hasText: 'since you last looked' })).toBeVisible();
  const newTop = await lower.evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(newTop - anchorTop)).toBeLessThan(2);
  // The new card sits above, out of the drawn window: scroll up to it.
  await scrollToCard(page, 'Brand new incident');
  const fresh = list.getByRole('article', { name: 'Brand new incident' });
  await expect(fresh).toContainText('New');
  const two = list.getByRole('article', { name: 'Incident number 2', exact: true });
  await expect(two).toContainText('Changed');
  // …and says what changed, against the version shown before.
  await expect(two.locator('.change-detail')).toHaveText('Since you last looked: status Active → In progress; '
    + 'now assigned to sam@contoso.com; 1 new alert: “Ransomware behavior detected”; 1 new comment by Sam');
  await expect(fresh.locator('.change-detail')).toHaveCount(0); // all of a new one is new
  await expect(list.getByRole('article', { name: 'Incident number 1', exact: true })).not.toContainText('Changed');
  await expect(page.getByRole('status').filter({ hasText: 'since you last looked' })).toContainText('1 new, 2 updated since you last looked');
  await expect(page).toHaveTitle('(1 new, 2 updated) Incident Viewer'); // a background tab says so too
  // The expanded card stayed expanded, and what the user was looking at did not move.
  await expect(three.getByRole('button', { name: 'Show alerts' })).toHaveAttribute('aria-expanded', 'true');
  await expect(three.getByRole('list', { name: 'Alerts' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–24 of 24');
  const ten = await scrollToCard(page, 'Incident number 10');
  await expect(ten.locator('.change-detail')).toContainText('Updated since you last looked; its status, severity, owner');
  await scrollToCard(page, 'Brand new incident');
  await screenshot(page, 'auto-refresh');

  await page.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(fresh).not.toContainText('New');
  await expect(two.locator('.change-detail')).toHaveCount(0);
  await expect(page).toHaveTitle('Incident Viewer');
  // The next refresh with the same data marks nothing.
  await page.clock.runFor(61_000);
  await expect.poll(() => requests.length).toBe(afterLoad + 2);
  await expect(page.getByRole('status').filter({ hasText: 'since you last looked' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Off' });
  await page.clock.runFor(5 * 60_000);
  expect(requests.length).toBe(afterLoad + 2);
  // Switching back on starts one timer, not a second one beside a stale one.
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every minute' });
  await page.clock.runFor(61_000);
  await expect.poll(() => requests.length).toBe(afterLoad + 3);
  await page.clock.runFor(30_000);
  expect(requests.length).toBe(afterLoad + 3);
  await watch.assertClean();
});

test('a changed incident says what changed, on its card and its page, until marked as seen', async ({ page }) => {
  await page.clock.install();
  const watch = await watchPage(page);
  const before = incident(2, { alerts: [alert('a1', 'First alert')], customTags: ['VIP'] });
  const after = { ...before, lastUpdateDateTime: '2026-11-27T10:00:00Z', severity: 'medium',
    classification: 'truePositive', determination: 'malware', customTags: [] };
  // Fetched for the page a moment later: updated again since the refresh, and said against that copy.
  const later = { ...after, assignedTo: 'sam@contoso.com' };
  let round = 0;
  await mockGraph(page, (url) => {
    if (url.pathname.endsWith('/incidents/2')) return { json: later };
    return { json: { '@odata.count': 2, value: [round === 0 ? before : after, incident(1, { alerts: [] })] } };
  });
  await page.goto('./');
  await connect(page);
  const card = page.getByRole('article', { name: 'Incident number 2', exact: true });
  await expect(card).toBeVisible();
  await expect(card.locator('.change-detail')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every minute' });
  round = 1;
  await page.clock.runFor(61_000);
  await expect(card.locator('.change-detail')).toHaveText('Since you last looked: severity High → Medium; '
    + 'classification Not set → True positive; determination Not set → Malware; tag removed “VIP”');
  // Only what changed, at a press; pressed again, everything.
  const list = page.getByRole('list', { name: 'Incidents' });
  const only = page.getByRole('button', { name: 'Show only these' });
  await expect(only).toHaveAttribute('aria-pressed', 'false');
  await only.click();
  await expect(only).toHaveAttribute('aria-pressed', 'true');
  await expect(list.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–2 of 2 · only the 1 new or changed shown');
  await only.click();
  await expect(list.getByRole('article')).toHaveCount(2);
  await only.click();
  await expect(list.getByRole('article')).toHaveCount(1);
  // Exports follow what is shown.
  await expect(page.locator('.export-hint')).toHaveText(/^Exports cover the new and changed incidents shown/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const rows = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('Incident number 2');
  await card.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Incident number 2' })).toBeVisible();
  await expect(page.locator('.incident-detail .change-detail')).toHaveText('Since you last looked: severity High → Medium; '
    + 'now assigned to sam@contoso.com; classification Not set → True positive; determination Not set → Malware; '
    + 'tag removed “VIP”');
  await page.getByRole('link', { name: 'Back to incidents' }).click();
  await page.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(card.locator('.change-detail')).toHaveCount(0);
  // Nothing is marked any more: the list shows everything again, and the button is gone.
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(only).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1–2 of 2');
  await card.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Incident number 2' })).toBeVisible();
  await expect(page.getByText('Since you last looked')).toHaveCount(0);
  await watch.assertClean();
});

test('demo tenant: incidents keep arriving, and auto-refresh shows them', async ({ page }) => {
  await page.clock.install();
  const watch = await watchPage(page, []);
  await page.goto('./');
  await page.getByRole('button', { name: 'Try demo data' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText(/^Showing 1–25 of 360$/);
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every 5 minutes' });
  await page.clock.runFor(5 * 60_000 + 1_000);
  await expect(status).toHaveText(/^Showing 1–25 of 36[1-9]$/);
  await expect(page.getByRole('article').filter({ hasText: 'New' }).first()).toBeVisible();

  // Kept for the next visit, like the theme, and running at once.
  await page.reload();
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('5');
  await expect(status).toHaveText(/^Showing 1–25 of 360$/); // a new visit: the demo tenant starts again
  await page.clock.runFor(5 * 60_000 + 1_000);
  await expect(status).toHaveText(/^Showing 1–25 of 36[1-9]$/);
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Off' });
  expect(await page.evaluate(() => localStorage.getItem('incident-viewer.auto-refresh'))).toBeNull();
  // A stored value this build does not know is Off.
  await page.evaluate(() => localStorage.setItem('incident-viewer.auto-refresh', '"><x'));
  await page.reload();
  await page.getByRole('button', { name: 'Try demo data' }).click();
  await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('off');
  await watch.assertClean();
});

test('Notify me of new incidents: asks the browser once ticked, tells of new ones while the analyst is away', async ({ page }) => {
  // The browser's notifications, recorded; permission as the test sets it for the next page load.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const shown: unknown[] = [];
    w.__notices = shown;
    w.__focused = true;
    class FakeNotification {
      static permission = sessionStorage.getItem('fake-permission') ?? 'default';
      static async requestPermission() {
        w.__asked = true;
        FakeNotification.permission = 'granted';
        return 'granted';
      }
      onclick: unknown = null;
      constructor(title: string, options?: { body?: string; tag?: string }) {
        shown.push({ title, body: options?.body, tag: options?.tag });
      }
      close() {}
    }
    w.Notification = FakeNotification;
    document.hasFocus = () => w.__focused as boolean;
  });
  await page.clock.install();
  const watch = await watchPage(page);
  let extra: unknown[] = [];
  await mockGraph(page, () => ({ json: { value: [...extra, incident(1, { alerts: [] }), incident(2, { alerts: [] })] } }));
  await page.goto('./');
  await connect(page);
  await expect(page.getByRole('article')).toHaveCount(2);
  const notify = page.getByRole('checkbox', { name: 'Notify me of new incidents' });
  await expect(notify).toHaveCount(0); // only with auto-refresh on
  await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every minute' });
  await expect(notify).not.toBeChecked();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__asked)).toBeUndefined();
  await notify.check();
  await expect(notify).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__asked)).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('incident-viewer.notify'))).toBe('1');

  // Away (another window has the focus): a refresh that finds new incidents says so, gravest first.
  const notices = () => page.evaluate(() => (window as unknown as Record<string, unknown[]>).__notices);
  await page.evaluate(() => { (window as unknown as Record<string, unknown>).__focused = false; });
  extra = [
    incident(4, { displayName: 'Phish <b>reported</b>', severity: 'low', alerts: [] }),
    incident(3, { displayName: 'Ransomware on FIN-042', severity: 'high', alerts: [] }),
  ];
  await page.clock.runFor(61_000);
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect.poll(notices).toEqual([{
    title: '2 new incidents',
    body: 'High · Ransomware on FIN-042 (#3)\nLow · Phish <b>reported</b> (#4)',
    tag: 'incident-viewer-new',
  }]);
  // Nothing new: nothing said. Looking at the page: nothing said either (the page shows it).
  await page.clock.runFor(61_000);
  await page.evaluate(() => { (window as unknown as Record<string, unknown>).__focused = true; });
  extra = [incident(5, { alerts: [] }), ...extra];
  await page.clock.runFor(61_000);
  await expect(page.getByRole('article')).toHaveCount(5);
  expect(await notices()).toHaveLength(1);
  // Away again: the notice (which replaces the last) counts every incident still marked new.
  await page.evaluate(() => { (window as unknown as Record<string, unknown>).__focused = false; });
  extra = [incident(6, { severity: 'medium', alerts: [] }), ...extra];
  await page.clock.runFor(61_000);
  await expect(page.getByRole('article')).toHaveCount(6);
  await expect.poll(async () => (await notices()).at(-1)).toEqual({
    title: '4 new incidents',
    body: 'High · Incident number 5 (#5)\nHigh · Ransomware on FIN-042 (#3)\nMedium · Incident number 6 (#6)\nand 1 more',
    tag: 'incident-viewer-new',
  });

  // Kept for the next visit while the browser allows it; blocked in the browser: off, and said so.
  await page.evaluate(() => sessionStorage.setItem('fake-permission', 'granted'));
  await page.reload();
  await connect(page);
  await expect(notify).toBeChecked();
  await page.evaluate(() => sessionStorage.setItem('fake-permission', 'denied'));
  await page.reload();
  await connect(page);
  await expect(notify).not.toBeChecked();
  await expect(notify).toBeDisabled();
  await expect(page.getByText("Notifications are blocked for this page in the browser's settings.")).toBeVisible();
  await watch.assertClean();
});
