// The enquiry rate limit counts per client, not per conversation: a new conversation (new from.id)
// from the same web chat client or the same Teams person gets no fresh allowance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { startInbox, type Inbox } from '../support/inbox.js';
import { conversation, startApp, visibleText, type Running } from './harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');
const NUMBER = /Anfragenummer: \*\*IP-/;

describe('registration rate limit per client', () => {
  let inbox: Inbox;
  let running: Running;
  let seminarId: string;
  let counter = 0;

  beforeAll(async () => {
    inbox = await startInbox();
    running = await startApp({ SMTP_URL: inbox.url, RATE_LIMIT_PER_USER_PER_HOUR: '1' }, { now: () => NOW });
    const open = running.app.knowledge.current()!.knowledge.seminars.find((s) => s.places.left > 0 && s.dates.every((d) => d.start > '2027-03-01') && s.registrationDeadline > '2027-03-01');
    if (!open) throw new Error('no open seminar');
    seminarId = open.id;
  });
  afterAll(async () => {
    await running?.stop();
    await inbox?.close();
  });

  /** One complete enquiry in a new conversation with a new from.id; returns the confirmation text. */
  async function enquire(channelId: string, extra: Record<string, unknown>): Promise<string> {
    counter++;
    const chat = conversation(running.url, channelId, `client-${counter}`);
    const as = { from: { id: `user-${counter}`, name: 'Testperson', ...((extra.from as object | undefined) ?? {}) }, ...(extra.channelData ? { channelData: extra.channelData } : {}) };
    await chat.send('', { ...as, value: { action: 'register', id: seminarId } });
    await chat.send('', {
      ...as,
      value: { action: 'form', step: 'submit', name: 'Erika Muster', email: `erika${counter}@kommune.example`, organisation: 'Stadt Musterhausen', role: 'Netzwerkkoordinator*innen', consent: 'true' },
    });
    return visibleText(await chat.send('', { ...as, value: { action: 'form', step: 'confirm' } }));
  }

  it('counts the web chat client (the address the local Direct Line vouches for), not the conversation', async () => {
    expect(await enquire('webchat', { channelData: { clientKey: 'client-A' } })).toMatch(NUMBER);
    expect(await enquire('webchat', { channelData: { clientKey: 'client-A' } })).not.toMatch(NUMBER);
    // Another client is not affected.
    expect(await enquire('webchat', { channelData: { clientKey: 'client-B' } })).toMatch(NUMBER);
  });

  it('counts the Teams person (Entra object id), whatever from.id the chat has', async () => {
    const person = { from: { aadObjectId: '11111111-2222-3333-4444-555555555555' } };
    expect(await enquire('msteams', person)).toMatch(NUMBER);
    expect(await enquire('msteams', person)).not.toMatch(NUMBER);
  });
});
