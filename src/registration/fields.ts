// The field table of a registration enquiry: one entry per field, with its labels in standard German
// and Leichte Sprache (words from the text catalogue, src/texts/de/form.ts), whether it is required, how it is checked and cleaned, how the text dialog asks
// for it, and how it is shown in the summary and the mail. The text dialog, the card form, the
// summary, the Enquiry and the mail are all built from this table.
import { cleanLine, cleanText, isEmailAddress } from './clean.js';
import type { Enquiry } from './enquiry.js';
import { accessibilityNeeds, enquiryNeed } from '../texts/de/accessibility.js';
import { fieldMessages as messages, fieldWords, formTexts } from '../texts/de/form.js';

export type EnquiryField = 'name' | 'email' | 'organisation' | 'role' | 'phone' | 'accessibility' | 'message' | 'consent';
/** The card form has one more input than there are fields: the free text of the accessibility needs. */
export type FormInputId = EnquiryField | 'accessibilityNote';

export type { Wording } from '../texts/de/form.js';
import type { Wording } from '../texts/de/form.js';

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
  exampleEasy?: string;
  /** Checks and cleans a value typed in the dialog or the card; optional fields accept ''. The message is in Leichte Sprache when `easy`. */
  validate(value: string, easy?: boolean): Check;
  /** The mail section this field belongs to. */
  section: 'Person' | 'Barrierefreiheit' | 'Nachricht' | 'Einwilligung';
  /** What the summary and the mail show for it, taken from the validated enquiry (row names in Leichte Sprache when `easy`). */
  show(enquiry: Enquiry, consentText: string, easy?: boolean): ShownRow[];
}

/**
 * Common support needs. Keywords are matched as substrings of case- and umlaut-folded text, so they
 * avoid fragments that hide inside everyday words ("vielleicht", "Erleichterung", "Unterschrift").
 */
export const accessibilityChoices: ReadonlyArray<{ value: keyof typeof enquiryNeed; title: string; titleEasy: string; keywords: string[] }> = (
  [
    ['leichte-sprache', ['leichte sprache', 'leichter sprache', 'leichten sprache', 'einfache sprache', 'einfacher sprache', 'leicht verstaendlich']],
    ['dgs', ['dgs', 'gebaerden', 'gebarden', 'gehoerlos']],
    ['schriftdolmetschung', ['schriftdolmetsch', 'schreibdolmetsch', 'untertitel', 'schrift dolmetsch']],
    ['barrierefreier-zugang', ['rollstuhl', 'barrierefrei', 'stufenlos', 'aufzug', 'rampe', 'rollator']],
    ['assistenz', ['assistenz', 'begleitperson', 'begleitung']],
  ] as const
).map(([value, keywords]) => ({ value, title: accessibilityNeeds[enquiryNeed[value]].name.normal, titleEasy: accessibilityNeeds[enquiryNeed[value]].name.easy, keywords: [...keywords] }));

export const LIMITS = { name: 120, email: 254, organisation: 200, role: 120, phone: 40, accessibilityNote: 500, message: 2000, seminar: 300 } as const;
/** The longest answer any question of the enquiry takes: a text cut one character past it is still answered "too long". */
export const LONGEST_ANSWER = Math.max(...Object.values(LIMITS));

/** Error messages in both registers (from the text catalogue). */
export const fieldMessages = messages;
const say = (w: Wording, easy = false) => (easy ? w.easy : w.normal);

export const ACCESSIBILITY_NOTE = { id: 'accessibilityNote', label: formTexts.accessibilityNote.normal, labels: formTexts.accessibilityNote, maxLength: LIMITS.accessibilityNote } as const;

const limited = (label: Wording, value: string, max: number, easy = false): Check =>
  [...value].length > max ? { ok: false, message: fieldMessages.tooLong(say(label, easy), max, easy) } : { ok: true, value };

const dash = (value: string | undefined) => value || '–';

export const needTitles = (needs: string[], easy = false): string[] =>
  needs.map((v) => {
    const choice = accessibilityChoices.find((c) => c.value === v);
    return choice ? (easy ? choice.titleEasy : choice.title) : v;
  });

/** Checks the free text of the accessibility needs (card input "Weitere Bedarfe", or typed in the dialog). */
export function validateAccessibilityNote(value: string, easy = false): Check {
  return limited(formTexts.accessibilityNote, cleanText(value), LIMITS.accessibilityNote, easy);
}

