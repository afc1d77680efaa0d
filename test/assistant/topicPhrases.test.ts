import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeminarFilters } from '../../src/assistant/filters.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';
import { FIXTURE_NOW } from '../fixtures/knowledge.js';

// A topic's `phrases` (roles.yaml) show the topic in a message like a synonym, but only to the look-up: as search
// synonyms their other words ("Koordinator", "betreuen") came with every question naming the topic (2026-12-06:
// "Haupt- und Ehrenamt gut zusammenbringen" became a did-you-mean with the FAQ on coordinators).
let shipped: Knowledge;
beforeAll(async () => {
  shipped = await loadShippedKnowledge();
});

describe('phrases that show a topic', () => {
  it.each([
    ['Ich betreue die Ehrenamtlichen im Netzwerk.', ['ehrenamt-management']],
    ['Ich bin Ansprechpartner*in für die Ehrenamtlichen im Projekt.', ['ehrenamt-management']],
    ['Ich bin Koordinator:in der Ehrenamtlichen in der Diakonie.', ['ehrenamt-management']],
    ['Which training is good for someone who organizes the volunteers?', ['ehrenamt-management']],
    ['Ich arbeite am Aktionsplan Inklusion mit.', ['un-brk']],
    ['Wir wollen unsere Bücherei zugänglicher machen.', ['barrierefreiheit']],
    ['Ich würde gern lernen, wie man gute Sitzungen moderiert.', ['moderation']],
  ])('"%s" names the topic %j', (text, topics) => {
    expect(extractSeminarFilters(text, shipped, FIXTURE_NOW).topics).toEqual(topics);
  });

  it('are no synonyms of the search: its answers are the same without them', () => {
    const withoutPhrases: Knowledge = { ...shipped, topics: shipped.topics.map((t) => ({ ...t, phrases: [] })) };
    expect(shipped.topics.some((t) => t.phrases.length > 0)).toBe(true);
    const a = buildSearchIndex(shipped);
    const b = buildSearchIndex(withoutPhrases);
    for (const q of ['Haupt- und Ehrenamt gut zusammenbringen', 'Ehrenamtliche betreuen', 'Wer koordiniert die Ehrenamtlichen?']) {
      expect(a.search(q, { kinds: ['faq'], limit: 5 }), q).toEqual(b.search(q, { kinds: ['faq'], limit: 5 }));
    }
  });

  it('would change the search as synonyms (the test above can fail)', () => {
    const asSynonyms: Knowledge = { ...shipped, topics: shipped.topics.map((t) => ({ ...t, synonyms: [...t.synonyms, ...t.phrases], phrases: [] })) };
    const q = 'Haupt- und Ehrenamt gut zusammenbringen';
    expect(buildSearchIndex(asSynonyms).search(q, { kinds: ['faq'], limit: 5 })).not.toEqual(buildSearchIndex(shipped).search(q, { kinds: ['faq'], limit: 5 }));
  });
});
