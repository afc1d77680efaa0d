// The assistant's decisions as data: what to say and which choices to offer. The bot layer renders
// these per channel (Adaptive Cards, suggested actions, or numbered plain text).

import type { Intent } from './intent.js';

export type { Intent } from './intent.js';

/** A button: its label is also what the user sees as their message when it is clicked. */
export interface Choice {
  label: string;
  intent: Intent;
}

export interface SeminarItem {
  seminarId: string;
  title: string;
  /** One short sentence: when, where, format. */
  when: string;
  /** Why it fits, one short German sentence (empty for a plain look-up). */
  reason: string;
  full: boolean;
  placesLeft: number;
  /** The registration deadline written out ("15. Februar 2027"), when the list answers a question about it. */
  deadline?: string;
  /** A next run or similar seminar for a full one. */
  alternative?: { seminarId: string; title: string; when: string };
}

export interface SeminarDetail {
  seminarId: string;
  title: string;
  summary: string;
  description: string;
  sessions: string[];
  format: string;
  place: string;
  audience: string;
  accessibility: string[];
  places: string;
  cost: string;
  deadline: string;
  full: boolean;
  past: boolean;
  sample: boolean;
  icsUrl: string;
}

export type Reply =
  | { kind: 'text'; text: string; choices?: Choice[] }
  | { kind: 'faq'; faqId: string; question: string; answer: string; choices: Choice[] }
  | { kind: 'choice'; text: string; choices: Choice[] }
  | { kind: 'seminars'; text: string; items: SeminarItem[]; choices: Choice[] }
  | { kind: 'seminar'; detail: SeminarDetail; choices: Choice[] }
  | { kind: 'form'; form: RegistrationFormModel }
  | { kind: 'summary'; summary: RegistrationSummaryModel };

export interface FormField {
  id: string;
  label: string;
  value: string;
  required: boolean;
  kind: 'text' | 'email' | 'tel' | 'multiline' | 'choices' | 'toggle';
  options?: Array<{ value: string; title: string }>;
  placeholder?: string;
  error?: string;
  /** Shown by the host when a required input is left empty. */
  requiredMessage?: string;
  maxLength?: number;
}

export interface RegistrationFormModel {
  title: string;
  intro: string;
  privacy: string;
  fields: FormField[];
  /** Identifies this form instance so a repeated submit is recognised. */
  formId: string;
  submitLabel: string;
  cancelLabel: string;
}

export interface RegistrationSummaryModel {
  title: string;
  rows: Array<{ label: string; value: string }>;
  note: string;
  formId: string;
  choices: Choice[];
}
