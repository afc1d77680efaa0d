// Which words of a message name things: German marks its nouns with capitals, English and lower-case typing do not.
import { describe, expect, it } from 'vitest';
import { nounMarks, opensSentence } from '../../src/search/nouns.js';
import { shippedKnowledge } from './helpers.js';

describe('the nouns a message marks', () => {
  it('reads capitalised words inside a German sentence as nouns, lower-case ones not', () => {
    const marks = nounMarks('Sind das eher Vorträge oder kann man mitmachen?');
    expect(marks.marked).toBe(true);
    expect(marks.inside.has('vortrage')).toBe(true);
    expect(marks.inside.has('eher')).toBe(false);
  });

  it('does not take the word that opens a sentence for a noun', () => {
    const marks = nounMarks('Lohnt es sich, für Schulungen Zuschüsse zu suchen? Bitte kurz.');
    expect([...marks.inside].sort()).toEqual(['schulungen', 'zuschusse']);
    expect(marks.capitalised.has('lohnt')).toBe(true);
  });

  it('splits a hyphenated compound into its parts as well', () => {
    expect([...nounMarks('Wie ändere ich mein Teams-Passwort?').inside].sort()).toEqual(['passwort', 'teams', 'teamspasswort']);
  });

  it.each(['What is the weather like in Berlin?', 'wie komme ich zum rathaus', 'Kosten?'])('marks no nouns in "%s"', (text) => {
    expect(nounMarks(text).marked).toBe(false);
  });
});

describe('whether a word opens a sentence', () => {
  // What nounMarks asked before: this pattern over the whole text before the word.
  const byPattern = (text: string, index: number) => /(?:^|[.!?:;–]\s*|["„(]\s*)$/u.test(text.slice(0, index));

  it('answers as the pattern over the text before it, at every position of every knowledge text', async () => {
    const knowledge = await shippedKnowledge();
    const texts = [
      ...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer, f.answerEasy, ...f.tags]),
      ...knowledge.seminars.flatMap((s) => [s.title, s.summary, s.description]),
      ...knowledge.roles.flatMap((r) => [r.name, r.description]),
    ];
    let positions = 0;
    for (const text of texts) {
      for (let i = 0; i <= text.length; i++) {
        if (opensSentence(text, i) !== byPattern(text, i)) expect({ text, i, opens: opensSentence(text, i) }).toEqual({ text, i, opens: byPattern(text, i) });
        positions += 1;
      }
    }
    expect(positions).toBeGreaterThan(50_000);
  });

  it('answers as the pattern on random texts of white space (Unicode too), openers, letters and surrogates', () => {
    const alphabet = [' ', '\t', '\n', '\u00a0', '\u2003', '\u202f', '\u3000', '\ufeff', '\u200b', '.', '!', '?', ':', ';', '–', '-', '"', '„', '“', '(', ')', ',', 'a', 'B', 'ß', '😀', '\ud83d', '\ude00'];
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (let i = 0; i <= text.length; i++) {
        if (opensSentence(text, i) !== byPattern(text, i)) expect({ text, i, opens: opensSentence(text, i) }).toEqual({ text, i, opens: byPattern(text, i) });
      }
    }
  });
});
