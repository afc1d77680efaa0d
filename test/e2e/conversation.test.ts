// Turns through the real HTTP endpoint (expectReplies), checking what Web Chat and Teams receive:
// valid Adaptive Cards 1.5 with text fallbacks, suggested actions, and plain text where cards are not shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { adaptiveCardProblems } from '../support/adaptiveCards.js';
import { conversation, startApp, visibleText, type BotActivity, type Running } from './harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');
const CARD = 'application/vnd.microsoft.card.adaptive';

function cards(activities: BotActivity[]): Array<Record<string, unknown>> {
  return activities.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === CARD).map((x) => x.content));
}

/** Every card is a valid Adaptive Card 1.5 and the activity carries a spoken/text fallback. */
function expectValidCards(activities: BotActivity[]): void {
  for (const activity of activities) {
    for (const attachment of activity.attachments ?? []) {
      expect(attachment.contentType).toBe(CARD);
      expect(attachment.content.version).toBe('1.5');
      expect(adaptiveCardProblems(attachment.content)).toEqual([]);
      expect(String(activity.speak ?? '').length, 'a card needs a speak text for screen readers').toBeGreaterThan(10);
    }
  }
}

const suggestions = (activities: BotActivity[]) => activities.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title) ?? []);
const submitData = (card: Record<string, unknown>) => {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Submit' && o.data && typeof o.data === 'object') found.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
};

describe('conversation turns over /api/messages', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp({}, { now: () => NOW });
  });
  afterAll(async () => running?.stop());

  it('walks from a role question to a seminar detail, calendar link and registration form (web chat)', async () => {
    const chat = conversation(running.url, 'webchat');

    // 1: no role given → the roles as buttons.
    const asked = await chat.send('Welche Fortbildung passt zu mir?');
    expectValidCards(asked);
    const roleButtons = submitData(cards(asked)[0]!).filter((d) => d.action === 'role');
    expect(roleButtons.length).toBeGreaterThanOrEqual(10);

    // 2: a button click (card submit) → recommendations with reasons, "Details" per seminar.
    const recommended = await chat.send('', { value: roleButtons.find((d) => d.id === 'projektleitung') });
    expectValidCards(recommended);
    expect(visibleText(recommended)).toMatch(/Projektleiter\*innen|Projektleitung/);
    const details = submitData(cards(recommended)[0]!).filter((d) => d.action === 'seminar');
    expect(details.length).toBeGreaterThanOrEqual(1);
    expect(details.length).toBeLessThanOrEqual(5);

    // 3: details of the first → date in German, cost, and the three actions.
    const detail = await chat.send('', { value: details[0] });
    expectValidCards(detail);
    const json = JSON.stringify(cards(detail)[0]);
    expect(visibleText(detail)).toMatch(/(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \p{L}+ 2027/u);
    expect(visibleText(detail)).toMatch(/kostenfrei/);
    expect(json).toMatch(/"type":"Action.OpenUrl","title":"In meinen Kalender","url":"http:\/\/localhost:\d+\/seminare\/[a-z0-9-]+\.ics"/);
    const ics = /"url":"(http:\/\/localhost:\d+\/seminare\/[a-z0-9-]+\.ics)"/.exec(json)![1]!;
    const calendar = await fetch(ics.replace('localhost', '127.0.0.1'));
    expect(calendar.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(await calendar.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART/);

    // 4: "Ähnliche Seminare" → another list.
    const similarData = submitData(cards(detail)[0]!).find((d) => d.action === 'similar');
    expect(similarData).toBeDefined();
    const similar = await chat.send('', { value: similarData });
    expectValidCards(similar);

    // 5: "Anmeldung anfragen" from the detail → a form with required fields and a consent toggle.
    const registerData = submitData(cards(detail)[0]!).find((d) => d.action === 'register');
    const form = await chat.send('', { value: registerData });
    expectValidCards(form);
    const formJson = JSON.stringify(cards(form)[0]);
    expect(formJson).toMatch(/"type":"Input.Text","id":"email"[^}]*"isRequired":true[^}]*"style":"Email"/);
    expect(formJson).toContain('"type":"Input.Toggle"');
    expect(formJson).toMatch(/"associatedInputs":"none"/);

    // 6: "Abbrechen" on the form → cancelled, nothing kept.
    const cancelled = await chat.send('', { value: { action: 'form', step: 'cancel' } });
    expect(visibleText(cancelled)).toMatch(/abgebrochen/);
  });

  it('answers look-ups, FAQ, did-you-mean and fallback in single turns (Teams)', async () => {
    const chat = conversation(running.url, 'msteams');

    // 7: a one-message look-up.
    const online = await chat.send('Online-Seminare im März');
    expectValidCards(online);
    expect(visibleText(online)).toMatch(/März 2027/);

    // 8: a FAQ answer with related questions as suggested actions.
    const faq = await chat.send('Was kostet ein Seminaar?');
    expect(faq[0]?.text).toMatch(/kostenfrei/);
    expect(suggestions(faq).length).toBeGreaterThan(0);

    // 9: model communes despite two typos.
    const communes = await chat.send('Welche Modelkomunen gibt es');
    expect(visibleText(communes)).toMatch(/Erlangen.*Schneverdingen.*Nieder-Olm.*Schwäbisch Gmünd.*Rostock/s);

    // 10: off-topic → an honest fallback with the contact address and what the bot can do.
    const weather = await chat.send('Wie wird das Wetter morgen?');
    expect(visibleText(weather)).toMatch(/kommune-inklusiv@aktion-mensch\.de/);

    // 11: Leichte Sprache on; the next FAQ answer is the easy one.
    const easy = await chat.send('Leichte Sprache');
    expect(visibleText(easy)).toMatch(/Leichter Sprache/);
    const easyFaq = await chat.send('Was kostet das?');
    expect(easyFaq[0]?.text).not.toMatch(/\*innen|:innen/);

    // 12: help works at any point.
    const help = await chat.send('Hilfe');
    expect(visibleText(help).length).toBeGreaterThan(40);
  });

  it('gives numbered plain text without cards where a channel cannot show them (SMS)', async () => {
    const chat = conversation(running.url, 'sms');
    const asked = await chat.send('Was passt zu meiner Rolle?');
    expect(asked.every((a) => !a.attachments || a.attachments.length === 0)).toBe(true);
    expect(asked[0]?.text).toMatch(/^1\. /m);
    const picked = await chat.send('2');
    expect(picked[0]?.text).toMatch(/^1\. /m);
  });
});
