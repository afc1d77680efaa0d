import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/assistant/reply.js';
import { SHORT_TITLE_CHARS } from '../../src/bot/cards.js';
import { renderReplies } from '../../src/bot/render.js';
import { adaptiveCardProblems } from '../support/adaptiveCards.js';
import { readEscapes } from '../support/markdown.js';

const detail = {
  seminarId: 'pressearbeit',
  title: 'Pressearbeit für Inklusionsprojekte',
  summary: 'Wie Ihr Projekt in die Zeitung kommt.',
  description: 'Grundlagen der Pressearbeit.',
  sessions: ['Di., 9. März 2027, 10:00–16:00 Uhr'],
  format: 'Online',
  place: 'online',
  audience: 'Mitarbeiter*innen Öffentlichkeitsarbeit',
  accessibility: ['Leichte Sprache'],
  places: '5 von 20 frei',
  cost: 'kostenfrei',
  deadline: 'Di., 23. Februar 2027',
  full: false,
  past: false,
  sample: true,
  icsUrl: 'http://localhost:3978/seminare/pressearbeit.ics',
};

const replies: Array<[string, Reply]> = [
  ['choice', { kind: 'choice', text: 'Meinen Sie eine dieser Fragen?', choices: [{ label: 'Was kostet das?', intent: { action: 'faq', id: 'kosten' } }, { label: 'Muss ich mich anmelden?', intent: { action: 'faq', id: 'anmeldung' } }] }],
  ['seminars', {
    kind: 'seminars',
    text: 'Diese Fortbildungen passen zu Ihrer Rolle:',
    items: [
      { seminarId: 'a', title: 'Pressearbeit', when: 'Di., 9. März 2027 · Online', reason: 'Passt zu Ihrer Rolle.', full: false, placesLeft: 5 },
      { seminarId: 'b', title: 'Social Media', when: 'Mi., 7. April 2027 · Präsenz in Rostock', reason: '', full: true, placesLeft: 0, alternative: { seminarId: 'c', title: 'Social Media (2. Termin)', when: 'Mi., 2. Juni 2027' } },
    ],
    choices: [{ label: 'Pressearbeit', intent: { action: 'seminar', id: 'a' } }, { label: 'Social Media', intent: { action: 'seminar', id: 'b' } }, { label: 'Mehr anzeigen', intent: { action: 'more' } }],
  }],
  ['seminar', { kind: 'seminar', detail, choices: [{ label: 'Anmeldung anfragen', intent: { action: 'register', id: 'pressearbeit' } }, { label: 'Ähnliche Seminare', intent: { action: 'similar', id: 'pressearbeit' } }] }],
  ['form', {
    kind: 'form',
    form: {
      title: 'Anmeldeanfrage: Pressearbeit',
      intro: 'Bitte füllen Sie die Pflichtfelder aus.',
      privacy: 'Datenschutz: …',
      formId: 'f1',
      submitLabel: 'Weiter',
      cancelLabel: 'Abbrechen',
      fields: [
        { id: 'name', label: 'Name *', value: '', required: true, kind: 'text', maxLength: 200 },
        { id: 'email', label: 'E-Mail *', value: '', required: true, kind: 'email', error: 'Bitte geben Sie eine gültige E-Mail-Adresse an.' },
        { id: 'phone', label: 'Telefon', value: '', required: false, kind: 'tel' },
        { id: 'accessibility', label: 'Unterstützung', value: 'dgs', required: false, kind: 'choices', options: [{ value: 'dgs', title: 'Gebärdensprache (DGS)' }] },
        { id: 'message', label: 'Nachricht', value: '', required: false, kind: 'multiline' },
        { id: 'consent', label: 'Einwilligung *', value: 'false', required: true, kind: 'toggle', placeholder: 'Ich bin einverstanden.' },
      ],
    },
  }],
  ['summary', { kind: 'summary', summary: { title: 'Bitte prüfen', rows: [{ label: 'Name', value: 'A <b>' }], note: 'Noch keine Platzzusage.', formId: 'f1', choices: [{ label: 'Absenden', intent: { action: 'form', step: 'confirm' } }] } }],
];

