// Phrasing scores a question through the sentences of each of its stems when that is less work than
// walking the stems of the documents asked about (phrasing.ts). This test holds scoring by stem to the
// walk (as it was before) on random documents and questions from fixed seeds, and on the shipped
// knowledge's sentences with every dev question: the same score for every document, to the last bit.
import { describe, expect, it } from 'vitest';
import { stem, words } from '../../src/search/analysis.js';
import { documentsOf } from '../../src/search/documents.js';
import { phrasingIndexSteps } from '../../src/search/phrasing.js';
import { runSteps } from '../../src/search/steps.js';
import { loadDev } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

type Sentences = ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;

/** Asks both indexes every question about every document; returns how many scores were compared. */
function compare(sentencesByDoc: Sentences, questions: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>, depth: number): number {
  const walked = runSteps(phrasingIndexSteps(sentencesByDoc, { depth, byStem: false }));
  const scored = runSteps(phrasingIndexSteps(sentencesByDoc, { depth }));
  let compared = 0;
  for (const question of questions) {
    const expected = walked.forQuestion(question);
    const got = scored.forQuestion(question);
    // Both asked again afterwards: nothing of one question may be left over for the next.
    for (const round of [1, 2]) {
      for (let doc = 0; doc < sentencesByDoc.length; doc++) {
        if (!Object.is(got(doc), expected(doc))) expect.fail(`document ${doc}, question ${JSON.stringify(question.map((f) => [...f]))}, round ${round}: ${got(doc)} ≠ ${expected(doc)}`);
        compared++;
      }
    }
  }
  return compared;
}

/** Random documents and questions: documents without sentences, sentences of one stem, question words with several forms, none, or repeated. */
function randomCase(seed: number, documents: number, vocabulary: number): { docs: Sentences; questions: Array<Array<Set<string>>> } {
  const random = seeded(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const term = () => `s${pick(vocabulary)}`;
  const docs = Array.from({ length: documents }, () => Array.from({ length: pick(6) }, () => new Set(Array.from({ length: 1 + pick(8) }, term))));
  const questions = Array.from({ length: 300 }, () => {
    const question = Array.from({ length: pick(7) }, () => new Set(Array.from({ length: pick(4) }, () => (random() < 0.2 ? `x${pick(5)}` : term()))));
    if (question.length > 1 && random() < 0.2) question.push(question[0] as Set<string>);
    return question;
  });
  return { docs, questions };
}

/** Seed, documents, distinct stems, depth (0: only questions none of whose stems the documents have go by stem). */
const CASES: Array<[number, number, number, number]> = [
  [1, 40, 30, 50],
  [2, 120, 60, 50],
  [3, 120, 15, 5],
  [4, 7, 200, 0],
];

describe('phrasing scored by stem', () => {
  for (const [seed, documents, vocabulary, depth] of CASES) {
    it(`gives what the walk gives on random documents (seed ${seed}, ${documents} documents, ${vocabulary} stems, depth ${depth})`, () => {
      const { docs, questions } = randomCase(seed, documents, vocabulary);
      expect(compare(docs, questions, depth)).toBe(questions.length * documents * 2);
    });
  }

  it('gives what the walk gives on the shipped knowledge, for every dev question', async () => {
    const knowledge = await shippedKnowledge();
    const docs = documentsOf(knowledge).map((d) => d.sentences);
    // The question as the search makes it: each word its stem (synonym forms aside).
    const questions = loadDev().map((q) => words(q.q, 64, true).map((w) => new Set([stem(w.text)])));
    expect(compare(docs, questions, 50)).toBeGreaterThan(100_000);
  });
});
