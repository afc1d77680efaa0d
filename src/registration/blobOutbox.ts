// The registration outbox in one Azure Blob Storage container, shared by several bot instances:
// entries/<id>.json (with personal data, deleted after delivery), keys/<sha256> (create-only
// idempotency index), sent/<id>.json (PII-free records); a claim is a lease on the entry blob.
import { BlobServiceClient, type BlockBlobClient, type ContainerClient } from '@azure/storage-blob';
import type { Logger } from '../logger.js';
import type { Enquiry } from './enquiry.js';
import {
  candidateId,
  hashIdempotencyKey,
  ID_PATTERN,
  KEY_HASH_PATTERN,
  newEntry,
  parseEntry,
  parseKey,
  sentRecordExpired,
  sentRecordFor,
  type Claim,
  type OutboxEntry,
  type OutboxStore,
  type SentRecord,
  onceUntilFailure,
  SingleFlight,
} from './outboxStore.js';

export interface BlobOutboxOptions {
  /** Storage account connection string; never logged. */
  connectionString: string;
  /** Container name; created (private) if missing. */
  container: string;
  now: () => Date;
  /** For claims that could not be renewed or released; no personal data is ever passed to it. */
  logger?: Logger;
  /**
   * How long a claim (blob lease) lasts without renewal, i.e. how soon another instance takes over the
   * entry of a crashed one. Azure allows 15–60 s; default 60. Renewed every third of it while held.
   */
  leaseSeconds?: number;
}

const ENTRIES = 'entries/';
const KEYS = 'keys/';
const SENT = 'sent/';
const DEAD = 'dead/';
const JSON_HEADERS = { blobContentType: 'application/json; charset=utf-8' };

export class BlobOutbox implements OutboxStore {
  readonly location: string;
  private readonly container: ContainerClient;
  private readonly leaseSeconds: number;
  private readonly prepare = onceUntilFailure(() => this.container.createIfNotExists());
  /** Same-process concurrent submits of one key share one write; other processes meet at the key blob. */
  private readonly inflight = new SingleFlight();
  /** id → ETag of the version last read here, so update() never overwrites a newer version unseen. */
  private readonly etags = new Map<string, string>();
  /** id → lease id of a claim this process holds; writes to a leased blob must name it. */
  private readonly leases = new Map<string, string>();

  constructor(private readonly o: BlobOutboxOptions) {
    const seconds = o.leaseSeconds ?? 60;
    if (!Number.isInteger(seconds) || seconds < 15 || seconds > 60) throw new RangeError('leaseSeconds must be a whole number from 15 to 60');
    this.leaseSeconds = seconds;
    this.container = BlobServiceClient.fromConnectionString(o.connectionString).getContainerClient(o.container);
    this.location = `Azure Blob container ${o.container}`;
  }

  ensureDirs(): Promise<void> {
    return this.prepare();
  }

  add(enquiry: Enquiry, idempotencyKey: string): Promise<{ id: string; duplicate: boolean }> {
    const keyHash = hashIdempotencyKey(idempotencyKey);
    return this.inflight.run(keyHash, () => this.addOnce(enquiry, keyHash));
  }

  private async addOnce(enquiry: Enquiry, keyHash: string): Promise<{ id: string; duplicate: boolean }> {
    await this.ensureDirs();
    const known = await this.readKey(keyHash);
    if (known) return { id: known, duplicate: true };
    // Entry first, key second (as in the file outbox): never a key without its entry. Two instances
    // racing on one key both write an entry; the create-only key blob picks one, the other is removed.
    const id = await this.createEntry(enquiry, keyHash);
    const owner = await this.bindKey(keyHash, id);
    if (owner !== id) {
      await this.removeLosingEntry(id);
      return { id: owner, duplicate: true };
    }
    return { id, duplicate: false };
  }

