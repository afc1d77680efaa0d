// Proves from a regular expression's syntax tree (regexpp, the parser ESLint uses) that every string it
// can match contains a match of a gate pattern — so a text the gate rejects cannot match it. Sound, not
// complete: where it cannot tell (\p{L}, ".", negated classes, unbounded repeats of long texts) it
// says "not proven". Assertions (\b, lookarounds, ^, $) are read as matching the empty string: that
// only adds strings to the language, so whatever holds for the larger language holds for the pattern.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** Finite languages are spelt out up to this many strings; longer ones fall back to their parts. */
const MAX_STRINGS = 5_000;

interface Language {
  /** Every string the node can match, when that is a small finite set. */
  strings?: string[];
  /** Every string the node can match contains a gate match. */
  proven: boolean;
}

export function everyMatchContains(pattern: RegExp, gate: RegExp): boolean {
  const literal = parseRegExpLiteral(pattern);
  if (literal.flags.ignoreCase) throw new Error(`${pattern}: the i flag is not handled`);
  const covered = (s: string) => new RegExp(gate.source, gate.flags.replace('g', '')).test(s);
  return disjunction(literal.pattern.alternatives, covered).proven;
}

function spelt(strings: string[], covered: (s: string) => boolean): Language {
  return { strings, proven: strings.every(covered) };
}

function disjunction(alternatives: AST.Alternative[], covered: (s: string) => boolean): Language {
  const each = alternatives.map((a) => sequence(a.elements, covered));
  const strings = each.every((l) => l.strings) ? each.flatMap((l) => l.strings ?? []) : undefined;
  if (strings && strings.length <= MAX_STRINGS) return spelt([...new Set(strings)], covered);
  return { proven: each.every((l) => l.proven) };
}

function product(parts: string[][]): string[] | undefined {
  let result = [''];
  for (const part of parts) {
    if (result.length * part.length > MAX_STRINGS) return undefined;
    result = result.flatMap((head) => part.map((tail) => head + tail));
  }
  return result;
}

/** A sequence is proven when one element is, or when the spelt-out strings of some adjacent elements all are. */
function sequence(elements: AST.Element[], covered: (s: string) => boolean): Language {
  const each = elements.map((e) => element(e, covered));
  const whole = each.every((l) => l.strings) ? product(each.map((l) => l.strings ?? [])) : undefined;
  if (whole) return spelt(whole, covered);
  if (each.some((l) => l.proven)) return { proven: true };
  for (let from = 0; from < each.length; from++) {
    for (let to = from + 2; to <= each.length; to++) {
      const run = each.slice(from, to);
      if (!run.every((l) => l.strings)) break;
      const strings = product(run.map((l) => l.strings ?? []));
      if (strings?.every(covered)) return { proven: true };
    }
  }
  return { proven: false };
}

function element(node: AST.Element, covered: (s: string) => boolean): Language {
  switch (node.type) {
    case 'Character':
      return spelt([String.fromCodePoint(node.value)], covered);
    case 'CharacterSet':
      return node.kind === 'digit' && !node.negate ? spelt([...'0123456789'], covered) : { proven: false };
    case 'CharacterClass': {
      if (node.negate) return { proven: false };
      const chars: string[] = [];
      for (const e of node.elements) {
        if (e.type === 'Character') chars.push(String.fromCodePoint(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 64) {
          for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c));
        } else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) chars.push(...'0123456789');
        else return { proven: false };
      }
      return spelt(chars, covered);
    }
    case 'Group':
    case 'CapturingGroup':
      return disjunction(node.alternatives, covered);
    case 'Quantifier': {
      const inner = element(node.element, covered);
      if (inner.strings && Number.isFinite(node.max)) {
        const strings: string[] = [];
        for (let n = node.min; n <= node.max; n++) {
          const repeated = product(Array.from({ length: n }, () => inner.strings ?? []));
          if (!repeated || strings.length + repeated.length > MAX_STRINGS) return { proven: node.min >= 1 && inner.proven };
          strings.push(...repeated);
        }
        return spelt(strings, covered);
      }
      return { proven: node.min >= 1 && inner.proven };
    }
    case 'Assertion':
      return spelt([''], covered);
    default:
      // Backreferences and anything newer: nothing is known about what they match.
      return { proven: false };
  }
}
