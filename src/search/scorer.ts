// Scores plain term queries the way lunr's Index.query does (BM25 field vectors, cosine against the
// boosted query vector), straight from postings precomputed once per knowledge generation. Our
// queries are only whole index terms with a boost — no wildcards, fuzziness or presence — so lunr's
// per-clause token-set intersections, match data and field-ref strings are work without a use.
import type { lunr } from './german.js';
import type { Postings } from './postings.js';

export interface ScoredRef {
  ref: string;
  /** The document's number (its place in the postings' refs). */
  doc: number;
  score: number;
}

export interface TermScorer {
  /** Documents containing any of the terms, best first; scores equal lunr's `index.query` for the same term clauses. */
  score(clauses: ReadonlyArray<readonly [term: string, boost: number]>): ScoredRef[];
  has(term: string): boolean;
}

/** What postingsOfLunr reads from a lunr index. */
interface LunrIndexParts {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** A scorer over a lunr index's own field vectors (the reference the postings of postings.ts are checked against). */
export function termScorer(index: lunr.Index): TermScorer {
  return scorerOf(postingsOfLunr(index));
}

/** The postings in a built lunr index: per term and document, the weights of its fields summed in field order. */
export function postingsOfLunr(index: lunr.Index): Postings {
  const { invertedIndex, fieldVectors } = index as unknown as LunrIndexParts;
  const termByIndex: string[] = [];
  for (const [term, posting] of Object.entries(invertedIndex)) termByIndex[posting._index] = term;
  const refs: string[] = [];
  const docOf = new Map<string, number>();
  const collecting = new Map<string, Map<number, number>>();
  for (const [fieldRef, vector] of Object.entries(fieldVectors)) {
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
  const terms = new Map<string, number>();
  const start = new Int32Array(collecting.size + 1);
  const docs: number[] = [];
  const weights: number[] = [];
  for (const [term, byDoc] of collecting) {
    terms.set(term, terms.size);
    for (const [doc, weight] of byDoc) {
      docs.push(doc);
      weights.push(weight);
    }
    start[terms.size] = docs.length;
  }
  return { refs, terms, start, docs: Int32Array.from(docs), weights: Float64Array.from(weights) };
}

export function scorerOf(postings: Postings): TermScorer {
  const { refs, terms, start, docs, weights } = postings;
  const scores = new Float64Array(refs.length);
  const seen = new Uint8Array(refs.length);
  return {
    has: (term) => terms.has(term),
    score(clauses) {
      const touched: number[] = [];
      let squares = 0;
      for (const [term, boost] of clauses) {
        const t = terms.get(term);
        if (t === undefined) continue;
        squares += boost * boost;
        const end = start[t + 1] as number;
        for (let i = start[t] as number; i < end; i++) {
          const doc = docs[i] as number;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touched.push(doc);
          }
          scores[doc] = (scores[doc] as number) + boost * (weights[i] as number);
        }
      }
      const magnitude = Math.sqrt(squares);
      const results = touched.map((doc) => ({ ref: refs[doc] as string, doc, score: (scores[doc] as number) / magnitude }));
      for (const doc of touched) {
        scores[doc] = 0;
        seen[doc] = 0;
      }
      return results.sort((a, b) => b.score - a.score);
    },
  };
}
