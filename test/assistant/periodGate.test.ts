// The period rules are tried only on a text that holds one of TIME_GATE's words (or a digit). These
// tests hold that gate to the rules: proven from each rule's own pattern, and compared with the
// ungated extraction on every dev question and on time phrases built from the rules' vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractPeriod, extractPeriodUngated, PERIOD_RULE_GATES, PERIOD_RULE_PATTERNS, TIME_GATE } from '../../src/assistant/period.js';
import { everyMatchContains } from './requiredText.js';

describe('the proof that a pattern needs the gate', () => {
  const gate = /nächst|woche|\d/;
  it.each([
    [/\b(?:nächste|übernächste) (?:woche|monat)\b/u, true],
    [/\b(?:in |am )?(?:montag|dienstag)\b/u, false],
    [/(?:bald)?woche/, true],
    [/(?:bald)?woch/, false],
    [/(?:bald)?wochen?/, true],
    [/\bq([1-4])\b/u, true],
    [/n\p{L}chste/u, false],
    [/(?:nä|na)chst/, false],
    // It can match "wöche", which holds no gate word.
    [/w(?:o|ö)che/, false],
    [/(?:bald|nächst)e/, false],
    [/(?:nächst|woche)e/, true],
  ])('%s needs one of nächst, woche or a digit: %s', (pattern, needs) => {
    expect(everyMatchContains(pattern, gate)).toBe(needs);
  });
});

describe('the period gate', () => {
  it('holds a word of every period rule: no rule can match a text without one', () => {
    const unproven = PERIOD_RULE_PATTERNS.filter((pattern) => !everyMatchContains(pattern, TIME_GATE));
    expect(unproven.map(String)).toEqual([]);
  });

  it("holds each rule to its own gate: no rule can match a text without the gate's word", () => {
    const unproven = PERIOD_RULE_GATES.filter(({ pattern, gate }) => !everyMatchContains(pattern, gate));
    expect(unproven.map(({ pattern, gate }) => `${pattern} needs ${gate}`)).toEqual([]);
    expect(PERIOD_RULE_GATES.length).toBe(PERIOD_RULE_PATTERNS.length);
  });

  it('lets every digit through, so chrono (which runs only on a digit) sees what it did', () => {
    for (const digit of '0123456789') expect(TIME_GATE.test(digit)).toBe(true);
  });

  const clocks = [new Date('2026-12-01T09:00:00Z'), new Date('2027-02-28T22:30:00Z'), new Date('2027-07-04T11:00:00Z')];
  const devQuestions = (() => {
    const dir = join(import.meta.dirname, '../eval');
    const files = [join(dir, 'dev.yaml'), ...readdirSync(join(dir, 'devblind')).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, 'devblind', f))];
    return files.flatMap((file) => (parse(readFileSync(file, 'utf8')) as { questions: Array<{ q: string }> }).questions.map((q) => q.q));
  })();
  const months = ['Januar', 'Jänner', 'Februar', 'März', 'Maerz', 'Marz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Sept', 'Septmber', 'Oktober', 'Novmeber', 'Dezember', 'March', 'May', 'October'];
  const times = [
    ...months.flatMap((m) => [`Seminare im ${m}`, `Anfang ${m} 2027`, `vom 1. bis 15. ${m}`, `ab ${m}`, `bis Ende ${m}`, `from ${m}`]),
    ...['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag'].flatMap((d) => [`am ${d}`, `nächsten ${d}`]),
    ...['Frühling', 'Fruehjahr', 'Sommer', 'Herbst', 'Winter 2027', 'spring', 'summer', 'autumn', 'in the fall'].map((s) => `Workshops im ${s}`),
    ...['nächste Woche', 'naechste Woche', 'übernächste Woche', 'diesen Monat', 'kommenden Monat', 'in den nächsten 14 Tagen', 'in den kommenden drei Wochen', 'in zwei Wochen', 'in 3 Monaten'],
    ...['in den nächsten Wochen', 'in den kommenden Monaten', 'demnächst', 'in Kürze', 'in kuerze', 'bald', 'am Wochenende', 'nächstes Wochenende', 'dieses Jahr', 'nächstes Jahr', 'Jahresende'],
    ...['im zweiten Quartal', '2. Quartal 2027', 'Q3', 'q4 2027', 'dieses Quartal', 'im ersten Halbjahr', 'zweite Jahreshälfte 2027', 'zweite Jahreshaelfte', 'vor den Sommerferien', 'nach den Sommerferien'],
    ...['in KW 8', 'Kalenderwoche 30', 'in der 12. KW', 'vor Weihnachten', 'über die Weihnachtstage', 'kurz vor Ostern', 'nach Ostern 2028'],
    ...['heute', 'morgen', 'übermorgen', 'uebermorgen', 'Guten Morgen', 'am 9.3.', 'am 9. März', '12.04.2027', '2028', 'next month', 'this week', 'next year', 'the coming weeks', 'first quarter', 'second half of the year', 'today', 'tomorrow'],
  ];
  const plain = ['Was kostet ein Seminar?', 'Muss ich mich anmelden?', 'Hallo', '', '   ', 'Gibt es eine Teilnahmebescheinigung für Koordinator*innen?', 'Koordinator:innen', 'ÄÖÜ ß', 'mail an euch'];

  it.each(clocks)('finds the same period with and without the gate in every dev question, time phrase and plain text (now %s)', (now) => {
    const texts = [...devQuestions, ...times, ...times.map((t) => `Gibt es Online-Seminare ${t}?`), ...plain];
    expect(texts.length).toBeGreaterThan(900);
    const differing = texts.filter((text) => JSON.stringify(extractPeriod(text, now)) !== JSON.stringify(extractPeriodUngated(text, now)));
    expect(differing).toEqual([]);
    // Not a comparison of nothing: the time phrases name periods.
    expect(times.filter((text) => extractPeriodUngated(text, now) !== undefined).length).toBeGreaterThan(times.length * 0.9);
  });
});
