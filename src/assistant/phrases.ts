// Finds known phrases (role and topic synonyms, place names) in what people type: robust to case,
// umlauts written as ae/oe/ue or dropped, gender forms (Koordinator*in, KoordinatorIn) and hyphens.

import { runSteps, runStepsInSlices, type Steps } from '../search/steps.js';
import { foldText } from './understand/utterance.js';
import { everyMatch } from './matches.js';
import { boundedMemo } from '../boundedMemo.js';

export { foldText };

/** The same, for people who type umlauts without the e ("Schwabisch Gmund"). */
function foldWithoutUmlautE(text: string): string {
  return foldText(text.replace(/[äÄ]/g, 'a').replace(/[öÖ]/g, 'o').replace(/[üÜ]/g, 'u'));
}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Position in the folded text. */
  start: number;
  end: number;
  /** Length of the folded phrase; longer phrases are more specific. */
  weight: number;
  /** False when the phrase was found as the last part of a compound ("Bezirksverwaltung"). */
  whole: boolean;
}

export interface PhraseMatcherOptions {
  /** Phrases at least this long (letters) are also found at the end of a compound word. 0 = never. */
  compoundHeadMinLength?: number;
  /**
   * The phrases to try found as before these shortcuts (default false): by walking the needles from every position
   * of the text, and wherever a phrase's needle stands — for the test that holds the matcher to that walk.
   */
  walkEveryPosition?: boolean;
}

/**
 * Letters of a phrase's first word that a text must hold for the phrase to be tried: every match holds the
 * whole first word, so more letters only skip more phrases (with ~2,500 role words, 4 letters let a fifth of
 * a turn go to patterns that could not match, profiled 2026-12-01).
 */
const NEEDLE_LETTERS = 8;

/** First letters (UTF-16 code units below this) found through an array rather than the needle tree's Map. */
const FIRST_LETTERS = 128;

/** Words whose phrases to try each matcher remembers (cleared when full, so a reload or odd input cannot grow it). */
const WORDS_KEPT = 5_000;

interface CompiledPhrase<T> {
  value: T;
  weight: number;
  /** The phrase's first letters: a cheap test that skips the regular expressions for most phrases. */
  needle: string;
  /** The phrase's first word when it is longer than the needle (every match starts with it), else undefined. */
  longFirst: string | undefined;
  /** The phrase's pattern between its boundaries (folded words, each but the last with an optional ending). */
  body: string;
  /** As a whole word, on a text of letters, digits and spaces only (see `NOT_FOLDED`). */
  whole: RegExp;
  /** At the end of a compound, on such a text without digits. */
  head?: RegExp;
  /** The same two with Unicode letter classes, for any other text; compiled when first needed. */
  strictWhole?: RegExp;
  strictHead?: RegExp;
}

/**
 * The regular expressions of a phrase are plain (no `u` flag, no `\p{…}` classes): a folded text is
 * letters, digits and spaces only, so "no letter or digit before" is "no character but a space
 * before". A `\p{L}` pattern costs ~0.2 ms to construct and again ~0.2 ms to compile on first use, for
 * each of ~1,000 phrases; V8 drops its cache of both after a few garbage collections, so a reload's
 * role matcher took 95–105 ms instead of 4 ms now and then (2026-12-01), and a turn paid for each
 * phrase tried after a collection. A text with anything else (not folded, or with digits before a
 * compound's head) is matched with the Unicode patterns, so every text gets the same matches as before.
 */
const NOT_FOLDED = /[^\p{L}\p{N} ]/u;
const DIGIT = /\p{N}/u;
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/** One UTF-16 unit that is a letter or digit (half of a surrogate pair is neither: such a position is tried). */
const LETTER_OR_DIGIT_UNIT = /[\p{L}\p{N}]/u;

// Inflection endings a phrase may carry in running text: "Koordinatorinnen", "Ehrenamtlichen", "Rostocks",
// and the feminine forms of a masculine phrase ("Verwaltungsmitarbeiter:innen").
const ENDING = '(?:e|en|n|r|s|er|es|em|ern|in|innen)?';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter of the needles (UTF-16 code unit) → the phrases whose needle ends there, and the letters that may follow. */
interface NeedleNode {
  phrases: number[];
  next: Map<number, NeedleNode>;
}

export type PhraseMatcher<T> = (folded: string) => Array<PhraseMatch<T>>;

/** Compiles phrases once; the matcher returns every occurrence, overlapping ones included. */
export function buildPhraseMatcher<T>(entries: Array<PhraseEntry<T>>, options: PhraseMatcherOptions = {}): PhraseMatcher<T> {
  return runSteps(phraseMatcherSteps(entries, options));
}

/**
 * Phrases compiled per step of a build in slices (a reload): the ~2,600 role phrases were one block of
 * 30–80 ms, the longest of a reload (profiled 2026-12-01); 40 take about 1–2 ms.
 */
const PHRASES_PER_STEP = 40;

