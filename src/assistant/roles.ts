// Recognises a person's role in the project from what they write ("Ich bin Netzwerkkoordinatorin",
// "für die Verwaltung", "Ich mache Pressearbeit") and whether they are correcting a role given before.
import type { Knowledge, Role } from '../knowledge/schema.js';
import { foldText, mostSpecific, perKnowledge, perKnowledgeInSteps, phraseMatcherSteps, wordsBefore, type PhraseMatch } from './phrases.js';
import type { Utterance } from './understand/utterance.js';
import { fuzzyWordSetSteps, type FuzzyWordSet } from '../search/german.js';
import type { Steps } from '../search/steps.js';
import { stem, words } from '../search/analysis.js';
import { nounMarks, nounMarksOf } from '../search/nouns.js';
import { boundedMemo } from '../boundedMemo.js';

// Role synonyms of eight letters or more are also found at the end of a compound
// ("Bezirksverwaltung", "Unternehmenskommunikation"); shorter ones would hit unrelated words.
const COMPOUND_HEAD_MIN = 8;

const roleMatcher = perKnowledgeInSteps((knowledge: Knowledge) =>
  phraseMatcherSteps(
    knowledge.roles.flatMap((role) => [role.name, role.nameEasy, ...role.synonyms, ...role.workplaces].map((phrase) => ({ phrase, value: role.id }))),
    { compoundHeadMinLength: COMPOUND_HEAD_MIN },
  ),
);

/** Person forms of a role word ("Buchhalterin", "Ehrenamtliche", "Fachkräfte"), as opposed to the field ("Buchhaltung"). */
export const PERSON_FORM =
  /(?:er|erin|erinnen|innen|ern|orin|oren|(?<!m)ent|entin|enten|istin|isten|oge|ogin|ogen|eut|eutin|euten|otse|otsin|otsen|liche|lichen|licher|ende|enden|ender|kraft|kraefte|leute|leitung|leiter|team|glied|glieder|person|beauftragte\w*|verantwortliche\w*)$/;

/** Role phrases folded per step of a build in slices (a reload). */
const PHRASES_PER_STEP = 200;

/** Shortest typed word read as a misspelt or cut-off role word ("Kämmerr", "Netzwerkkoordi"). */
const FUZZY_MIN = 6;
/** Shortest cut-off role word ("Netzwerkkoordi"); "Netzwerk" or "Projekt" alone are words of their own. */
const CUT_OFF_MIN = 11;
/** Shortest role word a compound may start with ("Sozialplanungsfachkraft", "Fördermittelverantwortliche"). */
const COMPOUND_START_MIN = 9;

interface RoleWords {
  /** Single-word role phrases, folded, with their role. */
  byWord: Map<string, string>;
  fuzzy: FuzzyWordSet;
  /** The longer ones, for compounds and cut-off words. */
  long: Array<[string, string]>;
  /** Where each of them is in `long`, and `long` sorted by word: where a word with a given start is found fast. */
  longAt: Map<string, number>;
  longSorted: string[];
  /** Words that also name a topic ("Antragstellung", "Pressearbeit"): a role word near one of them may as well be that topic. */
  topicWords: Set<string>;
  /** What each word of a message read as near these role words (`nearRoleWord`); bounded. */
  nearByWord: (token: string) => NearRole | undefined;
}

/** A word of a message read as a role word it is near: a typo, a cut-off word, a compound. */
export interface NearRole {
  value: string;
  weight: number;
  near: 'role' | 'topic';
}

/** Words whose reading `nearByWord` keeps per generation: more than a day's messages use, cleared when full. */
const MAX_NEAR_WORDS = 5_000;

/** A place where a role word was found; `near` is set when it was read from a typo, cut-off word or compound. */
export interface RoleMention extends PhraseMatch<string> {
  /** The role word read near the typed one names a person or a role only, not a topic ("Projektleitng", not "Antragstelung"). */
  near?: 'role' | 'topic';
}

const roleWords = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<RoleWords> {
  const byWord = new Map<string, string>();
  let phrases = 0;
  for (const role of knowledge.roles) {
    for (const phrase of [role.name, role.nameEasy, ...role.synonyms, ...role.workplaces]) {
      // ~2,600 role phrases folded at once were a block of 10–20 ms in a reload (2026-12-01).
      if (++phrases % PHRASES_PER_STEP === 0) yield;
      const folded = foldText(phrase);
      if (folded.length >= FUZZY_MIN && !folded.includes(' ') && !byWord.has(folded)) byWord.set(folded, role.id);
    }
  }
  const topicWords = new Set(knowledge.topics.flatMap((t) => [t.name, ...t.synonyms]).map((w) => foldText(w)));
  const long = [...byWord].filter(([w]) => w.length >= COMPOUND_START_MIN);
  const longSorted = long.map(([w]) => w).sort();
  const words: RoleWords = { byWord, fuzzy: yield* fuzzyWordSetSteps(byWord.keys()), long, longAt: new Map(long.map(([w], i) => [w, i])), longSorted, topicWords, nearByWord: () => undefined };
  words.nearByWord = boundedMemo(MAX_NEAR_WORDS, (token: string) => nearRoleWordAfresh(token, words));
  return words;
});

