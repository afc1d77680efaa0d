// The registration enquiry conversation: choose the seminar, collect the data (one card form, or
// step by step as text), show a summary, and hand the confirmed enquiry to the outbox.
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import { accessibilityChoices, fieldLabels, LIMITS, validateEnquiry, validateField, type Enquiry, type EnquiryField } from '../registration/enquiry.js';
import { fold } from './commands.js';
import type { Memory, RegistrationDraft } from './memory.js';
import type { Choice, FormField, Reply } from './reply.js';
import { regTexts as t } from './registrationTexts.js';
import { say } from './texts.js';
import { firstSessionText, isPast, seminarStatus } from './seminarView.js';

export interface RegistrationPort {
  /** Writes the enquiry durably; the same key gives the same enquiry number and no second mail. */
  submit(enquiry: Enquiry, idempotencyKey: string): Promise<{ id: string; duplicate: boolean }>;
  /** Rate limit per person and overall. */
  allow(userKey: string): { ok: true } | { ok: false; retryAfterMs: number };
}

export interface RegistrationTurn {
  text: string;
  value: Record<string, unknown> | undefined;
  cards: boolean;
  conversationId: string;
  userKey: string;
  profile?: () => Promise<{ name?: string; email?: string } | undefined>;
}

export interface RegistrationContext {
  knowledge: Knowledge;
  now: Date;
  port: RegistrationPort | undefined;
  newFormId: () => string;
}

type Result = { memory: Memory; replies: Reply[] };

/** Text-dialog steps in order; optional ones accept "nein". */
const STEPS: EnquiryField[] = ['name', 'email', 'organisation', 'role', 'phone', 'accessibility', 'message', 'consent'];
const OPTIONAL: ReadonlySet<EnquiryField> = new Set(['phone', 'accessibility', 'message']);

/** Opens the enquiry for one seminar: full/past seminars are explained first. */
export async function openRegistration(memory: Memory, seminar: Seminar, waitingList: boolean, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const status = seminarStatus(seminar, ctx.now);
  if (isPast(seminar, ctx.now)) {
    return { memory: { ...memory, registration: undefined }, replies: [{ kind: 'text', text: t.past(seminar.title) }] };
  }
  if (status.full && !waitingList) {
    const choices: Choice[] = [{ label: t.waitingListChoice, intent: { action: 'register', id: seminar.id, waitingList: true } }];
    return { memory, replies: [{ kind: 'choice', text: t.full(seminar.title), choices: [...choices, { label: 'Ähnliche Seminare', intent: { action: 'similar', id: seminar.id } }] }] };
  }
  const role = ctx.knowledge.roles.find((r) => r.id === memory.roleId);
  const values: Record<string, string> = role ? { role: memory.easy ? role.nameEasy : role.name } : {};
  const profile = turn.profile ? await turn.profile().catch(() => undefined) : undefined;
  if (profile?.name) values.name = profile.name.slice(0, 200);
  if (profile?.email && validateField('email', profile.email).ok) values.email = profile.email;
  const draft: RegistrationDraft = {
    seminarId: seminar.id,
    waitingList: status.full || waitingList,
    formId: ctx.newFormId(),
    values,
    step: turn.cards ? 'card' : 'name',
    retries: 0,
    startedAt: ctx.now.toISOString(),
  };
  const replies: Reply[] = [];
  if (status.deadlinePassed) replies.push({ kind: 'text', text: t.deadlinePassed(status.deadline) });
  if (turn.cards) {
    replies.push({ kind: 'form', form: formModel(draft, seminar, memory.easy, ctx, {}) });
  } else {
    replies.push({ kind: 'text', text: say(t.textDialogIntro, memory.easy) });
    const first = nextStep(draft, -1);
    draft.step = first;
    replies.push(askStep(first, memory.easy));
  }
  return { memory: { ...memory, registration: draft }, replies };
}

