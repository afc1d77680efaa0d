// The "Seminar suchen" message extension as a pure function over the shipped catalogue and its
// search index: what a coordinator sees in the Teams picker and what lands in the chat.
import { join } from 'node:path';
import type { MessagingExtensionAttachment, MessagingExtensionQuery, MessagingExtensionResponse } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { seminarSearchResponse } from '../../src/bot/messageExtension.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge, Seminar } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { sessionInstant } from '../../src/assistant/dates.js';
import { adaptiveCardProblems } from '../support/adaptiveCards.js';

// 20 November 2026: three seminars of the sample catalogue are over (September, October, 12 November).
const NOW = new Date('2026-11-20T09:00:00Z');
const BASE = 'https://bot.example.org';
const PAST = ['netzwerke-aufbauen-2026-09', 'un-brk-einfuehrung-2026-10', 'social-media-2026-11'];

let services: { knowledge: Knowledge; search: SearchIndex };

beforeAll(async () => {
  const loaded = await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW);
  if (!loaded.knowledge) throw new Error('shipped knowledge does not load');
  services = { knowledge: loaded.knowledge, search: buildSearchIndex(loaded.knowledge) };
});

function query(value: unknown, extra: Record<string, unknown> = {}): MessagingExtensionQuery {
  return { commandId: 'seminarSuchen', parameters: [{ name: 'suchbegriff', value }], queryOptions: { skip: 0, count: 25 }, ...extra } as MessagingExtensionQuery;
}

function ask(q: MessagingExtensionQuery): MessagingExtensionResponse {
  return seminarSearchResponse(q, services, { now: NOW, baseUrl: BASE });
}

function attachments(response: MessagingExtensionResponse): MessagingExtensionAttachment[] {
  expect(response.composeExtension?.type).toBe('result');
  expect(response.composeExtension?.attachmentLayout).toBe('list');
  return response.composeExtension?.attachments ?? [];
}

interface Card {
  version: string;
  body: Array<{ type: string; text?: string }>;
  actions: Array<{ type: string; title: string; url: string }>;
}

const card = (a: MessagingExtensionAttachment) => a.content as Card;
const cardText = (a: MessagingExtensionAttachment) => card(a).body.map((b) => b.text ?? '').join('\n');
const title = (a: MessagingExtensionAttachment) => (a.preview?.content as { title: string }).title;
const seminarOf = (a: MessagingExtensionAttachment): Seminar => {
  const found = services.knowledge.seminars.find((s) => s.title === title(a));
  if (!found) throw new Error(`no seminar titled ${title(a)}`);
  return found;
};

