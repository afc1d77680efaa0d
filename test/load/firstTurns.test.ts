// The first-turn figure of `npm run load` and `npm run load:startup` (test/load/firstTurns.ts): two messages of different
// cost swap places from start to start; the figure must say what a first turn costs, not which message came first.
import { describe, expect, it } from 'vitest';
import { firstAndSecond, firstTurnRatio, type TurnPair } from './firstTurns.js';

/** Starts where message a costs `a` ms and b costs `b` ms on any later turn, and a first turn `first`× that. */
function starts(count: number, a: number, b: number, first: number): TurnPair[] {
  return Array.from({ length: count }, (_, order) => {
    const [one] = firstAndSecond('lookup', order);
    const firstIsA = one === firstAndSecond('lookup', 0)[0];
    return { order, first: (firstIsA ? a : b) * first, second: firstIsA ? b : a };
  });
}

describe('the first turn against the second', () => {
  it('is 1× where the first turn costs nothing more, however differently the two messages cost', () => {
    expect(firstTurnRatio(starts(5, 6, 18, 1))).toBeCloseTo(1, 6);
    expect(firstTurnRatio(starts(4, 18, 6, 1))).toBeCloseTo(1, 6);
    // The per-start ratios say only which message came first: 1/3 or 3.
    expect(starts(5, 6, 18, 1).map((p) => p.first / p.second)).toEqual([1 / 3, 3, 1 / 3, 3, 1 / 3]);
  });

  it('is what the first turn costs more', () => {
    expect(firstTurnRatio(starts(5, 6, 18, 1.5))).toBeCloseTo(1.5, 6);
    expect(firstTurnRatio(starts(3, 4, 5, 2))).toBeCloseTo(2, 6);
  });

  it('says nothing until each message has come first and second', () => {
    expect(firstTurnRatio(starts(1, 6, 18, 1))).toBeUndefined();
    expect(firstTurnRatio([])).toBeUndefined();
  });
});
