import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { texts } from '../../src/texts/de/conversation.js';
import { convTexts } from '../../src/texts/de/lists.js';
import { botTexts } from '../../src/texts/de/cards.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

// Buttons the chat shows, in each register. An answer that tells people which button to press must
// name one that is there – in Leichte Sprache the buttons have their own, easier titles.
const pairs = [texts.menu.recommend, texts.menu.find, texts.menu.cost, texts.menu.register, texts.menu.help, convTexts.more, convTexts.otherRole, convTexts.similar];
// The language switch shows "Leichte Sprache" or "Normale Sprache", whichever is not on: answers about
// switching may name either.
const sameInBoth = [texts.menu.easyOn, texts.menu.easyOff];
const buttons = {
  normal: new Set<string>([...pairs.map((p) => p.normal), botTexts.seminarDetail.normal.calendar, ...sameInBoth]),
  easy: new Set<string>([...pairs.map((p) => p.easy), botTexts.seminarDetail.easy.calendar, ...sameInBoth]),
};

describe('FAQ answers name only buttons the chat shows', () => {
  it('every „Knopf …“ in an answer and every "Knopf: …" in its Leichte Sprache is a button of that register', async () => {
    const knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), new Date('2026-12-01T09:00:00Z'))).knowledge;
    const wrong: string[] = [];
    for (const f of knowledge?.faq ?? []) {
      for (const [, name] of f.answer.matchAll(/Knopf „([^“]+)“/g)) if (name && !buttons.normal.has(name)) wrong.push(`${f.id}.answer: ${name}`);
      for (const [, name] of f.answerEasy.matchAll(/Knopf: ([^.\n]+)\./g)) if (name && !buttons.easy.has(name)) wrong.push(`${f.id}.answerEasy: ${name}`);
    }
    expect(knowledge?.faq.filter((f) => f.answerEasy.includes('Knopf:')).length).toBeGreaterThanOrEqual(3);
    expect(wrong).toEqual([]);
  });
});
