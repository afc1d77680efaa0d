// Phrasing similarity: a question worded like one of a document's sentences scores by the Dice
// similarity of their stems, against the document's closest sentence.
import { describe, expect, it } from 'vitest';
import { phrasingIndexSteps } from '../../src/search/phrasing.js';
import { runSteps } from '../../src/search/steps.js';

const index = runSteps(
  phrasingIndexSteps([
    [new Set(['was', 'kost', 'seminar']), new Set(['preis', 'fortbild'])],
    [new Set(['wie', 'meld', 'ich', 'mich', 'an'])],
    [],
  ]),
);
const question = (...words: string[][]) => words.map((forms) => new Set(forms));

describe('phrasing similarity', () => {
  it('scores 2 · matched words / (question words + sentence stems) with the closest sentence', () => {
    const score = index.forQuestion(question(['was'], ['kost'], ['ein'], ['seminar']));
    // 3 of 4 question words in a sentence of 3 stems: 6 / 7; the other sentence shares nothing.
    expect(score(0)).toBeCloseTo(6 / 7, 12);
    expect(score(1)).toBe(0);
  });

  it('counts a question word once per sentence, however many of its forms the sentence has', () => {
    // "Preise" stands for preis and, as a synonym, fortbild: both are in the sentence, one word matched.
    const score = index.forQuestion(question(['preis', 'fortbild'], ['wann']));
    expect(score(0)).toBeCloseTo((2 * 1) / (2 + 2), 12);
    // Asked again, the same document gets the same score (nothing is left marked from before).
    expect(score(0)).toBeCloseTo(0.5, 12);
  });

  it('counts a word the question repeats each time, and gives 0 to an empty question or a document without sentences', () => {
    expect(index.forQuestion(question(['meld'], ['meld']))(1)).toBeCloseTo((2 * 2) / (2 + 5), 12);
    expect(index.forQuestion([])(0)).toBe(0);
    expect(index.forQuestion(question(['was']))(2)).toBe(0);
  });
});
