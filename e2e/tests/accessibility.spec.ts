// Accessibility: axe (WCAG 2.1 AA) on every screen, light and dark; a keyboard-only flow (demo, filter,
// next page, expand, read an alert, export, disconnect) with focus
// always visible and never dropped to <body>; phone and wide-screen layouts.
import { test, expect, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';
import { connect, graphError, mockGraph, screenshot, watchPage } from './graph-mock';

function jwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ typ: 'JWT' })}.${b64(claims)}.c2ln`;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violations on any screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const watch = await watchPage(page);
    await page.goto('./');
    await expectNoA11yViolations(page, 'token form');

    await page.getByLabel('Access token').fill(jwt({ aud: 'https://graph.microsoft.com', upn: 'a@contoso.com', scp: 'User.Read', exp: 1 }));
    await expect(page.getByRole('region', { name: 'Token details' }).getByRole('listitem').first()).toBeVisible();
    await expectNoA11yViolations(page, 'token inspector with warnings');
    await page.getByLabel('Access token').fill('');

    await page.getByRole('button', { name: 'Try demo data' }).click();
    await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
    await expectNoA11yViolations(page, 'demo list with filters');
    const card = page.getByRole('list', { name: 'Incidents' }).getByRole('article').first();
    await card.getByRole('button', { name: 'Show alerts' }).click();
    await expect(card.getByRole('list', { name: 'Alerts' })).toBeVisible();
    await expectNoA11yViolations(page, 'expanded card');
    await screenshot(page, `a11y-expanded-${colorScheme}`);

    await card.getByRole('link', { name: 'Details' }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoA11yViolations(page, 'incident detail');
    await screenshot(page, `a11y-detail-${colorScheme}`);
    await page.getByRole('link', { name: 'Back to incidents' }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoA11yViolations(page, 'shortcut sheet');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add tenant' }).click();
    await page.getByRole('button', { name: 'Add demo tenant' }).click();
    await expect(page.getByRole('group', { name: 'Tenant' })).toBeVisible();
    await page.getByLabel('View name').fill('Mine');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('combobox', { name: 'Auto-refresh' }).selectOption({ label: 'Every 15 minutes' });
    await expectNoA11yViolations(page, 'two tenants, saved view, auto-refresh');
    await screenshot(page, `a11y-tenants-${colorScheme}`);

    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Redirected' }).check();
    await page.getByRole('group', { name: 'Classification' }).getByRole('checkbox', { name: 'False positive' }).check();
    await page.getByRole('group', { name: 'Determination' }).getByRole('checkbox', { name: 'APT' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'No incidents' })).toBeVisible();
    await expectNoA11yViolations(page, 'empty result');
    await page.getByRole('button', { name: 'Disconnect' }).click();

    await mockGraph(page, () => graphError(401, 'InvalidAuthenticationToken', 'Expired.'));
    await connect(page);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoA11yViolations(page, 'error with token renewal');
    await screenshot(page, `a11y-error-${colorScheme}`);
    await watch.assertClean();
  });
}

/** Presses Tab (at most `max` times) until `target` has focus: the keyboard's way of getting there. */
async function tabTo(page: Page, target: import('@playwright/test').Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Focus must be on a real element (not <body>) and visibly indicated. */
async function expectVisibleFocus(page: Page, step: string) {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, why: 'focus is on <body>' };
    const style = getComputedStyle(el);
    const visible = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { ok: visible, why: `${el.tagName} ${el.textContent?.slice(0, 40)} outline=${style.outlineStyle} ${style.outlineWidth}` };
  });
  expect(state.ok, `${step}: ${state.why}`).toBe(true);
}

test('the whole flow works by keyboard alone, with visible focus throughout', async ({ page }) => {
  const watch = await watchPage(page, []);
  await page.goto('./');
  await tabTo(page, page.getByRole('button', { name: 'Try demo data' }));
  await expectVisibleFocus(page, 'demo button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
  await expectVisibleFocus(page, 'after connecting');

  const high = page.getByRole('group', { name: 'Severity' }).getByRole('checkbox', { name: 'High' });
  await tabTo(page, high);
  await page.keyboard.press('Space');
  await expect(high).toBeChecked();
  await expect(page).toHaveURL(/severity=high/);
  await expectVisibleFocus(page, 'after filtering');

  const next = page.getByRole('button', { name: 'Next page' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing 26–/);
  await expectVisibleFocus(page, 'after next page');

  // Back up to the first card's expand button (Shift+Tab from the pager). The list is windowed: cards
  // are drawn as focus (and so the scroll position) moves up, so the card is found by its own link.
  const list = page.getByRole('list', { name: 'Incidents' });
  const href = await list.getByRole('article').first().getByRole('link', { name: 'Details' }).getAttribute('href');
  const firstCard = list.getByRole('article').filter({ has: page.locator(`a.details-link[href="${href}"]`) });
  const expand = firstCard.getByRole('button', { name: 'Show alerts' });
  const focused = () => page.evaluate((link) => {
    const active = document.activeElement;
    return !!active?.hasAttribute('aria-expanded') && active.closest('article')?.querySelector('a.details-link')?.getAttribute('href') === link;
  }, href);
  for (let i = 0; i < 400 && !(await focused()); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expectVisibleFocus(page, 'expand button');
  await page.keyboard.press('Enter');
  await expect(expand).toHaveAttribute('aria-expanded', 'true');
  await expectVisibleFocus(page, 'after expanding');
  // Reading an alert: its links are reachable by Tab.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'inside the card');
  const alerts = firstCard.getByRole('list', { name: 'Alerts' });
  await expect(alerts.getByRole('listitem').first()).toBeVisible();
  await tabTo(page, alerts.getByRole('link').first(), 20);
  await expectVisibleFocus(page, 'alert link');

  // Export by keyboard (Shift+Tab back up to the export bar above the list).
  const exportCsv = page.getByRole('button', { name: 'Export CSV' });
  for (let i = 0; i < 400 && !(await exportCsv.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expectVisibleFocus(page, 'export button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expectVisibleFocus(page, 'after export');

  await tabTo(page, page.getByRole('button', { name: 'Disconnect' }), 400).catch(async () => {
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Shift+Tab');
      if (await page.getByRole('button', { name: 'Disconnect' }).evaluate((el) => el === document.activeElement)) break;
    }
  });
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Access token')).toBeVisible();
  await expectVisibleFocus(page, 'after disconnecting');
  await watch.assertClean();
});

for (const [name, width] of [['phone', 375], ['wide', 1920]] as const) {
  test(`layout at ${width}px has no horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await page.getByRole('button', { name: 'Try demo data' }).click();
    await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('article').first()).toBeVisible();
    const card = page.getByRole('list', { name: 'Incidents' }).getByRole('article').first();
    await card.getByRole('button', { name: 'Show alerts' }).click();
    await expect(card.getByRole('list', { name: 'Alerts' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `layout-${name}`);
  });
}
