// In-memory conversations of the local Direct Line: tokens, the activity log with watermarks,
// live listeners (WebSocket streams), and the limits that keep one browser from exhausting the server.
import { randomBytes } from 'node:crypto';

export interface DirectLineLimits {
  /** Conversations held at once; further token requests are refused until idle ones are cleaned up. */
  maxConversations: number;
  /** Lifetime of a token; Web Chat refreshes it every 15 minutes. */
  tokenTtlMs: number;
  /** A conversation without any activity for this long is removed, open streams included. */
  idleMs: number;
  /** A token whose conversation is never started frees its slot after this long. */
  startWithinMs: number;
  /** Activities kept per conversation; older ones drop out of the log (watermarks keep counting). */
  maxActivities: number;
  /** Per-conversation rate limit for the person's activities: a burst, refilled at `perMinute`. */
  burst: number;
  perMinute: number;
  /** Longest message text accepted from the browser. */
  maxTextChars: number;
  /** Largest single activity from the browser (serialized JSON), e.g. a card submit's value. */
  maxActivityBytes: number;
  /** Bytes of activities kept per conversation; the oldest drop out first. */
  maxConversationBytes: number;
  /** Bytes of activities kept in all conversations together; the oldest of the least recently active go first. */
  maxTotalBytes: number;
  /** Open conversations per client (hashed IP address); a client's never-started ones are evicted first. */
  perClientConversations: number;
  /** A never-started conversation younger than this is not evicted (its page is about to start it). */
  evictUnusedAfterMs: number;
}

export const defaultLimits: DirectLineLimits = {
  maxConversations: 500,
  tokenTtlMs: 30 * 60_000,
  idleMs: 30 * 60_000,
  startWithinMs: 2 * 60_000,
  // Enough for Web Chat to resume after a reconnect; bounds memory at roughly 100 cards per conversation.
  maxActivities: 100,
  burst: 10,
  perMinute: 20,
  maxTextChars: 4000,
  maxActivityBytes: 32 * 1024,
  maxConversationBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  perClientConversations: 20,
  evictUnusedAfterMs: 10_000,
};

/** An activity as the client sees it: what Direct Line returns in `{ activities, watermark }`. */
export interface ClientActivity {
  id: string;
  type: string;
  [field: string]: unknown;
}

/** An activity before the log gives it its id. */
export interface NewActivity {
  type: string;
  [field: string]: unknown;
}

export interface ActivityGroup {
  activities: ClientActivity[];
  watermark: string;
}

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  started: boolean;
  lastActive: number;
  /** Sequence number of the newest activity; the watermark is its decimal string. */
  seq: number;
  log: Array<{ seq: number; activity: ClientActivity; bytes: number }>;
  /** Sum of the logged activities' serialized sizes. */
  bytes: number;
  /** Who opened it (a hash of the client address), for per-client limits. */
  readonly clientKey: string;
  readonly createdAt: number;
  listeners: Set<Listener>;
  bucket: { tokens: number; at: number };
}

export interface Listener {
  push(group: ActivityGroup): void;
  close(): void;
}

export type TokenCheck = { ok: true; conversation: Conversation } | { ok: false; status: 401 | 403; reason: string };

interface TokenEntry {
  conversationId: string;
  expires: number;
}

export interface ConversationStoreOptions {
  limits?: Partial<DirectLineLimits>;
  now?: () => number;
  /** Random URL-safe strings for ids and tokens; crypto by default. */
  randomId?: (bytes: number) => string;
}

export class ConversationStore {
  readonly limits: DirectLineLimits;
  private readonly now: () => number;
  private readonly randomId: (bytes: number) => string;
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, TokenEntry>();
  /** One-time tickets in stream URLs, so the long-lived token never appears in a URL. */
  private readonly tickets = new Map<string, TokenEntry>();
  private totalBytes = 0;

