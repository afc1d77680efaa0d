// knowledge/beispiele.yaml is the dev questions, as `npm run examples` writes them: never stale, never the test split's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_PATH, examplesYaml, sameMessageKey } from './examples.js';
import { loadDev, loadShippedKnowledge, loadTest } from './evaluate.js';

describe('knowledge/beispiele.yaml', () => {
  it('is what `npm run examples` makes of the dev questions now (run it after changing them)', async () => {
    const knowledge = await loadShippedKnowledge();
    const expected = examplesYaml(loadDev(), new Set(knowledge.faq.map((f) => f.id)), new Set(loadTest().map((q) => sameMessageKey(q.q))));
    expect(readFileSync(EXAMPLES_PATH, 'utf8') === expected, 'knowledge/beispiele.yaml is out of date: run `npm run examples`').toBe(true);
  });

  it('holds no message of the test split, and loads with every example', async () => {
    const knowledge = await loadShippedKnowledge();
    const examples = knowledge.examples ?? [];
    expect(examples.length).toBe(readFileSync(EXAMPLES_PATH, 'utf8').split('\n').filter((line) => line.startsWith('- [')).length);
    expect(examples.length).toBeGreaterThan(3000);
    const test = new Set(loadTest().map((q) => sameMessageKey(q.q)));
    expect(examples.filter((e) => test.has(sameMessageKey(e.text))).length).toBe(0);
  });
});
