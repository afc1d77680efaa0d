// Which words of a message the knowledge base never uses. A question that shares one word with the
// knowledge ("Was kostet ein Parkplatz?") is not about the programme when its other content words
// ("Parkplatz") appear nowhere in it: those words count against every answer.
import type { Knowledge } from '../../knowledge/schema.js';
import { fold, stem, words } from '../../search/analysis.js';
import { decompounderSteps, type Decompounder } from '../../search/decompound.js';
import { fuzzyWordSetSteps, type FuzzyWordSet } from '../../search/german.js';
import { lexicon } from '../../search/lexicon.js';
import { GENERIC_WORDS } from '../../search/genericWords.js';
import { capitalisedWords, nounMarksOf, opensSentence } from '../../search/nouns.js';
import { allowedEdits } from '../../search/query.js';
import type { Steps } from '../../search/steps.js';
import { perKnowledge, perKnowledgeInSteps } from '../phrases.js';
import { apartCompounds, foldText, foldWord, type Utterance } from './utterance.js';
import { editDistance } from '../../search/editDistance.js';
import { AREAS, STATE_SHORT_NAMES, STATES, TOWN_STATES } from '../../catalogue/places.js';

interface Vocabulary {
  stems: FuzzyWordSet;
  /** Stems of the words the knowledge writes as nouns (capitalised inside a sentence, or a name, tag or synonym). */
  nouns: ReadonlySet<string>;
  /** The folded words themselves: a typo ("Fortbildugnen") is close to the word, not always to its stem. */
  forms: FuzzyWordSet;
  decompounder: Decompounder;
  /** Every word of the knowledge as `foldText` writes it (ä as ae): what a message's reading compares. */
  foldedWords: ReadonlySet<string>;
  /** The words the knowledge writes as nouns, as `foldText` writes them: what a misspelt word may be read as. */
  foldedNouns: FuzzyWordSet;
  /** Every two neighbouring words of its texts ("aktion mensch", "zu hause"), as `foldText` writes them. */
  wordPairs: ReadonlySet<string>;
}

// Words of time the look-up understands (period.ts) and durations ("drei Stunden fahren"), though no knowledge text need use them.
const TIME_WORDS = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Frühjahr Frühling Sommer Herbst Winter Quartal Halbjahr Woche Wochenende Monat Jahr Kalenderwoche Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Tag Tage Stunde Stunden Minute Minuten heute morgen übermorgen demnächst bald';

/** The same in English ("any online ones in June?"): the look-up reads them too (period.ts). */
const ENGLISH_TIME_WORDS = 'January February March April May June July August September October November December Spring Summer Autumn Fall Winter Quarter Week Weekend Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday today tomorrow';

/**
 * Words of asking and of the asker's situation that name no subject of their own ("ungefähr", "Rückfragen",
 * "aus Interesse", "für Fortgeschrittene", "im Hinblick auf"): a question with them is about the words around them.
 * Read by the off-topic check only; GENERIC_WORDS (search/genericWords.ts) also split compounds in the search, which these
 * must not change.
 */
const ASKING_WORDS =
  'ungefähr Rückfrage Rückfragen Interesse Richtung Betracht Hinblick Fortgeschrittene Anfänger Anfängerin Einsteiger Quereinsteiger Quereinsteigerin Vorwissen Vorkenntnisse Grundwissen Themenkomplex existieren womit Lust Feierabend tagsüber Theorie Praxis Input Umgang Konzept Auskunft Übersendung Übermittlung Inanspruchnahme Verfügbarkeit Fortsetzung zeitlich Satz Sätze Angst Gefühl Argument Argumente Vorteile Nachteile Unterschied Unterschiede Überblick Übersicht Infos Details Ablauf Beispiel Beispiele Sache Sachen Ding Dinge Sinn Zweck Grund Gründe Hintergrund Stand Umfang Aufwand Mehrwert Nutzen Bescheid Rückmeldung Feedback Meinung Ahnung Einstieg Neuling Neulinge Profi Profis Kenntnisse Basics Niveau Level Vertiefung Auffrischung Bezug';

function textsOf(knowledge: Knowledge): string[] {
  return [
    TIME_WORDS,
    ASKING_WORDS,
    ENGLISH_TIME_WORDS,
    GENERIC_WORDS,
    ...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer, f.answerEasy, ...f.tags]),
    ...knowledge.seminars.flatMap((s) => [s.title, s.summary, s.description, s.location?.city ?? '', s.location?.region ?? '']),
    ...knowledge.topics.flatMap((t) => [t.name, ...t.synonyms]),
    ...knowledge.roles.flatMap((r) => [r.name, r.nameEasy, r.description, ...r.synonyms]),
    ...knowledge.synonyms.flat(),
    ...lexicon.flatMap((e) => [...e.words, ...e.means]),
  ];
}

