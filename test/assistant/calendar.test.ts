import { describe, expect, it } from 'vitest';
import { seminarToIcs } from '../../src/assistant/calendar.js';
import { foldIcsLines } from '../../src/assistant/icsFolding.js';
import { FIXTURE_NOW, seminarById } from '../fixtures/knowledge.js';

interface Property {
  name: string;
  params: string;
  value: string;
}

/** A minimal RFC 5545 reader: unfolds lines, splits VEVENTs, unescapes text values. */
function parseIcs(ics: string): { lines: string[]; events: Array<Map<string, Property>> } {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const events: Array<Map<string, Property>> = [];
  let current: Map<string, Property> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (m) current.set(m[1] ?? '', { name: m[1] ?? '', params: m[2] ?? '', value: (m[3] ?? '').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1') });
    }
  }
  return { lines, events };
}

function field(event: Map<string, Property> | undefined, name: string): string | undefined {
  return event?.get(name)?.value;
}

const URL = 'https://bot.example.org/seminare/pressearbeit-maerz.ics';

describe('calendar file for a seminar', () => {
  it('is a valid VCALENDAR with CRLF line endings and lines of at most 75 octets', () => {
    const ics = seminarToIcs(seminarById('pressearbeit-maerz'), { url: URL, now: FIXTURE_NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('puts a March (CET) session at the right UTC instant: 10:00 Berlin is 09:00Z', () => {
    const { events } = parseIcs(seminarToIcs(seminarById('pressearbeit-maerz'), { url: URL, now: FIXTURE_NOW }));
    expect(events).toHaveLength(1);
    expect(field(events[0], 'DTSTART')).toBe('20270309T090000Z');
    expect(field(events[0], 'DTEND')).toBe('20270309T150000Z');
  });

  it('puts a July (CEST) session at the right UTC instant: 10:00 Berlin is 08:00Z', () => {
    const { events } = parseIcs(seminarToIcs(seminarById('inklusion-verwaltung-gmuend'), { url: URL, now: FIXTURE_NOW }));
    expect(field(events[0], 'DTSTART')).toBe('20270706T080000Z');
    expect(field(events[0], 'DTEND')).toBe('20270706T140000Z');
  });

  it('has title, description with summary, cost, registration and link, and "Online" as place for an online seminar', () => {
    const seminar = seminarById('pressearbeit-maerz');
    const { events } = parseIcs(seminarToIcs(seminar, { url: URL, now: FIXTURE_NOW }));
    expect(field(events[0], 'SUMMARY')).toBe('Pressearbeit für Inklusionsprojekte');
    const description = field(events[0], 'DESCRIPTION') ?? '';
    expect(description).toContain(seminar.summary);
    expect(description).toContain('Sie müssen sich anmelden. Der Kurs kostet nichts.');
    expect(description).toContain(URL);
    expect(field(events[0], 'LOCATION')).toBe('Online (Zoom)');
    expect(field(events[0], 'URL')).toBe(URL);
  });

  it('gives venue, address and city as place for a Präsenz seminar, umlauts intact', () => {
    const { events } = parseIcs(seminarToIcs(seminarById('inklusion-verwaltung-gmuend'), { url: URL, now: FIXTURE_NOW }));
    expect(field(events[0], 'LOCATION')).toBe('Prediger, Johannisplatz 3, 73525 Schwäbisch Gmünd');
  });

  it('says a hybrid seminar can also be attended online', () => {
    const { events } = parseIcs(seminarToIcs(seminarById('leichte-sprache-erlangen'), { url: URL, now: FIXTURE_NOW }));
    expect(field(events[0], 'LOCATION')).toBe('Bürgertreff, Erlangen – oder online (Zoom)');
    expect(field(events[0], 'SUMMARY')).toBe('Texte in Leichter Sprache schreiben');
  });

  it('makes one event per session with stable UIDs and numbered titles', () => {
    const seminar = seminarById('netzwerke-steuern-rostock');
    const first = parseIcs(seminarToIcs(seminar, { url: URL, now: FIXTURE_NOW }));
    const later = parseIcs(seminarToIcs(seminar, { url: URL, now: new Date(FIXTURE_NOW.getTime() + 86_400_000) }));
    expect(first.events.map((e) => field(e, 'UID'))).toEqual(['netzwerke-steuern-rostock-1@inklusionsprofi', 'netzwerke-steuern-rostock-2@inklusionsprofi']);
    expect(later.events.map((e) => field(e, 'UID'))).toEqual(first.events.map((e) => field(e, 'UID')));
    expect(first.events.map((e) => field(e, 'SUMMARY'))).toEqual(['Netzwerke steuern (Termin 1 von 2)', 'Netzwerke steuern (Termin 2 von 2)']);
    expect(first.events.map((e) => field(e, 'DTSTART'))).toEqual(['20270420T073000Z', '20270421T070000Z']);
  });

  it('stamps the file with `now`, so the same input gives the same file', () => {
    const seminar = seminarById('pressearbeit-maerz');
    const a = seminarToIcs(seminar, { url: URL, now: FIXTURE_NOW });
    expect(seminarToIcs(seminar, { url: URL, now: FIXTURE_NOW })).toBe(a);
    expect(field(parseIcs(a).events[0], 'DTSTAMP')).toBe('20270215T080000Z');
  });

  it('folds by octets, not characters: umlauts and emoji stay whole and unfold to the same text', () => {
    const long = `DESCRIPTION:${'Fördermittel für Barrierefreiheit – Übersicht 🧑‍🦽 '.repeat(6)}`;
    const folded = foldIcsLines(`BEGIN:VEVENT\r\n${long}\r\nEND:VEVENT`);
    const physical = folded.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.length).toBeGreaterThan(5);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${long}\r\nEND:VEVENT`);
  });
});
