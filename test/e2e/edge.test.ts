// The untrusted edge: bodies nested too deep, failures inside socket handlers and what restify
// itself logs. Each case once stopped the process or leaked a bearer token into the logs.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Request, Response } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ConversationStore } from '../../src/server/directline/store.js';
import { attachStream } from '../../src/server/directline/stream.js';
import { openConversation, startApp, type Running } from './harness.js';

/** `{"a":{"a":…}}` nested `depth` levels deep: small on the wire, fatal for recursive code. */
function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
const deepText = (depth: number) => `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;

describe('JSON nesting at the edge', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('refuses a web chat message whose value nests 5,000 levels, and the conversation and its stream keep working', async () => {
    const c = await openConversation(running.url);
    const posted = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: `{"type":"message","text":"hallo","value":${deepText(5000)}}`,
    });
    expect(posted.status).toBe(400);
    expect(await posted.json()).toEqual({ error: expect.stringContaining('nested deeper') });
    const polled = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(polled.status).toBe(200);
    const socket = new WebSocket(c.streamUrl);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.close();
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses a deeply nested activity on /api/messages with 400', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"type":"message","channelId":"webchat","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b"},"value":${deepText(100)}}`,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('nested deeper');
  });

  it('accepts ordinary nesting such as an Adaptive Card submit', async () => {
    const c = await openConversation(running.url);
    const posted = await fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', value: nested(10) }),
    });
    expect(posted.status).toBe(200);
  });

  it('never lets restify log request headers such as the bearer token when a response cannot be written', async () => {
    // A route whose body cannot be serialised: restify's formatter fails and restify logs the request itself.
    running.app.server.get('/test-unformattable', async (_req: Request, res: Response) => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      res.json(circular);
    });
    const token = 'secret-bearer-token-that-must-not-be-logged';
    const response = await fetch(`${running.url}/test-unformattable`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBeGreaterThanOrEqual(500);
    const logs = running.logs.join('');
    expect(logs).toContain('/test-unformattable');
    expect(logs).not.toContain(token);
  });
});

describe('the Direct Line stream upgrade', () => {
  it('survives an activity that cannot be serialised: the stream closes, the process and the log carry on', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString()), cb()) }));
    const http = createHttpServer();
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const store = new ConversationStore();
    const stream = attachStream(http, store, logger);
    try {
      const created = store.create();
      if (!created) throw new Error('no conversation');
      // Stored behind the edge's back, as a bug elsewhere might: recursion in JSON.stringify overflows.
      const stored = store.append(created.conversation, { type: 'message' });
      stored.value = nested(20_000);
      const ticket = store.issueTicket(created.conversation);
      const port = (http.address() as AddressInfo).port;
      const socket = new WebSocket(`ws://127.0.0.1:${port}/v3/directline/conversations/${created.conversation.id}/stream?t=${ticket}`);
      socket.on('error', () => undefined);
      const code = await new Promise<number>((resolve) => socket.once('close', (closeCode: number) => resolve(closeCode)));
      expect(code).not.toBe(1000);
      expect(lines.join('')).toContain('Direct Line stream');
      // The HTTP server is still there for the next person.
      const again = store.issueTicket(created.conversation);
      expect(again).toBeTruthy();
      expect(http.listening).toBe(true);
    } finally {
      stream.close();
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
