// Turning untrusted typed text into one clean line or a clean multi-line text, and the strict
// e-mail address check every address passes before it is stored or used as Reply-To.

// Invisible characters that can disguise text (bidi overrides, zero-width, BOM); never needed in a form.
const INVISIBLE = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** One line of text: NFC, no control or invisible characters, whitespace collapsed. */
export function cleanLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .trim();
}

/** Multi-line text: line breaks kept (as \n, at most one blank line), other control characters removed. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[^\P{Cc}\n]/gu, '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const MAX_EMAIL = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Deliberately stricter than RFC 5322: no quoted local parts, comments, IP literals, spaces, commas or
 * angle brackets — anything that could split into several recipients or a header never passes.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL || /[\s,;<>"()[\]\\]/u.test(value)) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(tld);
}
