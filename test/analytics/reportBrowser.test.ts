// The report as the education team opens it: in Chromium from a file, with no request beyond the
// file itself, charts drawn, and axe-core finding no WCAG 2.2 AA violation.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAnalyticsStore } from '../../src/analytics/store.js';
import { buildReport, renderReport } from '../../src/analytics/report/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { axeViolations, describeViolations } from '../browser/axe.js';
import { launchChromium, type Browser } from '../browser/chromium.js';
import { writeFixtureLog } from './fixtures/log.js';

const KNOWLEDGE_DIR = join(import.meta.dirname, '../../knowledge');
let browser: Browser;
let url: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ip-report-browser-'));
  const loaded = await loadKnowledge(KNOWLEDGE_DIR, new Date('2027-01-10T09:00:00Z'));
  if (!loaded.knowledge) throw new Error('knowledge does not load');
  const store = new FileAnalyticsStore(join(dir, 'analytics'));
  await writeFixtureLog(store, '2027-02-01');
  const model = await buildReport({ store, knowledge: loaded.knowledge, search: buildSearchIndex(loaded.knowledge), knowledgeDir: KNOWLEDGE_DIR, since: '2027-02-01', until: '2027-02-28' });
  const file = join(dir, 'bericht.html');
  writeFileSync(file, renderReport(model, 'html'));
  url = pathToFileURL(file).href;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the report in Chromium', () => {
  it('shows the groups and charts, requests nothing but itself, and has no axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Auswertung des Inklusionsprofis');
    await expect(page.locator('article.cluster').count()).resolves.toBeGreaterThanOrEqual(3);
    const box = await page.locator('figure svg').first().boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(browser.requests.filter((r) => r !== url)).toEqual([]);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('reflows to a phone width (320 px) without losing content off the side', async () => {
    const page = await browser.newPage(320);
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
