// Turns user text into weighted concepts: one per meaningful word (or synonym phrase), each with
// the index terms that count as that word — itself, a typo correction, compound parts, synonyms.
// Only terms that exist in the index survive, so lunr gets plain term clauses and can never throw.
import { readWords, stem, wordsOf, type WordReading } from './analysis.js';
import type { Decompounder } from './decompound.js';
import { editDistance } from './editDistance.js';
import type { FuzzyWordSet } from './symspell.js';
import type { PhraseMatch, SynonymTable } from './synonyms.js';

export interface Concept {
  /** The folded words this concept stands for. */
  word: string;
  /** Index term → weight (1 = the word itself). */
  alternatives: Map<string, number>;
  /** How much this concept says about what the user wants (inverse document frequency). */
  idf: number;
}

export interface QueryContext {
  /** Every term in the index. */
  vocabulary: ReadonlySet<string>;
  /** Index terms and synonym keys: what a typo may be corrected to (a deletion dictionary, built once per generation). */
  correctable: FuzzyWordSet;
  synonyms: SynonymTable;
  decompounder: Decompounder;
  /** ln(1 + N/df); 0 for a term that is not in the index. */
  idf(term: string): number;
  /** Weight of a word the index has never seen: more telling than any known word. */
  unknownIdf: number;
  /** Longest query considered, in words. */
  maxWords: number;
  /**
   * Words already planned with this context (one knowledge generation): a word's stem, compound
   * parts, typo corrections and verb prefix depend only on the word and the index, and users ask with
   * the same few hundred words again and again. Left out, every word is planned afresh.
   */
  plannedWords?: Map<string, PlannedWord>;
  /**
   * Per planned word (as kept in `plannedWords`), the concept it makes on its own, outside a phrase: its
   * alternatives and idf depend only on the planned word and the index. Adding each form's and part's
   * synonyms afresh was ~4 % of a look-up turn's respond() (profiled 2026-12-01). Left out, every concept
   * is made afresh.
   */
  aloneConcepts?: WeakMap<PlannedWord, Concept>;
  /**
   * Per first planned word of a synonym phrase ("online seminar"), the concepts phrases starting with it
   * made: a phrase's concept depends only on its planned words (the same objects, from `plannedWords`) and
   * the synonym entry they match, which their stems decide. Left out, every phrase's concept is made afresh.
   */
  phraseConcepts?: WeakMap<PlannedWord, KeptPhrase[]>;
}

/** A phrase's concept with what it was made of. */
export interface KeptPhrase {
  members: readonly PlannedWord[];
  expansions: PhraseMatch['expansions'];
  native: boolean;
  concept: Concept;
}

/** Phrases kept per first word: a word opens few phrases, but typo plans of the words after it could make more. */
const MAX_PHRASES_PER_WORD = 8;

const strongestFirstOf = new WeakMap<Concept, ReadonlyArray<readonly [string, number]>>();

/**
 * A concept's alternatives, strongest first (equal weights in their order): what the search queries
 * and the evidence walks. Kept with the concept, which nobody changes once made: a word's concept is
 * shared by later questions (`aloneConcepts`), and sorting its alternatives afresh for each was work
 * done again on the same thing.
 */
export function strongestFirst(concept: Concept): ReadonlyArray<readonly [string, number]> {
  let sorted = strongestFirstOf.get(concept);
  if (sorted === undefined) {
    sorted = [...concept.alternatives].sort((a, b) => b[1] - a[1]);
    strongestFirstOf.set(concept, sorted);
  }
  return sorted;
}

/** Most words remembered per generation; then the memory starts over (input is untrusted, memory bounded). */
const MAX_PLANNED_WORDS = 5000;

/** Weights of the ways a term can stand for a user's word. */
export const weights = {
  exact: 1,
  typo1: 0.8,
  typo2: 0.65,
  part: 0.7,
  knownPart: 0.55,
  /** The head of a compound that the compound's own synonyms name too ("Konflikt" in "Konfliktmanagement"): its core, not one more member of the group. */
  confirmedHead: 0.9,
  /** "personal" in the English phrase "personal data" still matches German "Personal", weakly. */
  foreignPhraseWord: 0.4,
} as const;

interface Form {
  stem: string;
  factor: number;
}

export interface PlannedWord {
  word: string;
  /** The stem used for phrase matching: the word itself or its best correction. */
  primary: string;
  forms: Form[];
  /** Compound parts: each is also a form, and each gets its own synonyms. */
  parts: Form[];
  joined?: string;
}

