// The web chat's Direct Line over HTTP and WebSocket, as Web Chat uses it: the local Direct Line
// inside the real app, and the production token exchange against a local stand-in for Azure.
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createDirectLine } from '../../src/server/directline/index.js';
import { ConversationStore } from '../../src/server/directline/store.js';
import { openConversation, startApp, type Running } from './harness.js';

interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string };
  attachments?: unknown[];
  serviceUrl?: unknown;
}
interface Group {
  activities: Activity[];
  watermark: string;
}
interface Started {
  conversationId: string;
  token: string;
  streamUrl: string;
  expires_in: number;
}

function post(url: string, c: { conversationId: string; token: string }, activity: Record<string, unknown>, token = c.token): Promise<Response> {
  return fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

function message(text: string): Record<string, unknown> {
  return { type: 'message', text, locale: 'de-DE', from: { id: 'whoever', name: 'Testperson' }, channelData: { clientActivityID: `client-${text.length}-${Date.now()}` } };
}

async function poll(url: string, c: { conversationId: string; token: string }, watermark?: string): Promise<Group> {
  const query = watermark ? `?watermark=${watermark}` : '';
  const response = await fetch(`${url}/v3/directline/conversations/${c.conversationId}/activities${query}`, { headers: { authorization: `Bearer ${c.token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Group;
}

/** Polls until `done` holds for the activities after the watermark, like Web Chat in polling mode. */
async function pollUntil(url: string, c: { conversationId: string; token: string }, done: (a: Activity[]) => boolean, watermark?: string): Promise<Group> {
  for (let i = 0; i < 100; i++) {
    const group = await poll(url, c, watermark);
    if (done(group.activities)) return group;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the expected activities never arrived');
}

describe('the local Direct Line', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('starts a conversation from a token and greets the person, readable by polling', async () => {
    const c = await openConversation(running.url);
    expect(c.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${c.conversationId}/stream\\?t=`));
    expect(c.streamUrl).not.toContain(c.token);
    const group = await pollUntil(running.url, c, (a) => a.some((x) => x.from.role === 'bot'));
    const greeting = group.activities.find((a) => a.from.role === 'bot');
    expect(greeting?.text).toContain('Inklusionsprofi');
    expect(greeting?.serviceUrl).toBeUndefined();
  });

  it('echoes the message with its client id and delivers the FAQ answer after the watermark', async () => {
    const c = await openConversation(running.url);
    const before = await pollUntil(running.url, c, (a) => a.length > 0);
    const posted = await post(running.url, c, { ...message('Was kostet ein Seminar?'), channelData: { clientActivityID: 'abc-1' } });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const after = await pollUntil(running.url, c, (a) => a.some((x) => x.replyToId === id), before.watermark);
    const echo = after.activities[0];
    expect(echo).toMatchObject({ id, type: 'message', text: 'Was kostet ein Seminar?', from: { id: c.userId, role: 'user' }, channelData: { clientActivityID: 'abc-1' } });
    expect(after.activities.find((a) => a.replyToId === id)?.text).toMatch(/kostenfrei/i);
    expect(Number(after.watermark)).toBeGreaterThan(Number(before.watermark));
    // Nothing is repeated once the watermark has moved on.
    expect((await poll(running.url, c, after.watermark)).activities).toEqual([]);
  });

  it('pushes the greeting and the answer through the WebSocket stream', async () => {
    const c = await openConversation(running.url);
    const socket = new WebSocket(c.streamUrl);
    const received: Activity[] = [];
    const waitFor = (done: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('stream timed out')), 10_000);
        const check = () => {
          if (!done()) return;
          clearTimeout(timer);
          socket.off('message', check);
          resolve();
        };
        socket.on('message', check);
        check();
      });
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      if (text) received.push(...(JSON.parse(text) as Group).activities);
    });
    try {
      await waitFor(() => received.some((a) => a.from.role === 'bot'));
      const posted = await post(running.url, c, message('Muss ich mich anmelden?'));
      const { id } = (await posted.json()) as { id: string };
      await waitFor(() => received.some((a) => a.replyToId === id));
      expect(received.map((a) => a.id)).toContain(id);
      expect(received.find((a) => a.replyToId === id)?.text).toBeTruthy();
    } finally {
      socket.close();
    }
  });

  it('refuses a stream URL whose one-time ticket was already used', async () => {
    const c = await openConversation(running.url);
    const first = new WebSocket(c.streamUrl);
    await new Promise((resolve, reject) => first.once('open', resolve).once('error', reject));
    first.close();
    const second = new WebSocket(c.streamUrl);
    const status = await new Promise<number>((resolve) => second.once('unexpected-response', (_req, res: IncomingMessage) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(401);
  });

  it('reconnects with a fresh stream URL that resumes after the watermark, and refreshes its token', async () => {
    const c = await openConversation(running.url);
    const greeted = await pollUntil(running.url, c, (a) => a.length > 0);
    const reconnect = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}?watermark=${greeted.watermark}`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(reconnect.status).toBe(200);
    const info = (await reconnect.json()) as Started;
    expect(info.streamUrl).toContain(`watermark=${greeted.watermark}`);
    expect(info.streamUrl).not.toBe(c.streamUrl);
    const socket = new WebSocket(info.streamUrl);
    const first = new Promise<Group>((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')) as Group)));
    await new Promise((resolve) => socket.once('open', resolve));
    const posted = (await (await post(running.url, c, message('Hallo'))).json()) as { id: string };
    // The greeting lies before the watermark, so the first thing the new stream pushes is the new message.
    expect((await first).activities[0]?.id).toBe(posted.id);
    socket.close();

    const refreshed = await fetch(`${running.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    const { token } = (await refreshed.json()) as { token: string };
    expect(token).not.toBe(c.token);
    expect((await poll(running.url, { conversationId: c.conversationId, token })).activities.length).toBeGreaterThan(0);
  });

  it('rejects a wrong token with 401', async () => {
    const c = await openConversation(running.url);
    const response = await post(running.url, c, message('hallo'), 'not-a-real-token-0000000000');
    expect(response.status).toBe(401);
    const read = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`);
    expect(read.status).toBe(401);
  });

  it("does not let one conversation's token read or write another conversation", async () => {
    const mine = await openConversation(running.url);
    const theirs = await openConversation(running.url);
    const read = await fetch(`${running.url}/v3/directline/conversations/${theirs.conversationId}/activities`, { headers: { authorization: `Bearer ${mine.token}` } });
    expect(read.status).toBe(403);
    const write = await post(running.url, { conversationId: theirs.conversationId, token: mine.token }, message('hallo'));
    expect(write.status).toBe(403);
  });

  it('sends messages as the conversation’s own user, whatever the browser claims', async () => {
    const c = await openConversation(running.url);
    const posted = await post(running.url, c, { ...message('Hallo'), from: { id: 'somebody-else', role: 'bot' } });
    const { id } = (await posted.json()) as { id: string };
    const echo = (await poll(running.url, c)).activities.find((a) => a.id === id);
    expect(echo?.from).toMatchObject({ id: c.userId, role: 'user' });
  });

  it('answers an oversize message with 413 and keeps the conversation usable', async () => {
    const c = await openConversation(running.url);
    const huge = await post(running.url, c, message('x'.repeat(running.config.maxBodyBytes + 10)));
    expect(huge.status).toBe(413);
    const long = await post(running.url, c, message('lang '.repeat(1000)));
    expect(long.status).toBe(413);
    expect((await post(running.url, c, message('Hallo'))).status).toBe(200);
  });

  it('answers a burst of messages with 429 once the conversation sends too fast', async () => {
    const c = await openConversation(running.url);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post(running.url, c, { type: 'typing' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const response = await post(running.url, c, message('Hallo'));
    expect(response.status).toBe(429);
    expect(((await response.json()) as { error: string }).error).toMatch(/too many/);
  });

  it('rejects the Bot Connector reply route without the secret serviceUrl key', async () => {
    const c = await openConversation(running.url);
    const forged = await fetch(`${running.url}/directline-connector/guessed-key/v3/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Bitte Passwort eingeben' }),
    });
    expect(forged.status).toBe(404);
    expect((await poll(running.url, c)).activities.some((a) => a.text === 'Bitte Passwort eingeben')).toBe(false);
  });
});

