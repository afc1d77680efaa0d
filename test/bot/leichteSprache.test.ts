// What a person who uses Leichte Sprache sees of the seminar catalogue, through the real bot and the
// shipped knowledge: seminars held in Leichte Sprache come first and are marked, their details show
// the easy summary; and how a seminar's place reads on the details card.
import { describe, expect, it } from 'vitest';
import type { Seminar } from '../../src/knowledge/schema.js';
import { botTexts } from '../../src/texts/de/cards.js';
import { buttonData, buttons, listedTitles, readable, startChat, type Chat } from './harness.js';

/** Monday, 15 February 2027, 09:00 in Berlin. */
const NOW = new Date('2027-02-15T08:00:00Z');
const ASK = 'Ich bin Netzwerkkoordinatorin, was passt zu mir?';

const byTitle = (chat: Chat, title: string): Seminar => {
  const s = chat.knowledge.seminars.find((x) => x.title === title);
  if (!s) throw new Error(`listed seminar not in catalogue: ${title}`);
  return s;
};
const heldInLeichteSprache = (chat: Chat, title: string) => byTitle(chat, title).languageOffers.leichteSprache;

/** Asks for recommendations and pages through the whole list with the "more" button. */
async function wholeList(chat: Chat, ask: string): Promise<{ titles: string[]; text: string }> {
  let replies = await chat.say(ask);
  const titles = [...listedTitles(replies)];
  let text = readable(replies);
  for (let page = 0; page < 20; page++) {
    const more = buttons(replies).find((b) => /^Mehr (?:anzeigen|Kurse zeigen)$/.test(b));
    if (!more) break;
    replies = await chat.say(more);
    titles.push(...listedTitles(replies));
    text += `\n${readable(replies)}`;
  }
  return { titles, text };
}

describe('seminars held in Leichte Sprache', () => {
  it('come first for a person in Leichte-Sprache mode, the rest in the same order as in standard German', async () => {
    const standard = await wholeList(await startChat({ now: NOW }), ASK);
    const easyChat = await startChat({ now: NOW });
    expect(readable(await easyChat.say('Leichte Sprache'))).toContain('Leichter Sprache');
    const easy = await wholeList(easyChat, ASK);

    const inEasy = standard.titles.filter((t) => heldInLeichteSprache(easyChat, t));
    expect(inEasy.length, 'the shipped sample data has seminars in Leichte Sprache for this role').toBeGreaterThanOrEqual(2);
    // In standard German the ranking is by fit and date: a Leichte-Sprache seminar is not first.
    expect(heldInLeichteSprache(easyChat, standard.titles[0]!)).toBe(false);
    expect(easy.titles).toEqual([...inEasy, ...standard.titles.filter((t) => !heldInLeichteSprache(easyChat, t))]);
  });

  it('are marked in the list line, in both registers', async () => {
    const standard = await startChat({ now: NOW });
    const replies = await standard.say(ASK);
    const more = await standard.say('Mehr anzeigen');
    const lines = readable([...replies, ...more]).split('\n');
    const marked = lines.filter((l) => l.endsWith(' · in Leichter Sprache'));
    const listed = [...listedTitles(replies), ...listedTitles(more)].filter((t) => heldInLeichteSprache(standard, t));
    expect(listed.length).toBeGreaterThan(0);
    expect(marked.length).toBe(listed.length);

    const easy = await startChat({ now: NOW });
    await easy.say('Leichte Sprache');
    const easyLines = readable(await easy.say(ASK)).split('\n');
    expect(easyLines.filter((l) => l.endsWith(' · In Leichter Sprache')).length).toBeGreaterThan(0);
  });

  it('show their easy summary in Leichte-Sprache mode and the standard summary otherwise', async () => {
    const easy = await startChat({ now: NOW });
    await easy.say('Leichte Sprache');
    const list = await easy.say(ASK);
    const first = listedTitles(list)[0]!;
    const seminar = byTitle(easy, first);
    expect(seminar.summaryEasy).toBeDefined();
    const details = readable(await easy.say('', buttonData(list, `${botTexts.seminarList.easy.details}: ${first}`)));
    expect(details).toContain(seminar.summaryEasy);
    expect(details).not.toContain(seminar.summary);
    expect(details, 'the standard description is left out too').not.toContain(seminar.description);

    const standard = await startChat({ now: NOW });
    const standardDetails = readable(await standard.say('', { action: 'seminar', id: seminar.id }));
    expect(standardDetails).toContain(seminar.summary);
    expect(standardDetails).not.toContain(seminar.summaryEasy);
    expect(standardDetails).toContain(seminar.description);
  });
});

describe('the details card says where a seminar takes place', () => {
  it('reads "Format und Ort: Online (Zoom, Zugangslink nach der Anmeldung)" for an online seminar', async () => {
    const chat = await startChat({ now: NOW });
    const text = readable(await chat.say('', { action: 'seminar', id: 'pressearbeit-grundlagen-2027-03' }));
    expect(text).toContain('Format und Ort: Online (Zoom, Zugangslink nach der Anmeldung)');
    expect(text).not.toMatch(/online, online|\(Zoom \(/i);
  });

  it('reads "Vor Ort: venue, city – oder online (…)" for a hybrid seminar', async () => {
    const chat = await startChat({ now: NOW });
    const text = readable(await chat.say('', { action: 'seminar', id: 'beteiligung-gestalten-2027-08' }));
    expect(text).toMatch(/Format und Ort: Vor Ort: [^\n]+ – oder online \([^()\n]+\)\n/);
  });
});
