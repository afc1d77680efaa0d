// fold skips the Unicode steps for ASCII text, the ß step without an ß and the spelled umlauts without
// an "ae", "oe" or "ue"; normalizeGender each pattern whose character is absent. These tests hold both to
// the whole chains (as they were before the shortcuts) on every short text over the characters that
// matter, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { fold, normalizeGender } from '../../src/search/analysis.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

function wholeFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/(?<![aeiouq])([aou])e/g, '$1');
}

function wholeGender(text: string): string {
  return text
    .replace(/(\p{Ll})(?:[*:_·'’]|\/-?)(in(?:nen)?|r)(?![\p{L}\p{N}])/giu, (_m, last: string, ending: string) => last + ending.toLowerCase())
    .replace(/(\p{Ll})\((in(?:nen)?)\)/giu, (_m, last: string, ending: string) => last + ending.toLowerCase())
    .replace(/(\p{Ll})In(nen)?(?![\p{L}\p{N}])/gu, (_m, last: string, nen: string | undefined) => `${last}in${nen ?? ''}`);
}

const PIECES = ['a', 'o', 'u', 'e', 'r', 'In', 'nen', 'IN', 'in', 'Ä', 'ß', 'ẞ', 'é', 'u\u0308', 'ﬁ', '(', ')', '*', ':', '/', '-', '·', '’', "'", '_', ' ', '1'];


describe('the search analysis shortcuts', () => {
  it('fold and normalizeGender give what their whole chains give, for every text of up to four pieces that matter', () => {
    expect(sameOnEveryText(allTexts(PIECES, 4), { fold: [fold, wholeFold], normalizeGender: [normalizeGender, wholeGender] })).toBeGreaterThan(390_000);
  });

  it('give what their whole chains give for longer random texts', () => {
    expect(sameOnEveryText(randomTexts(PIECES, 20_000, 30, 3), { fold: [fold, wholeFold], normalizeGender: [normalizeGender, wholeGender] })).toBe(20_000);
  });
});
