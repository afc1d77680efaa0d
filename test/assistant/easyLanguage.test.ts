// Answers wanted in Leichte Sprache: the FAQ on switching names a button, and the answer comes with it — pressing it
// switches, as typing "Leichte Sprache" does. Found by its tags, not its id.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import type { Reply } from '../../src/assistant/reply.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

const ASKED = 'Kannst du auch in Leichter Sprache antworten? Ich frage für unsere Selbstvertreter*innen.';
const choicesOf = (replies: Reply[]) => replies.flatMap((r) => ('choices' in r && r.choices ? r.choices : []));

describe('answers wanted in Leichte Sprache', () => {
  let knowledge: Knowledge;
  let search: SearchIndex;
  beforeAll(async () => {
    knowledge = await loadShippedKnowledge();
    search = buildSearchIndex(knowledge);
  });

  it('get the FAQ on switching, with the button it names first; pressing it switches', async () => {
    const asked = await respond(freshMemory(), { text: ASKED }, { knowledge, search, now: EVAL_NOW });
    expect(asked.trace.answeredId).toBe('leichte-sprache-einschalten');
    const [button] = choicesOf(asked.replies);
    expect(button).toEqual({ label: 'Leichte Sprache', intent: { action: 'easy', on: true } });
    const pressed = await respond(asked.memory, { text: button?.label ?? '', value: button?.intent }, { knowledge, search, now: EVAL_NOW });
    expect(pressed.memory.easy).toBe(true);
    // Asked again in Leichte Sprache, the answer offers no switch to what is already on.
    const again = await respond(pressed.memory, { text: ASKED }, { knowledge, search, now: EVAL_NOW });
    expect(again.trace.answeredId).toBe('leichte-sprache-einschalten');
    expect(choicesOf(again.replies).map((c) => c.intent)).not.toContainEqual({ action: 'easy', on: true });
  });

  it('find that entry by its tags: a knowledge that renames it still answers with it and its button', async () => {
    const renamed = { ...knowledge, faq: knowledge.faq.map((f) => (f.id === 'leichte-sprache-einschalten' ? { ...f, id: 'einfach-lesen' } : f)) };
    const r = await respond(freshMemory(), { text: ASKED }, { knowledge: renamed, search: buildSearchIndex(renamed), now: EVAL_NOW });
    expect(r.trace.answeredId).toBe('einfach-lesen');
    expect(choicesOf(r.replies)[0]?.intent).toEqual({ action: 'easy', on: true });
  });
});