/**
 * Heads of a compound that say only that someone works on something: in "Öffentlichkeitsarbeitsreferentin"
 * or "Fördermittelsachbearbeiter" the first part names the field and so the role (a "Referent*in" in a
 * German administration is an officer, not a trainer).
 */
const GENERIC_HEAD = /^(?:referent|sachbearbeit|mitarbeit|beauftragt|verantwortlich|manager|planer|pruefer|berater|leiter|leitung|gruppenleit|fachkraft)/;
/**
 * Titles that say only that someone is employed in an administration, as "Sachbearbeiterin" does: "Verwaltungsfachangestellte
 * mit Zuständigkeit für Zuwendungsrecht", "Verwaltungsfachwirt … Öffentlichkeitsarbeit" — the field named beside it is the role.
 */
const GENERIC_TITLE = /^(?:verwaltungs(?:fach)?(?:angestellt|wirt|kraft|mitarbeit)|verwaltungskraft|angestellt|beschaeftigt)/;
/** Shortest first part of such a compound read as a role word ("Haushalt…", "Fördermittel…"). */
const MODIFIER_MIN = 6;

/** The role a compound's first part names, when the compound ends in a generic head ("Fördermittel|sachbearbeiter"). */
function modifierRole(folded: string, match: PhraseMatch<string>, words: RoleWords): string | undefined {
  if (match.whole || !GENERIC_HEAD.test(folded.slice(match.start, match.end))) return undefined;
  const start = folded.lastIndexOf(' ', match.start) + 1;
  // The linking "s" of a German compound: "Öffentlichkeitsarbeit|s|referentin".
  const modifier = folded.slice(start, match.start).replace(/s$/, '');
  if (modifier.length < MODIFIER_MIN) return undefined;
  const word = [...words.byWord.keys()].filter((w) => modifier.startsWith(w) && w.length >= MODIFIER_MIN).sort((a, b) => b.length - a.length)[0];
  const id = word !== undefined ? words.byWord.get(word) : undefined;
  return id !== match.value ? id : undefined;
}

/**
 * Role words the exact phrases miss: a typo ("Buchaltung", "Verwlatung", "Projektleitrin"), a cut-off
 * word ("Netzwerkkoordi"), a compound that starts with a role word ("Sozialplanungsfachkraft").
 */
function nearRoleWords(folded: string, knowledge: Knowledge, taken: Array<PhraseMatch<string>>): RoleMention[] {
  const found: RoleMention[] = [];
  let position = 0;
  for (const token of folded.split(' ')) {
    const start = folded.indexOf(token, position);
    const end = start + token.length;
    position = end;
    if (token.length < FUZZY_MIN || taken.some((m) => m.start < end && start < m.end)) continue;
    const read = nearRoleWord(token, knowledge);
    if (read !== undefined) found.push({ value: read.value, start, end, weight: read.weight, whole: false, near: read.near });
  }
  return found;
}

/**
 * The role word a word of the message is near, if any. It depends only on the word and the generation's role
 * words, and messages use the same words again (a look-up's and a FAQ's words were read afresh each turn, ~1 %
 * of a FAQ turn's `respond()`, profiled 2026-12-02): remembered with the role words unless `remember` is false.
 * Exported for its test.
 */
export function nearRoleWord(token: string, knowledge: Knowledge, remember = true): NearRole | undefined {
  const words = roleWords(knowledge);
  return remember ? words.nearByWord(token) : nearRoleWordAfresh(token, words);
}

function nearRoleWordAfresh(token: string, words: RoleWords): NearRole | undefined {
  const budget = token.length >= 12 ? 2 : 1;
  // A typo keeps the first and last letter ("Fördermittelberatung" is no typo of "…berater").
  const near = words.fuzzy.near(token, budget, (w) => w[0] === token[0] && w.at(-1) === token.at(-1))[0];
  // A compound that starts with a role word names a person only if it ends like one ("Sozialplanungsfachkraft", not "…seminar").
  const prefix = words.long[firstLongWordIn(token, words)];
  const id = near !== undefined ? words.byWord.get(near) : prefix?.[1];
  const read = near ?? prefix?.[0] ?? '';
  // "Projektleitng" can only be the role; "Antragstelung" may be the topic of that name, "Haushaltsplanerin" is a person.
  const role = PERSON_FORM.test(near !== undefined ? read : token) || !words.topicWords.has(read);
  return id !== undefined ? { value: id, weight: token.length - budget, near: role ? 'role' : 'topic' } : undefined;
}

