// Per-word memos of pure functions (src/search/nouns.ts formsOf, src/assistant/understand/utterance.ts foldWord):
// held to the functions made afresh on every word of every dev question, asked twice and more often than the
// memos keep words (so that they are cleared on the way), and to the capitalised words as read before the memo.
import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../src/assistant/understand/utterance.js';
import { fold } from '../../src/search/analysis.js';
import { capitalisedWords, opensSentence } from '../../src/search/nouns.js';
import { loadDev } from '../eval/evaluate.js';

/** capitalisedWords as it was, folding every capitalised word afresh. */
function capitalisedAfresh(text: string): { capitalised: Set<string>; inside: Set<string> } {
  const capitalised = new Set<string>();
  const inside = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/gu)) {
    const opens = opensSentence(text, m.index);
    const folded = fold(m[0]);
    for (const form of [folded.replace(/-/g, ''), ...folded.split('-')]) {
      if (form === '') continue;
      capitalised.add(form);
      if (!opens) inside.add(form);
    }
  }
  return { capitalised, inside };
}

describe('words remembered', () => {
  const questions = loadDev().map((q) => q.q);
  const words = [...new Set(questions.flatMap((q) => q.split(/\s+/)))];
  const odd = ['Online-Seminare', '-Seminar-', 'Ärzte-Kammer', 'STRASSE', 'Straße', 'Koordinator:innen', 'e\u0301', '', '--', 'Ｋöln'];

  it('folds a word as foldText does', () => {
    expect(words.length).toBeGreaterThan(5_000);
    for (let round = 0; round < 2; round++) for (const word of [...words, ...odd]) expect(foldWord(word), word).toBe(foldText(word));
  });

  it('finds the capitalised words and their forms as folding each afresh did', () => {
    for (let round = 0; round < 2; round++) {
      for (const text of [...questions, ...odd, odd.join(' '), words.slice(0, 6_000).join(' ')]) {
        const { capitalised, inside } = capitalisedWords(text);
        const afresh = capitalisedAfresh(text);
        expect([...capitalised], text).toEqual([...afresh.capitalised]);
        expect([...inside], text).toEqual([...afresh.inside]);
      }
    }
  });
});
