// Adaptive Cards (schema 1.5) for the reply models. Buttons carry the assistant's intent as
// Action.Submit data; Teams also gets messageBack so the person sees what they chose.
import type { Choice, FormField, RegistrationFormModel, RegistrationSummaryModel, SeminarDetail, SeminarItem } from '../assistant/reply.js';
import { escapeMarkdown } from './markdown.js';
import { formTexts } from '../texts/de/form.js';

export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText: string;
  speak: string;
}

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

function card(body: CardElement[], actions: CardElement[] | undefined, plain: string): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, ...(actions && actions.length ? { actions } : {}), fallbackText: plain, speak: plain };
}

export function submit(choice: Choice, style?: 'positive' | 'destructive', extra: Record<string, unknown> = {}, title = choice.label): CardElement {
  return {
    type: 'Action.Submit',
    title,
    // A shortened title keeps the full label as tooltip (and as what the person is shown to have chosen).
    ...(title !== choice.label ? { tooltip: choice.label } : {}),
    ...(style ? { style } : {}),
    data: { ...choice.intent, ...extra, msteams: { type: 'messageBack', displayText: choice.label, text: '' } },
  };
}

// Every text in a card is data shown as written (see markdown.ts), never Markdown.
const heading = (text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement => ({ type: 'TextBlock', text: escapeMarkdown(text), wrap: true, weight: 'Bolder', size, style: 'heading' });
const para = (text: string, extra: Record<string, unknown> = {}): CardElement => ({ type: 'TextBlock', text: escapeMarkdown(text), wrap: true, ...extra });
const fact = (title: string, value: string) => ({ title: escapeMarkdown(title), value: escapeMarkdown(value) });

/** Hosts show at most 5 actions per set (the Adaptive Cards default host config; Teams allows 6). */
const MAX_ACTIONS = 5;

/** Teams cuts button titles after roughly this many characters (narrower on phones). */
export const SHORT_TITLE_CHARS = 30;

/**
 * `shortTitles` (Teams): when a label would be cut, each choice becomes a selectable row with its
 * full text wrapped in the card body instead of a button.
 */
export function choiceCard(text: string, choices: Choice[], plain: string, shortTitles = false): AdaptiveCard {
  if (shortTitles && choices.some((c) => c.label.length > SHORT_TITLE_CHARS)) {
    const rows = choices.map((c): CardElement => ({
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      selectAction: submit(c),
      items: [para(c.label, { color: 'Accent' })],
    }));
    return card([para(text), ...rows], undefined, plain);
  }
  const actions = choices.map((c) => submit(c));
  if (actions.length <= MAX_ACTIONS) return card([para(text)], actions, plain);
  // Longer lists (the roles) become several action sets in the body, so no button is dropped.
  const sets: CardElement[] = [];
  for (let i = 0; i < actions.length; i += MAX_ACTIONS) sets.push({ type: 'ActionSet', actions: actions.slice(i, i + MAX_ACTIONS), spacing: 'Small' });
  return card([para(text), ...sets], undefined, plain);
}

export interface SeminarListLabels {
  details: string;
  full: string;
  alternative: string;
  /** Button title for the alternative when titles must be short (Teams). */
  alternativeShort: string;
  /** Before the deadline, when the list answers a question about it. */
  deadline: string;
  placesLeft: (n: number) => string;
}

/**
 * `shortTitles`: Teams cuts long button titles, so its buttons say only "Details" and "Alternative
 * ansehen" (the seminar's title stands right above them in the card, the full label is the tooltip).
 */
export function seminarListCard(intro: string, items: SeminarItem[], plain: string, labels: SeminarListLabels, shortTitles = false): AdaptiveCard {
  const body: CardElement[] = [heading(intro)];
  for (const item of items) {
    const lines: CardElement[] = [
      { ...heading(item.title), size: 'Default' },
      para(item.when, { spacing: 'Small' }),
    ];
    if (item.deadline) lines.push(para(`${labels.deadline}: ${item.deadline}`, { spacing: 'Small', weight: 'Bolder' }));
    if (item.reason) lines.push(para(item.reason, { spacing: 'Small', isSubtle: true }));
    lines.push(
      para(item.full ? labels.full : labels.placesLeft(item.placesLeft), { spacing: 'Small', color: item.full ? 'Attention' : 'Default', ...(item.full ? { weight: 'Bolder' } : {}) }),
    );
    if (item.full && item.alternative) lines.push(para(`${labels.alternative}: ${item.alternative.title}, ${item.alternative.when}`, { spacing: 'Small' }));
    const details = { label: `${labels.details}: ${item.title}`, intent: { action: 'seminar', id: item.seminarId } } as const;
    const actions = [submit(details, undefined, {}, shortTitles ? labels.details : details.label)];
    if (item.full && item.alternative) {
      const alternative = { label: `${labels.alternative}: ${item.alternative.title}`, intent: { action: 'seminar', id: item.alternative.seminarId } } as const;
      actions.push(submit(alternative, undefined, {}, shortTitles ? labels.alternativeShort : alternative.label));
    }
    lines.push({ type: 'ActionSet', actions });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: lines });
  }
  return card(body, undefined, plain);
}

