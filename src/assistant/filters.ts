// Reads seminar look-up wishes out of one message: topic, format, place, period, accessibility needs
// and level ("Online-Seminare im März", "Präsenzseminare in Rostock", "Seminare mit Gebärdensprache").
import type { Knowledge, SeminarFormat, SeminarLevel } from '../knowledge/schema.js';
import { extractPeriod, TIME_GATE, type Period } from './period.js';
import { buildPhraseMatcher, foldText, mostSpecific, perKnowledge, perKnowledgeInSteps, phraseMatcherSteps, tokenSpans, wordsBefore, type PhraseMatch, type PhraseMatcher } from './phrases.js';
import type { AccessibilityNeed } from '../texts/de/seminars.js';
import { words } from '../search/analysis.js';
import { fuzzyWordSetSteps, type FuzzyWordSet } from '../search/german.js';
import type { Steps } from '../search/steps.js';
import { AREAS, STATE_SHORT_NAMES, STATES, TOWN_STATES, type State } from '../catalogue/places.js';
import { PERSON_FORM } from './roles.js';
import { apartCompounds, correctedText, type Utterance } from './understand/utterance.js';
import { everyMatch } from './matches.js';
import { boundedMemo } from '../boundedMemo.js';

export type { Period } from './period.js';
export type { AccessibilityNeed } from '../texts/de/seminars.js';

export type Daytime = 'vormittag' | 'nachmittag' | 'abend';
/** How long a seminar day may or should be: half a day at most, or a whole day. */
export type Duration = 'halbtag' | 'ganztag';

export interface SeminarFilters {
  /** Topic ids (roles.yaml → topics). */
  topics: string[];
  /** Wanted formats; a hybrid seminar serves a wish for "online" and for "Präsenz". */
  formats: SeminarFormat[];
  /** City names as written in the seminar catalogue. */
  cities: string[];
  /** Region names as written in the seminar catalogue. */
  regions: string[];
  /** A place the text names ("in Hamburg") where no seminar takes place; matches nothing but `around`. */
  unknownPlace?: string;
  /** The catalogue's regions (states) the unknown place lies in ("München" → Bayern): seminars near it. */
  around?: string[];
  /** "in meiner Nähe" without a place: the bot cannot know where that is, and says so. */
  nearMe?: boolean;
  period?: Period;
  /** The time of day the seminar should start ("abends", "vormittags"). */
  daytime?: Daytime;
  /** "samstags", "am Wochenende", "nur dienstags und donnerstags", "unter der Woche komm ich nicht weg": the days of the week every session must fall on (1 = Monday … 7 = Sunday). */
  weekdays?: number[];
  /** "nicht länger als einen halben Tag", "Halbtagesveranstaltungen", "ganztägig": how long a seminar day may be. */
  duration?: Duration;
  accessibility: AccessibilityNeed[];
  /** One of the needs is enough ("mit Gebärdensprache oder Untertiteln"); otherwise every need named must be offered. */
  accessibilityAny?: boolean;
  /** Only seminars one can still ask for a place in ("mit freien Plätzen", "wo ich mich noch anmelden kann"). */
  openOnly?: boolean;
  /** "Wann ist das nächste Online-Seminar?": the soonest first, not the best fit. */
  soonest?: boolean;
  /** The town named is where the person works ("Ich bin Projektleiterin in Erlangen"): seminars there first, none left out. */
  placePreferred?: boolean;
  level?: Exclude<SeminarLevel, 'alle'>;
  /** A topic, need or level was named as not wanted (again) ("Grundlagen hatte ich schon"): the message's words do not rank the list. */
  declined?: boolean;
  /** Catalogue places said not to be wanted ("aber nicht in Berlin", "außer in Nordrhein-Westfalen"): their seminars in person are left out. */
  notIn?: { cities: string[]; regions: string[] };
  /** Whether the text contained any of the filters above. */
  hasAny: boolean;
}

// Topic synonyms of nine letters or more also count at the end of a compound ("Projektfinanzierung");
// "Führung" would otherwise turn up in every "Einführung".
const TOPIC_HEAD_MIN = 9;

/** A topic's name, its parts ("Fördermittel und Antragstellung" → "Fördermittel", "Antragstellung"), its synonyms and the phrases that show it. */
function topicPhrases(topic: Knowledge['topics'][number]): string[] {
  const parts = topic.name.split(/\s+und\s+/).filter((p) => p !== topic.name);
  return [topic.name, ...parts, ...topic.synonyms, ...topic.phrases];
}

const topicMatcher = perKnowledgeInSteps((knowledge: Knowledge) =>
  phraseMatcherSteps(
    knowledge.topics.flatMap((topic) => topicPhrases(topic).map((phrase) => ({ phrase, value: topic.id }))),
    { compoundHeadMinLength: TOPIC_HEAD_MIN },
  ),
);

/** Shortest typed word read as a misspelt topic word ("Antragstelung"): "Forderung" is no "Förderung". */
const TOPIC_TYPO_MIN = 10;
/** Shortest topic word a compound may start with ("Fördermittel|managementseminar", "Inklusions|grundlagen"). */
const TOPIC_START_MIN = 8;
/** What must follow the topic word in such a compound ("Personal|rat" is no "Personal" seminar). */
const TOPIC_REST_MIN = 4;

/**
 * Single-word topic phrases (folded) with their topic, a typo look-up over them, the ones a compound may
 * start with (longest first), and every word the FAQ and seminar texts use: such a word
 * ("Inklusionsprojekt") means itself, it is no typo or compound to take apart.
 */
const topicWords = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<TopicWords> {
  const single = knowledge.topics
    .flatMap((topic) => topicPhrases(topic).map((phrase) => [foldText(phrase), topic.id] as [string, string]))
    .filter(([word]) => !word.includes(' ') && word.length >= TOPIC_START_MIN);
  // The first topic naming a word keeps it.
  const byWord = new Map(single.reverse());
  const texts = [...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer]), ...knowledge.seminars.flatMap((x) => [x.title, x.summary, x.description])];
  // Folding every FAQ and seminar text was one block of 15–30 ms in a reload (2026-12-01): in steps.
  const used = new Set<string>();
  for (const [t, text] of texts.entries()) {
    for (const word of foldText(text).split(' ')) used.add(word);
    if (t % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  return { byWord, fuzzy: yield* fuzzyWordSetSteps(byWord.keys()), starts: [...byWord.keys()].sort((a, b) => b.length - a.length), used };
});

interface TopicWords {
  byWord: Map<string, string>;
  fuzzy: FuzzyWordSet;
  starts: string[];
  used: Set<string>;
}

/** Knowledge texts folded per step of a build in slices. */
const TEXTS_PER_STEP = 20;

/**
 * Topic words the exact phrases miss: a typo ("Projektmanagment", "Öffentlichkeitsarbiet") and a compound
 * that starts with a topic word ("Fördermittelberatung", "Inklusionsgrundlagenschulungen",
 * "Moderationstraining"). A compound that names a person ("Inklusionsbeauftragte") is a role, not a topic.
 */
function nearTopicWords(folded: string, knowledge: Knowledge, taken: Array<PhraseMatch<string>>): Array<PhraseMatch<string>> {
  const topic = topicWords(knowledge);
  const found: Array<PhraseMatch<string>> = [];
  for (const { token, start, end } of tokenSpans(folded)) {
    if (token.length < TOPIC_START_MIN || taken.some((m) => m.start < end && start < m.end) || PERSON_FORM.test(token)) continue;
    if (topic.used.has(token) || topic.used.has(token.replace(/(?:e|en|n|s|es)$/, ''))) continue;
    const head = topic.starts.find((w) => token.startsWith(w) && token.slice(w.length).replace(/^s/, '').length >= TOPIC_REST_MIN);
    if (head !== undefined) {
      found.push({ value: topic.byWord.get(head) ?? '', start, end: start + head.length, weight: head.length, whole: false });
      continue;
    }
    if (token.length < TOPIC_TYPO_MIN) continue;
    // A typo keeps the first and the last letter.
    const near = topic.fuzzy.near(token, token.length >= 12 ? 2 : 1, (w) => w[0] === token[0] && w.at(-1) === token.at(-1))[0];
    if (near !== undefined) found.push({ value: topic.byWord.get(near) ?? '', start, end, weight: near.length, whole: false });
  }
  return found;
}

