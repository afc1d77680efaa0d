// One vocabulary of accessibility features: the chat's details card, the chat's look-up filter and the
// Teams tab's filter name and decide them alike, in standard German and in Leichte Sprache.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeminarFilters } from '../../src/assistant/filters.js';
import { recommendSeminars } from '../../src/assistant/recommend.js';
import { seminarDetail } from '../../src/assistant/seminarView.js';
import { ACCESSIBILITY_NEEDS, offersNeed } from '../../src/catalogue/accessibility.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { tabCatalogue } from '../../src/server/tab.js';

const NOW = new Date('2027-01-15T09:00:00Z');
const BASE = 'http://localhost:3978';
let knowledge: Knowledge;

beforeAll(async () => {
  knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge!;
});

describe('accessibility features of a seminar', () => {
  it('the tab filters by the same features, with the names the details card shows', () => {
    const tab = tabCatalogue(knowledge, { now: NOW, baseUrl: BASE });
    expect(tab.filters.accessibility.map((o) => o.value)).toEqual([...ACCESSIBILITY_NEEDS]);
    for (const shown of tab.seminars) {
      const seminar = knowledge.seminars.find((s) => s.id === shown.id)!;
      expect(shown.accessibilityKeys).toEqual(ACCESSIBILITY_NEEDS.filter((need) => offersNeed(seminar, need)));
      for (const need of shown.accessibilityKeys) {
        if (need === 'stepFree' && seminar.format === 'online') continue;
        const label = tab.filters.accessibility.find((o) => o.value === need)!.label.toLowerCase();
        expect(shown.accessibility.map((a) => a.toLowerCase()), `${seminar.id}: ${need}`).toContain(label);
      }
    }
  });

  it('a chat look-up "in Leichter Sprache" lists exactly the seminars the tab marks so', () => {
    const tab = tabCatalogue(knowledge, { now: NOW, baseUrl: BASE });
    const marked = tab.seminars.filter((s) => s.accessibilityKeys.includes('leichteSprache')).map((s) => s.id).sort();
    const found = recommendSeminars(knowledge, { filters: extractSeminarFilters('Seminare in Leichter Sprache', knowledge, NOW) }, NOW);
    expect(found.relaxed).toEqual([]);
    expect(found.items.map((r) => r.seminar.id).sort()).toEqual(marked);
  });

  it('the details card names them in Leichte Sprache in that mode', () => {
    const seminar = knowledge.seminars.find((s) => s.id === 'ueber-inklusion-berichten-2027-09')!;
    expect(seminarDetail(seminar, knowledge, NOW, BASE, false).accessibility.slice(0, 3)).toEqual(['Leichte Sprache', 'Gebärdensprachdolmetschung (DGS)', 'stufenloser Zugang']);
    expect(seminarDetail(seminar, knowledge, NOW, BASE, true).accessibility.slice(0, 3)).toEqual(['Leichte Sprache', 'Gebärden-Sprache', 'Der Ort hat keine Stufen.']);
  });
});