/** The same, in steps (a reload compiles the matchers in slices between other requests). */
export function* phraseMatcherSteps<T>(entries: Array<PhraseEntry<T>>, options: PhraseMatcherOptions = {}): Steps<PhraseMatcher<T>> {
  const minHead = options.compoundHeadMinLength ?? 0;
  const walkEveryPosition = options.walkEveryPosition ?? false;
  const compiled: Array<CompiledPhrase<T>> = [];
  const seen = new Map<T, Set<string>>();
  for (const [e, entry] of entries.entries()) {
    if (e % PHRASES_PER_STEP === PHRASES_PER_STEP - 1) yield;
    // Hyphens in a phrase become optional spaces: "Social-Media-Manager" also as "Social Media Manager".
    const spaced = entry.phrase.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
    for (const folded of new Set([foldText(spaced), foldWithoutUmlautE(spaced)])) {
      const known = seen.get(entry.value) ?? new Set<string>();
      seen.set(entry.value, known);
      if (folded === '' || known.has(folded)) continue;
      known.add(folded);
      // Every word may be inflected ("in Leichter Sprache", "den sozialen Medien"), and a space in a
      // phrase may be missing in the text ("Social Media" / "Socialmedia").
      const firstWord = folded.split(' ')[0] ?? '';
      const words = folded.split(' ').map(escape);
      const body = [...words.slice(0, -1).map((w) => `${w}${ENDING}`), words.at(-1) ?? ''].join(' ?');
      const phrase: CompiledPhrase<T> = {
        value: entry.value,
        weight: folded.replace(/ /g, '').length,
        needle: firstWord.slice(0, NEEDLE_LETTERS),
        longFirst: firstWord.length > NEEDLE_LETTERS ? firstWord : undefined,
        body,
        whole: new RegExp(`(?<![^ ])${body}${ENDING}(?![^ ])`, 'g'),
      };
      if (minHead > 0 && !folded.includes(' ') && folded.length >= minHead) {
        phrase.head = new RegExp(`(?<=[^ ])${body}${ENDING}(?![^ ])`, 'g');
      }
      compiled.push(phrase);
    }
  }
  // Phrases by their first letters: the phrases whose needle occurs in a text are found by walking a
  // tree of the needles' letters from each position of the text, instead of asking the text for each
  // of the ~1,000 phrases' needle (the loop over every phrase was ~13 % of a FAQ turn's respond(),
  // profiled 2026-12-01) or cutting the text into every substring of each needle length (~9 % of it,
  // profiled the same day in the tenth round). Same phrases tried, in the same order.
  const needles: NeedleNode = { phrases: [], next: new Map() };
  const always: number[] = [];
  for (const [i, phrase] of compiled.entries()) {
    if (phrase.needle === '') {
      always.push(i);
      continue;
    }
    let node = needles;
    for (let k = 0; k < phrase.needle.length; k++) {
      const code = phrase.needle.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { phrases: [], next: new Map() }));
      node = child;
    }
    node.phrases.push(i);
  }
  // The first letter is looked up at every position of every word: by its code, in an array, for the letters a
  // folded text has (a–z, digits); a Map look-up there was most of the walk.
  const firsts: Array<NeedleNode | undefined> = [];
  for (let code = 0; code < FIRST_LETTERS; code++) firsts.push(needles.next.get(code));

  /**
   * The phrases to try for one word: those whose needle starts at one of its positions and, where the phrase's
   * first word is longer than its needle, whose whole first word stands there — every match starts with it, so
   * "inklusion" does not try "Inklusionsbeauftragte" (18 of 18 phrases tried for "Seminare zu Inklusion in Köln"
   * matched nothing). Right after a letter or digit a phrase is tried only if it may be a compound's head: its
   * whole-word patterns need no letter or digit before them (the plain one even a space), and "Online-Seminare
   * im März" tried ten "in den Norden", "in den Westen" … for the "in" of "online" and "seminare". A needle is part of a first word and holds no space, so what a word tries depends on the
   * word alone: the walk over its letters (most of the matcher's time, ~5 % of a look-up's `respond()`, profiled
   * 2026-12-02) is remembered per word.
   */
  function triedIn(word: string): readonly number[] {
    const tried: number[] = [];
    for (let at = 0; at < word.length; at++) {
      const first = word.charCodeAt(at);
      let node: NeedleNode | undefined = first < FIRST_LETTERS ? firsts[first] : needles.next.get(first);
      // After a letter or digit only a compound's head can start ("in den Norden" not in "online").
      const afterLetter = at > 0 && LETTER_OR_DIGIT_UNIT.test(word.charAt(at - 1));
      for (let k = at + 1; node !== undefined; k++) {
        for (const i of node.phrases) {
          const { longFirst, head } = compiled[i] as CompiledPhrase<T>;
          if (afterLetter && head === undefined) continue;
          if (longFirst === undefined || word.startsWith(longFirst, at)) tried.push(i);
        }
        if (k >= word.length) break;
        node = node.next.get(word.charCodeAt(k));
      }
    }
    return tried;
  }
  const rememberedWords = boundedMemo(WORDS_KEPT, triedIn);

  /** The walk as it was: from every position of the whole text, every phrase whose needle stands there. */
  function triedAnywhere(folded: string): number[] {
    const tried: number[] = [];
    for (let at = 0; at < folded.length; at++) {
      let node: NeedleNode | undefined = needles;
      for (let k = at; k < folded.length; k++) {
        node = node.next.get(folded.charCodeAt(k));
        if (!node) break;
        for (const i of node.phrases) tried.push(i);
      }
    }
    return tried;
  }

  return (folded: string) => {
    const plain = !NOT_FOLDED.test(folded);
    const plainHeads = plain && !DIGIT.test(folded);
    const tried: number[] = [...always];
    if (walkEveryPosition) tried.push(...triedAnywhere(folded));
    else for (const word of folded.split(' ')) for (const i of rememberedWords(word)) tried.push(i);
    // In the order of the phrases, each once.
    tried.sort((a, b) => a - b);
    const matches: Array<PhraseMatch<T>> = [];
    for (const [n, i] of tried.entries()) {
      if (n > 0 && tried[n - 1] === i) continue;
      const phrase = compiled[i]!;
      const whole = plain ? phrase.whole : (phrase.strictWhole ??= new RegExp(`(?<!${LETTER_OR_DIGIT})${phrase.body}${ENDING}(?!${LETTER_OR_DIGIT})`, 'gu'));
      for (const m of everyMatch(folded, whole)) {
        matches.push({ value: phrase.value, start: m.index, end: m.index + m[0].length, weight: phrase.weight, whole: true });
      }
      if (phrase.head) {
        const head = plainHeads ? phrase.head : (phrase.strictHead ??= new RegExp(`(?<=\\p{L})${phrase.body}${ENDING}(?!${LETTER_OR_DIGIT})`, 'gu'));
        for (const m of everyMatch(folded, head)) {
          matches.push({ value: phrase.value, start: m.index, end: m.index + m[0].length, weight: phrase.weight, whole: false });
        }
      }
    }
    return matches;
  };
}

