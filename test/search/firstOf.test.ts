// rankPrepared keeps the first rerankDepth results of the wanted kinds (firstOf), stopping there instead of
// filtering every result first. This test holds firstOf to filter + slice for every count up to past the end,
// for counts that are no whole number, and on lists where none, some or all items are kept.
import { describe, expect, it } from 'vitest';
import { firstOf } from '../../src/search/index.js';

describe('the first items kept', () => {
  it('are filter + slice for every count', () => {
    let state = 3;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    let checked = 0;
    for (const length of [0, 1, 2, 5, 40, 300]) {
      const items = Array.from({ length }, (_, i) => ({ i, n: Math.floor(random() * 10) }));
      for (const keep of [() => false, () => true, (x: { n: number }) => x.n < 3, (x: { n: number }) => x.n >= 5]) {
        for (const count of [...Array.from({ length: length + 3 }, (_, k) => k), 0.5, 2.5, -1, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
          expect(firstOf(items, keep, count)).toEqual(items.filter(keep).slice(0, count));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });
});
