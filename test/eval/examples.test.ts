// knowledge/beispiele.yaml is the dev questions, as `npm run examples` writes them: never stale, never the test split's.
// knowledge/beispiele-geschrieben.yaml (written to teach wordings) holds no test message either.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXAMPLES_PATH, examplesYaml, labelSourceOf, sameMessageKey } from './examples.js';
import { REPO, loadDev, loadShippedKnowledge, loadTest } from './evaluate.js';

const WRITTEN_PATH = join(REPO, 'knowledge', 'beispiele-geschrieben.yaml');
const linesOf = (file: string): number => readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('- [')).length;

describe('knowledge/beispiele.yaml', () => {
  it('is what `npm run examples` makes of the dev questions now (run it after changing them)', async () => {
    const knowledge = await loadShippedKnowledge();
    const expected = examplesYaml(loadDev(), labelSourceOf(knowledge), new Set(loadTest().map((q) => sameMessageKey(q.q))));
    expect(readFileSync(EXAMPLES_PATH, 'utf8') === expected, 'knowledge/beispiele.yaml is out of date: run `npm run examples`').toBe(true);
  });

  it('holds no message of the test split, nor does beispiele-geschrieben.yaml, and both load with every example', async () => {
    const knowledge = await loadShippedKnowledge();
    const examples = knowledge.examples ?? [];
    const asked = examples.filter((e) => e.written !== true);
    expect(asked.length).toBe(linesOf(EXAMPLES_PATH));
    expect(asked.length).toBeGreaterThan(3000);
    expect(examples.length - asked.length).toBe(linesOf(WRITTEN_PATH));
    expect(examples.length - asked.length).toBeGreaterThan(1500);
    const test = new Set(loadTest().map((q) => sameMessageKey(q.q)));
    expect(examples.filter((e) => test.has(sameMessageKey(e.text))).length).toBe(0);
  });
});
