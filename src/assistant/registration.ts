// The registration enquiry conversation: choose the seminar, collect the data (one card form, or
// question by question as text), show a summary, and hand the confirmed enquiry to the outbox. Every
// typed message is read (registrationAnswers.ts) before anything is stored; what is not an answer is
// handed back to the caller (undefined), which answers it and repeats the open question.
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import { accessibilityChoices, ACCESSIBILITY_NOTE, FIELDS, LONGEST_ANSWER, fieldSpec, validateAccessibilityNote, type EnquiryField, type FieldSpec } from '../registration/fields.js';
import { validateEnquiry, type Enquiry } from '../registration/enquiry.js';
import { fold, foldedMainTitle, foldedTitle, pickFrom } from './commands.js';
import { foldedOf, readUtterance, type Utterance } from './understand/utterance.js';
import { clausesOf } from './understand/parts.js';
import { takesPart } from './understand/signals.js';
import type { Memory } from './memory.js';
import { alternativeFor, isPastSeminar, similarSeminars } from './recommend.js';
import { extractValues, fieldToChange, isChangeRequest, isConfirmation, parseAccessibility, readAnswer, roleAsWritten, singularRoleName, type Found } from './registrationAnswers.js';
import type { RegistrationDraft, RegistrationStep } from './registrationState.js';
import type { Choice, FormField, RegistrationFormModel, Reply } from './reply.js';
import { regTexts as t } from '../texts/de/registration.js';
import { recognizeRoles } from './roles.js';
import { firstSessionText, seminarItem, seminarStatus } from './seminarView.js';
import { say } from '../texts/de/conversation.js';
import { formTexts } from '../texts/de/form.js';

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
  /** Whom the rate limit counts; asked only when an enquiry is sent. */
  userKey: () => string;
  profile?: () => Promise<{ name?: string; email?: string } | undefined>;
  /** Details written into the message besides a request to register (`detailsInPassing`): an enquiry it opens takes them. */
  details?: Found;
}

export interface RegistrationContext {
  knowledge: Knowledge;
  now: Date;
  port: RegistrationPort | undefined;
  newFormId: () => string;
}

type Result = { memory: Memory; replies: Reply[] };
type Values = Record<string, string>;

/** Longest value of a card field without a length of its own (choices, the consent toggle) that is kept. */
const FORM_VALUE_CAP = 500;

/** An enquiry left unfinished this long is forgotten, with the personal data in it. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function draftExpired(draft: RegistrationDraft, now: Date): boolean {
  const started = draft.startedAt ? Date.parse(draft.startedAt) : Number.NaN;
  return Number.isNaN(started) || now.getTime() - started > DRAFT_MAX_AGE_MS;
}

const withDraft = (memory: Memory, draft: RegistrationDraft | undefined): Memory => ({ ...memory, registration: draft });
const text = (value: string, choices?: Choice[]): Reply => (choices && choices.length > 0 ? { kind: 'text', text: value, choices } : { kind: 'text', text: value });
const label = (spec: FieldSpec, easy: boolean) => (easy ? spec.label.easy : spec.label.normal);

// ------------------------------------------------------------------------------------ opening

/** Opens the enquiry for one seminar: past and full seminars are explained first, with what else there is. */
export async function openRegistration(memory: Memory, seminar: Seminar, waitingList: boolean, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const status = seminarStatus(seminar, ctx.now);
  if (status.past) return { memory, replies: pastSeminarReplies(seminar, ctx.knowledge, ctx.now, memory.easy) };
  if (status.full && !waitingList) {
    const choices: Choice[] = [{ label: say(t.waitingListChoice, memory.easy), intent: { action: 'register', id: seminar.id, waitingList: true } }];
    const alternative = alternativeFor(ctx.knowledge, seminar, ctx.now);
    if (alternative) choices.push({ label: t.alternativeChoice(alternative.title, memory.easy), intent: { action: 'register', id: alternative.id } });
    choices.push({ label: say(t.similarChoice, memory.easy), intent: { action: 'similar', id: seminar.id } });
    return { memory, replies: [{ kind: 'choice', text: memory.easy ? t.fullEasy(seminar.title) : t.full(seminar.title), choices }] };
  }

  // Changing the seminar midway keeps what the person has already told (not the consent: it was for the other enquiry).
  const previous = memory.registration;
  const values: Values = {};
  if (previous) for (const [key, value] of Object.entries(previous.values)) if (key !== 'consent') values[key] = value;
  const role = ctx.knowledge.roles.find((r) => r.id === memory.roleId);
  if (role && values.role === undefined) values.role = singularRoleName(role);
  const profile = turn.profile ? await turn.profile().catch(() => undefined) : undefined;
  if (profile?.name && values.name === undefined) values.name = profile.name.slice(0, 200);
  if (profile?.email && values.email === undefined && fieldSpec('email').validate(profile.email).ok) values.email = profile.email;
  // What the message itself says wins over the profile's: it may be for a colleague, or another address.
  const taken: string[] = [];
  const details: Partial<Record<string, string>> = turn.details ?? {};
  for (const spec of FIELDS) {
    const raw = details[spec.id];
    const check = raw === undefined ? undefined : spec.validate(raw);
    if (!check?.ok) continue;
    values[spec.id] = check.value;
    taken.push(label(spec, memory.easy));
  }

  const draft: RegistrationDraft = {
    seminarId: seminar.id,
    waitingList: status.full || waitingList,
    formId: ctx.newFormId(),
    values,
    step: { kind: 'card' },
    misses: 0,
    startedAt: previous?.startedAt ?? ctx.now.toISOString(),
  };
  const replies: Reply[] = [];
  if (status.deadlinePassed) replies.push(text(t.deadlinePassed(status.deadline, memory.easy)));
  const changed = previous !== undefined && previous.seminarId !== seminar.id;
  if (changed) replies.push(text(t.seminarChanged(seminar.title, memory.easy)));
  const takenNote = taken.length > 0 ? [text(t.taken(taken, memory.easy))] : [];
  if (turn.cards) {
    replies.push(...takenNote, { kind: 'form', form: formModel(draft, seminar, memory.easy, {}) });
    return { memory: withDraft(memory, draft), replies };
  }
  if (!previous) replies.push(text(say(t.textDialogIntro, memory.easy)));
  return advance(memory, draft, seminar, [...replies, ...takenNote]);
}

