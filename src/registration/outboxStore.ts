// The outbox contract the delivery worker and the registration port rely on, and the entry format its
// two implementations share: a folder under DATA_DIR (outbox.ts) and an Azure Blob container (blobOutbox.ts).
import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Enquiry } from './enquiry.js';

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no I, O, 0, 1: read out on the phone without doubt
export const ID_PATTERN = /^IP-\d{4}-[A-HJ-NP-Z2-9]{6}$/;
export const KEY_HASH_PATTERN = /^[0-9a-f]{64}$/;

const enquirySchema = z.object({
  seminarId: z.string(),
  seminarTitle: z.string(),
  seminarDate: z.string(),
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  role: z.string(),
  phone: z.string().optional(),
  accessibilityNeeds: z.array(z.string()),
  accessibilityNote: z.string().optional(),
  message: z.string().optional(),
  waitingList: z.boolean(),
  consent: z.literal(true),
});

const entrySchema = z.object({
  version: z.literal(1),
  id: z.string().regex(ID_PATTERN),
  keyHash: z.string().regex(KEY_HASH_PATTERN),
  createdAt: z.iso.datetime(),
  attempts: z.number().int().min(0),
  lastAttemptAt: z.iso.datetime().optional(),
  lastError: z.string().optional(),
  enquiry: enquirySchema,
});
export type OutboxEntry = z.infer<typeof entrySchema>;

export const keySchema = z.object({ id: z.string(), createdAt: z.iso.datetime() });

/** What stays after delivery: no personal data, only enough to answer "was IP-… sent, and when?". */
export interface SentRecord {
  id: string;
  seminarId: string;
  waitingList: boolean;
  createdAt: string;
  sentAt: string;
  attempts: number;
  messageId: string;
  transport: string;
}

/** The right to deliver one entry, held by one worker in one process at a time. */
export interface Claim {
  release(): Promise<void>;
}

export class CorruptEntryError extends Error {
  readonly code = 'ECORRUPT';
}

/**
 * Durable storage of undelivered enquiries. Every method is safe to call from several processes
 * sharing one store: the idempotency index is create-only, and claim() lets one deliverer at a time.
 */
export interface OutboxStore {
  /** Where the entries live, for the start-up log: a folder path or "Azure Blob container <name>"; never a secret. */
  readonly location: string;
  /** Creates the folders/container; idempotent. */
  ensureDirs(): Promise<void>;
  /** Stores the enquiry durably before resolving; the same key always yields the same id. */
  add(enquiry: Enquiry, idempotencyKey: string): Promise<{ id: string; duplicate: boolean }>;
  /** Ties the key to `id` unless it is already tied; returns the id the key belongs to. */
  bindKey(keyHash: string, id: string): Promise<string>;
  /** Ids of all undelivered enquiries, sorted. */
  pendingIds(): Promise<string[]>;
  /** The entry, undefined when already delivered; throws CorruptEntryError when unreadable. */
  read(id: string): Promise<OutboxEntry | undefined>;
  /** Replaces the entry (attempt counters); call while holding its claim. */
  update(entry: OutboxEntry): Promise<void>;
  /** Records the delivery (PII-free) and only then deletes the entry with the personal data. */
  markSent(entry: OutboxEntry, sent: { messageId: string; transport: string }): Promise<SentRecord>;
  removeEntry(id: string): Promise<void>;
  /**
   * Moves an entry the mail server refused permanently out of delivery into dead/, with its personal
   * data intact, so nothing is lost; an operator re-sends it by moving it back (README).
   */
  deadLetter(entry: OutboxEntry): Promise<void>;
  sentRecord(id: string): Promise<SentRecord | undefined>;
  /** Claims an entry for delivery; undefined while someone else holds it. */
  claim(id: string): Promise<Claim | undefined>;
  /** Deletes half-written leftovers of a crash (they may hold personal data); returns how many. */
  removeStaleTemps(olderThanMs: number): Promise<number>;
  /** Deletes sent records whose delivery is older than `maxAgeMs` (retention); returns how many. */
  pruneSent(maxAgeMs: number): Promise<number>;
  /** Removes idempotency keys older than `maxAgeMs` whose enquiry is no longer pending; returns how many. */
  pruneKeys(maxAgeMs: number, pending: ReadonlySet<string>): Promise<number>;
}

/** True when a stored sent record is readable and its delivery lies more than `maxAgeMs` before `now`. */
export function sentRecordExpired(text: string | undefined, now: Date, maxAgeMs: number): boolean {
  const sentAt = (safeJson(text ?? '') as { sentAt?: unknown } | undefined)?.sentAt;
  const at = typeof sentAt === 'string' ? Date.parse(sentAt) : Number.NaN;
  return Number.isFinite(at) && now.getTime() - at > maxAgeMs;
}

export function hashIdempotencyKey(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex');
}

/** A fresh enquiry number like IP-2026-K7M2QX (the year in Berlin); the store checks it is unused. */
export function candidateId(now: Date): string {
  const year = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(now);
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `IP-${year}-${suffix}`;
}

export function newEntry(id: string, keyHash: string, enquiry: Enquiry, now: Date): OutboxEntry {
  return { version: 1, id, keyHash, createdAt: now.toISOString(), attempts: 0, enquiry };
}

export function sentRecordFor(entry: OutboxEntry, sent: { messageId: string; transport: string }, sentAt: Date): SentRecord {
  return {
    id: entry.id,
    seminarId: entry.enquiry.seminarId,
    waitingList: entry.enquiry.waitingList,
    createdAt: entry.createdAt,
    sentAt: sentAt.toISOString(),
    attempts: entry.attempts + 1,
    messageId: sent.messageId,
    transport: sent.transport,
  };
}

/** Parses a stored entry; throws CorruptEntryError when it is not a valid entry for `id`. */
export function parseEntry(text: string, id: string): OutboxEntry {
  const parsed = entrySchema.safeParse(safeJson(text));
  if (!parsed.success || parsed.data.id !== id) throw new CorruptEntryError(`outbox entry ${id} is not readable`);
  return parsed.data;
}

/** The id a stored idempotency key points to, undefined when unreadable. */
export function parseKey(text: string): { id: string; createdAt: string } | undefined {
  const parsed = keySchema.safeParse(safeJson(text));
  return parsed.success ? parsed.data : undefined;
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Concurrent submits of one idempotency key in this process wait for the first: one add, one id.
 * (Across processes the create-only key index decides.)
 */
export class SingleFlight {
  private readonly running = new Map<string, Promise<{ id: string; duplicate: boolean }>>();

  run(keyHash: string, add: () => Promise<{ id: string; duplicate: boolean }>): Promise<{ id: string; duplicate: boolean }> {
    const running = this.running.get(keyHash);
    if (running) return running.then(({ id }) => ({ id, duplicate: true }));
    const adding = add().finally(() => this.running.delete(keyHash));
    this.running.set(keyHash, adding);
    return adding;
  }
}

/** Runs `prepare` once; a failure is not remembered, so the next call tries again. */
export function onceUntilFailure(prepare: () => Promise<unknown>): () => Promise<void> {
  let ready: Promise<void> | undefined;
  return () => {
    ready ??= prepare().then(
      () => undefined,
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
}
