// Typo look-up that scales with the vocabulary (SymSpell, Wolf Garbe 2012): every index word is
// stored under each string it becomes by deleting up to maxEdits letters; a query word's own deletions
// then meet those of every word within maxEdits edits. Built once per knowledge generation, so a
// look-up costs a few dozen map probes instead of walking lunr's token set with an edit automaton.
import { editDistance } from './editDistance.js';
import { runSteps, type Steps } from './steps.js';

/** A set of words that answers "which of my words are within n edits of this one?". */
export interface FuzzyWordSet {
  has(word: string): boolean;
  /** Words within editDistance (Damerau–Levenshtein, optimal string alignment) of word, sorted. */
  near(word: string, editDistance: number): string[];
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
}

/** Every distinct string made by deleting up to `edits` letters from word (word itself included). */
function deletions(word: string, edits: number): Set<string> {
  const all = new Set([word]);
  let level = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!all.has(shorter)) {
          all.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return all;
}

export function deletionDictionary(words: Iterable<string>, options: DeletionDictionaryOptions = {}): FuzzyWordSet {
  return runSteps(deletionDictionarySteps(words, options));
}

/** The same, built in steps (a reload builds it in slices). */
export function* deletionDictionarySteps(words: Iterable<string>, options: DeletionDictionaryOptions = {}): Steps<FuzzyWordSet> {
  const maxEdits = options.maxEdits ?? 2;
  const maxLength = options.maxLength ?? 20;
  const prefixLength = options.prefixLength ?? 7;
  const members = new Set(words);
  // deletion → the words it comes from; most keys have one word, so a string stands for a list of one.
  const byDeletion = new Map<string, string | string[]>();
  let count = 0;
  for (const word of members) {
    if (++count % 100 === 0) yield;
    if (word.length > maxLength) continue;
    for (const key of deletions(word.slice(0, prefixLength), maxEdits)) {
      const found = byDeletion.get(key);
      if (found === undefined) byDeletion.set(key, word);
      else if (typeof found === 'string') byDeletion.set(key, [found, word]);
      else found.push(word);
    }
  }

  function near(word: string, edits: number): string[] {
    const budget = Math.min(edits, maxEdits);
    if (budget < 0 || word.length > maxLength + budget) return [];
    const result = new Set<string>();
    const checked = new Set<string>();
    for (const key of deletions(word.slice(0, prefixLength), budget)) {
      const found = byDeletion.get(key);
      if (found === undefined) continue;
      for (const candidate of typeof found === 'string' ? [found] : found) {
        if (checked.has(candidate)) continue;
        checked.add(candidate);
        if (Math.abs(candidate.length - word.length) <= budget && editDistance(word, candidate) <= budget) result.add(candidate);
      }
    }
    return [...result].sort();
  }

  return { has: (word) => members.has(word), near, size: members.size };
}
