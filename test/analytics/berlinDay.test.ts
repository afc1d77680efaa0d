// The day a turn is counted under: Europe/Berlin's calendar day, also right around midnight and on
// the nights the clocks change (it is remembered per UTC hour, which is only right because Berlin's
// offset has been whole hours since 1893).
import { describe, expect, it } from 'vitest';
import { berlinDay } from '../../src/analytics/records.js';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('berlinDay', () => {
  it('counts a turn just before and just after Berlin midnight under different days', () => {
    expect(berlinDay(new Date('2027-03-09T22:59:59.999Z'))).toBe('2027-03-09');
    expect(berlinDay(new Date('2027-03-09T23:00:00.000Z'))).toBe('2027-03-10');
    // Summer time: midnight is 22:00 UTC.
    expect(berlinDay(new Date('2027-07-01T21:59:59.999Z'))).toBe('2027-07-01');
    expect(berlinDay(new Date('2027-07-01T22:00:00.000Z'))).toBe('2027-07-02');
  });

  it('gives the same day as the time-zone database for every hour edge of several years, clock changes and 1940s double summer time included', () => {
    const wrong: string[] = [];
    const ranges: Array<[number, number]> = [
      [Date.UTC(1940, 0, 1), Date.UTC(1950, 0, 1)],
      [Date.UTC(2025, 0, 1), Date.UTC(2029, 0, 1)],
    ];
    for (const [from, to] of ranges) {
      for (let t = from; t < to; t += 3_600_000) {
        for (const instant of [new Date(t - 1), new Date(t), new Date(t + 1_799_999)]) {
          if (berlinDay(instant) !== intl.format(instant)) wrong.push(instant.toISOString());
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still answers for instants before 1900, when Berlin kept local mean time', () => {
    const instant = new Date('1880-05-01T23:30:00Z');
    expect(berlinDay(instant)).toBe(intl.format(instant));
  });
});