/**
 * The first long role word (in `long`'s order) that starts a compound naming a person
 * ("Sozialplanungs|fachkraft") or that a cut-off word starts ("Netzwerkkoordi…"); -1 for none. The
 * same word as searching `long` from the start, which took ~2.5 % of a FAQ turn's respond() (profiled
 * 2026-12-01): the words the token starts with are among its own starts, the words starting with it
 * next to each other in `longSorted`.
 */
function firstLongWordIn(token: string, words: RoleWords): number {
  let first = -1;
  const earlier = (at: number | undefined) => {
    if (at !== undefined && (first === -1 || at < first)) first = at;
  };
  if (PERSON_FORM.test(token)) for (let length = COMPOUND_START_MIN; length < token.length; length++) earlier(words.longAt.get(token.slice(0, length)));
  if (token.length >= CUT_OFF_MIN) {
    for (let i = firstNotBefore(words.longSorted, token); i < words.longSorted.length && (words.longSorted[i] as string).startsWith(token); i++) earlier(words.longAt.get(words.longSorted[i] as string));
  }
  return first;
}

/** The first index in a sorted list whose entry is not before `key`. */
function firstNotBefore(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keiner', 'nie', 'niemals']);

function negated(folded: string, match: PhraseMatch<string>): boolean {
  return wordsBefore(folded, match.start, 3).some((w) => NEGATIONS.has(w));
}

/** Where the folded text names a role (not negated), most specific first (whole words before compound parts, longer before shorter). */
export function roleMentions(folded: string, knowledge: Knowledge): RoleMention[] {
  const words = roleWords(knowledge);
  const exact = mostSpecific(roleMatcher(knowledge)(folded)).map((m): RoleMention => {
    const modifier = modifierRole(folded, m, words);
    return modifier !== undefined ? { ...m, value: modifier, near: 'role' } : m;
  });
  const matches = [...exact, ...nearRoleWords(folded, knowledge, exact)].filter((m) => !negated(folded, m));
  return matches.sort((a, b) => Number(b.whole) - Number(a.whole) || b.weight - a.weight || a.start - b.start);
}

/** "ich", not "wir": "Der Oberbürgermeister möchte, dass wir …" speaks of the team, the writer's own role is elsewhere. */
const FIRST_PERSON_SINGULAR = /\b(?:ich|mich|mir|mein|meine[nmrs]?|bin|i|me|my|am)\b/;

/** Where in the folded text the sentences in the first person stand ("Ich leite die Pressestelle." — not "Der Oberbürgermeister möchte …"). */
export function ownSentences(text: string, folded: string): Array<[number, number]> {
  return sentenceSpans(text, folded).filter(([a, b]) => FIRST_PERSON_SINGULAR.test(folded.slice(a, b)));
}

/**
 * Where in the folded text each sentence of the text stands, found by counting words: the folded text may have
 * misspelt words written right ("Hintergründe" read as "Hintergrund"), one word for one. None when the sentences
 * fold into a different number of words than the whole.
 */
export function sentenceSpans(text: string, folded: string): Array<[number, number]> {
  const starts: number[] = [];
  for (const word of folded.matchAll(/\S+/g)) starts.push(word.index);
  const spans: Array<[number, number]> = [];
  let next = 0;
  for (const sentence of text.split(/[.!?;]+/)) {
    const part = foldText(sentence);
    if (part === '') continue;
    const count = part.split(' ').length;
    const last = next + count - 1;
    if (last >= starts.length) return [];
    spans.push([starts[next] as number, (starts[last] as number) + (folded.slice(starts[last]).match(/^\S+/)?.[0].length ?? 0)]);
    next = last + 1;
  }
  return next === starts.length ? spans : [];
}

/** Words before a role word that make it the people the work is for: "Werkstatt für Menschen mit Behinderung", "arbeite mit Geflüchteten", "begleite unsere Selbstvertreter*innen". */
/** The role of leading (a unit, an office, a town) and what may stand between such a word and the field it leads. */
const LEADERSHIP_ROLE = 'leitung-politik';
const UNIT_OF = /^ (?:(?:der|des|im|fuer|von|vom|bereich|sachgebiet|abteilung|team|stabsstelle|referat) ){0,2}$/;

const FOR_WHOM_BEFORE = /\b(?:fuer|mit|begleite|unterstuetze|berate|betreue)(?: \w+){0,2}$/;
/**
 * "Fortbildungsempfehlung für Netzwerkkoordinator*innen …", "Welche Schulung für Kämmerer?": a message that begins by asking
 * training for someone names the role asked about, not whom the work is for ("Ich gebe Schulungen für die Verwaltung").
 */
const TRAINING_FOR_START = /^(?:\w+ ){0,2}(?:seminar|kurs|fortbildung|weiterbildung|schulung|workshop|training|angebot|empfehlung|qualifizierung|vorschlag)\w* fuer(?: \w+){0,2}$/;

/**
 * The mentions in the order they tell the writer's own role: first those in the writer's own sentences
 * ("Ich leite die Pressestelle. Der Oberbürgermeister möchte …": the mayor is someone else), then those
 * not naming whom the work is for ("Integrationslotsin, arbeite mit Menschen mit Behinderung"), then a
 * word for a person of one trade ("Buchhalterin") or a field said to be the writer's job ("ich mache die
 * Koordination") before a workplace ("bei einem Wohlfahrtsverband"), a team or a generic word
 * ("Sachbearbeiterin"); otherwise as given.
 */
export function rankMentions<M extends PhraseMatch<string>>(mentions: M[], text: string, folded: string): M[] {
  if (mentions.length < 2) return mentions;
  const own = ownSentences(text, folded);
  const inOwn = (m: M) => own.some(([a, b]) => a <= m.start && m.end <= b);
  // "Budgetplanung und Öffentlichkeitsarbeit sind Neuland für mich": a field the writer lacks comes after the one they have.
  const lacking = own.filter(([a, b]) => LACKED.test(folded.slice(a, b)));
  const lacked = (m: M) => lacking.some(([a, b]) => a <= m.start && m.end <= b);
  const someOwn = mentions.some(inOwn);
  const rank = (m: M) => {
    const word = folded.slice(folded.lastIndexOf(' ', m.start) + 1, m.end);
    const before = folded.slice(Math.max(0, m.start - 40), m.start).trimEnd();
    const trade = (PERSON_FORM.test(word) && !GENERIC_HEAD.test(word) && !GENERIC_TITLE.test(word) && !word.endsWith('team')) || OWN_JOB_BEFORE.test(before);
    return (someOwn && !inOwn(m) ? 4 : 0) + (superior(m, before) ? 4 : 0) + (lacked(m) ? 2 : 0) + (FOR_WHOM_BEFORE.test(before) && !TRAINING_FOR_START.test(folded.slice(0, m.start).trimEnd()) ? 2 : 0) + (trade ? 0 : 1) + (GENERIC_TITLE.test(word) ? 1 : 0) + (leadsAField(m) ? 1 : 0);
  };
  // "Unser Bürgermeister hat beschlossen …", "Meine Chefin möchte …": a leader the writer calls theirs is someone else, unless training is asked for them ("für unsere Amtsleitung").
  const superior = (m: M, before: string) => m.value === LEADERSHIP_ROLE && SUPERIOR_BEFORE.test(before) && !/\bfuer \w+$/.test(before);
  // "Sachgebietsleitung Öffentlichkeitsarbeit", "Abteilungsleiterin Finanzen": leading a unit of a field is working in that field.
  const leadsAField = (m: M) =>
    m.value === LEADERSHIP_ROLE && mentions.some((n) => n.value !== LEADERSHIP_ROLE && n.start >= m.end && UNIT_OF.test(folded.slice(m.end, n.start)));
  return mentions.map((m, i) => ({ m, i, r: rank(m) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.m);
}

/** Words that say the writer lacks a field: "habe wenig Erfahrung", "keine Ahnung", "neu für mich", "Neuland", "noch nie". */
export const LACKED = /\b(?:wenig|keine|null|kaum|kein|weder|no|little) (?:ahnung|erfahrung|plan|wissen|experience)\b|\b(?:neu fuer mich|neuland|noch nie|voellig neu|kenne mich (?:\w+ )?nicht aus)\b/;

/** Where a clause ends inside a sentence: a comma or dash, "aber", "und" before a verb or "ich" ("… koordinieren und hab keine Ahnung"). */
const CLAUSE_END = /\s*[,–—:]\s*|\s+aber\s+|\s+und\s+(?=(?:ich|hab|habe|hat|bin|ist|weiss|weiß|kenne|kann)\b)/iu;
/** Where a clause written without a comma turns to what the writer lacks: "… die Förderanträge schreibe hab ich noch nie gemacht". */
const LACK_TURN = /\s+(?=(?:hab|habe) ich\b)/iu;
/** A clause in which the writer says what they lack ("habe ich kaum Erfahrung", "hab keine Ahnung"), not others ("Die Ehrenamtlichen haben kaum Ahnung"). */
const OWN_LACK = /\b(?:ich|mir|mich|hab|habe|i)\b/;

/** Whether a folded clause says what the writer lacks ("habe ich kaum Erfahrung mit Projektsteuerung"). */
function saysOwnLack(folded: string): boolean {
  return LACKED.test(folded) && OWN_LACK.test(folded);
}

/**
 * The roles whose field the writer says they lack, in a clause of its own ("… und habe keine Erfahrung mit Projektleitung",
 * "mit Öffentlichkeitsarbeit kenne ich mich nicht aus"): named there, negated or not.
 */
export function lackedRoles(text: string, folded: string, knowledge: Knowledge): string[] {
  if (!LACKED.test(folded)) return [];
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    for (const clause of sentence.split(CLAUSE_END)) {
      const words = foldText(clause);
      if (saysOwnLack(words)) for (const m of mostSpecific(roleMatcher(knowledge)(words))) found.push(m.value);
    }
  }
  return [...new Set(found)];
}

/**
 * A sentence without its clauses that say the writer lacks something: "Ich soll das Netzwerk koordinieren und hab
 * keine Ahnung" keeps "Ich soll das Netzwerk koordinieren"; "…, aber mit Projektsteuerung habe ich kaum Erfahrung" goes.
 */
function withoutLackedClauses(sentence: string): string {
  if (!LACKED.test(foldText(sentence))) return sentence;
  const kept: string[] = [];
  for (const clause of sentence.split(CLAUSE_END)) {
    if (!saysOwnLack(foldText(clause))) kept.push(clause);
    else {
      // "… schreibe hab ich noch nie gemacht" keeps what the writer is to do; "mit Projektsteuerung habe ich kaum Erfahrung" goes whole.
      const head = clause.split(LACK_TURN)[0] ?? '';
      if (head !== clause && /\b(?:ich|mir|mich)\b/i.test(head)) kept.push(head);
    }
  }
  return kept.join(', ');
}

/** A possessive right before a word of leading: "unser Bürgermeister", "meine Chefin", "unsere Abteilungsleitung". */
const SUPERIOR_BEFORE = /\b(?:unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner|our|my)$/;

/** Words right before a word of a field that say it is the writer's job: "mein Job ist Pressearbeit", "I do the bookkeeping". */
// "Meine Aufgabe im Rathaus ist jetzt Öffentlichkeitsarbeit", "Zuständigkeit: Pressearbeit", "Working in Öffentlichkeitsarbeit for …".
export const OWN_JOB_BEFORE =
  /\b(?:(?:mein|meine) (?:job|aufgabe|bereich|schwerpunkt|zustaendigkeit)(?: \w+){0,3} (?:ist|sind)(?: jetzt| nun| vor allem| hauptsaechlich)?|zustaendigkeit|ich (?:mache|mach) (?:die|den|das)?|my job is|i do(?: the)?|i handle(?: the)?|(?:i )?work(?:ing)? in(?: the)?|i am in charge of(?: the)?)$/;

/**
 * Words that, next to a role word alone, say it is the writer's role and not a topic asked about:
 * "Antragstellung, bin zuständig", "Ehrenamt, welches Seminar?", "Buchhaltung im Projekt", "Netzwerkkoordinatorin, neu".
 */
export const OWN_ROLE_HINT = /\b(?:neu|dabei|zustaendig|verantwortlich|bin|seit|welche[snrm]?|passt|im projekt|empfehlung|vorschlag|rolle|job)\b/;

/** The roles of the given mentions, each once, in the mentions' order. */
export function rolesOf(mentions: Array<PhraseMatch<string>>, knowledge: Knowledge): Role[] {
  const ids = [...new Set(mentions.map((m) => m.value))];
  return ids.map((id) => knowledge.roles.find((r) => r.id === id)).filter((r) => r !== undefined);
}

/** Every role named in the text, most specific first (whole words before compound parts, longer before shorter). */
export function recognizeRoles(text: string | Utterance, knowledge: Knowledge): Role[] {
  // A turn's message is read once (its utterance); other texts (enquiry answers) are folded here.
  const folded = typeof text === 'string' ? foldText(text) : text.folded;
  return rolesOf(roleMentions(folded, knowledge), knowledge);
}

/** The role the text names, if any; the most specific one when it names several. Never guesses. */
export function recognizeRole(text: string | Utterance, knowledge: Knowledge): Role | undefined {
  return recognizeRoles(text, knowledge)[0];
}

/** One word of an activity: its stem, and for a separable verb ("zusammenhalten") its prefix and the stem of the rest. */
interface ActivityWord {
  stem: string;
  /** Written in lower case in the activity: a verb ("lehre"), which a noun of the message ("Lehrerin") does not say. */
  verb: boolean;
  separable?: { prefix: string; stem: string };
}

interface Activity {
  roleId: string;
  /** All of them one sentence must hold. */
  words: ActivityWord[];
  /** Where the work is done, not what it is ("bei Stadt arbeite", "work for council"). */
  workplace: boolean;
  /** Its verb takes the thing named as its object ("Projekt leiten", "Netzwerk aufbauen"): that thing is not said after a preposition. */
  object: boolean;
}

/** An activity that says only where someone works. */
const WORKPLACE_ACTIVITY = /^(?:bei|work (?:for|at|in))\s/i;

// Prefixes a German verb leaves at the end of the sentence: "aufbauen" → "ich baue das Netzwerk auf".
const SEPARABLE = /^(zusammen|weiter|voran|auf|aus|ein|mit|vor|ab|an|zu)(\p{L}{4,})$/u;

/** Verbs of activities whose thing is their object, as `words` folds them: "ich übernehme das Projekt", not "ich übernehme die Öffentlichkeitsarbeit im Projekt". */
const OBJECT_VERBS = new Set(
  ['leiten', 'leite', 'steuern', 'managen', 'koordinieren', 'verantworten', 'ubernehmen', 'ubernommen', 'aufbauen', 'zusammenhalten', 'moderieren', 'betreuen', 'pflegen', 'organisieren', 'umsetzen', 'lead', 'run', 'manage', 'coordinate'].map(stem),
);
/** A preposition, maybe with its article or possessive, before a word: "im Projekt", "für unser Netzwerkprojekt", "in the project" (as `words` folds them: "fur"). */
const PREPOSITION = new Set(['im', 'in', 'ins', 'beim', 'bei', 'am', 'aus', 'mit', 'zum', 'zur', 'fur', 'uber', 'innerhalb', 'at', 'for', 'with', 'within']);
const ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine[mnrs]?|unse?re?[mnrs]?|mein\w*|dein\w*|ihre?[mnrs]?|euer|eure[mnrs]?|the|our|my|a|an)$/;
function afterPreposition(sentence: SentenceWord[], i: number): boolean {
  const before = sentence[i - 1]?.text ?? '';
  return PREPOSITION.has(before) || (ARTICLE.test(before) && PREPOSITION.has(sentence[i - 2]?.text ?? ''));
}

function activityWord(text: string, verb: boolean): ActivityWord {
  const split = SEPARABLE.exec(text);
  return { stem: stem(text), verb, ...(split?.[1] && split[2] ? { separable: { prefix: split[1], stem: stem(split[2]) } } : {}) };
}

const activities = perKnowledge((knowledge: Knowledge): Activity[] =>
  knowledge.roles.flatMap((role) =>
    role.activities.map((phrase) => {
      const lower = new Set(phrase.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).flatMap((w) => words(w, 1, true).map((x) => x.text)));
      const phraseWords = words(phrase, Number.POSITIVE_INFINITY, true).map((w) => activityWord(w.text, lower.has(w.text)));
      const workplace = WORKPLACE_ACTIVITY.test(phrase);
      return { roleId: role.id, words: phraseWords, workplace, object: !workplace && phraseWords.some((w) => w.verb && OBJECT_VERBS.has(w.stem)) };
    }),
  ),
);

