// In Teams the registration form is prefilled from the person's Teams profile (TeamsInfo.getMember).
// A stand-in for the Teams Bot Connector on 127.0.0.1 answers the member lookup the bot makes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { conversation, startApp, type BotActivity, type Running } from './harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');

/** The value of each input in the form card, by id. */
function formValues(activities: BotActivity[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') values[o.id] = o.value;
      Object.values(o).forEach(walk);
    }
  };
  walk(activities.flatMap((a) => a.attachments ?? []).map((a) => a.content));
  return values;
}

describe('Teams profile prefill of the registration form', () => {
  let running: Running;
  let connector: Server;
  let connectorUrl: string;
  const lookups: string[] = [];
  let failLookups = false;

  beforeAll(async () => {
    connector = createServer((req, res) => {
      lookups.push(`${req.method} ${req.url}`);
      if (failLookups || !/\/v3\/conversations\/[^/]+\/members\//.test(req.url ?? '')) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"ServiceError"}}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: '29:user-1', name: 'Erika Muster', givenName: 'Erika', surname: 'Muster', email: 'erika.muster@kommune.example', userPrincipalName: 'erika.muster@kommune.example' }));
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    running = await startApp({}, { now: () => NOW });
  });
  afterAll(async () => {
    await running?.stop();
    await new Promise((resolve) => connector?.close(resolve));
  });

  const open = async (id: string) => {
    const seminar = running.app.knowledge.current()!.knowledge.seminars.find((s) => s.places.left > 0 && s.dates[0]!.start > '2027-03-01')!;
    return conversation(running.url, 'msteams', id).send('', {
      serviceUrl: connectorUrl,
      from: { id: '29:user-1', name: 'Erika Muster', aadObjectId: '00000000-0000-0000-0000-00000000000e' },
      recipient: { id: '28:bot', name: 'Inklusionsprofi' },
      conversation: { id, conversationType: 'personal' },
      channelData: { tenant: { id: 'tenant-1' } },
      value: { action: 'register', id: seminar.id },
    });
  };

  it('fills in name and e-mail from the Teams profile, editable in the form', async () => {
    const values = formValues(await open('a:personal-prefill'));
    expect(values.name).toBe('Erika Muster');
    expect(values.email).toBe('erika.muster@kommune.example');
    expect(lookups.some((l) => l.startsWith('GET /v3/conversations/a%3Apersonal-prefill/members/') || l.startsWith('GET /v3/conversations/a:personal-prefill/members/'))).toBe(true);
  });

  it('opens an empty form when the profile lookup fails', async () => {
    failLookups = true;
    const replies = await open('a:personal-no-profile');
    const values = formValues(replies);
    expect(Object.keys(values)).toContain('name');
    expect(values.name ?? '').toBe('');
    expect(values.email ?? '').toBe('');
    // Nothing about the failure reaches the person.
    expect(JSON.stringify(replies)).not.toMatch(/ServiceError|Fehler/);
  });
});
