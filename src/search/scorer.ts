// Scores plain term queries the way lunr's Index.query does (BM25 field vectors, cosine against the
// boosted query vector), straight from postings precomputed once per knowledge generation. Our
// queries are only whole index terms with a boost — no wildcards, fuzziness or presence — so lunr's
// per-clause token-set intersections, match data and field-ref strings are work without a use.
import type { lunr } from './german.js';
import type { LunrIndexParts } from './lunrBuild.js';
import { runSteps, type Steps } from './steps.js';

export interface ScoredRef {
  ref: string;
  score: number;
}

export interface TermScorer {
  /** Documents containing any of the terms, best first; scores equal lunr's `index.query` for the same term clauses. */
  score(clauses: ReadonlyArray<readonly [term: string, boost: number]>): ScoredRef[];
  has(term: string): boolean;
}

interface Posting {
  docs: Int32Array;
  /** The term's BM25 weight in the document, summed over its fields. */
  weights: Float64Array;
}

export function termScorer(index: lunr.Index): TermScorer {
  return runSteps(termScorerSteps(index));
}

/** The same, built in steps (a reload builds it in slices). */
export function* termScorerSteps(index: lunr.Index | LunrIndexParts): Steps<TermScorer> {
  const { invertedIndex, fieldVectors } = index as unknown as LunrIndexParts;
  const termByIndex: string[] = [];
  for (const [term, posting] of Object.entries(invertedIndex)) termByIndex[posting._index] = term;

  const refs: string[] = [];
  const docOf = new Map<string, number>();
  const collecting = new Map<string, Map<number, number>>();
  let count = 0;
  for (const [fieldRef, vector] of Object.entries(fieldVectors)) {
    if (++count % 50 === 0) yield;
    // lunr's field refs are "field/docRef"; field names never contain "/".
    const ref = fieldRef.slice(fieldRef.indexOf('/') + 1);
    let doc = docOf.get(ref);
    if (doc === undefined) {
      doc = refs.length;
      refs.push(ref);
      docOf.set(ref, doc);
    }
    const elements = vector.elements;
    for (let i = 0; i < elements.length; i += 2) {
      const term = termByIndex[elements[i] as number] as string;
      let weights = collecting.get(term);
      if (!weights) collecting.set(term, (weights = new Map()));
      weights.set(doc, (weights.get(doc) ?? 0) + (elements[i + 1] as number));
    }
  }
  const postings = new Map<string, Posting>();
  for (const [term, weights] of collecting) {
    postings.set(term, { docs: Int32Array.from(weights.keys()), weights: Float64Array.from(weights.values()) });
    if (postings.size % 500 === 0) yield;
  }

  const scores = new Float64Array(refs.length);
  const seen = new Uint8Array(refs.length);
  return {
    has: (term) => postings.has(term),
    score(clauses) {
      const touched: number[] = [];
      let squares = 0;
      for (const [term, boost] of clauses) {
        const posting = postings.get(term);
        if (!posting) continue;
        squares += boost * boost;
        const { docs, weights } = posting;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touched.push(doc);
          }
          scores[doc] = (scores[doc] as number) + boost * (weights[i] as number);
        }
      }
      const magnitude = Math.sqrt(squares);
      const results = touched.map((doc) => ({ ref: refs[doc] as string, score: (scores[doc] as number) / magnitude }));
      for (const doc of touched) {
        scores[doc] = 0;
        seen[doc] = 0;
      }
      return results.sort((a, b) => b.score - a.score);
    },
  };
}
