// The registration enquiry: its type, the German field labels and accessibility choices, and the
// validation that turns untrusted input (card, text dialog) into a clean Enquiry or German errors.

export type EnquiryField = 'name' | 'email' | 'organisation' | 'role' | 'phone' | 'accessibility' | 'message' | 'consent';

export interface Enquiry {
  seminarId: string;
  seminarTitle: string;
  seminarDate: string;
  name: string;
  email: string;
  organisation: string;
  role: string;
  phone?: string;
  accessibilityNeeds: string[];
  accessibilityNote?: string;
  message?: string;
  waitingList: boolean;
  consent: true;
}

export const fieldLabels: Record<EnquiryField | 'accessibilityNote', string> = {
  name: 'Name',
  email: 'E-Mail-Adresse',
  organisation: 'Organisation / Kommune',
  role: 'Rolle',
  phone: 'Telefon (optional)',
  accessibility: 'Barrierefreiheit: was brauchen Sie?',
  accessibilityNote: 'Weitere Bedarfe (optional)',
  message: 'Nachricht (optional)',
  consent: 'Einwilligung',
};

/**
 * Common support needs. Keywords are matched as substrings of case- and umlaut-folded text, so they
 * avoid fragments that hide inside everyday words ("vielleicht", "Erleichterung", "Unterschrift").
 */
export const accessibilityChoices: ReadonlyArray<{ value: string; title: string; keywords: string[] }> = [
  {
    value: 'leichte-sprache',
    title: 'Leichte Sprache',
    keywords: ['leichte sprache', 'leichter sprache', 'leichten sprache', 'einfache sprache', 'einfacher sprache', 'leicht verstaendlich'],
  },
  { value: 'dgs', title: 'Gebärdensprachdolmetschung (DGS)', keywords: ['dgs', 'gebaerden', 'gebarden', 'gehoerlos'] },
  { value: 'schriftdolmetschung', title: 'Schriftdolmetschung', keywords: ['schriftdolmetsch', 'schreibdolmetsch', 'untertitel', 'schrift dolmetsch'] },
  {
    value: 'barrierefreier-zugang',
    title: 'Barrierefreier Zugang',
    keywords: ['rollstuhl', 'barrierefrei', 'stufenlos', 'aufzug', 'rampe', 'rollator'],
  },
  { value: 'assistenz', title: 'Assistenz', keywords: ['assistenz', 'begleitperson', 'begleitung'] },
];

export const LIMITS = { name: 120, email: 254, organisation: 200, role: 120, phone: 40, accessibilityNote: 500, message: 2000, seminar: 300 } as const;

type Check = { ok: true; value: string } | { ok: false; message: string };

const messages = {
  nameRequired: 'Bitte geben Sie Ihren Namen an (Vor- und Nachname).',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.',
  organisationRequired: 'Bitte geben Sie Ihre Organisation oder Kommune an, z. B. Stadt Erlangen.',
  phoneInvalid: 'Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - / an, z. B. 0911 123456.',
  accessibilityUnknown: 'Bitte wählen Sie die Unterstützung aus der Liste aus und beschreiben Sie anderes unter „Weitere Bedarfe“.',
  consentRequired: 'Bitte stimmen Sie zu, dass Ihre Angaben für diese Anfrage verarbeitet werden – sonst können wir sie nicht weitergeben.',
  seminarMissing: 'Bitte wählen Sie ein Seminar aus.',
  tooLong: (label: string, max: number) => `Bitte kürzen Sie „${label}“ auf höchstens ${max} Zeichen.`,
};

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

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Deliberately stricter than RFC 5322: no quoted local parts, comments, IP literals, spaces, commas or
 * angle brackets — anything that could split into several recipients or a header never passes.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > LIMITS.email || /[\s,;<>"()[\]\\]/u.test(value)) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(tld);
}

function limited(field: EnquiryField | 'accessibilityNote', value: string, max: number): Check {
  const label = fieldLabels[field].replace(/ \(optional\)$/, '');
  return [...value].length > max ? { ok: false, message: messages.tooLong(label, max) } : { ok: true, value };
}

