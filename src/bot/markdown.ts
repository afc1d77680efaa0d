// Card and message text is Markdown in Web Chat and Teams. Data (titles, dates, role names) must
// arrive as written: "9. Februar 2027" at a line start is not a numbered list, "Referent*innen
// und Trainer*innen" is not italic. One place decides how text becomes safe Markdown.

const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';

/**
 * Data as literal Markdown: every character that could start emphasis, a link or code is escaped,
 * and so is whatever would make a line a heading, quote or list. Separate lines stay separate
 * (a single line break would be joined into one paragraph).
 */
export function escapeMarkdown(text: string): string {
  return NOTHING_TO_ESCAPE.test(text) && !LINE_START_TO_ESCAPE.test(text) ? text : escapeMarkdownLines(text);
}

// Most card texts (titles, when-lines, reasons) are one line with nothing to escape: then
// escapeMarkdownLines would give the text back unchanged, after a split, three replaces and a join
// per line (a look-up card has ~15 of them). One line, not blank, none of the characters the
// replaces touch, and no line start they would escape.
const NOTHING_TO_ESCAPE = /^(?=.*\S)[^\\`*_[\]\r\n]*$/;
const LINE_START_TO_ESCAPE = /^(?:\s*(?:[#>]|[-+](?=\s|$))|\s*\d+[.)](?=\s|$))/;

/** escapeMarkdown for any text, line by line. */
export function escapeMarkdownLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .replace(/[\\`*_[\]]/g, '\\$&')
        .replace(/^(\s*)([#>]|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n\n');
}

/**
 * Authored Markdown (FAQ answers, the assistant's sentences with **bold**): the author's emphasis,
 * links and lists stay; the gender star between letters ("Koordinator*innen") and a date at a
 * line start ("9. Februar 2027 …") are escaped, so they are shown as written. Lines become
 * paragraphs; list items stay lists.
 */
export function authoredMarkdown(text: string): string {
  const protectedText = text
    .replace(/(?<=\p{L})\*(?=\p{L})/gu, '\\*')
    .replace(/(?<=\p{L})_(?=\p{L})/gu, '\\_')
    .replace(DATE_AT_LINE_START, '$1\\.');
  return lineBreaks(protectedText);
}

// Built once: every FAQ and text reply goes through authoredMarkdown (replace() resets lastIndex).
const DATE_AT_LINE_START = new RegExp(`^(\\s*\\d{1,2})\\.(?= (?:${MONTHS})\\b)`, 'gmu');

/**
 * A single line break in our texts means a new line (Leichte Sprache: one sentence per line), but
 * Markdown would join the lines into one paragraph. Lines become paragraphs; lists stay lists.
 */
export function lineBreaks(text: string): string {
  const item = /^\s*(?:[-*]|\d+\.)\s/;
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      if (next === undefined || line.trim() === '' || next.trim() === '' || item.test(next)) return `${line}\n`;
      return `${line}\n\n`;
    })
    .join('')
    .replace(/\n$/, '');
}

/**
 * Markdown as plain text: for SMS-like channels, `speak` and card fallback text. Each mark is looked
 * for only when its character is in the text: a list card's plain text (~1,500 characters, rarely a
 * star) went through the star pattern's Unicode search at every position, ~10 % of a recommendation
 * turn's respond() and rendering (profiled 2026-12-01). A pattern whose character is absent matches
 * nothing, so the result is the same.
 */
export function stripMarkdown(text: string): string {
  let plain = text;
  if (plain.includes('**')) plain = plain.replace(/\*\*(.+?)\*\*/g, '$1');
  if (plain.includes('__')) plain = plain.replace(/__(.+?)__/g, '$1');
  if (mayOpenEmphasis(plain)) plain = plain.replace(/(^|[^\p{L}\\*])\*(\S(?:.*?\S)?)\*(?![\p{L}*])/gu, '$1$2');
  if (plain.includes('](')) plain = plain.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`));
  if (plain.includes('#')) plain = plain.replace(/^#+\s*/gm, '');
  return plain.includes('-') || plain.includes('*') ? plain.replace(/^\s*[-*]\s+/gm, '– ') : plain;
}

/**
 * Whether a star could open *emphasis*: one at the start or after a character that is no letter, backslash
 * or star — what the emphasis pattern's first part needs. Gender stars ("Koordinator*innen", in many
 * role names and reasons) follow a letter and cannot.
 */
function mayOpenEmphasis(text: string): boolean {
  for (let at = text.indexOf('*'); at !== -1; at = text.indexOf('*', at + 1)) {
    if (at === 0) return true;
    const before = text[at - 1] as string;
    if (before !== '\\' && before !== '*' && !LETTER.test(before)) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;
