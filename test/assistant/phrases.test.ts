// The phrase matcher behind roles, topics and places: every occurrence of every phrase, whatever the
// length of its first word, in the order of the phrases given.
import { describe, expect, it } from 'vitest';
import { buildPhraseMatcher, foldText } from '../../src/assistant/phrases.js';

describe('phrase matcher', () => {
  const match = buildPhraseMatcher(
    [
      { phrase: 'Netzwerkkoordination', value: 'netz' },
      { phrase: 'AG Inklusion', value: 'ag' },
      { phrase: 'Amt', value: 'amt' },
      { phrase: 'Verwaltung', value: 'verwaltung' },
      { phrase: 'Leichte Sprache', value: 'leicht' },
    ],
    { compoundHeadMinLength: 8 },
  );
  const found = (text: string) => match(foldText(text)).map((m) => [m.value, m.start, m.whole]);

  it('finds phrases whose first word is shorter than the letters it is indexed by', () => {
    expect(found('Ich bin in der AG Inklusion')).toEqual([['ag', 15, true]]);
    expect(found('Das Amt und das andere Amt')).toEqual([['amt', 4, true], ['amt', 23, true]]);
  });

  it('finds a phrase at the end of a compound and in inflected forms, in the order of the phrases', () => {
    expect(found('Texte in leichter Sprache für die Bezirksverwaltung und Netzwerkkoordination')).toEqual([
      ['netz', 57, true],
      ['verwaltung', 42, false],
      ['leicht', 9, true],
    ]);
  });

  it('keeps word boundaries on a text that is not folded, and reads a digit as no letter before a compound part', () => {
    expect(match('das amt, oder (amt)').map((m) => [m.value, m.start])).toEqual([['amt', 4], ['amt', 15]]);
    expect(match('2verwaltung und 12 bezirksverwaltungen').map((m) => [m.value, m.start, m.whole])).toEqual([['verwaltung', 26, false]]);
  });

  it('finds nothing in a text without any of the phrases', () => {
    expect(found('Was kostet ein Seminar?')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
