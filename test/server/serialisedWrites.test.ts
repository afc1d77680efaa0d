// The conversation store hands the memory storage the state's JSON it already made (writeSerialised)
// instead of the item to stringify again; these tests hold that to the storage's own write().
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/bot/state.js';
import { ExpiringMemoryStorage, takesSerialised } from '../../src/server/storage/memory.js';

function turn(conversationId: string): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'webchat', conversation: { id: conversationId } as Activity['conversation'], from: { id: 'u', name: 'U' }, recipient: { id: 'bot', name: 'Bot' } };
  return new TurnContext(new TestAdapter(), activity);
}

/** Values a stored state can hold, including keys JSON orders itself (integer-like) and strings that need escaping. */
const values: unknown[] = [
  { memory: { easy: true, roleId: 'projektleitung', offered: [{ id: 'a', label: 'Anmeldung „A“\n' }] } },
  { memory: { 2: 'b', 1: 'a', z: [1, 2.5, -0, 1e21, null], nested: { '': '\u2028\u0000"\\' } }, welcomed: ['u1', 'u2'] },
  { welcomed: [] },
  { memory: { lastLookup: { filters: { month: 3, online: true }, ids: Array.from({ length: 40 }, (_, i) => `seminar-${i}`) } } },
  {},
];

/** The storage's entries as they would be read back, with their order (LRU) and eTags. */
async function contents(storage: ExpiringMemoryStorage, keys: string[]): Promise<unknown> {
  return { read: await storage.read(keys), size: storage.size, stats: storage.stats() };
}

describe('serialised writes to the memory storage', () => {
  it('store what write() stores, with the same eTags, expiry and eviction', async () => {
    let now = 0;
    const options = { ttlMs: 1000, maxEntries: 3, now: () => now };
    const viaWrite = new ExpiringMemoryStorage(options);
    const viaJson = new ExpiringMemoryStorage(options);
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4'];
    for (let step = 0; step < 40; step++) {
      const key = keys[(step * 7) % keys.length]!;
      const value = values[step % values.length] as Record<string, unknown>;
      const item = { inklusionsprofi: value, ...(step % 3 === 0 ? { eTag: '5' } : {}) };
      await viaWrite.write({ [key]: { ...item, eTag: '*' } });
      const { eTag: _eTag, ...rest } = item;
      await viaJson.writeSerialised(key, JSON.stringify(rest));
      now += step % 5 === 0 ? 700 : 90;
      expect(await contents(viaJson, keys)).toEqual(await contents(viaWrite, keys));
    }
  });

  it('is what the conversation store uses with the memory storage, and reads back what was set', async () => {
    const storage = new ExpiringMemoryStorage({ ttlMs: 60_000, maxEntries: 100 });
    expect(takesSerialised(storage)).toBe(true);
    const reference = new ExpiringMemoryStorage({ ttlMs: 60_000, maxEntries: 100 });
    const store = new ConversationStore<Record<string, unknown>>(storage, 'inklusionsprofi');
    const viaWrite = new ConversationStore<Record<string, unknown>>({ read: (k) => reference.read(k), write: (c) => reference.write(c), delete: (k) => reference.delete(k) }, 'inklusionsprofi');
    for (const [i, value] of values.entries()) {
      for (const target of [store, viaWrite]) {
        const context = turn(`c${i}`);
        await target.set(context, structuredClone(value) as Record<string, unknown>);
        await target.saveChanges(context);
      }
      const key = `webchat/conversations/c${i}/`;
      expect(await storage.read([key])).toEqual(await reference.read([key]));
      expect(await store.get(turn(`c${i}`))).toEqual(JSON.parse(JSON.stringify(value)));
    }
    expect(storage.stats()).toEqual(reference.stats());
  });
});
