// readUtterance drops a frame around a question ("Meine Chefin will wissen, ob …") with one long pattern
// (FRAME), and runs it only when the text has a word every frame has (withoutQuestionFrame). This test holds
// that shortcut to the pattern itself: on every dev question (and its parts as typed), on every text of up
// to three pieces of frame words, question words and separators, and on longer random ones.
import { describe, expect, it } from 'vitest';
import { QUESTION_FRAME, withoutQuestionFrame } from '../../src/assistant/understand/utterance.js';
import { loadDev } from '../eval/evaluate.js';
import { allTexts, randomTexts, sameOnEveryText } from '../support/texts.js';

const withFrameAlways = (text: string) => text.replace(QUESTION_FRAME, '$1');

const PIECES = [
  'Meine Chefin ', 'will ', 'wissen', 'WISSEN', 'Wiſſen', 'fragt', 'Frage', 'lässt ', 'mich ', 'würde ', 'interessieren', 'wüsste', 'WUESSTE',
  'gerne ', 'wäre ', 'gut ', 'zu ', 'erfahren', 'können Sie ', 'mir ', 'sagen', 'Sag ', 'ſag', ', ', ': ', '. ', ' ', 'ob ', 'wie ', 'wann ', 'welche ', 'Seminar',
];

describe('dropping a question frame', () => {
  it('gives what the frame pattern gives on every dev question', () => {
    const questions = loadDev().map(({ q }) => q.replace(/\s+/g, ' ').trim());
    expect(sameOnEveryText(questions, { withoutQuestionFrame: [withoutQuestionFrame, withFrameAlways] })).toBeGreaterThan(3_000);
    // Some dev questions have a frame: the shortcut does drop it.
    expect(questions.filter((q) => withoutQuestionFrame(q) !== q).length).toBeGreaterThan(10);
  });

  it('gives what the frame pattern gives on every text of up to three pieces, and on longer random ones', () => {
    expect(sameOnEveryText(allTexts(PIECES, 3), { withoutQuestionFrame: [withoutQuestionFrame, withFrameAlways] })).toBeGreaterThan(30_000);
    expect(sameOnEveryText(randomTexts(PIECES, 20_000, 12, 7), { withoutQuestionFrame: [withoutQuestionFrame, withFrameAlways] })).toBe(20_000);
  });

  it.each([
    ['Meine Chefin will wissen, ob das Seminar online ist', 'ob das Seminar online ist'],
    ['Mich würde interessieren, wann der nächste Workshop ist', 'wann der nächste Workshop ist'],
    ['Was kostet ein Seminar?', 'Was kostet ein Seminar?'],
  ])('reads %j as %j', (text, rest) => {
    expect(withoutQuestionFrame(text)).toBe(rest);
  });
});
