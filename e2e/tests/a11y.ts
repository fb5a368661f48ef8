// Runs axe-core (WCAG 2.0/2.1 A and AA rules) inside the page. Injected with page.evaluate, which the
// page's CSP does not govern, so the app's policy stays as strict as in production.
import { expect, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function expectNoA11yViolations(page: Page, screen: string) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
  });
  expect(violations, `axe violations on "${screen}":\n${violations.join('\n')}`).toEqual([]);
}
