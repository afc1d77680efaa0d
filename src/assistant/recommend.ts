// Ranks upcoming seminars by how well they fit a person's role and wishes, explains each in one short
// German sentence, and offers the next run or a similar seminar when one is full.
import type { Knowledge, Role, Seminar, SeminarSession } from '../knowledge/schema.js';
import { offersNeed } from '../catalogue/accessibility.js';
import { instantMs, isPast, nextStart, openForRegistration, registrationClosed, upcomingSessions } from '../catalogue/status.js';
import { formatDayEasy, formatShortDate, sessionInstant } from './dates.js';
import type { Daytime, Duration, SeminarFilters } from './filters.js';
import { seminarTexts, type AccessibilityNeed, type FilterKind } from '../texts/de/seminars.js';

export type { FilterKind } from '../texts/de/seminars.js';

/** Why a seminar was recommended, as data (the bot may render it differently from `reasonText`). */
export type Reason =
  | { kind: 'role'; roleId: string }
  | { kind: 'roleTopic'; topicId: string }
  | { kind: 'topic'; topicId: string }
  | { kind: 'format'; format: Seminar['format'] }
  | { kind: 'place'; city: string }
  | { kind: 'period' }
  | { kind: 'accessibility'; need: AccessibilityNeed }
  | { kind: 'level'; level: Seminar['level'] };

export interface Recommendation {
  seminar: Seminar;
  /** The next session that has not ended (within the asked period, if one was asked for). */
  session: SeminarSession;
  score: number;
  reasons: Reason[];
  /** One short sentence: "Passt zu Ihrer Rolle als Netzwerkkoordinator*in und zum Thema Öffentlichkeitsarbeit; online am 9. März." */
  readonly reasonText: string;
  /** The same in Leichte Sprache (short sentences, no Gender-Stern). */
  readonly reasonTextEasy: string;
  full: boolean;
  deadlinePassed: boolean;
  /** For a full seminar: the next run of its series with places left, else the most similar seminar with places. */
  readonly alternative?: Seminar | undefined;
}

export interface RecommendationResult {
  items: Recommendation[];
  /** German names of the wishes left out because nothing matched all of them ("den Ort"); empty when all held. */
  relaxed: string[];
  relaxedFilters: FilterKind[];
}

export interface RecommendOptions {
  role?: Role;
  filters: SeminarFilters;
  /** Leichte-Sprache mode: seminars held in Leichte Sprache come first; the order by fit stays within each group. */
  leichteSpracheFirst?: boolean;
  /** The role is one of several asked about ("… für Koordinator*innen und für unsere Ehrenamtlichen"): a reason names its people ("Passt für Ehrenamtliche"), not "your role". */
  forRole?: boolean;
}

/**
 * Seminars held in Leichte Sprache first, the rest after them, each group in the order given (a
 * stable partition): for people who use the bot in Leichte Sprache.
 */
export function leichteSpracheFirst<T>(items: T[], seminarOf: (item: T) => Seminar): T[] {
  const easy = items.filter((item) => seminarOf(item).languageOffers.leichteSprache);
  return easy.length === 0 ? items : [...easy, ...items.filter((item) => !seminarOf(item).languageOffers.leichteSprache)];
}

// Weights of the fit; only their order matters: role target > mentioned topic > role's own topics > the rest.
const SCORE = {
  roleTarget: 40,
  mentionedTopic: 30,
  roleTopicBest: 20,
  roleTopicStep: 3,
  roleTopicMin: 4,
  format: 10,
  hybridForFormat: 6,
  place: 10,
  period: 10,
  need: 8,
  level: 6,
  levelForAll: 3,
  deadlinePassed: -25,
  full: -5,
} as const;

// A role "fits" a seminar it is not named for when the seminar covers one of the role's top topics.
const ROLE_TOP_TOPICS = 3;

// When nothing matches every wish, leave out the least essential first: another date is easier to
// manage than travelling elsewhere, and a seminar on the asked topic without sign language can
// still be booked with the need stated in the enquiry.
// A level asked for ("für Einsteiger*innen") is what the seminar teaches: kept over where and how it is held.
const RELAX_ORDER: FilterKind[] = ['daytime', 'weekday', 'period', 'duration', 'places', 'place', 'format', 'level', 'accessibility', 'topic', 'role'];

function byStart(a: SeminarSession, b: SeminarSession): number {
  return a.start.localeCompare(b.start);
}

// Status rules live in the catalogue; these names stay for the modules that import them from here.
export const isPastSeminar = isPast;
export { registrationClosed, upcomingSessions };