/** Verbs for taking a course that read like an inflected topic word: "einen Kurs belegen" is no wish for "Belege" (Buchhaltung). */
const COURSE_VERBS = new Set(['belegen', 'belege']);

/** Where the folded text names a seminar topic ("Pressearbeit", "Fördermittel"), misspelt or as the start of a compound too. */
export function topicMentions(folded: string, knowledge: Knowledge): Array<PhraseMatch<string>> {
  const exact = topicMatcher(knowledge)(folded).filter((m) => !COURSE_VERBS.has(folded.slice(m.start, m.end)));
  return [...exact, ...nearTopicWords(folded, knowledge, exact)];
}

interface Place {
  kind: 'city' | 'region';
  name: string;
}

const placeMatcher = perKnowledge((knowledge: Knowledge) => {
  const places = new Map<string, Place>();
  for (const s of knowledge.seminars) {
    if (s.location) places.set(`city:${s.location.city}`, { kind: 'city', name: s.location.city });
    if (s.location?.region) places.set(`region:${s.location.region}`, { kind: 'region', name: s.location.region });
  }
  return buildPhraseMatcher([...places.values()].map((p) => ({ phrase: p.name, value: p })));
});

interface KnownPlace {
  /** As the bot writes it. */
  name: string;
  states: readonly State[];
  /** A part of the country ("Norddeutschland"), as opposed to one town or state. */
  area: boolean;
}

/** Places outside the catalogue (towns, states, parts of the country) with the states they lie in. */
const gazetteerMatcher = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<PhraseMatcher<KnownPlace>> {
  const inCatalogue = new Set(knowledge.seminars.flatMap((s) => (s.location ? [foldText(s.location.city)] : [])));
  const entries: Array<{ phrase: string; value: KnownPlace }> = [
    ...AREAS.flatMap((a) => a.names.map((phrase) => ({ phrase, value: { name: a.names[0] ?? phrase, states: a.states, area: true } }))),
    ...STATES.map((state) => ({ phrase: state, value: { name: state, states: [state], area: false } })),
    // A short name stands for the state: its seminars, as when the catalogue's region is named.
    ...Object.entries(STATE_SHORT_NAMES).map(([phrase, state]) => ({ phrase, value: { name: state, states: [state], area: true } })),
    ...Object.entries(TOWN_STATES).map(([town, state]) => ({ phrase: town, value: { name: town, states: [state], area: false } })),
  ];
  return yield* phraseMatcherSteps(entries.filter((e) => !inCatalogue.has(foldText(e.phrase))));
});

const NEAR_ME = /\b(?:in (?:meiner|unserer|der) (?:naehe|gegend|umgebung|region)|(?:hier )?bei (?:mir|uns) in der (?:naehe|gegend|umgebung)|nicht (?:so )?weit weg|in der naehe)\b(?! (?:von|vom|zu|zum|zur)\b)/;

/** The regions the catalogue has seminars in: once per knowledge, not on every turn. */
const catalogueRegionsOf = perKnowledge((knowledge: Knowledge) => new Set(knowledge.seminars.flatMap((s) => (s.location?.region ? [s.location.region] : []))));

/**
 * The places a message names that the catalogue does not list as a seminar's city or region: a part of
 * the country gives its states, a town or state outside the catalogue is an unknown place with the
 * catalogue's regions around it ("bei München" → Bayern).
 */

function placesAround(folded: string, knowledge: Knowledge, gazetteer: Array<PhraseMatch<KnownPlace>>, taken: Cue[]): { regions: string[]; unknown?: string; around: string[] } {
  const catalogueRegions = catalogueRegionsOf(knowledge);
  const found = mostSpecific(gazetteer).filter((m) => !taken.some((t) => m.start < t.end && t.start < m.end) && !isWorkplace(folded, m) && !isCommonWord(folded, m) && !notWantedPlace(folded, m));
  const regions = new Set<string>();
  let unknown: string | undefined;
  const around = new Set<string>();
  for (const { value } of found) {
    const near = value.states.filter((state) => catalogueRegions.has(state));
    if (value.area && near.length > 0) for (const state of near) regions.add(state);
    else {
      unknown ??= value.name;
      for (const state of near) around.add(state);
    }
  }
  return { regions: [...regions], ...(unknown !== undefined ? { unknown } : {}), around: [...around] };
}

/**
 * Towns whose names are also everyday words ("was zu essen", "die Halle"): a place only right after a preposition of
 * place ("in Essen", "Raum Halle") or a seminar word ("Seminare Essen").
 */
const TOWNS_THAT_ARE_WORDS = new Set(['essen', 'halle']);
const BEFORE_A_PLACE = /(?:^|\s)(?:in|aus|bei|nach|um|nahe|raum|richtung|von|seminare?|seminaren|workshops?|kurse?|fortbildungen|fortbildung|termine?)\s$/;

function isCommonWord(folded: string, m: Cue): boolean {
  return TOWNS_THAT_ARE_WORDS.has(folded.slice(m.start, m.end)) && !BEFORE_A_PLACE.test(folded.slice(0, m.start));
}

// Words after "in"/"aus"/"bei" that are capitalised but are not places.
const NOT_A_PLACE = new Set(
  [
    'präsenz', 'person', 'leichter', 'leichte', 'einfacher', 'einfache', 'gebärdensprache', 'deutscher', 'dgs', 'deutsch', 'englisch',
    'english', 'german', 'zukunft', 'teams', 'zoom', 'ordnung', 'kommune', 'kommunen', 'verwaltung', 'zusammenarbeit', 'kooperation', 'absprache',
    'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'frühling', 'frühjahr', 'sommer', 'herbst', 'winter', 'quartal', 'woche', 'kw', 'zeiten', 'ihrer', 'ihrem', 'ihren', 'meiner',
    'meinem', 'unserer', 'unserem', 'der', 'die', 'das', 'den', 'dem', 'des', 'präsenzform', 'online', 'form', 'höhe', 'frage',
    'deutschland', 'germany', 'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december', 'spring', 'summer', 'autumn', 'person',
    // "in Betracht kommen", "in Anspruch nehmen", "in Kontakt", "in Rente": idioms, not a town
    'betracht', 'anspruch', 'kontakt', 'rente', 'urlaub', 'ruhe', 'eile', 'bezug', 'kraft', 'rücksprache', 'richtung', 'sachen', 'bälde', 'kürze',
    // "bei Ihnen", "bei Euch": the people asked, not a town
    'ihnen', 'sie', 'euch', 'ihr', 'dir', 'dich', 'du', 'uns', 'mir', 'mich', 'ihm',
  ].map((w) => w.normalize('NFC')),
);
/** A language after "in" ("in Türkisch", "offered in Spanish", "auf Arabisch") is how a seminar is held, not where. */
const LANGUAGE_NAME = /(?:isch|ish|ian|ese)$/;
/**
 * Words (and the ends of compounds) that name things, not towns: "in Netzwerken", "in Gremien", "bei Treffen", "in
 * Migrantenvereinen", "in Nachbargemeinden", "bei der Inanspruchnahme".
 */
const NOUN_ENDINGS =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ion|ionen|tät|täten|sprache|arbeit|ferien|zeit|zeiten|form|formen|projekt|projekten|gruppe|gruppen|team|teams|seminar|seminaren|workshop|workshops|veranstaltung|veranstaltungen|netzwerk|netzwerke|netzwerken|gremium|gremien|treffen|schule|schulen|kita|kitas|verein|vereine|vereinen|gemeinden|kommunen|texte|texten|büchern|events|nahme|amt|ämtern|arbeitern|arbeiterinnen)$/;

interface Cue {
  start: number;
  end: number;
}

