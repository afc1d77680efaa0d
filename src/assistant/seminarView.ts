// How a seminar is presented: its status (full, past, deadline), the list item and the detail view.
import { offeredNeeds } from '../catalogue/accessibility.js';
import { icsUrl, isPast as catalogueIsPast, seminarStatus as catalogueStatus, type SeminarStatus as CatalogueStatus } from '../catalogue/status.js';
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import { formatDate, formatSession, formatSessionEasy, sessionInstant } from './dates.js';
import type { SeminarDetail, SeminarItem } from './reply.js';
import { seminarTexts } from '../texts/de/seminars.js';
import { say } from '../texts/de/conversation.js';
import { perObject } from './memo.js';
import { perKnowledgeInSteps } from './phrases.js';
import type { Steps } from '../search/steps.js';

/** The catalogue's status with the deadline written out in German. */
export interface SeminarStatus extends Omit<CatalogueStatus, 'deadlineDay'> {
  deadline: string;
}

export function isPast(seminar: Seminar, now: Date): boolean {
  return catalogueIsPast(seminar, now);
}

export function seminarStatus(seminar: Seminar, now: Date): SeminarStatus {
  const { deadlineDay, ...status } = catalogueStatus(seminar, now);
  return { ...status, deadline: formatDate(deadlineDay) };
}

export function firstSessionText(seminar: Seminar): string {
  const first = [...seminar.dates].sort((a, b) => a.start.localeCompare(b.start))[0];
  return first ? formatSession(first) : '';
}

/** Venue, address and city; addresses usually end with the city already ("Markt 1, 18055 Rostock"). */
function venueText(location: NonNullable<Seminar['location']>): string {
  const { venue, address, city } = location;
  return [venue, address, address?.includes(city) ? undefined : city].filter((p): p is string => Boolean(p)).join(', ');
}

/**
 * How a seminar is attended, in one line — the only place that writes it, for the details card, the
 * chat, the Teams tab, the search extension and (with `calendar`, where the field names it already
 * and "Vor Ort" is left out) the calendar file's LOCATION:
 * "Online (Zoom, Zugangslink nach der Anmeldung)", "Vor Ort: Rathaus, Markt 1, 18055 Rostock",
 * "Vor Ort: Bildungszentrum am Rhein, Raum 2, Köln – oder online (Zoom, Zugangslink nach der Anmeldung)".
 */
export function placeText(seminar: Seminar, options: { easy?: boolean; calendar?: boolean } = {}): string {
  const t = seminarTexts.place;
  const easy = options.easy ?? false;
  if (seminar.format === 'online' || !seminar.location) return t.online(seminar.onlineTool, easy);
  const venue = venueText(seminar.location);
  const where = options.calendar ? venue : t.onSite(venue, easy);
  return seminar.format === 'hybrid' ? `${where}${t.orOnline(seminar.onlineTool, easy)}` : where;
}

/** Format and city for one line of a list: "Online", "Präsenz in Rostock", "Hybrid: in Köln oder online". */
export function shortPlaceText(seminar: Seminar, easy = false): string {
  const city = seminar.location?.city;
  return seminarTexts.place.short(city ? seminar.format : 'online', city ?? '', easy);
}

/** Whether the seminar is held in Leichte Sprache (not: about it). */
export function inLeichteSprache(seminar: Seminar): boolean {
  return seminar.languageOffers.leichteSprache;
}

/** One line: when, format and place — "Di., 9. März 2027, 10:00–16:00 Uhr · Online · in Leichter Sprache". */
export function whenText(seminar: Seminar, easy = false): string {
  return easy ? whenTextsEasy(seminar) : whenTexts(seminar);
}

// The line depends on the seminar alone (its dates, format, city and language), not on the day:
// made once per seminar object (a reload brings new objects) instead of for every listed seminar on
// every turn, where it sorted the dates each time.
const whenTexts = perObject((seminar: Seminar) => makeWhenText(seminar, false));
const whenTextsEasy = perObject((seminar: Seminar) => makeWhenText(seminar, true));

function makeWhenText(seminar: Seminar, easy: boolean): string {
  const sessions = seminar.dates.length > 1 ? ` (+${seminar.dates.length - 1} weiterer Termin${seminar.dates.length > 2 ? 'e' : ''})` : '';
  const marks = [shortPlaceText(seminar, easy), ...(inLeichteSprache(seminar) ? [seminarTexts.place.leichteSprache(easy)] : [])];
  return [`${firstSessionText(seminar)}${sessions}`, ...marks].join(' · ');
}

