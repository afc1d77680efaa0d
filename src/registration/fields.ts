// The field table of a registration enquiry: one entry per field, with its labels in standard German
// and Leichte Sprache, whether it is required, how it is checked and cleaned, how the text dialog asks
// for it, and how it is shown in the summary and the mail. The text dialog, the card form, the
// summary, the Enquiry and the mail are all built from this table.
import { cleanLine, cleanText, isEmailAddress } from './clean.js';
import type { Enquiry } from './enquiry.js';

export type EnquiryField = 'name' | 'email' | 'organisation' | 'role' | 'phone' | 'accessibility' | 'message' | 'consent';
/** The card form has one more input than there are fields: the free text of the accessibility needs. */
export type FormInputId = EnquiryField | 'accessibilityNote';

export interface Wording {
  normal: string;
  easy: string;
}

export type Check = { ok: true; value: string } | { ok: false; message: string };
export type InputKind = 'text' | 'email' | 'tel' | 'multiline' | 'choices' | 'toggle';
export interface ShownRow {
  label: string;
  value: string;
  multiline?: boolean;
}

export interface FieldSpec {
  id: EnquiryField;
  /** The field's name in forms, summary and mail (no "*" or "(optional)": those are added where shown). */
  label: Wording;
  required: boolean;
  input: InputKind;
  maxLength?: number;
  /** How the text dialog asks for it. Optional fields say how to skip. */
  question: Wording;
  /** A short example for the card form's placeholder and for a second try in the dialog. */
  example?: string;
  /** Checks and cleans a value typed in the dialog or the card; optional fields accept ''. */
  validate(value: string): Check;
  /** The mail section this field belongs to. */
  section: 'Person' | 'Barrierefreiheit' | 'Nachricht' | 'Einwilligung';
  /** What the summary and the mail show for it, taken from the validated enquiry. */
  show(enquiry: Enquiry, consentText: string): ShownRow[];
}

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

export const fieldMessages = {
  nameRequired: 'Bitte geben Sie Ihren Namen an (Vor- und Nachname).',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.',
  organisationRequired: 'Bitte geben Sie Ihre Organisation oder Kommune an, z. B. Stadt Erlangen.',
  roleRequired: 'Bitte geben Sie Ihre Rolle im Projekt an, z. B. Netzwerkkoordinator*in, Projektleitung oder Ehrenamt.',
  phoneInvalid: 'Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - / an, z. B. 0911 123456.',
  accessibilityUnknown: 'Bitte wählen Sie die Unterstützung aus der Liste aus und beschreiben Sie anderes unter „Weitere Bedarfe“.',
  consentRequired: 'Bitte stimmen Sie zu, dass Ihre Angaben für diese Anfrage verarbeitet werden – sonst können wir sie nicht weitergeben.',
  seminarMissing: 'Bitte wählen Sie ein Seminar aus.',
  tooLong: (label: string, max: number) => `Bitte kürzen Sie „${label}“ auf höchstens ${max} Zeichen.`,
};

export const ACCESSIBILITY_NOTE = { id: 'accessibilityNote', label: 'Weitere Bedarfe', maxLength: LIMITS.accessibilityNote } as const;

const limited = (label: string, value: string, max: number): Check =>
  [...value].length > max ? { ok: false, message: fieldMessages.tooLong(label, max) } : { ok: true, value };

const dash = (value: string | undefined) => value || '–';

export const needTitles = (needs: string[]): string[] => needs.map((v) => accessibilityChoices.find((c) => c.value === v)?.title ?? v);

/** Checks the free text of the accessibility needs (card input "Weitere Bedarfe", or typed in the dialog). */
export function validateAccessibilityNote(value: string): Check {
  return limited(ACCESSIBILITY_NOTE.label, cleanText(value), LIMITS.accessibilityNote);
}

