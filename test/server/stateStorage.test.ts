// Conversation state forgets: a day after the last change (memory and Azure Blob Storage), and in
// memory the least recently used conversations go first once the cap is reached. The clock is moved,
// never waited for.
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpiringStorage } from '../../src/server/storage/blob.js';
import { ExpiringMemoryStorage } from '../../src/server/storage/memory.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const enquiry = { registration: { step: 'email', draft: { name: 'Jördis Beispielfrau' } } };

describe('conversation state in memory', () => {
  it('forgets an unfinished enquiry a day after its last change, although the conversation never continues', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 100, now: () => now });
    await storage.write({ 'webchat/conversations/a/': enquiry });
    now = 23 * HOUR;
    expect(await storage.read(['webchat/conversations/a/'])).toMatchObject({ 'webchat/conversations/a/': enquiry });
    now = DAY + 1;
    expect(await storage.read(['webchat/conversations/a/'])).toEqual({});
    // Gone from memory too, not just hidden.
    expect(storage.size).toBe(0);
  });

  it('counts the day from the last change, not from the first', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 100, now: () => now });
    await storage.write({ k: { step: 1 } });
    now = 20 * HOUR;
    await storage.write({ k: { step: 2 } });
    now = 40 * HOUR;
    expect(await storage.read(['k'])).toMatchObject({ k: { step: 2 } });
  });

  it('sweeps expired conversations out of memory on later writes, even if nobody reads them', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 100, now: () => now });
    await storage.write({ a: { x: 1 }, b: { x: 2 } });
    now = DAY + 2 * 60_000;
    await storage.write({ c: { x: 3 } });
    expect(storage.size).toBe(1);
  });

  it('keeps at most the cap, dropping the least recently used conversation first', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 2, now: () => 0 });
    await storage.write({ a: { x: 1 } });
    await storage.write({ b: { x: 2 } });
    await storage.read(['a']);
    await storage.write({ c: { x: 3 } });
    expect(Object.keys(await storage.read(['a', 'b', 'c']))).toEqual(['a', 'c']);
  });

  it('tells how many conversations it holds and how many bytes their state takes, expired ones gone', async () => {
    let now = 0;
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 100, now: () => now });
    await storage.write({ a: { step: 1 }, b: { say: 'Grüße' } });
    expect(storage.stats()).toEqual({ entries: 2, bytes: Buffer.byteLength('{"step":1}') + Buffer.byteLength('{"say":"Grüße"}') });
    now = DAY + 120_000;
    await storage.write({ c: {} });
    expect(storage.stats()).toEqual({ entries: 1, bytes: 2 });
  });

  it('refuses a write with a stale eTag, as botbuilder’s MemoryStorage does', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: DAY, maxEntries: 10, now: () => 0 });
    await storage.write({ a: { x: 1 } });
    const { a } = (await storage.read(['a'])) as { a: { eTag: string } };
    await storage.write({ a: { x: 2, eTag: a.eTag } });
    await expect(storage.write({ a: { x: 3, eTag: a.eTag } })).rejects.toThrow(/eTag conflict/);
  });
});

describe('conversation state in Azure Blob Storage (azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 60_000);
  afterAll(async () => azurite?.stop());

  it('returns nothing a day after the last change and deletes the blob', async () => {
    let now = Date.parse('2026-03-12T10:00:00Z');
    const blobs = new BlobsStorage(azurite.connectionString, 'state-expiry');
    const storage = new ExpiringStorage(blobs, DAY, () => now);
    await storage.write({ 'webchat/conversations/b/': enquiry });
    now += 23 * HOUR;
    expect(await storage.read(['webchat/conversations/b/'])).toMatchObject({ 'webchat/conversations/b/': enquiry });
    now += 2 * HOUR;
    expect(await storage.read(['webchat/conversations/b/'])).toEqual({});
    expect(await blobs.read(['webchat/conversations/b/'])).toEqual({});
  });
});