/** Shortest activity word also found as part of a compound ("Projekt" in "Inklusionsprojekt", "Netzwerk" in "Netzwerktreffen"). */
const ACTIVITY_PART_MIN = 5;
/** A sentence about the writer's own work: "ich", "mich", "mir", "mein…", "wir", "uns", "bin"; English "I", "me", "my", "we". */
const FIRST_PERSON = /\b(?:ich|mich|mir|mein|meine[nmrs]?|wir|uns|bin|i|me|my|we)\b/;

interface SentenceWord {
  text: string;
  stem: string;
  /** Capitalised inside a message that capitalises its nouns: a thing or a person, not what someone does (a noun in -ung is the doing: "Umsetzung"). */
  noun: boolean;
}

/** Most words between the first and the last word of an activity: "leite ein kleines Inklusionsprojekt", not "Inklusionsprojekt … die Qualifizierung … planen". */
const ACTIVITY_SPAN = 5;
/** A sentence that starts like a question asks about the activity ("Wo stelle ich den Antrag?"), it does not say it is the writer's. */
const QUESTION_START = /^(?:wo|wie|was|wann|warum|wieso|weshalb|wer|welche\w*|womit|wozu|kann|konnen|muss|mussen|darf|durfen|soll|sollte|gibt|ist|sind|how|what|where|when|why|which|can|could|do|does|is|are|should)$/;