describe('"Seminar suchen" when opened without a search term', () => {
  it('lists the next ten upcoming seminars, soonest first, none of them over', () => {
    const results = attachments(ask({ commandId: 'seminarSuchen', parameters: [{ name: 'initialRun', value: 'true' }] } as MessagingExtensionQuery));
    expect(results).toHaveLength(10);
    const seminars = results.map(seminarOf);
    for (const id of PAST) expect(seminars.map((s) => s.id)).not.toContain(id);
    expect(seminars[0]?.id).toBe('projekte-planen-steuern-2027-01');
    const starts = seminars.map((s) => sessionInstant(s.dates[0]?.start ?? '').getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('treats an empty or blank search term, or just "alle Seminare", like the first opening', () => {
    const opening = attachments(ask(query('   '))).map(title);
    expect(opening).toHaveLength(10);
    expect(attachments(ask(query(''))).map(title)).toEqual(opening);
    expect(attachments(ask(query('alle Seminare'))).map(title)).toEqual(opening);
  });

  it('says so when the catalogue has nothing coming up any more', () => {
    const later = seminarSearchResponse(query(''), services, { now: new Date('2030-01-01T00:00:00Z'), baseUrl: BASE });
    expect(later.composeExtension?.type).toBe('message');
    expect(later.composeExtension?.text).toContain('keine kommenden Seminare');
  });
});

describe('"Seminar suchen" with a search term', () => {
  it('finds upcoming seminars on Öffentlichkeitsarbeit and leaves out the one that is over', () => {
    const seminars = attachments(ask(query('Öffentlichkeitsarbeit'))).map(seminarOf);
    expect(seminars.length).toBeGreaterThanOrEqual(3);
    expect(seminars.map((s) => s.id)).toContain('pressearbeit-grundlagen-2027-05');
    expect(seminars.map((s) => s.id)).not.toContain('social-media-2026-11');
    for (const s of seminars) expect(s.topics).toContain('oeffentlichkeitsarbeit');
  });

  it('finds a seminar by words of its title, typed without umlauts', () => {
    const titles = attachments(ask(query('Foerdertoepfe Stiftungen'))).map(title);
    expect(titles[0]).toBe('Fördertöpfe finden: Stiftungen, Land, Bund und Kommune');
  });

  it('narrows "online im März" to seminars one can join online in March 2027', () => {
    const seminars = attachments(ask(query('online im März'))).map(seminarOf);
    expect(seminars.length).toBeGreaterThanOrEqual(3);
    for (const s of seminars) {
      expect(['online', 'hybrid']).toContain(s.format);
      expect(s.dates.some((d) => d.start.startsWith('2027-03'))).toBe(true);
    }
  });

  it('shows at most ten seminars even when more match', () => {
    expect(attachments(ask(query('Seminar'))).length).toBeLessThanOrEqual(10);
    expect(attachments(ask(query('Inklusion'))).length).toBeLessThanOrEqual(10);
  });

  it('answers a term nothing matches with a German hint instead of an empty list', () => {
    const response = ask(query('Quantenchromodynamik'));
    expect(response.composeExtension?.type).toBe('message');
    expect(response.composeExtension?.text).toContain('kein kommendes Seminar gefunden');
    expect(response.composeExtension?.text).toContain('„Quantenchromodynamik“');
  });

  it('turns to the next page when Teams asks for more, without repeating seminars', () => {
    const first = attachments(ask(query('', { queryOptions: { skip: 0, count: 5 } }))).map(title);
    const second = attachments(ask(query('', { queryOptions: { skip: 5, count: 5 } }))).map(title);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(5);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
  });
});

describe('the cards a coordinator shares', () => {
  it('are valid Adaptive Cards 1.5 with title, German date, format and place, places and a calendar link', () => {
    const results = [...attachments(ask(query(''))), ...attachments(ask(query('Rostock')))];
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) {
      expect(result.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(adaptiveCardProblems(result.content)).toEqual([]);
      expect(card(result).version).toBe('1.5');
      const seminar = seminarOf(result);
      const text = cardText(result);
      expect(text).toContain(seminar.title);
      expect(text).toMatch(/(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ 20\d\d, \d\d:\d\d–\d\d:\d\d Uhr/);
      // One line says how to take part: "Online (Zoom, …)", "Vor Ort: venue, city", "Vor Ort: … – oder online (…)".
      expect(text).toMatch(seminar.format === 'online' ? /^Online\b/m : /^Vor Ort: /m);
      if (seminar.format === 'hybrid') expect(text).toContain('– oder online');
      if (seminar.location && seminar.format !== 'online') expect(text).toContain(seminar.location.city);
      expect(text).toMatch(/Plätzen frei|Ausgebucht/);
      expect(card(result).actions).toContainEqual({ type: 'Action.OpenUrl', title: 'In meinen Kalender', url: `${BASE}/seminare/${seminar.id}.ics` });
    }
  });

  it('come with a preview for the picker: title, German date, format and city', () => {
    const [first] = attachments(ask(query('Projekte planen')));
    expect(first?.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first?.preview?.content).toEqual({
      title: 'Projekte planen und steuern: Ziele, Meilensteine, Zeitplan',
      text: 'Di., 19. Januar 2027, 09:30–12:30 Uhr (+1 weiterer Termin) · Online',
    });
    const [rostock] = attachments(ask(query('Pressearbeit Rostock')));
    expect(rostock?.preview?.content).toEqual({
      title: 'Pressearbeit für Inklusionsprojekte: Grundlagen – Zusatztermin',
      text: 'Do., 6. Mai 2027, 10:00–16:00 Uhr · Präsenz in Rostock',
    });
    // A seminar held in Leichte Sprache says so in the picker.
    const easy = attachments(ask(query('Ehrenamtliche gewinnen'))).find((a) => seminarOf(a).id === 'ehrenamt-gewinnen-2027-04');
    expect(easy?.preview?.content).toEqual({ title: 'Ehrenamtliche gewinnen, begleiten und halten', text: 'Sa., 24. April 2027, 10:00–15:00 Uhr · Präsenz in Schneverdingen · in Leichter Sprache' });
  });

  it('say plainly when a seminar is fully booked', () => {
    const full = attachments(ask(query('Pressearbeit Grundlagen'))).find((a) => seminarOf(a).id === 'pressearbeit-grundlagen-2027-03');
    expect(full).toBeDefined();
    if (!full) return;
    expect(cardText(full)).toContain('Ausgebucht – Anfrage für die Warteliste möglich');
    expect((full.preview?.content as { text: string }).text).toContain('Ausgebucht');
  });
});

describe('odd and hostile input', () => {
  it.each([
    ['lunr query syntax', query('title:foo^10 ~2 +-* "')],
    ['a number instead of text', query(42)],
    ['an object instead of text', query({ $where: 'x' })],
    ['null', query(null)],
    ['a very long term', query('Förder'.repeat(5000))],
    ['control characters', query('\u0000\u0007Moderation\u001b[31m')],
    ['parameters that are not a list', { commandId: 'seminarSuchen', parameters: 'suchbegriff' } as unknown as MessagingExtensionQuery],
    ['no parameters at all', {} as MessagingExtensionQuery],
    ['negative paging', query('Moderation', { queryOptions: { skip: -5, count: 1e9 } })],
  ])('answers %s with results or a German message and does not throw', (_name, q) => {
    const response = ask(q);
    const type = response.composeExtension?.type;
    expect(['result', 'message']).toContain(type);
    if (type === 'result') expect(response.composeExtension?.attachments?.length).toBeLessThanOrEqual(10);
    else expect(response.composeExtension?.text).toMatch(/Seminar/);
  });

  it('says it is still starting while the knowledge is not loaded', () => {
    const response = seminarSearchResponse(query('Moderation'), undefined, { now: NOW, baseUrl: BASE });
    expect(response).toEqual({ composeExtension: { type: 'message', text: 'Ich starte gerade noch. Bitte versuchen Sie es in einem Moment noch einmal.' } });
  });

  it('does not answer a command it does not offer with seminars', () => {
    const response = ask(query('Moderation', { commandId: 'somethingElse' }));
    expect(response.composeExtension?.type).toBe('message');
  });
});
