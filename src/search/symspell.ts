// Typo look-up that scales with the vocabulary (SymSpell, Wolf Garbe 2012): every index word is
// stored under each string it becomes by deleting up to maxEdits letters; a query word's own deletions
// then meet those of every word within maxEdits edits. Built once per knowledge generation, so a
// look-up costs a few dozen probes instead of walking lunr's token set with an edit automaton.
//
// The deletions are never made as strings: each is stored as a 32-bit hash of the letters it keeps,
// in a chained hash table of typed arrays. A dictionary of 1,500 words has ~40,000 deletions; as map
// keys they were ~2 MB of small strings that a reload built while turns were being answered, and that
// every garbage collection in between had to copy. A hash collision only adds a candidate, and every
// candidate is checked against the whole word with the edit distance, so the words found are the same.
import { editDistance } from './editDistance.js';
import { runSteps, type Steps } from './steps.js';

/** A set of words that answers "which of my words are within n edits of this one?". */
export interface FuzzyWordSet {
  has(word: string): boolean;
  /**
   * Words within editDistance (Damerau–Levenshtein, optimal string alignment) of word, sorted; with
   * `accept`, only the words it accepts, asked before the distance is worked out (most callers want
   * the same first letter, and the distance was most of a look-up's cost).
   */
  near(word: string, editDistance: number, accept?: (candidate: string) => boolean): string[];
  size: number;
}

export interface DeletionDictionaryOptions {
  /** Largest edit distance a look-up may ask for. Default 2. */
  maxEdits?: number;
  /** Words longer than this are stored but never found by near(): typo look-up stops there. Default 20. */
  maxLength?: number;
  /** Only the first this many letters are indexed by their deletions (SymSpell's prefix length): far
   * fewer keys, the same words found, as every candidate is checked against the whole word. Default 7. */
  prefixLength?: number;
  /**
   * How many looked-up words keep their result (all words within the edits, before `accept`), so that
   * the next look-up of the same word filters a short list instead of probing and measuring again: a
   * turn asks several sets about the same few words ("kostet" six times, "seminar" four). Cleared when
   * full. Default 2,000; 0 remembers nothing (the test that holds one to the other).
   */
  rememberedWords?: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hashes of one word's deletions; shared scratch space, filled and read within one call. */
let scratch = new Uint32Array(64);
let scratchLength = 0;

/** Keeps or deletes each of the letters from `at` on, hashing as it goes (FNV-1a over the kept letters). */
function addDeletions(word: string, at: number, length: number, edits: number, hash: number): void {
  if (at === length) {
    if (scratchLength === scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[scratchLength++] = hash >>> 0;
    return;
  }
  addDeletions(word, at + 1, length, edits, Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME));
  if (edits > 0) addDeletions(word, at + 1, length, edits - 1, hash);
}

/**
 * The hashes of every string made by deleting up to `edits` of the first `length` letters of word
 * (nothing deleted included), in scratch[0 .. the count returned). The same string reached by
 * deleting different letters ("seminaar") comes more than once; a look-up skips words it has seen.
 */
function deletionHashes(word: string, length: number, edits: number): number {
  scratchLength = 0;
  addDeletions(word, 0, length, edits, FNV_OFFSET);
  return scratchLength;
}

/** How many deletion hashes a word of this prefix length has: the sum of (length choose e) for e ≤ edits. */
function deletionCount(length: number, edits: number): number {
  let count = 0;
  let choose = 1;
  for (let e = 0; e <= Math.min(edits, length); e++) {
    count += choose;
    choose = (choose * (length - e)) / (e + 1);
  }
  return count;
}

export function deletionDictionary(words: Iterable<string>, options: DeletionDictionaryOptions = {}): FuzzyWordSet {
  return runSteps(deletionDictionarySteps(words, options));
}

/** Words per step of a build in slices. */
const WORDS_PER_STEP = 200;

/** The same, built in steps (a reload builds it in slices). */
export function* deletionDictionarySteps(words: Iterable<string>, options: DeletionDictionaryOptions = {}): Steps<FuzzyWordSet> {
  const maxEdits = options.maxEdits ?? 2;
  const maxLength = options.maxLength ?? 20;
  const prefixLength = options.prefixLength ?? 7;
  const rememberedWords = options.rememberedWords ?? 2000;
  const members = new Set(words);
  const indexed = [...members].filter((word) => word.length <= maxLength);
  let capacity = 0;
  for (const word of indexed) capacity += deletionCount(Math.min(word.length, prefixLength), maxEdits);
  // A chained hash table: head[bucket] is the first entry, next[entry] the one after it; -1 ends a chain.
  let buckets = 1;
  while (buckets < capacity) buckets *= 2;
  const mask = buckets - 1;
  const head = new Int32Array(buckets).fill(-1);
  const next = new Int32Array(capacity);
  const hashOf = new Uint32Array(capacity);
  const wordOf = new Int32Array(capacity);
  let entries = 0;
  for (let w = 0; w < indexed.length; w++) {
    if (w % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    const word = indexed[w] as string;
    const count = deletionHashes(word, Math.min(word.length, prefixLength), maxEdits);
    for (let i = 0; i < count; i++) {
      const hash = scratch[i] as number;
      hashOf[entries] = hash;
      wordOf[entries] = w;
      next[entries] = head[hash & mask] as number;
      head[hash & mask] = entries;
      entries++;
    }
  }

  // Candidates already looked at in this look-up: marked with the look-up's number, so nothing is cleared.
  const lookedAt = new Uint32Array(indexed.length);
  let lookUp = 0;

  /** Per edit budget, word → every word within it, sorted; what `accept` then keeps is asked of that list. */
  const remembered = [new Map<string, string[]>(), new Map<string, string[]>(), new Map<string, string[]>()];
  let rememberedCount = 0;

  function near(word: string, edits: number, accept?: (candidate: string) => boolean): string[] {
    const budget = Math.min(edits, maxEdits);
    if (budget < 0 || word.length > maxLength + budget || indexed.length === 0) return [];
    const kept = rememberedWords > 0 ? remembered[budget] : undefined;
    if (kept === undefined) return found(word, budget, accept);
    let all = kept.get(word);
    if (all === undefined) {
      if (rememberedCount >= rememberedWords) {
        for (const map of remembered) map.clear();
        rememberedCount = 0;
      }
      all = found(word, budget, undefined);
      kept.set(word, all);
      rememberedCount++;
    }
    // A filter of the sorted list is sorted: the same words in the same order as asking with `accept`.
    return accept === undefined ? all.slice() : all.filter(accept);
  }

  function found(word: string, budget: number, accept: ((candidate: string) => boolean) | undefined): string[] {
    lookUp = (lookUp + 1) >>> 0;
    if (lookUp === 0) {
      lookedAt.fill(0);
      lookUp = 1;
    }
    const result: string[] = [];
    const count = deletionHashes(word, Math.min(word.length, prefixLength), budget);
    for (let i = 0; i < count; i++) {
      const hash = scratch[i] as number;
      for (let e = head[hash & mask] as number; e !== -1; e = next[e] as number) {
        if (hashOf[e] !== hash) continue;
        const w = wordOf[e] as number;
        if (lookedAt[w] === lookUp) continue;
        lookedAt[w] = lookUp;
        const candidate = indexed[w] as string;
        if (Math.abs(candidate.length - word.length) <= budget && (accept === undefined || accept(candidate)) && editDistance(word, candidate) <= budget) result.push(candidate);
      }
    }
    return result.sort();
  }

  return { has: (word) => members.has(word), near, size: members.size };
}
