// Berlin wall-clock time: the offset switches exactly at 01:00 UTC on the last Sunday of March and
// October, minute by minute, also when the same hours are asked for again (the offset is cached per hour).
import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc, berlinOffsetMinutes } from '../../src/knowledge/time.js';

describe('Berlin time', () => {
  it.each([
    ['2027-03-28T00:59:59Z', 60],
    ['2027-03-28T01:00:00Z', 120],
    ['2027-10-31T00:59:59Z', 120],
    ['2027-10-31T01:00:00Z', 60],
    ['2027-01-15T12:34:56Z', 60],
    ['2027-07-15T23:59:59Z', 120],
  ])('at %s Berlin is %i minutes ahead of UTC, the first time and every time after', (instant, offset) => {
    expect(berlinOffsetMinutes(new Date(instant))).toBe(offset);
    expect(berlinOffsetMinutes(new Date(instant))).toBe(offset);
  });

  it('turns seminar times into instants on both sides of the switch', () => {
    expect(berlinLocalToUtc('2027-03-27T10:00').toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(berlinLocalToUtc('2027-03-29T10:00').toISOString()).toBe('2027-03-29T08:00:00.000Z');
    expect(berlinLocalToUtc('2027-03-28T02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(berlinLocalToUtc('2027-10-31T10:00').toISOString()).toBe('2027-10-31T09:00:00.000Z');
  });

  it('still rejects an invalid date the way it did', () => {
    expect(Number.isNaN(berlinLocalToUtc('kein Datum').getTime())).toBe(true);
    expect(() => berlinOffsetMinutes(new Date(Number.NaN))).toThrow(RangeError);
  });
});