export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'name',
    label: { normal: 'Name', easy: 'Name' },
    required: true,
    input: 'text',
    maxLength: LIMITS.name,
    question: { normal: 'Wie ist Ihr Name (Vor- und Nachname)?', easy: 'Wie heißen Sie? Bitte schreiben Sie Vor-Name und Nach-Name.' },
    example: 'Erika Mustermann',
    validate(value) {
      const v = cleanLine(value);
      if (!/\p{L}/u.test(v)) return { ok: false, message: fieldMessages.nameRequired };
      return limited('Name', v, LIMITS.name);
    },
    section: 'Person',
    show: (e) => [{ label: 'Name', value: e.name }],
  },
  {
    id: 'email',
    label: { normal: 'E-Mail-Adresse', easy: 'E-Mail-Adresse' },
    required: true,
    input: 'email',
    maxLength: LIMITS.email,
    question: { normal: 'An welche E-Mail-Adresse soll das Bildungsteam antworten?', easy: 'Wie ist Ihre E-Mail-Adresse?' },
    example: 'name@kommune.de',
    validate(value) {
      const v = cleanLine(value);
      return isEmailAddress(v) ? { ok: true, value: v } : { ok: false, message: fieldMessages.emailInvalid };
    },
    section: 'Person',
    show: (e) => [{ label: 'E-Mail-Adresse', value: e.email }],
  },
  {
    id: 'organisation',
    label: { normal: 'Organisation / Kommune', easy: 'Wo Sie arbeiten' },
    required: true,
    input: 'text',
    maxLength: LIMITS.organisation,
    question: { normal: 'Für welche Organisation oder Kommune arbeiten Sie?', easy: 'Wo arbeiten Sie? Zum Beispiel: Stadt Erlangen.' },
    example: 'Stadt Erlangen',
    validate(value) {
      const v = cleanLine(value);
      if (!/[\p{L}\p{N}]/u.test(v)) return { ok: false, message: fieldMessages.organisationRequired };
      return limited('Organisation / Kommune', v, LIMITS.organisation);
    },
    section: 'Person',
    show: (e) => [{ label: 'Organisation / Kommune', value: e.organisation }],
  },
  {
    // Required: the FAQ tells people the team needs the role to place them in the right seminar.
    id: 'role',
    label: { normal: 'Rolle im Projekt', easy: 'Was Sie im Projekt machen' },
    required: true,
    input: 'text',
    maxLength: LIMITS.role,
    question: {
      normal: 'Welche Rolle haben Sie im Projekt? Zum Beispiel Netzwerkkoordinator*in, Projektleitung, Verwaltung oder Ehrenamt.',
      easy: 'Was machen Sie im Projekt? Zum Beispiel: Koordination, Verwaltung oder Ehrenamt.',
    },
    example: 'Netzwerkkoordinator*in',
    validate(value) {
      const v = cleanLine(value);
      if (!/\p{L}/u.test(v)) return { ok: false, message: fieldMessages.roleRequired };
      return limited('Rolle', v, LIMITS.role);
    },
    section: 'Person',
    show: (e) => [{ label: 'Rolle', value: e.role }],
  },
  {
    id: 'phone',
    label: { normal: 'Telefon', easy: 'Telefon-Nummer' },
    required: false,
    input: 'tel',
    maxLength: LIMITS.phone,
    question: {
      normal: 'Unter welcher Telefonnummer sind Sie erreichbar? (freiwillig – „nein“ zum Überspringen)',
      easy: 'Wie ist Ihre Telefon-Nummer? Sie müssen das nicht sagen. Dann schreiben Sie: nein.',
    },
    example: '0911 123456',
    validate(value) {
      const v = cleanLine(value);
      if (v === '') return { ok: true, value: '' };
      if (v.length > LIMITS.phone) return limited('Telefon', v, LIMITS.phone);
      const digits = v.replace(/\D/g, '').length;
      return /^\+?[0-9 ()/.-]+$/.test(v) && digits >= 3 ? { ok: true, value: v } : { ok: false, message: fieldMessages.phoneInvalid };
    },
    section: 'Person',
    show: (e) => [{ label: 'Telefon', value: dash(e.phone) }],
  },
  {
    id: 'accessibility',
    label: { normal: 'Barrierefreiheit: was brauchen Sie?', easy: 'Welche Hilfe brauchen Sie?' },
    required: false,
    input: 'choices',
    question: {
      normal: 'Brauchen Sie Unterstützung, um teilnehmen zu können? Nennen Sie die Nummern, beschreiben Sie es in eigenen Worten – oder „nein“.',
      easy: 'Brauchen Sie Hilfe beim Kurs? Schreiben Sie die Nummer. Oder schreiben Sie: nein.',
    },
    validate(value) {
      const values = cleanLine(value)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!values.every((v) => accessibilityChoices.some((c) => c.value === v))) return { ok: false, message: fieldMessages.accessibilityUnknown };
      return { ok: true, value: [...new Set(values)].join(',') };
    },
    section: 'Barrierefreiheit',
    show: (e) => [
      { label: 'Bedarfe', value: e.accessibilityNeeds.length > 0 ? needTitles(e.accessibilityNeeds).join(', ') : 'keine angegeben' },
      { label: ACCESSIBILITY_NOTE.label, value: dash(e.accessibilityNote), multiline: true },
    ],
  },
  {
    id: 'message',
    label: { normal: 'Nachricht', easy: 'Nachricht' },
    required: false,
    input: 'multiline',
    maxLength: LIMITS.message,
    question: {
      normal: 'Möchten Sie dem Bildungsteam noch etwas mitteilen? (freiwillig – „nein“ zum Überspringen)',
      easy: 'Wollen Sie noch etwas sagen? Sonst schreiben Sie: nein.',
    },
    validate: (value) => limited('Nachricht', cleanText(value), LIMITS.message),
    section: 'Nachricht',
    show: (e) => [{ label: 'Nachricht', value: dash(e.message), multiline: true }],
  },
  {
    id: 'consent',
    label: { normal: 'Einwilligung', easy: 'Einverständnis' },
    required: true,
    input: 'toggle',
    question: {
      normal: 'Sind Sie einverstanden, dass Ihre Angaben für diese Anfrage verarbeitet und an das Bildungsteam geschickt werden? Bitte antworten Sie mit „ja“.',
      easy: 'Ihre Angaben gehen per E-Mail an das Bildungs-Team. Danach löscht der Bot Ihre Angaben. Sind Sie einverstanden? Schreiben Sie: ja.',
    },
    validate: (value) => (cleanLine(value).toLowerCase() === 'true' ? { ok: true, value: 'true' } : { ok: false, message: fieldMessages.consentRequired }),
    section: 'Einwilligung',
    show: (_e, consentText) => [{ label: 'Einwilligung', value: consentText }],
  },
];

export function fieldSpec(id: EnquiryField): FieldSpec {
  const spec = FIELDS.find((f) => f.id === id);
  if (!spec) throw new Error(`unknown enquiry field ${id}`);
  return spec;
}

export const FIELD_IDS: readonly EnquiryField[] = FIELDS.map((f) => f.id);

/** Labels as the card form shows them: optional fields say so; the renderer marks required ones with "*". */
export const fieldLabels: Record<FormInputId, string> = {
  ...(Object.fromEntries(FIELDS.map((f) => [f.id, f.required ? f.label.normal : `${f.label.normal} (optional)`])) as Record<EnquiryField, string>),
  accessibilityNote: `${ACCESSIBILITY_NOTE.label} (optional)`,
};
