/** axe-core's accessibility audit, run in a page of the built site. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Audit {
  /** A CSS selector: audit only this part of the page (default: all of it). */
  within?: string;
  /** Only these rules (e.g. ['color-contrast']), every violation of them counted. */
  rules?: string[];
}

/**
 * The violations axe finds ("rule: targets"): every one of `rules` when given, else the serious
 * and critical ones of every rule.
 */
export async function axeViolations(page: Page, audit: Audit = {}): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async ({ within, rules }) => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const { violations } = await axe.run(within ? { include: [[within]] } : document, rules ? { runOnly: rules } : {});
    return violations
      .filter((v) => rules || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, audit);
}