// "Workshops on Leichte Sprache", "zum Schreiben in Leichter Sprache", "writing in Leichte Sprache": the topic.
const TOPICAL_WORDS = new Set(['zu', 'zum', 'zur', 'ueber', 'thema', 'themen', 'bezueglich', 'betreffend', 'on', 'about', 'regarding', 'schreiben', 'formulieren', 'uebersetzen', 'uebersetze', 'uebersetzt', 'writing', 'translating']);
// One word may stand between ("barrierefreie Veranstaltungen planen", "barrierefrei zu machen").
const DOING_AFTER = /^ ?(?:\w+ )?(?:gestalten|gestaltet|gestalte|machen|macht|mache|planen|plant|plane|bauen|baut|schreiben|schreibt|uebersetzen|umsetzen|organisieren|organisiert|organisiere|ausrichten|durchfuehren|durchfuehrt|gestaltung|planung|umsetzung|organisation|organize|organise|plan|run|make|einsetzen|einzusetzen|anwenden|anzuwenden|lernen|beherrschen)\b/;
/** Things of a town or a project that are made accessible ("barrierefreie Straßen", "eine barrierefreie Website"): the topic, not a need of the seminar. */
const BUILT_THING = 'strassen\\w*|plaetze|wege|gehwege|gebaeude|haltestellen|spielplaetze|website\\w*|webseite\\w*|internetseite\\w*|homepage\\w*|internetauftritt\\w*|dokumente\\w*|pdfs?|texte|newsletter\\w*|formulare|bescheide|inhalte|content|kommunikation|kundenkommunikation|beratung\\w*|sprechstunde\\w*|publikumsverkehr|buergerbuero\\w*|rathaus\\w*|verwaltung\\w*|museum\\w*|fuehrungen|social media|oeffentliche\\w* raum|oeffentliche\\w* raeume|stadtplanung|planung|bauvorhaben|events?|feste|festen|stadtfest\\w*|stadtteilfest\\w*|sommerfest\\w*|strassenfest\\w*|aktionstag\\w*|feiern';
const BUILT_THINGS = new RegExp(`^ (?:${BUILT_THING})\\b`);
/** Such a thing said to be (not) accessible ("Unsere Website ist nicht barrierefrei", "die Webseite soll barrierefrei werden"): the topic too. */
const BUILT_THING_IS = new RegExp(`\\b(?:${BUILT_THING}) (?:\\w+ ){0,3}?(?:ist|sind|wird|werden|soll|sollen|muss|muessen|war|waren) (?:\\w+ ){0,3}?$`);