const INVERTED = new Set(['ich', 'wir', 'man']);
const GREETING_WORD = /^(?:hallo|hi|hey|servus|moin|jo|na|also|tach|huhu|hello)$/;

/** Added to the place of a word found only as the first part of a compound ("Projekt" in "Projektbuchhaltung"): such an activity is less tight than one whose word is the compound's head. */
const MODIFIER = 0.5;
/** Fewest letters after such a first part that make a compound's head ("buchhaltung", not the "or" of "coordinator"). */
const HEAD_MIN = 4;

/** Where in the sentence a word of an activity is. A loop, not flatMap: this runs for every activity of every role on each first-person sentence, and flatMap made an array per word. */
function positions(sentence: SentenceWord[], wanted: ActivityWord, object: boolean): number[] {
  const { stem: whole, separable } = wanted;
  const apart = separable !== undefined && sentence.some((w) => w.text === separable.prefix);
  const asPart = whole.length >= ACTIVITY_PART_MIN;
  const found: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const w = sentence[i] as SentenceWord;
    if (w.noun && wanted.verb) continue;
    // "Ich übernehme die Öffentlichkeitsarbeit im Projekt": the project is where, the verb's object is another thing.
    if (object && !wanted.verb && afterPreposition(sentence, i)) continue;
    if (w.stem === whole || (asPart && w.stem.endsWith(whole)) || (apart && w.stem === separable.stem)) found.push(i);
    // "Koordinatorin" for "koordinieren" is the word in another form; "Projektbuchhaltung" for "Projekt" the first part of a compound.
    else if (asPart && w.text.startsWith(whole)) found.push(w.text.length - whole.length >= HEAD_MIN ? i + MODIFIER : i);
  }
  return found;
}