  private async createEntry(enquiry: Enquiry, keyHash: string): Promise<string> {
    for (;;) {
      const id = candidateId(this.o.now());
      if (await this.sentBlob(id).exists()) continue;
      const entry = newEntry(id, keyHash, enquiry, this.o.now());
      if (await createOnly(this.entryBlob(id), JSON.stringify(entry))) return id;
    }
  }

  /** An entry that lost the key race; a worker that already leased it discards it itself (bindKey check). */
  private async removeLosingEntry(id: string): Promise<void> {
    try {
      await this.entryBlob(id).deleteIfExists();
    } catch (error) {
      if (statusOf(error) !== 412) throw error;
    }
  }

  async bindKey(keyHash: string, id: string): Promise<string> {
    const known = await this.readKey(keyHash);
    if (known) return known;
    const createdAt = this.o.now().toISOString();
    // Metadata lets pruneKeys() decide from the listing alone.
    if (await createOnly(this.keyBlob(keyHash), JSON.stringify({ id, createdAt }), { id, createdat: createdAt })) return id;
    return (await this.readKey(keyHash)) ?? id;
  }

  private async readKey(keyHash: string): Promise<string | undefined> {
    const stored = await downloadText(this.keyBlob(keyHash));
    return stored === undefined ? undefined : parseKey(stored.text)?.id;
  }