export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'name',
    label: fieldWords.name.label,
    question: fieldWords.name.question,
    example: fieldWords.name.example,
    required: true,
    input: 'text',
    maxLength: LIMITS.name,
    validate(value, easy) {
      const v = cleanLine(value);
      if (!/\p{L}/u.test(v)) return { ok: false, message: say(fieldMessages.nameRequired, easy) };
      return limited(fieldWords.name.row, v, LIMITS.name, easy);
    },
    section: 'Person',
    show: (e, _c, easy) => [{ label: say(fieldWords.name.row, easy), value: e.name }],
  },
  {
    id: 'email',
    label: fieldWords.email.label,
    question: fieldWords.email.question,
    example: fieldWords.email.example,
    required: true,
    input: 'email',
    maxLength: LIMITS.email,
    validate(value, easy) {
      const v = cleanLine(value);
      return isEmailAddress(v) ? { ok: true, value: v } : { ok: false, message: say(fieldMessages.emailInvalid, easy) };
    },
    section: 'Person',
    show: (e, _c, easy) => [{ label: say(fieldWords.email.row, easy), value: e.email }],
  },
  {
    id: 'organisation',
    label: fieldWords.organisation.label,
    question: fieldWords.organisation.question,
    example: fieldWords.organisation.example,
    required: true,
    input: 'text',
    maxLength: LIMITS.organisation,
    validate(value, easy) {
      const v = cleanLine(value);
      if (!/[\p{L}\p{N}]/u.test(v)) return { ok: false, message: say(fieldMessages.organisationRequired, easy) };
      return limited(fieldWords.organisation.row, v, LIMITS.organisation, easy);
    },
    section: 'Person',
    show: (e, _c, easy) => [{ label: say(fieldWords.organisation.row, easy), value: e.organisation }],
  },
  {
    // Required: the FAQ tells people the team needs the role to place them in the right seminar.
    id: 'role',
    label: fieldWords.role.label,
    question: fieldWords.role.question,
    example: fieldWords.role.example,
    exampleEasy: fieldWords.role.exampleEasy,
    required: true,
    input: 'text',
    maxLength: LIMITS.role,
    validate(value, easy) {
      const v = cleanLine(value);
      if (!/\p{L}/u.test(v)) return { ok: false, message: say(fieldMessages.roleRequired, easy) };
      return limited(fieldWords.role.row, v, LIMITS.role, easy);
    },
    section: 'Person',
    show: (e, _c, easy) => [{ label: say(fieldWords.role.row, easy), value: e.role }],
  },
  {
    id: 'phone',
    label: fieldWords.phone.label,
    question: fieldWords.phone.question,
    example: fieldWords.phone.example,
    required: false,
    input: 'tel',
    maxLength: LIMITS.phone,
    validate(value, easy) {
      const v = cleanLine(value);
      if (v === '') return { ok: true, value: '' };
      if (v.length > LIMITS.phone) return limited(fieldWords.phone.row, v, LIMITS.phone, easy);
      const digits = v.replace(/\D/g, '').length;
      return /^\+?[0-9 ()/.-]+$/.test(v) && digits >= 3 ? { ok: true, value: v } : { ok: false, message: say(fieldMessages.phoneInvalid, easy) };
    },
    section: 'Person',
    show: (e, _c, easy) => [{ label: say(fieldWords.phone.row, easy), value: dash(e.phone) }],
  },
  {
    id: 'accessibility',
    label: fieldWords.accessibility.label,
    question: fieldWords.accessibility.question,
    required: false,
    input: 'choices',
    validate(value, easy) {
      const values = cleanLine(value)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!values.every((v) => accessibilityChoices.some((c) => c.value === v))) return { ok: false, message: say(fieldMessages.accessibilityUnknown, easy) };
      return { ok: true, value: [...new Set(values)].join(',') };
    },
    section: 'Barrierefreiheit',
    show: (e, _c, easy) => [
      { label: say(fieldWords.accessibility.row, easy), value: e.accessibilityNeeds.length > 0 ? needTitles(e.accessibilityNeeds, easy).join(', ') : say(formTexts.noNeeds, easy) },
      { label: say(formTexts.accessibilityNote, easy), value: dash(e.accessibilityNote), multiline: true },
    ],
  },
  {
    id: 'message',
    label: fieldWords.message.label,
    question: fieldWords.message.question,
    required: false,
    input: 'multiline',
    maxLength: LIMITS.message,
    validate: (value, easy) => limited(fieldWords.message.row, cleanText(value), LIMITS.message, easy),
    section: 'Nachricht',
    show: (e, _c, easy) => [{ label: say(fieldWords.message.row, easy), value: dash(e.message), multiline: true }],
  },
  {
    id: 'consent',
    label: fieldWords.consent.label,
    question: fieldWords.consent.question,
    required: true,
    input: 'toggle',
    validate: (value, easy) => (cleanLine(value).toLowerCase() === 'true' ? { ok: true, value: 'true' } : { ok: false, message: say(fieldMessages.consentRequired, easy) }),
    section: 'Einwilligung',
    show: (_e, consentText, easy) => [{ label: say(fieldWords.consent.row, easy), value: consentText }],
  },
];

export function fieldSpec(id: EnquiryField): FieldSpec {
  const spec = FIELDS.find((f) => f.id === id);
  if (!spec) throw new Error(`unknown enquiry field ${id}`);
  return spec;
}

/** Labels as the card form shows them: optional fields say so; the renderer marks required ones with "*". */
export const fieldLabels: Record<FormInputId, string> = {
  ...(Object.fromEntries(FIELDS.map((f) => [f.id, f.required ? f.label.normal : `${f.label.normal} ${formTexts.optional.normal}`])) as Record<EnquiryField, string>),
  accessibilityNote: `${ACCESSIBILITY_NOTE.label} ${formTexts.optional.normal}`,
};
