// Turns reply models into Bot Framework activities for one channel: Adaptive Cards and suggested
// actions where the channel shows them, numbered plain text where it does not.
import { ActionTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import type { Choice, Reply } from '../assistant/reply.js';
import { choiceCard, formCard, seminarDetailCard, seminarListCard, summaryCard } from './cards.js';
import { replyAsText } from './plainText.js';
import { botTexts } from './texts.js';

/** Channels that render Adaptive Cards and suggested actions. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);

export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? '');
}

export function renderReplies(replies: Reply[], channelId: string | undefined, easy: boolean): Array<Partial<Activity>> {
  const cards = supportsCards(channelId);
  return replies.map((reply) => (cards ? renderRich(reply, easy) : renderPlain(reply, easy)));
}

function renderPlain(reply: Reply, easy: boolean): Partial<Activity> {
  const text = replyAsText(reply, easy ? botTexts.numberedHint.easy : botTexts.numberedHint.normal);
  return { type: 'message', text, textFormat: 'markdown', speak: stripMarkdown(text), inputHint: 'expectingInput', locale: 'de-DE' };
}

function renderRich(reply: Reply, easy: boolean): Partial<Activity> {
  const plain = stripMarkdown(replyAsText(reply, easy ? botTexts.numberedHint.easy : botTexts.numberedHint.normal));
  const base = { type: 'message', locale: 'de-DE', inputHint: 'expectingInput', speak: plain } as const;
  switch (reply.kind) {
    case 'text':
      return { ...base, speak: stripMarkdown(reply.text), text: lineBreaks(reply.text), textFormat: 'markdown', ...suggested(reply.choices) };
    case 'faq':
      return { ...base, speak: stripMarkdown(reply.answer), text: lineBreaks(reply.answer), textFormat: 'markdown', ...suggested(reply.choices) };
    case 'choice':
      return { ...base, attachments: [CardFactory.adaptiveCard(choiceCard(reply.text, reply.choices, plain))] };
    case 'seminars':
      return {
        ...base,
        attachments: [CardFactory.adaptiveCard(seminarListCard(reply.text, reply.items, plain, botTexts.seminarList))],
        // Each item has its own "Details" button in the card; suggestions carry the rest.
        ...suggested(reply.choices.filter((c) => c.intent.action !== 'seminar')),
      };
    case 'seminar':
      return { ...base, attachments: [CardFactory.adaptiveCard(seminarDetailCard(reply.detail, reply.choices, plain, botTexts.seminarDetail))] };
    case 'form':
      return { ...base, attachments: [CardFactory.adaptiveCard(formCard(reply.form, plain))] };
    case 'summary':
      return { ...base, attachments: [CardFactory.adaptiveCard(summaryCard(reply.summary, plain))] };
  }
}

function suggested(choices: Choice[] | undefined): Partial<Activity> {
  if (!choices || choices.length === 0) return {};
  const actions: CardAction[] = choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label }));
  return { suggestedActions: { actions, to: [] } };
}

/**
 * A single line break in our texts means a new line (Leichte Sprache: one sentence per line), but
 * Markdown would join the lines into one paragraph. Lines become paragraphs; lists stay lists.
 */
export function lineBreaks(text: string): string {
  const item = /^\s*(?:[-*]|\d+\.)\s/;
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      if (next === undefined || line.trim() === '' || next.trim() === '' || item.test(next)) return `${line}\n`;
      return `${line}\n\n`;
    })
    .join('')
    .replace(/\n$/, '');
}

export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(\S.*?)\*/g, '$1$2')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/^#+\s*/gm, '')
    .replace(/^\s*[-*]\s+/gm, '– ');
}
