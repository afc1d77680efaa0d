// planQuery keeps the concept one word makes on its own with the planned word (`aloneConcepts`), and the
// concept of a synonym phrase with its first word (`phraseConcepts`), and hands the same object to later
// questions; this test holds the kept concepts to concepts made afresh
// (no memory at all), on every dev question asked twice, over an index context made from the shipped knowledge.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, stem, words } from '../../src/search/analysis.js';
import { createDecompounder } from '../../src/search/decompound.js';
import { mayBeCorrection, planQuery, type Concept, type QueryContext } from '../../src/search/query.js';
import { runSteps } from '../../src/search/steps.js';
import { deletionDictionary } from '../../src/search/symspell.js';
import { synonymTableSteps } from '../../src/search/synonyms.js';
import { loadDev } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

let fresh: QueryContext;
let remembering: QueryContext;
let questions: string[];

beforeAll(async () => {
  const knowledge = await shippedKnowledge();
  const texts = [...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, ...f.tags, f.answer]), ...knowledge.seminars.flatMap((s) => [s.title, s.summary, s.description])];
  const df = new Map<string, number>();
  for (const text of texts) for (const term of new Set(analyze(text))) df.set(term, (df.get(term) ?? 0) + 1);
  const synonyms = runSteps(
    synonymTableSteps([...knowledge.synonyms.map((entries) => ({ entries, weight: 0.9 })), ...knowledge.topics.map((t) => ({ entries: [t.name, ...t.synonyms], weight: 0.8 })), ...knowledge.roles.map((r) => ({ entries: [r.name, ...r.synonyms], weight: 0.7 }))]),
  );
  const base: QueryContext = {
    vocabulary: new Set(df.keys()),
    correctable: deletionDictionary([...df.keys(), ...synonyms.keys].filter(mayBeCorrection), { maxEdits: 2, maxLength: 22 }),
    synonyms,
    decompounder: createDecompounder(new Set(texts.flatMap((t) => words(t).map((w) => w.text))), stem),
    idf: (term) => {
      const count = df.get(term);
      return count === undefined ? 0 : Math.log(1 + texts.length / count);
    },
    unknownIdf: Math.log(1 + texts.length),
    maxWords: 32,
  };
  fresh = base;
  remembering = { ...base, plannedWords: new Map(), aloneConcepts: new WeakMap(), phraseConcepts: new WeakMap() };
  questions = loadDev().map((q) => q.q);
});

/** A concept with its alternatives in their order (the order decides ties in the ranking). */
function plain(concepts: Concept[]) {
  return concepts.map((c) => ({ word: c.word, alternatives: [...c.alternatives], idf: c.idf }));
}

describe('the concepts of a question', () => {
  it('are the same whether single words come from the memory or are planned afresh', () => {
    let shared = 0;
    let sharedPhrases = 0;
    for (const round of [1, 2]) {
      for (const question of questions) {
        const kept = planQuery(question, remembering);
        const made = planQuery(question, fresh);
        expect(plain(kept), `${question} (round ${round})`).toStrictEqual(plain(made));
        // Bit for bit: an idf of -0 or a weight that differs in the last place would still be a difference.
        kept.forEach((c, i) => {
          if (!Object.is(c.idf, made[i]?.idf)) expect.fail(`idf differs for ${JSON.stringify(question)}`);
        });
        if (round === 2) {
          const again = planQuery(question, remembering);
          shared += kept.filter((c) => again.includes(c)).length;
          sharedPhrases += kept.filter((c) => c.word.includes(' ') && again.includes(c)).length;
        }
      }
    }
    // The second round finds the words' and the phrases' concepts kept.
    expect(shared).toBeGreaterThan(questions.length);
    expect(sharedPhrases).toBeGreaterThan(50);
  });
});