  constructor(options: ConversationStoreOptions = {}) {
    this.limits = { ...defaultLimits, ...options.limits };
    this.now = options.now ?? Date.now;
    this.randomId = options.randomId ?? ((bytes) => randomBytes(bytes).toString('base64url'));
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes held in all conversation logs (for tests and the load measurement). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** True when this client already holds its share of conversations and none of them can be evicted. */
  clientFull(clientKey: string): boolean {
    const mine = [...this.conversations.values()].filter((c) => c.clientKey === clientKey);
    return mine.length >= this.limits.perClientConversations && !this.evictable(mine);
  }

  /**
   * A new conversation and its first token, or undefined when the server or this client holds too
   * many. Never-started conversations (a token fetched, nothing more) are evicted first.
   */
  create(clientKey = 'local'): { conversation: Conversation; token: string } | undefined {
    const mine = [...this.conversations.values()].filter((c) => c.clientKey === clientKey);
    if (mine.length >= this.limits.perClientConversations && !this.evictOne(mine)) return undefined;
    if (this.conversations.size >= this.limits.maxConversations && !this.evictOne([...this.conversations.values()])) return undefined;
    const now = this.now();
    const conversation: Conversation = {
      id: this.randomId(16),
      userId: `dl_${this.randomId(12)}`,
      started: false,
      lastActive: now,
      createdAt: now,
      clientKey,
      seq: 0,
      log: [],
      bytes: 0,
      listeners: new Set(),
      bucket: { tokens: this.limits.burst, at: now },
    };
    this.conversations.set(conversation.id, conversation);
    return { conversation, token: this.issueToken(conversation) };
  }

  private evictable(candidates: Conversation[]): Conversation | undefined {
    const now = this.now();
    return candidates.find((c) => !c.started && now - c.createdAt >= this.limits.evictUnusedAfterMs);
  }

  private evictOne(candidates: Conversation[]): boolean {
    const victim = this.evictable(candidates);
    if (victim) this.remove(victim);
    return victim !== undefined;
  }

  /** Serialized size of an activity, as it is held and sent. */
  sizeOf(activity: NewActivity): number {
    return Buffer.byteLength(JSON.stringify(activity));
  }

  issueToken(conversation: Conversation): string {
    const token = this.randomId(32);
    this.tokens.set(token, { conversationId: conversation.id, expires: this.now() + this.limits.tokenTtlMs });
    return token;
  }

  /** Ends a token before its time (the old one after a refresh). */
  revokeToken(token: string): void {
    this.tokens.delete(token);
  }

  get tokenTtlSeconds(): number {
    return Math.floor(this.limits.tokenTtlMs / 1000);
  }

  /** Checks a bearer token, and that it belongs to `conversationId` when one is named. */
  authorize(token: string | undefined, conversationId?: string): TokenCheck {
    const entry = token ? this.tokens.get(token) : undefined;
    if (!entry || entry.expires <= this.now()) return { ok: false, status: 401, reason: 'missing, unknown or expired token' };
    const conversation = this.conversations.get(entry.conversationId);
    if (!conversation) return { ok: false, status: 401, reason: 'conversation has ended' };
    if (conversationId !== undefined && conversationId !== conversation.id) return { ok: false, status: 403, reason: 'token is not valid for this conversation' };
    return { ok: true, conversation };
  }

  issueTicket(conversation: Conversation): string {
    const ticket = this.randomId(24);
    this.tickets.set(ticket, { conversationId: conversation.id, expires: this.now() + 5 * 60_000 });
    return ticket;
  }

  /** Redeems a stream ticket once. */
  redeemTicket(ticket: string, conversationId: string): Conversation | undefined {
    const entry = this.tickets.get(ticket);
    if (!entry) return undefined;
    this.tickets.delete(ticket);
    if (entry.expires <= this.now() || entry.conversationId !== conversationId) return undefined;
    return this.conversations.get(conversationId);
  }

  /** Takes one unit from the conversation's rate bucket; false when the person is sending too fast. */
  allow(conversation: Conversation): boolean {
    const now = this.now();
    const refill = ((now - conversation.bucket.at) / 60_000) * this.limits.perMinute;
    conversation.bucket.tokens = Math.min(this.limits.burst, conversation.bucket.tokens + refill);
    conversation.bucket.at = now;
    if (conversation.bucket.tokens < 1) return false;
    conversation.bucket.tokens -= 1;
    return true;
  }

  /** Appends an activity, gives it its Direct Line id, and pushes it to every open stream. */
  append(conversation: Conversation, activity: NewActivity): ClientActivity {
    conversation.seq += 1;
    conversation.lastActive = this.now();
    const stored: ClientActivity = { ...activity, id: `${conversation.id}|${String(conversation.seq).padStart(7, '0')}` };
    const bytes = this.sizeOf(stored);
    conversation.log.push({ seq: conversation.seq, activity: stored, bytes });
    conversation.bytes += bytes;
    this.totalBytes += bytes;
    while (conversation.log.length > 1 && (conversation.log.length > this.limits.maxActivities || conversation.bytes > this.limits.maxConversationBytes)) this.dropOldest(conversation);
    if (this.totalBytes > this.limits.maxTotalBytes) this.trimTotal();
    const group = { activities: [stored], watermark: String(conversation.seq) };
    for (const listener of conversation.listeners) listener.push(group);
    return stored;
  }

  /** Activities after a watermark (all when it is missing or not a number). */
  since(conversation: Conversation, watermark: string | undefined): ActivityGroup {
    const after = watermark !== undefined && /^\d{1,12}$/.test(watermark) ? Number(watermark) : 0;
    return { activities: conversation.log.filter((entry) => entry.seq > after).map((entry) => entry.activity), watermark: String(conversation.seq) };
  }

  find(conversationId: string): Conversation | undefined {
    return this.conversations.get(conversationId);
  }

  touch(conversation: Conversation): void {
    conversation.lastActive = this.now();
  }

  /** Removes idle conversations (closing their streams) and expired tokens and tickets. */
  sweep(): number {
    const now = this.now();
    let removed = 0;
    for (const conversation of this.conversations.values()) {
      const limit = conversation.started ? this.limits.idleMs : this.limits.startWithinMs;
      if (now - conversation.lastActive >= limit) {
        this.remove(conversation);
        removed += 1;
      }
    }
    for (const map of [this.tokens, this.tickets]) {
      for (const [key, entry] of map) if (entry.expires <= now || !this.conversations.has(entry.conversationId)) map.delete(key);
    }
    return removed;
  }

  /** Closes every stream and forgets everything (server shutdown). */
  clear(): void {
    for (const conversation of this.conversations.values()) this.remove(conversation);
    this.tokens.clear();
    this.tickets.clear();
  }

  private dropOldest(conversation: Conversation): void {
    const dropped = conversation.log.shift();
    if (!dropped) return;
    conversation.bytes -= dropped.bytes;
    this.totalBytes -= dropped.bytes;
  }

  /** Over the total: the least recently active conversations lose their oldest activities (each keeps its newest). */
  private trimTotal(): void {
    const byAge = [...this.conversations.values()].sort((a, b) => a.lastActive - b.lastActive);
    for (const conversation of byAge) {
      while (conversation.log.length > 1 && this.totalBytes > this.limits.maxTotalBytes) this.dropOldest(conversation);
      if (this.totalBytes <= this.limits.maxTotalBytes) return;
    }
  }

  private remove(conversation: Conversation): void {
    this.totalBytes -= conversation.bytes;
    conversation.bytes = 0;
    conversation.log = [];
    for (const listener of conversation.listeners) listener.close();
    conversation.listeners.clear();
    this.conversations.delete(conversation.id);
  }
}
