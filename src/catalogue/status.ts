// Seminar status decided in one place for the chat, the Teams tab and the search extension: whether
// a seminar is over, whether its registration deadline has passed, which sessions are still to
// come, places left, and its calendar link. Before, three modules decided "past" and "deadline
// passed" differently (`<` vs `<=`, 23:59 vs midnight).
import type { Seminar, SeminarSession } from '../knowledge/schema.js';
import { berlinLocalToUtc } from '../knowledge/time.js';

export interface SeminarStatus {
  /** The last session has ended (its end instant is now or earlier). */
  past: boolean;
  full: boolean;
  placesLeft: number;
  /** The whole deadline day (Berlin time) is over: at 00:00 of the next day. */
  deadlinePassed: boolean;
  /** The deadline day as written in the catalogue, YYYY-MM-DD. */
  deadlineDay: string;
}

// Seminar times are converted again and again while ranking; the catalogue has only a few hundred.
const instants = new Map<string, number>();
const MAX_CACHED = 10_000;

/** A Berlin wall-clock time of the catalogue ("2027-03-09T10:00") as an instant, remembered. */
export function instantOf(local: string): Date {
  return new Date(instantMs(local));
}

/** The same instant in milliseconds, for comparisons: a look-up compares every session with its period, and made a Date for each. */
export function instantMs(local: string): number {
  let ms = instants.get(local);
  if (ms === undefined) {
    ms = berlinLocalToUtc(local).getTime();
    if (instants.size >= MAX_CACHED) instants.clear();
    instants.set(local, ms);
  }
  return ms;
}

// Every listed or recommended seminar asks for its deadline's end on every turn; remembered per day.
const dayEnds = new Map<string, number>();

/** The instant the day after a YYYY-MM-DD day begins in Berlin. */
function endOfBerlinDay(day: string): Date {
  let ms = dayEnds.get(day);
  if (ms === undefined) {
    const [y, m, d] = day.split('-').map(Number);
    const next = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1));
    ms = instantOf(`${next.toISOString().slice(0, 10)}T00:00`).getTime();
    if (dayEnds.size >= MAX_CACHED) dayEnds.clear();
    dayEnds.set(day, ms);
  }
  return new Date(ms);
}

/** A seminar's instants, worked out once per seminar object (a reload brings new objects). */
interface Timeline {
  /** Sessions earliest first, each with its end as an instant in ms. */
  sessions: Array<{ session: SeminarSession; endMs: number }>;
  /** End of the session that ends last; undefined without dates. */
  lastEndMs: number | undefined;
  /** When the deadline day is over. */
  deadlineEndMs: number;
}

// Every turn that lists or ranks seminars asks these of each seminar, several times.
const timelines = new WeakMap<Seminar, Timeline>();

function timelineOf(seminar: Seminar): Timeline {
  let timeline = timelines.get(seminar);
  if (!timeline) {
    // Stable sort, as before: sessions with the same start keep the catalogue's order.
    const sessions = [...seminar.dates].sort((a, b) => a.start.localeCompare(b.start)).map((session) => ({ session, endMs: instantOf(session.end).getTime() }));
    const lastEnd = seminar.dates.map((d) => d.end).sort().at(-1);
    timeline = { sessions, lastEndMs: lastEnd === undefined ? undefined : instantOf(lastEnd).getTime(), deadlineEndMs: endOfBerlinDay(seminar.registrationDeadline).getTime() };
    timelines.set(seminar, timeline);
  }
  return timeline;
}

/** Whether the seminar's last session has ended. A seminar without dates counts as over. */
export function isPast(seminar: Seminar, now: Date): boolean {
  const lastEnd = timelineOf(seminar).lastEndMs;
  return lastEnd === undefined || lastEnd <= now.getTime();
}

/** The ids of a catalogue's seminars that are over, and the instants between which that stays so (from ≤ now < until). */
interface PastIds {
  ids: ReadonlySet<string>;
  fromMs: number;
  untilMs: number;
}
const pastIdsKept = new WeakMap<readonly Seminar[], PastIds>();

/**
 * The ids of the seminars that are over (`isPast`), the same Set until the next seminar ends: every turn
 * asked it of the whole catalogue (~1 % of a FAQ turn's respond()), and it changes only at the last
 * session's end of some seminar. Kept per catalogue (a reload brings a new one).
 */
export function pastSeminarIds(seminars: readonly Seminar[], now: Date): ReadonlySet<string> {
  const ms = now.getTime();
  const kept = pastIdsKept.get(seminars);
  if (kept && kept.fromMs <= ms && ms < kept.untilMs) return kept.ids;
  const ids = new Set<string>();
  let fromMs = Number.NEGATIVE_INFINITY;
  let untilMs = Number.POSITIVE_INFINITY;
  for (const seminar of seminars) {
    const lastEnd = timelineOf(seminar).lastEndMs;
    if (lastEnd === undefined || lastEnd <= ms) {
      ids.add(seminar.id);
      if (lastEnd !== undefined) fromMs = Math.max(fromMs, lastEnd);
    } else {
      untilMs = Math.min(untilMs, lastEnd);
    }
  }
  pastIdsKept.set(seminars, { ids, fromMs, untilMs });
  return ids;
}

/** Whether the registration deadline (the whole day, Berlin time) is over. */
export function registrationClosed(seminar: Seminar, now: Date): boolean {
  return timelineOf(seminar).deadlineEndMs <= now.getTime();
}

/** Sessions that have not ended yet, earliest first. */
export function upcomingSessions(seminar: Seminar, now: Date): SeminarSession[] {
  const at = now.getTime();
  const upcoming: SeminarSession[] = [];
  for (const { session, endMs } of timelineOf(seminar).sessions) if (endMs > at) upcoming.push(session);
  return upcoming;
}

/** Where a seminar stands among others in time: its next session's start (local time, sortable as text), else its first. */
export function nextStart(seminar: Seminar, now: Date): string {
  return upcomingSessions(seminar, now)[0]?.start ?? seminar.dates[0]?.start ?? '';
}

/** Whether one can still ask for a place: not over, places left and the registration deadline not passed. */
export function openForRegistration(seminar: Seminar, now: Date): boolean {
  return seminar.places.left > 0 && !registrationClosed(seminar, now) && !isPast(seminar, now);
}

export function seminarStatus(seminar: Seminar, now: Date): SeminarStatus {
  return {
    past: isPast(seminar, now),
    full: seminar.places.left === 0,
    placesLeft: seminar.places.left,
    deadlinePassed: registrationClosed(seminar, now),
    deadlineDay: seminar.registrationDeadline,
  };
}

/** The calendar file of a seminar (served by src/server/calendar.ts). */
export function icsUrl(baseUrl: string, seminar: Pick<Seminar, 'id'>): string {
  return `${baseUrl}/seminare/${encodeURIComponent(seminar.id)}.ics`;
}
