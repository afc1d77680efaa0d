// How a seminar's format and place read, everywhere a person sees them: the details card in the
// chat, the calendar file, the Teams tab and the search extension all write the same line.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seminarToIcs } from '../../src/assistant/calendar.js';
import { placeText, seminarDetail, whenText } from '../../src/assistant/seminarView.js';
import { seminarAttachment } from '../../src/bot/messageExtension.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge, Seminar } from '../../src/knowledge/schema.js';
import { tabCatalogue } from '../../src/server/tab.js';

const NOW = new Date('2027-01-15T09:00:00Z');
const BASE = 'http://localhost:3978';
let knowledge: Knowledge;

beforeAll(async () => {
  knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge!;
});

const byId = (id: string): Seminar => {
  const s = knowledge.seminars.find((x) => x.id === id);
  if (!s) throw new Error(`no seminar ${id}`);
  return s;
};

/** The LOCATION of the first event, unfolded and unescaped. */
function icsLocation(seminar: Seminar): string {
  const ics = seminarToIcs(seminar, { url: `${BASE}/tab/?seminar=${seminar.id}`, now: NOW }).replace(/\r\n[ \t]/g, '');
  const line = ics.split('\r\n').find((l) => l.startsWith('LOCATION:')) ?? '';
  return line.slice('LOCATION:'.length).replace(/\\([,;\\])/g, '$1');
}

function extensionCardTexts(seminar: Seminar): string[] {
  const card = seminarAttachment(seminar, { now: NOW, baseUrl: BASE }).content as { body: Array<{ text: string }> };
  return card.body.map((b) => b.text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'));
}

describe('the place line of a seminar', () => {
  it('reads naturally for an online seminar: "Online (Zoom, Zugangslink nach der Anmeldung)", not "Online, online (Zoom (…))"', () => {
    const seminar = byId('pressearbeit-grundlagen-2027-03');
    expect(seminar.format).toBe('online');
    expect(placeText(seminar)).toBe('Online (Zoom, Zugangslink nach der Anmeldung)');
    expect(placeText(seminar, { easy: true })).toBe('Im Internet mit Zoom');
  });

  it('names venue and city for a Präsenz seminar and says "or online" for a hybrid one', () => {
    expect(placeText(byId('netzwerke-moderieren-2027-03'))).toBe('Vor Ort: Werkstatthaus Kreuzberg, Seminarraum im 2. Obergeschoss, Berlin');
    expect(placeText(byId('social-media-2026-11'))).toBe('Vor Ort: Bildungszentrum am Rhein, Raum 2, Köln – oder online (Zoom, Zugangslink nach der Anmeldung)');
    expect(placeText(byId('social-media-2026-11'), { easy: true })).toBe('Bildungszentrum am Rhein, Raum 2, Köln. Oder im Internet mit Zoom.');
  });

  it('never says "online" twice nor nests brackets, for every seminar in the catalogue', () => {
    for (const seminar of knowledge.seminars) {
      const line = placeText(seminar);
      expect(line.match(/online/gi)?.length ?? 0, `${seminar.id}: ${line}`).toBeLessThanOrEqual(1);
      expect(line, seminar.id).not.toMatch(/\([^)]*\(/);
      expect(line, seminar.id).not.toMatch(/,\s*,|\s{2}/);
    }
  });

  it('is the same line on the details card, in the calendar file, in the Teams tab and in the search extension', () => {
    const tab = tabCatalogue(knowledge, { now: NOW, baseUrl: BASE });
    for (const id of ['pressearbeit-grundlagen-2027-03', 'netzwerke-moderieren-2027-03', 'beteiligung-gestalten-2027-08']) {
      const seminar = byId(id);
      const line = placeText(seminar);
      expect(seminarDetail(seminar, knowledge, NOW, BASE, false).place).toBe(line);
      expect(tab.seminars.find((s) => s.id === id)?.place).toBe(line);
      expect(extensionCardTexts(seminar)).toContain(line);
      // The calendar's LOCATION is itself the label "where", so it leaves "Vor Ort:" out.
      expect(icsLocation(seminar)).toBe(line.replace(/^Vor Ort: /, ''));
    }
  });

  it('gives list lines a short format and city, and marks seminars held in Leichte Sprache', () => {
    expect(whenText(byId('pressearbeit-grundlagen-2027-03'))).toMatch(/ · Online$/);
    expect(whenText(byId('netzwerke-moderieren-2027-03'))).toMatch(/ · Präsenz in Berlin$/);
    expect(whenText(byId('beteiligung-gestalten-2027-08'))).toMatch(/ · Hybrid: in \S+ oder online$/);
    expect(whenText(byId('ehrenamt-gewinnen-2027-04'))).toMatch(/ · Präsenz in Schneverdingen · in Leichter Sprache$/);
    expect(whenText(byId('ehrenamt-gewinnen-2027-04'), true)).toMatch(/ · In Schneverdingen · In Leichter Sprache$/);
  });
});
