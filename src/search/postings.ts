// The BM25 postings the scorer reads (term → documents and weights), computed straight from the
// analysed documents with lunr's formula, rounding and field boosts — without lunr's Builder. The
// Builder kept an object per term, per field of a term and per document of a field, plus a vector
// object per field: tens of thousands of small objects that a reload built on the main thread while
// turns were answered, each of them copied by the garbage collector's scavenges before it could be
// dropped. Here the counts go into typed arrays and the result is one array of documents and one of
// weights for all terms. Identical to the postings taken from a lunr index (test/search/scorer.test.ts).
import type { Steps } from './steps.js';

/** Documents and their weights for every term, in compressed-row form. */
export interface Postings {
  /** Document refs by document number. */
  refs: string[];
  /** Term → its number; the term's entries are start[t] up to start[t + 1]. */
  terms: Map<string, number>;
  start: Int32Array;
  /** Document numbers, ascending per term. */
  docs: Int32Array;
  /** The term's BM25 weight in the document, summed over its fields (in field order). */
  weights: Float64Array;
}

export interface PostingsDocument {
  ref: string;
  fields: Readonly<Record<string, readonly string[]>>;
}

export interface PostingsField {
  name: string;
  boost: number;
}

/** lunr's BM25 parameters (lunr.Builder's defaults). */
const K1 = 1.2;
const B = 0.75;
/** Documents per step of a build in slices. */
const DOCUMENTS_PER_STEP = 8;

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** lunr.idf: "documents with the term" counts a document once per field that has it, as lunr does. */
function idfOf(fieldsWithTerm: number, documentCount: number): number {
  const x = (documentCount - fieldsWithTerm + 0.5) / (fieldsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

export function* postingsSteps(documents: readonly PostingsDocument[], fields: readonly PostingsField[]): Steps<Postings> {
  const fieldCount = fields.length;
  let tokens = 0;
  for (const doc of documents) for (const field of fields) tokens += doc.fields[field.name]?.length ?? 0;

  // One entry per (document, field, term), in document, field and first-occurrence order.
  const entryTerm = new Int32Array(tokens);
  const entryField = new Int32Array(tokens);
  const entryDoc = new Int32Array(tokens);
  const entryTf = new Int32Array(tokens);
  const fieldLength = new Int32Array(documents.length * fieldCount);
  const fieldLengthSum = new Float64Array(fieldCount);
  const terms = new Map<string, number>();
  // Per term: in how many fields of all documents it occurs, and its latest entry (to count tf).
  let fieldsWithTerm = new Int32Array(64);
  let latestEntry = new Int32Array(64);
  let entries = 0;
  for (let d = 0; d < documents.length; d++) {
    if (d % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
    const doc = documents[d] as PostingsDocument;
    for (let f = 0; f < fieldCount; f++) {
      const list = doc.fields[(fields[f] as PostingsField).name] ?? [];
      fieldLength[d * fieldCount + f] = list.length;
      fieldLengthSum[f] = (fieldLengthSum[f] as number) + list.length;
      const firstEntry = entries;
      for (const raw of list) {
        // lunr's tokenizer lower-cases every array element; our terms are lower case already.
        const term = String(raw).toLowerCase();
        let t = terms.get(term);
        if (t === undefined) {
          t = terms.size;
          terms.set(term, t);
          if (t >= fieldsWithTerm.length) {
            fieldsWithTerm = grow(fieldsWithTerm);
            latestEntry = grow(latestEntry);
          }
          latestEntry[t] = -1;
        }
        let e = latestEntry[t] as number;
        if (e < firstEntry) {
          e = entries;
          latestEntry[t] = e;
          entryTerm[e] = t;
          entryField[e] = f;
          entryDoc[e] = d;
          entryTf[e] = 0;
          fieldsWithTerm[t] = (fieldsWithTerm[t] as number) + 1;
          entries++;
        }
        entryTf[e] = (entryTf[e] as number) + 1;
      }
    }
  }
  yield;

  const documentCount = documents.length;
  const termCount = terms.size;
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = idfOf(fieldsWithTerm[t] as number, documentCount);
  const averageLength = fields.map((_f, i) => (fieldLengthSum[i] as number) / documentCount);

  // Documents per term (a term in several fields of a document is one posting), then their places.
  const lastDoc = new Int32Array(termCount).fill(-1);
  const start = new Int32Array(termCount + 1);
  for (let e = 0; e < entries; e++) {
    const t = entryTerm[e] as number;
    if (lastDoc[t] === entryDoc[e]) continue;
    lastDoc[t] = entryDoc[e] as number;
    start[t + 1] = (start[t + 1] as number) + 1;
  }
  for (let t = 0; t < termCount; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  yield;

  const docs = new Int32Array(start[termCount] as number);
  const weights = new Float64Array(start[termCount] as number);
  const filled = start.slice(0, termCount);
  lastDoc.fill(-1);
  for (let e = 0; e < entries; e++) {
    if (e % 2000 === 1999) yield;
    const t = entryTerm[e] as number;
    const d = entryDoc[e] as number;
    const f = entryField[e] as number;
    const tf = entryTf[e] as number;
    // lunr's createFieldVectors, term by term: the same expression, boost and rounding.
    let score = ((idf[t] as number) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * ((fieldLength[d * fieldCount + f] as number) / (averageLength[f] as number))) + tf);
    score *= (fields[f] as PostingsField).boost || 1;
    const weight = Math.round(score * 1000) / 1000;
    if (lastDoc[t] !== d) {
      lastDoc[t] = d;
      const at = filled[t] as number;
      filled[t] = at + 1;
      docs[at] = d;
      weights[at] = 0 + weight;
    } else {
      const at = (filled[t] as number) - 1;
      weights[at] = (weights[at] as number) + weight;
    }
  }
  return { refs: documents.map((d) => d.ref), terms, start, docs, weights };
}
