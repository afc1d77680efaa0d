// The texts reviewers found wrong (issue 13), each checked where it was shown: a list intro that ran
// into its note, a summary row named by a question, a sentence that read as a promise of a place.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { FIELDS } from '../../src/registration/fields.js';
import type { Enquiry } from '../../src/registration/enquiry.js';
import { knowledgeTexts, moduleTexts } from '../../scripts/lib/easy-texts.js';
import { buttonData, readable, startChat } from '../bot/harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');

describe('known bad texts stay gone', () => {
  it('says what it left out before the count, and the count\'s ":" is followed by the list', async () => {
    for (const [easy, pattern] of [
      // Without the time asked for, the note adds that the nearest dates come first.
      // The accessibility asked for and kept follows the count ("… gefunden – mit Gebärdensprachdolmetschung:"); in Leichte
      // Sprache it comes before it ("Sie wollten: Gebärden-Sprache. Ich habe 3 Kurse gefunden:").
      [false, /^Genau passend war keines, darum habe ich .+ weggelassen(?: – die Termine, die am nächsten daran liegen, zuerst)?\. Ich habe \d+ Seminare gefunden – mit Gebärdensprachdolmetschung:$/],
      [true, /^Kein Kurs passt genau\. Darum habe ich nicht auf alles geachtet\. Ich habe nicht geachtet auf: .+\. Sie wollten: Gebärden-Sprache\. Ich habe \d+ Kurse gefunden:$/],
    ] as const) {
      const chat = await startChat({ now: NOW, channelId: 'webchat' });
      if (easy) await chat.say('Leichte Sprache');
      const replies = await chat.say('Online-Seminare mit Gebärdensprache im Dezember');
      const card = replies[0]?.attachments?.[0]?.content as { body: Array<{ text?: string }> };
      const heading = card.body[0]?.text?.replace(/\\/g, '') ?? '';
      expect(heading).toMatch(pattern);
      expect(heading).not.toMatch(/\(Genau passend/);
      expect(card.body.length, 'the list follows the heading').toBeGreaterThan(1);
    }
  });

  it('names every summary and mail row with a noun, never a question (no "…brauchen Sie?: –")', () => {
    const enquiry: Enquiry = {
      seminarId: 's',
      seminarTitle: 'S',
      seminarDate: '',
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      organisation: 'Stadt Erlangen',
      role: 'Ehrenamt',
      accessibilityNeeds: [],
      waitingList: false,
      consent: true,
    };
    for (const easy of [false, true]) {
      const rows = FIELDS.flatMap((f) => f.show(enquiry, 'ja', easy));
      expect(rows.length).toBeGreaterThan(8);
      for (const row of rows) expect(row.label, `easy=${easy}`).not.toMatch(/[?:]$/);
    }
  });

  it('shows the summary of a card enquiry without "?:"', async () => {
    const chat = await startChat({ now: NOW, channelId: 'webchat' });
    await chat.say('', { action: 'seminar', id: 'barrierefreie-veranstaltungen-2027-03' });
    const form = await chat.say('', { action: 'register', id: 'barrierefreie-veranstaltungen-2027-03' });
    const summary = await chat.say('', { ...buttonData(form, 'Weiter zur Übersicht'), name: 'Erika Mustermann', email: 'erika@example.org', organisation: 'Stadt Erlangen', role: 'Ehrenamt', consent: 'true' });
    const text = readable(summary);
    expect(text).toContain('Bitte prüfen Sie Ihre Anfrage');
    expect(text).toContain('Bedarfe: keine angegeben');
    expect(text).not.toMatch(/\?:/);
  });

  it('promises no place anywhere: no "Erst dann wissen Sie: Sie haben einen Platz"', async () => {
    const knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge;
    const all = [...moduleTexts().easy, ...moduleTexts().standardOnly, ...(knowledge ? knowledgeTexts(knowledge) : []), ...(knowledge?.faq ?? []).map((f) => ({ where: f.id, text: f.answer }))];
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((t) => /Erst dann wissen Sie|Sie haben (?:einen|Ihren) (?:festen )?Platz|Ihr Platz ist (?:sicher|reserviert)/.test(t.text)).map((t) => t.where)).toEqual([]);
  });
});
