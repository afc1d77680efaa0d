// A deletion dictionary keeps each looked-up word's result (every word within the edits, before the
// caller's test) and answers the next look-up of that word from it. This test holds the remembering
// dictionary to one that remembers nothing: the same words in the same order, for every word of every
// dev question and its typo-like variants, each budget and the tests the callers use, asked twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, fold } from '../../src/search/analysis.js';
import { deletionDictionary, type FuzzyWordSet } from '../../src/search/symspell.js';
import { loadDev } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

let pairs: Array<[string, FuzzyWordSet, FuzzyWordSet]>;
let asked: string[];

const ACCEPTS: Array<[string, (word: string) => (candidate: string) => boolean] | [string, undefined]> = [
  ['none', undefined],
  ['same first letter', (word) => (c) => c[0] === word[0]],
  ['same first and last letter', (word) => (c) => c[0] === word[0] && c.at(-1) === word.at(-1)],
  ['same first letter, 3+ letters', (word) => (c) => c[0] === word[0] && c.length >= 3],
  ['same first letter, 4+ letters', (word) => (c) => c[0] === word[0] && c.length >= 4],
];

beforeAll(async () => {
  const knowledge = await shippedKnowledge();
  const texts = [...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, ...f.tags, f.answer]), ...knowledge.seminars.flatMap((s) => [s.title, s.summary, s.description])];
  const stems = [...new Set(texts.flatMap((t) => analyze(t)))];
  const folded = [...new Set(texts.flatMap((t) => fold(t).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0))];
  const make = (words: string[], options: { maxEdits?: number; maxLength?: number }) =>
    [deletionDictionary(words, { ...options, rememberedWords: 0 }), deletionDictionary(words, options), deletionDictionary(words, { ...options, rememberedWords: 7 })] as const;
  const [stemsFresh, stemsKept, stemsSmall] = make(stems, { maxEdits: 2, maxLength: 22 });
  const [formsFresh, formsKept, formsSmall] = make(folded, { maxLength: 40 });
  pairs = [
    ['stems', stemsFresh, stemsKept],
    ['stems, 7 remembered', stemsFresh, stemsSmall],
    ['folded words', formsFresh, formsKept],
    ['folded words, 7 remembered', formsFresh, formsSmall],
  ];
  const words = new Set(loadDev().flatMap((q) => fold(q.q).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3));
  // Typo-like variants: a letter dropped, two swapped, one doubled.
  asked = [...words].flatMap((w) => [w, w.slice(0, 1) + w.slice(2), w.length > 3 ? w.slice(0, 2) + (w[3] ?? '') + (w[2] ?? '') + w.slice(4) : w, w + (w.at(-1) ?? '')]);
});

describe('typo look-up that remembers its words', () => {
  it('finds what a look-up without memory finds, for every budget and caller test, the second time too', () => {
    let compared = 0;
    for (const round of [1, 2]) {
      for (const [name, fresh, kept] of pairs) {
        for (const word of asked) {
          for (const edits of [0, 1, 2]) {
            for (const [test, accept] of ACCEPTS) {
              const expected = fresh.near(word, edits, accept?.(word));
              const got = kept.near(word, edits, accept?.(word));
              if (got.length !== expected.length || got.some((w, i) => w !== expected[i])) expect.fail(`${name}: ${word} within ${edits} (${test}), round ${round}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(200_000);
  });

  it('hands each caller a list of its own', () => {
    const [, , kept] = pairs[0] as [string, FuzzyWordSet, FuzzyWordSet];
    const first = kept.near('seminr', 1);
    first.push('changed');
    expect(kept.near('seminr', 1)).not.toContain('changed');
  });
});
