// A look-up's list puts the seminars the message names by title first (byTitleMatch); a list of one seminar
// or none is given back without ranking the message (src/assistant/seminarLists.ts). Held to the ordering as it
// was, which ranked the message for every list, on the seminars every dev question's filters find.
import { describe, expect, it } from 'vitest';
import { extractSeminarFilters } from '../../src/assistant/filters.js';
import { recommendSeminars } from '../../src/assistant/recommend.js';
import { byTitleMatch } from '../../src/assistant/seminarLists.js';
import type { Seminar } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadDev, loadShippedKnowledge } from '../eval/evaluate.js';

function everyTime<T extends { seminar: Seminar }>(items: T[], text: string, search: SearchIndex): T[] {
  const hits = search.search(text, { kinds: ['seminar'], limit: 50 });
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return items;
  const strong = new Map(hits.filter((h) => h.score >= 0.8 * best).map((h, i) => [h.id, i]));
  const rank = (item: T) => strong.get(item.seminar.id) ?? Number.POSITIVE_INFINITY;
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

describe('seminars named by title first', () => {
  it('orders every dev question’s seminars as ranking the message every time did, and ranks nothing for one seminar or none', async () => {
    const knowledge = await loadShippedKnowledge();
    const search = buildSearchIndex(knowledge);
    let asked = 0;
    const counting: SearchIndex = { ...search, search: (text, options) => (asked++, search.search(text, options)) };
    const sizes = new Set<number>();
    for (const { q } of loadDev()) {
      const filters = extractSeminarFilters(q, knowledge, EVAL_NOW);
      const { items } = recommendSeminars(knowledge, { filters }, EVAL_NOW);
      sizes.add(Math.min(items.length, 2));
      for (const list of [items, items.slice(0, 1), []]) {
        asked = 0;
        const ordered = byTitleMatch(list, q, counting);
        expect(ordered.map((r) => r.seminar.id), q).toEqual(everyTime(list, q, search).map((r) => r.seminar.id));
        if (list.length < 2) expect(asked).toBe(0);
      }
    }
    // Questions whose filters find one seminar and questions whose filters find more, besides the lists cut to one and none.
    expect([...sizes].sort()).toEqual([1, 2]);
  }, 120_000);
});