/** A capitalised word (with its hyphenated parts): a noun inside a sentence. */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/gu;

/** Names the knowledge gives: topics, the seminars' towns and regions, and the words of time. */
function namesOf(knowledge: Knowledge): string[] {
  return [
    ...TIME_WORDS.split(' '),
    ...ENGLISH_TIME_WORDS.split(' '),
    ...knowledge.topics.flatMap((t) => [t.name, ...t.synonyms]),
    ...knowledge.seminars.flatMap((s) => [s.location?.city ?? '', s.location?.region ?? '']),
  ].filter((name) => /^\p{Lu}/u.test(name));
}

/** Texts analysed between two chances for requests to run while a reload builds the vocabulary. */
const TEXTS_PER_STEP = 40;

/** Longest text read as a name, tag or synonym, whose capitalised words are all nouns. */
const NAME_WORDS = 4;

// Built in steps: the analysis of every knowledge text and the two fuzzy word sets were one block of
// 20–40 ms (more on a busy machine), the longest left in a reload (2026-12-01).
const vocabularyOf = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<Vocabulary> {
  const folded = new Set<string>();
  const stems = new Set<string>();
  const nouns = new Set<string>();
  const nounForms = new Set<string>();
  const foldedWords = new Set<string>();
  const foldedNouns = new Set<string>();
  const wordPairs = new Set<string>();
  let analysed = 0;
  for (const text of textsOf(knowledge)) {
    const textWords = foldText(text).split(' ');
    for (const [i, word] of textWords.entries()) {
      foldedWords.add(word);
      if (i > 0) wordPairs.add(`${textWords[i - 1]} ${word}`);
    }
    for (const m of text.matchAll(CAPITALISED)) if (!opensSentence(text, m.index)) for (const word of foldText(m[0]).split(' ')) foldedNouns.add(word);
    const marks = capitalisedWords(text);
    for (const noun of text.split(' ').length <= NAME_WORDS ? marks.capitalised : marks.inside) nounForms.add(noun);
    for (const w of words(text, Number.POSITIVE_INFINITY, true)) {
      for (const form of [w.text, w.joined]) {
        if (form === undefined) continue;
        folded.add(form);
        stems.add(stem(form));
      }
    }
    analysed += 1;
    if (analysed % TEXTS_PER_STEP === 0) yield;
  }
  // Names of places and times are nouns from their first word on ("Erlangen", "Herbst"); FAQ questions are not
  // ("Gibt es …": "gibts" is no typo of "gibt"). Role words are left to the roles' own typo reading, which
  // asks more of a word than this one ("Projektseite" is no "Projektleiter", "Beamer" no "Beamter").
  for (const name of namesOf(knowledge)) for (const word of foldText(name).split(' ')) foldedNouns.add(word);
  // Long words of any kind are as telling as nouns: "barrierfreie Veranstaltungen" meant the knowledge's "barrierefreie".
  for (const word of foldedWords) if (word.length >= LONG_TYPO_TARGET) foldedNouns.add(word);
  for (const role of knowledge.roles) for (const name of [role.name, ...role.synonyms]) for (const word of foldText(name).split(' ')) foldedNouns.delete(word);
  yield;
  // What people in a role do ("berate Familien", "begleite Kinder") are words of the programme, but not parts
  // to build compounds from: "Kindergeld" and "Pflegegeld" are no more about it than before.
  for (const role of knowledge.roles) for (const phrase of [...role.activities, ...role.workplaces]) for (const w of words(phrase, Number.POSITIVE_INFINITY, true)) stems.add(stem(w.text));
  for (const noun of nounForms) nouns.add(stem(noun));
  const decompounder = yield* decompounderSteps(folded, stem);
  // The knowledge's own compounds name their heads as things too: "Fördermöglichkeiten" → "Möglichkeiten".
  for (const noun of [...nounForms]) {
    const head = decompounder.split(noun)?.at(-1);
    if (head !== undefined) nouns.add(stem(head));
  }
  yield;
  const stemSet = yield* fuzzyWordSetSteps(stems);
  yield;
  const forms = yield* fuzzyWordSetSteps(folded);
  yield;
  return { stems: stemSet, nouns, forms, decompounder, foldedWords, foldedNouns: yield* fuzzyWordSetSteps(foldedNouns), wordPairs };
});