/** A seminar that is over: said so, with the next dates of the same course or similar ones. */
export function pastSeminarReplies(seminar: Seminar, knowledge: Knowledge, now: Date, easy: boolean): Reply[] {
  const last = [...seminar.dates].sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  const when = last ? firstSessionText({ ...seminar, dates: [last] }) : '';
  const over = t.past(seminar.title, when, easy);
  const next = similarSeminars(knowledge, seminar.id, now).slice(0, 4);
  if (next.length === 0) return [text(`${over}\n\n${say(t.pastNoAlternative, easy)}`)];
  const items = next.map((s) => seminarItem(s, '', now, s.places.left === 0 ? alternativeFor(knowledge, s, now) : undefined));
  return [
    text(over),
    { kind: 'seminars', text: say(t.pastAlternatives, easy), items, choices: items.map((i): Choice => ({ label: i.title, intent: { action: 'seminar', id: i.seminarId } })) },
  ];
}

/** A message that names a seminar that is over by its title ("Pressearbeit für Einsteiger 2026"). */
export function pastSeminarNamed(message: string | Utterance, knowledge: Knowledge, now: Date): Seminar | undefined {
  const folded = ` ${foldedOf(message)} `;
  // The longest title the message names wins; when that is an upcoming run of the same title, nothing is over.
  const named = knowledge.seminars.filter((s) => folded.includes(foldedTitle(s))).sort((a, b) => b.title.length - a.title.length || Number(isPastSeminar(a, now)) - Number(isPastSeminar(b, now)));
  const best = named[0];
  return best && isPastSeminar(best, now) ? best : undefined;
}

/**
 * "Ich möchte mich für Netzwerke moderieren anmelden": the coming seminars a message names by their short title (the
 * title before its subtitle, two words or more) — one, or the runs of one title; the longest short title named wins.
 */
export function seminarsNamedShort(message: string | Utterance, knowledge: Knowledge, now: Date): Seminar[] {
  const folded = ` ${foldedOf(message)} `;
  const named = knowledge.seminars.filter((s) => !isPastSeminar(s, now) && foldedMainTitle(s).trim().includes(' ') && folded.includes(foldedMainTitle(s)));
  const longest = Math.max(0, ...named.map((s) => foldedMainTitle(s).length));
  return named.filter((s) => foldedMainTitle(s).length === longest);
}

