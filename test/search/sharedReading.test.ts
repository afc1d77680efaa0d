// A message is cut into words once per turn (`readWords`): its reading, the search's plan and phrasing and
// the noun marks read the cut again with their own options. These tests hold that to the way before —
// `words` cutting the text in the same pass as it filtered, and every reader starting from the text — on
// texts over the characters that matter and on every dev question.
import { beforeAll, describe, expect, it } from 'vitest';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import { fold, normalizeGender, readWords, stripGenderEnding, words, wordsOf, type Word } from '../../src/search/analysis.js';
import { buildSearchIndex, type ExplainableSearchIndex } from '../../src/search/index.js';
import { nounMarks, nounMarksOf } from '../../src/search/nouns.js';
import { loadDev } from '../eval/evaluate.js';
import { allTexts, randomTexts } from '../support/texts.js';
import { shippedKnowledge } from './helpers.js';

/**
 * `words` as it was: the cutting and the filter in one pass, stopping at the cap. Which words the filter keeps
 * (stop words, misspelt ones) did not change and is not exported: it is taken from the uncapped reading.
 */
function wordsInOnePass(text: string, maxWords: number, keepStopWords: boolean, typed: boolean): Word[] {
  const keeps = new Set(wordsOf(readWords(text), Number.POSITIVE_INFINITY, keepStopWords, typed).map((w) => w.text));
  const keep = (word: string) => keeps.has(word) || (keepStopWords && word.length > 0 && (word.length > 1 || /\d/.test(word)));
  const out: Word[] = [];
  const folded = fold(normalizeGender(/[\u0080-\uffff]/.test(text) ? text.normalize('NFKC') : text));
  for (const match of folded.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    if (out.length >= maxWords) break;
    const parts = match[0].split('-').map(stripGenderEnding);
    if (parts.length === 1) {
      if (keep(parts[0] as string)) out.push({ text: parts[0] as string });
      continue;
    }
    const kept = parts.filter(keep);
    const joined = stripGenderEnding(parts.join(''));
    const last = kept.pop();
    for (const part of kept) out.push({ text: part });
    out.push(last === undefined ? { text: joined } : { text: last, joined });
  }
  return out;
}

const OPTIONS: Array<[maxWords: number, keepStopWords: boolean, typed: boolean]> = [
  [Number.POSITIVE_INFINITY, false, false],
  [1, true, false],
  [2, false, true],
  [32, false, true],
  [64, false, true],
  [64, true, false],
];

const PIECES = ['Online', '-', 'Seminar', 'e', ' ', 'in', 'nnen', '*', 'Referent', 'die', 'und', 'x', '1', 'Ä', 'ß', 'KoordinatorIn', '--'];

let questions: string[];
let search: ExplainableSearchIndex;

beforeAll(async () => {
  questions = loadDev().map((q) => q.q);
  search = buildSearchIndex(await shippedKnowledge());
});

describe('a text cut into words once', () => {
  it('gives every reader the words it got from the text, with each cap and option', () => {
    let checked = 0;
    for (const text of [...allTexts(PIECES, 3), ...randomTexts(PIECES, 2_000, 40, 7), ...questions]) {
      const reading = readWords(text);
      for (const [max, keep, typed] of OPTIONS) {
        expect(wordsOf(reading, max, keep, typed), JSON.stringify(text)).toStrictEqual(wordsInOnePass(text, max, keep, typed));
        expect(words(text, max, keep, typed)).toStrictEqual(wordsOf(reading, max, keep, typed));
        checked++;
      }
      expect(nounMarksOf(reading)).toStrictEqual(nounMarks(text));
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it('lets the search rank a message as it does from its text, given the utterance’s reading', () => {
    for (const question of questions) {
      const u = readUtterance(question);
      for (const kinds of [undefined, ['seminar' as const]]) {
        const own = search.explain(u.text, { ...(kinds ? { kinds } : {}) });
        expect(search.explain(u.text, { ...(kinds ? { kinds } : {}), reading: u.reading }), question).toStrictEqual(own);
        expect(search.forTurn?.().decide(u.text, { ...(kinds ? { kinds } : {}), reading: u.reading })).toStrictEqual(search.decide(u.text, kinds ? { kinds } : {}));
      }
    }
  });

  it('does not use a reading of another text', () => {
    const other = readWords('Was kostet ein Seminar?');
    expect(search.explain('Online-Seminare im März', { reading: other })).toStrictEqual(search.explain('Online-Seminare im März'));
  });
});
