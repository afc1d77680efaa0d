// dateText (the text the period rules read) skips NFC for ASCII text, the ß and dash steps without
// those characters and each umlaut restoration without the piece of text it needs. These tests prove
// each restoration's piece from its pattern and hold dateText to the whole chain (as it was before the
// shortcuts) on every short text over the pieces that matter, on random longer ones and on every dev question.
import { describe, expect, it } from 'vitest';
import { correctTimeWords, dateText, UMLAUT_RESTORATIONS } from '../../src/assistant/period.js';
import { loadDev } from '../eval/evaluate.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';
import { everyMatchContains } from './requiredText.js';

const WHOLE_RESTORATIONS: Array<[RegExp, string]> = [
  [/\bma(?:e)?rz\b/g, 'märz'],
  [/\b(ueber|uber)na(?:e)?chst/g, 'übernächst'],
  [/\bna(?:e)?chst/g, 'nächst'],
  [/\bueber/g, 'über'],
  [/\bfrueh/g, 'früh'],
  [/\bjahresha(?:e)?lfte/g, 'jahreshälfte'],
  [/\bha(?:e)?lfte/g, 'hälfte'],
  [/\bfuenf/g, 'fünf'],
  [/\bzwoelf/g, 'zwölf'],
  [/\bjaenner/g, 'jänner'],
];

/** dateText as it was: every step on every text (English time words aside, which have a gate of their own). */
function wholeDateText(text: string): string {
  let t = text.normalize('NFC').toLowerCase().replace(/ß/g, 'ss').replace(/[–—]/g, '-');
  t = t.replace(/[^\p{L}\p{N}.\s-]/gu, ' ').replace(/\s+/g, ' ');
  // No piece below makes an English time word: the English step leaves these texts as they are.
  t = t.replace(/\bkalender(halbjahr|quartal)/g, '$1');
  for (const [pattern, replacement] of WHOLE_RESTORATIONS) t = t.replace(pattern, replacement);
  return correctTimeWords(t);
}

const PIECES = ['ma', 'e', 'rz', 'ueber', 'uber', 'na', 'chst', 'frueh', 'jahresha', 'ha', 'lfte', 'fuenf', 'zwoelf', 'jaenner', 'Mä', 'ß', 'ẞ', '–', '—', 'e\u0301', ' ', '.', '-', '!', 'M'];

describe('the period text shortcuts', () => {
  it('every umlaut restoration needs the piece of text it is gated by', () => {
    const unproven = UMLAUT_RESTORATIONS.filter(({ pattern, needs }) => !everyMatchContains(pattern, new RegExp(needs)));
    expect(unproven.map(({ pattern, needs }) => `${pattern} needs ${needs}`)).toEqual([]);
    expect(UMLAUT_RESTORATIONS.map((r) => r.pattern.source)).toEqual(WHOLE_RESTORATIONS.map(([p]) => p.source));
  });

  it('dateText gives what the whole chain gives for every text of up to three pieces that matter', () => {
    expect(sameOnEveryText(allTexts(PIECES, 3), { dateText: [dateText, wholeDateText] })).toBeGreaterThan(15_000);
  });

  it('gives what the whole chain gives for longer random texts and every dev question', () => {
    expect(sameOnEveryText(randomTexts(PIECES, 20_000, 12, 5), { dateText: [dateText, wholeDateText] })).toBe(20_000);
    // The English step (a gate of its own) is not in the chain above: questions with an English time word are left out.
    const english = /\b(?:month|months|week|weeks|year|quarter|half|today|tomorrow|january|february|march|may|june|july|october|december|spring|summer|autumn|fall|from|starting|until|till|by|end)\b/i;
    const questions = loadDev().filter(({ q }) => !english.test(q));
    expect(questions.length).toBeGreaterThan(2_000);
    for (const { q } of questions) expect(dateText(q)).toBe(wholeDateText(q));
  });
});
