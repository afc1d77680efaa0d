// Seminar lists in the conversation: recommendations for a role, look-ups by filters, "Mehr
// anzeigen", one seminar's details and similar seminars. The memory keeps ids and filters only;
// reasons are recomputed when the next page is shown.
import type { Knowledge, Role, Seminar } from '../knowledge/schema.js';
import type { SearchIndex } from '../search/index.js';
import { convTexts } from '../texts/de/lists.js';
import { list } from '../texts/de/seminars.js';
import { accessibilityNeeds } from '../texts/de/accessibility.js';
import { formatDate } from './dates.js';
import { isOpenEnded } from './period.js';
import { extractSeminarFilters, isLevelWord, namesWhereWhenFormat, type SeminarFilters } from './filters.js';
import type { LastLookup, Memory } from './memory.js';
import { alternativeFor, isPastSeminar, leichteSpracheFirst, meetingEveryWish, recommendSeminars, similarSeminars, similarToAny, type FilterKind, type Recommendation, type RecommendationResult } from './recommend.js';
import { regTexts } from '../texts/de/registration.js';
import type { Choice, Intent, Reply } from './reply.js';
import { seminarDetail, seminarItem, seminarStatus } from './seminarView.js';
import { say, texts } from '../texts/de/conversation.js';
import { numberInList, placeInList } from './commands.js';
import { laterClauses, leadingClause } from './understand/parts.js';
import { SEMINARS_PLURAL, asksDeadline, mentionsSeminars, takesPart } from './understand/signals.js';
import { foldText, readUtterance, type Utterance } from './understand/utterance.js';

export interface ListDeps {
  knowledge: Knowledge;
  search: SearchIndex;
  now: Date;
  baseUrl?: string;
}

export interface Shown {
  memory: Memory;
  replies: Reply[];
  /** Seminar ids shown first, for the trace. */
  ids: string[];
}

const PAGE = 4;

export function mainChoices(easy: boolean): Choice[] {
  return [
    { label: say(texts.menu.recommend, easy), intent: { action: 'recommend' } },
    { label: say(texts.menu.find, easy), intent: { action: 'say', text: 'Seminare finden' } },
    { label: say(texts.menu.cost, easy), intent: { action: 'say', text: 'Was kostet das?' } },
    easy ? { label: texts.menu.easyOff, intent: { action: 'easy', on: false } } : { label: texts.menu.easyOn, intent: { action: 'easy', on: true } },
    { label: say(texts.menu.help, easy), intent: { action: 'help' } },
  ];
}

/** Said before the list's intro, so the intro's ":" stays next to the list it introduces. */
/** What was left out of the wishes, said before the list; `nearestFirst`: the list is in the order of the dates nearest the time asked for. */
function relaxedNote(left: FilterKind[], filters: SeminarFilters, easy: boolean, nearestFirst = true): string {
  return left.length > 0
    ? `${convTexts.relaxed(
        left.map((kind) => ({ kind, needs: kind === 'accessibility' ? filters.accessibility : [], any: filters.accessibilityAny === true, ...(filters.level ? { level: filters.level } : {}) })),
        easy,
        nearestFirst,
      )} `
    : '';
}

export function toLastLookup(f: SeminarFilters): LastLookup {
  return {
    topics: f.topics.slice(0, 20),
    formats: f.formats.slice(0, 3),
    cities: f.cities.slice(0, 20),
    regions: f.regions.slice(0, 20),
    ...(f.unknownPlace !== undefined ? { place: f.unknownPlace.slice(0, 100) } : {}),
    around: (f.around ?? []).slice(0, 20),
    // Kept only when some place is not wanted: most look-ups have none, and each conversation's state stays small.
    ...(f.notIn ? { notInCities: f.notIn.cities.slice(0, 20), notInRegions: f.notIn.regions.slice(0, 20) } : {}),
    accessibility: f.accessibility.slice(0, 4),
    ...(f.accessibilityAny ? { accessibilityAny: true } : {}),
    ...(f.openOnly ? { openOnly: true } : {}),
    ...(f.soonest ? { soonest: true } : {}),
    ...(f.placePreferred ? { placePreferred: true } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.daytime ? { daytime: f.daytime } : {}),
    ...(f.weekdays ? { weekdays: f.weekdays.slice(0, 7) } : {}),
    ...(f.duration ? { duration: f.duration } : {}),
    ...(f.period ? { from: f.period.from.toISOString(), to: f.period.to.toISOString() } : {}),
  };
}

export function fromLastLookup(last: LastLookup): SeminarFilters {
  const period = last.from && last.to ? { from: new Date(last.from), to: new Date(last.to) } : undefined;
  const valid = period && !Number.isNaN(period.from.getTime()) && !Number.isNaN(period.to.getTime());
  return {
    topics: last.topics,
    formats: last.formats,
    cities: last.cities,
    regions: last.regions,
    ...(last.place !== undefined ? { unknownPlace: last.place } : {}),
    ...(last.around.length > 0 ? { around: last.around } : {}),
    ...((last.notInCities?.length ?? 0) > 0 || (last.notInRegions?.length ?? 0) > 0 ? { notIn: { cities: last.notInCities ?? [], regions: last.notInRegions ?? [] } } : {}),
    accessibility: last.accessibility,
    ...(last.accessibilityAny ? { accessibilityAny: true } : {}),
    ...(last.openOnly ? { openOnly: true } : {}),
    ...(last.soonest ? { soonest: true } : {}),
    ...(last.placePreferred ? { placePreferred: true } : {}),
    ...(last.level ? { level: last.level } : {}),
    ...(last.daytime ? { daytime: last.daytime } : {}),
    ...(last.weekdays ? { weekdays: last.weekdays } : {}),
    ...(last.duration ? { duration: last.duration } : {}),
    ...(valid ? { period } : {}),
    hasAny: true,
  };
}

