// The evidence walks a concept's terms only for a document that has one of them (evidence.ts). This
// test holds the gated evidence to the walk everywhere (as it was before the gate) on random documents
// and questions from a fixed seed: the same coverage and explained share, to the last bit.
import { describe, expect, it } from 'vitest';
import { fieldNames, type FieldName } from '../../src/search/documents.js';
import { creditTableSteps, evidenceOf, type EvidenceOptions } from '../../src/search/evidence.js';
import type { NounMarks } from '../../src/search/nouns.js';
import type { Concept } from '../../src/search/query.js';
import { runSteps } from '../../src/search/steps.js';

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const FIELD_CREDIT: Record<FieldName, number> = { title: 1, alt: 1, tags: 0.9, parts: 0.75, body: 0.45 };

describe('the evidence gate', () => {
  it.each([
    { seed: 1, documents: 40, vocabulary: 30, depth: 50 },
    { seed: 2, documents: 120, vocabulary: 60, depth: 50 },
    { seed: 3, documents: 120, vocabulary: 15, depth: 5 },
    { seed: 4, documents: 7, vocabulary: 200, depth: 50 },
  ])('gives what the walk everywhere gives (seed $seed, $documents documents, $vocabulary terms, depth $depth)', ({ seed, documents, vocabulary, depth }) => {
    const random = seeded(seed);
    const pick = (n: number) => Math.floor(random() * n);
    const term = () => `t${pick(vocabulary)}`;
    const docs = Array.from({ length: documents }, () => ({
      fields: Object.fromEntries(fieldNames.map((f) => [f, Array.from({ length: pick(6) }, term)])) as Record<FieldName, string[]>,
    }));
    const table = runSteps(creditTableSteps(docs, fieldNames, FIELD_CREDIT));
    let compared = 0;
    for (let q = 0; q < 300; q++) {
      const concepts: Concept[] = Array.from({ length: 1 + pick(5) }, (_, i) => ({
        word: `w${i}`,
        // Some alternatives the documents never use, weights with ties, and now and then none at all.
        alternatives: new Map(Array.from({ length: pick(12) }, () => [random() < 0.2 ? `x${pick(5)}` : term(), [1, 0.9, 0.75, 0.5, random()][pick(5)] as number])),
        idf: random() < 0.1 ? 0 : random() * 5,
      }));
      const nouns: NounMarks = { marked: random() < 0.5, capitalised: new Set(), inside: new Set(random() < 0.5 ? ['w0', 'w2'] : []) };
      const options: EvidenceOptions = { explainedCredit: [0.3, 0, 0.45][pick(3)] as number, unmatchedKnownWord: 0.5, depth };
      const gated = evidenceOf(table, concepts, nouns, options);
      const walked = evidenceOf(table, concepts, nouns, options, false);
      for (let doc = 0; doc < documents; doc++) {
        const a = gated(doc);
        const b = walked(doc);
        if (!Object.is(a.coverage, b.coverage) || !Object.is(a.explained, b.explained)) expect.fail(`question ${q}, document ${doc}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
        compared++;
      }
    }
    expect(compared).toBe(300 * documents);
  });
});
