// The bot: routes activities to the assistant and renders its replies. Handlers are registered by
// route, state is injected, so moving to @microsoft/agents-hosting later touches only src/bot/.
import { createHash } from 'node:crypto';
import { TeamsActivityHandler, TeamsInfo, TurnContext, type MessagingExtensionQuery, type MessagingExtensionResponse, type Storage } from 'botbuilder';
import { respond, welcome, type AssistantDeps } from '../assistant/respond.js';
import { restoreMemory, type Memory } from '../assistant/memory.js';
import type { Logger } from '../logger.js';
import type { TurnFacts } from '../analytics/classify.js';
import { isWarmUpTurn } from './warmUp.js';
import { renderReplies, supportsCards } from './render.js';
import { seminarSearchResponse } from './messageExtension.js';
import { say, texts } from '../texts/de/conversation.js';
import { sharedSeminarId } from './sharedCard.js';
import { ConversationStore } from './state.js';

export interface BotDeps {
  /** Where conversation state is kept (expiring memory or Azure Blob Storage). */
  storage: Storage;
  /** The knowledge and index serving right now (they are swapped on reload). */
  assistant: () => Omit<AssistantDeps, 'now'> | undefined;
  now: () => Date;
  logger: Logger;
  /** Public base URL for links in cards (calendar files). */
  baseUrl: () => string;
  registration?: AssistantDeps['registration'];
  /** Counts the turn for the education team's report; never blocks or fails the turn. */
  analytics?: { record(facts: TurnFacts): void };
}

interface StoredConversation {
  memory?: unknown;
  /** Members (or the team) already greeted, so a repeated conversationUpdate does not greet twice. */
  welcomed?: string[];
}

export class InklusionsprofiBot extends TeamsActivityHandler {
  private readonly store: ConversationStore<StoredConversation>;

  constructor(private readonly deps: BotDeps) {
    super();
    this.store = new ConversationStore<StoredConversation>(deps.storage, 'inklusionsprofi');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      await this.greetNewMembers(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.store.saveChanges(context);
  }

  /** Deletes the conversation's state (the start-up's warm-up turns leave nothing behind). */
  forget(context: TurnContext): Promise<void> {
    return this.store.delete(context);
  }

  /** Teams search message extension "Seminar suchen": matching seminars as cards to share. */
  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return seminarSearchResponse(query, this.deps.assistant(), { now: this.deps.now(), baseUrl: this.deps.baseUrl() });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const stored = await this.store.get(context);
    const memory = restoreMemory(stored.memory);
    const services = this.deps.assistant();
    if (!services) {
      await context.sendActivity(say(texts.starting, memory.easy));
      return;
    }
    const activity = context.activity;
    // A seminar card shared from the search extension asks for that seminar's details.
    const shared = sharedSeminarId(activity);
    const text = shared ? '' : messageText(context);
    const result = await respond(
      memory,
      {
        text,
        value: shared ? { action: 'seminar', id: shared } : activity.value,
        cards: supportsCards(activity.channelId),
        conversationId: `${activity.channelId}:${activity.conversation?.id ?? ''}`,
        // Hashed only when an enquiry is sent (a SHA-256 per turn was ~1 % of a FAQ request).
        userKey: () => pseudonym(clientOf(activity)),
        ...(activity.channelId === 'msteams' ? { profile: () => teamsProfile(context, this.deps.logger) } : {}),
      },
      { ...services, now: this.deps.now(), baseUrl: this.deps.baseUrl(), ...(this.deps.registration ? { registration: this.deps.registration } : {}) },
    );
    const registrationOpen = Boolean(memory.registration ?? result.memory.registration);
    // The start-up's warm-up turns are not traffic.
    if (!isWarmUpTurn(activity)) this.deps.analytics?.record({ trace: result.trace, text, channel: activity.channelId, registrationOpen });
    stored.memory = result.memory;
    await this.store.set(context, stored);
    await this.send(context, renderReplies(result.replies, context.activity.channelId, result.memory.easy));
  }

  private async greetNewMembers(context: TurnContext): Promise<void> {
    const stored = await this.store.get(context);
    const welcomed = new Set(stored.welcomed ?? []);
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    // In a team or group chat the bot greets once, when it is added; in a personal chat or web chat, the person.
    const isGroup = Boolean(context.activity.conversation?.isGroup) || context.activity.conversation?.conversationType === 'channel';
    const toGreet = isGroup ? added.filter((m) => m.id === botId).map(() => `conversation:${context.activity.conversation.id.split(';')[0]}`) : added.filter((m) => m.id !== botId).map((m) => m.id);
    const fresh = toGreet.filter((id) => !welcomed.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) welcomed.add(id);
    stored.welcomed = [...welcomed].slice(-200);
    await this.store.set(context, stored);
    const memory: Memory = restoreMemory(stored.memory);
    await this.send(context, renderReplies(welcome(memory), context.activity.channelId, memory.easy));
  }

  private async send(context: TurnContext, activities: Parameters<TurnContext['sendActivities']>[0]): Promise<void> {
    if (activities.length > 0) await context.sendActivities(activities);
  }
}

/** Name and e-mail from the Teams member profile, to prefill the form; any failure leaves it empty. */
async function teamsProfile(context: TurnContext, logger: Logger): Promise<{ name?: string; email?: string } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    // The connector retries failures; the person should not wait for that — an empty form is fine.
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PROFILE_TIMEOUT_MS);
    });
    const member = await Promise.race([TeamsInfo.getMember(context, context.activity.from.id), timeout]);
    return { ...(member.name ? { name: member.name } : {}), ...(member.email ? { email: member.email } : {}) };
  } catch (error) {
    logger.debug({ err: error instanceof Error ? (error.message === 'timeout' ? 'timeout' : error.name) : 'unknown' }, 'Teams profile lookup failed; form stays empty');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

const PROFILE_TIMEOUT_MS = 3_000;

/** A stable key for rate limits that is not the channel's user id itself. */
/**
 * Whom rate limits count: the Entra ID object (Teams, the same person in every chat), the client address
 * the local Direct Line vouches for (channelData.clientKey, not settable by the browser), else the sender.
 */
function clientOf(activity: TurnContext['activity']): string {
  const aad = activity.from?.aadObjectId;
  if (activity.channelId === 'msteams' && typeof aad === 'string' && aad) return `aad:${aad}`;
  const clientKey = (activity.channelData as { clientKey?: unknown } | undefined)?.clientKey;
  if (typeof clientKey === 'string' && clientKey) return `client:${clientKey}`;
  return `${activity.channelId}:${activity.from?.id ?? ''}`;
}

function pseudonym(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}

/** The message text without the bot's @mention (Teams puts "<at>Inklusionsprofi</at>" in front). */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  if (activity.entities?.some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}
