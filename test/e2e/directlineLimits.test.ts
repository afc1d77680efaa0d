// Limits of the local Direct Line that keep one browser (or one script) from using up the server:
// token lifetimes, memory per activity, per conversation and in total, slots per client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from './harness.js';

async function token(url: string): Promise<{ token: string; conversationId: string }> {
  const { token: issued } = (await (await fetch(`${url}/api/directline/token`, { method: 'POST' })).json()) as { token: string };
  const started = (await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${issued}` } })).json()) as { conversationId: string };
  return { token: issued, conversationId: started.conversationId };
}

describe('local Direct Line tokens', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running?.stop());

  it('revokes the old token when it is refreshed', async () => {
    const c = await token(running.url);
    const refreshed = await fetch(`${running.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${c.token}` } });
    const { token: fresh } = (await refreshed.json()) as { token: string };
    const read = (t: string) => fetch(`${running.url}/v3/directline/conversations/${c.conversationId}/activities`, { headers: { authorization: `Bearer ${t}` } });
    expect((await read(fresh)).status).toBe(200);
    expect((await read(c.token)).status).toBe(401);
  });
});
