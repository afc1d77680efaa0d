// What the enquiry dialog keeps in the conversation state is what its field table allows: a card
// value far past a field's limit is not stored whole (the form still says it is too long), and an
// address typed at the summary replaces the old one only when it is an address.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory, type Memory } from '../../src/assistant/memory.js';
import { respond, type AssistantDeps } from '../../src/assistant/respond.js';
import { LIMITS } from '../../src/registration/fields.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

let deps: AssistantDeps;
beforeAll(async () => {
  const knowledge = await loadShippedKnowledge();
  deps = { knowledge, search: buildSearchIndex(knowledge), now: EVAL_NOW, newFormId: () => 'form1' };
});

async function openForm(): Promise<Memory> {
  const opened = await respond(freshMemory(), { text: 'Ich möchte mich für Fördertöpfe finden anmelden', cards: true }, deps);
  expect(opened.memory.registration?.seminarId).toBe('foerdertoepfe-finden-2027-03');
  return opened.memory;
}

const form = (values: Record<string, unknown>) => ({ text: '', cards: true, value: { action: 'form', step: 'submit', formId: 'form1', ...values } });

describe('what the enquiry dialog stores', () => {
  it('keeps a card value far past its limit only up to one character past it, and asks to shorten it', async () => {
    const memory = await openForm();
    const sent = await respond(memory, form({ name: 'E'.repeat(50_000), email: 'erika@kommune.example', organisation: 'Stadt Muster', role: 'Projektleitung', consent: 'true' }), deps);
    expect(sent.memory.registration?.values.name?.length).toBe(LIMITS.name + 1);
    expect(JSON.stringify(sent.memory).length).toBeLessThan(5_000);
    expect(sent.replies.some((r) => r.kind === 'form')).toBe(true);
  });

  it('holds details written with a request to register only while seminars to register for are offered', async () => {
    const list = await respond(freshMemory(), { text: 'Seminare zur Pressearbeit', cards: true }, deps);
    // The first listed seminar is full: no enquiry opens yet, the waiting list and another date are offered.
    const full = await respond(list.memory, { text: 'Ich möchte mich für das erste anmelden. Ich bin Anna Schmidt, anna.schmidt@example.org', cards: true }, deps);
    expect(full.memory.registration).toBeUndefined();
    expect(full.memory.heldDetails).toEqual({ name: 'Anna Schmidt', email: 'anna.schmidt@example.org' });
    // A question in between, with no seminar offered: the details are forgotten.
    const asked = await respond(full.memory, { text: 'Was kostet ein Seminar?', cards: true }, deps);
    expect(asked.memory.heldDetails).toBeUndefined();
    expect(JSON.stringify(asked.memory)).not.toContain('anna.schmidt');
  });

  it('takes a new address typed at the summary, and ignores a typed "address" that is none', async () => {
    const memory = await openForm();
    const summary = await respond(memory, form({ name: 'Erika Muster', email: 'erika@kommune.example', organisation: 'Stadt Muster', role: 'Projektleitung', consent: 'true' }), deps);
    expect(summary.memory.registration?.step.kind).toBe('summary');
    const changed = await respond(summary.memory, { text: 'meine Mail ist jetzt erika.muster@stadt.example', cards: true }, deps);
    expect(changed.memory.registration?.values.email).toBe('erika.muster@stadt.example');
    const odd = await respond(changed.memory, { text: 'meine Mail ist erika@@stadt', cards: true }, deps);
    expect(odd.memory.registration?.values.email).toBe('erika.muster@stadt.example');
  });
});
