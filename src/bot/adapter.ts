// The Bot Framework adapter with the app's credentials, and the one place that turns an error
// inside a turn into a German apology for the person and a PII-free log line for the operator.
import { Channels, CloudAdapter, ConfigurationBotFrameworkAuthentication, RoleTypes, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { botTexts } from '../texts/de/cards.js';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter with its turn entry point reachable after our own authentication step, so the HTTP
 * layer decides the answer to a bad token (401, plain) instead of CloudAdapter.process (500 with the
 * library's message, printed to stderr).
 */
export class BotAdapter extends CloudAdapter {
  runAuthenticated(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

export interface BotEndpoint {
  adapter: BotAdapter;
  /** Checks the request's token (always passes in local mode); throws when it is missing, forged or unverifiable. */
  authenticate(activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult>;
}

export function createBotEndpoint(bot: Config['bot'], logger: Logger, outboundTimeoutMs = OUTBOUND_TIMEOUT_MS): BotEndpoint {
  const { adapter, auth } = build(bot, logger);
  const policy = boundedOutbound(outboundTimeoutMs, OUTBOUND_CONCURRENCY);
  // Local mode only: no app id, no credentials, so a client for one serviceUrl is the same for every
  // request. CloudAdapter builds a new connector client (an HTTP pipeline of a dozen policies) and
  // a user-token client for every request, even when the replies go back in the HTTP response.
  // With an app id the clients carry credentials and are left to botbuilder as they are.
  const localClients = bot.appId ? undefined : new BoundedCache<Promise<ConnectorClient>>(MAX_LOCAL_CLIENTS);
  if (!bot.appId) reuseUserTokenClients(auth);
  const authenticate = async (activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult> => {
    const result = await auth.authenticateRequest(activity as Activity, authHeader);
    // The turn's replies and look-ups use this factory's clients.
    if (result.connectorFactory) {
      withBoundedOutbound(result.connectorFactory, policy);
      if (localClients) reuseClients(result.connectorFactory, localClients);
    }
    return result;
  };
  // Local mode only: authentication is off, and the result (anonymous claims, the audience, no caller id,
  // a connector factory without credentials) is the same for every request — except an Emulator's skill
  // call, which botbuilder answers with skill claims. Made once instead of per request (~3 % of a request:
  // half a dozen async steps and a new factory each time). With an app id every request is checked.
  let anonymous: Promise<AuthenticateRequestResult> | undefined;
  return {
    adapter,
    authenticate(activity, authHeader) {
      if (bot.appId || isEmulatorSkillCall(activity)) return authenticate(activity, authHeader);
      if (!anonymous) {
        anonymous = authenticate(activity, authHeader);
        anonymous.catch(() => (anonymous = undefined));
      }
      return anonymous;
    },
  };
}

/** What botbuilder authenticates differently when authentication is off (JwtTokenValidation: anonymous skill claims). */
function isEmulatorSkillCall(activity: Partial<Activity>): boolean {
  return activity.channelId === Channels.Emulator && activity.recipient?.role === RoleTypes.Skill;
}

/** Connector clients kept in local mode (one per serviceUrl: the web chat's own, the Emulator's). */
const MAX_LOCAL_CLIENTS = 32;

/** A Map that forgets its oldest entry beyond `max` entries. */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** The factory hands out one client per serviceUrl and audience; a failed creation is not kept. */
function reuseClients(factory: ConnectorFactory, cache: BoundedCache<Promise<ConnectorClient>>): void {
  const create = factory.create.bind(factory);
  factory.create = (serviceUrl, audience) => {
    const key = `${serviceUrl}\n${audience ?? ''}`;
    let client = cache.get(key);
    if (!client) {
      client = create(serviceUrl, audience);
      cache.set(key, client);
      client.catch(() => cache.delete(key));
    }
    return client;
  };
}

/** The user-token client depends only on the (anonymous) claims in local mode: one per distinct set. */
function reuseUserTokenClients(auth: ConfigurationBotFrameworkAuthentication): void {
  const create = auth.createUserTokenClient.bind(auth);
  const cache = new BoundedCache<ReturnType<typeof create>>(MAX_LOCAL_CLIENTS);
  auth.createUserTokenClient = (identity) => {
    const key = JSON.stringify(identity.claims);
    let client = cache.get(key);
    if (!client) {
      client = create(identity);
      cache.set(key, client);
      client.catch(() => cache.delete(key));
    }
    return client;
  };
}

/** Every call the bot makes to a channel (replies, Teams member look-ups) ends after this long. */
export const OUTBOUND_TIMEOUT_MS = 10_000;
/** Calls to channels in flight at once; further ones wait their turn. */
export const OUTBOUND_CONCURRENCY = 32;

interface PipelinePolicy {
  name: string;
  sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown>;
}

/** A pipeline policy: a timeout on every request (botbuilder sets none) and a cap on requests in flight. */
function boundedOutbound(timeoutMs: number, concurrency: number): PipelinePolicy {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    name: 'inklusionsprofiBoundedOutbound',
    async sendRequest(request, next) {
      if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        if (!(request.timeout > 0)) request.timeout = timeoutMs;
        return await next(request);
      } finally {
        active--;
        waiting.shift()?.();
      }
    },
  };
}

type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;

/** Adds the bounded-outbound policy to every connector client this factory creates. */
function withBoundedOutbound(factory: ConnectorFactory, policy: PipelinePolicy): ConnectorFactory {
  const create = factory.create.bind(factory);
  factory.create = async (serviceUrl, audience) => {
    const client = await create(serviceUrl, audience);
    // The compat client keeps its @azure/core-client ServiceClient in a private field.
    (client as unknown as { client?: { pipeline?: { addPolicy(p: PipelinePolicy): void } } }).client?.pipeline?.addPolicy(policy);
    return client;
  };
  return factory;
}

function build(bot: Config['bot'], logger: Logger): { adapter: BotAdapter; auth: ConfigurationBotFrameworkAuthentication } {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
  const adapter = new BotAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const err = error instanceof Error ? { name: error.name, message: error.message.slice(0, 200), stack: error.stack?.split('\n').slice(0, 5).join('\n') } : { name: typeof error };
    logger.error({ err, channelId: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'message', text: botTexts.turnError, locale: 'de-DE' });
      }
    } catch (sendError) {
      logger.error({ err: sendError instanceof Error ? sendError.name : 'unknown' }, 'could not send the apology');
    }
  };
  return { adapter, auth };
}