/** The places not wanted of both look-ups. */
function notInOf(before: SeminarFilters, next: SeminarFilters): Pick<SeminarFilters, 'notIn'> {
  const cities = [...new Set([...(before.notIn?.cities ?? []), ...(next.notIn?.cities ?? [])])].filter((c) => !next.cities.includes(c));
  const regions = [...new Set([...(before.notIn?.regions ?? []), ...(next.notIn?.regions ?? [])])].filter((r) => !next.regions.includes(r));
  return cities.length > 0 || regions.length > 0 ? { notIn: { cities, regions } } : {};
}

/** The place without seminars (and the regions around it) a look-up keeps. */
function unknownPlaceOf(f: SeminarFilters | undefined): Pick<SeminarFilters, 'unknownPlace' | 'around'> {
  if (f?.unknownPlace === undefined) return {};
  return { unknownPlace: f.unknownPlace, ...(f.around ? { around: f.around } : {}) };
}

/** "und online?": each kind of filter the new message names replaces the old one. */
export function narrow(last: LastLookup, next: SeminarFilters): SeminarFilters {
  const before = fromLastLookup(last);
  const place = next.cities.length > 0 || next.regions.length > 0 || next.unknownPlace !== undefined;
  const level = next.level ?? before.level;
  const period = next.period ?? before.period;
  const daytime = next.daytime ?? before.daytime;
  const weekdays = next.weekdays ?? before.weekdays;
  const duration = next.duration ?? before.duration;
  // "und online?" after a place: online seminars have no place, so the place no longer applies.
  const keepPlace = !place && !(next.formats.length > 0 && next.formats.every((f) => f === 'online'));
  return {
    topics: next.topics.length > 0 ? next.topics : before.topics,
    formats: next.formats.length > 0 ? next.formats : before.formats,
    cities: place ? next.cities : keepPlace ? before.cities : [],
    regions: place ? next.regions : keepPlace ? before.regions : [],
    ...unknownPlaceOf(place ? next : keepPlace ? before : undefined),
    // "aber nicht in Berlin" … "und im Mai?": the place not wanted stays not wanted.
    ...notInOf(before, next),
    ...(period ? { period } : {}),
    ...(daytime ? { daytime } : {}),
    ...(weekdays ? { weekdays } : {}),
    ...(duration ? { duration } : {}),
    accessibility: [...new Set([...before.accessibility, ...next.accessibility])],
    ...((next.accessibility.length > 0 ? next.accessibilityAny : before.accessibilityAny) ? { accessibilityAny: true } : {}),
    ...(next.openOnly || before.openOnly ? { openOnly: true } : {}),
    ...(next.soonest || before.soonest ? { soonest: true } : {}),
    // "Ich bin Projektleiterin in Erlangen" … "und online?": the workplace stays a preference; a place asked for now is a wish.
    ...(!place && keepPlace && before.placePreferred ? { placePreferred: true } : {}),
    ...(level ? { level } : {}),
    // "hab die Grundlagen schon gemacht, gibts auch was für fortgeschrittene?": the words of what was declined do not rank
    // the narrowed list either (before: the Grundlagen seminars first, by their titles).
    ...(next.declined ? { declined: true } : {}),
    hasAny: true,
  };
}

/** Where the place asked for has no seminars, or is "in meiner Nähe", the list says so first. */
function placeNote(filters: SeminarFilters, deps: ListDeps, easy: boolean): string {
  if (filters.unknownPlace !== undefined) return `${convTexts.noSeminarsThere(filters.unknownPlace, filters.around ?? [], easy)} `;
  if (!filters.nearMe) return '';
  const towns = deps.knowledge.seminars.flatMap((s) => (s.location && s.format !== 'online' && !isPastSeminar(s, deps.now) ? [s.location.city] : []));
  return `${convTexts.nearMe([...new Set(towns)].sort((a, b) => a.localeCompare(b, 'de')), easy)} `;
}

/**
 * Seminars the words of the message name best ("das Pressearbeit-Seminar", "ein Seminar zu Leichter
 * Sprache") come first; the others keep their order by fit and date. Exported for its test.
 */
