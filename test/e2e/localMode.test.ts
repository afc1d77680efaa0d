// Local mode (no MicrosoftAppId) takes activities from anyone, so it must never let one steer the
// bot's outbound requests; with an app id, every bad token is a plain 401.
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type Running } from './harness.js';

/** A stand-in for whatever an attacker points serviceUrl at; it records requests and never answers when told. */
async function listener(answer = true): Promise<{ url: string; seen: string[]; server: HttpServer }> {
  const seen: string[] = [];
  const server = createHttpServer((req: IncomingMessage, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    if (!answer) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"1"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

function activity(serviceUrl: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'message',
    id: `a-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: 'c-ssrf' },
    from: { id: 'u-ssrf', aadObjectId: '00000000-0000-0000-0000-00000000000a' },
    recipient: { id: 'bot' },
    text: 'Ich möchte mich anmelden',
    ...extra,
  });
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('outbound requests in local mode', () => {
  let running: Running;
  const servers: HttpServer[] = [];
  beforeAll(async () => {
    running = await startApp({ EMULATOR_LOOPBACK: 'false' });
  });
  afterAll(async () => {
    await running?.stop();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it.each(['http://169.254.169.254/latest/', 'https://example.org/', 'http://10.0.0.1:8080/'])('refuses an activity with the foreign serviceUrl %s (403) and never calls it', async (serviceUrl) => {
    const response = await post(running.url, activity(serviceUrl));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('serviceUrl not accepted');
  });

  it('does not call a loopback listener either unless EMULATOR_LOOPBACK is set', async () => {
    const target = await listener();
    servers.push(target.server);
    const response = await post(running.url, activity(`${target.url}/`));
    expect(response.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(target.seen).toEqual([]);
  });

  it('still serves its own web chat, whose serviceUrl points back at this process', async () => {
    const { token } = (await (await fetch(`${running.url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
    const started = (await (await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).json()) as { conversationId: string };
    for (let i = 0; i < 100; i++) {
      const polled = await fetch(`${running.url}/v3/directline/conversations/${started.conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
      const { activities } = (await polled.json()) as { activities: Array<{ from: { role?: string } }> };
      if (activities.some((a) => a.from.role === 'bot')) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the greeting never arrived');
  });
});

describe('the Emulator switch and the turn cap', () => {
  it('with EMULATOR_LOOPBACK=true replies reach a loopback serviceUrl, and turns beyond the cap get 503', async () => {
    const emulator = await listener();
    const hanging = await listener(false);
    const app = await startApp({ EMULATOR_LOOPBACK: 'true' }, { maxConcurrentTurns: 2 });
    try {
      expect((await post(app.url, activity(`${emulator.url}/`, { channelId: 'emulator', text: 'Hallo' }))).status).toBe(200);
      expect(emulator.seen.some((line) => line.startsWith('POST /v3/conversations/c-ssrf/activities'))).toBe(true);
      // Two turns stuck on a serviceUrl that never answers hold both slots; the third is turned away.
      const stuck = [post(app.url, activity(`${hanging.url}/`, { channelId: 'emulator', text: 'Hallo' })), post(app.url, activity(`${hanging.url}/`, { channelId: 'emulator', text: 'Hallo' }))];
      for (let i = 0; i < 100 && hanging.seen.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const third = await post(app.url, activity(`${emulator.url}/`, { channelId: 'emulator', text: 'Hallo' }));
      expect(third.status).toBe(503);
      // The stuck turns end once their target goes away (refused), freeing the slots.
      const closed = new Promise((resolve) => hanging.server.close(resolve));
      hanging.server.closeAllConnections();
      await closed;
      await Promise.allSettled(stuck);
      expect((await post(app.url, activity(`${emulator.url}/`, { channelId: 'emulator', text: 'Hallo' }))).status).toBe(200);
    } finally {
      await app.stop();
      await new Promise((resolve) => emulator.server.close(resolve));
    }
  });
});

describe('the timeout on the bot’s calls to a channel', () => {
  it('ends a turn whose serviceUrl never answers, instead of holding it and its socket open for good', async () => {
    const silent = await listener(false);
    const app = await startApp({ EMULATOR_LOOPBACK: 'true' }, { outboundTimeoutMs: 500 });
    try {
      const response = await post(app.url, activity(`${silent.url}/`, { channelId: 'emulator', text: 'Hallo' }));
      expect(response.status).toBeLessThan(600);
      expect(silent.seen.length).toBeGreaterThan(0);
      // The timed-out requests were aborted: no connection to the silent listener is left open.
      const open = () => new Promise<number>((resolve) => silent.server.getConnections((_e, count) => resolve(count)));
      for (let i = 0; i < 40 && (await open()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await open()).toBe(0);
    } finally {
      await app.stop();
      silent.server.closeAllConnections();
      await new Promise((resolve) => silent.server.close(resolve));
    }
  });
});

describe('forged tokens with an app id', () => {
  let secured: Running;
  const errors = vi.spyOn(console, 'error');
  beforeAll(async () => {
    secured = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret' });
  });
  afterAll(async () => secured?.stop());
  afterEach(() => errors.mockClear());

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001', exp: Math.floor(Date.now() / 1000) + 3600, nbf: Math.floor(Date.now() / 1000) - 60, serviceurl: 'https://smba.trafficmanager.net/emea/' };
  it.each([
    ['HS256', `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${Buffer.from('forged').toString('base64url')}`],
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    ['a random key with a key id', `${b64({ alg: 'RS256', typ: 'JWT', kid: 'abc123' })}.${b64(claims)}.${Buffer.alloc(256, 7).toString('base64url')}`],
    ['no JWT at all', 'not-a-token'],
  ])('answers a token signed with %s with a plain 401 and prints nothing to stderr', async (_name, token) => {
    const response = await post(secured.url, activity('https://smba.trafficmanager.net/emea/'), { authorization: `Bearer ${token}` });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('Unauthorized');
    expect(errors).not.toHaveBeenCalled();
  });
});
