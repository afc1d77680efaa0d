// The term scorer ranks exactly as lunr's own Index.query did for the same boosted term clauses, so
// replacing the query call changes speed, not results.
import { beforeAll, describe, expect, it } from 'vitest';
import { stem, words } from '../../src/search/analysis.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { documentsOf, fieldNames, type SearchDocument } from '../../src/search/documents.js';
import { lunr } from '../../src/search/german.js';
import { postingsSteps, type Postings } from '../../src/search/postings.js';
import { postingsOfLunr, termScorer, type TermScorer } from '../../src/search/scorer.js';
import { runSteps } from '../../src/search/steps.js';
import { generateCatalogue } from '../bench/catalogue.js';
import { loadQuestions } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

const boosts = fieldNames.map((name, i) => ({ name, boost: 1 + i }));

function lunrIndexOf(documents: SearchDocument[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.ref('ref');
  for (const { name, boost } of boosts) builder.field(name, { boost });
  builder.metadataWhitelist = [];
  for (const doc of documents) builder.add({ ref: doc.ref, ...doc.fields });
  return builder.build();
}

/** Term → its documents and weights, whatever order the terms were numbered in. */
function byTerm(postings: Postings): Map<string, { docs: string[]; weights: number[] }> {
  const out = new Map<string, { docs: string[]; weights: number[] }>();
  for (const [term, t] of postings.terms) {
    const from = postings.start[t] as number;
    const to = postings.start[t + 1] as number;
    out.set(term, { docs: [...postings.docs.subarray(from, to)].map((d) => postings.refs[d] as string), weights: [...postings.weights.subarray(from, to)] });
  }
  return out;
}

let knowledge: Knowledge;
let documents: SearchDocument[];
let index: lunr.Index;
let scorer: TermScorer;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
  documents = documentsOf(knowledge);
  index = lunrIndexOf(documents);
  scorer = termScorer(index);
});

describe('postings without lunr', () => {
  it('are the postings of a lunr index to the last bit: the same terms, documents and weights', () => {
    const ours = runSteps(postingsSteps(documents, boosts));
    expect(ours.refs).toEqual(documents.map((d) => d.ref));
    expect(byTerm(ours)).toEqual(byTerm(postingsOfLunr(index)));
  });

  it('are the same on a generated catalogue with its own vocabulary', () => {
    const catalogue = documentsOf(generateCatalogue(knowledge, 300, 300));
    expect(byTerm(runSteps(postingsSteps(catalogue, boosts)))).toEqual(byTerm(postingsOfLunr(lunrIndexOf(catalogue))));
  });
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