/**
 * How tightly a sentence holds an activity: the fewest words between its first and its last word, or undefined
 * when the sentence does not hold it (a word missing, or the words more than ACTIVITY_SPAN apart).
 */
function spanOf(sentence: SentenceWord[], activity: Activity): number | undefined {
  // Most activities have a word the sentence lacks: stop at the first one (the roles' many activities made this a fifth of a turn).
  const found: number[][] = [];
  for (const wanted of activity.words) {
    const at = positions(sentence, wanted, activity.object);
    if (at.length === 0) return undefined;
    found.push(at);
  }
  let best: number | undefined;
  for (const anchor of found[0] ?? []) {
    let widest = 0;
    // A compound's first part makes the activity a little less tight than the word itself (its place's fraction).
    let modifier = 0;
    for (const at of found) {
      let nearest = Number.POSITIVE_INFINITY;
      let part = 0;
      for (const i of at) {
        const distance = Math.abs(Math.floor(i) - Math.floor(anchor)) + (i % 1);
        if (distance < nearest) [nearest, part] = [distance, i % 1];
      }
      widest = Math.max(widest, Math.floor(nearest));
      modifier = Math.max(modifier, part);
    }
    // "Projektsteuerung" holds both words of "Projekt steuern": one word, no first part of another's compound.
    const tight = widest === 0 ? 0 : widest + modifier;
    if (widest <= ACTIVITY_SPAN && (best === undefined || tight < best)) best = tight;
  }
  return best;
}

