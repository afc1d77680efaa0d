// Turns reply models into Bot Framework activities for one channel: Adaptive Cards and suggested
// actions where the channel shows them, numbered plain text where it does not.
import { ActionTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { Choice, Reply } from '../assistant/reply.js';
import { choiceCard, formCard, seminarDetailCard, seminarListCard, summaryCard, type AdaptiveCard } from './cards.js';
import { authoredMarkdown, stripMarkdown } from './markdown.js';
import { replyAsText } from './plainText.js';
import { botTexts } from '../texts/de/cards.js';

/** Channels that render Adaptive Cards and suggested actions. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);

/** Teams shows only the first three suggested actions and drops the rest without a trace. */
export const TEAMS_MAX_SUGGESTED = 3;

export function supportsCards(channelId: string | undefined): boolean {
  return CARD_CHANNELS.has(channelId ?? '');
}

export function renderReplies(replies: Reply[], channelId: string | undefined, easy: boolean): Array<Partial<Activity>> {
  const cards = supportsCards(channelId);
  return replies.map((reply) => (cards ? renderRich(reply, easy, channelId === 'msteams') : renderPlain(reply, easy)));
}

/** Plain means plain: no Markdown marks where the channel would show them as characters. */
function renderPlain(reply: Reply, easy: boolean): Partial<Activity> {
  const text = stripMarkdown(replyAsText(reply, easy ? botTexts.numberedHint.easy : botTexts.numberedHint.normal, easy));
  return { type: 'message', text, textFormat: 'plain', speak: text, inputHint: 'expectingInput', locale: 'de-DE' };
}

function renderRich(reply: Reply, easy: boolean, teams: boolean): Partial<Activity> {
  // A text or FAQ reply speaks its own text: the whole reply as plain text is made only for cards.
  if (reply.kind === 'text' || reply.kind === 'faq') {
    const { speak, markdown } = reply.kind === 'faq' ? faqAnswerTexts(reply.answer) : { speak: stripMarkdown(reply.text), markdown: authoredMarkdown(reply.text) };
    return { type: 'message', locale: 'de-DE', inputHint: 'expectingInput', speak, text: markdown, textFormat: 'markdown', ...suggested(reply.choices, teams) };
  }
  const plain = stripMarkdown(replyAsText(reply, easy ? botTexts.numberedHint.easy : botTexts.numberedHint.normal, easy));
  const base = { type: 'message', locale: 'de-DE', inputHint: 'expectingInput', speak: plain } as const;
  const adaptive = (content: AdaptiveCard): Partial<Activity> => ({ attachments: [cardAttachment(content, teams)] });
  switch (reply.kind) {
    case 'choice':
      return { ...base, ...adaptive(choiceCard(reply.text, reply.choices, plain, teams)) };
    case 'seminars':
      return {
        ...base,
        ...adaptive(seminarListCard(reply.text, reply.items, plain, easy ? botTexts.seminarList.easy : botTexts.seminarList.normal, teams)),
        // Each item has its own "Details" button in the card; suggestions carry the rest.
        ...suggested(reply.choices.filter((c) => c.intent.action !== 'seminar'), teams),
      };
    case 'seminar':
      return { ...base, ...adaptive(seminarDetailCard(reply.detail, reply.choices, plain, easy ? botTexts.seminarDetail.easy : botTexts.seminarDetail.normal)) };
    case 'form':
      return { ...base, ...adaptive(formCard(reply.form, plain)) };
    case 'summary':
      return { ...base, ...adaptive(summaryCard(reply.summary, plain)) };
  }
}

/**
 * An FAQ answer's spoken and Markdown form, kept per answer text: the answers are the knowledge's own
 * few hundred texts, asked again and again (both forms were ~2 % of a FAQ request). Only FAQ answers:
 * other texts may carry what a person typed, which is not kept. Bounded, so reloads cannot grow it.
 */
const faqAnswers = new Map<string, { speak: string; markdown: string }>();
const FAQ_ANSWERS_KEPT = 2_000;

function faqAnswerTexts(answer: string): { speak: string; markdown: string } {
  let texts = faqAnswers.get(answer);
  if (!texts) {
    if (faqAnswers.size >= FAQ_ANSWERS_KEPT) faqAnswers.clear();
    texts = { speak: stripMarkdown(answer), markdown: authoredMarkdown(answer) };
    faqAnswers.set(answer, texts);
  }
  return texts;
}

/** In Teams a card uses the whole width of the chat (fewer wrapped lines, less cut text). */
function cardAttachment(content: AdaptiveCard, teams: boolean): Attachment {
  return CardFactory.adaptiveCard(teams ? { ...content, msteams: { width: 'Full' } } : content);
}

/**
 * Suggested actions under a message. Teams shows three at most: the menu commands ("Leichte
 * Sprache", "Hilfe"), which can always be typed, give way first; the assistant's order decides the rest.
 */
function suggested(choices: Choice[] | undefined, teams: boolean): Partial<Activity> {
  if (!choices || choices.length === 0) return {};
  let shown = choices;
  if (teams && shown.length > TEAMS_MAX_SUGGESTED) {
    const menu = (c: Choice) => c.intent.action === 'easy' || c.intent.action === 'help';
    shown = [...shown.filter((c) => !menu(c)), ...shown.filter(menu)].slice(0, TEAMS_MAX_SUGGESTED);
  }
  const actions: CardAction[] = shown.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label }));
  return { suggestedActions: { actions, to: [] } };
}
