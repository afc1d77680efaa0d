// Whether a message names the Teams app is asked of the long pattern only when its folded form has "teams"
// (src/assistant/understand/interpret.ts, namesTeamsApp): held to the pattern itself on every dev question, on
// every short text of pieces around the pattern's words, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { namesTeamsApp, TEAMS_APP_PATTERN } from '../../src/assistant/understand/interpret.js';
import { foldText, readUtterance } from '../../src/assistant/understand/utterance.js';
import { loadDev } from '../eval/evaluate.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

const gated = (text: string) => String(namesTeamsApp({ text, folded: foldText(text) }));
const whole = (text: string) => String(TEAMS_APP_PATTERN.test(text));

const PIECES = ['Teams', 'TEAMS', 'teamſ', 'Teamſ', 'Team', 'ms', 'MS', 'Microsoft', '-', ' ', 'per', 'in', 'über', 'App', 'nutzen', '?', 'von', 'Update', 'e\u0301', 's\u0307', 'ｓ', 'ﬅ', 'K', '*'];

describe('naming the Teams app', () => {
  it('is what the pattern says for every dev question', () => {
    const questions = loadDev().map((q) => q.q);
    expect(sameOnEveryText(questions, { namesTeamsApp: [gated, whole] })).toBe(questions.length);
    for (const q of questions) expect(String(namesTeamsApp(readUtterance(q)))).toBe(whole(readUtterance(q).text));
  });

  it('is what the pattern says for every text of up to three pieces, and for longer random ones', () => {
    expect(sameOnEveryText(allTexts(PIECES, 3), { namesTeamsApp: [gated, whole] })).toBeGreaterThan(14_000);
    expect(sameOnEveryText(randomTexts(PIECES, 30_000, 8, 17), { namesTeamsApp: [gated, whole] })).toBe(30_000);
  });

  it.each([
    ['Wie starte ich MS Teams?', true],
    ['Ich kann mich in TEAMS nicht anmelden', true],
    ['per Teamſ', true],
    ['Seminare für Teams in der Verwaltung', false],
  ])('%j names the app: %s', (text, names) => {
    expect(namesTeamsApp(readUtterance(text))).toBe(names);
  });
});
