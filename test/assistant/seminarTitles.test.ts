// Someone who copies a seminar's title from the catalogue, a mail or the website into the chat wants that seminar.
// Runs of one series share their title ("… – Zusatztermin" aside), and the search is then unsure between them: that
// once gave "nothing fits" for "Selbstvertretung stärken: für die eigenen Rechte sprechen".
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
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

describe('a seminar named by its title', () => {
  it('shows that seminar first, for every seminar of the shipped catalogue', async () => {
    expect(knowledge.seminars.length).toBeGreaterThan(20);
    for (const seminar of knowledge.seminars) {
      const { trace } = await respond(freshMemory(), { text: seminar.title }, { knowledge, search, now: EVAL_NOW });
      expect({ title: seminar.title, decision: trace.decision, first: trace.answeredId }).toEqual({ title: seminar.title, decision: 'lookup', first: seminar.id });
    }
  });

  it('shows the next run of a series when its short title is shared by two runs', async () => {
    const runs = knowledge.seminars.filter((s) => s.series !== undefined && s.series === knowledge.seminars.find((x) => x.id === 'selbstvertretung-staerken-2027-09')?.series);
    expect(runs.map((s) => s.id).sort()).toEqual(['selbstvertretung-staerken-2027-05', 'selbstvertretung-staerken-2027-09']);
    const { trace } = await respond(freshMemory(), { text: 'Selbstvertretung stärken' }, { knowledge, search, now: EVAL_NOW });
    expect(trace).toMatchObject({ decision: 'lookup', answeredId: 'selbstvertretung-staerken-2027-05' });
  });
});
