import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/assistant/reply.js';
import { renderReplies } from '../../src/bot/render.js';
import { adaptiveCardProblems } from '../support/adaptiveCards.js';

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

  it('lets "Abbrechen" leave the form without validation', () => {
    const [activity] = renderReplies([replies[3]![1]], 'msteams', false);
    const content = activity?.attachments?.[0]?.content as { actions: Array<{ title: string; associatedInputs?: string }> };
    expect(content.actions.find((a) => a.title === 'Abbrechen')?.associatedInputs).toBe('none');
  });

  it('falls back to numbered plain German text where cards are not supported', () => {
    const [choice] = renderReplies([replies[0]![1]], 'sms', false);
    expect(choice?.attachments).toBeUndefined();
    expect(choice?.text).toBe('Meinen Sie eine dieser Fragen?\n\n1. Was kostet das?\n2. Muss ich mich anmelden?\n\nAntworten Sie mit der Nummer oder dem Namen.');
    const [list] = renderReplies([replies[1]![1]], 'sms', false);
    expect(list?.text).toContain('1. Pressearbeit\n   Di., 9. März 2027 · Online\n   Passt zu Ihrer Rolle.');
    expect(list?.text).toContain('3. Mehr anzeigen');
  });

  it('puts related questions as suggested actions under a FAQ answer', () => {
    const [activity] = renderReplies([{ kind: 'faq', faqId: 'kosten', question: 'Was kostet das?', answer: 'Die Angebote sind **kostenfrei**.', choices: [{ label: 'Muss ich mich anmelden?', intent: { action: 'faq', id: 'anmeldung' } }] }], 'webchat', false);
    expect(activity?.text).toBe('Die Angebote sind **kostenfrei**.');
    expect(activity?.speak).toBe('Die Angebote sind kostenfrei.');
    expect(activity?.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'Muss ich mich anmelden?', value: 'Muss ich mich anmelden?' }]);
  });
});
