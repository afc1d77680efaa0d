// foldText skips the normal forms for ASCII text and each gender or hyphen pattern when its character
// is absent; these tests hold it to the whole chain (as it was before the shortcuts) on every short
// text over the characters that matter, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/assistant/understand/utterance.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

function wholeChain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\p{L})\((in|innen|r|e)\)/gu, '$1$2')
    .replace(/(\p{L})[*:_/·]-?(in|innen|r|e)(?![\p{L}])/gu, '$1$2')
    .replace(/(\p{Ll})I(n|nnen)(?![\p{L}])/gu, '$1i$2')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PIECES = ['a', 'r', 'e', 'in', 'nnen', 'I', 'n', 'Ä', 'ß', 'é', 'e\u0301', 'ﬁ', '²', '(', ')', '*', ':', '/', '·', '_', '-', ' ', '1', '\u{1d400}'];


describe('folding a text', () => {
  it('gives what the whole chain gives, for every text of up to four pieces that matter', () => {
    expect(sameOnEveryText(allTexts(PIECES, 4), { foldText: [foldText, wholeChain] })).toBeGreaterThan(300_000);
  });

  it('gives what the whole chain gives for longer random texts', () => {
    expect(sameOnEveryText(randomTexts(PIECES, 20_000, 30, 5), { foldText: [foldText, wholeChain] })).toBe(20_000);
  });

  it.each([
    ['Koordinator:innen', 'koordinatorinnen'],
    ['KoordinatorInnen', 'koordinatorinnen'],
    ['Online-Seminar', 'onlineseminar'],
    ['Präsenz café', 'praesenz cafe'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
