// Conversation scripts (test/assistant/scripts/*.yaml) through the whole assistant: every turn's
// decision, answered id and key words of the reply, with the memory carried from turn to turn.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { freshMemory, restoreMemory, type Memory } from '../../src/assistant/memory.js';
import type { Reply } from '../../src/assistant/reply.js';
import { respond } from '../../src/assistant/respond.js';
import type { ExampleClassifier } from '../../src/assistant/understand/examples.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

const turnSchema = z.strictObject({
  say: z.string(),
  expect: z.strictObject({
    decision: z.string(),
    id: z.string().optional(),
    /** The answer is one of these (where two entries answer alike). */
    anyOf: z.array(z.string()).optional(),
    ids: z.array(z.string()).optional(),
    /** Each of these is among the answers (a message of several matters: the FAQ entry beside the list). */
    answers: z.array(z.string()).optional(),
    /** None of these is among the answers. */
    notAnswers: z.array(z.string()).optional(),
    /** The seminar listed first (a list to choose from for an enquiry names no one seminar as answered). */
    first: z.string().optional(),
    /** No one seminar answered (a list to choose from for an enquiry: the analytics would count an enquiry for an answered one). */
    noneAnswered: z.boolean().optional(),
    /** Every role recommended for, where a message asks for two. */
    roles: z.array(z.string()).optional(),
    /** Whether the answers to a message of several questions include the team's address (the trace says so for the eval). */
    contact: z.boolean().optional(),
    helpful: z.boolean().optional(),
    /** Whether a registration enquiry is open after the turn (the form or the first question shown). */
    enquiry: z.boolean().optional(),
    /** The seminar the enquiry open after the turn is for. */
    enquiryFor: z.string().optional(),
    /** Whether the enquiry open after the turn asks for a place on the waiting list. */
    waitingList: z.boolean().optional(),
    /** Values the enquiry open after the turn holds already (taken from what the person wrote), by field. */
    enquiryValues: z.record(z.string(), z.string()).optional(),
    /** The look-up's filters: each list given must be the one the list was made with; `from`, the start of its period as the trace says it. */
    lookup: z.strictObject({ topics: z.array(z.string()).optional(), formats: z.array(z.string()).optional(), cities: z.array(z.string()).optional(), from: z.string().optional() }).optional(),
    says: z.array(z.string()).default([]),
    notSays: z.array(z.string()).default([]),
  }),
});
const scriptSchema = z.array(
  z.strictObject({
    name: z.string(),
    /** Answered by the rules alone, as at the first start until the example messages' model has arrived. */
    rulesOnly: z.boolean().default(false),
    /**
     * A turn the assistant is known to get wrong since the change named here (the right outcome stays written down): the
     * script must still fail, and fails the test once it passes — then the known miss is fixed and this field goes.
     */
    knownMiss: z.string().min(1).optional(),
    turns: z.array(turnSchema).min(1),
  }),
);
const rulesOnly: ExampleClassifier = { classify: () => undefined, topic: () => undefined, role: () => undefined };

const dir = join(import.meta.dirname, 'scripts');
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => scriptSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));

/** Everything a person reads in the replies, as one text. */
export function readable(replies: Reply[]): string {
  return replies
    .map((r) => {
      switch (r.kind) {
        case 'text':
        case 'choice':
          return [r.text, ...(r.choices ?? []).map((c) => c.label)].join('\n');
        case 'faq':
          return [r.question, r.answer, ...r.choices.map((c) => c.label)].join('\n');
        case 'seminars':
          return [r.text, ...r.items.map((i) => `${i.title} ${i.when} ${i.reason}${i.deadline ? ` Anmeldeschluss: ${i.deadline}` : ''}`)].join('\n');
        case 'seminar':
          return [r.detail.title, r.detail.deadline, r.detail.place].join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

let knowledge: Knowledge;
let search: SearchIndex;
beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
  search = buildSearchIndex(knowledge);
});

describe('conversation scripts', () => {
  it.each(scripts.map((s) => [s.name, s] as const))('%s', async (_name, script) => {
    if (script.knownMiss === undefined) return play(script);
    const right = await play(script).then(
      () => true,
      () => false,
    );
    expect(right, `known miss (${script.knownMiss}) now answered right: remove its knownMiss`).toBe(false);
  });
});

/** Plays a script turn by turn; throws at the first turn whose outcome is not the one written down. */
async function play(script: z.infer<typeof scriptSchema>[number]): Promise<void> {
  let memory: Memory = freshMemory();
  for (const turn of script.turns) {
    const result = await respond(memory, { text: turn.say }, { knowledge, search, now: EVAL_NOW, ...(script.rulesOnly ? { examples: rulesOnly } : {}) });
    const text = readable(result.replies);
    const where = `"${turn.say}" → ${JSON.stringify(result.trace)}\n${text}`;
    expect(result.trace.decision, where).toBe(turn.expect.decision);
    if (turn.expect.id) expect(result.trace.answeredId, where).toBe(turn.expect.id);
    if (turn.expect.anyOf) expect(turn.expect.anyOf, where).toContain(result.trace.answeredId);
    if (turn.expect.ids) expect(result.trace.answeredIds, where).toEqual(turn.expect.ids);
    for (const id of turn.expect.answers ?? []) expect(result.trace.answeredIds ?? [], where).toContain(id);
    for (const id of turn.expect.notAnswers ?? []) expect(result.trace.answeredIds ?? [], where).not.toContain(id);
    if (turn.expect.first) expect(result.trace.answeredIds?.[0], where).toBe(turn.expect.first);
    if (turn.expect.noneAnswered) expect(result.trace.answeredId, where).toBeUndefined();
    if (turn.expect.roles) expect(result.trace.roles, where).toEqual(turn.expect.roles);
    if (turn.expect.contact !== undefined) expect(result.trace.contact ?? false, where).toBe(turn.expect.contact);
    for (const [kind, values] of Object.entries(turn.expect.lookup ?? {})) expect(result.trace.lookup?.[kind as 'topics'], where).toEqual(values);
    if (turn.expect.helpful !== undefined) expect(result.trace.helpful, where).toBe(turn.expect.helpful);
    if (turn.expect.enquiry !== undefined) expect(result.memory.registration !== undefined, where).toBe(turn.expect.enquiry);
    if (turn.expect.enquiryFor !== undefined) expect(result.memory.registration?.seminarId, where).toBe(turn.expect.enquiryFor);
    if (turn.expect.waitingList !== undefined) expect(result.memory.registration?.waitingList, where).toBe(turn.expect.waitingList);
    if (turn.expect.enquiryValues !== undefined) expect(result.memory.registration?.values, where).toMatchObject(turn.expect.enquiryValues);
    for (const word of turn.expect.says) expect(text, where).toContain(word);
    for (const word of turn.expect.notSays) expect(text, where).not.toContain(word);
    // What is stored goes through the same validation as in production.
    memory = restoreMemory(JSON.parse(JSON.stringify(result.memory)));
  }
}