/**
 * Every seminar's when-lines, session texts, instants and status timeline, made while a knowledge is
 * prepared (in slices, before it serves: preparePerKnowledge) instead of by the first turn that lists
 * the seminar. That turn paid for them — Intl per session, Berlin offsets per hour — and took 2–4× the
 * next look-up (docs/performance.md, sixth round). All of them are per-object memos that depend on the
 * seminar alone, so nothing here depends on the day.
 */
export const seminarTextsPrepared = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<number> {
  let prepared = 0;
  for (const seminar of knowledge.seminars) {
    whenText(seminar, false);
    whenText(seminar, true);
    catalogueIsPast(seminar, new Date(0));
    for (const session of seminar.dates) {
      formatSession(session);
      formatSessionEasy(session);
      sessionInstant(session.start);
    }
    if (++prepared % 10 === 0) yield;
  }
  return prepared;
});

/** The seminar's accessibility features by name; step-free access only where there is a venue. */
export function accessibilityFacts(seminar: Seminar, easy = false): string[] {
  const t = seminarTexts.accessibility;
  const facts = offeredNeeds(seminar)
    .filter((need) => need !== 'stepFree' || seminar.location)
    .map((need) => say(t[need], easy));
  if (seminar.location && !seminar.location.stepFree) facts.push(say(t.notStepFree, easy));
  if (seminar.location) facts.push(...seminar.location.accessibility);
  return facts;
}

/**
 * `withDeadline`: the list answers a question about the registration deadline, so the item says it too. Otherwise only
 * "full" of the status: writing out the deadline (Intl) for every listed seminar was the largest part of a list item.
 */
export function seminarItem(seminar: Seminar, reason: string, now: Date, alternative?: Seminar, easy = false, withDeadline = false): SeminarItem {
  return {
    seminarId: seminar.id,
    title: seminar.title,
    when: whenText(seminar, easy),
    reason,
    full: catalogueStatus(seminar, now).full,
    placesLeft: seminar.places.left,
    ...(withDeadline ? { deadline: deadlineText(seminarStatus(seminar, now), easy) } : {}),
    ...(alternative ? { alternative: { seminarId: alternative.id, title: alternative.title, when: whenText(alternative, easy) } } : {}),
  };
}

/** The registration deadline as the details and the lists write it: the day, and that it is over when it is (before the seminar is). */
function deadlineText(status: SeminarStatus, easy: boolean): string {
  return status.deadlinePassed && !status.past ? seminarTexts.detail.deadlinePassed(status.deadline, easy) : status.deadline;
}

export function seminarDetail(seminar: Seminar, knowledge: Knowledge, now: Date, baseUrl: string, easy: boolean): SeminarDetail {
  const status = seminarStatus(seminar, now);
  const audience = seminar.targetRoles
    .map((id) => knowledge.roles.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => (easy ? r.nameEasy : r.name))
    .join(', ');
  const t = seminarTexts.detail;
  const places = status.past
    ? say(t.past, easy)
    : status.full
      ? t.full(seminar.places.total, easy)
      : t.placesLeft(seminar.places.left, seminar.places.total, easy);
  const sessions = [...seminar.dates].sort((a, b) => a.start.localeCompare(b.start)).map(formatSession);
  return {
    seminarId: seminar.id,
    title: seminar.title,
    // In Leichte-Sprache mode a seminar held in Leichte Sprache shows its easy summary instead of the
    // standard summary and description (the facts below say when, where and for whom).
    summary: easy && seminar.summaryEasy ? seminar.summaryEasy : seminar.summary,
    description: easy && seminar.summaryEasy ? '' : seminar.description,
    sessions,
    format: (easy ? t.formats.easy : t.formats.normal)[seminar.format],
    place: placeText(seminar, { easy }),
    audience,
    accessibility: accessibilityFacts(seminar, easy),
    places,
    cost: say(t.cost, easy),
    deadline: deadlineText(status, easy),
    full: status.full,
    past: status.past,
    sample: seminar.sample,
    icsUrl: icsUrl(baseUrl, seminar),
  };
}
