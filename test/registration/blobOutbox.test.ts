// The registration outbox in Azure Blob Storage, shared by several bot instances: real azurite
// (Blob service, in memory) and a real SMTP server on 127.0.0.1, no mocks.
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BlobOutbox } from '../../src/registration/blobOutbox.js';
import { createRegistration, type Registration } from '../../src/registration/index.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { captureLog, fixedNow, freePort, limits, mailConfig, sampleEnquiry, startSmtp, tempDataDir, type CapturedLog, type TestSmtp } from './support.js';

const fast = { initialMs: 10, maxMs: 40 };
const PII = ['Jördis', 'Beispielfrau', 'joerdis', 'kommune-musterstadt', 'Musterstadt', '123456', 'Wir kommen zu zweit', 'Unterlagen vorab'];

describe('registration outbox in Azure Blob Storage', () => {
  let azurite: Azurite;
  let data: { dir: string; remove(): Promise<void> };
  let containerName: string;
  const running: Registration[] = [];
  const servers: TestSmtp[] = [];

  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite.stop();
  });
  beforeEach(async () => {
    data = await tempDataDir();
    containerName = `outbox-${randomBytes(6).toString('hex')}`;
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await data.remove();
  });

  /** One bot instance; several of them share the container like instances behind a load balancer. */
  function instance(smtpUrl: string, log: CapturedLog = captureLog()): Registration {
    const r = createRegistration({
      dataDir: data.dir,
      mail: mailConfig(smtpUrl),
      limits,
      logger: log.logger,
      now: fixedNow,
      retry: fast,
      azure: { connectionString: azurite.connectionString, container: containerName },
    });
    running.push(r);
    return r;
  }

  async function smtp(behaviour: Parameters<typeof startSmtp>[0] = {}): Promise<TestSmtp> {
    const server = await startSmtp(behaviour);
    servers.push(server);
    return server;
  }

  function container(): ContainerClient {
    return BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(containerName);
  }

  async function blobNames(prefix: string): Promise<string[]> {
    const names: string[] = [];
    for await (const blob of container().listBlobsFlat({ prefix })) names.push(blob.name);
    return names.sort();
  }

  async function blobText(name: string): Promise<string> {
    return (await container().getBlockBlobClient(name).downloadToBuffer()).toString('utf8');
  }

  function messageIds(server: TestSmtp): string[] {
    return server.received.map((m) => m.parsed.messageId ?? '').sort();
  }

  it('stores the enquiry in the container before confirming, mails it once, then keeps only a PII-free record', async () => {
    const server = await smtp();
    const log = captureLog();
    const r = instance(server.url, log);
    await r.start();
    const { id, duplicate } = await r.port.submit(sampleEnquiry(), 'conv:blob-1');
    expect(duplicate).toBe(false);
    // Durable before the person is told: the entry blob exists when submit() resolves.
    expect(await blobNames('entries/')).toEqual([`entries/${id}.json`]);
    await r.idle();

    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.parsed.messageId).toBe(`<${id}@inklusionsprofi>`);
    expect(server.received[0]?.parsed.text).toContain('Name: Jördis Beispielfrau');
    expect(await blobNames('entries/')).toEqual([]);
    const record = await blobText(`sent/${id}.json`);
    expect(JSON.parse(record)).toMatchObject({ id, seminarId: 'oeffentlichkeitsarbeit-online-2026', attempts: 1, messageId: `<${id}@inklusionsprofi>`, transport: 'smtp' });
    for (const secret of PII) expect(record).not.toContain(secret);

    // Nothing went to the local folder: every instance sees the same outbox.
    await expect(access(join(data.dir, 'outbox'))).rejects.toThrow();
    const start = log.records().find((rec) => typeof rec.msg === 'string' && rec.msg.startsWith('registration mails go to'));
    expect(start?.msg).toBe(`registration mails go to SMTP 127.0.0.1:${server.port}; outbox in Azure Blob container ${containerName}`);
    const all = log.lines.join('\n');
    expect(all).not.toMatch(/AccountKey|Eby8vdM02x|devstoreaccount1/);
    for (const secret of PII) expect(all).not.toContain(secret);
  });

  it('gives two instances one number and one mail when the same submit reaches both at once', async () => {
    const server = await smtp();
    const a = instance(server.url);
    const b = instance(server.url);
    await Promise.all([a.start(), b.start()]);
    const keys = ['conv:twice-1', 'conv:twice-2', 'conv:twice-3', 'conv:twice-4', 'conv:twice-5'];
    const results = await Promise.all(keys.map((key) => Promise.all([a.port.submit(sampleEnquiry(), key), b.port.submit(sampleEnquiry(), key)])));
    for (const [fromA, fromB] of results) {
      expect(fromB.id).toBe(fromA.id);
      expect([fromA, fromB].filter((x) => !x.duplicate)).toHaveLength(1);
    }
    await Promise.all([a.idle(), b.idle()]);
    const ids = results.map(([fromA]) => fromA.id);
    expect(messageIds(server)).toEqual(ids.map((id) => `<${id}@inklusionsprofi>`).sort());
    expect(await blobNames('entries/')).toEqual([]);
    // A replay later, at either instance, still gives the same number and no new mail.
    expect(await b.port.submit(sampleEnquiry(), 'conv:twice-1')).toEqual({ id: ids[0], duplicate: true });
    await b.idle();
    expect(server.received).toHaveLength(keys.length);
  });

  it('delivers each of ten enquiries exactly once while two instances work on the same container', async () => {
    // The first mail is only accepted once a second transaction has started: one instance is then
    // mid-delivery while the other looks for work, so both must be busy at the same time.
    const server: TestSmtp = await smtp({
      onMessage: async () => {
        await server.waitForTransactions(2);
        return true;
      },
    });
    const logA = captureLog();
    const logB = captureLog();
    const a = instance(server.url, logA);
    const b = instance(server.url, logB);
    // Submitted through a third instance whose worker never runs, so A and B find all ten at start-up,
    // in the same order, and compete for every one of them.
    const writer = instance(server.url);
    const submitted = await Promise.all(Array.from({ length: 10 }, (_, i) => writer.port.submit(sampleEnquiry(), `conv:ten-${i}`)));
    await writer.stop();
    expect(new Set(submitted.map((s) => s.id)).size).toBe(10);
    await Promise.all([a.start(), b.start()]);
    await Promise.all([a.idle(), b.idle()]);
    expect(messageIds(server)).toEqual(submitted.map((s) => `<${s.id}@inklusionsprofi>`).sort());
    const delivered = (log: CapturedLog) => log.records().filter((rec) => rec.msg === 'registration mail delivered').length;
    expect(delivered(logA)).toBeGreaterThan(0);
    expect(delivered(logB)).toBeGreaterThan(0);
    expect(delivered(logA) + delivered(logB)).toBe(10);
    expect(await blobNames('entries/')).toEqual([]);
    expect(await blobNames('sent/')).toHaveLength(10);
  });

  it('lets another instance deliver what an instance stored but never sent', async () => {
    const server = await smtp();
    const gone = instance(server.url);
    const { id } = await gone.port.submit(sampleEnquiry(), 'conv:resume');
    await gone.stop(); // its worker never ran
    expect(server.received).toHaveLength(0);

    const other = instance(server.url);
    await other.start();
    await other.idle();
    expect(messageIds(server)).toEqual([`<${id}@inklusionsprofi>`]);
    expect(await blobNames('entries/')).toEqual([]);
  });

  it('keeps the enquiry while the mail server is down and delivers it once after it comes up', async () => {
    const port = await freePort();
    const log = captureLog();
    const r = instance(`smtp://127.0.0.1:${port}`, log);
    await r.start();
    const { id } = await r.port.submit(sampleEnquiry(), 'conv:down');
    await log.waitFor((rec) => rec.msg === 'registration mail not delivered yet; will retry');
    expect(await blobNames('entries/')).toEqual([`entries/${id}.json`]);
    // The failed attempt is counted in the entry (written with its ETag under the claim).
    await expect.poll(async () => (JSON.parse(await blobText(`entries/${id}.json`)) as { attempts: number }).attempts).toBeGreaterThanOrEqual(1);

    const server = await smtp({ port });
    await r.idle();
    expect(messageIds(server)).toEqual([`<${id}@inklusionsprofi>`]);
    expect(await blobNames('entries/')).toEqual([]);
    expect((JSON.parse(await blobText(`sent/${id}.json`)) as { attempts: number }).attempts).toBeGreaterThanOrEqual(2);
  });

  it('refuses to overwrite an entry changed since it was read', async () => {
    const a = new BlobOutbox({ connectionString: azurite.connectionString, container: containerName, now: fixedNow });
    const b = new BlobOutbox({ connectionString: azurite.connectionString, container: containerName, now: fixedNow });
    const { id } = await a.add(sampleEnquiry(), 'conv:etag');
    const seenByA = await a.read(id);
    const seenByB = await b.read(id);
    if (!seenByA || !seenByB) throw new Error('entry missing');
    await a.update({ ...seenByA, attempts: 1, lastError: 'ECONNREFUSED' });
    await expect(b.update({ ...seenByB, attempts: 1, lastError: 'ETIMEDOUT' })).rejects.toMatchObject({ statusCode: 412 });
    expect(await b.read(id)).toMatchObject({ attempts: 1, lastError: 'ECONNREFUSED' });
  });

  it('blocks a second claimer while a lease is held and renewed, and frees the entry of a crashed instance when its lease expires', async () => {
    const options = { connectionString: azurite.connectionString, container: containerName, now: fixedNow, leaseSeconds: 15 };
    const alive = new BlobOutbox(options);
    const other = new BlobOutbox(options);
    const { id: held } = await alive.add(sampleEnquiry(), 'conv:lease-held');
    const { id: orphaned } = await alive.add(sampleEnquiry(), 'conv:lease-orphaned');

    const claim = await alive.claim(held);
    expect(claim).toBeDefined();
    // A crashed instance: it took a lease and never renewed or released it.
    await container().getBlockBlobClient(`entries/${orphaned}.json`).getBlobLeaseClient().acquireLease(15);

    expect(await other.claim(held)).toBeUndefined();
    expect(await other.claim(orphaned)).toBeUndefined();
    // Nobody but the holder may change or delete a claimed entry; the holder may.
    await expect(other.removeEntry(held)).rejects.toMatchObject({ statusCode: 412 });
    const entry = await alive.read(held);
    if (!entry) throw new Error('entry missing');
    await alive.update({ ...entry, attempts: 1 });

    let takeover = await other.claim(orphaned);
    while (!takeover) {
      await sleep(500);
      takeover = await other.claim(orphaned);
    }
    // The orphaned lease expired; the held one was taken earlier and is still held, because it is renewed.
    expect(await other.claim(held)).toBeUndefined();
    const orphan = await other.read(orphaned);
    if (!orphan) throw new Error('entry missing');
    await other.markSent(orphan, { messageId: `<${orphaned}@inklusionsprofi>`, transport: 'smtp' });
    await takeover.release();
    expect(await other.sentRecord(orphaned)).toMatchObject({ id: orphaned, attempts: 1 });
    expect(await other.read(orphaned)).toBeUndefined();

    await claim?.release();
    const next = await other.claim(held);
    expect(next).toBeDefined();
    await next?.release();
  }, 60_000);

  it('only accepts lease durations Azure accepts', () => {
    expect(() => new BlobOutbox({ connectionString: azurite.connectionString, container: containerName, now: fixedNow, leaseSeconds: 5 })).toThrow(RangeError);
  });
});
