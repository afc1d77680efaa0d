// The registration enquiry: its type and the validation that turns untrusted input (card, text
// dialog, outbox) into a clean Enquiry or German errors. The fields themselves live in fields.ts.
import { cleanLine } from './clean.js';
import { FIELDS, fieldMessages, fieldSpec, LIMITS, validateAccessibilityNote, type Check, type EnquiryField } from './fields.js';

export { cleanLine, cleanText, isEmailAddress } from './clean.js';
export { accessibilityChoices, fieldLabels, LIMITS, type EnquiryField } from './fields.js';

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

/** Validates one field as typed in the text dialog or the card; optional fields accept ''. */
export function validateField(field: EnquiryField, value: string): Check {
  return fieldSpec(field).validate(value);
}

const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Validates a whole enquiry; errors are keyed by field id (plus accessibilityNote and seminar), in Leichte Sprache when `easy`. */
export function validateEnquiry(input: Record<string, unknown>, easy = false): { ok: true; enquiry: Enquiry } | { ok: false; errors: Partial<Record<string, string>> } {
  const errors: Partial<Record<string, string>> = {};
  const values: Partial<Record<EnquiryField, string>> = {};
  for (const spec of FIELDS) {
    if (spec.id === 'accessibility' || spec.id === 'consent') continue;
    const check = spec.validate(asString(input[spec.id]), easy);
    if (check.ok) values[spec.id] = check.value;
    else errors[spec.id] = check.message;
  }

  const rawNeeds = Array.isArray(input.accessibilityNeeds) ? input.accessibilityNeeds : [];
  const needs = validateField('accessibility', rawNeeds.map(asString).join(','));
  if (!needs.ok || !rawNeeds.every((n) => typeof n === 'string' && !n.includes(','))) errors.accessibility = easy ? fieldMessages.accessibilityUnknown.easy : fieldMessages.accessibilityUnknown.normal;

  const note = validateAccessibilityNote(asString(input.accessibilityNote), easy);
  if (!note.ok) errors.accessibilityNote = note.message;

  const consent = input.consent === true || input.consent === 'true';
  if (!consent) errors.consent = easy ? fieldMessages.consentRequired.easy : fieldMessages.consentRequired.normal;

  const seminarId = cleanLine(asString(input.seminarId));
  const seminarTitle = cleanLine(asString(input.seminarTitle));
  const seminarDate = cleanLine(asString(input.seminarDate));
  const seminarOk = [seminarId, seminarTitle].every((s) => s !== '' && s.length <= LIMITS.seminar) && seminarDate.length <= LIMITS.seminar;
  if (!seminarOk) errors.seminar = easy ? fieldMessages.seminarMissing.easy : fieldMessages.seminarMissing.normal;

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

