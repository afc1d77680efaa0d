// Collects analytics during turns without ever slowing or failing one: record() only updates memory;
// a timer writes to the store in the background, and old days are deleted after the retention period.
import type { Logger } from '../logger.js';
import { turnEvents, type TurnFacts } from './classify.js';
import { berlinDay, dayMinus, type QuestionRecord } from './records.js';
import type { AnalyticsStore } from './store.js';

export interface AnalyticsOptions {
  store: AnalyticsStore;
  now: () => Date;
  logger: Logger;
  /** This process's random id: each instance writes its own files, so instances never overwrite each other. */
  instance: string;
  /** Days are deleted when they are more than this many days old. */
  retentionDays: number;
  /** How often buffered data is written; default 10 s. */
  flushEveryMs?: number;
}

// Memory stays bounded even when the store is unreachable for a long time.
const MAX_PENDING_QUESTIONS = 5_000;
const MAX_KEYS_PER_DAY = 10_000;

export class Analytics {
  private pending: QuestionRecord[] = [];
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly dirty = new Set<string>();
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private retainedOn: string | undefined;

  constructor(private readonly o: AnalyticsOptions) {}

  /** Notes one turn. Synchronous and never throws: analytics must not cost the person an answer. */
  record(facts: TurnFacts): void {
    try {
      const now = this.o.now();
      const day = berlinDay(now);
      const events = turnEvents(facts, now);
      this.count(day, events.counts);
      if (events.question) {
        if (this.pending.length < MAX_PENDING_QUESTIONS) this.pending.push(events.question);
        else this.dropped++;
      }
    } catch (error) {
      this.o.logger.warn({ err: errorName(error) }, 'analytics: could not record a turn');
    }
  }

  private count(day: string, keys: string[]): void {
    let counts = this.counts.get(day);
    if (!counts) this.counts.set(day, (counts = new Map()));
    for (const key of keys) {
      if (!counts.has(key) && counts.size >= MAX_KEYS_PER_DAY) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    this.dirty.add(day);
  }

  /** Writes what is buffered. Failures are logged (without content) and retried at the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  async start(): Promise<void> {
    await this.flush();
    const every = this.o.flushEveryMs ?? 10_000;
    this.timer = setInterval(() => void this.flush(), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** Deletes every day older than the retention period; returns the days deleted. */
  async applyRetention(): Promise<string[]> {
    const today = berlinDay(this.o.now());
    const oldest = dayMinus(today, this.o.retentionDays);
    const expired = (await this.o.store.days()).filter((day) => day < oldest);
    for (const day of expired) await this.o.store.deleteDay(day);
    this.retainedOn = today;
    if (expired.length > 0) this.o.logger.info({ days: expired.length, oldestKept: oldest }, 'analytics: deleted days past retention');
    return expired;
  }

  private async flushOnce(): Promise<void> {
    let unwritten = this.pending;
    this.pending = [];
    const days = [...this.dirty];
    this.dirty.clear();
    try {
      const byDay = new Map<string, QuestionRecord[]>();
      for (const q of unwritten) byDay.set(q.day, [...(byDay.get(q.day) ?? []), q]);
      for (const [day, records] of byDay) {
        await this.o.store.appendQuestions(day, this.o.instance, records);
        unwritten = unwritten.filter((q) => q.day !== day);
      }
      while (days.length > 0) {
        const day = days[0] as string;
        await this.o.store.writeCounts(day, this.o.instance, { day, counts: Object.fromEntries(this.counts.get(day) ?? []) });
        days.shift();
      }
      if (this.dropped > 0) {
        this.o.logger.warn({ dropped: this.dropped }, 'analytics: questions dropped while the store was unreachable');
        this.dropped = 0;
      }
      const today = berlinDay(this.o.now());
      // Counters of past days are written in full; only today's keep changing.
      for (const day of this.counts.keys()) if (day < today && !this.dirty.has(day)) this.counts.delete(day);
      if (this.retainedOn !== today) await this.applyRetention();
    } catch (error) {
      // Put back what was not written, in front of anything recorded meanwhile (bounded).
      this.pending = [...unwritten, ...this.pending].slice(0, MAX_PENDING_QUESTIONS);
      for (const day of days) this.dirty.add(day);
      this.o.logger.warn({ err: errorName(error) }, 'analytics: writing failed; will retry');
    }
  }
}

/** An error's kind and code only: messages may quote paths or data. */
function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return 'unknown';
}
