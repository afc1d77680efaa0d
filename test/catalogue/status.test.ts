// Seminar status at its edges, decided once for chat, Teams tab and search extension: a seminar is
// over when its last session has ended; registration closes when the deadline day is over in Berlin
// (summer and winter time alike).
import { describe, expect, it } from 'vitest';
import { icsUrl, isPast, registrationClosed, seminarStatus, upcomingSessions } from '../../src/catalogue/status.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { fixtureKnowledge } from '../fixtures/knowledge.js';

const base = fixtureKnowledge.seminars[0] as (typeof fixtureKnowledge.seminars)[number];
const seminar = {
  ...base,
  id: 'x y',
  registrationDeadline: '2027-03-28',
  dates: [
    { start: '2027-04-01T10:00', end: '2027-04-01T16:00' },
    { start: '2027-03-30T10:00', end: '2027-03-30T16:00' },
  ],
  places: { total: 20, left: 0 },
};
const at = (local: string) => berlinLocalToUtc(local);

describe('seminar status', () => {
  it.each([
    ['before the last session', '2027-04-01T15:59', false],
    ['the minute the last session ends', '2027-04-01T16:00', true],
    ['after it', '2027-04-02T09:00', true],
  ])('is over %s: %s', (_name, now, past) => {
    expect(isPast(seminar, at(now))).toBe(past);
    expect(seminarStatus(seminar, at(now)).past).toBe(past);
  });

  it.each([
    ['at 23:59 on the deadline day', '2027-03-28T23:59', false],
    ['at midnight after it (summer time began that night)', '2027-03-29T00:00', true],
  ])('registration is open or closed %s', (_name, now, closed) => {
    expect(registrationClosed(seminar, at(now))).toBe(closed);
    expect(seminarStatus(seminar, at(now)).deadlinePassed).toBe(closed);
  });

  it('lists the sessions still to come, earliest first, and counts a full seminar as full', () => {
    expect(upcomingSessions(seminar, at('2027-03-31T09:00')).map((s) => s.start)).toEqual(['2027-04-01T10:00']);
    expect(upcomingSessions(seminar, at('2027-03-01T09:00')).map((s) => s.start)).toEqual(['2027-03-30T10:00', '2027-04-01T10:00']);
    expect(seminarStatus(seminar, at('2027-03-01T09:00'))).toMatchObject({ full: true, placesLeft: 0, deadlineDay: '2027-03-28' });
  });

  it('treats a seminar without dates as over, and builds one calendar link', () => {
    expect(isPast({ ...seminar, dates: [] }, at('2027-01-01T00:00'))).toBe(true);
    expect(icsUrl('https://bot.example', seminar)).toBe('https://bot.example/seminare/x%20y.ics');
  });
});