/** A relative clause after a comma ("…, die im Netzwerk mitmacht"). */
const RELATIVE_CLAUSE = /,\s*(?=(?:die|der|das|den|dem|deren|dessen|welche[rsnm]?|wo)\s)/iu;
/** A clause that says who the writer is ("ich bin die Neue", "wir sind ein Verein"): a relative clause after it is about the writer. */
const COPULA = /\b(?:bin|sind)\b/iu;

/**
 * A sentence without the relative clauses that describe a thing the writer names: in "Ich leite eine Kita, die im
 * Netzwerk mitmacht" the Kita takes part in the network, the writer leads the Kita; in "Ich bin die Neue, die das
 * Netzwerk koordinieren soll" the clause is about the writer.
 */
function apartFromThings(sentence: string): string[] {
  const [first = '', ...clauses] = sentence.split(RELATIVE_CLAUSE);
  const kept = [first];
  for (const clause of clauses) {
    if (COPULA.test(kept.at(-1) ?? '')) kept[kept.length - 1] += `, ${clause}`;
    else kept.push(clause);
  }
  return kept;
}

/** A role whose activities the writer describes. */
export interface DescribedRole {
  role: Role;
  /** Only where the writer works is said ("ich arbeite bei der Stadt"), not what they do there. */
  whereOnly: boolean;
  /** Said only with the first part of a compound ("den Projekthaushalt verantworten" for "Projekt verantworten"). */
  loose: boolean;
}