  async pendingIds(): Promise<string[]> {
    await this.ensureDirs();
    const ids: string[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix: ENTRIES })) {
      const name = blob.name.slice(ENTRIES.length);
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      if (ID_PATTERN.test(id)) ids.push(id);
    }
    return ids.sort();
  }

  async read(id: string): Promise<OutboxEntry | undefined> {
    const stored = await downloadText(this.entryBlob(id));
    if (stored === undefined) {
      this.etags.delete(id);
      return undefined;
    }
    const entry = parseEntry(stored.text, id);
    this.etags.set(id, stored.etag);
    return entry;
  }

  async update(entry: OutboxEntry): Promise<void> {
    const body = JSON.stringify(entry);
    // Without a version read here, at least never re-create an entry that was delivered meanwhile.
    const ifMatch = this.etags.get(entry.id) ?? '*';
    const result = await this.entryBlob(entry.id).upload(body, Buffer.byteLength(body), {
      blobHTTPHeaders: JSON_HEADERS,
      conditions: { ifMatch, leaseId: this.leases.get(entry.id) },
    });
    if (result.etag) this.etags.set(entry.id, result.etag);
  }

  async markSent(entry: OutboxEntry, sent: { messageId: string; transport: string }): Promise<SentRecord> {
    const record = sentRecordFor(entry, sent, this.o.now());
    const body = JSON.stringify(record);
    await this.sentBlob(entry.id).upload(body, Buffer.byteLength(body), { blobHTTPHeaders: JSON_HEADERS });
    await this.removeEntry(entry.id);
    return record;
  }

  async deadLetter(entry: OutboxEntry): Promise<void> {
    const body = JSON.stringify(entry);
    await this.container.getBlockBlobClient(`${DEAD}${entry.id}.json`).upload(body, Buffer.byteLength(body), { blobHTTPHeaders: JSON_HEADERS });
    await this.removeEntry(entry.id);
  }

  async removeEntry(id: string): Promise<void> {
    await this.entryBlob(id).deleteIfExists({ conditions: { leaseId: this.leases.get(id) } });
    this.etags.delete(id);
  }

  async sentRecord(id: string): Promise<SentRecord | undefined> {
    const stored = await downloadText(this.sentBlob(id));
    return stored === undefined ? undefined : (JSON.parse(stored.text) as SentRecord);
  }

  /**
   * Leases the entry blob. The lease is renewed while held; if this process dies, it expires after
   * leaseSeconds and another instance may claim the entry. A missing entry yields an empty claim
   * (read() then says it is gone).
   */
  async claim(id: string): Promise<Claim | undefined> {
    await this.ensureDirs();
    const lease = this.entryBlob(id).getBlobLeaseClient();
    try {
      await lease.acquireLease(this.leaseSeconds);
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return { release: () => Promise.resolve() };
      if (status === 409) return undefined;
      throw error;
    }
    this.leases.set(id, lease.leaseId);
    const renewal = setInterval(() => {
      lease.renewLease().catch((error: unknown) => {
        // 404: delivered and deleted meanwhile. Anything else: another instance may take over once it expires.
        if (statusOf(error) !== 404) this.o.logger?.warn({ id, status: statusOf(error) }, 'outbox claim could not be renewed');
      });
    }, (this.leaseSeconds * 1000) / 3);
    renewal.unref();
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renewal);
        this.leases.delete(id);
        try {
          await lease.releaseLease();
        } catch (error) {
          // Gone with the delivered entry, or already expired; either way nobody is blocked.
          const status = statusOf(error);
          if (status !== 404 && status !== 409) this.o.logger?.warn({ id, status }, 'outbox claim could not be released; it expires by itself');
        }
      },
    };
  }

  /** Blob uploads are all-or-nothing: a crash leaves no half-written blob to clean up. */
  removeStaleTemps(): Promise<number> {
    return Promise.resolve(0);
  }

  async pruneSent(maxAgeMs: number): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for await (const blob of this.container.listBlobsFlat({ prefix: SENT })) {
      const stored = await downloadText(this.container.getBlockBlobClient(blob.name));
      if (!sentRecordExpired(stored?.text, this.o.now(), maxAgeMs)) continue;
      if ((await this.container.getBlockBlobClient(blob.name).deleteIfExists()).succeeded) removed++;
    }
    return removed;
  }

  async pruneKeys(maxAgeMs: number, pending: ReadonlySet<string>): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for await (const blob of this.container.listBlobsFlat({ prefix: KEYS, includeMetadata: true })) {
      const keyHash = blob.name.slice(KEYS.length);
      if (!KEY_HASH_PATTERN.test(keyHash)) continue;
      const key = keyFromMetadata(blob.metadata) ?? (await downloadText(this.keyBlob(keyHash)).then((s) => (s ? parseKey(s.text) : undefined)));
      if (!key || pending.has(key.id)) continue;
      if (this.o.now().getTime() - Date.parse(key.createdAt) <= maxAgeMs) continue;
      try {
        if ((await this.keyBlob(keyHash).deleteIfExists({ conditions: { ifMatch: blob.properties.etag } })).succeeded) removed++;
      } catch (error) {
        if (statusOf(error) !== 412) throw error;
      }
    }
    return removed;
  }

  private entryBlob(id: string): BlockBlobClient {
    return this.container.getBlockBlobClient(`${ENTRIES}${id}.json`);
  }
  private keyBlob(keyHash: string): BlockBlobClient {
    return this.container.getBlockBlobClient(`${KEYS}${keyHash}`);
  }
  private sentBlob(id: string): BlockBlobClient {
    return this.container.getBlockBlobClient(`${SENT}${id}.json`);
  }
}

/** Uploads only if no blob of that name exists; false when one did. */
async function createOnly(blob: BlockBlobClient, body: string, metadata?: Record<string, string>): Promise<boolean> {
  try {
    await blob.upload(body, Buffer.byteLength(body), { blobHTTPHeaders: JSON_HEADERS, metadata, conditions: { ifNoneMatch: '*' } });
    return true;
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 412) return false;
    throw error;
  }
}

async function downloadText(blob: BlockBlobClient): Promise<{ text: string; etag: string } | undefined> {
  try {
    const response = await blob.download();
    const body = response.readableStreamBody;
    if (!body) throw new Error('blob download returned no body');
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return { text: Buffer.concat(chunks).toString('utf8'), etag: response.etag ?? '' };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

function keyFromMetadata(metadata: Record<string, string> | undefined): { id: string; createdAt: string } | undefined {
  const id = metadata?.id;
  const createdAt = metadata?.createdat;
  return id && createdAt ? { id, createdAt } : undefined;
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}