/** An enquiry left unfinished this long is forgotten, with the personal data in it. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function draftExpired(draft: RegistrationDraft, now: Date): boolean {
  const started = draft.startedAt ? Date.parse(draft.startedAt) : Number.NaN;
  return Number.isNaN(started) || now.getTime() - started > DRAFT_MAX_AGE_MS;
}

/** Continues an open enquiry; undefined when this message is not part of it. */
export async function continueRegistration(memory: Memory, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result | undefined> {
  const draft = memory.registration;
  if (!draft) return undefined;
  const seminar = ctx.knowledge.seminars.find((s) => s.id === draft.seminarId);
  if (!seminar) return { memory: { ...memory, registration: undefined }, replies: [{ kind: 'text', text: t.unavailable }] };
  const action = typeof turn.value?.action === 'string' ? turn.value.action : undefined;
  const step = typeof turn.value?.step === 'string' ? turn.value.step : undefined;

  if (action === 'form' && step === 'cancel') return cancel(memory);
  if (action === 'form' && step === 'submit') return submitForm(memory, draft, seminar, turn, ctx);
  if (action === 'form' && step === 'confirm') return confirm(memory, draft, seminar, turn, ctx);
  if (action === 'form' && step === 'edit') return edit(memory, draft, seminar, turn, ctx);
  // Another button (an older card, a suggestion) is not an answer to the open question.
  if (action !== undefined && action !== 'form') return undefined;

  const folded = fold(turn.text);
  if (draft.step === 'confirm') {
    if (['absenden', 'ja', 'senden', 'abschicken', 'ok', 'bestaetigen'].includes(folded)) return confirm(memory, draft, seminar, turn, ctx);
    if (['aendern', 'bearbeiten', 'korrigieren', 'zurueck'].includes(folded)) return edit(memory, draft, seminar, turn, ctx);
    return undefined;
  }
  if (draft.step === 'card') {
    // Typing instead of using the card: continue step by step as text.
    if (folded === '' || turn.value) return undefined;
    const next: RegistrationDraft = { ...draft, step: firstUnanswered(draft) };
    const intro: Reply = { kind: 'text', text: say(t.textDialogIntro, memory.easy) };
    // The typed text counts as the answer when it fits the open question; otherwise the question is asked.
    if (next.step !== 'confirm' && !fitsStep(next.step as EnquiryField, turn.text)) {
      return { memory: { ...memory, registration: { ...next, retries: 0 } }, replies: [intro, askStep(next.step, memory.easy)] };
    }
    const result = answerStep(memory, next, seminar, turn.text, ctx);
    return { memory: result.memory, replies: [intro, ...result.replies] };
  }
  if ((STEPS as string[]).includes(draft.step)) {
    if ((t.backWords as readonly string[]).includes(folded)) {
      const index = STEPS.indexOf(draft.step as EnquiryField);
      const previous = STEPS[Math.max(0, index - 1)] ?? 'name';
      return { memory: { ...memory, registration: { ...draft, step: previous, retries: 0 } }, replies: [askStep(previous, memory.easy, draft.values[previous])] };
    }
    return answerStep(memory, draft, seminar, turn.text, ctx);
  }
  return undefined;
}

function cancel(memory: Memory): Result {
  return { memory: { ...memory, registration: undefined }, replies: [{ kind: 'text', text: say(t.cancelled, memory.easy) }] };
}

function answerStep(memory: Memory, draft: RegistrationDraft, seminar: Seminar, text: string, ctx: RegistrationContext): Result {
  // Everything already answered (a card filled in, then typing): straight to the summary.
  if (!(STEPS as string[]).includes(draft.step)) return summarise(memory, { ...draft, step: 'confirm' }, seminar, ctx);
  const field = draft.step as EnquiryField;
  const folded = fold(text);
  let value = text.trim();
  if (OPTIONAL.has(field) && (t.skipWords as readonly string[]).includes(folded)) value = '';
  if (field === 'consent') {
    if (!(t.yesWords as readonly string[]).includes(folded)) {
      return { memory: { ...memory, registration: { ...draft, retries: draft.retries + 1 } }, replies: [{ kind: 'text', text: t.consentRequired }] };
    }
    value = 'true';
  }
  const values = { ...draft.values };
  if (field === 'accessibility') {
    const parsed = parseAccessibility(text);
    values.accessibility = value === '' ? '' : parsed.choices.join(',');
    values.accessibilityNote = value === '' ? '' : parsed.note;
  } else {
    const check = validateField(field, value);
    if (!check.ok) {
      return { memory: { ...memory, registration: { ...draft, retries: draft.retries + 1 } }, replies: [{ kind: 'text', text: `${check.message}\n\n${say(t.steps[field], memory.easy)}` }] };
    }
    values[field] = check.value;
  }
  const updated: RegistrationDraft = { ...draft, values, retries: 0 };
  const next = nextStep(updated, STEPS.indexOf(field));
  if (next === 'confirm') return summarise(memory, updated, seminar, ctx);
  return { memory: { ...memory, registration: { ...updated, step: next } }, replies: [askStep(next, memory.easy)] };
}

function fitsStep(field: EnquiryField, text: string): boolean {
  if (field === 'consent') return (t.yesWords as readonly string[]).includes(fold(text));
  if (OPTIONAL.has(field)) return true;
  return validateField(field, text).ok;
}

/** Switching from the card to text: the first field that is missing or not valid yet. */
function firstUnanswered(draft: RegistrationDraft): string {
  for (const step of STEPS) {
    const value = draft.values[step];
    if (step === 'consent') {
      if (value !== 'true') return step;
    } else if (value === undefined || (!OPTIONAL.has(step) && !validateField(step, value).ok)) {
      return step;
    }
  }
  return 'confirm';
}

/** The next step not yet answered (a role already known is not asked again). */
function nextStep(draft: RegistrationDraft, after: number): string {
  for (let i = after + 1; i < STEPS.length; i++) {
    const step = STEPS[i] as EnquiryField;
    if (draft.values[step] === undefined) return step;
  }
  return 'confirm';
}

function askStep(step: string, easy: boolean, current?: string): Reply {
  const field = step as EnquiryField;
  const question = say(t.steps[field], easy);
  const hint = current ? `\n\n(Bisher: ${current})` : '';
  if (field === 'accessibility') {
    return { kind: 'text', text: `${question}\n\n${accessibilityChoices.map((c, i) => `${i + 1}. ${c.title}`).join('\n')}${hint}` };
  }
  return { kind: 'text', text: `${question}${hint}` };
}

function parseAccessibility(text: string): { choices: string[]; note: string } {
  const folded = fold(text);
  const choices = new Set<string>();
  for (const match of folded.matchAll(/\b(\d)\b/g)) {
    const choice = accessibilityChoices[Number(match[1]) - 1];
    if (choice) choices.add(choice.value);
  }
  for (const choice of accessibilityChoices) {
    if (choice.keywords.some((k) => folded.includes(k))) choices.add(choice.value);
  }
  const onlyNumbers = /^[\d\s,und]+$/.test(folded);
  return { choices: [...choices], note: onlyNumbers ? '' : text.trim().slice(0, 500) };
}

async function submitForm(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const raw = turn.value ?? {};
  const values: Record<string, string> = {};
  for (const field of ['name', 'email', 'organisation', 'role', 'phone', 'accessibility', 'accessibilityNote', 'message', 'consent']) {
    const v = raw[field];
    values[field] = typeof v === 'string' ? v.slice(0, 10_000) : typeof v === 'boolean' ? String(v) : '';
  }
  const result = validateEnquiry(toEnquiryInput(values, draft, seminar, ctx.now));
  const updated: RegistrationDraft = { ...draft, values };
  if (!result.ok) {
    return {
      memory: { ...memory, registration: { ...updated, step: 'card' } },
      replies: [{ kind: 'text', text: t.formFixErrors }, { kind: 'form', form: formModel(updated, seminar, memory.easy, ctx, result.errors) }],
    };
  }
  return summarise(memory, { ...updated, values: { ...values, consent: 'true' } }, seminar, ctx);
}

function summarise(memory: Memory, draft: RegistrationDraft, seminar: Seminar, _ctx: RegistrationContext): Result {
  const v = draft.values;
  const access = (v.accessibility ?? '')
    .split(',')
    .filter(Boolean)
    .map((value) => accessibilityChoices.find((c) => c.value === value)?.title ?? value);
  if (v.accessibilityNote) access.push(v.accessibilityNote);
  const rows = [
    { label: 'Seminar', value: `${seminar.title}${draft.waitingList ? ' (Warteliste)' : ''}` },
    { label: 'Termin', value: firstSessionText(seminar) },
    { label: fieldLabels.name, value: v.name ?? '' },
    { label: fieldLabels.email, value: v.email ?? '' },
    { label: fieldLabels.organisation, value: v.organisation ?? '' },
    { label: fieldLabels.role, value: v.role || '–' },
    { label: fieldLabels.phone, value: v.phone || '–' },
    { label: fieldLabels.accessibility, value: access.join('; ') || '–' },
    { label: fieldLabels.message, value: v.message || '–' },
    { label: fieldLabels.consent, value: 'erteilt' },
  ];
  const choices: Choice[] = [
    { label: t.confirm, intent: { action: 'form', step: 'confirm' } },
    { label: t.edit, intent: { action: 'form', step: 'edit' } },
    { label: t.cancel, intent: { action: 'form', step: 'cancel' } },
  ];
  return {
    memory: { ...memory, registration: { ...draft, step: 'confirm' } },
    replies: [{ kind: 'summary', summary: { title: t.summaryTitle, rows, note: t.summaryNote, formId: draft.formId, choices } }],
  };
}

async function confirm(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const key = `${turn.conversationId}:${draft.formId}`;
  const known = memory.submitted[key];
  if (known) return { memory: { ...memory, registration: undefined }, replies: [{ kind: 'text', text: t.alreadySubmitted(known) }] };
  if (!ctx.port) return { memory, replies: [{ kind: 'text', text: t.unavailable }] };
  const result = validateEnquiry(toEnquiryInput({ ...draft.values, consent: 'true' }, draft, seminar, ctx.now));
  if (!result.ok) return edit(memory, draft, seminar, turn, ctx);
  const allowed = ctx.port.allow(turn.userKey);
  if (!allowed.ok) return { memory, replies: [{ kind: 'text', text: t.rateLimited(Math.max(1, Math.ceil(allowed.retryAfterMs / 60_000))) }] };
  const { id, duplicate } = await ctx.port.submit(result.enquiry, key);
  const submitted = { ...memory.submitted, [key]: id };
  // The personal data leaves the conversation state now; the outbox holds it until delivery.
  const next: Memory = { ...memory, registration: undefined, submitted };
  if (duplicate) return { memory: next, replies: [{ kind: 'text', text: t.alreadySubmitted(id) }] };
  return { memory: next, replies: [{ kind: 'text', text: memory.easy ? t.confirmedEasy(id) : t.confirmed(id) }] };
}

async function edit(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  if (turn.cards) {
    const updated = { ...draft, step: 'card' };
    return { memory: { ...memory, registration: updated }, replies: [{ kind: 'form', form: formModel(updated, seminar, memory.easy, ctx, {}) }] };
  }
  // As text, changing means going through the questions again; the role stays known.
  const values: Record<string, string> = draft.values.role ? { role: draft.values.role } : {};
  const updated = { ...draft, values, step: 'name' };
  return { memory: { ...memory, registration: updated }, replies: [askStep('name', memory.easy, draft.values.name)] };
}

function toEnquiryInput(values: Record<string, string>, draft: RegistrationDraft, seminar: Seminar, _now: Date): Record<string, unknown> {
  return {
    seminarId: seminar.id,
    seminarTitle: seminar.title,
    seminarDate: firstSessionText(seminar),
    name: values.name ?? '',
    email: values.email ?? '',
    organisation: values.organisation ?? '',
    role: values.role ?? '',
    phone: values.phone || undefined,
    accessibilityNeeds: (values.accessibility ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    accessibilityNote: values.accessibilityNote || undefined,
    message: values.message || undefined,
    waitingList: draft.waitingList,
    consent: values.consent === 'true',
  };
}

function formModel(draft: RegistrationDraft, seminar: Seminar, easy: boolean, ctx: RegistrationContext, errors: Partial<Record<string, string>>) {
  const v = draft.values;
  const field = (id: EnquiryField | 'accessibilityNote', kind: FormField['kind'], required: boolean, maxLength?: number): FormField => ({
    id,
    label: `${fieldLabels[id]}${required ? ' *' : ''}`,
    value: v[id] ?? '',
    required,
    kind,
    ...(errors[id] ? { error: errors[id] } : {}),
    ...(maxLength ? { maxLength } : {}),
  });
  const roleOptions = ctx.knowledge.roles.map((r) => (easy ? r.nameEasy : r.name));
  const fields: FormField[] = [
    field('name', 'text', true, LIMITS.name),
    field('email', 'email', true, LIMITS.email),
    field('organisation', 'text', true, LIMITS.organisation),
    { ...field('role', 'text', false, LIMITS.role), placeholder: roleOptions.slice(0, 3).join(', ') + ' …' },
    field('phone', 'tel', false, LIMITS.phone),
    { ...field('accessibility', 'choices', false), options: accessibilityChoices.map((c) => ({ value: c.value, title: c.title })) },
    field('accessibilityNote', 'multiline', false, LIMITS.accessibilityNote),
    field('message', 'multiline', false, LIMITS.message),
    { ...field('consent', 'toggle', true), label: t.consentLabel + ' *', placeholder: t.consentTitle, value: v.consent ?? 'false' },
  ];
  return {
    title: t.formTitle(`${seminar.title}${draft.waitingList ? ' (Warteliste)' : ''}`),
    intro: `${firstSessionText(seminar)}\n\n${say(t.formIntro, easy)}`,
    privacy: t.privacy,
    fields,
    formId: draft.formId,
    submitLabel: t.submit,
    cancelLabel: t.cancel,
  };
}

/** The open question of the dialog again, after a message that was not an answer to it (engineer `enquiry` fills this in). */
export function openQuestionReminder(memory: Memory): Reply | undefined {
  void memory;
  return undefined;
}