/** Whether the knowledge uses the word, a close spelling of it, or the parts of it as a compound. */
function known(word: string, vocabulary: Vocabulary): boolean {
  const own = stem(fold(word));
  if (/\d/.test(own)) return true;
  if (vocabulary.stems.has(own)) return true;
  // One edit up to nine letters ("Passwort" is not a typo of "passiert"), two from ten.
  const budget = Math.min(allowedEdits(own), own.length >= 10 ? 2 : 1);
  if (budget > 0 && vocabulary.stems.near(own, budget, (c) => c[0] === own[0]).length > 0) return true;
  const form = fold(word);
  const formBudget = Math.min(allowedEdits(form), form.length >= 10 ? 2 : 1);
  if (formBudget > 0 && vocabulary.forms.near(form, formBudget, (c) => c[0] === form[0]).length > 0) return true;
  // "Passwort" is no compound of "Pass" and "Wort": a split needs one part of five letters or more.
  const parts = vocabulary.decompounder.split(fold(word));
  if (parts === undefined || !parts.some((p) => p.length >= 5)) return false;
  // The last part says what the compound is: a "Stadtlauf" is a run, and the knowledge knows
  // "laufen" but no run. A noun in -ung names the doing of its verb: "Datenverarbeitung" is known
  // where "verarbeiten" is.
  const head = parts.at(-1) ?? '';
  return vocabulary.nouns.has(stem(head)) || vocabulary.nouns.has(head) || (head.endsWith('ung') && vocabulary.stems.has(stem(head)));
}

// Verb, adverb and adjective endings: an unknown "hinzugehen", "spätestens" or "synchronisiert" says
// how, not what; the thing asked about is a noun ("Parkplatz", "Heimspiel", "Passwort").
const NOT_A_THING = /(?:en|ern|eln|st|t|te|ens|lich|ig|isch|ed|ing|ly)$/;

/** The content nouns of the message that the knowledge base never uses (digits and short words count as known). */
export function unknownWords(utterance: Utterance, knowledge: Knowledge): string[] {
  const vocabulary = vocabularyOf(knowledge);
  // In German written with capitalised nouns, a word in lower case ("eher", "rein", "nochmal", "bisher")
  // says how or when, not what: only the capitalised words can name a thing from outside the programme.
  const { marked, capitalised: nouns } = nounMarksOf(utterance.reading);
  return utterance.content
    .filter((w) => w.text.length >= 4 && (nouns.has(w.joined ?? w.text) || nouns.has(w.text) || (!marked && !NOT_A_THING.test(w.text))))
    // In "Teams-Passwort" the last part names the thing; "Teams" being known does not make it known.
    .filter((w) => !known(w.text, vocabulary))
    // A place people name, or the kind of place ("aus einem Dorf bei Görlitz"), says where, not what: no word against the programme.
    .filter((w) => !READ_PLACE_WORDS.has(w.text))
    // So does a word for the people someone means ("für Verwaltungsangehörige", "für Bedienstete der Kommune"): who, not what.
    .filter((w) => !PEOPLE_WORD.test(w.text))
    .map((w) => w.text);
}

/** Words (and heads of compounds) for groups of staff ("Angehörige" only as a head: alone they are relatives), as the words against the programme are read (umlauts as plain vowels). */
const PEOPLE_WORD = /(?:bedienstete|beschaftigte|angestellte|praktikant|auszubildende|kollegium|belegschaft)\w*$|^azubis?$|\w{4}angehorige\w*$|^(?:chef|chefin|chefinnen|chefs|vorgesetzte\w*)$/;

/** Shortest word read as a misspelling of a knowledge word ("semiare", "sprahce", "kosted"). */
const TYPO_MIN = 5;
/** Shortest word the knowledge writes that a typo is read as, whatever its kind (shorter ones only when they are nouns: "sucht" is no "Sicht"). */
const LONG_TYPO_TARGET = 10;
/** Of equally close words of different stems, one is meant when its forms are this many times as many among the near words… */
const FAMILY_RATIO = 2;
/** …and at least this many ("barrierefrei", "-e", "-en", "-es" against "barrierfree"). */
const FAMILY_FORMS = 3;
/** Shortest word that may be two edits from the word meant ("qualifizierugnen", "netzwerkkordinatorn"). */
const TWO_EDITS_MIN = 10;

