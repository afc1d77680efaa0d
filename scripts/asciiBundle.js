// Makes a bundle's JavaScript pure ASCII. esbuild escapes non-ASCII characters in strings and names, but not in
// regular expression literals ("heiße", "’", "–"): one such character makes V8 hold the whole chunk (7.9 MB) as a
// two-byte string, which it decodes and scans more slowly at every start (docs/performance.md, "The bundle in ASCII").
// Every non-ASCII character inside a regular expression literal becomes its \u escape, which means the same
// character there; the source map's columns after it are shifted to match. Anything else (a template literal,
// a character escaped by a backslash) is left as it is: correct, only slower.
// Plain JavaScript: it runs in scripts/build.js, before anything is built.
import { parse } from 'acorn';
import { decode, encode } from '@jridgewell/sourcemap-codec';

const NON_ASCII = /[^\p{ASCII}]/u;

/** The \u escape of one character inside a regular expression with these flags (astral: \u{…} with u or v, else its surrogates). */
function escapeInRegExp(char, flags) {
  const code = char.codePointAt(0);
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  if (flags.includes('u') || flags.includes('v')) return `\\u{${code.toString(16)}}`;
  return char.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/**
 * The code with the non-ASCII characters of its regular expression literals escaped, and where each escape was
 * put (offset in the original code, characters added), for the source map.
 * @param {string} code
 * @returns {{ code: string, shifts: Array<{ at: number, added: number }> }}
 */
export function asciiRegExps(code) {
  if (!NON_ASCII.test(code)) return { code, shifts: [] };
  const literals = [];
  parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onToken: (token) => {
      if (token.type.label === 'regexp' && NON_ASCII.test(code.slice(token.start, token.end))) literals.push(token);
    },
  });
  const parts = [];
  const shifts = [];
  let from = 0;
  for (const literal of literals) {
    const { flags } = literal.value;
    const source = code.slice(literal.start, literal.end);
    let escaped = '';
    let offset = 0;
    for (const char of source) {
      const backslashes = /\\*$/u.exec(escaped)?.[0].length ?? 0;
      // "\é" (an identity escape) must stay one escape: left as it is.
      if (NON_ASCII.test(char) && backslashes % 2 === 0) {
        const replacement = escapeInRegExp(char, flags);
        shifts.push({ at: literal.start + offset + char.length, added: replacement.length - char.length });
        escaped += replacement;
      } else {
        escaped += char;
      }
      offset += char.length;
    }
    parts.push(code.slice(from, literal.start), escaped);
    from = literal.end;
  }
  parts.push(code.slice(from));
  return { code: parts.join(''), shifts };
}

/**
 * Shifts the generated columns of a source map (v3) for escapes put into its code.
 * @param {{ mappings: string }} map
 * @param {string} code the original code (before the escapes)
 * @param {Array<{ at: number, added: number }>} shifts
 */
export function shiftMap(map, code, shifts) {
  if (shifts.length === 0) return map;
  // Line and column (UTF-16 units, as source maps count) of each escape.
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const byLine = new Map();
  let line = 0;
  for (const shift of shifts) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= shift.at) line++;
    const list = byLine.get(line) ?? [];
    list.push({ column: shift.at - lineStarts[line], added: shift.added });
    byLine.set(line, list);
  }
  const lines = decode(map.mappings);
  for (const [index, list] of byLine) {
    const segments = lines[index];
    if (!segments) continue;
    for (const segment of segments) {
      segment[0] += list.reduce((sum, s) => (s.column <= segment[0] ? sum + s.added : sum), 0);
    }
  }
  return { ...map, mappings: encode(lines) };
}
