// Conversation state for `npm run load`: the app's own in-memory storage (TTL + LRU cap, as `npm start`
// uses it) on a clock the load run can move forward, so it can tell memory held by live conversation
// state from memory the app keeps after every conversation has expired (that must stay near zero).
import { ExpiringMemoryStorage } from '../../src/server/storage/memory.js';

export class LoadStorage extends ExpiringMemoryStorage {
  private readonly clock: { offset: number };
  private readonly ttlMs: number;

  constructor(options: { ttlMs: number; maxEntries: number }) {
    const clock = { offset: 0 };
    super({ ...options, now: () => Date.now() + clock.offset });
    this.clock = clock;
    this.ttlMs = options.ttlMs;
  }

  /** Lets every conversation expire: the clock moves past the TTL and a write sweeps the expired entries. */
  async expireAll(): Promise<void> {
    this.clock.offset += this.ttlMs + 120_000;
    await this.write({ 'load/sweep': {} });
    await this.delete(['load/sweep']);
  }

  /** Number of stored conversations and their average size in bytes of JSON. */
  measure(): { items: number; averageBytes: number } {
    const { entries, bytes } = this.stats();
    return { items: entries, averageBytes: entries ? bytes / entries : 0 };
  }
}