function cues(folded: string, pattern: RegExp): Cue[] {
  return everyMatch(folded, pattern).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * "Leichte Sprache" and "barrierefrei" are both a seminar topic and a need. "Seminare zu Leichter
 * Sprache" or "Veranstaltungen barrierefrei gestalten" ask for the topic; "Seminare in Leichter
 * Sprache" or "barrierefreie Seminare" ask for seminars that are accessible that way.
 */
function isTopical(folded: string, cue: Cue, topicSpans: Array<PhraseMatch<string>>): boolean {
  // Inside a longer topic phrase ("Übersetzen in Leichte Sprache") the words name the topic.
  if (topicSpans.some((t) => t.start < cue.start && cue.end <= t.end)) return true;
  const before = wordsBefore(folded, cue.start, 2);
  if (before.some((w) => TOPICAL_WORDS.has(w))) return true;
  // "Texte in Leichte Sprache", "Formulare in einfacher Sprache": things put into it, the topic — not "Seminare in Leichter Sprache".
  if (before.at(-1) === 'in' && BUILT_THINGS.test(` ${before.at(-2) ?? ''}`)) return true;
  // "Workshop Leichte Sprache", "Seminar Leichte Sprache nächsten Monat?": the seminar's name, not the language it is held in ("Seminare in Leichter Sprache").
  if (SEMINAR_WORD.test(before.at(-1) ?? '') && /^leichte sprache\b/.test(folded.slice(cue.start))) return true;
  // "Leichte Sprache Workshop", "ein Leichte-Sprache-Seminar": named before the seminar word like a compound, the seminar's topic.
  if (/^leichte ?sprache$/.test(folded.slice(cue.start, cue.end)) && SEMINAR_WORD.test(folded.slice(cue.end).trimStart().split(' ')[0] ?? '')) return true;
  const after = folded.slice(cue.end);
  return DOING_AFTER.test(after) || BUILT_THINGS.test(after) || BUILT_THING_IS.test(folded.slice(Math.max(0, cue.start - 80), cue.start));
}

const SEMINAR_WORD = /^(?:seminar|seminare|workshop|workshops|kurs|kurse|fortbildung|fortbildungen|schulung|schulungen|weiterbildung|webinar|training)$/;

// English too: the blind questions ask "with sign language interpretation", "wheelchair accessible".
const NEED_PATTERNS: Array<[AccessibilityNeed, RegExp, boolean]> = [
  ['dgs', /\bdgs|gebaerden|\bsign language/g, false],
  ['schriftdolmetschung', /schriftdolmetsch|untertitel|livemitschrift|\b(?:live )?captions?\b|\bcaptioned\b|\bsubtitle[sd]?\b/g, false],
  ['leichteSprache', /\b(?:leichte[rn]?|einfache[rn]?) ?sprache|\bleicht verstaendlich|\b(?:easy|plain|simple) (?:to read )?(?:language|english|german)\b|\beasy to read\b/g, true],
  ['stepFree', /\bbarrierefrei(?!heit)[a-z]*|\brollstuhl[a-z]*|\bstufenlos[a-z]*|\bebenerdig[a-z]*|\bbarrierearm[a-z]*|\bohne stufen\b|\baufzug\b|\bwheelchair\b|\bstep free\b/g, true],
];

/** "das nächste Seminar", "der erste Workshop", "was kommt als Nächstes" — not "nächste Woche", which is a period. */
const SOONEST =
  /\b(?:naechste[nrs]?|kommende[nrs]?|erste[nrs]?|frueheste[nrs]?|baldigste[nrs]?) (?:\w+ )?(?:seminar|workshop|kurs|termin|fortbildung|weiterbildung|schulung|webinar|veranstaltung|angebot|training)|\bals (?:naechstes|erstes)\b|\b(?:next|first|earliest|soonest|upcoming) (?:\w+ )?(?:seminar|workshop|course|training|event|session|webinar)|^(?:und )?(?:welche|wann|was) (?:sind|kommen|laufen|finden) (?:denn )?die naechsten(?: davon| statt)?$/;

/** Asking only for seminars one can still get into: free places, registration still open. */
const OPEN_ONLY =
  /\b(?:noch )?(?:freie[nm]?|offene[nm]?|verfuegbare[nm]?) plaetze?n?\b|\bplaetze? (?:\w+ )?(?:frei|uebrig|verfuegbar)\b|\bnoch (?:ein(?:en)? )?(?:platz|plaetze)(?: (?:frei|uebrig))?\b|\bnicht (?:\w+ )?(?:ausgebucht|voll)\b|\bnoch (?:\w+ )?(?:buchbar|frei)\b|\b(?:noch|jetzt noch) (?:\w+ ){0,6}?(?:anmelden|anmleden|anmelen|anmedlen|teilnehmen|mitmachen|buchen|dazukommen|reinkommen)\b|\banmeldung (?:ist )?noch (?:offen|moeglich)\b|\b(?:places|spots|seats) (?:left|available|free)\b|\b(?:free|open|available) (?:places|spots|seats)\b|\bstill (?:available|open)\b/g;

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keinen', 'ohne']);

/** Between two needs: either will do ("Gebärdensprache oder Untertitel", "DGS bzw. Schriftdolmetschung"). */
const EITHER = /\b(?:oder|or|bzw|beziehungsweise|wahlweise|alternativ)\b/;

function accessibilityIn(folded: string, topicSpans: Array<PhraseMatch<string>>): { needs: AccessibilityNeed[]; needCues: Cue[]; any: boolean; declined: boolean } {
  const needs = new Set<AccessibilityNeed>();
  const needCues: Array<Cue & { need: AccessibilityNeed }> = [];
  let declined = false;
  for (const [need, pattern, alsoTopic] of NEED_PATTERNS) {
    for (const cue of cues(folded, pattern)) {
      if (alsoTopic && isTopical(folded, cue, topicSpans)) continue;
      // "nicht schon wieder Leichte Sprache": not a need.
      if (refused(folded, cue, false)) {
        declined = true;
        continue;
      }
      needCues.push({ ...cue, need });
      needs.add(need);
    }
  }
  // Two different needs joined by "oder": a seminar with one of them is what was asked for.
  const ordered = [...needCues].sort((a, b) => a.start - b.start);
  const any = ordered.some((cue, i) => i > 0 && ordered[i - 1]?.need !== cue.need && EITHER.test(folded.slice(ordered[i - 1]?.end ?? 0, cue.start)));
  return { needs: [...needs], needCues, any, declined };
}

/** "nicht schon wieder Leichte Sprache", "nicht nochmal Grundlagen", "ich kenne mich schon gut mit Inklusion aus" (right before the words): not wanted again. */
const AGAIN_REFUSED = /\b(?:nicht|kein|keine|keinen)(?: schon| noch)? (?:wieder|nochmal|noch mal|noch einmal|erneut)$|\b(?:kenne|kennen) (?:mich|uns) (?:schon|bereits) (?:\w+ )?(?:mit|in|bei)(?: der| dem| den)?$/;
/** "kein Grundlagenkurs", "nicht für Anfänger" (right before the words): not wanted. */
const NOT_BEFORE = /\b(?:nicht|kein|keine|keinen|keinerlei)(?: (?:fuer|zu|zum|zur|so|die|den|der))?$/;
/**
 * What follows words that are not wanted (again): "Grundlagen hatte ich schon", "den Einsteigerkurs zu Pressearbeit schon
 * hinter mir", "Leichte Sprache, das hab ich drei mal gemacht", "keine Grundlagen mehr", "Zoom nicht mehr sehen", "Online
 * hatten wir genug", "Grundlagen zur Genüge", "Grundlagen Inklusion brauch ich nicht".
 */
const REFUSED_AFTER = new RegExp(
  [
    // Also of a compound split off its seminar word: "Grundlagenkurse hatte ich schon".
    '^(?:(?:kurs|kurse|seminar|seminare|workshop|workshops|schulung|schulungen|fortbildung|fortbildungen|modul|module) )?(?:das |die |den )?(?:hatte|habe|hab|kenne|kenn|hatten|haben|kennen|kann|koennen) (?:ich|wir) (?:\\w+ )?(?:schon|bereits)\\b',
    // Not across a clause of its own: "Moderation, weil ich schon viele Sitzungen besucht habe" still wishes for moderation.
    '^(?:(?!(?:weil|da|dass|wenn|obwohl|denn|aber|und)\\b)\\w+ ){0,3}?(?:schon|bereits) (?:\\w+ ){0,2}?(?:gemacht|gehabt|besucht|absolviert|hinter (?:mir|uns))\\b',
    '^(?:das |die |den )?(?:hatte|habe|hab) (?:ich|wir) (?:schon )?(?:zwei|drei|vier|fuenf|mehrere|zig|x) ?mal\\b',
    '^(?:\\w+ ){0,4}?(?:zur genuege|mehr als genug)\\b',
    '^mehr\\b',
    '^(?:\\w+ ){0,2}?nicht mehr (?:sehen|hoeren)\\b',
    '^hatten wir (?:\\w+ ){0,4}?genug\\b',
  ].join('|'),
);
/**
 * What follows words not wanted at all (not: had already, which wishes for more of it): "Grundlagen Inklusion brauch ich
 * nicht", "Moderation will ich nicht", "Pressearbeit interessiert mich nicht".
 */
const NOT_NEEDED_AFTER =
  /^(?:\w+ ){0,2}?(?:(?:brauch|brauche|brauchen|will|wollen|moechte|moechten) (?:ich|wir)|(?:interessiert|interessieren) (?:mich|uns)) (?:\w+ )?(?:nicht|nich|net)\b/;

/** Whether the words around a cue say it is not wanted (again); `plainNot`: also a bare "nicht"/"kein" before it ("kein Grundlagenkurs"). */
function refused(folded: string, cue: Cue, plainNot: boolean): boolean {
  const before = folded.slice(Math.max(0, cue.start - 30), cue.start).trimEnd();
  const after = folded.slice(cue.end, cue.end + 80).trimStart();
  if (REFUSED_AFTER.test(after)) return !/^mehr\b/.test(after) || NOT_BEFORE.test(before) || AGAIN_REFUSED.test(before);
  return notNeeded(folded, cue) || AGAIN_REFUSED.test(before) || (plainNot && NOT_BEFORE.test(before));
}

/** Whether the words after a cue say it is not wanted at all ("Grundlagen Inklusion brauch ich nicht"). */
function notNeeded(folded: string, cue: Cue): boolean {
  return NOT_NEEDED_AFTER.test(folded.slice(cue.end, cue.end + 80).trimStart());
}

const FORMAT_PATTERNS: Array<[SeminarFormat, RegExp]> = [
  // Taking part without travelling is taking part online: "von zu Hause aus", "vom Schreibtisch", "ohne Anreise".
  ['online', /\b(?:online|onlein|onlien|onlne|onine|digital|virtuell|webinar|videokonferenz|zoom|per video|im internet|von (?:zu ?hause|daheim)\b|vom (?:schreibtisch|arbeitsplatz|sofa|rechner|computer|laptop)\b|am (?:rechner|computer|bildschirm|laptop)\b|im homeoffice\b|homeoffice|remote\b|ohne (?:anreise|anfahrt|reise|zu reisen|fahrt|fahrerei)\b|(?:nicht|ungern|schlecht|kaum) (?:(?:so |sehr |mehr )?(?:weit|lange?) )?(?:reisen|verreisen|anreisen|wegfahren|fahren)\b|\b(?:reisen|anreisen|fahren|wegfahren) (?:geht|klappt|ist|faellt) (?:\w+ ){0,4}?(?:nicht|schwer|schwierig|kaum)\b|\b(?:weite|lange) (?:fahrten|anreisen|anfahrten|reisen|strecken|wege|zugfahrten) (?:sind|schaffe|schaff|kann|gehen|fallen|waeren) (?:\w+ ){0,3}?(?:nicht|schwer|schwierig|kaum)\b)/g],
  ['praesenz', /\b(?:praesenz|praesens\b|vor ort\b|in person\b|inperson\b|persoenlich\b|face to face|in echt\b)/g],
  ['hybrid', /\bhybrid/g],
];

function formatsIn(folded: string, topicSpans: Array<PhraseMatch<string>>): SeminarFormat[] {
  const found = new Set<SeminarFormat>();
  for (const [format, pattern] of FORMAT_PATTERNS) {
    for (const cue of cues(folded, pattern)) {
      // "digitale Barrierefreiheit" is a topic, not a wish for an online seminar.
      if (topicSpans.some((t) => cue.start < t.end && t.start < cue.end)) continue;
      // "also nicht nur Zoom": more than that format is wished for, not it.
      const two = wordsBefore(folded, cue.start, 2);
      if (two[0] === 'nicht' && two[1] === 'nur') continue;
      // "nicht vor Ort" is online, "nicht online" or "ich kann Zoom nicht mehr sehen" in person; "ohne Anreise" is a cue of its own.
      if (wordsBefore(folded, cue.start, 1).some((w) => NEGATIONS.has(w)) || refused(folded, cue, false)) {
        if (format !== 'hybrid' && !folded.slice(cue.start).startsWith('ohne')) found.add(format === 'online' ? 'praesenz' : 'online');
        continue;
      }
      found.add(format);
    }
  }
  return [...found];
}

// "abends", "nach Feierabend", "vormittags": when in the day someone can take part. "morgen" alone is tomorrow.
const DAYTIME_PATTERNS: Array<[Daytime, RegExp]> = [
  ['abend', /\b(?:abends|am abend|feierabend|nach (?:der|meiner) arbeit|nach dienstschluss|nach (?:16|17|18) uhr)\b/g],
  ['vormittag', /\b(?:vormittags|am vormittag|morgens|am morgen|frueh am tag)\b/g],
  ['nachmittag', /\b(?:nachmittags|am nachmittag)\b/g],
];

/** The same patterns without the global flag (test() of a global pattern moves its lastIndex), built once instead of per turn. */
const DAYTIME_TESTS: Array<[Daytime, RegExp]> = DAYTIME_PATTERNS.map(([daytime, pattern]) => [daytime, new RegExp(pattern.source)]);

/**
 * When someone cannot ("Vormittags bin ich immer in der Kita eingespannt", "abends kann ich nicht", "nachmittags geht bei mir
 * nicht", "vormittags hab ich keine Zeit"): said after the time of day.
 */
const UNAVAILABLE_AFTER =
  /^(?:(?:leider|aber|halt|eben|eigentlich|meistens|immer|da|dann|jedoch) )?(?:(?:bin|sind) (?:ich|wir) (?:\w+ ){0,4}?(?:eingespannt|beschaeftigt|verplant|blockiert|im dienst|unterwegs|nicht da)|(?:kann|koennen) (?:ich|wir) (?:\w+ ){0,2}?nicht|(?:geht|passt|klappt) (?:\w+ ){0,3}?(?:nicht|schlecht)|(?:hab|habe|haben) (?:ich|wir) (?:\w+ ){0,2}?keine zeit)\b/;

/** Days of the week by name, German and English (1 = Monday … 7 = Sunday). */
const DAY_NUMBERS: Record<string, number> = { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const DAY_NAME = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)';
const ENGLISH_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Days of the week in general, not one date: "samstags", "an Samstagen", "on Saturdays" ("am Samstag" is the next Saturday: period.ts). */
const DAYS_IN_GENERAL = `${DAY_NAME}s|an (?:den )?${DAY_NAME}en|(?:on )?${ENGLISH_DAY}s`;
/** The weekend in general ("am Wochenende"; "nächstes Wochenende" is a date: period.ts) and the days of work. */
const WEEKEND = 'am wochenende|an (?:den )?wochenenden|wochenends|(?:on|at) (?:the )?weekends?|weekends';
const WORKDAYS = 'unter der woche|wochentags|werktags|an werktagen|during the week|on weekdays';
const WEEKDAY_ANY = `(?:${DAYS_IN_GENERAL}|${WEEKEND}|${WORKDAYS})`;
/** Days named together count as one wish: "dienstags und donnerstags", "samstags oder sonntags". */
const WEEKDAY_PATTERN = new RegExp(`\\b${WEEKDAY_ANY}\\b(?:(?: und| oder| sowie| bzw| bis) ${WEEKDAY_ANY}\\b)*`, 'g');
/** "montags bis freitags": every day between. */
const DAY_RANGE = new RegExp(`(${DAY_NAME})s? bis (${DAY_NAME})s?`);
const WEEKEND_SAID = new RegExp(`\\b(?:${WEEKEND})\\b`);
const WORKDAYS_SAID = new RegExp(`\\b(?:${WORKDAYS})\\b`);
/** A day told to be taken already: "Dienstags … hab ich immer Teamsitzung", "unter der Woche komm ich nicht weg", "da geht gar nichts". */
const BUSY_AFTER =
  /^(?:(?:leider|aber|eigentlich|immer|da|voll|ja) )?(?:(?:hab|habe|haben) (?:ich|wir) (?:\w+ ){0,2}?(?:teamsitzung|sitzung|sitzungen|dienst|termine|schule|kita|keine zeit)|\w+ (?:ich|wir|sie|er) (?:\w+ ){0,4}?(?:nicht|nichts(?! vor\b)|nie)|(?:\w+ ){0,4}?(?:geht|passt|klappt) (?:\w+ ){0,3}?(?:nichts|gar nicht|nie)|(?:arbeite|arbeiten|arbeitet))\b/;
/** Working then, said before the days: "weil ich unter der Woche voll arbeite" is after them, "ich arbeite unter der Woche" before ("bin ich" is not: "erreichbar bin ich dienstags"). */
const BUSY_BEFORE = /\b(?:arbeite|arbeiten|arbeitet|im dienst)(?: \w+)?$/;

/** The days of the week every session should fall on: those wished for, or all but those that are taken; none when that is every day or none. */
function weekdaysIn(folded: string): number[] | undefined {
  if (!/tag|woch|weekend|day|sonnabend/.test(folded)) return undefined;
  const wanted = new Set<number>();
  const taken = new Set<number>();
  for (const cue of cues(folded, WEEKDAY_PATTERN)) {
    const said = folded.slice(cue.start, cue.end);
    const days = new Set<number>();
    for (const [name, day] of Object.entries(DAY_NUMBERS)) if (said.includes(name)) days.add(day);
    const range = DAY_RANGE.exec(said);
    const [first, last] = [DAY_NUMBERS[range?.[1] ?? ''], DAY_NUMBERS[range?.[2] ?? '']];
    if (first !== undefined && last !== undefined) for (let d = first; d <= last; d++) days.add(d);
    if (WEEKEND_SAID.test(said)) [6, 7].forEach((d) => days.add(d));
    if (WORKDAYS_SAID.test(said)) [1, 2, 3, 4, 5].forEach((d) => days.add(d));
    const after = folded.slice(cue.end).trimStart();
    const notThen = refused(folded, cue, true) || UNAVAILABLE_AFTER.test(after) || BUSY_AFTER.test(after) || BUSY_BEFORE.test(folded.slice(Math.max(0, cue.start - 30), cue.start).trimEnd());
    for (const d of days) (notThen ? taken : wanted).add(d);
  }
  const days = wanted.size > 0 ? [...wanted].filter((d) => !taken.has(d)) : taken.size > 0 ? [1, 2, 3, 4, 5, 6, 7].filter((d) => !taken.has(d)) : [];
  return days.length > 0 && days.length < 7 ? days.sort((a, b) => a - b) : undefined;
}

// "nur einen halben Tag", "höchstens 'n halber Tag", "Halbtagesveranstaltungen", "halbtägig", "nicht den ganzen Tag",
// "half-day", "only half a day", "no full-day workshops": half a day at most; "ganztägig", "Ganztagesworkshop", "full-day
// workshops": a whole day; "bitte nur halbtags, nen ganzen Tag krieg ich nicht frei", "Welche Seminare sind halbtags?": half a day. Not "halbtags" alone
// ("ich arbeite halbtags" is the writer's job) and not a half day named otherwise ("für nen halben Tag quer durchs Land
// fahren").
const DURATION_PATTERNS: Array<[Duration, RegExp]> = [
  [
    'halbtag',
    /\b(?:halbtaegig\w*|halbtag(?:e?s)? ?(?:veranstaltung|seminar|workshop|termin|format|kurs|angebot|schulung|fortbildung)\w*|(?:nur|max|maximal|hoechstens|laengstens|nicht laenger als|nicht mehr als|bis zu) (?:(?:einen|ein|n|nen|einem|nem|so|mal) )?halbe[nr]? tag(?:es)?|(?:nicht|kein) (?:den |einen )?ganzen tag|(?:nur|lieber|bitte) halbtags|(?:seminare?|workshops?|kurse?|termine?|veranstaltungen|angebote?|schulungen|fortbildungen) (?:\w+ ){0,3}?halbtags?\b|ganzen tag (?:\w+ ){0,4}?(?:nicht|kaum) (?:frei|weg|zeit)|(?:no|not) (?:a )?full ?day|half ?day|(?:only|max|at most|no (?:more|longer) than) (?:a )?half (?:a )?day)\b/g,
  ],
  ['ganztag', /\b(?:ganztaegig\w*|ganztag(?:e?s)? ?(?:veranstaltung|seminar|workshop|kurs|schulung|fortbildung)\w*|(?:seminare?|workshops?|kurse?|termine?|veranstaltungen|angebote?|schulungen|fortbildungen) (?:\w+ ){0,3}?ganztags?\b|full ?day (?:seminar|workshop|training|course|event)s?)\b/g],
];
/** How long a seminar day may be: the first duration named; a whole day not wanted ("nicht ganztägig", "keine Ganztagesveranstaltung") is half a day. */
function durationIn(folded: string): Duration | undefined {
  let first: { duration: Duration; start: number } | undefined;
  for (const [duration, pattern] of DURATION_PATTERNS) {
    for (const cue of cues(folded, pattern)) {
      const meant: Duration = duration === 'ganztag' && refused(folded, cue, true) ? 'halbtag' : duration;
      if (first === undefined || cue.start < first.start) first = { duration: meant, start: cue.start };
    }
  }
  return first?.duration;
}

/** The time of day wished for: the first one named that is not said to be impossible ("abends kann ich nicht"); none if each is. */
function daytimeIn(folded: string): Daytime | undefined {
  const named = DAYTIME_PATTERNS.filter((_, i) => (DAYTIME_TESTS[i] as [Daytime, RegExp])[1].test(folded));
  return named.find(([, pattern]) => cues(folded, pattern).some((cue) => !refused(folded, cue, false) && !UNAVAILABLE_AFTER.test(folded.slice(cue.end).trimStart())))?.[0];
}

const LEVEL_PATTERNS: Array<[Exclude<SeminarLevel, 'alle'>, RegExp]> = [
  ['einstieg', /\b(?:einstieg|einsteiger|anfaenger|grundlagen|basiswissen|basiskurs|neuling|neu dabei|ohne vorkenntnisse|fuer neue)/],
  ['vertiefung', /\b(?:vertief|fortgeschritten|aufbau ?(?:seminar|kurs|modul|niveau|workshop|schulung|stufe|angebot)|profis?\b|expert|erfahrene|mit vorkenntnissen)/],
];

/**
 * A level's words said of what one has had: "Ich habe schon zwei Grundlagenseminare bei euch gemacht", "Letztes Jahr habe ich
 * einen Grundlagenkurs zu Projektmanagement besucht", "war ich schon bei den Grundlagen" — more than that is wished for.
 */
const HAD_BEFORE = /\b(?:habe|hab|hatte|hatten|haben) (?:\w+ ){0,4}$/;
const HAD_AFTER = /^(?:\w+ ){0,6}?(?:gemacht|besucht|absolviert|belegt|mitgemacht|abgeschlossen|gehabt)\b/;
const WAS_AT_BEFORE = /\b(?:war|waren) (?:ich|wir) (?:\w+ ){0,4}?(?:bei|in|im|auf) (?:(?:den|dem|der|einem|einer|eurem|eurer|ihrem|ihrer) )?$/;

/** Whether a folded word names a level ("fortgeschrittene", "einsteiger"): a word of the look-up, though the knowledge never writes it. */
export function isLevelWord(word: string): boolean {
  return LEVEL_PATTERNS.some(([, pattern]) => pattern.test(word));
}

/** The same patterns for finding every match (explainedShare), built once. */
const LEVEL_PATTERNS_GLOBAL = LEVEL_PATTERNS.map(([, pattern]) => new RegExp(pattern.source, 'g'));

/**
 * The level wished for. Basics not wanted again ("Grundlagen hatte ich schon", "kein Einsteigerkurs", "den Einsteigerkurs zu
 * Pressearbeit schon hinter mir") wish for more: the advanced seminars; "nicht für Profis" for the basics.
 */
function levelIn(folded: string): { level?: Exclude<SeminarLevel, 'alle'>; refused: boolean } {
  const wanted = new Set<Exclude<SeminarLevel, 'alle'>>();
  let other: Exclude<SeminarLevel, 'alle'> | undefined;
  for (const [i, [level, pattern]] of LEVEL_PATTERNS.entries()) {
    if (!pattern.test(folded)) continue;
    for (const cue of cues(folded, LEVEL_PATTERNS_GLOBAL[i] as RegExp)) {
      // The cue to the end of its word: "einsteiger|kurs zu Pressearbeit schon hinter mir".
      const space = folded.indexOf(' ', cue.end);
      const word = { start: cue.start, end: space < 0 ? folded.length : space };
      const before = folded.slice(Math.max(0, word.start - 40), word.start);
      const had = (HAD_BEFORE.test(before) && HAD_AFTER.test(folded.slice(word.end, word.end + 80).trimStart())) || WAS_AT_BEFORE.test(before);
      if (had || refused(folded, word, true)) other ??= level === 'einstieg' ? 'vertiefung' : 'einstieg';
      else wanted.add(level);
    }
  }
  // "Aufbauseminare …, die eine Grundlagenschulung voraussetzen": the basics named beside the advanced are what one has.
  const level = wanted.has('vertiefung') ? 'vertiefung' : wanted.has('einstieg') ? 'einstieg' : other;
  return { ...(level ? { level } : {}), refused: other !== undefined };
}

const UNKNOWN_PLACE = /(?:^|[\s,(])(?:[Ii]n|[Aa]us|[Bb]ei|[Nn]ahe|[Rr]und um|[Ii]m [Rr]aum|[Ii]n der [Nn]ähe von)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:an der|am|im|in der)?\s*\p{Lu}[\p{L}-]+)?)/gu;

