// RFC 5545 §3.1: content lines are at most 75 octets, longer ones are folded with CRLF and one space.
// The `ics` package folds after 75 *characters*, so a line with umlauts or dashes grows past 75
// octets; this refolds by octets and never splits a UTF-8 sequence (a character stays whole).

const MAX_OCTETS = 75;

/** The same calendar with every line folded at 75 octets. */
export function foldIcsLines(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => foldLine(line))
    .join('\r\n');
}

function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line starts with a space, which counts towards its 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
