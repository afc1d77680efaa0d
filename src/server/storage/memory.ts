// Conversation state in memory that forgets: every entry expires a fixed time after its last write
// (an unfinished enquiry is gone after a day even if nobody writes again), and the least recently
// used entries go first when the cap is reached, so memory stays bounded however many people chat.
import type { Storage, StoreItems } from 'botbuilder';

export interface ExpiringStorageOptions {
  ttlMs: number;
  maxEntries: number;
  /** Clock in ms; moved forward in tests. */
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  expiresAt: number;
}

/**
 * A storage that takes an item already serialised: the conversation store has the state's JSON at hand
 * (it compares it with what was read), and stringifying it a second time was ~2 % of a look-up request.
 */
export interface SerialisedWrites {
  /** The same as `write({ [key]: { ...JSON.parse(json), eTag: '*' } })`: `json` is the item without its eTag. */
  writeSerialised(key: string, json: string): Promise<void>;
}

export function takesSerialised(storage: Storage): storage is Storage & SerialisedWrites {
  return typeof (storage as Partial<SerialisedWrites>).writeSerialised === 'function';
}

export class ExpiringMemoryStorage implements Storage, SerialisedWrites {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private eTag = 1;
  private lastSweep = 0;

  constructor(private readonly options: ExpiringStorageOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** How many conversations are held and the bytes of their JSON (`npm run load` reports it per conversation). */
  stats(): { entries: number; bytes: number } {
    let bytes = 0;
    for (const entry of this.entries.values()) bytes += Buffer.byteLength(entry.json);
    return { entries: this.entries.size, bytes };
  }

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const now = this.now();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        continue;
      }
      // Map order is the LRU order: a read moves the entry to the young end.
      this.entries.delete(key);
      this.entries.set(key, entry);
      items[key] = { ...(JSON.parse(entry.json) as Record<string, unknown>), eTag: entry.eTag };
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, item] of Object.entries(changes) as Array<[string, Record<string, unknown> & { eTag?: string }]>) {
      const old = this.entries.get(key);
      const live = old && old.expiresAt > now ? old : undefined;
      // Optimistic concurrency as in botbuilder's MemoryStorage: a stale eTag is a conflict.
      if (live && item.eTag && item.eTag !== '*' && item.eTag !== live.eTag) {
        return Promise.reject(new Error(`Storage: error writing "${key}" due to eTag conflict.`));
      }
      const { eTag: _ignored, ...rest } = item;
      this.put(key, JSON.stringify(rest), now);
    }
    this.evict(now);
    return Promise.resolve();
  }

  writeSerialised(key: string, json: string): Promise<void> {
    // eTag '*': no conflict to check, as in write().
    const now = this.now();
    this.put(key, json, now);
    this.evict(now);
    return Promise.resolve();
  }

  private put(key: string, json: string, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { json, eTag: String(this.eTag++), expiresAt: now + this.options.ttlMs });
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
    return Promise.resolve();
  }

  /** Drops expired entries (a full pass at most once a minute), then the least recently used ones above the cap. */
  private evict(now: number): void {
    if (now - this.lastSweep >= 60_000) {
      this.lastSweep = now;
      for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    }
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