function inPeriod(session: SeminarSession, period: { from: Date; to: Date }): boolean {
  return instantMs(session.start) < period.to.getTime() && instantMs(session.end) > period.from.getTime();
}

/** How far a session lies from a period: 0 inside it, else the time between them. */
function distanceMs(session: SeminarSession, period: { from: Date; to: Date }): number {
  const start = instantMs(session.start);
  return start < period.from.getTime() ? period.from.getTime() - instantMs(session.end) : Math.max(0, start - period.to.getTime());
}

/** Of a seminar's sessions, the one nearest to a period. */
function nearestSession(sessions: readonly SeminarSession[], period: { from: Date; to: Date }): SeminarSession | undefined {
  return sessions.reduce<SeminarSession | undefined>((best, s) => (best === undefined || distanceMs(s, period) < distanceMs(best, period) ? s : best), undefined);
}

/** Whether a session starts in the morning (before 12), afternoon (12 to 16) or evening (from 16, after work). */
function startsAt(session: SeminarSession, daytime: Daytime): boolean {
  const hour = Number(session.start.slice(11, 13));
  if (daytime === 'vormittag') return hour < 12;
  if (daytime === 'nachmittag') return hour >= 12 && hour < 16;
  return hour >= 16;
}

/** The day of the week of a session's (local) date: 1 = Monday … 7 = Sunday. */
function weekdayOf(session: SeminarSession): number {
  const day = new Date(`${session.start.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** A session of half a day lasts at most this long (09:30–12:30, 13:00–17:00); a whole day's lasts longer (10:00–15:00). */
const HALF_DAY_MS = 4.5 * 60 * 60 * 1000;

/** Whether a session lasts half a day at most, or a whole day. */
function lasts(session: SeminarSession, duration: Duration): boolean {
  const length = instantMs(session.end) - instantMs(session.start);
  return duration === 'halbtag' ? length <= HALF_DAY_MS : length > HALF_DAY_MS;
}

function matchesFormat(seminar: Seminar, formats: Seminar['format'][]): boolean {
  if (formats.includes(seminar.format)) return true;
  // A hybrid seminar can be attended online or in person.
  return seminar.format === 'hybrid' && formats.some((f) => f !== 'hybrid');
}

function matchesPlace(seminar: Seminar, filters: SeminarFilters): boolean {
  const loc = seminar.location;
  if (!loc) return false;
  // A place without seminars ("in Hamburg") matches none, unless the catalogue has some around it ("bei München": Bayern).
  if (filters.unknownPlace) return loc.region !== undefined && (filters.around ?? []).includes(loc.region);
  return filters.cities.includes(loc.city) || (loc.region !== undefined && filters.regions.includes(loc.region));
}

function inPlace(seminar: Seminar, places: { cities: string[]; regions: string[] }): boolean {
  const loc = seminar.location;
  return loc !== undefined && (places.cities.includes(loc.city) || (loc.region !== undefined && places.regions.includes(loc.region)));
}

function fitsRole(seminar: Seminar, role: Role): boolean {
  return seminar.targetRoles.includes(role.id) || seminar.topics.some((t) => role.topics.slice(0, ROLE_TOP_TOPICS).includes(t));
}

type Criterion = { kind: FilterKind; test: (seminar: Seminar) => boolean };

function criteriaFor(options: RecommendOptions, now: Date): Criterion[] {
  const { role, filters } = options;
  const criteria: Criterion[] = [];
  if (filters.topics.length > 0) criteria.push({ kind: 'topic', test: (s) => s.topics.some((t) => filters.topics.includes(t)) });
  else if (role) criteria.push({ kind: 'role', test: (s) => fitsRole(s, role) });
  // A workplace's town ranks the seminars there first (score) and leaves no other out.
  // Online a seminar is attended from anywhere: "Online-Seminare in Bayern" are all that can be attended online (not where
  // a seminar in person is asked for too).
  const online = filters.formats.includes('online') && !filters.formats.includes('praesenz');
  if (!filters.placePreferred && (filters.cities.length > 0 || filters.regions.length > 0 || filters.unknownPlace)) criteria.push({ kind: 'place', test: (s) => (online && s.format !== 'praesenz') || matchesPlace(s, filters) });
  const period = filters.period;
  if (period) criteria.push({ kind: 'period', test: (s) => upcomingSessions(s, now).some((session) => inPeriod(session, period)) });
  const daytime = filters.daytime;
  if (daytime) criteria.push({ kind: 'daytime', test: (s) => upcomingSessions(s, now).some((session) => startsAt(session, daytime)) });
  // "nur donnerstags": every session still to come on a day that can be managed (one on Tuesday would be missed).
  const weekdays = filters.weekdays;
  if (weekdays) {
    criteria.push({
      kind: 'weekday',
      test: (s) => {
        const sessions = upcomingSessions(s, now);
        return sessions.length > 0 && sessions.every((session) => weekdays.includes(weekdayOf(session)));
      },
    });
  }
  const duration = filters.duration;
  if (duration) criteria.push({ kind: 'duration', test: (s) => upcomingSessions(s, now).some((session) => lasts(session, duration)) });
  if (filters.formats.length > 0) criteria.push({ kind: 'format', test: (s) => matchesFormat(s, filters.formats) });
  // "Gebärdensprache oder Untertitel": one of them is enough; "mit Gebärdensprache und Untertiteln": all.
  const needs = filters.accessibility;
  if (needs.length > 0) criteria.push({ kind: 'accessibility', test: filters.accessibilityAny ? (s) => needs.some((need) => offersNeed(s, need)) : (s) => needs.every((need) => offersNeed(s, need)) });
  if (filters.openOnly) criteria.push({ kind: 'places', test: (s) => openForRegistration(s, now) });
  // "Netzwerkmanagement für Anfänger": beginners' seminars (and those for all), not the advanced ones by their titles.
  const level = filters.level;
  if (level) criteria.push({ kind: 'level', test: (s) => s.level === level || s.level === 'alle' });
  return criteria;
}

/** Subsets of criteria to leave out, smallest first, in RELAX_ORDER. */
function relaxations(criteria: Criterion[]): FilterKind[][] {
  const kinds = RELAX_ORDER.filter((k) => criteria.some((c) => c.kind === k));
  const subsets: FilterKind[][] = [];
  for (let mask = 1; mask < 1 << kinds.length; mask++) subsets.push(kinds.filter((_, i) => mask & (1 << i)));
  // Stable sort keeps the binary order, which puts subsets of earlier kinds first within a size.
  return subsets.sort((a, b) => a.length - b.length);
}

function score(seminar: Seminar, session: SeminarSession, options: RecommendOptions, now: Date): { score: number; reasons: Reason[] } {
  const { role, filters } = options;
  const reasons: Reason[] = [];
  let total = 0;
  if (role && seminar.targetRoles.includes(role.id)) {
    total += SCORE.roleTarget;
    reasons.push({ kind: 'role', roleId: role.id });
  }
  for (const topicId of filters.topics.filter((t) => seminar.topics.includes(t))) {
    total += SCORE.mentionedTopic;
    reasons.push({ kind: 'topic', topicId });
  }
  if (role) {
    const best = role.topics.findIndex((t) => seminar.topics.includes(t));
    const topicId = role.topics[best];
    if (best >= 0 && topicId) {
      total += Math.max(SCORE.roleTopicMin, SCORE.roleTopicBest - SCORE.roleTopicStep * best);
      if (!filters.topics.includes(topicId)) reasons.push({ kind: 'roleTopic', topicId });
    }
  }
  if (filters.formats.length > 0 && matchesFormat(seminar, filters.formats)) {
    total += filters.formats.includes(seminar.format) ? SCORE.format : SCORE.hybridForFormat;
    reasons.push({ kind: 'format', format: seminar.format });
  }
  if (matchesPlace(seminar, filters) && seminar.location) {
    total += SCORE.place;
    reasons.push({ kind: 'place', city: seminar.location.city });
  }
  if (filters.period && inPeriod(session, filters.period)) {
    total += SCORE.period;
    reasons.push({ kind: 'period' });
  }
  for (const need of filters.accessibility.filter((n) => offersNeed(seminar, n))) {
    total += SCORE.need;
    reasons.push({ kind: 'accessibility', need });
  }
  if (filters.level && (seminar.level === filters.level || seminar.level === 'alle')) {
    total += seminar.level === filters.level ? SCORE.level : SCORE.levelForAll;
    if (seminar.level === filters.level) reasons.push({ kind: 'level', level: seminar.level });
  }
  if (registrationClosed(seminar, now)) total += SCORE.deadlinePassed;
  if (seminar.places.left === 0) total += SCORE.full;
  return { score: total, reasons };
}

function topicName(knowledge: Knowledge, id: string): string {
  return knowledge.topics.find((t) => t.id === id)?.name ?? id;
}

/**
 * Why a seminar fits, in one language mode. A list shows one mode, so only that text is made: each
 * one formats the session's date (profiled 2026-12-01: both modes were ~20 % of a recommendation's
 * respond() and rendering).
 */
function explain(seminar: Seminar, session: SeminarSession, reasons: Reason[], options: RecommendOptions, knowledge: Knowledge, now: Date, easy: boolean): string {
  const role = options.role;
  const mentioned = reasons.flatMap((r) => (r.kind === 'topic' ? [r.topicId] : []));
  const roleTopics = reasons.flatMap((r) => (r.kind === 'roleTopic' ? [r.topicId] : []));
  const forRole = role !== undefined && reasons.some((r) => r.kind === 'role');
  const topics = (mentioned.length > 0 ? mentioned : roleTopics)
    .map((id) => topicName(knowledge, id))
    // "als Verantwortliche für Öffentlichkeitsarbeit und zum Thema Öffentlichkeitsarbeit" says it twice.
    .filter((name) => !(forRole && name.split(/\s+und\s+/).every((part) => role.name.includes(part))));
  const level = reasons.find((r) => r.kind === 'level');
  // Online seminars pass a wish for step-free access, but saying so would sound odd.
  const needs = reasons.flatMap((r) => (r.kind === 'accessibility' && !(r.need === 'stepFree' && seminar.format === 'online') ? [r.need] : []));
  const sessions = upcomingSessions(seminar, now).length;
  const common = {
    topics,
    format: seminar.format,
    sessions,
    accessibility: needs,
    ...(seminar.location ? { city: seminar.location.city } : {}),
    ...(level && level.level !== 'alle' ? { level: level.level } : {}),
  };
  const start = sessionInstant(session.start);
  const people = options.forRole === true;
  return easy
    ? seminarTexts.reasonEasy({ ...common, ...(forRole ? { role: role.nameEasy, people } : {}), date: formatDayEasy(start) })
    : seminarTexts.reason({ ...common, ...(forRole ? { role: people ? role.name : role.nameSingular, people } : {}), date: formatShortDate(start, now) });
}

function nextRunOfSeries(knowledge: Knowledge, seminar: Seminar, now: Date): Seminar | undefined {
  if (!seminar.series) return undefined;
  return knowledge.seminars
    .filter((s) => s.id !== seminar.id && s.series === seminar.series && s.places.left > 0 && !isPastSeminar(s, now) && !registrationClosed(s, now))
    .sort((a, b) => nextStart(a, now).localeCompare(nextStart(b, now)))[0];
}

/** For a full seminar: the next run of its series with places left, else the most similar one with places. */
export function alternativeFor(knowledge: Knowledge, seminar: Seminar, now: Date): Seminar | undefined {
  return nextRunOfSeries(knowledge, seminar, now) ?? similarSeminars(knowledge, seminar.id, now).find((s) => s.places.left > 0 && !registrationClosed(s, now));
}

/**
 * One seminar of a ranked list. Only the page on show is explained (four of often dozens of
 * seminars), in the language mode on show: each text and the alternative are worked out when first
 * read. A class, not an object literal with getters: such a literal was built with three closures
 * and accessor properties for every ranked seminar, ~10 % of a recommendation's respond() (profiled
 * 2026-12-01).
 */
class RankedSeminar implements Recommendation {
  readonly full: boolean;
  #reasonText: string | undefined;
  #reasonTextEasy: string | undefined;
  #alternative: Seminar | undefined;
  #lookedForAlternative = false;

  constructor(
    readonly seminar: Seminar,
    readonly session: SeminarSession,
    readonly score: number,
    readonly reasons: Reason[],
    readonly deadlinePassed: boolean,
    private readonly asked: { options: RecommendOptions; knowledge: Knowledge; now: Date },
  ) {
    this.full = seminar.places.left === 0;
  }

  get reasonText(): string {
    return (this.#reasonText ??= explain(this.seminar, this.session, this.reasons, this.asked.options, this.asked.knowledge, this.asked.now, false));
  }

  get reasonTextEasy(): string {
    return (this.#reasonTextEasy ??= explain(this.seminar, this.session, this.reasons, this.asked.options, this.asked.knowledge, this.asked.now, true));
  }

  get alternative(): Seminar | undefined {
    if (!this.#lookedForAlternative && this.full) this.#alternative = alternativeFor(this.asked.knowledge, this.seminar, this.asked.now);
    this.#lookedForAlternative = true;
    return this.#alternative;
  }
}

/**
 * Upcoming seminars ranked by fit to the role and the wishes in `filters`. Format, period, place
 * and accessibility wishes (and a named topic) filter; when nothing matches them all, the least
 * essential are left out and named in `relaxed`. Past seminars never appear.
 */
export function recommendSeminars(knowledge: Knowledge, options: RecommendOptions, now: Date): RecommendationResult {
  const notIn = options.filters.notIn;
  // A place said not to be wanted leaves its seminars in person out, whatever else is relaxed (online ones are attended from anywhere).
  const upcoming = knowledge.seminars.filter((s) => !isPastSeminar(s, now) && !(notIn !== undefined && s.format === 'praesenz' && inPlace(s, notIn)));
  const criteria = criteriaFor(options, now);
  let kept = upcoming.filter((s) => criteria.every((c) => c.test(s)));
  let left: FilterKind[] = [];
  if (kept.length === 0 && criteria.length > 0) {
    for (const leaveOut of relaxations(criteria)) {
      const candidates = upcoming.filter((s) => criteria.every((c) => leaveOut.includes(c.kind) || c.test(s)));
      if (candidates.length > 0) {
        kept = candidates;
        left = leaveOut;
        break;
      }
    }
  }

  const period = options.filters.period;
  // The time asked for had none ("in der ersten Aprilwoche"): the dates nearest to it come first, not the soonest of all.
  const nearest = period !== undefined && left.includes('period');
  const items = kept.flatMap((seminar): Recommendation[] => {
    const sessions = upcomingSessions(seminar, now);
    const session = (period ? (nearest ? nearestSession(sessions, period) : sessions.find((s) => inPeriod(s, period))) : undefined) ?? sessions[0];
    if (!session) return [];
    const { score: total, reasons } = score(seminar, session, options, now);
    return [new RankedSeminar(seminar, session, total, reasons, registrationClosed(seminar, now), { options, knowledge, now })];
  });
  items.sort(
    (a, b) =>
      (nearest ? distanceMs(a.session, period) - distanceMs(b.session, period) : 0) || b.score - a.score || byStart(a.session, b.session) || a.seminar.title.localeCompare(b.seminar.title, 'de'),
  );

  return {
    items: options.leichteSpracheFirst ? leichteSpracheFirst(items, (r) => r.seminar) : items,
    relaxed: left.map((kind) => seminarTexts.relaxed(kind, kind === 'accessibility' ? options.filters.accessibility : [], options.filters.accessibilityAny, options.filters.level)),
    relaxedFilters: left,
  };
}

/** Of the given seminars, those that meet every wish the filters name, none left out ("das in Rostock" among a list just shown). */
export function meetingEveryWish(knowledge: Knowledge, ids: readonly string[], filters: SeminarFilters, now: Date): Seminar[] {
  const criteria = criteriaFor({ filters }, now);
  return criteria.length === 0 ? [] : knowledge.seminars.filter((s) => ids.includes(s.id) && !isPastSeminar(s, now) && criteria.every((c) => c.test(s)));
}

/** Upcoming seminars like the given one: same series first, then shared topics and audiences; soonest first among equals. */
export function similarSeminars(knowledge: Knowledge, seminarId: string, now: Date): Seminar[] {
  return similarToAny(knowledge, [seminarId], now);
}

/**
 * Upcoming seminars like any of the given ones ("Und ähnliche?" after a list), each scored by the one it is most like, the
 * given ones left out; same series first, then shared topics and audiences; soonest first among equals.
 */
export function similarToAny(knowledge: Knowledge, seminarIds: readonly string[], now: Date): Seminar[] {
  const given = seminarIds.map((id) => knowledge.seminars.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (given.length === 0) return [];
  const scored = knowledge.seminars
    .filter((s) => !seminarIds.includes(s.id) && !isPastSeminar(s, now))
    .flatMap((s) => {
      const scores = given.map((seminar) => similarity(seminar, s, now)).filter((x) => x !== undefined);
      return scores.length === 0 ? [] : [{ s, similarity: Math.max(...scores), start: nextStart(s, now) }];
    });
  scored.sort((a, b) => b.similarity - a.similarity || a.start.localeCompare(b.start));
  return scored.map((x) => x.s);
}

/**
 * How much `s` is like `seminar`: the same series counts most, then each shared topic, each shared audience, format and
 * level; undefined when they share no series, topic or audience (format and level alone make no likeness).
 */
function similarity(seminar: Seminar, s: Seminar, now: Date): number | undefined {
  const sharedTopics = s.topics.filter((t) => seminar.topics.includes(t)).length;
  const sharedRoles = s.targetRoles.filter((r) => seminar.targetRoles.includes(r)).length;
  const sameSeries = seminar.series !== undefined && s.series === seminar.series;
  if (!sameSeries && sharedTopics === 0 && sharedRoles === 0) return undefined;
  return (sameSeries ? 100 : 0) + 10 * sharedTopics + 4 * sharedRoles + (s.format === seminar.format ? 2 : 0) + (s.level === seminar.level ? 1 : 0) - (registrationClosed(s, now) ? 5 : 0);
}
