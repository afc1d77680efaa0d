// Splits German compounds into words the knowledge base itself uses: "Öffentlichkeitsarbeitsseminar"
// → Öffentlichkeitsarbeit + Seminar, "Fördermittelantrag" → Fördermittel + Antrag. The dictionary is
// the index's own vocabulary (folded words and their stems): it needs no external word list, knows
// every domain word, and a split can only ever produce words that will match something.
import { runSteps, type Steps } from './steps.js';

export interface Decompounder {
  /** The parts of a folded word, or undefined when it is not a compound of known words. */
  split(word: string): string[] | undefined;
}

export interface DecompounderOptions {
  /** Shortest part; shorter ones ("amt", "rat") split too eagerly. Default 4. */
  minPart?: number;
  /** Longest word considered; longer input is not split. Default 40. */
  maxWord?: number;
}

// Fugenelemente: Inklusion-s-projekt, Kommune-n-verwaltung, Tag-es-ordnung, Hund-e-hütte.
const linkingElements = ['', 's', 'n', 'es', 'en', 'e'];

/**
 * @param words folded dictionary words
 * @param stem the stemmer, so that non-final parts may be stems ("Förder"-mittel, "Anmelde"-schluss)
 */
export function createDecompounder(words: Iterable<string>, stem: (word: string) => string, options: DecompounderOptions = {}): Decompounder {
  return runSteps(decompounderSteps(words, stem, options));
}

/** The same, built in steps (a reload builds it in slices). */
export function* decompounderSteps(words: Iterable<string>, stem: (word: string) => string, options: DecompounderOptions = {}): Steps<Decompounder> {
  const minPart = options.minPart ?? 4;
  const maxWord = options.maxWord ?? 40;
  const heads = new Set<string>();
  const tailStems = new Set<string>();
  let count = 0;
  for (const word of words) {
    if (++count % 200 === 0) yield;
    if (word.length < minPart || /\d/.test(word)) continue;
    heads.add(word);
    const stemmed = stem(word);
    if (stemmed.length >= minPart) heads.add(stemmed);
    tailStems.add(stemmed);
  }
  const isTail = (part: string) => part.length >= minPart && (tailStems.has(part) || tailStems.has(stem(part)));

  function split(word: string): string[] | undefined {
    const n = word.length;
    if (n < 2 * minPart || n > maxWord || !/^[a-z]+$/.test(word)) return undefined;
    // best(i): fewest parts that spell word[i..]; ties keep the longer first part. Worked out only for
    // the positions that a known head reaches from the start (memoised; null = not yet): whether the
    // rest from a position is a tail costs a stem, and most positions are never reached.
    const memo = new Array<string[] | undefined | null>(n + 1).fill(null);
    const best = (i: number): string[] | undefined => {
      if (i > n - minPart) return undefined;
      const known = memo[i];
      if (known !== null) return known;
      let chosen: string[] | undefined;
      const tail = word.slice(i);
      if (i > 0 && isTail(tail)) chosen = [tail];
      for (let j = n - minPart; j >= i + minPart; j--) {
        const head = word.slice(i, j);
        if (!heads.has(head)) continue;
        for (const link of linkingElements) {
          const next = j + link.length;
          if (word.slice(j, next) !== link) continue;
          const rest = best(next);
          if (rest === undefined) continue;
          if (chosen === undefined || rest.length + 1 < chosen.length) chosen = [head, ...rest];
        }
      }
      memo[i] = chosen;
      return chosen;
    };
    const parts = best(0);
    return parts !== undefined && parts.length >= 2 ? parts : undefined;
  }

  return { split };
}