const BARE_REGISTRATION_WORDS = new Set([
  'ok', 'okay', 'ja', 'gut', 'gern', 'gerne', 'dann', 'super', 'prima', 'toll', 'klasse', 'alles', 'klar', 'bitte', 'da', 'dort', 'hier', 'dafuer', 'dazu', 'fuer', 'das', 'dieses',
  'diesen', 'den', 'die', 'dem', 'ich', 'wir', 'mich', 'uns', 'moechte', 'moechten', 'will', 'wollen', 'wuerde', 'wuerden', 'melde', 'melden', 'an', 'mal', 'jetzt', 'direkt', 'sofort',
  'seminar', 'kurs', 'termin', 'auch', 'gleich', 'anmelden', 'anmeldung', 'anfragen', 'registrieren', 'buchen', 'teilnehmen', 'mitmachen', 'hin', 'machen', 'nehmen',
  'kann', 'koennen', 'koennte', 'darf', 'man', 'sich', 'trag', 'trage', 'tragen', 'tragt', 'ein', 'eintragen', 'passt',
  // "bitte meine Kollegin dafür anmelden": the enquiry takes the details of the person who is to come.
  'meine', 'meinen', 'kollegin', 'kollegen',
]);

/**
 * "anmelden", "da möchte ich mich anmelden", "ok, dann melde ich mich an" right after a seminar's details (card or
 * text): the register button offered with those details, so the enquiry is for that seminar.
 */
export function registrationInContext(message: string | Utterance, offered: Choice[]): Choice['intent'] | undefined {
  // Also said in one clause of a longer message: "super da will ich hin, kann ich mich gleich anmelden?", "passt, trag mich
  // ein. online teilnahme. Holger Brandt, …" (the name and address are asked for in the enquiry).
  if (!isBareRegistration(message) && !clausesOf(typeof message === 'string' ? readUtterance(message) : message).some(isBareRegistration)) return undefined;
  const targets = offered.filter((c) => c.intent.action === 'register');
  if (targets.length === 1) return targets[0]!.intent;
  const listed = offered.filter((c) => c.intent.action === 'seminar');
  return targets.length === 0 && listed.length === 1 && listed[0]!.intent.action === 'seminar' ? { action: 'register', id: listed[0]!.intent.id } : undefined;
}

/** "anmelden" right after a list of seminars: the same seminars, in the same order, to register for. */
export function registrationChoiceFromList(message: string | Utterance, offered: Choice[], easy: boolean): Reply | undefined {
  if (!isBareRegistration(message)) return undefined;
  const choices = offered.flatMap((c): Choice[] => (c.intent.action === 'seminar' ? [{ label: c.label, intent: { action: 'register', id: c.intent.id } }] : []));
  return choices.length > 1 ? { kind: 'choice', text: say(t.askSeminar, easy), choices } : undefined;
}

function isBareRegistration(message: string | Utterance): boolean {
  const folded = foldedOf(message);
  return takesPart(folded) && folded.split(' ').every((w) => BARE_REGISTRATION_WORDS.has(w));
}

// ----------------------------------------------------------------------------------- continuing

