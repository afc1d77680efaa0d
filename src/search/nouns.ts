// Which words of a message name things. German capitalises nouns: in a message written that way, a
// capitalised word inside a sentence is a noun and a lower-case one is not ("eher", "nochmal", "macht").
// English capitalises only names, and a message typed in lower case says nothing about its nouns.
import { boundedMemo } from '../boundedMemo.js';
import { fold, type WordReading } from './analysis.js';

/** A capital letter after a lower-case word in the same sentence: the writer capitalises nouns. */
const CAPITAL_INSIDE = /\p{Ll}[,;)]?\s+\p{Lu}/u;
/** English function words: a message with them marks no nouns, whatever it capitalises ("an" is German too: "an einer Grundschule"). */
const ENGLISH = /(?<![\p{L}])(?:the|a|my|your|is|are|do|does|did|what|how|who|can|you|i|to|of|for|with)(?![\p{L}])/iu;

export interface NounMarks {
  /** Whether the message marks its nouns with capitals (German written as German). */
  marked: boolean;
  /** The folded capitalised words, joined ("Teams-Passwort" → "teamspasswort") and by part ("teams", "passwort"). */
  capitalised: ReadonlySet<string>;
  /** The same, without the words that open a sentence (capitalised whatever they are: "Lohnt es sich …"). */
  inside: ReadonlySet<string>;
}

/** What ends a sentence, or opens a quotation or parenthesis: a capital after it (and white space) opens something. */
const OPENERS = '.!?:;–"„(';
const SPACE = /\s/u;

/**
 * Whether the word at `index` opens a sentence: it starts the text, or the last character before it
 * that is no white space is one of OPENERS — what `/(?:^|[.!?:;–]\s*|["„(]\s*)$/u` says of the text
 * before it, without running that pattern over the whole text before every capital (the knowledge's
 * long answers made that the largest part of the vocabulary's preparation).
 */
export function opensSentence(text: string, index: number): boolean {
  if (index === 0) return true;
  let i = index - 1;
  while (i >= 0 && SPACE.test(text[i] as string)) i--;
  return i >= 0 && OPENERS.includes(text[i] as string);
}

export function nounMarks(text: string): NounMarks {
  return { marked: CAPITAL_INSIDE.test(text) && !ENGLISH.test(text), ...capitalisedWords(text) };
}

const marksByReading = new WeakMap<WordReading, NounMarks>();

/**
 * `nounMarks` of the text a reading was made of, kept with the reading: the search weighs a message's
 * nouns and the out-of-domain check looks for unknown ones in the same turn. A reading lives as long as
 * its turn's utterance, so nothing of the text is kept past it.
 */
export function nounMarksOf(reading: WordReading): NounMarks {
  let marks = marksByReading.get(reading);
  if (marks === undefined) {
    marks = nounMarks(reading.text);
    marksByReading.set(reading, marks);
  }
  return marks;
}

/** The capitalised words of a text without asking whether it marks nouns (the knowledge's own texts do: vocabulary.ts). */
export function capitalisedWords(text: string): Omit<NounMarks, 'marked'> {
  const capitalised = new Set<string>();
  const inside = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/gu)) {
    const opens = opensSentence(text, m.index);
    for (const form of formsOf(m[0])) {
      capitalised.add(form);
      if (!opens) inside.add(form);
    }
  }
  return { capitalised, inside };
}

/**
 * A capitalised word's folded forms, joined and by hyphenated part, without empty ones; remembered per word (fold
 * of each capitalised word was ~1 % of a look-up's `respond()`, profiled 2026-12-02). Exported for its test.
 */
export const formsOf = boundedMemo(5_000, (word: string): readonly string[] => {
  const folded = fold(word);
  return [folded.replace(/-/g, ''), ...folded.split('-')].filter((form) => form !== '');
});