describe('delivery of the web chat page', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('serves the page with a strict script policy that still allows embedding in any iframe', async () => {
    const response = await fetch(`${running.url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(?:inline|eval)/);
    expect(csp).toContain('frame-ancestors *');
    expect(response.headers.get('x-frame-options')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"']*\.(?:js|css)/);
    // A fresh nonce on every response.
    const again = (await fetch(`${running.url}/`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
  });

  it("serves Web Chat's bundle from node_modules, compressed and cacheable", async () => {
    const response = await fetch(`${running.url}/vendor/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect((await response.text()).length).toBeGreaterThan(1_000_000);
    const etag = response.headers.get('etag') ?? '';
    const revalidated = await fetch(`${running.url}/vendor/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });
});

describe('conversation limits of the local Direct Line', () => {
  it('refuses new conversations when the limit is reached, and frees idle ones on the sweep', () => {
    let now = 0;
    const store = new ConversationStore({ limits: { maxConversations: 2, idleMs: 1000, startWithinMs: 5000 }, now: () => now });
    const first = store.create();
    const second = store.create();
    expect(store.create()).toBeUndefined();
    if (first) first.conversation.started = true;
    if (second) second.conversation.started = true;
    now = 900;
    if (second) store.touch(second.conversation);
    now = 1500;
    expect(store.sweep()).toBe(1);
    expect(store.authorize(first?.token)).toMatchObject({ ok: false, status: 401 });
    expect(store.authorize(second?.token).ok).toBe(true);
    expect(store.create()).toBeDefined();
  });

  it('frees the slot of a token whose conversation is never started', () => {
    let now = 0;
    const store = new ConversationStore({ limits: { maxConversations: 1, startWithinMs: 1000 }, now: () => now });
    expect(store.create()).toBeDefined();
    expect(store.create()).toBeUndefined();
    now = 1000;
    store.sweep();
    expect(store.create()).toBeDefined();
  });

  it('expires tokens after their lifetime', () => {
    let now = 0;
    const store = new ConversationStore({ limits: { tokenTtlMs: 1000 }, now: () => now });
    const created = store.create();
    expect(store.authorize(created?.token).ok).toBe(true);
    now = 1000;
    expect(store.authorize(created?.token)).toMatchObject({ ok: false, status: 401 });
  });
});

describe('the web chat without the local Direct Line', () => {
  it('disables the local Direct Line when MicrosoftAppId is set without DIRECT_LINE_SECRET, and says why', async () => {
    const secured = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret' });
    try {
      const response = await fetch(`${secured.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ mode: 'disabled', error: expect.stringContaining('DIRECT_LINE_SECRET') });
      expect(secured.logs.join('')).toContain('Web chat disabled');
      expect((await fetch(`${secured.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    } finally {
      await secured.stop();
    }
  });

  it('never puts DIRECT_LINE_SECRET into a page, script or response', async () => {
    const secret = 'dl-secret-that-must-stay-on-the-server-123456';
    const app = await startApp({ DIRECT_LINE_SECRET: secret });
    try {
      for (const path of ['/', '/datenschutz', '/web/chat.js', '/web/chat.css', '/healthz']) {
        const response = await fetch(`${app.url}${path}`);
        expect(response.status).toBe(200);
        expect(await response.text()).not.toContain(secret);
        const headers: string[] = [];
        response.headers.forEach((value, name) => headers.push(`${name}: ${value}`));
        expect(headers.join('\n')).not.toContain(secret);
      }
      expect(app.logs.join('')).not.toContain(secret);
    } finally {
      await app.stop();
    }
  });

  // Azure cannot be reached from the tests, so the exchange runs against a local stand-in for
  // https://directline.botframework.com, injected through `azureDirectLineUrl`.
  it('exchanges the secret with Azure server-side and returns only a token', async () => {
    const secret = 'dl-secret-for-the-stub-0123456789';
    const seen: Array<{ method?: string; url?: string; authorization?: string; body: string }> = [];
    const azure = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-abc', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    const stub = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
    const directLine = createDirectLine({
      config: { bot: { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }, directLineSecret: secret, maxBodyBytes: 1024, publicUrl: undefined },
      logger: pino({ level: 'silent' }),
      azureDirectLineUrl: stub,
    });
    const server = restify.createServer();
    directLine.register(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/directline/token`, { method: 'POST' });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).not.toContain(secret);
      const body = JSON.parse(text) as { mode: string; token: string; userId: string; domain: string };
      expect(body).toMatchObject({ mode: 'azure', token: 'azure-token-abc', domain: stub });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', authorization: `Bearer ${secret}` });
      expect(JSON.parse(seen[0]?.body ?? '{}')).toEqual({ user: { id: body.userId } });
      expect(body.userId).toMatch(/^dl_/);
      expect(directLine.connectOrigins).toEqual(['http://127.0.0.1:' + (azure.address() as AddressInfo).port, 'wss://127.0.0.1:' + (azure.address() as AddressInfo).port]);
    } finally {
      directLine.stop();
      server.close();
      azure.close();
    }
  });
});
