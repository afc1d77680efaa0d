import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc, formatDate, formatSession, formatSessionEasy, formatShortDate } from '../../src/assistant/dates.js';
import { FIXTURE_NOW } from '../fixtures/knowledge.js';

describe('German seminar dates', () => {
  it('shows a one-day session as "Di., 9. März 2027, 10:00–16:00 Uhr"', () => {
    expect(formatSession({ start: '2027-03-09T10:00', end: '2027-03-09T16:00' })).toBe('Di., 9. März 2027, 10:00–16:00 Uhr');
  });

  it('shows a session over two days with both days and times', () => {
    expect(formatSession({ start: '2027-04-20T09:30', end: '2027-04-21T15:00' })).toBe('Di., 20. April 2027, 09:30 Uhr – Mi., 21. April 2027, 15:00 Uhr');
  });

  it('keeps the Berlin wall-clock time in summer (CEST) as in winter (CET)', () => {
    expect(formatSession({ start: '2027-07-06T10:00', end: '2027-07-06T16:00' })).toBe('Di., 6. Juli 2027, 10:00–16:00 Uhr');
    expect(formatSession({ start: '2027-03-30T14:00', end: '2027-03-30T17:00' })).toBe('Di., 30. März 2027, 14:00–17:00 Uhr');
  });

  it('writes Leichte Sprache without abbreviations: "Dienstag, 9. März 2027, von 10 Uhr bis 16 Uhr"', () => {
    expect(formatSessionEasy({ start: '2027-03-09T10:00', end: '2027-03-09T16:00' })).toBe('Dienstag, 9. März 2027, von 10 Uhr bis 16 Uhr');
    expect(formatSessionEasy({ start: '2027-03-09T09:30', end: '2027-03-09T12:15' })).toBe('Dienstag, 9. März 2027, von 9:30 Uhr bis 12:15 Uhr');
    expect(formatSessionEasy({ start: '2027-04-20T09:30', end: '2027-04-21T15:00' })).toBe('von Dienstag, 20. April 2027, 9:30 Uhr, bis Mittwoch, 21. April 2027, 15 Uhr');
  });

  it('formats a deadline day, with or without weekday', () => {
    expect(formatDate('2027-02-23')).toBe('23. Februar 2027');
    expect(formatDate('2027-02-23', { weekday: true })).toBe('Di., 23. Februar 2027');
  });

  it('leaves out the year in short dates of the current year only', () => {
    expect(formatShortDate('2027-03-09T10:00', FIXTURE_NOW)).toBe('9. März');
    expect(formatShortDate('2028-01-11T10:00', FIXTURE_NOW)).toBe('11. Januar 2028');
  });
});

describe('Berlin local time to UTC', () => {
  const cases: Array<[string, string]> = [
    ['2027-03-09T10:00', '2027-03-09T09:00:00.000Z'], // CET, UTC+1
    ['2027-07-06T10:00', '2027-07-06T08:00:00.000Z'], // CEST, UTC+2
    ['2027-03-28T01:30', '2027-03-28T00:30:00.000Z'], // just before the spring switch
    ['2027-03-28T03:30', '2027-03-28T01:30:00.000Z'], // just after it
    ['2027-10-31T04:00', '2027-10-31T03:00:00.000Z'], // after the autumn switch
    ['2027-10-30T23:00', '2027-10-30T21:00:00.000Z'], // the evening before it
  ];
  it.each(cases)('%s Berlin is %s', (local, utc) => {
    expect(berlinLocalToUtc(local).toISOString()).toBe(utc);
  });

  it('gives the same wall-clock time back when formatted in Berlin, on both sides of the switch', () => {
    for (const local of ['2027-03-27T10:00', '2027-03-29T10:00', '2027-10-30T10:00', '2027-11-01T10:00']) {
      const text = formatSession({ start: local, end: local.replace('T10:00', 'T11:00') });
      expect(text, local).toMatch(/10:00–11:00 Uhr$/);
    }
  });
});
