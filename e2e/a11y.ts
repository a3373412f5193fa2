import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Asserts the page has no WCAG 2.1 A/AA violations according to axe. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
}
