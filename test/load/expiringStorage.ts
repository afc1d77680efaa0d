// Conversation state for `npm run load` only: Bot Framework's MemoryStorage semantics (items kept as
// JSON, eTags) plus an explicit expiry, so the load run can tell memory held by live conversation
// state from memory the app keeps after every conversation is gone (that must stay near zero).
// Production expiry is the real Storage's job; this only lets the measurement drop state on demand.
import { MemoryStorage } from 'botbuilder';

export class ExpiringMemoryStorage extends MemoryStorage {
  private readonly items: Record<string, string | undefined>;

  constructor() {
    const memory: Record<string, string | undefined> = {};
    super(memory as Record<string, string>);
    this.items = memory;
  }

  /** Forgets every conversation (as if all had expired). */
  expireAll(): void {
    for (const key of Object.keys(this.items)) delete this.items[key];
  }

  /** Number of stored items and their average size in bytes of JSON. */
  size(): { items: number; averageBytes: number } {
    // MemoryStorage.delete leaves the key with an undefined value.
    const values = Object.values(this.items).filter((v): v is string => typeof v === 'string');
    const bytes = values.reduce((sum, v) => sum + Buffer.byteLength(v), 0);
    return { items: values.length, averageBytes: values.length ? bytes / values.length : 0 };
  }
}
