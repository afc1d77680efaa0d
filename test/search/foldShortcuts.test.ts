// fold skips the Unicode steps for ASCII text and normalizeGender each pattern whose character is
// absent; these tests hold both to the whole chains (as they were before the shortcuts) on every short
// text over the characters that matter, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { fold, normalizeGender } from '../../src/search/analysis.js';

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

const PIECES = ['a', 'o', 'e', 'r', 'In', 'nen', 'IN', 'in', 'Ä', 'ß', 'é', 'u\u0308', 'ﬁ', '(', ')', '*', ':', '/', '-', '·', '’', "'", '_', ' ', '1'];

function* allTexts(maxLength: number): Generator<string> {
  let texts = [''];
  for (let length = 0; length <= maxLength; length++) {
    yield* texts;
    texts = texts.flatMap((t) => PIECES.map((c) => t + c));
  }
}

describe('the search analysis shortcuts', () => {
  it('fold and normalizeGender give what their whole chains give, for every text of up to four pieces that matter', () => {
    let checked = 0;
    for (const text of allTexts(4)) {
      if (fold(text) !== wholeFold(text)) expect.fail(`fold differs for ${JSON.stringify(text)}`);
      if (normalizeGender(text) !== wholeGender(text)) expect.fail(`normalizeGender differs for ${JSON.stringify(text)}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(390_000);
  });

  it('give what their whole chains give for longer random texts', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      expect(fold(text)).toBe(wholeFold(text));
      expect(normalizeGender(text)).toBe(wholeGender(text));
    }
  });
});