function unknownPlaceIn(text: string, knowledge: Knowledge, known: boolean): string | undefined {
  if (known) return undefined;
  for (const m of everyMatch(text, UNKNOWN_PLACE)) {
    const candidate = (m[1] ?? '').replace(/-$/, '');
    const words = candidate.split(/\s+/);
    const first = (words[0] ?? '').toLowerCase().normalize('NFC');
    if (NOT_A_PLACE.has(first) || NOUN_ENDINGS.test(first) || LANGUAGE_NAME.test(first)) continue;
    const folded = foldText(candidate);
    // A topic, role or format word after "in" ("in Öffentlichkeitsarbeit") is not a place.
    if (topicMentions(folded, knowledge).length > 0) continue;
    if (knowledge.roles.some((r) => r.synonyms.some((s) => foldText(s) === folded))) continue;
    if (FORMAT_PATTERNS.some(([, p]) => new RegExp(p.source).test(folded))) continue;
    if (NEED_PATTERNS.some(([, p]) => new RegExp(p.source).test(folded))) continue;
    return candidate;
  }
  return undefined;
}

/** Right before a place: it is not wanted ("nicht in", "aber nicht nach", "außer in", "bloß nicht in", "not in"). */
const NOT_IN_BEFORE = /\b(?:nicht|ausser|ausgenommen|not|except)(?: (?:in|im|nach|bei|aus))?(?: (?:der|dem|den))? ?$/;

