// A reload fills the assistant's per-knowledge caches before the new knowledge answers: the first turn
// after a reload does not build them while other requests wait.
import { describe, expect, it } from 'vitest';
import { perKnowledge, perKnowledgeInSteps, preparePerKnowledge } from '../../src/assistant/phrases.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';

describe('per-knowledge caches', () => {
  it('are all filled by preparePerKnowledge, once per knowledge object', async () => {
    const built: object[] = [];
    const cached = perKnowledge((knowledge: object) => (built.push(knowledge), { builds: built.length }));
    const first = await loadShippedKnowledge();
    const second = await loadShippedKnowledge();
    await preparePerKnowledge(first);
    expect(built).toEqual([first]);
    expect(cached(first)).toEqual({ builds: 1 });
    expect(built).toHaveLength(1);
    await preparePerKnowledge(second);
    expect(built).toHaveLength(2);
    expect(cached(second)).toEqual({ builds: 2 });
  });

  it('take turns with other work: each cache is filled in its own macrotask', async () => {
    const knowledge = await loadShippedKnowledge();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await preparePerKnowledge(knowledge);
    clearInterval(timer);
    // Topics, places, roles and the vocabulary are several caches: the timer ran between them.
    expect(ticks).toBeGreaterThan(1);
  });

  it('build a cache made of steps in several slices on a reload, and at once when a turn needs it first', async () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let ticks = 0;
    const ticksSeen: number[] = [];
    const cached = perKnowledgeInSteps(function* (knowledge: { faq: unknown[] }) {
      for (let i = 0; i < 10; i += 1) {
        ticksSeen.push(ticks);
        busy(3);
        yield;
      }
      return `${knowledge.faq.length} entries`;
    });
    const reloaded = await loadShippedKnowledge();
    const timer = setInterval(() => (ticks += 1), 0);
    await preparePerKnowledge(reloaded);
    clearInterval(timer);
    // ~30 ms of work in ~5 ms slices: the timer ran several times while this one cache was built.
    expect((ticksSeen.at(-1) ?? 0) - (ticksSeen[0] ?? 0)).toBeGreaterThan(2);
    expect(cached(reloaded)).toBe(`${reloaded.faq.length} entries`);
    expect(ticksSeen).toHaveLength(10);
    const neededByATurn = await loadShippedKnowledge();
    expect(cached(neededByATurn)).toBe(`${neededByATurn.faq.length} entries`);
    expect(ticksSeen).toHaveLength(20);
  });
});
