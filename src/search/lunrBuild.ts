// lunr's Builder.build() in steps, and only the parts our scorer reads. build() computes every
// field's BM25 vector in one loop and then a token set of the whole vocabulary (for wildcard and
// fuzzy queries, which we never run: typos go through the deletion dictionary) — one block of
// tens of milliseconds that held up every turn while a reload ran. The vectors here are computed
// exactly as lunr's createFieldVectors does (same formula, same rounding, same order), a few
// fields per step.
import { lunr } from './german.js';
import type { Steps } from './steps.js';

/** What termScorerSteps reads from a lunr index. */
export interface LunrIndexParts {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

interface BuilderInternals {
  invertedIndex: Record<string, { _index: number } & Record<string, unknown>>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  averageFieldLength: Record<string, number>;
  documentCount: number;
  _fields: Record<string, { boost?: number }>;
  _documents: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
  calculateAverageFieldLengths(): void;
}

type IdfFunction = (posting: object, documentCount: number) => number;
const idfOf = (lunr as unknown as { idf: IdfFunction }).idf;
const fieldRefOf = (lunr as unknown as { FieldRef: { fromString(s: string): { fieldName: string; docRef: string } } }).FieldRef.fromString;

/** Field vectors per this many field refs between two yields (~1 ms on the shipped knowledge). */
const FIELDS_PER_STEP = 25;

export function* lunrIndexSteps(builder: lunr.Builder): Steps<LunrIndexParts> {
  const b = builder as unknown as BuilderInternals;
  b.calculateAverageFieldLengths();
  yield;
  const fieldVectors: Record<string, lunr.Vector> = {};
  const idfCache = new Map<string, number>();
  const fieldRefs = Object.keys(b.fieldTermFrequencies);
  for (const [i, key] of fieldRefs.entries()) {
    const fieldRef = fieldRefOf(key);
    const fieldName = fieldRef.fieldName;
    const fieldLength = b.fieldLengths[key] as number;
    const vector = new lunr.Vector([]);
    const frequencies = b.fieldTermFrequencies[key] as Record<string, number>;
    const fieldBoost = b._fields[fieldName]?.boost || 1;
    const docBoost = b._documents[fieldRef.docRef]?.boost || 1;
    for (const term of Object.keys(frequencies)) {
      const tf = frequencies[term] as number;
      const posting = b.invertedIndex[term] as { _index: number };
      let idf = idfCache.get(term);
      if (idf === undefined) {
        idf = idfOf(posting, b.documentCount);
        idfCache.set(term, idf);
      }
      let score = (idf * ((b._k1 + 1) * tf)) / (b._k1 * (1 - b._b + b._b * (fieldLength / (b.averageFieldLength[fieldName] as number))) + tf);
      score *= fieldBoost;
      score *= docBoost;
      vector.insert(posting._index, Math.round(score * 1000) / 1000);
    }
    fieldVectors[key] = vector;
    if (i % FIELDS_PER_STEP === FIELDS_PER_STEP - 1) yield;
  }
  return { invertedIndex: b.invertedIndex, fieldVectors: fieldVectors as unknown as LunrIndexParts['fieldVectors'] };
}
