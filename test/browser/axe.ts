// axe-core in the page under test, for the WCAG 2.2 AA scans of the web chat and the tab.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export async function axeViolations(p: Page): Promise<AxeViolation[]> {
  // Our CSP (script-src 'self') rightly blocks the inline <script> page.addScriptTag would add,
  // so axe is evaluated through the DevTools protocol instead, which CSP does not govern.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(`${readFileSync(AXE_SOURCE, 'utf8')}\n;0`);
  return p.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('\n');
}
