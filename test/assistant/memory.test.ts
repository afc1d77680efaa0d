// What a conversation keeps between turns: ids and filters, at most 2 KB after the largest turns,
// and anything unreadable (an older shape, tampering) read as a fresh memory, never a crash.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory, memorySchema, restoreMemory, type Memory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

let knowledge: Knowledge;
let search: SearchIndex;
beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
  search = buildSearchIndex(knowledge);
});

async function after(messages: string[]): Promise<Memory> {
  let memory = freshMemory();
  for (const text of messages) memory = restoreMemory(JSON.parse(JSON.stringify((await respond(memory, { text }, { knowledge, search, now: EVAL_NOW })).memory)));
  return memory;
}

const bytes = (m: Memory) => Buffer.byteLength(JSON.stringify(m), 'utf8');

describe('the memory of a conversation', () => {
  it.each([
    ['a recommendation with more pages', ['Ich bin Netzwerkkoordinatorin, was passt zu mir?']],
    ['the role question with every role as a choice', ['Welche Fortbildung passt zu mir?']],
    ['all upcoming seminars', ['Seminare finden']],
    ['a second page', ['Seminare finden', 'Mehr anzeigen']],
    ['a FAQ answer with related questions', ['Was kostet ein Seminar?']],
  ])('stays within 2 KB after %s', async (_name, messages) => {
    const memory = await after(messages);
    expect(bytes(memory)).toBeLessThanOrEqual(2048);
  });

  it('pages on from ids and filters alone, with the reasons recomputed', async () => {
    const memory = await after(['Ich bin Netzwerkkoordinatorin, was passt zu mir?']);
    expect(memory.list?.ids.length).toBeGreaterThan(4);
    const more = await respond(memory, { text: 'Mehr anzeigen' }, { knowledge, search, now: EVAL_NOW });
    const page = more.replies.find((r) => r.kind === 'seminars');
    expect(page?.kind === 'seminars' && page.items.length).toBeGreaterThan(0);
    expect(page?.kind === 'seminars' && page.items.every((i) => i.reason.length > 0)).toBe(true);
  });

  it('starts a new conversation with what the schema makes of nothing stored, key for key', () => {
    expect(JSON.stringify(freshMemory())).toBe(JSON.stringify(memorySchema.parse({})));
    expect(restoreMemory(undefined)).toStrictEqual(memorySchema.parse({}));
    // Each conversation gets its own lists: a change in one is not in the next.
    const first = freshMemory();
    first.offered.push({ label: 'Hilfe', intent: { action: 'help' } });
    expect(freshMemory().offered).toEqual([]);
  });

  it.each([
    ['an older shape with rendered reasons and a removed step', { list: { ids: ['x'], shown: 1, reasons: { x: 'weil' }, intro: 'role' }, awaiting: 'seminarForRegistration' }],
    ['a number', 42],
    ['a string', 'memory'],
    ['an array', [1, 2]],
    ['null', null],
    ['oversized choices', { offered: Array.from({ length: 500 }, () => ({ label: 'x', intent: { action: 'help' } })) }],
  ])('reads %s as a fresh memory and answers', async (_name, stored) => {
    const memory = restoreMemory(stored);
    expect(memory.offered.length).toBeLessThanOrEqual(30);
    const result = await respond(memory, { text: 'Was kostet ein Seminar?' }, { knowledge, search, now: EVAL_NOW });
    expect(result.trace.decision).toBe('faq');
  });
});
