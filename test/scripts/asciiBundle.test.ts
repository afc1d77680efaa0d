// The bundle's regular expressions written in ASCII (scripts/asciiBundle.js) must match exactly what they matched
// before: "ich heiße", "Koordinator’innen" and "–" are read by patterns of the understanding.
import { decode } from '@jridgewell/sourcemap-codec';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { asciiRegExps, shiftMap } from '../../scripts/asciiBundle.js';

const NON_ASCII = /[^\p{ASCII}]/u;

/** The values of a script that ends in an expression, evaluated. */
const evaluate = (code: string): unknown => new Function(`return ${code}`)();

describe('regular expression literals written in ASCII', () => {
  const source = `[
    /ich hei(?:ß|ss)e/i,
    /[’'](?:s|n)\\b/g,
    /[.!?…]+$/,
    /^[-–—/.]+$/,
    /\\p{L}+ – \\p{L}+/u,
    /😀+/u,
    /😀+/,
    /[😀]/v,
    /\\é/,
    \`Straße\`,
    'Straße',
    6 / 3 / 2,
  ]`;
  const samples = ['Ich heiße Kim', 'ich heisse Kim', 'Koordinator’s', "Koordinator'n", 'Wie bitte?…', '–', '—/-', 'Nord – Süd', '😀😀', 'x😀', 'é', '\\é', 'Straße'];

  it('match the same texts as the literals they replace, and nothing else is changed', () => {
    const { code, shifts } = asciiRegExps(source);
    const before = evaluate(source) as unknown[];
    const after = evaluate(code) as unknown[];
    expect(after).toHaveLength(before.length);
    before.forEach((value, i) => {
      const changed = after[i];
      if (value instanceof RegExp && changed instanceof RegExp) {
        expect(changed.flags).toBe(value.flags);
        for (const sample of samples) {
          value.lastIndex = 0;
          changed.lastIndex = 0;
          expect([sample, changed.exec(sample)?.[0]]).toEqual([sample, value.exec(sample)?.[0]]);
        }
      } else {
        expect(changed).toEqual(value);
      }
    });
    // Only the template literal and the identity escape keep their character: each is right only as written.
    const left = [...code].filter((char) => NON_ASCII.test(char));
    expect(left.join('')).toBe('éßß');
    expect(shifts.length).toBe([...source].filter((c) => NON_ASCII.test(c)).length - 3);
  });

  it('leaves code without such characters untouched', () => {
    const code = 'const a = /x/g.test("y") / 2;';
    expect(asciiRegExps(code)).toEqual({ code, shifts: [] });
  });

  it('shifts the source map so that code after an escape still maps to its own place in the source', async () => {
    const ts = ['const cue = /ich heiße|mein name ist/;', 'export function nameOf(text: string) {', '  return cue.test(text) && /[’]s$/.test(text) ? markedName(text) : undefined;', '}', 'function markedName(t: string) { return t; }'].join('\n');
    const built = await transform(ts, { loader: 'ts', format: 'esm', minifyWhitespace: true, sourcemap: 'external', sourcefile: 'name.ts' });
    const { code, shifts } = asciiRegExps(built.code);
    const map = shiftMap(JSON.parse(built.map) as { mappings: string }, built.code, shifts);
    expect(NON_ASCII.test(code)).toBe(false);
    // Where the call of markedName after both patterns maps to, before and after the escapes.
    const original = (js: string, mappings: string) => {
      const at = js.indexOf('markedName(text)');
      const line = js.slice(0, at).split('\n').length - 1;
      const column = at - (js.lastIndexOf('\n', at - 1) + 1);
      const segment = decode(mappings)[line]?.find((s) => s[0] === column);
      return segment && [segment[2], segment[3]];
    };
    const expected = original(built.code, (JSON.parse(built.map) as { mappings: string }).mappings);
    expect(expected).toEqual([2, ts.split('\n')[2]!.indexOf('markedName(text)')]);
    expect(original(code, map.mappings)).toEqual(expected);
  });
});
