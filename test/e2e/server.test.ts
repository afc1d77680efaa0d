import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, startApp, type Running } from './harness.js';

describe('the bot server over HTTP', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('reports healthy with knowledge counts and version once the index is loaded', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; version: string; knowledge: { faq: number; seminars: number } };
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.knowledge.faq).toBeGreaterThanOrEqual(35);
    expect(body.knowledge.seminars).toBeGreaterThanOrEqual(24);
  });

  it('answers a German FAQ question via expectReplies with the FAQ answer', async () => {
    const replies = await conversation(running.url).send('Was kostet die Teilnahme an einem Seminar?');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(/kostenfrei/i);
    expect(replies[0]?.locale).toBe('de-DE');
  });

  it('greets a person who joins with what it can do and suggested actions', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate',
        deliveryMode: 'expectReplies',
        channelId: 'webchat',
        serviceUrl: 'http://127.0.0.1:9',
        conversation: { id: 'welcome-1' },
        from: { id: 'user-9' },
        recipient: { id: 'bot' },
        membersAdded: [{ id: 'user-9' }],
      }),
    });
    const body = (await response.json()) as { activities: Array<{ text: string; suggestedActions: { actions: Array<{ title: string }> } }> };
    expect(body.activities[0]?.text).toContain('Inklusionsprofi');
    expect(body.activities[0]?.suggestedActions.actions.map((a) => a.title)).toContain('Leichte Sprache');
  });

  it.each([
    ['malformed JSON', 'application/json', '{"type": "message",', 400, 'malformed JSON'],
    ['wrong content type', 'text/plain', 'hallo', 415, 'Content-Type must be application/json'],
    ['an activity without type', 'application/json', JSON.stringify({ text: 'hallo', conversation: { id: 'x' } }), 400, 'type'],
    ['a JSON array', 'application/json', '[1,2,3]', 400, 'body must be a JSON object'],
    ['a 1 MB body', 'application/json', JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }), 413, 'body larger than'],
  ])('answers %s with a 4xx and a short reason, and keeps serving', async (_name, type, body, status, reason) => {
    const response = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(reason);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
  });

  const activity = (text: string) => ({
    type: 'message',
    deliveryMode: 'expectReplies',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: `pieces-${text.length}` },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    locale: 'de-DE',
    text,
  });

  /** Posts `parts` to /api/messages over a raw socket, chunked (no content-length), with a pause between parts. */
  function postInParts(parts: string[], { hangUp = false } = {}): Promise<{ status: number; body: string } | 'hung up'> {
    return new Promise((resolve) => {
      const request = httpRequest(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      // Either side may end the exchange early (a hang-up, or the server refusing a body it has not read to the end).
      request.on('error', () => resolve('hung up'));
      void (async () => {
        for (const part of parts) {
          if (request.destroyed) return;
          request.write(part);
          await new Promise((wait) => setTimeout(wait, 20));
        }
        if (hangUp) {
          request.destroy();
          resolve('hung up');
        } else request.end();
      })();
    });
  }

  it('answers a question whose body arrives in several pieces', async () => {
    const text = JSON.stringify({ ...activity('Was kostet die Teilnahme an einem Seminar?'), conversation: { id: 'pieces-1' } });
    const parts = [text.slice(0, 10), text.slice(10, 60), text.slice(60)];
    const answer = await postInParts(parts);
    expect(answer).not.toBe('hung up');
    if (answer === 'hung up') return;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/kostenfrei/i);
  });

  it('refuses a body that grows past the limit without declaring its length, and keeps serving', async () => {
    const piece = 'x'.repeat(256 * 1024);
    const answer = await postInParts(['{"type":"message","text":"', piece, piece, piece, piece, piece, '"}']);
    // The server answers 413 once the limit is passed and reads the rest away, so the client hears it.
    expect(answer === 'hung up' ? answer : answer.status).toBe(413);
    const replies = await conversation(running.url).send('Was kostet die Teilnahme an einem Seminar?');
    expect(replies[0]?.text).toMatch(/kostenfrei/i);
  });

  it('keeps serving when a client hangs up in the middle of a body', async () => {
    const text = JSON.stringify(activity('Was kostet die Teilnahme an einem Seminar?'));
    expect(await postInParts([text.slice(0, 30)], { hangUp: true })).toBe('hung up');
    await new Promise((wait) => setTimeout(wait, 50));
    const replies = await conversation(running.url).send('Wie melde ich mich an?');
    expect(replies.length).toBeGreaterThan(0);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});

describe('start-up and authentication', () => {
  it('answers /healthz 503 until the knowledge index is loaded, then 200', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A clock that blocks the first knowledge load keeps the server in its starting state.
    const { buildApp } = await import('../../src/app.js');
    const { parseConfig } = await import('../../src/config.js');
    const { pino } = await import('pino');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'ip-health-'));
    const parsed = parseConfig({ PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir });
    if (!parsed.ok) throw new Error(parsed.message);
    const app = buildApp(parsed.config, pino({ level: 'silent' }));
    const reload = app.knowledge.reload.bind(app.knowledge);
    app.knowledge.reload = async () => {
      await gate;
      return reload();
    };
    const started = app.start();
    await new Promise((r) => setTimeout(r, 50));
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
    release();
    await started;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rejects a request without a token with 401 when MicrosoftAppId is set', async () => {
    const secured = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret' });
    try {
      const response = await fetch(`${secured.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hallo', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      expect(response.status).toBe(401);
    } finally {
      await secured.stop();
    }
  });
});
