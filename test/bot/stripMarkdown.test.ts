// stripMarkdown looks for each mark only when the text has its character; these tests hold it to the
// whole chain of replaces (as it was before the shortcuts) on every short text over the characters
// that matter, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/bot/markdown.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

function everyReplace(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[^\p{L}\\*])\*(\S(?:.*?\S)?)\*(?![\p{L}*])/gu, '$1$2')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/^#+\s*/gm, '')
    .replace(/^\s*[-*]\s+/gm, '– ');
}

const ALPHABET = ['a', 'Ä', ' ', '\n', '*', '_', '\\', '[', ']', '(', ')', '#', '-', '\u{1d400}'];


describe('Markdown as plain text', () => {
  it('gives what every replace in turn gives, for every text of up to four of the characters that matter', () => {
    expect(sameOnEveryText(allTexts(ALPHABET, 4), { stripMarkdown: [stripMarkdown, everyReplace] })).toBeGreaterThan(40_000);
  });

  it('gives what every replace in turn gives for longer random texts', () => {
    expect(sameOnEveryText(randomTexts(ALPHABET, 50_000, 40, 11), { stripMarkdown: [stripMarkdown, everyReplace] })).toBe(50_000);
  });

  it.each([
    ['**fett** und *kursiv*', 'fett und kursiv'],
    ['Koordinator*innen und Trainer*innen', 'Koordinator*innen und Trainer*innen'],
    ['[Anmeldung](https://example.org)', 'Anmeldung (https://example.org)'],
    ['- eins\n* zwei', '– eins\n– zwei'],
  ])('writes %j as %j', (markdown, plain) => {
    expect(stripMarkdown(markdown)).toBe(plain);
  });
});