/**
 * The roles whose activities a sentence of the writer's own describes ("Ich leite ein kleines
 * Inklusionsprojekt" → Projektleitung, "bin die Neue, die das Netzwerk koordinieren soll" →
 * Netzwerkkoordination), in the roles' order; an activity that says only where
 * someone works ("bei Stadt arbeite") is marked so. A sentence without "ich", "wir", "mir" … ("Seminare zum
 * Thema Netzwerk koordinieren") says what someone asks about, not what they do.
 */
export function describedRoles(text: string | Utterance, knowledge: Knowledge): DescribedRole[] {
  const raw = typeof text === 'string' ? text : text.text;
  // Only sentences in the first person describe what one does; most messages have none, and then
  // the nouns need not be marked.
  const firstPerson = raw
    .split(/[.!?;]+/)
    .flatMap(apartFromThings)
    // "…, aber mit Projektsteuerung habe ich kaum Erfahrung": what the writer lacks is not what they do.
    .map(withoutLackedClauses)
    .filter((s) => FIRST_PERSON.test(foldText(s)));
  if (firstPerson.length === 0) return [];
  // "Ich bin Lehrerin" does not say "ich lehre": a verb of an activity is not found in a noun.
  const marks = typeof text === 'string' ? nounMarks(raw) : nounMarksOf(text.reading);
  const nouns = new Set(marks.marked ? [...marks.inside].flatMap((n) => words(n, 1, true).map((w) => w.text)) : []);
  const sentences = firstPerson
    .map((s) => words(s, Number.POSITIVE_INFINITY, true).map((w): SentenceWord => ({ text: w.text, stem: stem(w.text), noun: nouns.has(w.text) && !w.text.endsWith('ung') })))
    // "Servus, ich leit ne Kita": a greeting before "ich" is no verb that asks.
    .map((s) => (GREETING_WORD.test(s[0]?.text ?? '') ? s.slice(1) : s))
    // "Lerne ich auch Anträge schreiben?": a verb before "ich" asks.
    .filter((s) => !QUESTION_START.test(s[0]?.text ?? '') && !INVERTED.has(s[1]?.text ?? ''));
  if (sentences.length === 0) return [];
  // "soll im Projekt die Finanzen übernehmen": the activity said in fewer words ("Finanzen übernehmen") is the one
  // meant, not the one whose words stand apart ("Projekt … übernehmen"); equally tight ones in the roles' order.
  const tightest = new Map<string, number>();
  const what = new Set<string>();
  for (const a of activities(knowledge)) {
    let span: number | undefined;
    for (const s of sentences) {
      const found = spanOf(s, a);
      if (found !== undefined && (span === undefined || found < span)) span = found;
    }
    if (span === undefined) continue;
    tightest.set(a.roleId, Math.min(span, tightest.get(a.roleId) ?? Number.POSITIVE_INFINITY));
    if (!a.workplace) what.add(a.roleId);
  }
  const order = new Map(knowledge.roles.map((r, i) => [r.id, i]));
  return knowledge.roles
    .filter((r) => tightest.has(r.id))
    .sort((a, b) => (tightest.get(a.id) ?? 0) - (tightest.get(b.id) ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((role) => ({ role, whereOnly: !what.has(role.id), loose: (tightest.get(role.id) ?? 0) % 1 !== 0 }));
}

/** The roles of describedRoles. */
export function roleActivities(text: string | Utterance, knowledge: Knowledge): Role[] {
  return describedRoles(text, knowledge).map((d) => d.role);
}

const ROLE_CHANGE = [
  /\bich bin doch\b/,
  /\bbin ich doch\b/,
  /\beigentlich bin ich\b/,
  /\bich bin eigentlich\b/,
  /\bich bin (?:jetzt|nun|inzwischen|mittlerweile) (?!auch\b)/,
  /\bnicht (?:mehr )?(?:\w+ ){0,3}sondern\b/,
  /\b(?:andere|anderen|andere?s|neue|neuen|falsche|falschen) rolle\b/,
  /\brolle (?:aendern|wechseln|korrigieren|ist falsch|stimmt nicht)\b/,
  /\b(?:meine|die) rolle ist\b/,
  /\bich habe mich vertan\b/,
  /\b(?:korrektur|stattdessen|lieber als)\b/,
];

/** Whether the person is correcting or changing the role they gave before ("Ich bin doch in der Verwaltung"). */
export function roleChangeIntent(text: string): boolean {
  const folded = foldText(text);
  return ROLE_CHANGE.some((pattern) => pattern.test(folded));
}
