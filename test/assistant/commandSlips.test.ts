// A short message's words are held against the command words for a slip of a letter ("neustrat", "hilef"),
// and the word meant is remembered per word (commandWordMeant, bounded). This test holds the remembered word
// to the one worked out afresh: for every word of every dev question's folded form, every command word with
// a letter changed, dropped or doubled, and more words than the memory keeps (so it is cleared on the way),
// each asked three times.
import { describe, expect, it } from 'vitest';
import { commandIn, commandWordMeant, commandWordMeantAfresh } from '../../src/assistant/commands.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import { loadDev } from '../eval/evaluate.js';

const COMMAND_WORDS = ['hilfe', 'neustart', 'starten', 'abbrechen', 'vergessen', 'leichte', 'einfacher', 'sprache', 'normale', 'einschalten', 'bitte', 'alles'];

describe('a command word typed with a slip', () => {
  it('is the word worked out afresh, remembered or not', () => {
    const devWords = loadDev().flatMap(({ q }) => readUtterance(q).tokens);
    const slips = COMMAND_WORDS.flatMap((w) => [...w].flatMap((_, i) => [w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + 'x' + w.slice(i + 1), w.slice(0, i) + w[i] + w.slice(i)]));
    const random = Array.from({ length: 6_000 }, (_, i) => `${devWords[i % devWords.length] ?? ''}${devWords[(i * 7_919) % devWords.length] ?? ''}`);
    let checked = 0;
    let mended = 0;
    for (const round of [1, 2, 3]) {
      for (const word of [...devWords, ...slips, ...random]) {
        const meant = commandWordMeant(word);
        if (meant !== commandWordMeantAfresh(word)) expect.fail(`${JSON.stringify(word)} differs (round ${round})`);
        if (meant !== word) mended++;
        checked++;
      }
    }
    expect(new Set(random).size).toBeGreaterThan(5_000);
    expect(mended).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(3 * 20_000);
  });

  it('still makes a command of a short message typed with slips', () => {
    expect(commandIn('neustrat')).toEqual({ action: 'restart' });
    expect(commandIn('leichte sprahce')).toEqual({ action: 'easy', on: true });
    expect(commandIn('Das hilft')).toBeUndefined();
  });
});