describe('rendering replies for Web Chat and Teams', () => {
  it.each(replies)('renders a %s reply as a valid Adaptive Card 1.5 with a spoken and text fallback', (_kind, reply) => {
    const [activity] = renderReplies([reply], 'webchat', false);
    const card = activity?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card?.content as { version: string; fallbackText: string; speak: string };
    expect(content.version).toBe('1.5');
    expect(adaptiveCardProblems(content)).toEqual([]);
    expect(content.fallbackText.length).toBeGreaterThan(10);
    expect(activity?.speak).toBe(content.speak);
    expect(activity?.locale).toBe('de-DE');
  });

  it('says "Ausgebucht" in words, not only in colour, and offers the alternative', () => {
    const [activity] = renderReplies([replies[1]![1]], 'msteams', false);
    const json = JSON.stringify(activity?.attachments?.[0]?.content);
    expect(json).toContain('Ausgebucht');
    expect(json).toContain('Alternative: Social Media (2. Termin)');
  });

  it('offers the calendar file as a link and registration as a button on the detail card', () => {
    const [activity] = renderReplies([replies[2]![1]], 'webchat', false);
    const content = activity?.attachments?.[0]?.content as { actions: Array<{ type: string; title: string; url?: string; data?: unknown }> };
    expect(content.actions.map((a) => a.title)).toEqual(['Anmeldung anfragen', 'In meinen Kalender', 'Ähnliche Seminare']);
    expect(content.actions[1]).toMatchObject({ type: 'Action.OpenUrl', url: detail.icsUrl });
    expect(content.actions[0]?.data).toMatchObject({ action: 'register', id: 'pressearbeit', msteams: { type: 'messageBack', displayText: 'Anmeldung anfragen' } });
  });

  it('writes a listed seminar\'s deadline, when it has one, under its date in the card and in plain text', () => {
    const list = replies[1]![1] as Extract<Reply, { kind: 'seminars' }>;
    const asked: Reply = { ...list, items: list.items.map((item, i) => (i === 0 ? { ...item, deadline: '23. Februar 2027' } : item)) };
    const [card] = renderReplies([asked], 'msteams', false);
    const content = card?.attachments?.[0]?.content as { body: unknown };
    expect(adaptiveCardProblems(content)).toEqual([]);
    expect(JSON.stringify(content.body).match(/Anmeldeschluss[^"]*/g)).toEqual(['Anmeldeschluss: 23. Februar 2027']);
    const [sms] = renderReplies([asked], 'sms', false);
    expect(sms?.text).toContain('1. Pressearbeit\n   Di., 9. März 2027 · Online\n   Anmeldeschluss: 23. Februar 2027\n');
  });

  it('lets "Abbrechen" leave the form without validation', () => {
    const [activity] = renderReplies([replies[3]![1]], 'msteams', false);
    const content = activity?.attachments?.[0]?.content as { actions: Array<{ title: string; associatedInputs?: string }> };
    expect(content.actions.find((a) => a.title === 'Abbrechen')?.associatedInputs).toBe('none');
  });

  it('sends plain text without Markdown marks where cards are not supported (SMS)', () => {
    const faq: Reply = { kind: 'faq', faqId: 'kosten', question: 'Was kostet das?', answer: 'Die Angebote sind **kostenfrei** für alle Projektmitarbeiter*innen.\nMehr unter [der Website](https://example.org).', choices: [] };
    const [activity] = renderReplies([faq], 'sms', false);
    expect(activity?.textFormat).toBe('plain');
    expect(activity?.text).toBe('Die Angebote sind kostenfrei für alle Projektmitarbeiter*innen.\nMehr unter der Website (https://example.org).');
    const [detailText] = renderReplies([replies[2]![1]], 'sms', false);
    expect(detailText?.text).toContain('Anmeldeschluss: Di., 23. Februar 2027');
    expect(detailText?.text).not.toMatch(/\*\*|\\/);
  });

  it('falls back to numbered plain German text where cards are not supported', () => {
    const [choice] = renderReplies([replies[0]![1]], 'sms', false);
    expect(choice?.attachments).toBeUndefined();
    expect(choice?.text).toBe('Meinen Sie eine dieser Fragen?\n\n1. Was kostet das?\n2. Muss ich mich anmelden?\n\nAntworten Sie mit der Nummer oder dem Namen.');
    const [list] = renderReplies([replies[1]![1]], 'sms', false);
    expect(list?.text).toContain('1. Pressearbeit\n   Di., 9. März 2027 · Online\n   Passt zu Ihrer Rolle.');
    expect(list?.text).toContain('3. Mehr anzeigen');
  });

  it('keeps the author\'s bold in a FAQ answer but shows gender stars and a date at a line start as written', () => {
    const answer = 'Für **alle Projektmitarbeiter*innen**.\n9. Februar 2027 ist der Anmeldeschluss.\n1. Schritt: anmelden';
    const [activity] = renderReplies([{ kind: 'faq', faqId: 'x', question: 'x', answer, choices: [] }], 'webchat', false);
    expect(activity?.text).toBe('Für **alle Projektmitarbeiter\\*innen**.\n\n9\\. Februar 2027 ist der Anmeldeschluss.\n1. Schritt: anmelden');
  });

  it('puts related questions as suggested actions under a FAQ answer', () => {
    const [activity] = renderReplies([{ kind: 'faq', faqId: 'kosten', question: 'Was kostet das?', answer: 'Die Angebote sind **kostenfrei**.', choices: [{ label: 'Muss ich mich anmelden?', intent: { action: 'faq', id: 'anmeldung' } }] }], 'webchat', false);
    expect(activity?.text).toBe('Die Angebote sind **kostenfrei**.');
    expect(activity?.speak).toBe('Die Angebote sind kostenfrei.');
    expect(activity?.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'Muss ich mich anmelden?', value: 'Muss ich mich anmelden?' }]);
  });
});

describe('rendering for Microsoft Teams', () => {
  const menu: Reply = {
    kind: 'text',
    text: 'Wie kann ich helfen?',
    choices: [
      { label: 'Leichte Sprache', intent: { action: 'easy', on: true } },
      { label: 'Was passt zu meiner Rolle?', intent: { action: 'recommend' } },
      { label: 'Seminare finden', intent: { action: 'say', text: 'Seminare finden' } },
      { label: 'Hilfe', intent: { action: 'help' } },
      { label: 'Was kostet das?', intent: { action: 'faq', id: 'kosten' } },
    ],
  };

  it('offers at most 3 suggested actions in Teams, the commands "Leichte Sprache" and "Hilfe" giving way first', () => {
    const [teams] = renderReplies([menu], 'msteams', false);
    expect(teams?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Was passt zu meiner Rolle?', 'Seminare finden', 'Was kostet das?']);
    const [webchat] = renderReplies([menu], 'webchat', false);
    expect(webchat?.suggestedActions?.actions).toHaveLength(5);
  });

  it('keeps the order when 3 or fewer are offered', () => {
    const few: Reply = { kind: 'text', text: 'Hallo', choices: menu.kind === 'text' ? menu.choices!.slice(0, 3) : [] };
    const [teams] = renderReplies([few], 'msteams', false);
    expect(teams?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Leichte Sprache', 'Was passt zu meiner Rolle?', 'Seminare finden']);
  });

  it.each(replies)('gives a %s card the full chat width in Teams only', (_kind, reply) => {
    const [teams] = renderReplies([reply], 'msteams', false);
    expect(teams?.attachments?.[0]?.content).toMatchObject({ msteams: { width: 'Full' } });
    expect(adaptiveCardProblems(teams?.attachments?.[0]?.content)).toEqual([]);
    const [webchat] = renderReplies([reply], 'webchat', false);
    expect(webchat?.attachments?.[0]?.content).not.toHaveProperty('msteams');
  });

  it('uses short button titles on seminar lists in Teams, the seminar title standing in the card above', () => {
    const [teams] = renderReplies([replies[1]![1]], 'msteams', false);
    const json = JSON.stringify(teams?.attachments?.[0]?.content);
    const titles = [...json.matchAll(/"type":"Action.Submit","title":"([^"]+)"/g)].map((m) => m[1]);
    expect(titles).toEqual(['Details', 'Details', 'Alternative ansehen']);
    for (const title of titles) expect(title!.length).toBeLessThanOrEqual(SHORT_TITLE_CHARS);
    // What the person is shown to have chosen stays the full label.
    expect(json).toContain('"displayText":"Details: Social Media"');
    const [webchat] = renderReplies([replies[1]![1]], 'webchat', false);
    expect(JSON.stringify(webchat?.attachments?.[0]?.content)).toContain('"title":"Details: Social Media"');
  });

  it('shows long choices (role names) in Teams as selectable rows with the whole text, not as cut buttons', () => {
    const roles: Reply = {
      kind: 'choice',
      text: 'Welche Rolle haben Sie?',
      choices: [
        { label: 'Verantwortliche für Antragstellung und Fördermittel', intent: { action: 'role', id: 'antragstellung' } },
        { label: 'Referent*innen und Trainer*innen', intent: { action: 'role', id: 'referentinnen' } },
      ],
    };
    const [teams] = renderReplies([roles], 'msteams', false);
    const content = teams?.attachments?.[0]?.content as { body: Array<{ type: string; selectAction?: { data: unknown }; items?: Array<{ text: string }> }>; actions?: unknown[] };
    expect(content.actions).toBeUndefined();
    const rows = content.body.filter((e) => e.type === 'Container');
    expect(rows.map((r) => readEscapes(r.items?.[0]?.text ?? ''))).toEqual(['Verantwortliche für Antragstellung und Fördermittel', 'Referent*innen und Trainer*innen']);
    expect(rows[1]?.selectAction?.data).toMatchObject({ action: 'role', id: 'referentinnen' });
    expect(adaptiveCardProblems(content)).toEqual([]);
  });
});
