// The compound splitter: "Fördermittelantrag" → förder + mittel + antrag, from the knowledge's own words.
import { describe, expect, it } from 'vitest';
import { stem, words } from '../../src/search/analysis.js';
import { createDecompounder } from '../../src/search/decompound.js';
import { lexicon } from '../../src/search/lexicon.js';
import { shippedKnowledge } from './helpers.js';

/** The splitter as it was first written: every position's best split worked out, from the end to the start. */
function tableSplitter(dictionary: Iterable<string>, minPart = 4, maxWord = 40): (word: string) => string[] | undefined {
  const heads = new Set<string>();
  const tailStems = new Set<string>();
  for (const word of dictionary) {
    if (word.length < minPart || /\d/.test(word)) continue;
    heads.add(word);
    if (stem(word).length >= minPart) heads.add(stem(word));
    tailStems.add(stem(word));
  }
  const isTail = (part: string) => part.length >= minPart && (tailStems.has(part) || tailStems.has(stem(part)));
  return (word) => {
    const n = word.length;
    if (n < 2 * minPart || n > maxWord || !/^[a-z]+$/.test(word)) return undefined;
    const best: Array<string[] | undefined> = new Array<string[] | undefined>(n + 1).fill(undefined);
    for (let i = n - minPart; i >= 0; i--) {
      let chosen: string[] | undefined;
      if (i > 0 && isTail(word.slice(i))) chosen = [word.slice(i)];
      for (let j = n - minPart; j >= i + minPart; j--) {
        const head = word.slice(i, j);
        if (!heads.has(head)) continue;
        for (const link of ['', 's', 'n', 'es', 'en', 'e']) {
          const next = j + link.length;
          if (word.slice(j, next) !== link) continue;
          const rest = best[next];
          if (rest === undefined) continue;
          if (chosen === undefined || rest.length + 1 < chosen.length) chosen = [head, ...rest];
        }
      }
      best[i] = chosen;
    }
    const parts = best[0];
    return parts !== undefined && parts.length >= 2 ? parts : undefined;
  };
}

describe('splitting compounds', () => {
  it('splits a compound into words the dictionary knows, with linking letters', () => {
    const splitter = createDecompounder(['fordermittel', 'antrag', 'inklusion', 'projekt', 'kommune', 'verwaltung'], stem);
    expect(splitter.split('fordermittelantrag')).toEqual(['fordermittel', 'antrag']);
    expect(splitter.split('inklusionsprojekt')).toEqual(['inklusion', 'projekt']);
    expect(splitter.split('kommunenverwaltung')).toEqual(['kommune', 'verwaltung']);
    expect(splitter.split('antrag')).toBeUndefined();
  });

  it('splits every word of the knowledge, and every pair of its words joined, as the table over all positions did', async () => {
    const knowledge = await shippedKnowledge();
    const texts = [
      ...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer, f.answerEasy, ...f.tags]),
      ...knowledge.seminars.flatMap((s) => [s.title, s.summary, s.description]),
      ...knowledge.roles.flatMap((r) => [r.name, r.description, ...r.synonyms]),
      ...lexicon.flatMap((e) => [...e.words, ...e.means]),
    ];
    const dictionary = new Set(texts.flatMap((t) => words(t).flatMap((w) => (w.joined ? [w.text, w.joined] : [w.text]))));
    const splitter = createDecompounder(dictionary, stem);
    const table = tableSplitter(dictionary);
    const all = [...dictionary];
    let seed = 5;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = () => all[Math.floor(random() * all.length)] ?? '';
    const candidates = [...all, ...Array.from({ length: 20_000 }, () => pick() + ['', 's', 'n', 'es', 'en', 'e'][Math.floor(random() * 6)] + pick())];
    let split = 0;
    for (const word of candidates) {
      const parts = splitter.split(word);
      if (JSON.stringify(parts) !== JSON.stringify(table(word))) expect({ word, parts }).toEqual({ word, parts: table(word) });
      if (parts) split += 1;
    }
    expect(split).toBeGreaterThan(10_000);
  });
});
