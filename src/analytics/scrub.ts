// Removes personal data from a question before it is stored for the education team: e-mail addresses,
// links, IBANs, phone numbers, long digit runs, enquiry numbers and names after "ich heiße …".
// It errs on the side of removing too much: a lost word costs less than a kept name.

/** What a removed part is replaced with, so the team still sees that something was there. */
export const PLACEHOLDER = {
  email: '[E-Mail]',
  link: '[Link]',
  iban: '[IBAN]',
  phone: '[Telefon]',
  number: '[Zahl]',
  name: '[Name]',
  enquiry: '[Anfragenummer]',
} as const;

/** Longest question kept; anything after it is cut off. */
export const MAX_QUESTION_CHARS = 300;

const L = '\\p{L}\\p{M}';
const NAME_WORD = `[${L}][${L}'’.-]*`;
const CAPITALISED = `\\p{Lu}[${L}'’-]*`;

// Words that end a name after "ich heiße …" (people type names in lower case on phones, so case alone is not enough).
const NOT_A_NAME = new Set(
  'und oder aber aus ich bin komme arbeite wohne bei in im am an für fuer als wie was wo wann warum wer welche welcher habe hätte haette möchte moechte will würde wuerde kann könnte koennte muss soll und, from and i am the bitte danke hallo hi frage mal'.split(' '),
);

const rules: Array<{ pattern: RegExp; replace: string | ((...m: string[]) => string) }> = [
  // user@sub.example.de, jürgen.müller@bildung.kommune-inklusiv.de, "erika (at) example (dot) de"
  { pattern: new RegExp(`[${L}\\p{N}._%+'-]+\\s*(?:@|\\(at\\)|\\[at\\]|\\s(?:at|ät)\\s)\\s*[${L}\\p{N}-]+(?:(?:\\.|\\s*(?:\\(dot\\)|\\[dot\\]|\\(punkt\\))\\s*)[${L}\\p{N}-]+)+`, 'giu'), replace: PLACEHOLDER.email },
  { pattern: /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+/giu, replace: PLACEHOLDER.link },
  { pattern: new RegExp(`\\b[${L}\\p{N}-]+(?:\\.[${L}\\p{N}-]+)*\\.(?:de|com|org|net|eu|info|at|ch|io|app|online)\\b(?:/[^\\s<>"]*)?`, 'giu'), replace: PLACEHOLDER.link },
  // Enquiry numbers lead to the mail with the person's name and address.
  { pattern: /\bIP-\d{4}-[A-Z0-9]{6}\b/giu, replace: PLACEHOLDER.enquiry },
  // DE89 3704 0044 0532 0130 00, DE89370400440532013000, AT61 1904 3002 3457 3201
  { pattern: /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{2,4}){3,8}\b/giu, replace: PLACEHOLDER.iban },
  // +49 (0) 911 123-45, 0049 911 12345, +49-176-1234567
  { pattern: /(?:\+|\b00)\d{1,3}[\s./-]*(?:\(0\)[\s./-]*)?\d(?:[\s./()-]*\d){3,}/gu, replace: PLACEHOLDER.phone },
  // 0911/12345, 030 1234567, (0911) 12 34 56, 0176-1234567
  { pattern: /(?:\(0\d{2,5}\)|\b0\d{2,5})(?:[\s/.-]*\d){4,}/gu, replace: PLACEHOLDER.phone },
  // Customer numbers, postcodes, birth dates written as digits: runs of five and more digits.
  { pattern: /\b\d(?:[\s./-]?\d){4,}\b/gu, replace: PLACEHOLDER.number },
  // Names after "ich heiße", "mein Name ist", "Name:", "hier spricht/ist/schreibt": up to three words in any case.
  {
    pattern: new RegExp(`\\b(ich\\s+hei(?:ß|ss)e|mein\\s+name\\s+(?:ist|lautet)|name\\s*:|hier\\s+(?:spricht|ist|schreibt)|my\\s+name\\s+is|i\\s+am\\s+called)(\\s+)((?:${NAME_WORD})(?:\\s+${NAME_WORD}){0,2})`, 'giu'),
    replace: (_all: string, cue: string, space: string, name: string) => `${cue}${space}${nameOnly(name)}`,
  },
  // "ich bin Erika Mustermann" (two capitalised words; "ich bin Koordinatorin" stays), "Frau Müller", greetings with a name.
  { pattern: new RegExp(`\\b(ich\\s+bin|i\\s+am|i'm)(\\s+)(${CAPITALISED}(?:\\s+(?:von|van|de|zu)\\s+|\\s+)${CAPITALISED}(?:\\s+${CAPITALISED})?)`, 'gu'), replace: (_all: string, cue: string, space: string) => `${cue}${space}${PLACEHOLDER.name}` },
  { pattern: new RegExp(`\\b(Frau|Herr|Herrn|Dr\\.|Prof\\.)(\\s+)(?:(?:Dr\\.|Prof\\.)\\s+)*${CAPITALISED}(?:[\\s-]+${CAPITALISED})?`, 'gu'), replace: (_all: string, cue: string, space: string) => `${cue}${space}${PLACEHOLDER.name}` },
  {
    pattern: new RegExp(`\\b((?:viele|liebe|beste|herzliche|freundliche)\\s+gr(?:ü|ue)(?:ß|ss)e|mit\\s+freundlichen\\s+gr(?:ü|ue)(?:ß|ss)en|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|cheers|regards)([\\s,]+)(${NAME_WORD}(?:\\s+${NAME_WORD})?)(?=[\\s,.!]*(?:\\[[^\\]]+\\][\\s,.!]*)*$)`, 'giu'),
    replace: (_all: string, cue: string, space: string) => `${cue}${space}${PLACEHOLDER.name}`,
  },
];

/** The name part after a cue, up to the first word that is clearly not a name ("und", "aus", "ich", …). */
function nameOnly(candidate: string): string {
  const words = candidate.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (NOT_A_NAME.has(word.toLowerCase().replace(/[.,!?;:]+$/, ''))) break;
    kept.push(word);
  }
  if (kept.length === 0) return candidate;
  const rest = words.slice(kept.length).join(' ');
  const trailing = /[.,!?;:]+$/.exec(kept[kept.length - 1] ?? '')?.[0] ?? '';
  return `${PLACEHOLDER.name}${trailing}${rest ? ` ${rest}` : ''}`;
}

/** The question with personal data replaced by placeholders, whitespace collapsed, cut to MAX_QUESTION_CHARS. */
export function scrubPersonalData(text: string): string {
  let out = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const rule of rules) out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
  return out.slice(0, MAX_QUESTION_CHARS);
}
