// The term scorer ranks exactly as lunr's own Index.query did for the same boosted term clauses, so
// replacing the query call changes speed, not results.
import { beforeAll, describe, expect, it } from 'vitest';
import { stem, words } from '../../src/search/analysis.js';
import { documentsOf, fieldNames } from '../../src/search/documents.js';
import { lunr } from '../../src/search/german.js';
import { termScorer, type TermScorer } from '../../src/search/scorer.js';
import { loadQuestions } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

let index: lunr.Index;
let scorer: TermScorer;
beforeAll(async () => {
  const builder = new lunr.Builder();
  builder.ref('ref');
  fieldNames.forEach((field, i) => builder.field(field, { boost: 1 + i }));
  builder.metadataWhitelist = [];
  for (const doc of documentsOf(await shippedKnowledge())) builder.add({ ref: doc.ref, ...doc.fields });
  index = builder.build();
  scorer = termScorer(index);
});

describe('term scorer', () => {
  it('gives every eval question the same documents, order and scores as lunr Index.query', () => {
    const { questions } = loadQuestions();
    let compared = 0;
    for (const [n, question] of questions.entries()) {
      const clauses = [...new Set(words(question.q, 32).map((w) => stem(w.text)))].filter((t) => scorer.has(t)).map((t, i): [string, number] => [t, 0.4 + ((n + i) % 7) / 10]);
      if (clauses.length === 0) continue;
      compared++;
      const expected = index.query((q) => {
        for (const [term, boost] of clauses) q.term(term, { boost, usePipeline: false });
      });
      const found = scorer.score(clauses);
      expect(found.map((r) => r.ref).sort()).toEqual(expected.map((r) => r.ref).sort());
      expect(found.map((r) => r.score)).toEqual(expected.map((r) => expect.closeTo(r.score, 9)));
      // Rank order agrees wherever lunr's scores are not tied.
      for (let i = 1; i < expected.length; i++) {
        if ((expected[i - 1] as { score: number }).score - (expected[i] as { score: number }).score > 1e-9) expect(found.findIndex((r) => r.ref === expected[i - 1]?.ref)).toBeLessThan(found.findIndex((r) => r.ref === expected[i]?.ref));
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('finds nothing for terms the index does not have, and never divides by zero', () => {
    expect(scorer.score([['gibtsnicht', 1]])).toEqual([]);
    expect(scorer.score([])).toEqual([]);
  });
});
