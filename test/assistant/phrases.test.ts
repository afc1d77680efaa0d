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

// The phrases a text tries are found per word, remembered, and only where a long first word stands whole
// (src/assistant/phrases.ts): held to the walk from every position of the text as it was, on the shipped
// knowledge's role, topic and place phrases, every dev question folded, with compounds apart and only lower-cased,
// each asked twice (the second time from the words remembered), and to a matcher built anew for each text.
describe('phrase matcher, the phrases to try found per word', () => {
  it('finds the same as the walk from every position of the text', async () => {
    const { loadDev, loadShippedKnowledge } = await import('../eval/evaluate.js');
    const { apartCompounds } = await import('../../src/assistant/understand/utterance.js');
    const knowledge = await loadShippedKnowledge();
    const sets = [
      knowledge.roles.flatMap((r) => [r.name, r.nameEasy, ...r.synonyms, ...r.workplaces].map((phrase) => ({ phrase, value: r.id }))),
      knowledge.topics.flatMap((t) => [t.name, ...t.synonyms].map((phrase) => ({ phrase, value: t.id }))),
      knowledge.seminars.flatMap((s) => (s.location ? [{ phrase: s.location.city, value: s.id }] : [])),
      [
        { phrase: 'Inklusionsbeauftragte', value: 'a' },
        { phrase: 'Inklusion', value: 'b' },
        { phrase: 'Öffentlichkeits-Arbeit', value: 'c' },
        { phrase: 'Netzwerkkoordinatorin im Amt', value: 'd' },
        { phrase: 'Verwaltungsmitarbeiter', value: 'e' },
        { phrase: '...', value: 'f' },
        { phrase: 'im Osten', value: 'g' },
        { phrase: 'in den Norden', value: 'h' },
        { phrase: 'Osten', value: 'i' },
      ],
    ];
    const texts = loadDev().flatMap((q) => {
      const folded = foldText(q.q);
      return [folded, apartCompounds(folded), q.q.toLowerCase()];
    });
    texts.push('inklusionsbeauftragte2 und 3inklusionsbeauftragter', 'bezirksverwaltungsmitarbeiterinnen', 'oeffentlichkeitsarbeit  oeffentlichkeits arbeit ', 'inklusio inklusionsb', 'amt,amt.(amt)', '(im osten) online-in den norden', 'xin den norden 2im osten é.im westen', '𝐀im osten', '');
    let compared = 0;
    for (const entries of sets) {
      for (const compoundHeadMinLength of [0, 8]) {
        const quick = buildPhraseMatcher(entries, { compoundHeadMinLength });
        const walk = buildPhraseMatcher(entries, { compoundHeadMinLength, walkEveryPosition: true });
        for (const text of texts) {
          const expected = walk(text);
          expect(quick(text), text).toEqual(expected);
          expect(quick(text), text).toEqual(expected);
          compared++;
        }
        for (const text of texts.slice(0, 20)) expect(buildPhraseMatcher(entries, { compoundHeadMinLength })(text), text).toEqual(walk(text));
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  }, 180_000);
});
