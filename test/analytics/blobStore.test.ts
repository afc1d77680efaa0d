// The analytics store in Azure Blob Storage, against the real emulator (azurite): two instances write
// side by side, the report reads both, and retention deletes a whole day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { BlobAnalyticsStore } from '../../src/analytics/blobStore.js';
import { Analytics } from '../../src/analytics/recorder.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const silent = pino({ level: 'silent' }, new Writable({ write: (_c, _e, cb) => cb() }));

describe('analytics in Azure Blob Storage (azurite)', () => {
  it('keeps questions and counters of two instances apart and reads them together', async () => {
    const store = new BlobAnalyticsStore(azurite.connectionString, 'analytics-two');
    let now = new Date('2027-03-10T09:00:00Z');
    const a = new Analytics({ store, now: () => now, logger: silent, instance: 'a1', retentionDays: 90 });
    const b = new Analytics({ store: new BlobAnalyticsStore(azurite.connectionString, 'analytics-two'), now: () => now, logger: silent, instance: 'b2', retentionDays: 90 });
    const fallback = { decision: 'fallback' as const, candidates: [] };
    a.record({ trace: fallback, text: 'Gibt es Kinderbetreuung? Tel. 0911/12345', channel: 'webchat', registrationOpen: false });
    b.record({ trace: fallback, text: 'Kann ich meinen Hund mitbringen?', channel: 'msteams', registrationOpen: false });
    b.record({ trace: { decision: 'faq', answeredId: 'kosten', candidates: [] }, text: 'Was kostet das?', channel: 'msteams', registrationOpen: false });
    await Promise.all([a.flush(), b.flush()]);
    // A second flush appends to the same append blob.
    a.record({ trace: fallback, text: 'Gibt es Kinderbetreuung vor Ort?', channel: 'webchat', registrationOpen: false });
    await a.flush();

    const day = await store.readDay('2027-03-10');
    expect(day.questions.map((q) => q.text).sort()).toEqual(['Gibt es Kinderbetreuung vor Ort?', 'Gibt es Kinderbetreuung? Tel. [Telefon]', 'Kann ich meinen Hund mitbringen?']);
    const total = (key: string) => day.counts.reduce((n, c) => n + (c.counts[key] ?? 0), 0);
    expect(total('turns')).toBe(4);
    expect(total('faq:kosten')).toBe(1);

    now = new Date('2027-06-20T09:00:00Z');
    await a.flush();
    expect(await store.days()).toEqual([]);
  });
});
