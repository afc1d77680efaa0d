// escapeMarkdown gives a text that needs no escaping back as it is, without working through its
// lines; these tests hold that shortcut to the line-by-line escaping on every short text over the
// characters that matter, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownLines } from '../../src/bot/markdown.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

const ALPHABET = ['a', 'Ä', ' ', '\u00a0', '1', '.', ')', '#', '>', '-', '+', '*', '_', '\\', '`', '[', ']', '\n', '\r', '\u2028'];

describe('escaping data for Markdown', () => {
  it('gives the same text as escaping line by line, for every text of up to four of the characters that matter', () => {
    expect(sameOnEveryText(allTexts(ALPHABET, 4), { escapeMarkdown: [escapeMarkdown, escapeMarkdownLines] })).toBeGreaterThan(160_000);
  });

  it('gives the same text as escaping line by line for longer random texts', () => {
    expect(sameOnEveryText(randomTexts(ALPHABET, 20_000, 30, 7), { escapeMarkdown: [escapeMarkdown, escapeMarkdownLines] })).toBe(20_000);
  });

  it.each([
    ['Di., 9. März 2027, 10:00–16:00 Uhr · Online', 'Di., 9. März 2027, 10:00–16:00 Uhr · Online'],
    ['9. Februar 2027', '9\\. Februar 2027'],
    ['1. Modul', '1\\. Modul'],
    ['Referent*innen und Trainer*innen', 'Referent\\*innen und Trainer\\*innen'],
    ['- kein Spiegelstrich', '\\- kein Spiegelstrich'],
    ['# keine Überschrift', '\\# keine Überschrift'],
    ['Zeile eins\nZeile zwei', 'Zeile eins\n\nZeile zwei'],
    ['   ', ''],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
