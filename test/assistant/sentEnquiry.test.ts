// A change to a registration already sent: the FAQ entry that says what to do answers it; a knowledge without that
// entry (a deployment's own FAQ) still tells the person to write to the team, in the bot's own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

const CHANGE = 'Ich habe mich letzte Woche für den Workshop zur Pressearbeit angemeldet und bin an dem Tag verhindert.';
const replyText = (r: Awaited<ReturnType<typeof respond>>) => JSON.stringify(r.replies);

describe('a change to a registration already sent', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadShippedKnowledge();
  });

  it('gets the FAQ entry that says to write to the education team', async () => {
    const r = await respond(freshMemory(), { text: CHANGE }, { knowledge, search: buildSearchIndex(knowledge), now: EVAL_NOW });
    expect(r.trace.decision).toBe('faq');
    expect(r.trace.answeredId).toBe('anfrage-abbrechen');
    expect(replyText(r)).toContain('kommune-inklusiv@aktion-mensch.de');
  });

  it('finds that entry by its tag, not by its id: a knowledge that renames it still answers with it', async () => {
    const renamed = { ...knowledge, faq: knowledge.faq.map((f) => (f.id === 'anfrage-abbrechen' ? { ...f, id: 'anmeldung-aendern' } : f)) };
    const r = await respond(freshMemory(), { text: CHANGE }, { knowledge: renamed, search: buildSearchIndex(renamed), now: EVAL_NOW });
    expect(r.trace.decision).toBe('faq');
    expect(r.trace.answeredId).toBe('anmeldung-aendern');
    expect(replyText(r)).toContain('kommune-inklusiv@aktion-mensch.de');
  });

  it('gets the bot’s own sentence with the team’s address where the knowledge has no such entry', async () => {
    const without = { ...knowledge, faq: knowledge.faq.filter((f) => f.id !== 'anfrage-abbrechen') };
    const r = await respond(freshMemory(), { text: CHANGE }, { knowledge: without, search: buildSearchIndex(without), now: EVAL_NOW });
    expect(r.trace.decision).toBe('contact');
    expect(replyText(r)).toContain('schon abgeschickt ist, kann ich nicht mehr ändern');
    expect(replyText(r)).toContain('kommune-inklusiv@aktion-mensch.de');
  });
});
