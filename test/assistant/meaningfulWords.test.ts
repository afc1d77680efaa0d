// explainedShare asks of every word of a look-up whether it means anything (`words` keeps some of it), and
// remembers the answer per word (isMeaningfulWord, bounded). This test holds the remembered answer to `words`
// itself: for every word of every dev question's folded form, and for more random words than the memory
// keeps (so that it is cleared on the way), each asked three times.
import { describe, expect, it } from 'vitest';
import { isMeaningfulWord } from '../../src/assistant/filters.js';
import { tokenSpans } from '../../src/assistant/phrases.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import { words } from '../../src/search/analysis.js';
import { loadDev } from '../eval/evaluate.js';

describe('whether a word means anything', () => {
  it('is what words() says of it, remembered or not', () => {
    const devWords = loadDev().flatMap(({ q }) => tokenSpans(readUtterance(q).apart).map((t) => t.token));
    // Words joined from two dev words: more distinct words than the memory keeps.
    const random = Array.from({ length: 8_000 }, (_, i) => `${devWords[i % devWords.length] ?? ''}${devWords[(i * 7_919) % devWords.length] ?? ''}`);
    let checked = 0;
    for (const round of [1, 2, 3]) {
      for (const word of [...devWords, ...random]) {
        if (isMeaningfulWord(word) !== words(word).length > 0) expect.fail(`${JSON.stringify(word)} differs (round ${round})`);
        checked++;
      }
    }
    expect(new Set(random).size).toBeGreaterThan(5_000);
    expect(checked).toBeGreaterThan(3 * 20_000);
  });
});
