// A FAQ entry marked `listsSeminars` ("Wann finden die nächsten Seminare statt?") is followed by the coming seminars,
// whether it is asked in words or chosen on its button; one marked `named` (the deadline) only by the seminars a question
// names; other entries are not, and the flag is off unless written.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import { faqEntrySchema, type Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW } from '../eval/evaluate.js';
import { shippedKnowledge } from '../search/helpers.js';

let knowledge: Knowledge;
let search: SearchIndex;

beforeAll(async () => {
  knowledge = await shippedKnowledge();
  search = buildSearchIndex(knowledge);
});

const seminarsShown = (replies: Array<{ kind: string }>) => replies.filter((r) => r.kind === 'seminars').length;

describe('a FAQ entry that lists seminars', () => {
  it('is followed by the coming seminars when chosen on its button', async () => {
    const { replies, trace } = await respond(freshMemory(), { text: '', value: { action: 'faq', id: 'termine-erfragen' } }, { knowledge, search, now: EVAL_NOW });
    expect(trace.answeredId).toBe('termine-erfragen');
    expect(seminarsShown(replies)).toBe(1);
    // The soonest first: nothing in the catalogue starts before "Projekte planen und steuern" in January 2027.
    expect(trace.answeredIds?.[1]).toBe('projekte-planen-steuern-2027-01');
  });

  it('is the only one: the FAQ on costs chosen on its button shows no seminars', async () => {
    const { replies, trace } = await respond(freshMemory(), { text: '', value: { action: 'faq', id: 'kosten' } }, { knowledge, search, now: EVAL_NOW });
    expect(trace.answeredId).toBe('kosten');
    expect(seminarsShown(replies)).toBe(0);
  });

  it('marked to list the seminars named only, lists none where nothing names them: the FAQ on the deadline chosen on its button', async () => {
    const { replies, trace } = await respond(freshMemory(), { text: '', value: { action: 'faq', id: 'anmeldeschluss' } }, { knowledge, search, now: EVAL_NOW });
    expect(trace.answeredId).toBe('anmeldeschluss');
    expect(seminarsShown(replies)).toBe(0);
  });

  it('is marked in the knowledge; an entry without the mark lists none', () => {
    expect(knowledge.faq.filter((f) => f.listsSeminars === true).map((f) => f.id)).toEqual(['termine-erfragen']);
    expect(knowledge.faq.filter((f) => f.listsSeminars === 'named').map((f) => f.id)).toEqual(['anmeldeschluss']);
    const entry = faqEntrySchema.parse({ id: 'x', question: 'Frage?', questionEasy: 'Frage?', alternatives: ['a', 'b', 'c'], answer: 'A', answerEasy: 'A', source: 'product' });
    expect(entry.listsSeminars).toBe(false);
  });
});
