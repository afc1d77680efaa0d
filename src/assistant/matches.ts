// Every match of a global pattern, as String.prototype.matchAll gives them — without the copy of the
// pattern matchAll makes on each call. The phrase matchers, period rules and cues ask hundreds of
// patterns per turn, most of them matching nothing; the copy was most of that cost.

/**
 * The matches of `pattern` in `text`, in order, exactly as `[...text.matchAll(pattern)]` (starting at
 * the pattern's lastIndex, an empty match moving on by one character or code point). The pattern's
 * lastIndex is left as it was.
 */
export function everyMatch(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('everyMatch needs a global pattern');
  const start = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      matches.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || (pattern as { unicodeSets?: boolean }).unicodeSets === true);
    }
  } finally {
    pattern.lastIndex = start;
  }
  return matches;
}

/** The index after the character at `index`: a whole code point in Unicode mode (AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}
