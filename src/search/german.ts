// lunr with the German Snowball stemmer of lunr-languages registered once. Everything in
// src/search that needs lunr imports it from here, so the plug-in is loaded exactly once.
import { deletionDictionarySteps, type FuzzyWordSet } from './symspell.js';
import { runSteps, type Steps } from './steps.js';
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

export type { FuzzyWordSet } from './symspell.js';

/**
 * A set of words that answers "which of my words are within n edits of this one?" — the deletion
 * dictionary, not lunr's TokenSet.fromFuzzyString: an edit automaton grows with the square of the
 * word's length, so one 1,500-letter "word" took seconds and gigabytes. Typo look-up stops at 40 letters.
 */
export function fuzzyWordSet(words: Iterable<string>): FuzzyWordSet {
  return runSteps(fuzzyWordSetSteps(words));
}

/** The same, in steps (a reload builds it in slices). */
export function fuzzyWordSetSteps(words: Iterable<string>): Steps<FuzzyWordSet> {
  return deletionDictionarySteps(words, { maxLength: 40 });
}
