// Limits of the local Direct Line that keep one browser (or one script) from using up the server:
// token lifetimes, memory per activity, per conversation and in total, slots per client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/server/directline/store.js';
import { openConversation, startApp, type Running } from './harness.js';

/** A started conversation, with the token the page was issued (the one a refresh replaces). */
async function conversationWithIssuedToken(url: string): Promise<{ token: string; conversationId: string }> {
  const c = await openConversation(url);
  return { token: c.issuedToken, conversationId: c.conversationId };
}

describe('local Direct Line tokens', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('revokes the old token when it is refreshed', async () => {
    const c = await conversationWithIssuedToken(running.url);
    const refreshed = await fetch(`${running.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    const { token: fresh } = (await refreshed.json()) as { token: string };
    const read = (t: string) => fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, { headers: { authorization: `Bearer ${t}` } });
    expect((await read(fresh)).status).toBe(200);
    expect((await read(c.token)).status).toBe(401);
  });
});

describe('local Direct Line memory', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => running?.stop());

  it('refuses a 40 kB card value with 413 although the body limit would allow it', async () => {
    const c = await conversationWithIssuedToken(running.url);
    const response = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', value: { blob: 'x'.repeat(40_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('gives each client at most 20 open conversations (429 after), while another client still gets one', async () => {
    const from = (ip: string) => fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 20; i++) expect((await from('203.0.113.7')).status).toBe(200);
    const refused = await from('203.0.113.7');
    expect(refused.status).toBe(429);
    expect((await from('198.51.100.9')).status).toBe(200);
  });

  it('keeps at most 256 kB of activities per conversation, dropping the oldest', () => {
    const store = new ConversationStore();
    const created = store.create();
    if (!created) throw new Error('no conversation');
    for (let i = 0; i < 100; i++) store.append(created.conversation, { type: 'message', text: `${i} ${'x'.repeat(10_000)}` });
    const kept = store.since(created.conversation, undefined).activities;
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(256 * 1024 + 1024);
    expect(kept.at(-1)?.text).toMatch(/^99 /);
  });

  it('keeps the total under its cap, trimming the least recently active conversations but never their newest activity', () => {
    let now = 0;
    const store = new ConversationStore({ limits: { maxTotalBytes: 200_000 }, now: () => now });
    const conversations = Array.from({ length: 10 }, () => store.create()?.conversation);
    for (let round = 0; round < 5; round++) {
      for (const conversation of conversations) {
        now += 1;
        if (conversation) store.append(conversation, { type: 'message', text: 'y'.repeat(10_000) });
      }
    }
    expect(store.bytes).toBeLessThanOrEqual(200_000);
    for (const conversation of conversations) if (conversation) expect(store.since(conversation, undefined).activities.length).toBeGreaterThan(0);
  });

  it('evicts a client’s never-started conversations before refusing it', () => {
    let now = 0;
    const store = new ConversationStore({ limits: { perClientConversations: 2, evictUnusedAfterMs: 1000 }, now: () => now });
    const first = store.create('client-a');
    const second = store.create('client-a');
    if (second) second.conversation.started = true;
    expect(store.create('client-a')).toBeUndefined();
    now = 2000;
    expect(store.create('client-a')).toBeDefined();
    expect(store.authorize(first?.token)).toMatchObject({ ok: false, status: 401 });
    expect(store.authorize(second?.token).ok).toBe(true);
  });
});