/** Validates one field as typed in the text dialog or the card; optional fields accept ''. */
export function validateField(field: EnquiryField, value: string): Check {
  switch (field) {
    case 'name': {
      const v = cleanLine(value);
      if (!/\p{L}/u.test(v)) return { ok: false, message: messages.nameRequired };
      return limited('name', v, LIMITS.name);
    }
    case 'email': {
      const v = cleanLine(value);
      return isEmailAddress(v) ? { ok: true, value: v } : { ok: false, message: messages.emailInvalid };
    }
    case 'organisation': {
      const v = cleanLine(value);
      if (!/[\p{L}\p{N}]/u.test(v)) return { ok: false, message: messages.organisationRequired };
      return limited('organisation', v, LIMITS.organisation);
    }
    case 'role':
      return limited('role', cleanLine(value), LIMITS.role);
    case 'phone': {
      const v = cleanLine(value);
      if (v === '') return { ok: true, value: '' };
      if (v.length > LIMITS.phone) return limited('phone', v, LIMITS.phone);
      const digits = v.replace(/\D/g, '').length;
      return /^\+?[0-9 ()/.-]+$/.test(v) && digits >= 3 ? { ok: true, value: v } : { ok: false, message: messages.phoneInvalid };
    }
    case 'accessibility': {
      const values = cleanLine(value)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!values.every((v) => accessibilityChoices.some((c) => c.value === v))) return { ok: false, message: messages.accessibilityUnknown };
      return { ok: true, value: [...new Set(values)].join(',') };
    }
    case 'message':
      return limited('message', cleanText(value), LIMITS.message);
    case 'consent':
      return cleanLine(value).toLowerCase() === 'true' ? { ok: true, value: 'true' } : { ok: false, message: messages.consentRequired };
  }
}

const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Validates a whole enquiry; errors are keyed by field id (plus accessibilityNote and seminar). */
export function validateEnquiry(input: Record<string, unknown>): { ok: true; enquiry: Enquiry } | { ok: false; errors: Partial<Record<string, string>> } {
  const errors: Partial<Record<string, string>> = {};
  const values: Partial<Record<EnquiryField, string>> = {};
  for (const field of ['name', 'email', 'organisation', 'role', 'phone', 'message'] as const) {
    const check = validateField(field, asString(input[field]));
    if (check.ok) values[field] = check.value;
    else errors[field] = check.message;
  }

  const rawNeeds = Array.isArray(input.accessibilityNeeds) ? input.accessibilityNeeds : [];
  const needs = validateField('accessibility', rawNeeds.map(asString).join(','));
  if (!needs.ok || !rawNeeds.every((n) => typeof n === 'string' && !n.includes(','))) errors.accessibility = messages.accessibilityUnknown;

  const note = limited('accessibilityNote', cleanText(asString(input.accessibilityNote)), LIMITS.accessibilityNote);
  if (!note.ok) errors.accessibilityNote = note.message;

  const consent = input.consent === true || input.consent === 'true';
  if (!consent) errors.consent = messages.consentRequired;

  const seminarId = cleanLine(asString(input.seminarId));
  const seminarTitle = cleanLine(asString(input.seminarTitle));
  const seminarDate = cleanLine(asString(input.seminarDate));
  const seminarOk = [seminarId, seminarTitle].every((s) => s !== '' && s.length <= LIMITS.seminar) && seminarDate.length <= LIMITS.seminar;
  if (!seminarOk) errors.seminar = messages.seminarMissing;

  if (Object.keys(errors).length > 0 || !needs.ok || !note.ok) return { ok: false, errors };
  const enquiry: Enquiry = {
    seminarId,
    seminarTitle,
    seminarDate,
    name: values.name ?? '',
    email: values.email ?? '',
    organisation: values.organisation ?? '',
    role: values.role ?? '',
    ...(values.phone ? { phone: values.phone } : {}),
    accessibilityNeeds: needs.value === '' ? [] : needs.value.split(','),
    ...(note.value ? { accessibilityNote: note.value } : {}),
    ...(values.message ? { message: values.message } : {}),
    waitingList: input.waitingList === true,
    consent: true,
  };
  return { ok: true, enquiry };
}
