// A registration enquiry end to end: through /api/messages (card form and text dialog), the durable
// outbox and real SMTP, to the mail the education team reads at a real smtp-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { startInbox, type Inbox } from '../support/inbox.js';
import { conversation, startApp, visibleText, type BotActivity, type Running } from './harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');

const findCard = (activities: BotActivity[]) => activities.flatMap((a) => a.attachments ?? []).find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

describe('registration enquiry through the HTTP endpoint to a real SMTP server', () => {
  let inbox: Inbox;
  let running: Running;
  let seminar: { id: string; title: string };

  beforeAll(async () => {
    inbox = await startInbox();
    running = await startApp({ SMTP_URL: inbox.url, REGISTRATION_TO: 'bildungsteam@example.org', MAIL_FROM: 'bot@example.org' }, { now: () => NOW });
    const k = running.app.knowledge.current()!.knowledge;
    const open = k.seminars.find((s) => s.places.left > 0 && s.dates.every((d) => d.start > '2027-03-01') && s.registrationDeadline > '2027-03-01');
    if (!open) throw new Error('no open seminar in the shipped catalogue');
    seminar = open;
  });
  afterAll(async () => {
    await running?.stop();
    await inbox?.close();
  });

  it('card flow: form → summary → confirmation; one mail to the team with Reply-To the person', async () => {
    const chat = conversation(running.url, 'webchat');
    const form = findCard(await chat.send('', { value: { action: 'register', id: seminar.id } }));
    expect(form, 'a registration form card').toBeDefined();
    const ids = JSON.stringify(form);
    for (const field of ['name', 'email', 'organisation', 'consent']) expect(ids).toContain(`"id":"${field}"`);

    const summary = await chat.send('', {
      value: {
        action: 'form',
        step: 'submit',
        name: 'Erika <b>Muster</b>',
        email: 'erika.muster@kommune.example',
        organisation: 'Stadt Musterhausen',
        role: 'Netzwerkkoordinator*innen',
        accessibility: 'dgs',
        message: 'Ich bringe <img src=x onerror=alert(1)> mit.\r\nBcc: opfer@example.org',
        consent: 'true',
      },
    });
    expect(visibleText(summary)).toMatch(/Bitte prüfen Sie Ihre Anfrage/);
    expect(visibleText(summary)).toContain('erika.muster@kommune.example');

    const confirmed = await chat.send('', { value: { action: 'form', step: 'confirm' } });
    const text = visibleText(confirmed);
    expect(text).toMatch(/Anfragenummer: \*\*(IP-[A-Z0-9-]+)\*\*/);
    expect(text).toMatch(/keine feste Platzzusage/);
    const number = /Anfragenummer: \*\*(IP-[A-Z0-9-]+)\*\*/.exec(text)![1]!;

    // A second click on "Absenden" (the same card) sends nothing new.
    const again = await chat.send('', { value: { action: 'form', step: 'confirm' } });
    expect(visibleText(again)).not.toMatch(/Anfragenummer: \*\*IP-/);

    const [mail] = await inbox.waitFor(1);
    expect(mail).toBeDefined();
    expect(mail!.subject).toContain(`Anmeldeanfrage: ${seminar.title} – `);
    expect(inbox.envelopes[0]).toEqual(['bildungsteam@example.org']);
    expect(mail!.replyTo?.value[0]?.address).toBe('erika.muster@kommune.example');
    expect(mail!.text).toContain(number);
    expect(mail!.text).toContain('Stadt Musterhausen');
    expect(mail!.html).not.toMatch(/<img src=x/);
    expect(mail!.html).toContain('&lt;img');
    expect(mail!.headers.get('bcc')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.mails).toHaveLength(1);
  });

  it('text flow on a channel without cards: step by step with validation and "zurück", ending in one mail', async () => {
    const before = inbox.mails.length;
    const chat = conversation(running.url, 'sms');
    const say = async (text: string) => visibleText(await chat.send(text));
    expect(await say(`Anmeldung anfragen: ${seminar.title}`)).toMatch(/Name/);
    expect(await say('Max Beispiel')).toMatch(/E-Mail/);
    expect(await say('keine-adresse')).toMatch(/gültige E-Mail-Adresse/);
    expect(await say('max@beispiel.example')).toMatch(/Organisation|Kommune/);
    expect(await say('zurück')).toMatch(/E-Mail/);
    expect(await say('max@beispiel.example')).toMatch(/Organisation|Kommune/);
    await say('Landkreis Beispiel');
    let reply = await say('Projektleitung');
    for (let i = 0; i < 4 && !/einverstanden/i.test(reply); i++) reply = await say('nein');
    expect(reply).toMatch(/einverstanden/i);
    expect(await say('ja')).toMatch(/prüfen/i);
    expect(await say('Absenden')).toMatch(/IP-/);
    const mails = await inbox.waitFor(before + 1);
    expect(mails[before]?.replyTo?.value[0]?.address).toBe('max@beispiel.example');
  });
});
