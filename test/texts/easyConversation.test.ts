// In Leichte-Sprache mode everything the bot writes itself is Leichte Sprache: the seminar list and
// details cards, the registration form with its errors, the summary and the buttons. Runs the real bot
// (shipped knowledge, TestAdapter) and compares every text it shows with the catalogue's standard forms.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { catalogue } from '../../src/texts/de/index.js';
import { buttonData, startChat } from '../bot/harness.js';
import { readEscapes } from '../support/markdown.js';

/** Monday, 15 February 2027, 09:00 in Berlin (as in the registration scripts). */
const NOW = berlinLocalToUtc('2027-02-15T09:00');
const OPEN_ID = 'barrierefreie-veranstaltungen-2027-03';
const FULL_ID = 'pressearbeit-grundlagen-2027-03';

type Replies = Array<Partial<Activity>>;

/**
 * The catalogue's standard-German forms that differ from their Leichte-Sprache form: `normal` next
 * to `easy`, as strings or as whole groups of card labels.
 */
function standardOnlyTexts(): string[] {
  const found: string[] = [];
  const easyStrings = new Set<string>();
  const leaves = (value: unknown, into: (s: string) => void): void => {
    if (typeof value === 'string') into(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const child of Object.values(value)) leaves(child, into);
  };
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const o = value as Record<string, unknown>;
    if ('normal' in o && 'easy' in o) {
      leaves(o.easy, (s) => easyStrings.add(s));
      leaves(o.normal, (s) => found.push(s));
      return;
    }
    for (const child of Object.values(o)) walk(child);
  };
  walk(catalogue);
  return [...new Set(found)].filter((s) => !easyStrings.has(s));
}

/** Every text a person reads or hears in these replies: message text, card texts, labels, placeholders, errors, facts. */
function shownTexts(replies: Replies): string[] {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'placeholder', 'errorMessage', 'tooltip', 'fallbackText', 'speak']) {
      if (typeof o[key] === 'string') parts.push(readEscapes(o[key] as string));
    }
    if (Array.isArray(o.facts)) for (const f of o.facts as Array<{ title: string; value: string }>) parts.push(readEscapes(f.title), readEscapes(f.value));
    for (const [key, value] of Object.entries(o)) if (key !== 'data' && key !== 'facts') walk(value);
  };
  for (const r of replies) {
    if (r.text) parts.push(readEscapes(r.text));
    for (const a of r.suggestedActions?.actions ?? []) parts.push(a.title);
    walk(r.attachments?.map((a) => a.content));
  }
  return parts;
}

/** Standard-register texts in what was shown: a label equal to one, or a sentence containing a long one. */
function standardIn(replies: Replies, standard: string[]): string[] {
  const shown = shownTexts(replies);
  return standard.filter((s) => shown.some((part) => part.trim() === s.trim() || (s.length >= 25 && part.includes(s))));
}

describe('Leichte Sprache everywhere in easy mode', () => {
  const standard = standardOnlyTexts();

  it('finds the standard forms to compare with (card labels, form errors, summary rows among them)', () => {
    for (const s of ['Ausgebucht', 'Weiter zur Übersicht', 'Anmeldeschluss', 'Organisation / Kommune', 'Bitte prüfen Sie die markierten Felder.', 'Bitte prüfen Sie Ihre Anfrage']) {
      expect(standard).toContain(s);
    }
  });

  it('shows list, details, full seminar, form, form errors and summary without one standard-German text of the catalogue', async () => {
    const chat = await startChat({ now: NOW, channelId: 'webchat' });
    const turns: Array<[string, Replies]> = [];
    const step = async (name: string, text: string, value?: Record<string, unknown>) => {
      const replies = await chat.say(text, value);
      turns.push([name, replies]);
      if (process.env.SHOW_REPLIES) console.info(`> ${name}\n${shownTexts(replies).join('\n')}\n`);
      return replies;
    };

    await step('switch', 'Leichte Sprache');
    await step('look-up', 'Online-Seminare mit Gebärdensprache im Dezember');
    await step('list', 'Seminare im März');
    await step('details', '', { action: 'seminar', id: OPEN_ID });
    await step('full details', '', { action: 'seminar', id: FULL_ID });
    await step('full seminar', '', { action: 'register', id: FULL_ID });
    await step('details again', '', { action: 'seminar', id: OPEN_ID });
    const form = await step('form', '', { action: 'register', id: OPEN_ID });
    const submit = buttonData(form, /^Weiter$/);
    const errors = await step('form errors', '', { ...submit, name: '', email: 'erika@', organisation: 'Stadt Erlangen', role: 'Ehrenamt', consent: 'false' });
    const summary = await step('summary', '', {
      ...buttonData(errors, /^Weiter$/),
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      organisation: 'Stadt Erlangen',
      role: 'Ehrenamt',
      accessibility: 'dgs',
      consent: 'true',
    });

    // The steps reached what they are for, in Leichte Sprache.
    const all = (replies: Replies) => shownTexts(replies).join('\n');
    expect(all(turns.find(([n]) => n === 'full details')![1])).toContain('Der Kurs ist voll');
    expect(all(form)).toContain('Wo Sie arbeiten');
    expect(all(form)).toContain('Datenschutz heißt');
    expect(all(errors)).toContain('Die E-Mail-Adresse stimmt nicht.');
    expect(all(errors)).toContain('Sie müssen einverstanden sein.');
    expect(all(summary)).toContain('Bitte prüfen Sie Ihre Angaben');
    expect(all(summary)).toContain('Hilfen für Sie: Gebärden-Sprache');

    const found = turns.map(([name, replies]) => [name, standardIn(replies, standard)] as const).filter(([, texts]) => texts.length > 0);
    expect(found).toEqual([]);
  });

  it('asks, refuses and summarises in the text dialog (plain-text channel) without one standard-German text', async () => {
    const chat = await startChat({ now: NOW, channelId: 'sms' });
    const turns: Array<[string, Replies]> = [];
    for (const text of [
      'Leichte Sprache',
      'Ich möchte mich für „Barrierefreie Veranstaltungen planen“ anmelden',
      'Erika Mustermann',
      'erika@',
      'erika@',
      'erika@example.org',
      'Stadt Erlangen',
      'Ehrenamt',
      'nein',
      '2',
      'nein',
      'ja',
    ]) {
      turns.push([text, await chat.say(text)]);
    }
    const said = turns.map(([, r]) => shownTexts(r).join('\n')).join('\n');
    expect(said).toContain('Die E-Mail-Adresse stimmt nicht.');
    expect(said).toContain('Das klappt gerade nicht. Sie können:');
    expect(said).toContain('Bitte prüfen Sie Ihre Angaben');
    expect(turns.map(([text, replies]) => [text, standardIn(replies, standard)] as const).filter(([, texts]) => texts.length > 0)).toEqual([]);
  });

  it('the same conversation in standard German does show the standard forms (the comparison can fail)', async () => {
    const chat = await startChat({ now: NOW, channelId: 'webchat' });
    await chat.say('', { action: 'seminar', id: OPEN_ID });
    const form = await chat.say('', { action: 'register', id: OPEN_ID });
    expect(standardIn(form, standard)).toEqual(expect.arrayContaining(['Weiter zur Übersicht', 'Organisation / Kommune']));
  });
});
