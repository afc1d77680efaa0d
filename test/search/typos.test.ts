// Typo tolerance through the deletion dictionary (SymSpell): it finds the words lunr's edit-distance
// automaton found before, and the search corrects the typos users make to the same index terms.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsOf, fieldNames } from '../../src/search/documents.js';
import { editDistance } from '../../src/search/editDistance.js';
import { fuzzyWordSet } from '../../src/search/german.js';
import { buildSearchIndex, type ExplainableSearchIndex } from '../../src/search/index.js';
import { allowedEdits } from '../../src/search/query.js';
import { deletionDictionary } from '../../src/search/symspell.js';
import { shippedKnowledge } from './helpers.js';

let vocabulary: string[];
let index: ExplainableSearchIndex;
beforeAll(async () => {
  const knowledge = await shippedKnowledge();
  const words = new Set<string>();
  for (const doc of documentsOf(knowledge)) for (const field of fieldNames) for (const term of doc.fields[field]) words.add(term);
  vocabulary = [...words];
  index = buildSearchIndex(knowledge);
});

/** Deterministic typos of the four kinds people make: a letter left out, added, wrong, or swapped. */
function typos(word: string, seed: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const at = seed % word.length;
  const letter = letters[seed % 26] as string;
  const swapped = at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  const left = word.slice(0, at) + word.slice(at + 1);
  return [left, word.slice(0, at) + letter + word.slice(at), word.slice(0, at) + letter + word.slice(at + 1), swapped, left.slice(0, at) + letter + left.slice(at + 1)];
}

describe('typo look-up (deletion dictionary)', () => {
  it('finds exactly the words within the edit budget that lunr fuzzy matching finds, for typos of every index word', () => {
    const symspell = deletionDictionary(vocabulary, { maxEdits: 2, maxLength: 22 });
    const automaton = fuzzyWordSet(vocabulary);
    let compared = 0;
    const differences: string[] = [];
    vocabulary.forEach((word, i) => {
      for (const typo of typos(word, i)) {
        const budget = allowedEdits(typo);
        if (budget === 0) continue;
        compared++;
        // lunr also counts a swap followed by an edit inside it as two edits; the ranking never did.
        const expected = automaton.near(typo, budget).filter((w) => editDistance(typo, w) <= budget).sort();
        const found = symspell.near(typo, budget);
        if (found.join() !== expected.join()) differences.push(`${typo}: ${found.join()} ≠ ${expected.join()}`);
      }
    });
    expect(compared).toBeGreaterThan(2000);
    expect(differences).toEqual([]);
  });

  it('finds exactly the words a full scan with the edit distance finds, for typos of every third index word', () => {
    const symspell = deletionDictionary(vocabulary, { maxEdits: 2, maxLength: 22 });
    const differences: string[] = [];
    const nearLength = (typo: string, budget: number) => vocabulary.filter((w) => w.length <= 22 && Math.abs(w.length - typo.length) <= budget);
    vocabulary.forEach((word, i) => {
      if (i % 3 !== 0) return;
      for (const typo of [word, ...typos(word, i * 7 + 3)]) {
        for (const budget of [1, 2]) {
          const expected = nearLength(typo, budget).filter((w) => editDistance(typo, w) <= budget).sort();
          const found = symspell.near(typo, budget);
          if (found.join() !== expected.join()) differences.push(`${typo}/${budget}: ${found.join()} ≠ ${expected.join()}`);
        }
      }
    });
    expect(differences).toEqual([]);
  });

  it('with a test on the candidates, finds exactly the words it finds without one that pass the test', () => {
    const symspell = deletionDictionary(vocabulary, { maxEdits: 2, maxLength: 22 });
    const differences: string[] = [];
    vocabulary.forEach((word, i) => {
      if (i % 3 !== 1) return;
      for (const typo of typos(word, i * 5 + 1)) {
        for (const budget of [1, 2]) {
          const sameEnds = (w: string) => w[0] === typo[0] && w.at(-1) === typo.at(-1);
          const expected = symspell.near(typo, budget).filter(sameEnds);
          const found = symspell.near(typo, budget, sameEnds);
          if (found.join() !== expected.join()) differences.push(`${typo}/${budget}: ${found.join()} ≠ ${expected.join()}`);
        }
      }
    });
    expect(differences).toEqual([]);
  });

  it('never returns a word outside the budget, and nothing for an empty dictionary', () => {
    const symspell = deletionDictionary(['seminar', 'seminare', 'semester', 'kosten']);
    expect(symspell.near('seminra', 1)).toEqual(['seminar']);
    expect(symspell.near('seminra', 2)).toEqual(['seminar', 'seminare']);
    expect(symspell.near('kostne', 0)).toEqual([]);
    expect(deletionDictionary([]).near('seminar', 2)).toEqual([]);
  });

  it.each([
    ['Modelkomunen', 'modellkommun'],
    ['Anmeldng', 'anmeld'],
    ['Gebärdensprahce', 'gebardensprach'],
    ['Reisekostn', 'reisekost'],
    ['Koordinatorn', 'koordinator'],
    ['Datenschtuz', 'datenschutz'],
    ['Wartelsite', 'wartelist'],
    ['Projektmanagment', 'projektmanagement'],
    ['Öffentlichkeitsarbiet', 'offentlichkeitsarbeit'],
    ['Fördermittl', 'fordermittel'],
    ['Zertifkat', 'zertifikat'],
    ['Anmeldeschlus', 'anmeldeschluss'],
    ['Inklussion', 'inklusion'],
    ['Koordinaton', 'koordination'],
  ])('corrects "%s" to the index term %s', (typo, term) => {
    const [concept] = index.explain(typo).concepts;
    const strongest = Object.entries(concept?.terms ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(strongest).toBe(term);
  });

  it('does not turn an unknown word into a different first letter ("Wetter" is not "Retter")', () => {
    expect(index.explain('Wetter').concepts[0]?.terms).toEqual({});
  });
});
