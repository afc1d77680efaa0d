// A message is folded once, when it is read (readUtterance): the command, pick, registration and
// past-seminar checks take the utterance and use its folded form instead of folding its text again.
// This test holds them to the same checks given the text, on every dev question (and its parts),
// with the choices of a list and of a seminar's details offered.
import { beforeAll, describe, expect, it } from 'vitest';
import { commandIn, pickFrom } from '../../src/assistant/commands.js';
import { pastSeminarNamed, registrationChoiceFromList, registrationInContext } from '../../src/assistant/registration.js';
import type { Choice } from '../../src/assistant/reply.js';
import { messageParts } from '../../src/assistant/understand/parts.js';
import { foldedOf, foldText, readUtterance, type Utterance } from '../../src/assistant/understand/utterance.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { loadDev, loadShippedKnowledge } from '../eval/evaluate.js';

let knowledge: Knowledge;
let read: Utterance[];
const NOW = new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
  const texts = [...loadDev().map((q) => q.q), 'anmelden', 'da möchte ich mich anmelden', 'ok, anmelden', '2', 'die zweite', 'Mehr anzeigen', 'Leichte Sprache', 'neustrat', 'hilfe'];
  read = texts.flatMap((text) => {
    const u = readUtterance(text);
    return [u, ...(messageParts(u) ?? [])];
  });
});

describe('a message folded once', () => {
  it('has the folded form of its text, for every dev question and each of its parts', () => {
    for (const u of read) expect(foldedOf(u), u.text).toBe(foldText(u.text));
  });

  it('gets the same commands, picks, registrations and past seminars as its text', () => {
    const seminars = knowledge.seminars.slice(0, 3);
    const list: Choice[] = seminars.map((s) => ({ label: s.title, intent: { action: 'seminar', id: s.id } }));
    const details: Choice[] = [{ label: 'Anmelden', intent: { action: 'register', id: seminars[0]?.id ?? '' } }, { label: 'Mehr anzeigen', intent: { action: 'more' } }];
    for (const u of read) {
      expect(commandIn(u), u.text).toStrictEqual(commandIn(u.text));
      expect(pastSeminarNamed(u, knowledge, NOW), u.text).toBe(pastSeminarNamed(u.text, knowledge, NOW));
      for (const offered of [[], list, details]) {
        expect(pickFrom(u, offered), u.text).toStrictEqual(pickFrom(u.text, offered));
        expect(registrationInContext(u, offered), u.text).toStrictEqual(registrationInContext(u.text, offered));
        expect(registrationChoiceFromList(u, offered, false), u.text).toStrictEqual(registrationChoiceFromList(u.text, offered, false));
      }
    }
  });
});
