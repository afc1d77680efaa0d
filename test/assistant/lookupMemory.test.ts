// A look-up remembers its filters twice — as the last look-up ("und online?" narrows it) and with its list
// ("Mehr anzeigen" recomputes the next page from them) — made once and kept as one object since the
// fifteenth speed round. This test holds both to the filters made from the look-up's own reading, for every
// dev question the assistant answers with a list, and checks that they still survive the state's JSON apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeminarFilters } from '../../src/assistant/filters.js';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import { fromLastLookup, toLastLookup } from '../../src/assistant/seminarLists.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadDev } from '../eval/evaluate.js';
import { shippedKnowledge } from '../search/helpers.js';

let knowledge: Knowledge;
let search: SearchIndex;

beforeAll(async () => {
  knowledge = await shippedKnowledge();
  search = buildSearchIndex(knowledge);
});

describe('the filters a look-up remembers', () => {
  it('are the same for the last look-up and its list, as each was made before', async () => {
    let lists = 0;
    for (const { q } of loadDev()) {
      const { memory, trace } = await respond(freshMemory(), { text: q }, { knowledge, search, now: EVAL_NOW });
      if (trace.decision !== 'lookup' || !memory.lastLookup || !memory.list?.filters) continue;
      lists++;
      expect(memory.list.filters, q).toStrictEqual(memory.lastLookup);
      // What the look-up made them of: its filters, which give the same memory when made again from it.
      expect(toLastLookup(fromLastLookup(memory.lastLookup))).toStrictEqual(memory.lastLookup);
      const stored = JSON.parse(JSON.stringify(memory)) as typeof memory;
      expect(stored.list?.filters).toStrictEqual(stored.lastLookup);
      expect(stored.list?.filters).not.toBe(stored.lastLookup);
    }
    expect(lists).toBeGreaterThan(100);
    expect(toLastLookup(extractSeminarFilters('Online-Seminare im März', knowledge, EVAL_NOW))).toStrictEqual(
      (await respond(freshMemory(), { text: 'Online-Seminare im März' }, { knowledge, search, now: EVAL_NOW })).memory.list?.filters,
    );
    // Every dev question is answered once (13,028 since 2026-12-05: 40–47 s alone, 64 s in CI beside typecheck and lint).
  }, 180_000);

  it('keeps a place not wanted through the state\'s JSON, and adds nothing to a look-up without one', () => {
    const without = toLastLookup(extractSeminarFilters('Präsenzseminare im März', knowledge, EVAL_NOW));
    expect(Object.keys(without).filter((k) => k.startsWith('notIn'))).toEqual([]);
    const remembered = toLastLookup(extractSeminarFilters('Präsenzseminare, aber nicht in Berlin', knowledge, EVAL_NOW));
    expect(remembered.notInCities).toEqual(['Berlin']);
    const stored = JSON.parse(JSON.stringify(remembered)) as typeof remembered;
    expect(fromLastLookup(stored).notIn).toEqual({ cities: ['Berlin'], regions: [] });
    expect(fromLastLookup(stored).cities).toEqual([]);
  });
});
