// A value per key, made once, and never more than `limit` keys kept.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/boundedMemo.js';

describe('boundedMemo', () => {
  it('makes a value once per key, also a value that is undefined', () => {
    const made: string[] = [];
    const lengthOrNothing = boundedMemo(10, (word: string) => {
      made.push(word);
      return word.length > 3 ? word.length : undefined;
    });
    expect([lengthOrNothing('Seminar'), lengthOrNothing('du'), lengthOrNothing('Seminar'), lengthOrNothing('du')]).toEqual([7, undefined, 7, undefined]);
    expect(made).toEqual(['Seminar', 'du']);
  });

  it('forgets everything once the limit is reached, and makes values again after', () => {
    const made: number[] = [];
    const double = boundedMemo(2, (n: number) => {
      made.push(n);
      return n * 2;
    });
    expect([double(1), double(2), double(3), double(1), double(3)]).toEqual([2, 4, 6, 2, 6]);
    // 3 arrived with two kept: both forgotten; 1 is made again, 3 is still kept.
    expect(made).toEqual([1, 2, 3, 1]);
  });
});