/** Continues an open enquiry; undefined when this message is not an answer to the open question. */
export async function continueRegistration(memory: Memory, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result | undefined> {
  const draft = memory.registration;
  if (!draft) return undefined;
  const seminar = ctx.knowledge.seminars.find((s) => s.id === draft.seminarId);
  if (!seminar) return { memory: withDraft(memory, undefined), replies: [text(say(t.unavailable, memory.easy))] };

  let message = turn.text;
  let value = turn.value;
  // The dialog's own buttons, clicked or typed ("1", "Absenden", "die zweite").
  if (!value) {
    const pick = pickFrom(message, memory.offered);
    // At the accessibility question numbers name needs ("1 und 3"), not buttons.
    const numberForField = draft.step.kind === 'ask' && draft.step.field === 'accessibility';
    if (pick && (pick.intent.action === 'form' || pick.intent.action === 'say') && !numberForField) value = pick.intent;
    // "2" after a list shown in between (an interruption) means that item; no name or address is a number.
    else if (pick && !numberForField && draft.step.kind === 'ask' && draft.step.field !== 'phone' && /^\d{1,2}$|^\D+$/.test(fold(message))) return undefined;
  }
  if (value?.action === 'say' && typeof value.text === 'string') {
    message = value.text.slice(0, LONGEST_ANSWER + 1);
    value = undefined;
  }
  const action = typeof value?.action === 'string' ? value.action : undefined;
  const step = typeof value?.step === 'string' ? value.step : undefined;
  if (action === 'form') {
    if (step === 'cancel') return cancel(memory);
    if (step === 'submit') return submitForm(memory, draft, seminar, turn, ctx);
    if (step === 'confirm') return confirm(memory, draft, seminar, turn, ctx);
    if (step === 'edit') return edit(memory, draft, seminar, turn);
    return undefined;
  }
  // Another button (an older card, a suggestion) is not an answer to the open question.
  if (action !== undefined) return undefined;

  const current = draft.step;
  switch (current.kind) {
    case 'summary':
      return atSummary(memory, draft, seminar, message, turn, ctx);
    case 'pickField':
      return atPickField(memory, draft, seminar, message, turn, ctx);
    case 'card':
      return atCard(memory, draft, seminar, message, turn, ctx);
    case 'ask':
      return atQuestion(memory, draft, seminar, current.field, current.back, message, turn, ctx);
  }
}

/** What the dialog repeats after the caller has answered an interruption; undefined without an open enquiry. */
export function openQuestionReminder(memory: Memory): Reply | undefined {
  const draft = memory.registration;
  if (!draft) return undefined;
  const easy = memory.easy;
  switch (draft.step.kind) {
    case 'ask':
      return askReply(draft.step.field, easy, undefined, say(t.reminder, easy));
    case 'card':
      return text(say(t.cardStillOpen, easy));
    case 'summary':
      return text(say(t.summaryPending, easy), summaryChoices(easy));
    case 'pickField':
      return text(say(t.whichField, easy), fieldChoices(easy));
  }
}

/** A form or summary button clicked after the enquiry ended: sent (with its number) or not open any more. */
export function closedFormReply(memory: Memory, value: Record<string, unknown> | undefined): Extract<Reply, { kind: 'text' }> {
  const formId = typeof value?.formId === 'string' ? value.formId : undefined;
  const sent = formId ? Object.entries(memory.submitted).find(([key]) => key.endsWith(`:${formId}`))?.[1] : undefined;
  return { kind: 'text', text: sent ? t.alreadySubmitted(sent, memory.easy) : say(t.notOpen, memory.easy) };
}

function cancel(memory: Memory): Result {
  return { memory: withDraft(memory, undefined), replies: [text(say(t.cancelled, memory.easy))] };
}

// ------------------------------------------------------------------------------ text dialog

async function atQuestion(memory: Memory, draft: RegistrationDraft, seminar: Seminar, field: EnquiryField, back: boolean, message: string, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result | undefined> {
  const folded = fold(message);
  const easy = memory.easy;
  if ((t.backWords as readonly string[]).includes(folded)) {
    const index = FIELDS.findIndex((f) => f.id === field);
    const previous = FIELDS[Math.max(0, index - 1)]!.id;
    const moved = { ...draft, step: { kind: 'ask', field: previous, back: false } as const, misses: 0 };
    return { memory: withDraft(memory, moved), replies: [askReply(previous, easy, draft.values[previous])] };
  }
  if ((t.formWords as readonly string[]).includes(folded) && turn.cards) return openForm(memory, draft, seminar);

  const reading = readAnswer(message, field, ctx.knowledge);
  const spec = fieldSpec(field);
  switch (reading.kind) {
    case 'interruption':
      return undefined;
    case 'pause':
      if (field === 'accessibility' && folded === 'ja') return { memory, replies: [text(accessibilityQuestion(say(t.accessibilityWhich, easy), easy))] };
      return { memory, replies: [text(`${say(t.pause, easy)} ${say(spec.question, easy)}`)] };
    case 'skip':
      if (field === 'consent') return failed(memory, draft, field, say(t.consentRequired, easy), turn);
      if (spec.required) return failed(memory, draft, field, t.required(label(spec, easy), easy), turn);
      return store(memory, draft, seminar, field, back, field === 'accessibility' ? { accessibility: '', accessibilityNote: '' } : { [field]: '' }, {}, ctx);
    case 'yes':
      return store(memory, draft, seminar, field, back, { consent: 'true' }, {}, ctx);
    case 'values': {
      if (field === 'consent') {
        if (Object.keys(reading.found).length === 0) return failed(memory, draft, field, say(t.consentRequired, easy), turn);
        return store(memory, draft, seminar, field, back, {}, reading.found, ctx, true);
      }
      if (reading.answer === undefined) {
        if (takesSomething(draft.values, reading.found)) return store(memory, draft, seminar, field, back, {}, reading.found, ctx, true);
        return failed(memory, draft, field, `${say(t.notAnAnswer, easy)}`, turn);
      }
      const answer = answerFor(field, reading.answer, ctx.knowledge, easy);
      if (!answer.ok) return failed(memory, draft, field, answer.message, turn, reading.found);
      return store(memory, draft, seminar, field, back, answer.values, reading.found, ctx);
    }
  }
}

/** The stored form of an answer to the asked field, or why it cannot be stored. */
function answerFor(field: EnquiryField, answer: string, knowledge: Knowledge, easy: boolean): { ok: true; values: Values } | { ok: false; message: string } {
  if (field === 'accessibility') {
    const parsed = parseAccessibility(answer);
    const note = validateAccessibilityNote(parsed.note, easy);
    if (!note.ok) return note;
    return { ok: true, values: { accessibility: parsed.choices.join(','), accessibilityNote: note.value } };
  }
  const role = field === 'role' ? recognizeRoles(answer, knowledge)[0] : undefined;
  const check = fieldSpec(field).validate(role ? roleAsWritten(answer, role) : answer, easy);
  return check.ok ? { ok: true, values: { [field]: check.value } } : check;
}

/**
 * Stores the answer and everything else the message held, then asks the next open question (or
 * shows the summary). Unambiguous values (an e-mail address, a phone number) correct earlier ones;
 * a name, organisation or role found in passing only fills a field that is still empty.
 */
function store(memory: Memory, draft: RegistrationDraft, seminar: Seminar, field: EnquiryField, back: boolean, answer: Values, found: Found, _ctx: RegistrationContext, reaskSame = false): Result {
  const values: Values = { ...draft.values, ...answer };
  const taken: string[] = [];
  for (const [key, raw] of Object.entries(found) as Array<[EnquiryField, string]>) {
    if (key === field && key in answer) continue;
    const overwrite = key === 'email' || key === 'phone';
    if (values[key] !== undefined && values[key] !== '' && !overwrite) continue;
    const check = fieldSpec(key).validate(raw);
    if (!check.ok) continue;
    values[key] = check.value;
    taken.push(label(fieldSpec(key), memory.easy));
  }
  const updated: RegistrationDraft = { ...draft, values, misses: 0 };
  const note = taken.length > 0 ? [text(t.taken(taken, memory.easy))] : [];
  if (reaskSame && !(field in answer)) {
    const stillOpen = values[field] === undefined || (field === 'consent' && values.consent !== 'true');
    if (stillOpen) return { memory: withDraft(memory, { ...updated, step: { kind: 'ask', field, back } }), replies: [...note, askReply(field, memory.easy)] };
  }
  if (back && nextOpenField(values) === undefined) return summarise(memory, updated, seminar, note);
  return advance(memory, updated, seminar, note);
}

/** Whether values found in passing would fill or correct anything (else the message was no answer). */
function takesSomething(values: Values, found: Found): boolean {
  return (Object.entries(found) as Array<[EnquiryField, string]>).some(
    ([key, raw]) => (values[key] === undefined || values[key] === '' || key === 'email' || key === 'phone') && values[key] !== raw && fieldSpec(key).validate(raw).ok,
  );
}

function failed(memory: Memory, draft: RegistrationDraft, field: EnquiryField, why: string, turn: RegistrationTurn, found: Found = {}): Result {
  const easy = memory.easy;
  const values = { ...draft.values };
  const email = found.email === undefined || field === 'email' ? undefined : fieldSpec('email').validate(found.email);
  if (email?.ok) values.email = email.value;
  const misses = draft.misses + 1;
  const updated = { ...draft, values, misses };
  const spec = fieldSpec(field);
  if (misses < 2) return { memory: withDraft(memory, updated), replies: [text(`${why}\n\n${questionText(field, easy)}`)] };
  // After two failed answers: a way out instead of the same error again.
  const choices: Choice[] = [];
  if (!spec.required) choices.push({ label: say(t.skipChoice, easy), intent: { action: 'say', text: t.skipWordsForButton } });
  if (turn.cards) choices.push({ label: say(t.formChoice, easy), intent: { action: 'say', text: 'Formular' } });
  choices.push({ label: say(t.cancel, easy), intent: { action: 'form', step: 'cancel' } });
  return { memory: withDraft(memory, updated), replies: [text(`${why}\n\n${t.wayOut({ optional: !spec.required, cards: turn.cards }, easy)}`, choices)] };
}

/** The first field still to ask: unanswered, or (for a required one) not valid. */
function nextOpenField(values: Values): EnquiryField | undefined {
  for (const spec of FIELDS) {
    const value = values[spec.id];
    if (spec.id === 'consent') {
      if (value !== 'true') return spec.id;
    } else if (value === undefined || (spec.required && !spec.validate(value).ok)) {
      return spec.id;
    }
  }
  return undefined;
}

function advance(memory: Memory, draft: RegistrationDraft, seminar: Seminar, before: Reply[]): Result {
  const next = nextOpenField(draft.values);
  if (next === undefined) return summarise(memory, draft, seminar, before);
  const updated = { ...draft, step: { kind: 'ask', field: next, back: false } as const, misses: 0 };
  return { memory: withDraft(memory, updated), replies: [...before, askReply(next, memory.easy)] };
}

function accessibilityQuestion(question: string, easy: boolean): string {
  return `${question}\n\n${accessibilityChoices.map((c, i) => `${i + 1}. ${easy ? c.titleEasy : c.title}`).join('\n')}`;
}

function questionText(field: EnquiryField, easy: boolean): string {
  const question = say(fieldSpec(field).question, easy);
  return field === 'accessibility' ? accessibilityQuestion(question, easy) : question;
}

function askReply(field: EnquiryField, easy: boolean, current?: string, lead?: string): Reply {
  const hint = current ? `\n\n${formTexts.previously(current, easy)}` : '';
  return text(`${lead ? `${lead}\n\n` : ''}${questionText(field, easy)}${hint}`);
}

// -------------------------------------------------------------------------- summary and change

function summaryChoices(easy: boolean): Choice[] {
  return [
    { label: say(t.confirm, easy), intent: { action: 'form', step: 'confirm' } },
    { label: say(t.edit, easy), intent: { action: 'form', step: 'edit' } },
    { label: say(t.cancel, easy), intent: { action: 'form', step: 'cancel' } },
  ];
}

function fieldChoices(easy: boolean): Choice[] {
  return FIELDS.filter((f) => f.id !== 'consent').map((f): Choice => ({ label: label(f, easy), intent: { action: 'say', text: `${f.label.normal} ändern` } }));
}

function atSummary(memory: Memory, draft: RegistrationDraft, seminar: Seminar, message: string, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> | Result | undefined {
  if (isConfirmation(message)) return confirm(memory, draft, seminar, turn, ctx);
  // A new e-mail address or phone number typed at the summary replaces the old one.
  const { found } = extractValues(message, ctx.knowledge, undefined);
  // Only what passes the field's own check is stored, in its normalised form.
  const direct: Found = {};
  for (const key of ['email', 'phone'] as const) {
    const raw = found[key];
    const check = raw === undefined ? undefined : fieldSpec(key).validate(raw);
    if (check?.ok) direct[key] = check.value;
  }
  if (Object.keys(direct).length > 0) return summarise(memory, { ...draft, values: { ...draft.values, ...direct } }, seminar, []);
  const field = fieldToChange(message, true);
  if (field) return askToChange(memory, draft, field);
  const folded = fold(message);
  if (isChangeRequest(message) || ['nein', 'aendern', 'bearbeiten', 'korrigieren', 'etwas aendern', 'stimmt nicht', 'nicht richtig'].includes(folded)) {
    return edit(memory, draft, seminar, turn);
  }
  return undefined;
}

function atPickField(memory: Memory, draft: RegistrationDraft, seminar: Seminar, message: string, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> | Result | undefined {
  const field = fieldToChange(message, false);
  if (field) return askToChange(memory, draft, field);
  if (isConfirmation(message)) return summarise(memory, draft, seminar, []);
  return atSummary(memory, draft, seminar, message, turn, ctx);
}

function askToChange(memory: Memory, draft: RegistrationDraft, field: EnquiryField): Result {
  const updated = { ...draft, step: { kind: 'ask', field, back: true } as const, misses: 0 };
  const current = field === 'accessibility' ? [draft.values.accessibility, draft.values.accessibilityNote].filter(Boolean).join('; ') : draft.values[field];
  return { memory: withDraft(memory, updated), replies: [askReply(field, memory.easy, current)] };
}

function edit(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn): Result {
  if (turn.cards && draft.step.kind !== 'ask') return openForm(memory, draft, seminar);
  const updated = { ...draft, step: { kind: 'pickField' } as const };
  return { memory: withDraft(memory, updated), replies: [{ kind: 'choice', text: say(t.whichField, memory.easy), choices: fieldChoices(memory.easy) }] };
}

function toEnquiryInput(values: Values, draft: RegistrationDraft, seminar: Seminar): Record<string, unknown> {
  return {
    seminarId: seminar.id,
    seminarTitle: seminar.title,
    seminarDate: firstSessionText(seminar),
    name: values.name ?? '',
    email: values.email ?? '',
    organisation: values.organisation ?? '',
    role: values.role ?? '',
    phone: values.phone ?? '',
    accessibilityNeeds: (values.accessibility ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    accessibilityNote: values.accessibilityNote ?? '',
    message: values.message ?? '',
    waitingList: draft.waitingList,
    consent: values.consent === 'true',
  };
}

function summarise(memory: Memory, draft: RegistrationDraft, seminar: Seminar, before: Reply[]): Result {
  const checked = validateEnquiry(toEnquiryInput(draft.values, draft, seminar));
  if (!checked.ok) {
    // Something is missing or wrong (e.g. a value from an older card): ask for exactly that.
    const field = FIELDS.find((f) => checked.errors[f.id] !== undefined)?.id ?? 'name';
    const updated = { ...draft, step: { kind: 'ask', field, back: false } as const, misses: 0 };
    return { memory: withDraft(memory, updated), replies: [...before, askReply(field, memory.easy)] };
  }
  const e = checked.enquiry;
  const rows = [
    { label: say(t.seminarRow, memory.easy), value: `${seminar.title}${draft.waitingList ? say(t.waitingListSuffix, memory.easy) : ''}` },
    { label: say(t.dateRow, memory.easy), value: e.seminarDate },
    ...FIELDS.flatMap((f) => f.show(e, say(t.consentGiven, memory.easy), memory.easy)).map((r) => ({ label: r.label, value: r.value })),
  ];
  const summary: Reply = { kind: 'summary', summary: { title: say(t.summaryTitle, memory.easy), rows, note: say(t.summaryNote, memory.easy), formId: draft.formId, choices: summaryChoices(memory.easy) } };
  return { memory: withDraft(memory, { ...draft, step: { kind: 'summary' }, misses: 0 }), replies: [...before, summary] };
}

async function confirm(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const key = `${turn.conversationId}:${draft.formId}`;
  const known = memory.submitted[key];
  if (known) return { memory: withDraft(memory, undefined), replies: [text(t.alreadySubmitted(known, memory.easy))] };
  // "Absenden" before the summary was shown (a card's button, typed too early): show the summary first.
  if (draft.step.kind !== 'summary') return summarise(memory, draft, seminar, []);
  if (!ctx.port) return { memory, replies: [text(say(t.unavailable, memory.easy))] };
  const result = validateEnquiry(toEnquiryInput(draft.values, draft, seminar));
  if (!result.ok) return summarise(memory, draft, seminar, []);
  const allowed = ctx.port.allow(turn.userKey());
  if (!allowed.ok) return { memory, replies: [text(t.rateLimited(Math.max(1, Math.ceil(allowed.retryAfterMs / 60_000)), memory.easy))] };
  const { id, duplicate } = await ctx.port.submit(result.enquiry, key);
  const submitted = { ...memory.submitted, [key]: id };
  // The personal data leaves the conversation state now; the outbox holds it until delivery.
  const next: Memory = { ...memory, registration: undefined, submitted };
  if (duplicate) return { memory: next, replies: [text(t.alreadySubmitted(id, memory.easy))] };
  return { memory: next, replies: [text(memory.easy ? t.confirmedEasy(id) : t.confirmed(id))] };
}

// --------------------------------------------------------------------------------- card form

function openForm(memory: Memory, draft: RegistrationDraft, seminar: Seminar): Result {
  const updated = { ...draft, step: { kind: 'card' } as const, misses: 0 };
  return { memory: withDraft(memory, updated), replies: [{ kind: 'form', form: formModel(updated, seminar, memory.easy, {}) }] };
}

/** Typing while the card is open: values in the message continue as text; anything else is not an answer. */
function atCard(memory: Memory, draft: RegistrationDraft, seminar: Seminar, message: string, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result | undefined> | Result | undefined {
  const folded = fold(message);
  if ((t.formWords as readonly string[]).includes(folded)) return openForm(memory, draft, seminar);
  // "Ich schreibe lieber": the same questions as text, starting with the first one still open.
  if ((t.textWords as readonly string[]).includes(folded)) return advance(memory, draft, seminar, [text(say(t.textDialogIntro, memory.easy))]);
  const field = nextOpenField(draft.values) ?? 'name';
  const reading = readAnswer(message, field, ctx.knowledge);
  if (reading.kind !== 'values' || (reading.answer === undefined && Object.keys(reading.found).length === 0)) return undefined;
  const asText: RegistrationDraft = { ...draft, step: { kind: 'ask', field, back: false } };
  return atQuestion(memory, asText, seminar, field, false, message, turn, ctx);
}

async function submitForm(memory: Memory, draft: RegistrationDraft, seminar: Seminar, turn: RegistrationTurn, ctx: RegistrationContext): Promise<Result> {
  const raw = turn.value ?? {};
  const values: Values = {};
  for (const spec of [...FIELDS, ACCESSIBILITY_NOTE]) {
    const v = raw[spec.id];
    // Kept to show the form again with its errors: one character past the limit still says "too long", more is never stored.
    const cap = (spec.maxLength ?? FORM_VALUE_CAP) + 1;
    values[spec.id] = typeof v === 'string' ? v.slice(0, cap) : typeof v === 'boolean' ? String(v) : '';
  }
  // The role as one person's role, never the plural of a list ("Netzwerkkoordinator*innen").
  const role = recognizeRoles(values.role ?? '', ctx.knowledge)[0];
  if (role) values.role = roleAsWritten(values.role ?? '', role);
  const result = validateEnquiry(toEnquiryInput(values, draft, seminar), memory.easy);
  const updated: RegistrationDraft = { ...draft, values };
  if (!result.ok) {
    return {
      memory: withDraft(memory, { ...updated, step: { kind: 'card' } }),
      replies: [text(say(t.formFixErrors, memory.easy)), { kind: 'form', form: formModel(updated, seminar, memory.easy, result.errors) }],
    };
  }
  return summarise(memory, { ...updated, values: { ...values, consent: 'true' } }, seminar, []);
}

function formModel(draft: RegistrationDraft, seminar: Seminar, easy: boolean, errors: Partial<Record<string, string>>): RegistrationFormModel {
  const v = draft.values;
  const fields: FormField[] = [];
  for (const spec of FIELDS) {
    const base: FormField = {
      id: spec.id,
      label: spec.required ? label(spec, easy) : `${label(spec, easy)} ${say(formTexts.optional, easy)}`,
      ...(spec.required ? { requiredMessage: formTexts.requiredInput(label(spec, easy), easy) } : {}),
      value: v[spec.id] ?? '',
      required: spec.required,
      kind: spec.input,
      ...(errors[spec.id] ? { error: errors[spec.id] } : {}),
      ...(spec.maxLength ? { maxLength: spec.maxLength } : {}),
      ...(spec.example && spec.input !== 'toggle' ? { placeholder: formTexts.example((easy && spec.exampleEasy) || spec.example, easy) } : {}),
    };
    if (spec.id === 'accessibility') {
      fields.push({ ...base, options: accessibilityChoices.map((c) => ({ value: c.value, title: easy ? c.titleEasy : c.title })) });
      fields.push({
        id: ACCESSIBILITY_NOTE.id,
        label: `${say(ACCESSIBILITY_NOTE.labels, easy)} ${say(formTexts.optional, easy)}`,
        value: v.accessibilityNote ?? '',
        required: false,
        kind: 'multiline',
        maxLength: ACCESSIBILITY_NOTE.maxLength,
        ...(errors.accessibilityNote ? { error: errors.accessibilityNote } : {}),
      });
    } else if (spec.id === 'consent') {
      fields.push({ ...base, placeholder: say(t.consentTitle, easy), value: v.consent === 'true' ? 'true' : 'false' });
    } else {
      fields.push(base);
    }
  }
  return {
    title: t.formTitle(`${seminar.title}${draft.waitingList ? say(t.waitingListSuffix, easy) : ''}`, easy),
    intro: `${firstSessionText(seminar)}\n\n${say(t.formIntro, easy)}`,
    privacy: say(t.privacy, easy),
    fields,
    formId: draft.formId,
    submitLabel: say(t.submit, easy),
    cancelLabel: say(t.cancel, easy),
  };
}

export type { RegistrationStep };
