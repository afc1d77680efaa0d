// Conversation state without Bot Framework's hashing BotState: the same keys and stored shape as
// ConversationState, a write only when the turn changed something (so an unchanged conversation is
// not kept alive past its expiry), and last writer wins.
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/bot/state.js';
import { ExpiringMemoryStorage } from '../../src/server/storage/memory.js';

interface Stored {
  memory?: { easy?: boolean; roleId?: string };
  welcomed?: string[];
}

function turn(conversationId = 'c1', channelId = 'webchat'): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId, conversation: { id: conversationId } as Activity['conversation'], from: { id: 'u', name: 'U' }, recipient: { id: 'bot', name: 'Bot' } };
  return new TurnContext(new TestAdapter(), activity);
}

/** A storage that counts writes. */
function counting(inner: Storage): Storage & { writes: StoreItems[] } {
  const writes: StoreItems[] = [];
  return {
    writes,
    read: (keys) => inner.read(keys),
    write: (changes) => {
      writes.push(structuredClone(changes));
      return inner.write(changes);
    },
    delete: (keys) => inner.delete(keys),
  };
}

describe('conversation state per turn', () => {
  it('keeps what a turn stored for the next turn of the same conversation, not for another', async () => {
    const store = new ConversationStore<Stored>(new MemoryStorage(), 'inklusionsprofi');
    const first = turn();
    (await store.get(first)).memory = { roleId: 'projektleitung' };
    await store.saveChanges(first);

    expect((await store.get(turn())).memory).toEqual({ roleId: 'projektleitung' });
    expect((await store.get(turn('c2'))).memory).toBeUndefined();
    expect((await store.get(turn('c1', 'msteams'))).memory).toBeUndefined();
  });

  it('writes nothing when the turn changed nothing, so the expiry is not moved', async () => {
    let now = 0;
    const storage = counting(new ExpiringMemoryStorage({ ttlMs: 1000, maxEntries: 10, now: () => now }));
    const store = new ConversationStore<Stored>(storage, 'inklusionsprofi');
    const first = turn();
    await store.set(first, { memory: { easy: true } });
    await store.saveChanges(first);
    expect(storage.writes).toHaveLength(1);

    now = 600;
    const unchanged = turn();
    const stored = await store.get(unchanged);
    stored.memory = { easy: true }; // the same content as a new object
    await store.saveChanges(unchanged);
    expect(storage.writes).toHaveLength(1);

    now = 1100; // a day after the last change in real life: gone
    expect((await store.get(turn())).memory).toBeUndefined();
  });

  it('writes once per turn however often the turn reads it', async () => {
    const storage = counting(new MemoryStorage());
    const store = new ConversationStore<Stored>(storage, 'inklusionsprofi');
    const context = turn();
    const a = await store.get(context);
    const b = await store.get(context);
    expect(a).toBe(b);
    a.welcomed = ['u'];
    await store.saveChanges(context);
    expect(storage.writes).toEqual([{ 'webchat/conversations/c1/': { inklusionsprofi: { welcomed: ['u'] }, eTag: '*' } }]);
  });

  it('reads what Bot Framework’s ConversationState wrote and writes what it reads (same key and shape)', async () => {
    const storage = new MemoryStorage();
    const bf = new ConversationState(storage);
    const property = bf.createProperty<Stored>('inklusionsprofi');
    const written = turn();
    await property.set(written, { memory: { roleId: 'verwaltung' } });
    await bf.saveChanges(written);

    const store = new ConversationStore<Stored>(storage, 'inklusionsprofi');
    const ours = turn();
    const stored = await store.get(ours);
    expect(stored.memory).toEqual({ roleId: 'verwaltung' });
    stored.memory = { roleId: 'projektleitung', easy: true };
    await store.saveChanges(ours);

    expect(await property.get(turn())).toEqual({ memory: { roleId: 'projektleitung', easy: true } });
  });

  it('forgets a conversation on delete', async () => {
    const store = new ConversationStore<Stored>(new MemoryStorage(), 'inklusionsprofi');
    const context = turn();
    await store.set(context, { welcomed: ['u'] });
    await store.saveChanges(context);
    await store.delete(turn());
    expect(await store.get(turn())).toEqual({});
  });

  it('refuses an activity without a conversation id, as ConversationState does', async () => {
    const store = new ConversationStore<Stored>(new MemoryStorage(), 'inklusionsprofi');
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'webchat' });
    await expect(store.get(context)).rejects.toThrow('missing activity.conversation.id');
  });
});
