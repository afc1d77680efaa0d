// Hostile input: whatever people (or scripts) type, search and decide return and never throw.
// lunr's query-string parser never sees user text, so ":", "-", "^", "~", "*" and "+" are just text.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { shippedKnowledge } from './helpers.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await shippedKnowledge());
});

/** A small deterministic PRNG (mulberry32), so every run fuzzes the same strings. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  ':', '-', '^', '~', '*', '+', '~2', '^10', 'title:', '+kosten', '-seminar', 'kost*', '*innen', ':innen', '_innen', 'Koordinator:innen',
  'Referent*innen', '<script>alert(1)</script>', '"', "'", '\\', '/', '(', ')', '[', ']', '{', '}', '?', '!', '.', ',', ';', '&&', '||',
  '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '\u200b', '\u200e', '\u202e', '\ufeff', '\ud800', '\udfff', 'مرحبا بالعالم', 'שלום',
  '😀', '👩🏽‍🦽', '🏳️‍🌈', 'ﬁ', 'ẞ', 'Ä', 'ö', 'ü', 'Seminar', 'Kosten', 'Fördermittel', 'Anmeldung', 'UN-BRK', '100', '2027', 'e'.repeat(300),
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'undefined', 'null', 'NaN',
];

function hostile(rnd: () => number): string {
  const roll = rnd();
  if (roll < 0.15) {
    // random code points from the whole range, surrogates included
    return Array.from({ length: Math.floor(rnd() * 40) }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join('');
  }
  if (roll < 0.25) {
    // only punctuation and symbols
    return Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'[Math.floor(rnd() * 32)]).join('');
  }
  return Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(rnd() < 0.5 ? ' ' : '');
}

describe('hostile input', () => {
  it('never throws and always returns for 5 000 random and hostile strings', () => {
    const rnd = random(20270301);
    const inputs = Array.from({ length: 5_000 }, () => hostile(rnd));
    for (const text of inputs) {
      const hits = index.search(text);
      expect(Array.isArray(hits)).toBe(true);
      const decision = index.decide(text);
      expect(['answer', 'didYouMean', 'fallback']).toContain(decision.kind);
    }
  });

  it.each([
    ['lunr operators', 'kosten:seminar +anmeldung -frist ^2 ~1 *'],
    ['a field query', 'title:kosten'],
    ['a wildcard only', '*'],
    ['a gender colon form', 'Koordinator:innen'],
    ['control characters', '\u0000\u0001\u0002Kosten\u001f\u007f'],
    ['only punctuation', '?!.,;:-_()[]{}'],
    ['right-to-left text', '\u202eKosten \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627'],
    ['emoji only', '😀🎉👩🏽‍🦽'],
    ['a script tag', '<script>alert("x")</script>'],
    ['lone surrogates', '\ud800Kosten\udfff'],
  ])('handles %s', (_name, text) => {
    expect(() => index.search(text)).not.toThrow();
    expect(() => index.decide(text)).not.toThrow();
  });

  it('handles 10 kB of text and still answers a real question inside it', () => {
    const text = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(180)} Was kostet ein Seminar?`;
    expect(text.length).toBeGreaterThan(10_000);
    expect(() => index.decide(text)).not.toThrow();
    const question = `Was kostet ein Seminar? ${'bla '.repeat(2600)}`;
    expect(index.search(question)[0]?.id).toBe('kosten');
  });

  it('treats non-string input from untyped callers as empty', () => {
    expect(index.search(undefined as unknown as string)).toEqual([]);
    expect(index.decide(42 as unknown as string)).toEqual({ kind: 'fallback' });
  });
});
