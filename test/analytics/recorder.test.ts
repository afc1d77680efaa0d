// What the question log and the counters keep from a turn, how long, and that a broken store never breaks a turn.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { TurnTrace } from '../../src/assistant/trace.js';
import { Analytics } from '../../src/analytics/recorder.js';
import { FileAnalyticsStore, type AnalyticsStore } from '../../src/analytics/store.js';
import type { TurnFacts } from '../../src/analytics/classify.js';

function logSink() {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString('utf8')), cb()) }));
  return { lines, logger };
}

// A store folder of its own for one test, removed when that test is done.
function storeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-analytics-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function setup(start = '2027-03-10T09:00:00Z', store?: AnalyticsStore) {
  const dir = storeDir();
  let now = new Date(start);
  const { lines, logger } = logSink();
  const analytics = new Analytics({ store: store ?? new FileAnalyticsStore(dir), now: () => now, logger, instance: 'test1', retentionDays: 90 });
  return { dir, analytics, lines, setNow: (iso: string) => (now = new Date(iso)), storeOf: () => new FileAnalyticsStore(dir) };
}

const turn = (trace: TurnTrace | undefined, text: string, extra: Partial<TurnFacts> = {}): TurnFacts => ({ trace, text, channel: 'webchat', registrationOpen: false, ...extra });
const fallback: TurnTrace = { decision: 'fallback', candidates: [{ kind: 'faq', id: 'reisekosten', score: 0.31 }] };

describe('the question log', () => {
  it('keeps an unanswered question scrubbed, with the decision, its candidates, channel and day — and no ids', async () => {
    const { analytics, storeOf } = setup();
    analytics.record(turn(fallback, 'Ich heiße Erika Mustermann, zahlt ihr die Bahnfahrt? erika@example.de', { channel: 'msteams' }));
    await analytics.flush();
    const { questions } = await storeOf().readDay('2027-03-10');
    expect(questions).toEqual([
      { day: '2027-03-10', channel: 'msteams', decision: 'fallback', text: 'Ich heiße [Name], zahlt ihr die Bahnfahrt? [E-Mail]', candidates: [{ kind: 'faq', id: 'reisekosten', score: 0.31 }] },
    ]);
  });

  it('keeps did-you-mean questions and "nein" on an answer, but not answered questions', async () => {
    const { analytics, storeOf } = setup();
    analytics.record(turn({ decision: 'faq', answeredId: 'kosten', candidates: [] }, 'Was kostet das?'));
    analytics.record(turn({ decision: 'didYouMean', candidates: [{ kind: 'faq', id: 'kosten', score: 0.5 }] }, 'Preis Fahrt'));
    analytics.record(turn({ decision: 'feedback', answeredId: 'kosten', helpful: false, candidates: [] }, 'nein, ich meinte die Fahrtkosten'));
    analytics.record(turn({ decision: 'feedback', answeredId: 'kosten', helpful: true, candidates: [] }, 'ja'));
    await analytics.flush();
    const { questions, counts } = await storeOf().readDay('2027-03-10');
    expect(questions.map((q) => [q.decision, q.text, q.answeredId])).toEqual([
      ['didYouMean', 'Preis Fahrt', undefined],
      ['feedback', 'nein, ich meinte die Fahrtkosten', 'kosten'],
    ]);
    expect(counts[0]?.counts).toMatchObject({ turns: 4, 'faq:kosten': 1, 'feedback.no:kosten': 1, 'feedback.yes:kosten': 1, 'channel:webchat': 4 });
  });

  it('never keeps anything typed while an enquiry is open, even when the turn looks unanswered', async () => {
    const { analytics, dir } = setup();
    analytics.record(turn(fallback, 'Erika Mustermann', { registrationOpen: true }));
    analytics.record(turn({ decision: 'registration', answeredId: 'pressearbeit-2027-03', candidates: [] }, 'erika@example.de', { registrationOpen: true }));
    await analytics.flush();
    const files = readdirSync(join(dir, '2027-03-10'));
    expect(files).toEqual(['counts-test1.json']);
    const stored = readFileSync(join(dir, '2027-03-10', 'counts-test1.json'), 'utf8');
    expect(stored).not.toMatch(/Erika|erika|Mustermann/);
    expect(JSON.parse(stored).counts).toMatchObject({ 'enquiry:pressearbeit-2027-03': 1, 'decision:registration': 1 });
  });

  it("counts look-ups by topic, format and month from the filters in the assistant's trace", async () => {
    const { analytics, storeOf } = setup('2027-01-10T09:00:00Z');
    // "im März" seen from January: from Berlin midnight of 1 March (23:00 UTC the day before).
    const lookup = { topics: ['oeffentlichkeitsarbeit'], formats: ['online'], cities: [], from: '2027-02-28T23:00:00.000Z', to: '2027-03-31T22:00:00.000Z' };
    analytics.record(turn({ decision: 'lookup', candidates: [], lookup }, 'Online-Seminare zu Öffentlichkeitsarbeit im März'));
    analytics.record(turn({ decision: 'lookup', candidates: [], lookup: { topics: ['<script>'], formats: [], cities: [] } }, 'egal'));
    await analytics.flush();
    const { counts } = await storeOf().readDay('2027-01-10');
    expect(counts[0]?.counts).toMatchObject({ 'topic:oeffentlichkeitsarbeit': 1, 'format:online': 1, 'month:2027-03': 1, 'decision:lookup': 2 });
    expect(Object.keys(counts[0]?.counts ?? {}).filter((k) => k.startsWith('topic:'))).toEqual(['topic:oeffentlichkeitsarbeit']);
  });

  it('counts recommendations per role and a turn without a trace as "other"', async () => {
    const { analytics, storeOf } = setup();
    analytics.record(turn({ decision: 'recommend', answeredId: 'netzwerkkoordination', candidates: [] }, 'Ich bin Koordinatorin'));
    analytics.record(turn(undefined, 'irgendwas', { channel: 'evil<script>' }));
    await analytics.flush();
    const { counts } = await storeOf().readDay('2027-03-10');
    expect(counts[0]?.counts).toMatchObject({ 'role:netzwerkkoordination': 1, 'decision:other': 1, 'channel:andere': 1 });
  });
});

