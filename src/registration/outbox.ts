// The durable outbox under <dataDir>/outbox: one JSON file per undelivered enquiry, an idempotency
// index (keys/), per-entry delivery locks (locks/) and PII-free records of what was sent (sent/).
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Enquiry } from './enquiry.js';
import { createFileExclusive, isCode, readIfExists, removeFile, writeFileAtomic } from './files.js';
import {
  candidateId,
  CorruptEntryError,
  hashIdempotencyKey,
  ID_PATTERN,
  newEntry,
  parseEntry,
  parseKey,
  safeJson,
  sentRecordExpired,
  sentRecordFor,
  type Claim,
  type OutboxEntry,
  type OutboxStore,
  type SentRecord,
  onceUntilFailure,
  SingleFlight,
} from './outboxStore.js';

export { CorruptEntryError, type Claim, type OutboxEntry, type SentRecord } from './outboxStore.js';

const lockSchema = z.object({ pid: z.number(), host: z.string(), at: z.number() });

export class Outbox implements OutboxStore {
  readonly dir: string;
  private readonly keysDir: string;
  private readonly locksDir: string;
  private readonly sentDir: string;
  private readonly deadDir: string;
  private readonly prepare = onceUntilFailure(() => Promise.all([this.keysDir, this.locksDir, this.sentDir].map((d) => mkdir(d, { recursive: true, mode: 0o700 }))));
  /** Same-process concurrent submits of one key share one write. */
  private readonly inflight = new SingleFlight();

  constructor(
    dir: string,
    private readonly now: () => Date,
    private readonly lockStaleMs = 10 * 60_000,
  ) {
    this.dir = dir;
    this.keysDir = join(dir, 'keys');
    this.locksDir = join(dir, 'locks');
    this.sentDir = join(dir, 'sent');
    this.deadDir = join(dir, 'dead');
  }

  get location(): string {
    return this.dir;
  }

  ensureDirs(): Promise<void> {
    return this.prepare();
  }

  /** Stores the enquiry durably before resolving; the same key always yields the same id. */
  add(enquiry: Enquiry, idempotencyKey: string): Promise<{ id: string; duplicate: boolean }> {
    const keyHash = hashIdempotencyKey(idempotencyKey);
    return this.inflight.run(keyHash, () => this.addOnce(enquiry, keyHash));
  }

  private async addOnce(enquiry: Enquiry, keyHash: string): Promise<{ id: string; duplicate: boolean }> {
    await this.ensureDirs();
    const known = await this.readKey(keyHash);
    if (known) return { id: known, duplicate: true };
    const id = await this.newId();
    const entry = newEntry(id, keyHash, enquiry, this.now());
    // Entry first, key second: a crash in between leaves an entry without key, which bindKey()
    // repairs before delivery and start() repairs before the next submit — never a key without entry.
    await writeFileAtomic(this.entryPath(id), JSON.stringify(entry));
    const owner = await this.bindKey(keyHash, id);
    if (owner !== id) {
      await removeFile(this.entryPath(id));
      return { id: owner, duplicate: true };
    }
    return { id, duplicate: false };
  }

  /** Ties the key to `id` unless it is already tied; returns the id the key belongs to. */
  async bindKey(keyHash: string, id: string): Promise<string> {
    const known = await this.readKey(keyHash);
    if (known) return known;
    const created = await createFileExclusive(this.keyPath(keyHash), JSON.stringify({ id, createdAt: this.now().toISOString() }));
    if (created) return id;
    return (await this.readKey(keyHash)) ?? id;
  }

  private async readKey(keyHash: string): Promise<string | undefined> {
    const text = await readIfExists(this.keyPath(keyHash));
    if (text === undefined) return undefined;
    return parseKey(text)?.id;
  }

  private async newId(): Promise<string> {
    for (;;) {
      const id = candidateId(this.now());
      const taken = (await readIfExists(this.entryPath(id))) !== undefined || (await readIfExists(this.sentPath(id))) !== undefined;
      if (!taken) return id;
    }
  }

  /** Ids of all undelivered enquiries, oldest file name order. */
  async pendingIds(): Promise<string[]> {
    await this.ensureDirs();
    const names = await readdir(this.dir);
    return names
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((id) => ID_PATTERN.test(id))
      .sort();
  }

  /** The entry, undefined when already delivered; throws CorruptEntryError for an unreadable file. */
  async read(id: string): Promise<OutboxEntry | undefined> {
    let text: string | undefined;
    try {
      text = await readIfExists(this.entryPath(id));
    } catch (error) {
      // A folder (or other non-file) named like an entry: skipped and reported like a corrupt entry, never fatal.
      if (isCode(error, 'EISDIR')) throw new CorruptEntryError(`outbox entry ${id} is not a file`);
      throw error;
    }
    if (text === undefined) return undefined;
    return parseEntry(text, id);
  }

