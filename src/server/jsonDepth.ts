// JSON nesting depth, measured on the text before parsing: deeply nested values crash every
// recursive consumer later (JSON.stringify, structured clone, validators) with a stack overflow.

/** The maximum nesting accepted anywhere: Adaptive Card submits and bot replies stay far below it. */
export const MAX_JSON_DEPTH = 64;

/** True when arrays/objects in `text` nest deeper than `max`; strings and escapes are skipped. */
export function exceedsJsonDepth(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
