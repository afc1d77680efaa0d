// Conversation state in Azure Blob Storage that expires: each item carries its expiry time, a read
// after it returns nothing and deletes the blob. Blobs that are never read again are removed by the
// container's lifecycle rule (README: delete blobs not modified for 1 day).
import type { Storage, StoreItems } from 'botbuilder';

const EXPIRES = '_expiresAt';

export class ExpiringStorage implements Storage {
  private readonly now: () => number;

  constructor(
    private readonly inner: Storage,
    private readonly ttlMs: number,
    now?: () => number,
  ) {
    this.now = now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const now = this.now();
    const expired: string[] = [];
    const fresh: StoreItems = {};
    for (const [key, item] of Object.entries(items) as Array<[string, Record<string, unknown>]>) {
      const expiresAt = typeof item[EXPIRES] === 'number' ? item[EXPIRES] : 0;
      if (expiresAt <= now) {
        expired.push(key);
        continue;
      }
      const { [EXPIRES]: _expires, ...rest } = item;
      fresh[key] = rest;
    }
    if (expired.length > 0) await this.inner.delete(expired);
    return fresh;
  }

  write(changes: StoreItems): Promise<void> {
    const expiresAt = this.now() + this.ttlMs;
    const stamped: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as Array<[string, Record<string, unknown>]>) stamped[key] = { ...item, [EXPIRES]: expiresAt };
    return this.inner.write(stamped);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
