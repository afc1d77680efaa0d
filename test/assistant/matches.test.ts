// everyMatch stands in for String.prototype.matchAll in the hot paths: it must find exactly the same
// matches (positions, groups, empty matches, Unicode) and leave the pattern as it found it.
import { describe, expect, it } from 'vitest';
import { everyMatch } from '../../src/assistant/matches.js';

const plain = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m], named: m.groups }));

describe('everyMatch', () => {
  const cases: Array<[string, RegExp]> = [
    ['Online-Seminare im März und im April 2027', /\b(?:märz|april)\b(?: (20\d\d))?/giu],
    ['koordinatorinnen und koordinator ', /(?<![^ ])koordinator(?:in|innen)?(?![^ ])/g],
    ['abc', /x*/g],
    ['a😀b😀', /(?:)/gu],
    ['a😀b😀', /(?:)/g],
    ['ab ab ab', /(?<first>a)(b)?/g],
    ['', /a*/g],
    ['Seminar in Köln, bei Bonn', /(?:^|[\s,(])(?:[Ii]n|[Bb]ei)\s+(\p{Lu}[\p{L}-]+)/gu],
  ];

  it.each(cases)('finds in %j what matchAll finds with %s', (text, pattern) => {
    expect(plain(everyMatch(text, pattern))).toEqual(plain([...text.matchAll(new RegExp(pattern.source, pattern.flags))]));
  });

  it('starts where the pattern stands, as matchAll does, and leaves lastIndex there', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    const found = everyMatch('1 2 3 4', pattern).map((m) => m.index);
    expect(found).toEqual([4, 6]);
    expect(pattern.lastIndex).toBe(3);
  });

  it('gives the same matches when asked twice in a row with the same pattern', () => {
    const pattern = /seminar\w*/g;
    expect(everyMatch('seminare und seminar', pattern).map((m) => m[0])).toEqual(['seminare', 'seminar']);
    expect(everyMatch('seminare und seminar', pattern).map((m) => m[0])).toEqual(['seminare', 'seminar']);
  });

  it('refuses a pattern without the global flag, like matchAll', () => {
    expect(() => everyMatch('a', /a/)).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
