// The shapes crossing the local Direct Line: what the browser may post, what the bot receives
// (a complete Bot Framework activity, as Azure would send it), and what goes back to the browser.
import { z } from 'zod';
import type { ClientActivity, Conversation, NewActivity } from './store.js';

export const BOT_ACCOUNT = { id: 'inklusionsprofi', name: 'Inklusionsprofi', role: 'bot' } as const;
export const CHANNEL_ID = 'webchat';

const clientActivitySchema = z.object({
  type: z.enum(['message', 'typing'], { message: 'only message and typing activities are accepted' }),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(20).optional(),
  localTimestamp: z.string().max(40).optional(),
  from: z.object({ name: z.string().max(100).optional() }).passthrough().optional(),
  channelData: z.object({ clientActivityID: z.string().max(100).optional() }).passthrough().optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not accepted').optional(),
});

export type PostedActivity = z.infer<typeof clientActivitySchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parsePostedActivity(body: unknown): Parsed<PostedActivity> {
  const result = clientActivitySchema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || 'activity'}: ${issue.message}` : 'invalid activity' };
}

/**
 * The person's activity as it appears in the conversation log. The sender is always the
 * conversation's own user, whatever the browser claims, so one conversation cannot speak as another.
 */
export function userActivity(conversation: Conversation, posted: PostedActivity, timestamp: string): NewActivity {
  const clientActivityID = posted.channelData?.clientActivityID;
  return {
    type: posted.type,
    timestamp,
    ...(posted.localTimestamp ? { localTimestamp: posted.localTimestamp } : {}),
    channelId: CHANNEL_ID,
    conversation: { id: conversation.id },
    from: { id: conversation.userId, ...(posted.from?.name ? { name: posted.from.name } : {}), role: 'user' },
    ...(posted.text !== undefined ? { text: posted.text } : {}),
    ...(posted.textFormat ? { textFormat: posted.textFormat } : {}),
    ...(posted.value !== undefined ? { value: posted.value } : {}),
    locale: posted.locale ?? 'de-DE',
    // Web Chat matches its pending message to the echo by this id.
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  };
}

/**
 * The activity the bot receives: the logged one plus the routing fields Azure adds, and the hashed
 * client address (channelData.clientKey) so limits can count per client, not per conversation.
 */
export function toBot(activity: ClientActivity, serviceUrl: string, clientKey?: string): Record<string, unknown> {
  const channelData = typeof activity.channelData === 'object' && activity.channelData !== null ? activity.channelData : {};
  return { ...activity, serviceUrl, recipient: { ...BOT_ACCOUNT }, ...(clientKey ? { channelData: { ...channelData, clientKey } } : {}) };
}

export function conversationUpdate(conversation: Conversation, serviceUrl: string, id: string, timestamp: string): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id,
    timestamp,
    channelId: CHANNEL_ID,
    serviceUrl,
    conversation: { id: conversation.id },
    from: { id: conversation.userId, role: 'user' },
    recipient: { ...BOT_ACCOUNT },
    membersAdded: [{ id: conversation.userId }],
    locale: 'de-DE',
  };
}

const botActivitySchema = z.object({ type: z.string().min(1).max(50) }).passthrough();

/** A reply the bot posted to the connector routes, cleaned for the browser; undefined when it is not for the browser. */
export function fromBot(body: unknown, conversation: Conversation, replyToId: string | undefined, timestamp: string): Parsed<NewActivity | undefined> {
  const result = botActivitySchema.safeParse(body);
  if (!result.success) return { ok: false, reason: 'body must be an activity with a type' };
  // Traces are for the Emulator only; Azure does not forward them to Web Chat either.
  if (result.data.type === 'trace') return { ok: true, value: undefined };
  const { serviceUrl: _serviceUrl, recipient: _recipient, id: _id, ...rest } = result.data;
  const from = typeof rest.from === 'object' && rest.from !== null ? (rest.from as Record<string, unknown>) : {};
  return {
    ok: true,
    value: {
      ...rest,
      type: result.data.type,
      timestamp,
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      from: { id: BOT_ACCOUNT.id, name: BOT_ACCOUNT.name, ...from, role: 'bot' },
      ...(replyToId ? { replyToId } : {}),
    },
  };
}
