// One turn asks the search about the same message several times (a look-up: any answer, a seminar
// answer, seminars named by title). The turn's view works each text out once; what it answers must
// be exactly what the index answers, whatever order the questions and their options come in.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type ExplainableSearchIndex, type SearchOptions } from '../../src/search/index.js';
import { loadQuestions } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

let index: ExplainableSearchIndex;
let questions: string[];
beforeAll(async () => {
  const knowledge = await shippedKnowledge();
  index = buildSearchIndex(knowledge);
  const pastSeminar = knowledge.seminars[0]?.id ?? '';
  exclude = new Set([pastSeminar]);
  questions = [...loadQuestions().questions.map((q) => q.q).filter((_, i) => i % 4 === 0), 'Online-Seminare im März', 'Was kostet ein Seminar?', '', '???'];
});

let exclude: ReadonlySet<string>;
const optionSets = (): SearchOptions[] => [{ excludeSeminars: exclude }, { kinds: ['seminar'] }, { kinds: ['seminar'], limit: 50 }, { kinds: ['faq'] }, {}, { kinds: ['faq', 'seminar'], limit: 3 }, { excludeSeminars: new Set<string>() }];

describe('the search for one turn', () => {
  it('answers every question with every kind, limit and exclusion exactly as the index does, asked one after the other', () => {
    for (const text of questions) {
      const turn = index.forTurn?.();
      expect(turn).toBeDefined();
      for (const options of optionSets()) {
        expect(turn?.decide(text, options), `${text} ${JSON.stringify(options)}`).toEqual(index.decide(text, options));
        expect(turn?.search(text, options), `${text} ${JSON.stringify(options)}`).toEqual(index.search(text, options));
        expect(turn?.weigh(text, options), `${text} ${JSON.stringify(options)}`).toEqual(index.weigh(text, options));
      }
      // A second text in the same turn (the message with split verbs joined) is its own question.
      expect(turn?.search(`${text} Anmeldung`)).toEqual(index.search(`${text} Anmeldung`));
    }
  });

  it('leaves out the seminars a later question excludes, though the same text was asked without', () => {
    const turn = index.forTurn?.();
    const text = 'Online-Seminare im März';
    const all = turn?.search(text, { kinds: ['seminar'] }) ?? [];
    expect(all.length).toBeGreaterThan(1);
    const first = all[0]?.id ?? '';
    expect(turn?.search(text, { kinds: ['seminar'], excludeSeminars: new Set([first]) }).map((h) => h.id)).not.toContain(first);
  });
});
