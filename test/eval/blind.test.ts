// The blind test split (and the blind-written dev questions) are only evidence if their questions are
// the ones frozen before labelling: recompute each frozen file's hash and check every labelled question
// against its line.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const devblind = join(import.meta.dirname, 'devblind');
const blind = join(import.meta.dirname, 'blind');

/** Every labelled file of a folder: a set added there is checked without being named here (Y and Z once were not). */
function labelledIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Title, folder of the frozen files and the README with their hashes, folder of the labelled files, names. */
const splits: Array<[string, string, string, string[]]> = [
  ['blind test split', blind, blind, labelledIn(blind)],
  ['blind-written dev questions', devblind, devblind, labelledIn(devblind)],
  ['second labellings of blind-written dev questions (label agreement)', devblind, join(devblind, 'second'), labelledIn(join(devblind, 'second'))],
  ['second labellings of the test split (label agreement, figures only)', blind, join(blind, 'second'), labelledIn(join(blind, 'second'))],
];

it('every labelled set is checked, the test split\'s and dev\'s (the lists come from the folders)', () => {
  expect(labelledIn(blind)).toEqual(['A', 'B', 'E', 'F', 'M', 'N', 'X']);
  expect(labelledIn(devblind)).toEqual(['AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AV', 'AW', 'AX', 'AY', 'AZ', 'BA', 'BB', 'BC', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BK', 'BL', 'BM', 'BN', 'BO', 'BP', 'BQ', 'BR', 'BS', 'BT', 'BU', 'BV', 'BW', 'BX', 'BY', 'BZ', 'C', 'CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'D', 'G', 'H', 'I', 'J', 'K', 'L', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'Y', 'Z']);
});

for (const [title, dir, labelledDir, names] of splits) describe(title, () => {
  for (const name of names) {
    it(`${name}: the labelled questions are exactly the frozen, hashed ones`, () => {
      const tsv = readFileSync(join(dir, 'frozen', `${name}.tsv`));
      const hash = createHash('sha256').update(tsv).digest('hex');
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      expect(readme).toContain(`${hash}  ${name}.tsv`);

      const labelled = parse(readFileSync(join(labelledDir, `${name}.yaml`), 'utf8')) as { source: string; questions: Array<{ q: string; kind: string; style: string }> };
      expect(labelled.source).toContain(hash);
      const lines = tsv.toString('utf8').split('\n').filter((line) => line !== '');
      expect(labelled.questions).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        const [kind, style, q] = line.split('\t');
        expect(labelled.questions[i]).toMatchObject({ q, kind, style });
      });
    });
  }
});
