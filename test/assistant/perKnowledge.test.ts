// A reload fills the assistant's per-knowledge caches before the new knowledge answers: the first turn
// after a reload does not build them while other requests wait.
import { describe, expect, it } from 'vitest';
import { perKnowledge, preparePerKnowledge } from '../../src/assistant/phrases.js';
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
});
