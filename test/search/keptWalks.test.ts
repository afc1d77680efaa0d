// The evidence keeps each concept's walk (its alternatives as arrays, strongest first, and the documents
// marked) with the concept, for later questions that share it (a word's concept is shared, query.ts).
// This test holds evidence from kept walks to evidence from the same concepts made anew (fresh objects,
// nothing kept) and to the walk everywhere: concepts shared by many questions, in other company, with
// other noun marks, under two credit tables and two depths, to the last bit. A walk used again also keeps each
// document's credit (evidence.ts, keptCredits): asked twice per question here, from the second time on it is read.
import { describe, expect, it } from 'vitest';
import { fieldNames, type FieldName } from '../../src/search/documents.js';
import { creditTableSteps, evidenceOf, type CreditTable, type EvidenceOptions } from '../../src/search/evidence.js';
import type { NounMarks } from '../../src/search/nouns.js';
import { strongestFirst, type Concept } from '../../src/search/query.js';
import { runSteps } from '../../src/search/steps.js';

function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const CREDIT: Record<FieldName, number> = { title: 1, alt: 1, tags: 0.9, parts: 0.75, body: 0.45 };

describe('kept walks of the evidence', () => {
  it('give what concepts made anew give, and what the walk everywhere gives', () => {
    const random = lcg(7);
    const pick = (n: number) => Math.floor(random() * n);
    const tables: CreditTable[] = [60, 150].map((documents, t) =>
      runSteps(
        creditTableSteps(
          Array.from({ length: documents }, () => ({ fields: Object.fromEntries(fieldNames.map((f) => [f, Array.from({ length: pick(6) }, () => `t${pick(t === 0 ? 40 : 12)}`)])) as Record<FieldName, string[]> })),
          fieldNames,
          CREDIT,
        ),
      ),
    );
    // A pool of concepts that questions share, as words share theirs.
    const pool: Concept[] = Array.from({ length: 40 }, (_, i) => ({
      word: `w${i}`,
      alternatives: new Map(Array.from({ length: pick(10) }, () => [random() < 0.2 ? `x${pick(5)}` : `t${pick(40)}`, [1, 0.9, 0.75, 0.5, random()][pick(5)] as number])),
      idf: random() < 0.1 ? 0 : random() * 5,
    }));
    const anew = (c: Concept): Concept => ({ word: c.word, alternatives: new Map(c.alternatives), idf: c.idf });
    let compared = 0;
    for (let q = 0; q < 600; q++) {
      const table = tables[pick(2)] as CreditTable;
      const concepts = Array.from({ length: 1 + pick(5) }, () => pool[pick(pool.length)] as Concept);
      const nouns: NounMarks = { marked: random() < 0.5, capitalised: new Set(), inside: new Set(random() < 0.5 ? ['w0', 'w2'] : []) };
      const options: EvidenceOptions = { explainedCredit: [0.3, 0, 0.45][pick(3)] as number, unmatchedKnownWord: 0.5, depth: [50, 3][pick(2)] as number };
      const kept = evidenceOf(table, concepts, nouns, options);
      const made = evidenceOf(table, concepts.map(anew), nouns, options);
      const walked = evidenceOf(table, concepts, nouns, options, false);
      const again = evidenceOf(table, concepts, nouns, options);
      for (let doc = 0; doc < table.credits.length; doc++) {
        const [a, b, c] = [kept(doc), made(doc), walked(doc)];
        const d = again(doc);
        if (!Object.is(a.coverage, d.coverage) || !Object.is(a.explained, d.explained)) expect.fail(`question ${q}, document ${doc}, asked again: ${JSON.stringify([a, d])}`);
        if (!Object.is(a.coverage, b.coverage) || !Object.is(a.explained, b.explained) || !Object.is(a.coverage, c.coverage) || !Object.is(a.explained, c.explained)) {
          expect.fail(`question ${q}, document ${doc}: ${JSON.stringify([a, b, c])}`);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50_000);
  });

  it('sorts a concept strongest first, equal weights in their order, the same each time asked', () => {
    const concept: Concept = { word: 'w', alternatives: new Map([['a', 0.5], ['b', 1], ['c', 0.5], ['d', 0.9]]), idf: 1 };
    expect(strongestFirst(concept)).toStrictEqual([['b', 1], ['d', 0.9], ['a', 0.5], ['c', 0.5]]);
    expect(strongestFirst(concept)).toBe(strongestFirst(concept));
  });
});
