// The one German text analysis, used for indexing and querying alike: Unicode and case folding,
// umlaut/ß folding ("Förder" = "Foerder" = "Forder"), gender forms (Referent*innen, :innen,
// _innen, Binnen-I, /-innen) reduced to one stem, stop words removed, Snowball stemming, digits kept.
import { fuzzyWordSet, snowballStem } from './german.js';
import { stopWordList } from './stopwords.js';

/** One word of a text after folding and stop-word removal, before stemming. */
export interface Word {
  text: string;
  /** "Online-Seminar" is also written "Onlineseminar": the joined form, kept with the last part. */
  joined?: string;
}

const combiningMarks = /\p{M}+/gu;
// Gender markers between a word and its feminine/plural ending: Referent*in, Koordinator:innen,
// Mitarbeiter_innen, Helfer/-innen, Nutzer/innen, Kolleg(inn)en is rare enough to leave out.
const genderMarker = /(\p{Ll})(?:[*:_·'’]|\/-?)(in(?:nen)?|r)(?![\p{L}\p{N}])/giu;
const bracketGender = /(\p{Ll})\((in(?:nen)?)\)/giu;
const binnenI = /(\p{Ll})In(nen)?(?![\p{L}\p{N}])/gu;
// ae/oe/ue written for ä/ö/ü, but not the diphthongs of "Steuer", "neue", "Bauer" or "Quelle".
const spelledUmlaut = /(?<![aeiouq])([aou])e/g;
const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
// Agent nouns whose feminine form ends in -in/-innen: Koordinator, Referent, Helfer, Akteur, …
const agentNoun = /(?:or|er|ent|ant|eur|ist|og|eg|ar|ert|at|amt|ier|zt)$/;

/**
 * Case, Unicode and umlaut folding of a single word or text, without tokenising. An ASCII text is its
 * own normal form and has no combining marks: the Unicode steps run only for a text with more, ß only
 * when there is one, and the spelled umlauts only when an "ae", "oe" or "ue" is there to fold.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const sharp = lower.includes('ß') ? lower.replace(/ß/g, 'ss') : lower;
  const unmarked = NOT_ASCII.test(sharp) ? sharp.normalize('NFKD').replace(combiningMarks, '') : sharp;
  return unmarked.includes('ae') || unmarked.includes('oe') || unmarked.includes('ue') ? unmarked.replace(spelledUmlaut, '$1') : unmarked;
}
const NOT_ASCII = /[\u0080-\uffff]/;

const stopWords = stopWordList(fold);
/** Shortest stop word whose misspellings are read as it: shorter ones are one letter from words that mean something ("wollen"/"Rollen", "werden"/"werben"). */
const MISSPELT_STOP_WORD_LENGTH = 7;
/** Long stop words, whose misspellings ("eigentlch", "vieleicht", "überhaupf") are no words of their own. */
const longStopWords = fuzzyWordSet([...stopWords].filter((w) => w.length >= MISSPELT_STOP_WORD_LENGTH));

/** Short stop words with two neighbouring letters swapped ("mcih", "nud", "dei"): the commonest slip of fast typing. */
const swappedStopWords = new Set(
  [...stopWords].flatMap((w) => (w.length < 3 ? [] : [...w].slice(0, -1).map((_, i) => w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2)))).filter((v) => !stopWords.has(v)),
);

/** A word of a message one typo away from a long stop word, or a short one with two letters swapped: it says nothing either. Never used on the knowledge, which is spelt right. */
function misspeltStopWord(word: string): boolean {
  return swappedStopWords.has(word) || (word.length >= MISSPELT_STOP_WORD_LENGTH - 1 && longStopWords.near(word, 1).length > 0);
}

/** Koordinatorinnen, Koordinatorin → koordinator (but Berlin, Termin and beginnen stay). */
export function stripGenderEnding(word: string): string {
  for (const ending of ['innen', 'in']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (base.length >= 4 && agentNoun.test(base)) return base;
  }
  return word;
}

/**
 * Referent*innen, Koordinator(in), KollegInnen → one form. Each pattern runs only when the character
 * it needs is in the text (most texts have none; a message is analysed several times per turn).
 * Exported for its test.
 */
export function normalizeGender(text: string): string {
  let joined = text;
  if (GENDER_MARK.test(joined)) joined = joined.replace(genderMarker, (_m, last: string, ending: string) => last + ending.toLowerCase());
  if (joined.includes('(')) joined = joined.replace(bracketGender, (_m, last: string, ending: string) => last + ending.toLowerCase());
  if (joined.includes('In')) joined = joined.replace(binnenI, (_m, last: string, nen: string | undefined) => `${last}in${nen ?? ''}`);
  return joined;
}
const GENDER_MARK = /[*:_·'’/]/;

/**
 * A text cut into its words once (folded, gender-normalised, split at hyphens, gender endings stripped):
 * what `words` reads whatever its options. A message is asked for its words three times per turn with
 * other options (its reading, the search's plan and its phrasing); the cutting is the same each time.
 */
export interface WordReading {
  /** The text read, as given. */
  readonly text: string;
  /** Each word of the folded text: a word without hyphen as itself, a hyphenated one as its parts and their joined form. */
  readonly pieces: ReadonlyArray<string | { readonly parts: readonly string[]; readonly joined: string }>;
  /** Which pieces are stop words by the letters typed, not by their folded ones ("anderen", not "ändern": otherWords). */
  readonly pronouns?: ReadonlySet<number>;
}

/**
 * "andere", "anderen", "anders" … as the text has them, without umlaut: the pronoun, which says nothing (lunr's German
 * stop words). Not a stop word after folding: "ändern"/"ändere" (also typed "aendern") fold to the same letters, and
 * "Kann ich mich für jemand anderen anmelden?" found the FAQ on changing an enquiry by it.
 */
function otherWords(text: string): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const match of text.toLowerCase().matchAll(OTHER_WORD)) (found ??= new Set()).add(match[0]);
  return found;
}
const OTHER_WORD = /(?<![\p{L}\p{N}])ander(?:e[mnrs]?|s)?(?![\p{L}\p{N}])/gu;