/** Places people name (states, areas, larger towns), folded: a town the knowledge does not know is no typo ("Sachsen" is not "Sachen"). */
const PLACE_WORDS = new Set([...STATES, ...Object.keys(STATE_SHORT_NAMES), ...Object.keys(TOWN_STATES), ...AREAS.flatMap((a) => a.names)].flatMap((name) => foldText(name).split(' ')));
/** Words for the kind of place someone lives or works in ("aus einem Dorf bei Görlitz", "hier in der Gegend", "um die Ecke"). */
const SETTLEMENT_WORDS = ['dorf', 'dorfes', 'doerfer', 'doerfern', 'kaff', 'kleinstadt', 'grossstadt', 'ortschaft', 'ortsteil', 'weiler', 'gegend', 'provinz', 'ecke'];
/** Both, as the words against the programme are read (umlauts as their plain vowel: "goerlitz" → "gorlitz"). */
const READ_PLACE_WORDS = new Set([...PLACE_WORDS, ...SETTLEMENT_WORDS].map(asReadWord));

/** A folded word in the form the words against the programme are read in (umlauts as their plain vowel: "sueddeutschland" → "suddeutschland"). */
export function asReadWord(folded: string): string {
  return folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/**
 * The message with its misspelt words written as the knowledge writes them, for what reads phrases and
 * patterns (signals, roles, filters): "gibt es die semiare auch in leichter sprahce" → "… seminare … sprache".
 * The search corrects typos itself; these readings did not, and a misspelt "Sprache" lost the need for
 * Leichte Sprache. A word is corrected only to the one closest noun the knowledge writes (same first letter,
 * the first two for short words), never when the knowledge uses it as it is or a form of it, and never a
 * place or a role word (the roles read their own typos); a word one letter off a place's name, seven letters or more, is
 * that place ("Süddeutschlad", "Gemünd"). The same utterance comes back when nothing is misspelt.
 */
export function withTyposCorrected(u: Utterance, knowledge: Knowledge): Utterance {
  let tokens: string[] | undefined;
  let corrections: Map<string, string> | undefined;
  for (const [i, token] of u.tokens.entries()) {
    const corrected = correctedWord(token, knowledge);
    if (corrected === token) continue;
    tokens ??= [...u.tokens];
    tokens[i] = corrected;
    (corrections ??= new Map()).set(token, corrected);
  }
  if (tokens === undefined) return u;
  const folded = tokens.join(' ');
  return { ...u, folded, tokens, apart: apartCompounds(folded), corrections };
}

/** Fewest letters of a word typed in two pieces ("Semi Nare") for the pieces to be joined. */
const SPLIT_JOIN_MIN = 7;

/**
 * The text with words typed in two pieces joined where the knowledge writes them as one: "sind die Semi Nare kosten los? und
 * gibt es ein Zerti Fikat", "Bildungs Urlaub", "Netz Werk" (dictated messages, or people who write compounds apart). Only
 * where a piece alone is no word the knowledge uses, or is the first part of a compound with its linking "s" ("Bildungs",
 * "Inklusions"): "kosten los" and "an melden" are two words it knows, and stay apart. Two words it knows are joined where
 * the second is written as a noun and the joined word is one of the knowledge's nouns ("Fort Bildung", "Roll Stuhl")
 * — not where the knowledge writes the two words side by side ("Aktion Mensch", "zu Hause"). The same text comes back when
 * nothing is joined.
 */
export function withSplitWordsJoined(text: string, knowledge: Knowledge): string {
  if (!/\p{L}{2} \p{L}{2}/u.test(text)) return text;
  const vocabulary = vocabularyOf(knowledge);
  const known = (w: string) => usesWord(w, vocabulary);
  const pieces = text.split(/( )/);
  let joined = false;
  for (let i = 0; i + 2 < pieces.length; i += 2) {
    const [a, b] = [pieces[i] as string, pieces[i + 2] as string];
    if (!/^\p{L}{2,}$/u.test(a) || !/^\p{L}{2,}[.,;:!?]*$/u.test(b)) continue;
    const [fa, fb] = [foldWord(a), foldWord(b.replace(/[.,;:!?]+$/, ''))];
    const whole = fa + fb;
    if (whole.length < SPLIT_JOIN_MIN || !vocabulary.foldedWords.has(whole)) continue;
    const nounApart = /^\p{Lu}\p{Ll}/u.test(b) && vocabulary.foldedNouns.has(whole) && !vocabulary.wordPairs.has(`${fa} ${fb}`);
    if (known(fa) && known(fb) && !(fa.endsWith('s') && known(fa.slice(0, -1)) && !vocabulary.foldedWords.has(fa)) && !nounApart) continue;
    pieces[i] = a + (b.charAt(0).toLowerCase() + b.slice(1));
    pieces.splice(i + 1, 2);
    joined = true;
  }
  return joined ? pieces.join('') : text;
}

/** Length from which a word may have a typo in its second letter. */
const LONG_WORD = 8;
/** Endings of inflected verbs and adjectives, and what the knowledge may write instead ("sucht" → "suchen", "orientieren" → "orientierung"). */
const INFLECTION = /(?:t|st|te|ten|et|en|e|er|es|em|n|s)$/;
const BASE_ENDINGS = ['', 'en', 'n', 'e', 'ung'];

/** Whether the knowledge uses the word (folded) as it is, by its stem, or in another form of it. */
function usesWord(word: string, vocabulary: Vocabulary): boolean {
  return vocabulary.foldedWords.has(word) || vocabulary.stems.has(stem(word)) || formOfKnownWord(word, vocabulary.foldedWords);
}

/** Whether the word is an inflected form of a word the knowledge writes: its stem with another ending. */
function formOfKnownWord(token: string, words: ReadonlySet<string>): boolean {
  const base = token.replace(INFLECTION, '');
  return base.length >= 3 && BASE_ENDINGS.some((ending) => words.has(base + ending));
}

/** Fewest letters of a word that may be a place's name misspelt. */
const PLACE_TYPO_MIN = 7;
/** The words of the places the bot knows (states, towns, areas, and the catalogue's cities and regions) long enough to be corrected to. */
const longPlaceWords = perKnowledge((knowledge: Knowledge) => {
  const catalogue = knowledge.seminars.flatMap((s) => [s.location?.city ?? '', s.location?.region ?? '']).flatMap((name) => foldText(name).split(' '));
  return [...new Set([...PLACE_WORDS, ...catalogue])].filter((w) => w.length >= PLACE_TYPO_MIN - 1);
});

/** The one place word one edit from the word, with its first letter (none when two are as near). */
function nearPlace(token: string, knowledge: Knowledge): string | undefined {
  const near = longPlaceWords(knowledge).filter((w) => w[0] === token[0] && Math.abs(w.length - token.length) <= 1 && editDistance(w, token) === 1);
  return near.length === 1 ? near[0] : undefined;
}

function correctedWord(token: string, knowledge: Knowledge): string {
  if (token.length < TYPO_MIN || !/^[a-z]+$/.test(token) || PLACE_WORDS.has(token)) return token;
  const vocabulary = vocabularyOf(knowledge);
  // A form of a word the knowledge uses ("abmeldung", "belegen", "abends", "sucht", "orientieren") is no typo of another.
  if (usesWord(token, vocabulary)) return token;
  // A place's name one letter off ("Süddeutschlad", "Schwäbisch Gemünd"), in a word long enough not to be another word.
  const place = token.length >= PLACE_TYPO_MIN ? nearPlace(token, knowledge) : undefined;
  if (place !== undefined) return place;
  const budget = Math.min(allowedEdits(token), token.length >= TWO_EDITS_MIN ? 2 : 1);
  if (budget === 0) return token;
  // Short words need their first two letters right: "sucht" is no "Sicht", "zeile" no "Ziele".
  const start = token.length >= LONG_WORD ? 1 : 2;
  const near = vocabulary.foldedNouns.near(token, budget, (c) => c.startsWith(token.slice(0, start)) && !c.startsWith(token) && !token.startsWith(c));
  if (near.length === 0) return token;
  let best: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of near) {
    const distance = editDistance(token, candidate);
    if (distance < bestDistance) [best, bestDistance] = [[candidate], distance];
    else if (distance === bestDistance) best.push(candidate);
  }
  // Two words equally close ("kosten", "kostet" for "kosted") are one only when they are forms of one word — or when one
  // word's forms are many more among the near ones ("barrierfreie": "barrierefrei", "-e", "-en", "-es", not "barrierfree").
  const meant = best[0] as string;
  if (best.every((c) => stem(c) === stem(meant))) return meant;
  const forms = new Map<string, number>();
  for (const candidate of near) forms.set(stem(candidate), (forms.get(stem(candidate)) ?? 0) + 1);
  const [first, second] = [...new Set(best.map(stem))].map((s) => forms.get(s) ?? 0).sort((a, b) => b - a);
  const family = best.find((c) => (forms.get(stem(c)) ?? 0) === first);
  return first !== undefined && second !== undefined && first >= FAMILY_RATIO * second && first >= FAMILY_FORMS && family !== undefined ? family : token;
}