/** "Kann ich nicht in Berlin teilnehmen?", "Gibt es das nicht in Rostock?": a question whether it is there, no place refused. */
const NOT_IN_ASKED = /\b(?:kann|kannst|koennen|koennte|koennten|darf|duerfen|geht|gehts|gibt es|gibts)(?: \w+){0,2} nicht(?: (?:in|im|nach|bei|aus))?(?: (?:der|dem|den))? ?$/;

function notWantedBefore(before: string): boolean {
  return NOT_IN_BEFORE.test(before) && !NOT_IN_ASKED.test(before);
}

/** Whether a place's folded name is said not to be wanted wherever it stands ("präsenz bitte, nicht in hamburg"). */
function saidNotWanted(folded: string, name: string): boolean {
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) if (notWantedPlace(folded, { start: at, end: at + name.length })) return true;
  return false;
}

function notWantedPlace(folded: string, m: Cue): boolean {
  return notWantedBefore(folded.slice(Math.max(0, m.start - 40), m.start)) || NOT_WANTED_AFTER.test(folded.slice(m.end, m.end + 60).trimStart());
}

/**
 * What follows a place not wanted, also after a second one: "berlin und rostock ist mir zu weit", "nach Rostock komm ich
 * nicht", "Hannover schaffe ich nicht", "Köln geht leider nicht" (before: those places were looked in).
 */
const NOT_WANTED_AFTER =
  /^(?:(?:und|oder|bzw) (?:\w+ ){1,2}?)?(?:(?:ist|sind|waere|waeren|liegt|liegen) (?:mir|uns) (?:\w+ )?zu weit|(?:komm|komme|kommen|fahr|fahre|fahren|schaff|schaffe|schaffen) (?:ich|wir) (?:\w+ ){0,2}?(?:nicht|nie|kaum)|(?:geht|gehen|klappt|klappen) (?:\w+ ){0,2}?(?:nicht|nie))\b/;

