// Conversation state per turn: read once from the Storage, written back at the end of the turn only
// when it changed. It replaces Bot Framework's ConversationState + property accessor, which find out
// whether the state changed by hashing it (JSON.stringify with a replacer function, then SHA-256)
// three times per turn — ~5–8 % of a turn's CPU in `npm run load` (docs/performance.md). Here the
// state is serialised once when read and once when the turn ends, and the two strings are compared.
// Storage keys and the stored shape are ConversationState's ("<channel>/conversations/<id>/", the
// value under the property name), so state written by either reads back in the other.
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { takesSerialised } from '../server/storage/memory.js';

interface Loaded {
  key: string;
  item: Record<string, unknown>;
  /** The item as it was read (without eTag), to tell whether the turn changed it. */
  json: string;
}

export class ConversationStore<T extends object> {
  /** Per turn, in the context's turn state: each store instance has its own slot. */
  private readonly slot = Symbol('conversationStore');

  constructor(
    private readonly storage: Storage,
    /** The property the value is kept under (ConversationState.createProperty's name). */
    private readonly property: string,
  ) {}

  /** This conversation's value; the same object for the whole turn, so changes to it are saved. */
  async get(context: TurnContext): Promise<T> {
    const loaded = await this.load(context);
    let value = loaded.item[this.property];
    if (typeof value !== 'object' || value === null) {
      value = {};
      loaded.item[this.property] = value;
    }
    return value as T;
  }

  /** Replaces this conversation's value (saved at the end of the turn). */
  async set(context: TurnContext, value: T): Promise<void> {
    (await this.load(context)).item[this.property] = value;
  }

  /** Writes the state back if the turn changed it (last writer wins, as ConversationState does). */
  async saveChanges(context: TurnContext): Promise<void> {
    const loaded = context.turnState.get(this.slot) as Loaded | undefined;
    if (!loaded) return;
    const json = serialise(loaded.item);
    if (json === loaded.json) return;
    if (takesSerialised(this.storage)) {
      await this.storage.writeSerialised(loaded.key, json);
    } else {
      const changes: StoreItems = { [loaded.key]: { ...loaded.item, eTag: '*' } };
      await this.storage.write(changes);
    }
    loaded.json = json;
  }

  /** Forgets this conversation's state in the storage and in the turn. */
  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.slot);
    await this.storage.delete([storageKey(context)]);
  }

  private async load(context: TurnContext): Promise<Loaded> {
    const cached = context.turnState.get(this.slot) as Loaded | undefined;
    if (cached) return cached;
    const key = storageKey(context);
    const items = await this.storage.read([key]);
    const item = (items[key] as Record<string, unknown> | undefined) ?? {};
    const loaded: Loaded = { key, item, json: serialise(item) };
    context.turnState.set(this.slot, loaded);
    return loaded;
  }
}

/** ConversationState's key with an empty namespace. */
export function storageKey(context: TurnContext): string {
  const activity = context.activity;
  const channelId = activity.channelId;
  const conversationId = activity.conversation?.id;
  if (!channelId) throw new Error('missing activity.channelId');
  if (!conversationId) throw new Error('missing activity.conversation.id');
  return `${channelId}/conversations/${conversationId}/`;
}

/** The item without its eTag (which the storage changes on every write), as JSON. */
function serialise(item: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = item;
  return JSON.stringify(rest);
}
