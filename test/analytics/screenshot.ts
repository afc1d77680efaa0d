// Takes docs/report.png: the fixture log plus four weeks of answered traffic, rendered in headless
// Chromium. Run by hand after a visible change to the report: npx tsx test/analytics/screenshot.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Analytics } from '../../src/analytics/recorder.js';
import { buildReport, renderReport } from '../../src/analytics/report/index.js';
import { FileAnalyticsStore } from '../../src/analytics/store.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { launchChromium } from '../browser/chromium.js';
import { writeFixtureLog } from './fixtures/log.js';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ip-report-shot-'));
const { knowledge } = await loadKnowledge(join(ROOT, 'knowledge'), new Date('2027-01-10T09:00:00Z'));
if (!knowledge) throw new Error('knowledge does not load');
const store = new FileAnalyticsStore(join(dir, 'analytics'));
await writeFixtureLog(store, '2027-02-01');

let now = new Date('2027-02-01T09:00:00Z');
const analytics = new Analytics({ store, now: () => now, logger: pino({ level: 'silent' }, new Writable({ write: (_c, _e, cb) => cb() })), instance: 'demo', retentionDays: 3650 });
const seminars = knowledge.seminars.slice(0, 6);
for (let day = 0; day < 28; day++) {
  now = new Date(Date.parse('2027-02-01T09:00:00Z') + day * 86_400_000);
  for (let i = 0; i < 8 + (day % 7) * 2; i++) analytics.record({ trace: { decision: 'faq', answeredId: knowledge.faq[(i + day) % 8]?.id ?? 'kosten', candidates: [] }, text: '', channel: i % 3 ? 'webchat' : 'msteams', registrationOpen: false });
  for (let i = 0; i < 1 + (day % 4); i++) analytics.record({ trace: { decision: 'lookup', answeredId: seminars[(i * day) % seminars.length]?.id ?? '', candidates: [], lookup: { topics: ['foerdermittel'], formats: ['online'], cities: [], from: '2027-03-31T22:00:00.000Z' } }, text: 'Online-Seminare zu Fördermitteln im April', channel: 'webchat', registrationOpen: false });
  if (day % 3 === 0) analytics.record({ trace: { decision: 'registration', answeredId: seminars[day % 4]?.id ?? '', candidates: [] }, text: '', channel: 'msteams', registrationOpen: true });
  if (day % 2 === 0) analytics.record({ trace: { decision: 'fallback', candidates: [] }, text: day % 4 ? 'Gibt es Kinderbetreuung?' : 'Wo kann ich parken?', channel: 'webchat', registrationOpen: false });
}
await analytics.flush();

const model = await buildReport({ store, knowledge, search: buildSearchIndex(knowledge), knowledgeDir: join(ROOT, 'knowledge'), since: '2027-02-01', until: '2027-02-28' });
const file = join(dir, 'bericht.html');
writeFileSync(file, renderReport(model, 'html'));
const browser = await launchChromium();
try {
  const page = await browser.newPage(1024);
  await page.setViewportSize({ width: 1024, height: 1600 });
  await page.goto(pathToFileURL(file).href);
  await page.screenshot({ path: join(ROOT, 'docs/report.png'), clip: { x: 0, y: 0, width: 1024, height: 1600 } });
} finally {
  await browser.close();
}
process.stdout.write(`docs/report.png from ${file}\n`);
