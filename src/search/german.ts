// lunr with the German Snowball stemmer of lunr-languages registered once. Everything in
// src/search that needs lunr imports it from here, so the plug-in is loaded exactly once.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';

stemmerSupport(lunr);
german(lunr);

export { lunr };

type TokenFunction = (token: lunr.Token) => lunr.Token | undefined;
const snowball = (lunr as unknown as { de: { stemmer: TokenFunction } }).de.stemmer;

/** The German Snowball stemmer (lunr-languages) applied to one lower-case word. */
export function snowballStem(word: string): string {
  return snowball(new lunr.Token(word, {}))?.toString() ?? word;
}

interface TokenSetStatics {
  fromArray(words: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
}
const tokenSets = lunr.TokenSet as unknown as TokenSetStatics;

/** A set of words that answers "which of my words are within n edits of this one?". */
export interface FuzzyWordSet {
  has(word: string): boolean;
  near(word: string, editDistance: number): string[];
  size: number;
}

export function fuzzyWordSet(words: Iterable<string>): FuzzyWordSet {
  const sorted = [...new Set(words)].sort();
  const members = new Set(sorted);
  const set = tokenSets.fromArray(sorted);
  return {
    has: (word) => members.has(word),
    near: (word, editDistance) => set.intersect(tokenSets.fromFuzzyString(word, editDistance)).toArray(),
    size: sorted.length,
  };
}