  async update(entry: OutboxEntry): Promise<void> {
    await writeFileAtomic(this.entryPath(entry.id), JSON.stringify(entry));
  }

  /** Records the delivery (PII-free) and only then deletes the entry with the personal data. */
  async markSent(entry: OutboxEntry, sent: { messageId: string; transport: string }): Promise<SentRecord> {
    const record = sentRecordFor(entry, sent, this.now());
    await writeFileAtomic(this.sentPath(entry.id), JSON.stringify(record));
    await removeFile(this.entryPath(entry.id));
    return record;
  }

  async deadLetter(entry: OutboxEntry): Promise<void> {
    await mkdir(this.deadDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(join(this.deadDir, `${entry.id}.json`), JSON.stringify(entry));
    await removeFile(this.entryPath(entry.id));
  }

  async removeEntry(id: string): Promise<void> {
    await removeFile(this.entryPath(id));
  }

  async sentRecord(id: string): Promise<SentRecord | undefined> {
    const text = await readIfExists(this.sentPath(id));
    return text === undefined ? undefined : (JSON.parse(text) as SentRecord);
  }

  /**
   * Claims an entry for delivery across processes (O_EXCL lock file). A lock is taken over when it
   * is older than lockStaleMs or its process on this host is gone (e.g. killed mid-delivery).
   */
  async claim(id: string): Promise<Claim | undefined> {
    await this.ensureDirs();
    const path = join(this.locksDir, `${id}.lock`);
    for (let attempt = 0; attempt < 2; attempt++) {
      // Written aside and linked into place, so a lock file is never seen half-written.
      const created = await createFileExclusive(path, JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
      if (created) return { release: () => unlink(path).catch(() => undefined) };
      if (!(await this.isStale(path))) return undefined;
      // Move the stale lock aside (atomic) rather than deleting it, so only one taker succeeds.
      try {
        const aside = `${path}.${process.pid}.stale`;
        await rename(path, aside);
        await unlink(aside).catch(() => undefined);
      } catch (error) {
        if (!isCode(error, 'ENOENT')) throw error;
      }
    }
    return undefined;
  }

  private async isStale(path: string): Promise<boolean> {
    const text = await readIfExists(path);
    if (text === undefined) return true;
    const lock = lockSchema.safeParse(safeJson(text));
    if (!lock.success) {
      // Not written by this code (locks are linked into place complete); judge it by its age.
      const info = await stat(path).catch(() => undefined);
      return !info || Date.now() - info.mtimeMs > this.lockStaleMs;
    }
    if (Date.now() - lock.data.at > this.lockStaleMs) return true;
    return lock.data.host === hostname() && lock.data.pid !== process.pid && !isAlive(lock.data.pid);
  }

  /** Deletes temp files left by a write that crashed midway (they may hold personal data). */
  async removeStaleTemps(olderThanMs: number): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for (const dir of [this.dir, this.keysDir, this.locksDir, this.sentDir]) {
      for (const name of await readdir(dir)) {
        if (!/^\..*\.tmp$/.test(name)) continue;
        const info = await stat(join(dir, name)).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > olderThanMs) {
          await unlink(join(dir, name)).catch(() => undefined);
          removed++;
        }
      }
    }
    return removed;
  }

  async pruneSent(maxAgeMs: number): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for (const name of await readdir(this.sentDir)) {
      if (!name.endsWith('.json') || !ID_PATTERN.test(name.slice(0, -'.json'.length))) continue;
      const path = join(this.sentDir, name);
      if (sentRecordExpired(await readIfExists(path).catch(() => undefined), this.now(), maxAgeMs)) {
        await removeFile(path);
        removed++;
      }
    }
    return removed;
  }

  /** Removes idempotency keys older than `maxAgeMs` whose enquiry is no longer pending. */
  async pruneKeys(maxAgeMs: number, pending: ReadonlySet<string>): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for (const name of await readdir(this.keysDir)) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const text = await readIfExists(join(this.keysDir, name));
      const key = text === undefined ? undefined : parseKey(text);
      if (!key || pending.has(key.id)) continue;
      if (this.now().getTime() - Date.parse(key.createdAt) > maxAgeMs) {
        await unlink(join(this.keysDir, name)).catch(() => undefined);
        removed++;
      }
    }
    return removed;
  }

  private entryPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }
  private keyPath(keyHash: string): string {
    return join(this.keysDir, keyHash);
  }
  private sentPath(id: string): string {
    return join(this.sentDir, `${id}.json`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}