export function byTitleMatch<T extends { seminar: Seminar }>(items: T[], text: string, search: SearchIndex): T[] {
  // One seminar or none has no order to change: the message's seminars are not ranked for it.
  if (items.length < 2) return items;
  const hits = search.search(text, { kinds: ['seminar'], limit: 50 });
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return items;
  const strong = new Map(hits.filter((h) => h.score >= 0.8 * best).map((h, i) => [h.id, i]));
  const rank = (item: T) => strong.get(item.seminar.id) ?? Number.POSITIVE_INFINITY;
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

/** `forRole`: one of several roles asked about, so the intro names the role's people, not "your role". */
export function recommendFor(memory: Memory, roleId: string, filters: SeminarFilters, deps: ListDeps, text = '', forRole = false): Shown {
  const role = deps.knowledge.roles.find((r) => r.id === roleId);
  if (!role) return { memory, replies: [], ids: [] };
  const found = recommendSeminars(deps.knowledge, { role, filters, ...(forRole ? { forRole } : {}) }, deps.now);
  // A topic asked for in the message's own words ("zum Thema Konflikte im Netzwerk") brings the seminars those words name
  // first, as a look-up does; a role alone ranks by fit to the role.
  const ranked = filters.topics.length > 0 && !filters.declined && !filters.soonest ? byTitleMatch(found.items, text, deps.search) : found.items;
  const result = { ...found, items: memory.easy ? leichteSpracheFirst(ranked, (r) => r.seminar) : ranked };
  const roleName = memory.easy ? role.nameEasy : role.name;
  // The topics named narrow the list (recommend.ts); the intro says so unless no seminar on them was found, or the topic
  // is the role's own field, named by the same word ("Ich mache die Öffentlichkeitsarbeit").
  const named = result.relaxedFilters.includes('topic') ? [] : filters.topics.filter((id) => id !== role.topics[0]);
  const topics = named.map((id) => deps.knowledge.topics.find((t) => t.id === id)?.name ?? id);
  const fits =
    topics.length > 0
      ? (forRole ? convTexts.recommendForOnTopicIntro : convTexts.recommendOnTopicIntro)(roleName, topics.join(', '), memory.easy)
      : (forRole ? convTexts.recommendForIntro : convTexts.recommendIntro)(roleName, memory.easy);
  const intro = result.items.length === 0 ? say(convTexts.noRecommendation, memory.easy) : relaxedNote(result.relaxedFilters, filters, memory.easy, ranked.every((item, i) => item === found.items[i])) + convTexts.withWish(fits, wishNamed(filters, result.relaxedFilters, memory.easy), memory.easy);
  // The last list is the role's now, not an earlier look-up's: "Und online?" narrows this one (listFollowedUp).
  return showList({ ...memory, roleId, lastLookup: undefined }, intro, result.items, deps, [{ label: say(convTexts.otherRole, memory.easy), intent: { action: 'recommend' } }], { roleId, filters, ...(forRole ? { forRole } : {}), deadlines: listsDeadlines(text) });
}

/**
 * Where, when or how a role's list was narrowed, for its intro ("online", "in Köln", "1. März 2027 bis 31. Mai 2027"): its
 * lines show it each, the intro says what was asked for once. Wishes left out (the relaxed note names them) and a workplace
 * that only ranks ("Ich bin Projektleiterin in Erlangen") are not named.
 */
function wishNamed(filters: SeminarFilters, left: FilterKind[], easy: boolean): string | undefined {
  const parts: string[] = [];
  const formats = convTexts.wishFormats[easy ? 'easy' : 'normal'];
  if (filters.formats.length > 0 && !left.includes('format')) parts.push(list(filters.formats.map((f) => formats[f]), 'oder'));
  const places = [...filters.cities, ...filters.regions];
  if (places.length > 0 && !filters.placePreferred && !left.includes('place')) parts.push(`in ${list(places, 'oder')}`);
  const period = filters.period;
  // The period's end is exclusive: its last day is the day before.
  // "ab März" has an end only for the search: the intro says "ab 1. März 2027", not "bis 29. Februar 2032".
  if (period && !left.includes('period'))
    parts.push(isOpenEnded(period) ? convTexts.periodFrom(formatDate(period.from), easy) : convTexts.periodNamed(formatDate(period.from), formatDate(new Date(period.to.getTime() - 1)), easy));
  const needs = needsNamed(filters, left, easy);
  if (needs) parts.push(needs);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The accessibility asked for, in a list's intro ("mit Gebärdensprachdolmetschung", "in Leichter Sprache"): the list lines
 * mark Leichte Sprache only, so a list made for DGS or Schriftdolmetschung said nowhere that every seminar in it has it
 * ("Das sind ja jetzt einfach irgendwelche Seminare"). Not when the wish was left out (the relaxed note says so). The level
 * asked for comes first ("zum Einstieg"): the lines do not show it either.
 */
function needsNamed(filters: SeminarFilters, left: FilterKind[], easy: boolean): string | undefined {
  const level = filters.level && !left.includes('level') ? convTexts.wishLevel[easy ? 'easy' : 'normal'][filters.level] : undefined;
  if (filters.accessibility.length === 0 || left.includes('accessibility')) return level;
  const needs = list(filters.accessibility.map((need) => (easy ? accessibilityNeeds[need].wishEasy : accessibilityNeeds[need].offer)), filters.accessibilityAny ? 'oder' : 'und');
  return level ? `${level}, ${needs}` : needs;
}

export function lookUp(memory: Memory, text: string, filters: SeminarFilters, all: boolean, deps: ListDeps): Shown {
  const role = deps.knowledge.roles.find((r) => r.id === memory.roleId);
  const found = recommendSeminars(deps.knowledge, { ...(role ? { role } : {}), filters, leichteSpracheFirst: memory.easy }, deps.now);
  // "das nächste Seminar" asks for dates: the soonest first, whatever fits best.
  // What was named as not wanted ("Grundlagen hatte ich schon") does not bring its seminars to the top by their titles.
  // Nor does a word of the message that names no topic when no seminar fell in the time asked for: the nearest dates come
  // first ("Seminare in den kommenden Wochen" had "Seminare barrierefrei gestalten" in October first, by its title).
  const periodLeft = found.relaxedFilters.includes('period');
  const byTitle = !filters.soonest && !all && !filters.declined && !(periodLeft && filters.topics.length === 0);
  const matched = filters.soonest ? [...found.items].sort((a, b) => a.session.start.localeCompare(b.session.start)) : byTitle ? byTitleMatch(found.items, text, deps.search) : found.items;
  // A topic's title words put their seminars first ("demnächst etwas zu Konfliktmanagement im Netzwerk"): then the intro
  // does not say the nearest dates come first.
  const nearestFirst = matched.every((item, i) => item === found.items[i]);
  const named = byTitle ? namedOfOtherLevel(role, filters, text, found, deps) : undefined;
  // The title match reorders; Leichte-Sprache seminars still come first in that mode (the one named best of another level first of all).
  const inMode = memory.easy ? leichteSpracheFirst(matched, (r) => r.seminar) : matched;
  const items = named ? [named, ...inMode] : inMode;
  const listed =
    items.length === 0
      ? say(convTexts.noLookupResult, memory.easy)
      : named && filters.level
        ? convTexts.otherLevelFirstIntro(named.seminar.title, filters.level, inMode.length, memory.easy)
        : relaxedNote(found.relaxedFilters, filters, memory.easy, nearestFirst) + (all ? say(convTexts.upcomingIntro, memory.easy) : convTexts.withWish(convTexts.lookupIntro(items.length, memory.easy), needsNamed(filters, found.relaxedFilters, memory.easy), memory.easy));
  const intro = placeNote(filters, deps, memory.easy) + listed;
  // The look-up and its list remember the same filters: made once, one object for both (nobody changes a memory's entries).
  const lastLookup = toLastLookup(filters);
  return showList({ ...memory, lastLookup }, intro, items, deps, [], { ...(role ? { roleId: role.id } : {}), filters, remembered: lastLookup, plain: !role, deadlines: listsDeadlines(text) });
}

/**
 * "Einsteiger-Workshops zu Barrierefreiheit in öffentlichen Gebäuden": the seminar the message's own words name best, where it
 * meets every wish but the level (the one on buildings is advanced) and a list of that level was found beside it. Undefined
 * where no level is asked for, the level's list has it, or the words name no seminar above the rest; not with a wish for
 * accessibility (the intro names that wish).
 */
function namedOfOtherLevel(role: Role | undefined, filters: SeminarFilters, text: string, found: RecommendationResult, deps: ListDeps): Recommendation | undefined {
  if (filters.level === undefined || found.items.length === 0 || found.relaxedFilters.length > 0 || filters.accessibility.length > 0) return undefined;
  // Named by the message's words besides the level's and the seminar words ("Barrierefreiheit in öffentlichen Gebäuden").
  const own = foldText(text)
    .split(' ')
    .filter((w) => w !== '' && !isLevelWord(w) && !mentionsSeminars(w));
  if (own.length === 0) return undefined;
  const { level: _level, ...anyLevel } = filters;
  const others = recommendSeminars(deps.knowledge, { ...(role ? { role } : {}), filters: anyLevel }, deps.now);
  if (others.relaxedFilters.length > 0) return undefined;
  // One seminar named clearly above the others: "Workshop Netzwerkmanagement für Anfänger" names a topic, whose several
  // advanced seminars share its word, and none of them in particular.
  const ids = new Set(others.items.map((item) => item.seminar.id));
  const [first, second] = deps.search.search(own.join(' '), { kinds: ['seminar'], limit: 50 }).filter((h) => ids.has(h.id));
  if (first === undefined || first.score <= 0 || (second !== undefined && second.score * NAMED_ABOVE > first.score)) return undefined;
  return found.items.some((item) => item.seminar.id === first.id) ? undefined : others.items.find((item) => item.seminar.id === first.id);
}

/** How far the seminar a message's own words name best must score above the next to count as named. */
const NAMED_ABOVE = 1.25;

/** Whether a list made for this message shows each seminar's registration deadline: the message asks until when one can register. */
function listsDeadlines(text: string): boolean {
  return asksDeadline(foldText(text));
}

function itemOf(r: Recommendation, easy: boolean, withReason: boolean, now: Date, withDeadline: boolean) {
  return seminarItem(r.seminar, withReason ? (easy ? r.reasonTextEasy : r.reasonText) : '', now, r.alternative, easy, withDeadline);
}

/** The list's items as choices too, so "2" or "die zweite" opens that seminar. */
function pickChoices(items: Array<{ seminarId: string; title: string }>): Choice[] {
  return items.map((i) => ({ label: i.title, intent: { action: 'seminar', id: i.seminarId } }));
}

/** One seminar pointed at: "das", "den", "dem" … — not the seminars asked for again ("Gibt es das auch in Köln?", "Welche sind …"). */
const POINTS_AT_ONE = /\b(?:das|den|dem|der|dieses|diesen|diesem)\b/;
/** … and, in a message taking it, "die" too: one registers for one seminar ("Kann ich mich für die in Köln anmelden?"). */
const POINTS_AT_ONE_TAKEN = /\b(?:das|den|dem|der|die|dieses|diesen|diesem)\b/;
/** Several seminars asked for (besides SEMINARS_PLURAL: "die Seminare", "Workshops"): "die", "welche", "gibt es", "andere", "Termine". */
const ASKS_FOR_SEVERAL = /\b(?:die|welche|gibt|gibts|habt|haben|sind|andere\w*|weitere\w*|termine)\b/;
/** Asking whether one must, not taking: "Muss ich mich für die in Köln anmelden?". */
const ASKS_IF_MUST = /\b(?:muss|musst|muessen|muesste|brauche|braucht)\b/;
/** Most words a message pointing at one listed seminar has. */
const POINTER_WORDS = 8;
/** … and one taking it ("Ich würde mich gern für die in Köln anmelden" has nine). */
const TAKING_POINTER_WORDS = 10;
/**
 * One listed seminar by its place in the list, inside a sentence: "Erzähl mir mehr über das zweite", "Zur dritten hätte ich
 * gern mehr Infos", "Wann ist die letzte?", "Ich möchte mich für das erste anmelden" — not "die ersten beiden", nor the
 * first or last of something else: "das erste Mal", "der letzte Anmeldetag", "in der ersten Aprilwoche", "die erste Sitzung".
 */
const ORDINAL_POINTER =
  /\b(?:(?:das|den|dem|der|zum|zur|beim|vom) ((?:erst|zweit|dritt|viert|letzt)e[nrs]?)|die ((?:erst|zweit|dritt|viert|letzt)e))\b(?! \w*(?:mal|woche|monat|quartal|jahr|tag|termin|sitzung|frist|schluss|schritt|teil|modul|block|anmeld(?!en\b)|hael|runde)\w*\b)/;
/** Other seminars than the one named by its place, or seminars asked for: "Gibt es außer dem ersten noch andere?", "Gibt es welche …?". */
const OTHERS_THAN = /\b(?:andere\w*|weitere\w*|ausser|mehrere|gibt|gibts|habt|welche)\b/;
/** Most words a message pointing at a listed seminar by its place in the list has ("Das zweite klingt gut, wie melde ich mich an?"). */
const ORDINAL_POINTER_WORDS = 10;

/** Several listed seminars by their places: "die ersten beiden", "die zwei letzten", "das erste und das dritte", "1 und 3". */
const ORDINALS_FIRST = /\b(?:die|den|der) (?:(erst|letzt)en (beiden|zwei|drei)|(beiden|zwei|drei) (erst|letzt)en)\b(?! (?:wochen|tage|monate|jahre|male|stunden|sitzungen|module)\b)/;
const ORDINAL_PAIR = /\b(?:das|der|die|den|dem) ((?:erst|zweit|dritt|viert|letzt)e[nrs]?) (?:und|oder|sowie) (?:(?:das|der|die|den|dem) )?((?:erst|zweit|dritt|viert|letzt)e[nrs]?)\b(?! \w*(?:mal|woche|monat|tag|termin|sitzung|teil|modul))/;
/** "1 und 3", "1 und 4 würd ich mir gern näher anschauen", "der Unterschied zwischen 1 und 2" — not "2 und 3 Personen". */
const NUMBER_PAIR = /(?:^|\bzwischen (?:dem |der |den )?)(?:(?:nr|nummer) )?([1-6]) (?:und|oder|u) (?:(?:nr|nummer) )?([1-6])(?= |$)(?! (?:personen|leute|tage|wochen|monate|stunden|jahre|mal|plaetze|termine|teilnehmende|kollegen|kolleginnen)\b)/;
/** Most words of a message pointing at several listed seminars by their places ("Die ersten beiden klingen gut, wie melde ich mich an?"). */
const ORDINALS_WORDS = 12;

/**
 * "Die ersten beiden klingen gut", "Das erste und das dritte interessieren mich": right after a list, the listed seminars
 * pointed at by their places in it (before: the fallback). Nothing when the message points at fewer than two, or at places
 * the list does not have.
 */
export function severalPointedAt(u: Utterance, offered: readonly Choice[], deps: Pick<ListDeps, 'knowledge' | 'now'>): string[] | undefined {
  const listed = offered.flatMap((c) => (c.intent.action === 'seminar' ? [c.intent.id] : []));
  if (listed.length < 2) return undefined;
  if (u.tokens.length > ORDINALS_WORDS) {
    // Pointed at first, asked after ("was ist denn der Unterschied zwischen 1 und 2? gleicher Inhalt?").
    const lead = leadingClause(u);
    return lead && lead.tokens.length <= ORDINALS_WORDS ? severalPointedAt(lead, offered, deps) : undefined;
  }
  const at = (place: number | undefined) => (place === undefined ? undefined : place === -1 ? listed.length - 1 : place - 1);
  let places: Array<number | undefined> = [];
  const first = ORDINALS_FIRST.exec(u.folded);
  const pair = ORDINAL_PAIR.exec(u.folded);
  const numbers = NUMBER_PAIR.exec(u.folded);
  if (first) {
    const count = placeInList(first[2] === 'beiden' || first[3] === 'beiden' ? 'zwei' : (first[2] ?? first[3] ?? '')) ?? 0;
    const fromEnd = (first[1] ?? first[4]) === 'letzt';
    places = Array.from({ length: count }, (_, i) => (fromEnd ? listed.length - count + i : i));
  } else if (pair) places = [at(placeInList(pair[1] ?? '')), at(placeInList(pair[2] ?? ''))];
  else if (numbers) places = [at(Number(numbers[1])), at(Number(numbers[2]))];
  else return eachPointedAt(u, offered, deps) ?? eachPointedAt(leadingClause(u), offered, deps);
  const ids = [...new Set(places.map((p) => (p === undefined || p < 0 ? undefined : listed[p])))];
  return ids.length >= 2 && ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}

/** "Das in Erlangen und das Online-Seminar interessieren mich": two or three pointers joined by "und", each at one listed seminar. */
function eachPointedAt(u: Utterance | undefined, offered: readonly Choice[], deps: Pick<ListDeps, 'knowledge' | 'now'>): string[] | undefined {
  if (u === undefined || u.tokens.length > ORDINALS_WORDS) return undefined;
  const parts = u.folded.split(/ (?:und|sowie|and) /);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const ids = parts.map((part) => {
    const intent = pointedAtBy(readUtterance(part), offered, deps);
    return intent?.action === 'seminar' || intent?.action === 'register' ? intent.id : undefined;
  });
  const distinct = [...new Set(ids)];
  return distinct.length === parts.length && distinct.every((id) => id !== undefined) ? (distinct as string[]) : undefined;
}

/**
 * "Das in Rostock bitte", "Mehr zu dem im Juni", "Ich nehme den Online-Termin", "Erzähl mir mehr über das zweite": right
 * after a list, the one listed seminar the message points at by where, when or how it is held, or by its place in the list
 * — its details, or the enquiry for it when the message takes it ("Das zweite klingt gut, wie melde ich mich an?").
 * Nothing when the wish fits none or several of them.
 */
export function pointedAtInList(u: Utterance, offered: readonly Choice[], deps: Pick<ListDeps, 'knowledge' | 'now'>): Intent | undefined {
  return withWaitingList(u, pointedAtBy(u, offered, deps) ?? pointedFirst(u, offered, deps), deps);
}

/**
 * Pointed at first and asked or explained after: "das erste: sind da noch Plätze frei?", "nr 2 in Köln, für wen ist das
 * gedacht?", "ich nehm das am 16. März. Wie komm ich da rein?" — the message's first clause points at the seminar (its details
 * answer the question after it).
 */
function pointedFirst(u: Utterance, offered: readonly Choice[], deps: Pick<ListDeps, 'knowledge' | 'now'>): Intent | undefined {
  // Not by a bare number word ("Zwei Fragen: …", "Drei Leute aus unserem Team, geht das?" point at nothing).
  if (offered.filter((c) => c.intent.action === 'seminar').length < 2) return undefined;
  const lead = leadingClause(u);
  const pointed = lead ? pointedAtBy(lead, offered, deps) : undefined;
  // "das erste ist ja voll. dann melde ich mich für den Zusatztermin in Rostock an": a later clause that takes another
  // listed seminar says which one is wanted (before: the first one's details).
  if (pointed === undefined || pointed.action === 'register') return pointed;
  const taken = laterClauses(u)
    .map((clause) => pointedAtBy(clause, offered, deps))
    .find((intent) => intent?.action === 'register');
  return taken ?? pointed;
}

/**
 * "das online am 9. März ist ausgebucht, kann man sich da auf ne Warteliste setzen lassen?": a full seminar pointed at with
 * the waiting list asked for is its waiting-list enquiry (before: its details, whose button offers it).
 */
function withWaitingList(u: Utterance, pointed: Intent | undefined, deps: Pick<ListDeps, 'knowledge' | 'now'>): Intent | undefined {
  if (pointed?.action !== 'seminar' || !ASKS_WAITING_LIST.test(u.folded)) return pointed;
  const seminar = deps.knowledge.seminars.find((s) => s.id === pointed.id);
  return seminar && seminarStatus(seminar, deps.now).full ? { action: 'register', id: pointed.id, waitingList: true } : pointed;
}

/** A place on the waiting list asked for: "auf die Warteliste", "nachrücken", "waiting list". */
const ASKS_WAITING_LIST = /\b(?:warte ?liste\w*|nachrueck\w*|waiting ?list)\b/;

function pointedAtBy(u: Utterance, offered: readonly Choice[], deps: Pick<ListDeps, 'knowledge' | 'now'>): Intent | undefined {
  const listed = offered.flatMap((c) => (c.intent.action === 'seminar' ? [c.intent.id] : []));
  if (listed.length < 2) return undefined;
  // Whether one must register ("Muss ich mich für das in Köln anmelden?") or until when is no taking: the seminar is shown.
  // Taking one seminar, not only looking at it ("Ich nehme das in Rostock", "wie melde ich mich an?").
  const takes = takesPart(u.folded) && !ASKS_IF_MUST.test(u.folded) && !asksDeadline(u.folded);
  const taken = (id: string | undefined): Intent | undefined => (id === undefined ? undefined : takes ? { action: 'register', id } : { action: 'seminar', id });
  // "nr 2 in Köln", "Nummer 3 bitte": by its number in the list (one reading with a choice picked by number, numberInList).
  const numbered = numberInList(u.folded);
  if (numbered && u.tokens.length <= ORDINAL_POINTER_WORDS) return taken(listed[numbered.place - 1]);
  const ordinal = u.tokens.length <= ORDINAL_POINTER_WORDS && !OTHERS_THAN.test(u.folded) ? ORDINAL_POINTER.exec(u.folded) : null;
  if (ordinal) {
    const place = placeInList(ordinal[1] ?? ordinal[2] ?? '') ?? 0;
    return taken(place === -1 ? listed.at(-1) : listed[place - 1]);
  }
  const pointer = takes ? POINTS_AT_ONE_TAKEN : POINTS_AT_ONE;
  const several = ASKS_FOR_SEVERAL.test(takes ? u.folded.replace(/\bdie\b/g, '') : u.folded);
  if (u.tokens.length > (takes ? TAKING_POINTER_WORDS : POINTER_WORDS) || !pointer.test(u.folded) || several || SEMINARS_PLURAL.test(u.folded)) return undefined;
  const f = extractSeminarFilters(u, deps.knowledge, deps.now);
  const [only, ...more] = namesWhereWhenFormat(f) ? meetingEveryWish(deps.knowledge, listed, f, deps.now) : [];
  return only && more.length === 0 ? taken(only.id) : undefined;
}

/**
 * "Gibt es das auch online?", "Findet das auch in Köln statt?", "Gibt es das auch im Herbst?" of the seminar just shown:
 * its details when it is held so; when it is not, how it is held and the seminars on its topics that are (before: its
 * details again, which left the "no" to be read from them, or the seminars of every topic in autumn). Nothing when the
 * message names no format, place, time, weekday or time of day.
 */
export function asWishedOfShown(memory: Memory, id: string, u: Utterance, deps: ListDeps): Shown | undefined {
  const seminar = deps.knowledge.seminars.find((s) => s.id === id);
  if (!seminar) return undefined;
  const wish = extractSeminarFilters(u, deps.knowledge, deps.now);
  if (!namesWhereWhenFormat(wish)) return undefined;
  if (meetingEveryWish(deps.knowledge, [id], wish, deps.now).length > 0) return showSeminar(memory, id, deps);
  const filters: SeminarFilters = { ...wish, topics: seminar.topics };
  const found = recommendSeminars(deps.knowledge, { filters, leichteSpracheFirst: memory.easy }, deps.now);
  const items = found.items.filter((r) => r.seminar.id !== id);
  const held = convTexts.heldOtherwise(seminar.title, seminarItem(seminar, '', deps.now, undefined, memory.easy).when, memory.easy);
  // A place without seminars is said so, with the regions around it that have some (as a look-up does).
  const intro = `${held} ${placeNote(filters, deps, memory.easy)}${items.length === 0 ? say(convTexts.noLookupResult, memory.easy) : relaxedNote(found.relaxedFilters, filters, memory.easy) + say(convTexts.sameTopicIntro, memory.easy)}`;
  const remembered = toLastLookup(filters);
  return showList({ ...memory, lastLookup: remembered }, intro, items, deps, [], { filters, remembered, plain: true });
}

/** Asking for seminars like the ones just shown: "ähnliche Seminare bitte", "Und ähnliche?", "Gibt es was Vergleichbares?". */
const ASKS_SIMILAR = /\b(?:aehnlich\w*|vergleichbar\w*)\b/;
/** Most words of such a message. */
const SIMILAR_WORDS = 7;

/** "Ähnliche Seminare", typed in other words right after a seminar's details: the similar-seminars button offered with them. */
export function similarAsked(u: Utterance, offered: readonly Choice[]): Intent | undefined {
  const similar = offered.find((c) => c.intent.action === 'similar');
  return similar && u.tokens.length <= SIMILAR_WORDS && ASKS_SIMILAR.test(u.folded) ? similar.intent : undefined;
}

/** `how.remembered`, when given, is `toLastLookup(how.filters)` made already. */
function showList(memory: Memory, intro: string, entries: Recommendation[], deps: ListDeps, extra: Choice[], how: { roleId?: string; forRole?: boolean; filters: SeminarFilters; remembered?: LastLookup; plain?: boolean; deadlines?: boolean }): Shown {
  if (entries.length === 0) {
    return { memory: { ...memory, list: undefined }, replies: [{ kind: 'text', text: intro, choices: [...extra, ...mainChoices(memory.easy).slice(0, 2)] }], ids: [] };
  }
  const page = entries.slice(0, PAGE);
  const items = page.map((e) => itemOf(e, memory.easy, how.roleId !== undefined, deps.now, how.deadlines === true));
  const list = {
    ids: entries.slice(0, 100).map((e) => e.seminar.id),
    shown: page.length,
    ...(how.roleId ? { roleId: how.roleId } : {}),
    ...(how.forRole ? { forRole: true } : {}),
    filters: how.remembered ?? toLastLookup(how.filters),
    ...(how.deadlines ? { deadlines: true } : {}),
  };
  const choices: Choice[] = [...pickChoices(items)];
  if (entries.length > PAGE) choices.push({ label: say(convTexts.more, memory.easy), intent: { action: 'more' } });
  choices.push(...extra);
  return { memory: { ...memory, list }, replies: [{ kind: 'seminars', text: intro, items, choices }], ids: page.map((e) => e.seminar.id) };
}

export function showMore(memory: Memory, deps: ListDeps): Shown {
  const list = memory.list;
  if (!list || list.shown >= list.ids.length) return { memory, replies: [{ kind: 'text', text: say(list ? convTexts.noMore : convTexts.noListForMore, memory.easy), choices: mainChoices(memory.easy) }], ids: [] };
  const ids = list.ids.slice(list.shown, list.shown + PAGE);
  const role = deps.knowledge.roles.find((r) => r.id === list.roleId);
  const filters = list.filters ? fromLastLookup(list.filters) : extractSeminarFilters('', deps.knowledge, deps.now);
  // Reasons and alternatives are recomputed from the role and filters the list was made with.
  const again = new Map(recommendSeminars(deps.knowledge, { ...(role ? { role } : {}), filters, ...(list.forRole ? { forRole: true } : {}) }, deps.now).items.map((r) => [r.seminar.id, r]));
  const items = ids
    .map((id) => {
      const r = again.get(id);
      if (r) return itemOf(r, memory.easy, role !== undefined, deps.now, list.deadlines === true);
      const seminar = deps.knowledge.seminars.find((s) => s.id === id);
      return seminar ? seminarItem(seminar, '', deps.now, undefined, memory.easy, list.deadlines === true) : undefined;
    })
    .filter((i) => i !== undefined);
  const shown = list.shown + ids.length;
  const choices: Choice[] = shown < list.ids.length ? [{ label: say(convTexts.more, memory.easy), intent: { action: 'more' } }] : [];
  return { memory: { ...memory, list: { ...list, shown } }, replies: [{ kind: 'seminars', text: convTexts.moreIntro(shown, list.ids.length, memory.easy), items, choices: [...pickChoices(items), ...choices] }], ids };
}

/**
 * The seminars just listed again, for a question asked of them: each with its registration deadline ("Bis wann kann ich mich
 * da anmelden?"; the list's next pages show theirs too), or as listed, with date, time, format and place ("Wo finden die statt?").
 */
export function showListed(memory: Memory, ids: string[], deps: ListDeps, asked: 'deadlines' | 'held' | 'picked'): Shown {
  const deadlines = asked === 'deadlines';
  const seminars = ids.map((id) => deps.knowledge.seminars.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (seminars.length === 0) return { memory: { ...memory, list: undefined }, replies: [{ kind: 'text', text: say(convTexts.noLookupResult, memory.easy), choices: mainChoices(memory.easy).slice(0, 2) }], ids: [] };
  const items = seminars.map((s) => seminarItem(s, '', deps.now, s.places.left === 0 ? alternativeFor(deps.knowledge, s, deps.now) : undefined, memory.easy, deadlines));
  const shownIds = seminars.map((s) => s.id);
  // The list they came from goes on with its next page; a list the memory no longer holds is these seminars alone.
  const from = memory.list;
  const list = from && shownIds.every((id) => from.ids.includes(id)) ? { ...from, ...(deadlines ? { deadlines } : {}) } : { ids: shownIds, shown: shownIds.length, ...(deadlines ? { deadlines } : {}) };
  const choices: Choice[] = [...pickChoices(items)];
  if (list.shown < list.ids.length) choices.push({ label: say(convTexts.more, memory.easy), intent: { action: 'more' } });
  const intro = asked === 'picked' ? convTexts.pickedIntro(seminars.length, memory.easy) : say(deadlines ? convTexts.deadlinesIntro : convTexts.heldIntro, memory.easy);
  return { memory: { ...memory, list }, replies: [{ kind: 'seminars', text: intro, items, choices }], ids: shownIds };
}

export function showSeminar(memory: Memory, id: string, deps: ListDeps): Shown {
  const seminar = deps.knowledge.seminars.find((s) => s.id === id);
  if (!seminar) return { memory, replies: [{ kind: 'text', text: say(convTexts.seminarGone, memory.easy), choices: mainChoices(memory.easy) }], ids: [] };
  const detail = seminarDetail(seminar, deps.knowledge, deps.now, deps.baseUrl ?? '', memory.easy);
  const choices: Choice[] = [];
  if (!detail.past) {
    choices.push(detail.full ? { label: say(regTexts.waitingListChoice, memory.easy), intent: { action: 'register', id, waitingList: true } } : { label: say(texts.menu.register, memory.easy), intent: { action: 'register', id } });
  }
  choices.push({ label: say(convTexts.similar, memory.easy), intent: { action: 'similar', id } });
  return { memory: { ...memory, awaiting: undefined, misses: 0 }, replies: [{ kind: 'seminar', detail, choices }], ids: [id] };
}

export function showSimilar(memory: Memory, id: string, deps: ListDeps): Shown {
  const seminar = deps.knowledge.seminars.find((s) => s.id === id);
  return similarList(memory, seminar ? similarSeminars(deps.knowledge, id, deps.now) : [], seminar ? convTexts.similarIntro(seminar.title, memory.easy) : '', deps);
}

/**
 * "Und ähnliche?", "Gibt es was Vergleichbares?" right after a list: the seminars like the listed ones (its shown page) that
 * are not among them. Nothing when the message asks no such thing or no list was just shown.
 */
export function similarToListed(memory: Memory, u: Utterance, deps: ListDeps): Shown | undefined {
  if (memory.offered.some((c) => c.intent.action === 'similar') || u.tokens.length > SIMILAR_WORDS || !ASKS_SIMILAR.test(u.folded)) return undefined;
  const listed = memory.offered.flatMap((c) => (c.intent.action === 'seminar' ? [c.intent.id] : []));
  if (listed.length === 0) return undefined;
  return similarList({ ...memory, offered: [] }, similarToAny(deps.knowledge, listed, deps.now), say(convTexts.similarToListedIntro, memory.easy), deps);
}

function similarList(memory: Memory, found: Seminar[], intro: string, deps: ListDeps): Shown {
  const similar = memory.easy ? leichteSpracheFirst(found, (s) => s) : found;
  if (similar.length === 0) return { memory: { ...memory, list: undefined }, replies: [{ kind: 'text', text: say(convTexts.noLookupResult, memory.easy), choices: mainChoices(memory.easy).slice(0, 2) }], ids: [] };
  const page = similar.slice(0, PAGE);
  const items = page.map((s) => seminarItem(s, '', deps.now, undefined, memory.easy));
  const choices: Choice[] = pickChoices(items);
  if (similar.length > PAGE) choices.push({ label: say(convTexts.more, memory.easy), intent: { action: 'more' } });
  const list = { ids: similar.slice(0, 100).map((s) => s.id), shown: page.length };
  return { memory: { ...memory, list }, replies: [{ kind: 'seminars', text: intro, items, choices }], ids: page.map((s) => s.id) };
}
