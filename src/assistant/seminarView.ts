// How a seminar is presented: its status (full, past, deadline), the list item and the detail view.
import { icsUrl, isPast as catalogueIsPast, seminarStatus as catalogueStatus, type SeminarStatus as CatalogueStatus } from '../catalogue/status.js';
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import { formatDate, formatSession } from './dates.js';
import type { SeminarDetail, SeminarItem } from './reply.js';
import { accessibilityNeeds } from '../texts/de/accessibility.js';
import { seminarTexts } from '../texts/de/seminars.js';
import { say } from '../texts/de/conversation.js';

const FORMAT_NAMES: Record<Seminar['format'], string> = { online: 'Online', praesenz: 'Präsenz', hybrid: 'Hybrid (vor Ort und online)' };

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

export function placeText(seminar: Seminar): string {
  if (seminar.format === 'online') return seminar.onlineTool ? `online (${seminar.onlineTool})` : 'online';
  const where = [seminar.location?.venue, seminar.location?.city].filter(Boolean).join(', ');
  return seminar.format === 'hybrid' ? `${where} und online` : where;
}

/** One line: when, format and place — "Di., 9. März 2027, 10:00–16:00 Uhr · Online". */
export function whenText(seminar: Seminar): string {
  const sessions = seminar.dates.length > 1 ? ` (+${seminar.dates.length - 1} weiterer Termin${seminar.dates.length > 2 ? 'e' : ''})` : '';
  const where = seminar.format === 'online' ? 'Online' : `${FORMAT_NAMES[seminar.format]} in ${seminar.location?.city ?? ''}`;
  return `${firstSessionText(seminar)}${sessions} · ${where}`;
}

export function accessibilityFacts(seminar: Seminar, easy = false): string[] {
  const facts: string[] = [];
  const name = (need: 'leichteSprache' | 'dgs' | 'schriftdolmetschung') => say(accessibilityNeeds[need].name, easy);
  if (seminar.languageOffers.leichteSprache) facts.push(name('leichteSprache'));
  if (seminar.languageOffers.dgs) facts.push(name('dgs'));
  if (seminar.languageOffers.schriftdolmetschung) facts.push(name('schriftdolmetschung'));
  if (seminar.location) facts.push(say(seminar.location.stepFree ? seminarTexts.detail.stepFree : seminarTexts.detail.notStepFree, easy));
  if (seminar.location) facts.push(...seminar.location.accessibility);
  return facts;
}

export function seminarItem(seminar: Seminar, reason: string, now: Date, alternative?: Seminar): SeminarItem {
  return {
    seminarId: seminar.id,
    title: seminar.title,
    when: whenText(seminar),
    reason,
    full: seminarStatus(seminar, now).full,
    placesLeft: seminar.places.left,
    ...(alternative ? { alternative: { seminarId: alternative.id, title: alternative.title, when: whenText(alternative) } } : {}),
  };
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
    summary: seminar.summary,
    description: seminar.description,
    sessions,
    format: FORMAT_NAMES[seminar.format],
    place: placeText(seminar),
    audience,
    accessibility: accessibilityFacts(seminar, easy),
    places,
    cost: say(t.cost, easy),
    deadline: status.deadlinePassed && !status.past ? t.deadlinePassed(status.deadline, easy) : status.deadline,
    full: status.full,
    past: status.past,
    sample: seminar.sample,
    icsUrl: icsUrl(baseUrl, seminar),
  };
}