const WORKPLACE_VERB = new Set(['bin', 'arbeite', 'arbeiten', 'sind', 'komme', 'kommen', 'taetig', 'beschaeftigt', 'angestellt']);
const WORKPLACE_PREPOSITION = new Set(['bei', 'aus', 'von', 'fuer']);

/** "ich bin bei der VG Nieder-Olm", "wir kommen aus Rostock": where someone works, not where to learn. */
function isWorkplace(folded: string, match: Cue): boolean {
  const before = wordsBefore(folded, match.start, 6);
  const preposition = before.findLastIndex((w) => WORKPLACE_PREPOSITION.has(w));
  return preposition >= 0 && before.slice(0, preposition).some((w) => WORKPLACE_VERB.has(w));
}

/** Topics, catalogue places and other places the phrase matchers find in one text (never changed by their readers). */
interface Cues {
  knowledge: Knowledge;
  topics: Array<PhraseMatch<string>>;
  places: Array<PhraseMatch<Place>>;
  gazetteer: Array<PhraseMatch<KnownPlace>>;
}

function cuesIn(apart: string, knowledge: Knowledge): Cues {
  return { knowledge, topics: topicMentions(apart, knowledge), places: placeMatcher(knowledge)(apart), gazetteer: gazetteerMatcher(knowledge)(apart) };
}

/**
 * The cues in an utterance's `apart` form, kept with the utterance: the filters, explainedShare and the
 * understanding all ask for them in the same turn (~3 % of a look-up's `respond()` was finding them again).
 * The utterance lives for one turn, so its text is not kept past it.
 */
const cuesByUtterance = new WeakMap<Utterance, Cues>();

function cuesOf(u: Utterance, knowledge: Knowledge): Cues {
  const kept = cuesByUtterance.get(u);
  if (kept?.knowledge === knowledge) return kept;
  const found = cuesIn(u.apart, knowledge);
  cuesByUtterance.set(u, found);
  return found;
}

/** The words of the towns, states and parts of the country outside the catalogue that an utterance names ("oben im Norden" → "norden"), folded. */
export function placeWordsNamed(u: Utterance, knowledge: Knowledge): string[] {
  const spans = cuesOf(u, knowledge).gazetteer;
  return tokenSpans(u.apart).filter(({ start, end }) => spans.some((s) => s.start < end && start < s.end)).map(({ token }) => token);
}

/** The topics an utterance's `apart` form names, every occurrence (as topicMentions on it). */
export function topicMentionsApart(u: Utterance, knowledge: Knowledge): Array<PhraseMatch<string>> {
  return cuesOf(u, knowledge).topics;
}

/**
 * The topics an utterance's folded form names, every occurrence (as topicMentions on it). Most messages
 * have no compound to split (317 of the 328 dev questions), and then the `apart` form's are the same.
 */
export function topicMentionsFolded(u: Utterance, knowledge: Knowledge): Array<PhraseMatch<string>> {
  return u.apart === u.folded ? cuesOf(u, knowledge).topics : topicMentions(u.folded, knowledge);
}

/** Whether filters name seminars by what, when, where or how ("das Seminar zur Öffentlichkeitsarbeit", "Februar-Seminar"), not only that places be left. */
export function namesSeminars(filters: SeminarFilters): boolean {
  return filters.topics.length > 0 || filters.formats.length > 0 || filters.cities.length > 0 || filters.regions.length > 0 || filters.period !== undefined || filters.level !== undefined;
}

/** Whether filters name where, when or in which format a seminar is held ("das in Rostock", "im Herbst", "online", "nachmittags"). */
export function namesWhereWhenFormat(filters: SeminarFilters): boolean {
  return (
    filters.cities.length > 0 ||
    filters.regions.length > 0 ||
    filters.unknownPlace !== undefined ||
    filters.formats.length > 0 ||
    filters.period !== undefined ||
    filters.weekdays !== undefined ||
    filters.daytime !== undefined
  );
}

/**
 * The wishes of a clause said first ("nur die online bitte, …"), completed by those of the words after it where these name a
 * kind of wish the first do not ("…, am liebsten im April"): each kind the first clause names is its own ("gibts davon
 * auch welche nachmittags? vormittags hab ich immer jour fixe" asks for the afternoon).
 */
export function completedBy(first: SeminarFilters, after: SeminarFilters): SeminarFilters {
  const firstPlace = first.cities.length > 0 || first.regions.length > 0 || first.unknownPlace !== undefined || first.nearMe === true;
  const place = firstPlace ? first : after;
  const { unknownPlace: _u, around: _a, nearMe: _n, ...afterElse } = after;
  const { unknownPlace: _fu, around: _fa, nearMe: _fn, ...firstElse } = first;
  return {
    ...afterElse,
    ...firstElse,
    topics: first.topics.length > 0 ? first.topics : after.topics,
    formats: first.formats.length > 0 ? first.formats : after.formats,
    cities: place.cities,
    regions: place.regions,
    ...(place.unknownPlace !== undefined ? { unknownPlace: place.unknownPlace } : {}),
    ...(place.around !== undefined ? { around: place.around } : {}),
    ...(place.nearMe === true ? { nearMe: true } : {}),
    accessibility: first.accessibility.length > 0 ? first.accessibility : after.accessibility,
    hasAny: first.hasAny || after.hasAny,
  };
}

/** Whether the filters name a level ("für Fortgeschrittene", "Einstieg") and nothing else to look seminars up by. */
export function namesOnlyLevel(filters: SeminarFilters): boolean {
  return (
    filters.level !== undefined &&
    filters.topics.length === 0 &&
    filters.formats.length === 0 &&
    filters.cities.length === 0 &&
    filters.regions.length === 0 &&
    filters.unknownPlace === undefined &&
    filters.period === undefined &&
    filters.accessibility.length === 0 &&
    filters.daytime === undefined &&
    filters.weekdays === undefined &&
    filters.duration === undefined
  );
}

