// Delivers outbox entries after the turn, one at a time: claim, send, record, delete; on failure
// exponential backoff with jitter. Periodic scans pick up entries from restarts or other processes
// and warn about entries older than the maximum age (they are kept, never dropped).
import type { Logger } from '../logger.js';
import { composeMail, messageIdFor, type MailAddresses } from './mail.js';
import { CorruptEntryError, type OutboxEntry, type OutboxStore } from './outboxStore.js';
import type { MailTransport } from './transports.js';

export interface WorkerOptions {
  outbox: OutboxStore;
  transport: MailTransport;
  addresses: MailAddresses;
  logger: Logger;
  now: () => Date;
  maxAgeMs: number;
  /** Retention: `.eml` files and sent records older than this are deleted on each scan. */
  retention: { mailFileMs: number; sentRecordMs: number };
  initialMs: number;
  maxMs: number;
  scanIntervalMs: number;
  random?: () => number;
}

type Outcome = 'sent' | 'retry' | 'gone' | 'busy';

export class DeliveryWorker {
  /** id → wall-clock ms of the next attempt (real time, independent of the injected clock). */
  private readonly due = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  /**
   * Mails the server accepted (250) whose "sent" record could not be written yet. Only the record is
   * retried for them: sending again would mail the team once per retry (a full disk once gave 49 copies).
   */
  private readonly sentUnrecorded = new Map<string, OutboxEntry>();
  private running = false;
  private pumping: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private scanTimer: NodeJS.Timeout | undefined;
  private waiters: Array<() => void> = [];