describe('retention', () => {
  it('deletes days older than 90 days once the clock has moved on, and keeps the rest', async () => {
    const { analytics, storeOf, setNow } = setup('2027-01-01T10:00:00Z');
    analytics.record(turn(fallback, 'erste Frage'));
    await analytics.flush();
    setNow('2027-01-02T10:00:00Z');
    analytics.record(turn(fallback, 'zweite Frage'));
    await analytics.flush();
    expect(await storeOf().days()).toEqual(['2027-01-01', '2027-01-02']);

    setNow('2027-04-01T10:00:00Z'); // 90 days after 1 January: both still inside the period
    await analytics.flush();
    expect(await storeOf().days()).toEqual(['2027-01-01', '2027-01-02']);

    setNow('2027-04-02T10:00:00Z'); // 1 January is now 91 days old
    await analytics.flush();
    expect(await storeOf().days()).toEqual(['2027-01-02']);
  });
});

describe('a failing store', () => {
  it('never throws into the turn, logs without content, and writes the data once the store is back', async () => {
    const dir = storeDir();
    const real = new FileAnalyticsStore(dir);
    let broken = true;
    const flaky: AnalyticsStore = {
      location: 'flaky',
      appendQuestions: (...a) => (broken ? Promise.reject(Object.assign(new Error(`EACCES ${dir} Erika`), { code: 'EACCES' })) : real.appendQuestions(...a)),
      writeCounts: (...a) => (broken ? Promise.reject(new Error('down')) : real.writeCounts(...a)),
      days: () => real.days(),
      readDay: (d) => real.readDay(d),
      deleteDay: (d) => real.deleteDay(d),
    };
    const { lines, logger } = logSink();
    const analytics = new Analytics({ store: flaky, now: () => new Date('2027-03-10T09:00:00Z'), logger, instance: 'x', retentionDays: 90 });
    expect(() => analytics.record(turn(fallback, 'Frage von Erika Mustermann, Tel. 0911/12345'))).not.toThrow();
    await expect(analytics.flush()).resolves.toBeUndefined();
    expect(lines.join('')).toContain('analytics: writing failed');
    expect(lines.join('')).not.toMatch(/Erika|0911|Frage/);

    broken = false;
    await analytics.flush();
    expect((await real.readDay('2027-03-10')).questions.map((q) => q.text)).toEqual(['Frage von Erika Mustermann, Tel. [Telefon]']);
  });
});