/** All seminar look-up filters in a message, relative to `now` for dates (Europe/Berlin). */
export function extractSeminarFilters(message: string | Utterance, knowledge: Knowledge, now: Date): SeminarFilters {
  // A turn's message is read once (its utterance); other texts (a button's, an enquiry's) are folded here.
  const text = typeof message === 'string' ? message : message.text;
  // Seminar words split off compounds, so "Moderationsschulung" names the topic "Moderation".
  const folded = typeof message === 'string' ? apartCompounds(foldText(message)) : message.apart;
  const found = typeof message === 'string' ? cuesIn(folded, knowledge) : cuesOf(message, knowledge);
  const allTopicMatches = mostSpecific(found.topics);
  const access = accessibilityIn(folded, allTopicMatches);
  // A need ("in Leichter Sprache", "barrierefreie Seminare") is not also the topic of that name.
  const levelWish = levelIn(folded);
  // "aber nicht schon wieder Leichte Sprache", "Pressearbeit, das hab ich dreimal gemacht": not a topic wished for — unless it
  // is the basics of it that were had ("den Einsteigerkurs zu Pressearbeit schon hinter mir": more of that topic).
  const asNeed = allTopicMatches.filter((m) => !access.needCues.some((cue) => cue.start === m.start));
  // Not needed at all is not wanted, also with its level ("Grundlagen Inklusion brauch ich nicht, mir gehts um die Abrechnung").
  const topicMatches = levelWish.refused ? asNeed.filter((m) => !notNeeded(folded, m)) : asNeed.filter((m) => !refused(folded, m, false));
  const topics = [...new Set(topicMatches.map((m) => m.value))];

  const catalogueMatches = mostSpecific(found.places).filter((m) => !isWorkplace(folded, m));
  // "aber nicht in Berlin", "außer in NRW": a place not wanted is no place to look in.
  const notWanted = catalogueMatches.filter((m) => notWantedPlace(folded, m));
  const placeMatches = catalogueMatches.filter((m) => !notWanted.includes(m));
  const places = placeMatches.map((m) => m.value);
  const cities = [...new Set(places.filter((p) => p.kind === 'city').map((p) => p.name))];
  const outside = placesAround(folded, knowledge, found.gazetteer, placeMatches);
  const regions = [...new Set([...places.filter((p) => p.kind === 'region').map((p) => p.name), ...outside.regions])];
  // A town or state the catalogue does not have, named on its own ("Präsenz Hamburg") or after "in"/"bei".
  const known = cities.length > 0 || regions.length > 0;
  // A place not wanted is not the place asked about either ("Präsenz, aber nicht in Berlin").
  const unknownCandidate = known ? undefined : (outside.unknown ?? unknownPlaceIn(text, knowledge, false));
  const unknownPlace = unknownCandidate !== undefined && saidNotWanted(folded, foldText(unknownCandidate)) ? undefined : unknownCandidate;
  const nearMe = !known && unknownPlace === undefined && NEAR_ME.test(folded);

  const formats = formatsIn(folded, topicMatches);
  const openOnly = OPEN_ONLY.test(folded);
  OPEN_ONLY.lastIndex = 0;
  const period = extractPeriod(typeof message === 'string' ? text : correctedText(message), now);
  const level = levelWish.level;
  const daytime = daytimeIn(folded);
  // Read as typed, compounds whole: "der Montagstermin" is one date, not Mondays.
  const weekdays = weekdaysIn(typeof message === 'string' ? foldText(message) : message.folded);
  const duration = durationIn(folded);

  const filters: SeminarFilters = {
    topics,
    formats,
    cities,
    regions,
    accessibility: access.needs,
    hasAny: false,
  };
  if (unknownPlace) filters.unknownPlace = unknownPlace;
  if (unknownPlace && unknownPlace === outside.unknown && outside.around.length > 0) filters.around = outside.around;
  if (nearMe) filters.nearMe = true;
  if (access.any) filters.accessibilityAny = true;
  if (openOnly) filters.openOnly = true;
  if (SOONEST.test(folded)) filters.soonest = true;
  if (period) filters.period = period;
  if (level) filters.level = level;
  if (levelWish.refused || access.declined || topicMatches.length < asNeed.length) filters.declined = true;
  if (notWanted.length > 0) {
    const not = notWanted.map((m) => m.value);
    filters.notIn = { cities: [...new Set(not.filter((p) => p.kind === 'city').map((p) => p.name))], regions: [...new Set(not.filter((p) => p.kind === 'region').map((p) => p.name))] };
  }
  if (daytime) filters.daytime = daytime;
  if (weekdays) filters.weekdays = weekdays;
  if (duration) filters.duration = duration;
  filters.hasAny =
    topics.length > 0 || formats.length > 0 || cities.length > 0 || regions.length > 0 || unknownPlace !== undefined || nearMe || period !== undefined || daytime !== undefined || weekdays !== undefined || duration !== undefined || access.needs.length > 0 || level !== undefined || openOnly;
  return filters;
}

const LOOKUP_WORDS = /seminar|workshop|fortbildung|weiterbildung|schulung|webinar|veranstaltung|termin|angebot|training|qualifizierung|lehrgang|\bkurs(?:e|en)?\b|\bonlinekurs|\bpraesenzkurs/;
const LOOKUP_QUESTIONS = /\bwas gibt es\b|\bwas gibts\b|\bgibt es (?:was|etwas|noch|auch)\b|\bwas (?:ist|laeuft|findet|kommt|steht|bietet|bieten|habt|haben) (?!das\b)|\bwelche\b.*\b(?:gibt|habt|haben|bietet|bieten|kommen|laufen|finden)\b|\bwann (?:ist|gibt|findet|kommt|laeuft)\b|\bzeig(?:e|en)? (?:mir )?(?:alle|was)\b/;

/** Whether the text reads like a seminar look-up ("Seminare …", "Workshops …", "Was gibt es …", "Was ist nächste Woche?"). */
export function isSeminarLookup(text: string): boolean {
  const folded = foldText(text);
  return LOOKUP_WORDS.test(folded) || LOOKUP_QUESTIONS.test(folded);
}

// Words that only say "seminars, please" or name a time: they belong to a look-up too.
const SEEKING_WORDS = /\b(?:(?:seminar|workshop|fortbildung|weiterbildung|schulung|webinar|kurs|veranstaltung|termin)(?!s?(?:ort|raum|raeum|zeit|dauer|kosten|gebuehr|unterlage|inhalt|leitung|format|sprache|programm|angebot))\w*|angebot\w*|training\w*|lehrg\w*|onlineseminar\w*|praesenzseminar\w*|online\w*|praesenz\w*|hybrid\w*|zeig\w*|such\w*|finde\w*|habt|bietet|bieten|gibts|belegen|besuchen|buchen|teilnehmen|mitmachen|naechste\w*|kommende\w*|erste[nm]?|zweite[nm]?|dritte[nm]?|vierte[nm]?|letzte[nm]?|bald|demnaechst|januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez|fruehling|fruehjahr|sommer|herbst|winter|sommerferien|ferien|woche\w*|wochenende|monat\w*|quartal|jahr|halbjahr|kw|morgen|heute|uebermorgen|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?|wochentags|werktags|wochenends|\d+)\b/g;

/** Words that place a wish around a town or region read ("in der Nähe von", "im Raum", "Umgebung"). */
const AROUND_PLACE = /\b(?:naehe|nah|nahe|gegend|umgebung|umkreis|raum|herum|rund|umland|einzugsgebiet)\b/g;

/** Words whose meaning `isMeaningfulWord` remembers: more than a day's messages use, cleared when full. */
const MAX_MEANINGFUL_WORDS = 5_000;

/**
 * Whether `words` keeps anything of a word (it is no stop word, not a single letter), remembered per word:
 * explainedShare asks it of every word of a look-up, and cutting each word as a text was ~2 % of a look-up
 * turn's `respond()` (profiled 2026-12-02). Exported for its test.
 */
export const isMeaningfulWord: (word: string) => boolean = boundedMemo(MAX_MEANINGFUL_WORDS, (word: string) => words(word).length > 0);

/**
 * How much of the message the look-up filters and seminar words explain (0..1): "Online-Seminare im
 * März" is all look-up; "Sind die Räume barrierefrei erreichbar?" is not, though it names a need. Read
 * on the utterance's corrected form, so "Semiare" and "Septmber" count as the words they mean; a place
 * the catalogue does not have ("in Hamburg") is a look-up wish too.
 */
export function explainedShare(u: Utterance, knowledge: Knowledge, filters?: SeminarFilters): number {
  const text = u.apart;
  const found = cuesOf(u, knowledge);
  const spans: Cue[] = [...found.topics, ...found.places, ...found.gazetteer];
  for (const [, pattern] of NEED_PATTERNS) spans.push(...cues(text, pattern));
  for (const [, pattern] of FORMAT_PATTERNS) spans.push(...cues(text, pattern));
  for (const [, pattern] of DAYTIME_PATTERNS) spans.push(...cues(text, pattern));
  for (const [, pattern] of DURATION_PATTERNS) spans.push(...cues(text, pattern));
  for (const pattern of LEVEL_PATTERNS_GLOBAL) spans.push(...cues(text, pattern));
  spans.push(...cues(text, SEEKING_WORDS), ...cues(text, OPEN_ONLY));
  // "in der Nähe von Mainz", "im Raum Leipzig", "rund um Erlangen": the words around a place read belong to it.
  if (filters !== undefined && (filters.cities.length > 0 || filters.regions.length > 0 || filters.unknownPlace !== undefined)) spans.push(...cues(text, AROUND_PLACE));
  const place = filters?.unknownPlace === undefined ? '' : foldText(filters.unknownPlace);
  if (place !== '') spans.push(...cues(text, new RegExp(`\\b${place.replace(/[^a-z0-9 ]/g, '')}\\b`, 'g')));
  let total = 0;
  let covered = 0;
  // The words of a time read ("im April", "nach den Herbstferien", "zwischen den Jahren") are explained by it.
  const timeRead = filters?.period !== undefined;
  for (const { token, start, end } of tokenSpans(text)) {
    if (!isMeaningfulWord(token)) continue;
    total++;
    if (spans.some((s) => s.start < end && start < s.end) || (timeRead && (TIME_GATE.test(token) || token === 'ferien'))) covered++;
  }
  return total === 0 ? 0 : covered / total;
}
