// The ids of the seminars that are over are kept per catalogue until the next seminar's last session ends
// (pastSeminarIds). This test holds them to the seminars isPast finds afresh, at every such end, a millisecond
// before and after it, and far before and after all of them, with the clock going forwards, backwards and
// jumping about, and checks that the same Set is handed out while nothing ends.
import { describe, expect, it } from 'vitest';
import { instantOf, isPast, pastSeminarIds } from '../../src/catalogue/status.js';
import { fixtureKnowledge } from '../fixtures/knowledge.js';

const seminars = fixtureKnowledge.seminars;
const afresh = (now: Date) => seminars.filter((s) => isPast(s, now)).map((s) => s.id);

describe('the seminars that are over', () => {
  const ends = [...new Set(seminars.flatMap((s) => s.dates.map((d) => instantOf(d.end).getTime())))].sort((a, b) => a - b);
  // The instants at which a seminar becomes over: its last session's end.
  const lastEnds = [...new Set(seminars.filter((s) => s.dates.length > 0).map((s) => Math.max(...s.dates.map((d) => instantOf(d.end).getTime()))))].sort((a, b) => a - b);
  const instants = [ends[0]! - 86_400_000 * 400, ...ends.flatMap((ms) => [ms - 1, ms, ms + 1]), ends.at(-1)! + 86_400_000 * 400];

  it('are the seminars isPast finds, at every end of a seminar and around it, in any order', () => {
    expect(ends.length).toBeGreaterThan(5);
    let random = 11;
    const shuffled = [...instants].sort(() => ((random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31 < 0.5 ? -1 : 1));
    for (const order of [instants, [...instants].reverse(), shuffled]) {
      for (const ms of order) {
        const now = new Date(ms);
        expect([...pastSeminarIds(seminars, now)].sort(), new Date(ms).toISOString()).toEqual(afresh(now).sort());
      }
    }
  });

  it('are the same Set while no seminar ends, and a new one once one does', () => {
    expect(lastEnds.length).toBeGreaterThan(3);
    const first = pastSeminarIds(seminars, new Date(lastEnds[1]!));
    expect(pastSeminarIds(seminars, new Date(lastEnds[2]! - 1))).toBe(first);
    expect(pastSeminarIds(seminars, new Date(lastEnds[2]!))).not.toBe(first);
    // Another catalogue (a reload) has its own.
    expect(pastSeminarIds([...seminars], new Date(lastEnds[1]!))).not.toBe(first);
  });
});
