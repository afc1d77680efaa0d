// A zu-infinitive or a participle of a separable verb means what its verb means: "um sich anzumelden" asks what
// "anmelden" asks, though the knowledge holds "anzumelden" too (as a word of its own it matched only the entries that
// use that very form); "abgesagt" is "absagen", not a compound of "ab" and "gesagt".
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type ExplainableSearchIndex } from '../../src/search/index.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';

let search: ExplainableSearchIndex;
beforeAll(async () => {
  search = buildSearchIndex(await loadShippedKnowledge());
});

describe('zu-infinitives and participles of separable verbs', () => {
  it.each([
    ['Ist es schon zu spät, sich anzumelden?', 'Ist es schon zu spät, sich anmelden?'],
    ['Wie ist es möglich teilzunehmen?', 'Wie ist es möglich teilnehmen?'],
    ['Wie wird ein Seminar abgesagt?', 'Wie wird ein Seminar absagen?'],
  ])('"%s" finds what "%s" finds, as surely', (zu, plain) => {
    const [a] = search.explain(zu, { kinds: ['faq'] }).hits;
    const [b] = search.explain(plain, { kinds: ['faq'] }).hits;
    expect(a?.id).toBe(b?.id);
    expect(a?.coverage).toBeCloseTo(b?.coverage ?? 0, 5);
  });

  it('answers the question about registering late with the FAQ on the registration deadline', () => {
    const decision = search.decide('Ist es schon zu spät, sich anzumelden?', { kinds: ['faq'] });
    expect(decision.kind === 'answer' ? decision.hit.id : decision.kind).toBe('anmeldeschluss');
  });
});