/** Keeps the most specific match where matches overlap: whole words before compound parts, then longer phrases, then earlier ones. */
export function mostSpecific<T>(matches: Array<PhraseMatch<T>>): Array<PhraseMatch<T>> {
  const ranked = [...matches].sort((a, b) => Number(b.whole) - Number(a.whole) || b.weight - a.weight || a.start - b.start);
  const kept: Array<PhraseMatch<T>> = [];
  for (const m of ranked) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The words of a folded text with where each starts and ends. */
export function tokenSpans(folded: string): Array<{ token: string; start: number; end: number }> {
  const spans: Array<{ token: string; start: number; end: number }> = [];
  let position = 0;
  for (const token of folded.split(' ')) {
    const start = folded.indexOf(token, position);
    position = start + token.length;
    spans.push({ token, start, end: position });
  }
  return spans;
}

/** The words right before a position in a folded text, nearest last. */
export function wordsBefore(folded: string, position: number, count: number): string[] {
  return folded.slice(0, position).trim().split(' ').filter(Boolean).slice(-count);
}

/** Every per-knowledge cache, as steps that fill it, so a reload can fill them before the new knowledge answers a turn. */
const knowledgeCaches: Array<(knowledge: object) => Steps<unknown>> = [];

/** Caches one value per knowledge object, so matchers are compiled once per loaded version. */
export function perKnowledge<K extends object, V>(build: (knowledge: K) => V): (knowledge: K) => V {
  // eslint-disable-next-line require-yield -- one step: the value is built in one piece
  return perKnowledgeInSteps(function* (knowledge: K): Steps<V> {
    return build(knowledge);
  });
}

/**
 * The same for a value built in steps (a generator that yields between small pieces): a turn that
 * needs it first builds it at once, a reload builds it in slices between other requests.
 */
export function perKnowledgeInSteps<K extends object, V>(steps: (knowledge: K) => Steps<V>): (knowledge: K) => V {
  const cache = new WeakMap<K, V>();
  function* fill(knowledge: K): Steps<V> {
    let value = cache.get(knowledge);
    if (value === undefined) {
      value = yield* steps(knowledge);
      // A turn may have built it meanwhile (between two slices): keep the one already in use.
      value = cache.get(knowledge) ?? value;
      cache.set(knowledge, value);
    }
    return value;
  }
  knowledgeCaches.push(fill as (knowledge: object) => Steps<unknown>);
  // The cached value without a generator: this runs several times per turn.
  return (knowledge: K) => cache.get(knowledge) ?? runSteps(fill(knowledge));
}

/** Longest piece of a cache fill between two chances for requests to run. */
const SLICE_MS = 5;

/**
 * Fills every per-knowledge cache for a knowledge that is about to serve, in slices of about 5 ms
 * with a macrotask for other work in between, and at least one macrotask per cache: otherwise the
 * first turn after a reload builds them all at once (60–250 ms in one block, measured 2026-11-30)
 * while other requests wait.
 */
export async function preparePerKnowledge(knowledge: object): Promise<void> {
  for (const fill of knowledgeCaches) {
    await runStepsInSlices(fill(knowledge), SLICE_MS);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