  constructor(private readonly o: WorkerOptions) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.scan();
    this.scanTimer = setInterval(() => void this.scan().catch((error: unknown) => this.o.logger.error({ err: errorCode(error) }, 'outbox scan failed')), this.o.scanIntervalMs);
    this.scanTimer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.scanTimer) clearInterval(this.scanTimer);
    this.timer = undefined;
    this.scanTimer = undefined;
    await this.pumping;
    this.notifyWaiters();
  }

  /** A new entry: deliver as soon as the current turn is over. */
  enqueue(id: string): void {
    this.due.set(id, Date.now());
    if (this.running) setImmediate(() => this.kick());
  }

  /** Resolves when nothing is pending in this process (or the worker is stopped). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private isIdle(): boolean {
    return !this.running || (this.due.size === 0 && !this.pumping);
  }

  private notifyWaiters(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Finds every pending file, schedules unknown ones now, and reports those past the maximum age. */
  async scan(): Promise<void> {
    const ids = await this.o.outbox.pendingIds();
    const present = new Set(ids);
    for (const id of this.due.keys()) if (!present.has(id)) this.due.delete(id);
    const at = this.o.now().getTime();
    for (const id of ids) {
      if (!this.due.has(id)) this.due.set(id, Date.now());
      try {
        const entry = await this.o.outbox.read(id);
        if (!entry) continue;
        // Repairs a crash between entry and key write before the person retries the same submit.
        if ((await this.o.outbox.bindKey(entry.keyHash, id)) !== id) continue;
        const ageMs = at - Date.parse(entry.createdAt);
        if (ageMs > this.o.maxAgeMs) {
          this.o.logger.warn({ id, ageDays: Math.floor(ageMs / 86_400_000), attempts: entry.attempts }, 'registration enquiry still undelivered after the maximum age; kept in the outbox');
        }
      } catch (error) {
        if (error instanceof CorruptEntryError) {
          // Never deleted: an operator has to look at it.
          this.due.delete(id);
          this.o.logger.error({ id, err: 'ECORRUPT' }, 'outbox entry unreadable; kept for inspection');
        } else throw error;
      }
    }
    const mailFiles = await this.o.transport.prune(this.o.now(), this.o.retention.mailFileMs);
    const sentRecords = await this.o.outbox.pruneSent(this.o.retention.sentRecordMs);
    if (mailFiles + sentRecords > 0) this.o.logger.info({ mailFiles, sentRecords }, 'mail files and sent records past their retention deleted');
    const pruned = await this.o.outbox.pruneKeys(this.o.maxAgeMs, present);
    if (pruned > 0) this.o.logger.debug({ pruned }, 'old idempotency keys removed');
    // A write in flight is younger than a minute; anything older was cut off by a crash.
    const temps = await this.o.outbox.removeStaleTemps(60_000);
    if (temps > 0) this.o.logger.info({ temps }, 'unfinished outbox writes from a crash removed');
    this.kick();
  }

  private kick(): void {
    if (!this.running || this.pumping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      this.scheduleNext();
      this.notifyWaiters();
    });
  }

  private scheduleNext(): void {
    if (!this.running || this.due.size === 0) return;
    const next = Math.min(...this.due.values());
    const wait = Math.max(0, next - Date.now());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), wait);
  }

  private async pump(): Promise<void> {
    while (this.running) {
      const now = Date.now();
      const ready = [...this.due].filter(([, at]) => at <= now).sort((a, b) => a[1] - b[1]);
      const first = ready[0];
      if (!first) return;
      const [id] = first;
      let outcome: Outcome;
      try {
        outcome = await this.deliver(id);
      } catch (error) {
        // A storage problem, not a mail problem: keep the entry, retry later with a growing pause.
        const failures = (this.failures.get(id) ?? 0) + 1;
        this.failures.set(id, failures);
        const delay = this.backoff(failures);
        this.o.logger.error({ id, err: errorCode(error), failures, retryInMs: delay, sentUnrecorded: this.sentUnrecorded.has(id) }, 'outbox delivery step failed');
        outcome = 'retry';
        this.due.set(id, Date.now() + delay);
      }
      if (outcome === 'sent' || outcome === 'gone') {
        this.due.delete(id);
        this.failures.delete(id);
        this.sentUnrecorded.delete(id);
      } else if (outcome === 'busy') {
        this.due.set(id, Date.now() + Math.min(this.o.maxMs, Math.max(this.o.initialMs, 30_000)));
      }
    }
  }

  private async deliver(id: string): Promise<Outcome> {
    const { outbox, logger } = this.o;
    const claim = await outbox.claim(id);
    if (!claim) return 'busy';
    try {
      let entry: OutboxEntry | undefined;
      try {
        entry = await outbox.read(id);
      } catch (error) {
        if (!(error instanceof CorruptEntryError)) throw error;
        logger.error({ id, err: 'ECORRUPT' }, 'outbox entry unreadable; kept for inspection');
        return 'gone';
      }
      if (!entry) return 'gone';
      const alreadySent = this.sentUnrecorded.get(id);
      if (alreadySent) return await this.record(alreadySent, undefined);
      // Repairs a crash between entry and key write; an entry that lost a key race is dropped unsent.
      if ((await outbox.bindKey(entry.keyHash, id)) !== id) {
        await outbox.removeEntry(id);
        logger.info({ id }, 'duplicate registration enquiry discarded before delivery');
        return 'gone';
      }
      const started = performance.now();
      const mail = composeMail({ id, createdAt: new Date(entry.createdAt), enquiry: entry.enquiry }, this.o.addresses);
      try {
        await this.o.transport.send(mail, id);
      } catch (error) {
        const code = responseCode(error);
        if (code !== undefined && code >= 500 && code < 600) {
          // 5xx is the server's final word (unknown recipient, policy, size): retrying changes nothing.
          await outbox.deadLetter({ ...entry, attempts: entry.attempts + 1, lastAttemptAt: this.o.now().toISOString(), lastError: `${errorCode(error)} ${code}` });
          logger.error({ id, responseCode: code, err: errorCode(error) }, 'registration mail refused permanently by the mail server; enquiry moved to the dead-letter folder (outbox/dead), kept for an operator to fix and re-send (see README)');
          return 'gone';
        }
        const attempts = entry.attempts + 1;
        const delay = this.backoff(attempts);
        this.failures.set(id, attempts);
        this.due.set(id, Date.now() + delay);
        await outbox.update({ ...entry, attempts, lastAttemptAt: this.o.now().toISOString(), lastError: errorCode(error) });
        logger.warn({ id, attempts, err: errorCode(error), responseCode: responseCode(error), retryInMs: delay }, 'registration mail not delivered yet; will retry');
        return 'retry';
      }
      this.sentUnrecorded.set(id, entry);
      return await this.record(entry, started);
    } finally {
      await claim.release();
    }
  }

  /** Writes the sent record of a mail the server accepted; a failure here is an operator alert. */
  private async record(entry: OutboxEntry, started: number | undefined): Promise<Outcome> {
    const { outbox, logger } = this.o;
    try {
      const record = await outbox.markSent(entry, { messageId: messageIdFor(entry.id), transport: this.o.transport.kind });
      logger.info({ id: entry.id, attempts: record.attempts, transport: record.transport, ...(started === undefined ? {} : { ms: Math.round(performance.now() - started) }) }, 'registration mail delivered');
      return 'sent';
    } catch (error) {
      logger.error({ id: entry.id, err: errorCode(error) }, 'registration mail was sent but its delivery record could not be written (disk full or read-only?); only the record is retried, the mail is not sent again');
      throw error;
    }
  }

  private backoff(attempts: number): number {
    const base = Math.min(this.o.maxMs, this.o.initialMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
    const random = this.o.random ?? Math.random;
    return Math.round(base / 2 + (random() * base) / 2);
  }
}

/** A short, PII-free error identifier (nodemailer/node codes); never the message, which may quote addresses. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    if (error instanceof Error && /^[A-Za-z]{2,40}$/.test(error.name)) return error.name;
  }
  return 'UNKNOWN';
}

function responseCode(error: unknown): number | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : undefined;
  return typeof code === 'number' ? code : undefined;
}