export function readWords(text: string): WordReading {
  const pieces: Array<WordReading['pieces'][number]> = [];
  const folded = fold(normalizeGender(NOT_ASCII.test(text) ? text.normalize('NFKC') : text));
  const others = folded.includes('ander') ? otherWords(text) : undefined;
  let pronouns: Set<number> | undefined;
  for (const match of folded.matchAll(wordPattern)) {
    if (!match[0].includes('-')) {
      if (others?.has(match[0])) (pronouns ??= new Set()).add(pieces.length);
      pieces.push(stripGenderEnding(match[0]));
      continue;
    }
    const parts = match[0].split('-').map(stripGenderEnding);
    pieces.push({ parts, joined: stripGenderEnding(parts.join('')) });
  }
  return pronouns ? { text, pieces, pronouns } : { text, pieces };
}

/**
 * The meaningful words of a text, folded and gender-normalised but not stemmed.
 * @param maxWords stop after this many words (queries are capped; documents are not)
 * @param keepStopWords keep "welche", "gibt", "es": they tell what kind of question it is
 * @param typed a message someone typed: misspelt stop words go too
 */
export function words(text: string, maxWords = Number.POSITIVE_INFINITY, keepStopWords = false, typed = false): Word[] {
  return wordsOf(readWords(text), maxWords, keepStopWords, typed);
}

/** `words` of the text a reading was made of, with the same options, without cutting the text again. */
export function wordsOf(reading: WordReading, maxWords = Number.POSITIVE_INFINITY, keepStopWords = false, typed = false): Word[] {
  const keep = (word: string) => word.length > 0 && (word.length > 1 || /\d/.test(word)) && (keepStopWords || (!stopWords.has(word) && !(typed && misspeltStopWord(word))));
  const out: Word[] = [];
  const { pieces, pronouns } = reading;
  for (let i = 0; i < pieces.length; i++) {
    if (out.length >= maxWords) break;
    const piece = pieces[i] as WordReading['pieces'][number];
    // Most words have no hyphen: one part, kept or not, without the arrays of the compound case.
    if (typeof piece === 'string') {
      if (keep(piece) && (keepStopWords || !pronouns?.has(i))) out.push({ text: piece });
      continue;
    }
    const kept = piece.parts.filter(keep);
    const last = kept.pop();
    for (const part of kept) out.push({ text: part });
    out.push(last === undefined ? { text: piece.joined } : { text: last, joined: piece.joined });
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Snowball German stem of a folded word; digits and very short words stay as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = snowballStem(word);
    // Snowball leaves the 3rd person "-et" of verbs: "kostet" should meet "kosten", "bietet" "bieten".
    if (stemmed.length >= 6 && stemmed.endsWith('et')) stemmed = stemmed.slice(0, -2);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** The search terms of a text, exactly as they are indexed and queried. */
export function analyze(text: string): string[] {
  return termsOf(words(text));
}

/** The search terms of a text's words (`words` without its options): what `analyze` gives for the text. */
export function termsOf(list: readonly Word[]): string[] {
  const terms: string[] = [];
  for (const word of list) {
    terms.push(stem(word.text));
    if (word.joined !== undefined) terms.push(stem(word.joined));
  }
  return terms;
}
