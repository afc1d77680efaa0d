// Seminar dates in German, always in Europe/Berlin whatever the server's time zone:
// "Di., 9. März 2027, 10:00–16:00 Uhr", and the Leichte-Sprache form without abbreviations.
import type { SeminarSession } from '../knowledge/schema.js';
import { BERLIN, berlinLocalToUtc, berlinOffsetMinutes } from '../knowledge/time.js';
import { instantOf } from '../catalogue/status.js';
import { perObject } from './memo.js';

export { BERLIN, berlinLocalToUtc };

const dayWithWeekday = new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
const dayWithLongWeekday = new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayOnly = new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, day: 'numeric', month: 'long', year: 'numeric' });
const dayWithoutYear = new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, day: 'numeric', month: 'long' });
const clock = new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const calendarParts = new Intl.DateTimeFormat('en-US', { timeZone: BERLIN, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short', hourCycle: 'h23' });

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock fields of an instant in Berlin; weekday 1 = Monday … 7 = Sunday. */
export interface BerlinParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

// Since 1893 Berlin's offset is whole minutes (hours, in fact), so wall-clock fields are the UTC fields
// of the instant shifted by the offset, which is cached per UTC hour; formatToParts per call was the
// largest single cost of a turn (every turn asks for "today", every listed seminar for its day).
const FIXED_OFFSETS_SINCE = Date.UTC(1900, 0, 1);

export function berlinParts(instant: Date): BerlinParts {
  const ms = instant.getTime();
  if (!(ms >= FIXED_OFFSETS_SINCE)) return formattedParts(instant);
  const wall = new Date(ms + berlinOffsetMinutes(instant) * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(),
  };
}

function formattedParts(instant: Date): BerlinParts {
  const parts = Object.fromEntries(calendarParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[String(parts.weekday)] ?? 1,
  };
}

/** A calendar day in Berlin: month 1–12. Days outside the month roll over like Date.UTC does. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Normalises a day whose fields overflow (day 32, month 13) into a real calendar day. */
export function normalizeDay(d: CalendarDay): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return normalizeDay({ ...d, day: d.day + days });
}

/** The instant a Berlin calendar day begins (00:00 local time, CET or CEST as it falls). */
export function startOfBerlinDay(d: CalendarDay): Date {
  const n = normalizeDay(d);
  return sessionInstant(`${n.year}-${pad(n.month)}-${pad(n.day)}T00:00`);
}

/** berlinLocalToUtc, remembered: "2027-03-09T10:00" → the instant (one cache, in the catalogue). */
export const sessionInstant = instantOf;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toInstant(value: string | Date): Date {
  return value instanceof Date ? value : berlinLocalToUtc(value);
}

function sameBerlinDay(a: Date, b: Date): boolean {
  const pa = berlinParts(a);
  const pb = berlinParts(b);
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}

/** "Di., 9. März 2027, 10:00–16:00 Uhr"; over several days "Di., 9. März 2027, 10:00 Uhr – Mi., 10. März 2027, 16:00 Uhr". */
export function formatSession(session: SeminarSession): string {
  return sessionTexts(session);
}

// A session's texts depend on the session alone: worked out once per session object (a reload brings
// new objects) instead of through Intl.DateTimeFormat for every listed seminar on every turn.
const sessionTexts = perObject(sessionText);
const sessionTextsEasy = perObject(sessionTextEasy);

function sessionText(session: SeminarSession): string {
  const start = berlinLocalToUtc(session.start);
  const end = berlinLocalToUtc(session.end);
  if (sameBerlinDay(start, end)) return `${dayWithWeekday.format(start)}, ${clock.format(start)}–${clock.format(end)} Uhr`;
  return `${dayWithWeekday.format(start)}, ${clock.format(start)} Uhr – ${dayWithWeekday.format(end)}, ${clock.format(end)} Uhr`;
}

/** Leichte Sprache: "Dienstag, 9. März 2027, von 10 Uhr bis 16 Uhr" — no abbreviations, full hours without ":00". */
export function formatSessionEasy(session: SeminarSession): string {
  return sessionTextsEasy(session);
}

function sessionTextEasy(session: SeminarSession): string {
  const start = berlinLocalToUtc(session.start);
  const end = berlinLocalToUtc(session.end);
  if (sameBerlinDay(start, end)) return `${dayWithLongWeekday.format(start)}, von ${easyClock(start)} bis ${easyClock(end)}`;
  return `von ${dayWithLongWeekday.format(start)}, ${easyClock(start)}, bis ${dayWithLongWeekday.format(end)}, ${easyClock(end)}`;
}

function easyClock(instant: Date): string {
  const { hour, minute } = berlinParts(instant);
  return minute === 0 ? `${hour} Uhr` : `${hour}:${pad(minute)} Uhr`;
}

/** Leichte Sprache: "Dienstag, 9. März 2027". */
export function formatDayEasy(value: string | Date): string {
  const instant = toInstant(value);
  return remembered(`${instant.getTime()}:easy`, () => dayWithLongWeekday.format(instant));
}

// A recommendation explains each listed seminar with its date: Intl.DateTimeFormat for every item on
// every turn was ~7 % of a recommendation's respond() and rendering (profiled 2026-12-01). A date's
// text depends on the instant (and whether the year is written) alone; bounded like the instants.
const dateTexts = new Map<string, string>();
const MAX_DATE_TEXTS = 10_000;

function remembered(key: string, format: () => string): string {
  let text = dateTexts.get(key);
  if (text === undefined) {
    text = format();
    if (dateTexts.size >= MAX_DATE_TEXTS) dateTexts.clear();
    dateTexts.set(key, text);
  }
  return text;
}

/** "23. Februar 2027" (with `weekday`: "Di., 23. Februar 2027"); takes "2027-02-23", a Berlin local time or an instant. */
export function formatDate(value: string | Date, options: { weekday?: boolean } = {}): string {
  const instant = toInstant(value);
  return (options.weekday ? dayWithWeekday : dayOnly).format(instant);
}

/** "9. März" when it falls in the same year as `now`, else "9. März 2028": short enough for one-line reasons. */
export function formatShortDate(value: string | Date, now: Date): string {
  const instant = toInstant(value);
  return berlinParts(instant).year === berlinParts(now).year
    ? remembered(`${instant.getTime()}:short`, () => dayWithoutYear.format(instant))
    : remembered(`${instant.getTime()}:full`, () => dayOnly.format(instant));
}