const maxFuzzyLength = 20;

/** Typo budget by word length: none up to 4 letters, one up to 7, two from 8. */
export function allowedEdits(term: string): number {
  // Longer "words" are not typos of ours but pasted junk; fuzzy matching them would be expensive.
  if (term.length > maxFuzzyLength || !/^[a-z]+$/.test(term)) return 0;
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/** Whether an index term can ever be offered as a typo correction (kept out of the deletion dictionary otherwise). */
export function mayBeCorrection(term: string): boolean {
  return term.length >= 3 && term.length <= maxFuzzyLength + 2;
}

function corrections(term: string, ctx: QueryContext): Form[] {
  const budget = allowedEdits(term);
  if (budget === 0) return [];
  // Typos rarely hit the first letter; requiring it keeps "Wetter" from becoming "Retter".
  const candidates = ctx.correctable.near(term, budget, (c) => c[0] === term[0] && c.length >= 3);
  if (candidates.length === 0) return [];
  const scored = candidates.map((c) => ({ c, d: editDistance(term, c), idf: ctx.idf(c) }));
  const best = Math.min(...scored.map((s) => s.d));
  return scored
    .filter((s) => s.d === best)
    .sort((a, b) => (a.idf === 0 ? 1 : 0) - (b.idf === 0 ? 1 : 0) || a.idf - b.idf)
    .slice(0, 3)
    .map((s) => ({ stem: s.c, factor: s.d <= 1 ? weights.typo1 : weights.typo2 }));
}

/** Endings a typo may garble: "Anmeldnug", "Bestätiung", "Fortbildungn" keep their stem, but the stemmer no longer finds it. */
const ENDINGS = ['e', 'en', 'er', 'es', 'n', 's', 'ung', 'ungen', 'ig', 'ige', 'igen', 'lich', 'isch', 'heit', 'keit'];
/** Least letters of a word for its ending to be repaired, and the most letters of the ending looked at. */
const REPAIR_FROM = 8;
const REPAIR_TAIL = 5;

/**
 * A typo in a word's ending ("anmeldnug"): the stem before it is one of ours, and what follows is one edit from an
 * ending — one edit in all. Only when the stem itself found no correction.
 */
function endingRepairs(word: string, ctx: QueryContext): Form[] {
  if (word.length < REPAIR_FROM || allowedEdits(word) === 0) return [];
  const found = new Map<string, number>();
  for (let tail = 2; tail <= REPAIR_TAIL; tail++) {
    const head = word.slice(0, word.length - tail);
    const ending = word.slice(word.length - tail);
    const endingEdits = Math.min(...ENDINGS.map((e) => editDistance(ending, e)));
    if (endingEdits > 1 || head.length < 4) continue;
    for (const c of ctx.correctable.near(head, 1 - endingEdits, (c) => c[0] === head[0] && c.length >= 4)) {
      if (ctx.vocabulary.has(c) && !found.has(c)) found.set(c, ctx.idf(c));
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([c]) => ({ stem: c, factor: weights.typo1 }));
}

// Separable verb prefixes: "einschalten" → schalten, "anzumelden" → anmelden, "mitkommen" → kommen.
const SEPARABLE = 'ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zurück|zuruck|hin|her|hinzu|dazu|los|um|durch|weiter|teil|statt|zusammen|bereit|fort|vorbei';
const verbPrefix = new RegExp(`^(${SEPARABLE})(zu)?(.{4,})$`);
// The participle of a separable weak verb: "abgesagt" → absagen, "ausgestellt" → ausstellen, "eingereicht" → einreichen.
const separableParticiple = new RegExp(`^(${SEPARABLE})ge(.{3,}?)(?:et|t)$`);

/** The verb without its prefix ("einschalten" → schalten), when the index knows it and not the whole (a zu-infinitive is separableVerb's). */
function withoutVerbPrefix(word: string, knows: (stem: string) => boolean): string | undefined {
  const m = verbPrefix.exec(word);
  if (!m) return undefined;
  const bare = stem(m[3] as string);
  return knows(bare) ? bare : undefined;
}

/**
 * The verb a zu-infinitive or a separable verb's participle is made of, when the index knows it: "anzumelden" → anmeld,
 * "teilzunehmen" → teilnehm, "abgesagt" → absag. Strong verbs' participles ("teilgenommen") are left to the lexicon.
 */
function separableVerb(word: string, knows: (stem: string) => boolean, participles = true): string | undefined {
  const zu = verbPrefix.exec(word);
  if (zu && zu[2] !== undefined) {
    const joined = stem((zu[1] as string) + (zu[3] as string));
    if (knows(joined)) return joined;
  }
  const participle = participles ? separableParticiple.exec(word) : null;
  if (participle) {
    const verb = stem(`${participle[1] as string}${participle[2] as string}en`);
    if (knows(verb)) return verb;
  }
  return undefined;
}

function planWord(word: string, joined: string | undefined, ctx: QueryContext): PlannedWord {
  const memory = ctx.plannedWords;
  if (memory === undefined) return planWordAfresh(word, joined, ctx);
  const key = joined === undefined ? word : `${word} ${joined}`;
  let planned = memory.get(key);
  if (planned === undefined) {
    planned = planWordAfresh(word, joined, ctx);
    if (memory.size >= MAX_PLANNED_WORDS) memory.clear();
    memory.set(key, planned);
  }
  return planned;
}

function planWordAfresh(word: string, joined: string | undefined, ctx: QueryContext): PlannedWord {
  const own = stem(word);
  const knows = (t: string) => ctx.vocabulary.has(t) || ctx.synonyms.keys.has(t);
  // "waiting" is no typo of "writing" when "waiting list" is a phrase: keep it, so the phrase can match.
  if (ctx.synonyms.phraseStarts.has(own) && !knows(own)) return { word, primary: own, forms: [{ stem: own, factor: weights.exact }], parts: [], joined: joined !== undefined ? stem(joined) : undefined };
  const joinedStem = joined !== undefined ? stem(joined) : undefined;
  const split = ctx.decompounder.split(word);
  if (knows(own) || (joinedStem !== undefined && knows(joinedStem))) {
    // A known compound still lends its parts: "Grundlagenseminar" also finds "Grundlagen" seminars.
    const parts = split && word.length >= 10 ? split.map((p) => ({ stem: stem(p), factor: weights.knownPart })) : [];
    // "anzumelden" is a word of the knowledge too ("… um sich anzumelden"), and still means what "anmelden" means.
    // A participle the knowledge uses keeps its own sense ("angemeldet" is a state; the lexicon relates it to the verb).
    const verb = separableVerb(word, knows, false);
    const forms = verb !== undefined && verb !== own ? [{ stem: own, factor: weights.exact }, { stem: verb, factor: weights.exact }] : [{ stem: own, factor: weights.exact }];
    return { word, primary: own, forms, parts, joined: joinedStem };
  }
  // "abgesagt", "ausgestellt": the verb, not a compound of its pieces nor a typo of another word ("aufgestellt").
  const verb = separableVerb(word, knows);
  if (verb !== undefined) return { word, primary: verb, forms: [{ stem: verb, factor: weights.exact }], parts: [], joined: joinedStem };
  if (split) {
    const parts = split.map((p) => ({ stem: stem(p), factor: weights.part }));
    return { word, primary: own, forms: [], parts, joined: joinedStem };
  }
  const unprefixed = withoutVerbPrefix(word, knows);
  if (unprefixed !== undefined) return { word, primary: unprefixed, forms: [{ stem: unprefixed, factor: weights.typo1 }], parts: [], joined: joinedStem };
  const fixed = corrections(own, ctx);
  const repaired = fixed.length > 0 ? fixed : endingRepairs(word, ctx);
  return { word, primary: repaired[0]?.stem ?? own, forms: repaired, parts: [], joined: joinedStem };
}

function add(alternatives: Map<string, number>, term: string, weight: number, ctx: QueryContext): void {
  if (!ctx.vocabulary.has(term)) return;
  if ((alternatives.get(term) ?? 0) < weight) alternatives.set(term, weight);
}

function addSynonyms(alternatives: Map<string, number>, key: string[], factor: number, ctx: QueryContext): void {
  const found = ctx.synonyms.match(key, 0);
  if (!found || found.length !== key.length) return;
  for (const expansion of found.expansions) {
    for (const term of expansion.terms) add(alternatives, term, expansion.weight * factor, ctx);
  }
}

function conceptIdf(primary: string, alternatives: Map<string, number>, ctx: QueryContext): number {
  const own = ctx.idf(primary);
  if (own > 0) return own;
  if (alternatives.size === 0) return ctx.unknownIdf;
  const top = Math.max(...alternatives.values());
  let idf = 0;
  for (const [term, weight] of alternatives) if (weight >= 0.6 * top) idf = Math.max(idf, ctx.idf(term));
  return idf;
}

/** The concept one planned word makes outside a phrase (as planQuery's loop makes it), remembered with the planned word. */
function aloneConcept(p: PlannedWord, ctx: QueryContext): Concept {
  let concept = ctx.aloneConcepts?.get(p);
  if (concept === undefined) {
    concept = conceptOf([p], undefined, ctx);
    ctx.aloneConcepts?.set(p, concept);
  }
  return concept;
}

/** The concept a phrase's planned words make (as planQuery's loop makes it), remembered with its first word. */
function phraseConcept(members: PlannedWord[], phrase: PhraseMatch, ctx: QueryContext): Concept {
  const memory = ctx.phraseConcepts;
  if (memory === undefined) return conceptOf(members, phrase, ctx);
  const first = members[0] as PlannedWord;
  const kept = memory.get(first) ?? [];
  const same = kept.find((k) => k.expansions === phrase.expansions && k.native === phrase.native && k.members.length === members.length && k.members.every((m, i) => m === members[i]));
  if (same) return same.concept;
  const concept = conceptOf(members, phrase, ctx);
  if (kept.length >= MAX_PHRASES_PER_WORD) kept.shift();
  kept.push({ members, expansions: phrase.expansions, native: phrase.native, concept });
  memory.set(first, kept);
  return concept;
}

/** Shortest head a compound's synonym must be to count as its literal head (not "netz" in "Netzwerk…"). */
const MIN_HEAD = 5;

/**
 * A synonym the word begins with is its literal head ("konflikt" for "Konfliktmanagement", "Konfliktbewältigung"):
 * it weighs more than the group's other members ("moderieren"), which the word only means.
 */
function confirmHead(alternatives: Map<string, number>, p: PlannedWord): void {
  for (const [term, weight] of alternatives) {
    if (weight < weights.confirmedHead && term.length >= MIN_HEAD && term !== p.primary && p.primary.startsWith(term)) alternatives.set(term, weights.confirmedHead);
  }
}

/** The concept of one word, or of the words of a phrase (length > 1) with the phrase's own expansions. */
function conceptOf(members: PlannedWord[], phrase: PhraseMatch | undefined, ctx: QueryContext): Concept {
  const alternatives = new Map<string, number>();
  const inPhrase = members.length > 1;
  // Inside a phrase the single words are weaker evidence, and their own synonyms do not apply.
  const own = inPhrase && phrase && !phrase.native ? weights.foreignPhraseWord : 1;
  for (const p of members) {
    for (const f of p.forms) {
      add(alternatives, f.stem, f.factor * own, ctx);
      if (!inPhrase) addSynonyms(alternatives, [f.stem], f.factor, ctx);
    }
    if (!inPhrase && !ctx.vocabulary.has(p.primary) && p.forms[0]?.factor === weights.exact) confirmHead(alternatives, p);
    for (const part of p.parts) {
      add(alternatives, part.stem, part.factor, ctx);
      addSynonyms(alternatives, [part.stem], part.factor, ctx);
    }
    if (p.joined !== undefined) {
      add(alternatives, p.joined, weights.exact, ctx);
      addSynonyms(alternatives, [p.joined], weights.exact, ctx);
    }
  }
  if (inPhrase && phrase) {
    const factor = Math.min(...members.map((m) => m.forms[0]?.factor ?? weights.exact));
    for (const expansion of phrase.expansions) {
      for (const term of expansion.terms) add(alternatives, term, expansion.weight * factor, ctx);
    }
  }
  const first = members[0] as PlannedWord;
  return { word: members.map((m) => m.word).join(' '), alternatives, idf: conceptIdf(first.primary, alternatives, ctx) };
}

/**
 * The concepts of a text. A concept made from one word alone, or from the words of a synonym phrase, may be
 * shared with earlier questions (`aloneConcepts`, `phraseConcepts`): nobody changes a concept once it is made.
 * `reading` is the text's `readWords`, when the caller has it already.
 */
export function planQuery(text: string, ctx: QueryContext, reading: WordReading = readWords(text)): Concept[] {
  const planned = wordsOf(reading, ctx.maxWords, false, true).map((w) => planWord(w.text, w.joined, ctx));
  const primaries = planned.map((p) => p.primary);
  const concepts: Concept[] = [];
  for (let i = 0; i < planned.length; ) {
    const phrase = ctx.synonyms.match(primaries, i);
    const length = phrase && phrase.length > 1 ? phrase.length : 1;
    concepts.push(phrase && length > 1 ? phraseConcept(planned.slice(i, i + length), phrase, ctx) : aloneConcept(planned[i] as PlannedWord, ctx));
    i += length;
  }
  return concepts;
}
