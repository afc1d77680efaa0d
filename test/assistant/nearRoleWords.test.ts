// A word of a message near a role word (a typo, a cut-off word, a compound that starts with one) is read once
// per generation of the knowledge and remembered (nearRoleWord, bounded). This test holds the remembered
// reading to one made afresh: every word of every dev question's folded form, typo-like variants of each
// (a letter dropped, two swapped) and more words than the memory keeps, each asked three times.
import { beforeAll, describe, expect, it } from 'vitest';
import { nearRoleWord, roleMentions } from '../../src/assistant/roles.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { loadDev } from '../eval/evaluate.js';
import { shippedKnowledge } from '../search/helpers.js';

let knowledge: Knowledge;
let folded: string[];

beforeAll(async () => {
  knowledge = await shippedKnowledge();
  folded = loadDev().map(({ q }) => readUtterance(q).folded);
});

describe('a word near a role word', () => {
  it('is read the same whether remembered or made afresh', () => {
    const words = [...new Set(folded.flatMap((f) => f.split(' ')).filter((w) => w.length >= 6))];
    const variants = words.flatMap((w) => [w.slice(0, 3) + w.slice(4), w.slice(0, 2) + (w[3] ?? '') + (w[2] ?? '') + w.slice(4), w.slice(0, -2)]);
    const joined = Array.from({ length: 6_000 }, (_, i) => `${words[i % words.length] ?? ''}${words[(i * 7_919) % words.length] ?? ''}`);
    let read = 0;
    for (const round of [1, 2, 3]) {
      for (const word of [...words, ...variants, ...joined]) {
        const afresh = nearRoleWord(word, knowledge, false);
        expect(nearRoleWord(word, knowledge), `${word} (round ${round})`).toStrictEqual(afresh);
        if (afresh) read++;
      }
    }
    expect(read).toBeGreaterThan(300);
  });

  it('finds the same role mentions in every dev question asked again', () => {
    const first = folded.map((f) => roleMentions(f, knowledge));
    expect(folded.map((f) => roleMentions(f, knowledge))).toStrictEqual(first);
  });
});
