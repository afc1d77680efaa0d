// Texts to hold a shortcut to the whole chain it replaces: every text of up to n pieces, and longer
// random ones from a fixed seed (the same texts on every run).
import { expect } from 'vitest';

/** Every concatenation of up to maxLength pieces, the empty text first. */
export function* allTexts(pieces: readonly string[], maxLength: number): Generator<string> {
  let texts = [''];
  for (let length = 0; length <= maxLength; length++) {
    yield* texts;
    texts = texts.flatMap((t) => pieces.map((c) => t + c));
  }
}

/** `count` texts of 0 to maxPieces-1 pieces each, from a linear congruential generator seeded with `seed`. */
export function* randomTexts(pieces: readonly string[], count: number, maxPieces: number, seed: number): Generator<string> {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) yield Array.from({ length: Math.floor(random() * maxPieces) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
}

type Text = (text: string) => string;

/**
 * Holds each shortcut to the whole chain it replaces on every given text (the test fails at the first text they
 * differ on, naming it); the number of texts checked.
 */
export function sameOnEveryText(texts: Iterable<string>, pairs: Record<string, [shortcut: Text, whole: Text]>): number {
  const checks = Object.entries(pairs);
  let checked = 0;
  for (const text of texts) {
    for (const [name, [shortcut, whole]] of checks) if (shortcut(text) !== whole(text)) expect.fail(`${name} differs for ${JSON.stringify(text)}`);
    checked++;
  }
  return checked;
}