export function seminarDetailCard(d: SeminarDetail, choices: Choice[], plain: string, labels: Record<'sessions' | 'format' | 'audience' | 'accessibility' | 'places' | 'cost' | 'deadline' | 'calendar' | 'sample', string>): AdaptiveCard {
  // Each session on its own line (escapeMarkdown keeps lines apart).
  const facts = [
    fact(labels.sessions, d.sessions.join('\n')),
    fact(labels.format, d.place),
    fact(labels.audience, d.audience),
    fact(labels.accessibility, d.accessibility.join('; ') || '–'),
    fact(labels.places, d.places),
    fact(labels.cost, d.cost),
    fact(labels.deadline, d.deadline),
  ];
  const body: CardElement[] = [heading(d.title, 'Large'), para(d.summary), ...(d.description ? [para(d.description, { isSubtle: true })] : []), { type: 'FactSet', facts }];
  if (d.sample) body.push(para(labels.sample, { isSubtle: true, size: 'Small' }));
  const actions: CardElement[] = choices.map((c, i) => submit(c, i === 0 && !d.full && !d.past ? 'positive' : undefined));
  actions.splice(1, 0, { type: 'Action.OpenUrl', title: labels.calendar, url: d.icsUrl });
  return card(body, actions, plain);
}

export function formCard(form: RegistrationFormModel, plain: string): AdaptiveCard {
  const body: CardElement[] = [heading(form.title), para(form.intro)];
  for (const field of form.fields) body.push(...formInput(field));
  body.push(para(form.privacy, { size: 'Small', isSubtle: true }));
  const actions: CardElement[] = [
    { type: 'Action.Submit', title: form.submitLabel, style: 'positive', data: { action: 'form', step: 'submit', formId: form.formId } },
    { type: 'Action.Submit', title: form.cancelLabel, associatedInputs: 'none', data: { action: 'form', step: 'cancel', formId: form.formId } },
  ];
  return card(body, actions, plain);
}

/**
 * One input of the registration form. Labels carry no "*": hosts mark isRequired inputs themselves, so
 * a star in the label would show twice ("Name * *").
 */
export function formInput(field: FormField): CardElement[] {
  const common = {
    id: field.id,
    label: field.label,
    isRequired: field.required,
    ...(field.error ? { errorMessage: field.error } : field.required ? { errorMessage: field.requiredMessage ?? formTexts.requiredInput(field.label, false) } : {}),
  };
  const error: CardElement[] = field.error ? [para(`⚠ ${field.error}`, { color: 'Attention', spacing: 'None' })] : [];
  switch (field.kind) {
    case 'choices':
      return [
        { type: 'Input.ChoiceSet', ...common, isMultiSelect: true, style: 'expanded', wrap: true, value: field.value, choices: field.options ?? [] },
        ...error,
      ];
    case 'toggle':
      return [{ type: 'Input.Toggle', ...common, title: field.placeholder ?? field.label, wrap: true, value: field.value === 'true' ? 'true' : 'false', valueOn: 'true', valueOff: 'false' }, ...error];
    default:
      return [
        {
          type: 'Input.Text',
          ...common,
          value: field.value,
          style: field.kind === 'email' ? 'Email' : field.kind === 'tel' ? 'Tel' : 'Text',
          isMultiline: field.kind === 'multiline',
          ...(field.placeholder ? { placeholder: field.placeholder } : {}),
          ...(field.maxLength ? { maxLength: field.maxLength } : {}),
          ...(field.kind === 'email' ? { regex: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } : {}),
        },
        ...error,
      ];
  }
}

export function summaryCard(s: RegistrationSummaryModel, plain: string): AdaptiveCard {
  const body: CardElement[] = [heading(s.title), { type: 'FactSet', facts: s.rows.map((r) => ({ title: r.label, value: r.value })) }, para(s.note, { size: 'Small' })];
  return card(body, s.choices.map((c, i) => submit(c, i === 0 ? 'positive' : undefined, { formId: s.formId })), plain);
}
