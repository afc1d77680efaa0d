// The local Direct Line's HTTP side: the Direct Line 3.0 routes Web Chat calls, and the Bot
// Connector routes the bot replies to. User activities reach the bot as a POST to our own
// /api/messages over loopback, so they take exactly the path an Azure-delivered activity takes.
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logger.js';
import { errorSummary, sendError } from '../app.js';
import { readJsonBody } from '../body.js';
import { conversationUpdate, fromBot, parsePostedActivity, toBot, userActivity } from './activities.js';
import type { Conversation, ConversationStore } from './store.js';

export interface LocalDirectLineDeps {
  store: ConversationStore;
  logger: Logger;
  maxBodyBytes: number;
  /** Secret path segment of the serviceUrl, so only the bot in this process can post replies. */
  connectorKey: string;
  /** Where browsers reach this server, for stream URLs; derived from the request when unset. */
  publicUrl: string | undefined;
  now: () => Date;
}

const PREFIX = '/v3/directline';
export const CONNECTOR_PREFIX = '/directline-connector';
const BOT_TIMEOUT_MS = 15_000;

/** Returns the serviceUrl the bot must reply to; /api/messages accepts no other in local mode. */
export function registerLocalDirectLine(server: Server, deps: LocalDirectLineDeps): { serviceUrl: () => string } {
  const { store, logger } = deps;
  const serviceUrl = () => `${loopbackBase(server)}${CONNECTOR_PREFIX}/${deps.connectorKey}`;

  const sendToBot = async (activity: Record<string, unknown>): Promise<boolean> => {
    try {
      const response = await fetch(`${loopbackBase(server)}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) logger.warn({ status: response.status, activityType: activity.type }, 'bot rejected a Direct Line activity');
      return response.ok;
    } catch (error) {
      logger.warn({ err: errorSummary(error), activityType: activity.type }, 'could not hand a Direct Line activity to the bot');
      return false;
    }
  };

  const conversationInfo = (req: Request, conversation: Conversation, token: string, watermark?: string) => ({
    conversationId: conversation.id,
    token,
    expires_in: store.tokenTtlSeconds,
    streamUrl: streamUrl(req, deps.publicUrl, conversation, store.issueTicket(conversation), watermark),
  });

  // Starting a conversation: the token from /api/directline/token already names it.
  server.post(`${PREFIX}/conversations`, async (req: Request, res: Response) => {
    drain(req);
    const token = bearer(req);
    const auth = store.authorize(token);
    if (!auth.ok) return sendError(res, auth.status, auth.reason);
    const conversation = auth.conversation;
    const isNew = !conversation.started;
    conversation.started = true;
    store.touch(conversation);
    res.header('Cache-Control', 'no-store');
    res.status(isNew ? 201 : 200);
    res.json(conversationInfo(req, conversation, token ?? ''));
    // The bot greets on conversationUpdate; its reply reaches the browser through the stream.
    if (isNew) void sendToBot(conversationUpdate(conversation, serviceUrl(), `${conversation.id}|start`, deps.now().toISOString()));
  });

  // Reconnecting: a fresh stream URL for an existing conversation.
  server.get(`${PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const token = bearer(req);
    const auth = store.authorize(token, String(req.params?.conversationId ?? ''));
    if (!auth.ok) return sendError(res, auth.status, auth.reason);
    store.touch(auth.conversation);
    res.header('Cache-Control', 'no-store');
    res.json(conversationInfo(req, auth.conversation, token ?? '', watermarkOf(req)));
  });

  server.post(`${PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    drain(req);
    const old = bearer(req);
    const auth = store.authorize(old);
    if (!auth.ok) return sendError(res, auth.status, auth.reason);
    const token = store.issueToken(auth.conversation);
    // A refreshed token replaces the old one; a leaked old token stops working.
    if (old) store.revokeToken(old);
    res.header('Cache-Control', 'no-store');
    res.json({ conversationId: auth.conversation.id, token, expires_in: store.tokenTtlSeconds });
  });

  server.get(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const auth = store.authorize(bearer(req), String(req.params?.conversationId ?? ''));
    if (!auth.ok) return sendError(res, auth.status, auth.reason);
    store.touch(auth.conversation);
    res.header('Cache-Control', 'no-store');
    res.json(store.since(auth.conversation, watermarkOf(req)));
  });

  server.post(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const auth = store.authorize(bearer(req), String(req.params?.conversationId ?? ''));
    if (!auth.ok) {
      drain(req);
      return sendError(res, auth.status, auth.reason);
    }
    const conversation = auth.conversation;
    if (!store.allow(conversation)) {
      drain(req);
      res.header('Retry-After', String(Math.ceil(60 / store.limits.perMinute)));
      return sendError(res, 429, 'too many messages in this conversation; wait a moment');
    }
    const body = await readJsonBody(req, deps.maxBodyBytes);
    if (!body.ok) return sendError(res, body.status, body.reason);
    const posted = parsePostedActivity(body.value);
    if (!posted.ok) return sendError(res, 400, posted.reason);
    if ((posted.value.text?.length ?? 0) > store.limits.maxTextChars) return sendError(res, 413, `message text longer than ${store.limits.maxTextChars} characters`);
    if (posted.value.type === 'typing') {
      res.json({ id: `${conversation.id}|typing` });
      return;
    }
    const activity = userActivity(conversation, posted.value, deps.now().toISOString());
    // Memory per activity is bounded here; per conversation and in total the store trims old activities.
    if (store.sizeOf(activity) > store.limits.maxActivityBytes) return sendError(res, 413, `activity larger than ${store.limits.maxActivityBytes} bytes`);
    const stored = store.append(conversation, activity);
    const delivered = await sendToBot(toBot(stored, serviceUrl(), conversation.clientKey));
    if (!delivered) return sendError(res, 502, 'the bot did not accept the message');
    res.json({ id: stored.id });
  });

  // Bot Connector: the bot's replies (sendActivity → POST …/activities, replies → …/activities/:replyToId).
  const receiveFromBot = async (req: Request, res: Response) => {
    if (!sameSecret(String(req.params?.key ?? ''), deps.connectorKey)) {
      drain(req);
      return sendError(res, 404, 'not found');
    }
    const conversation = store.find(String(req.params?.conversationId ?? ''));
    if (!conversation) {
      drain(req);
      return sendError(res, 404, 'conversation not found');
    }
    const body = await readJsonBody(req, Math.max(deps.maxBodyBytes, 1024 * 1024));
    if (!body.ok) return sendError(res, body.status, body.reason);
    const replyToId = req.params?.replyToId === undefined ? undefined : String(req.params.replyToId);
    const activity = fromBot(body.value, conversation, replyToId, deps.now().toISOString());
    if (!activity.ok) return sendError(res, 400, activity.reason);
    const stored = activity.value ? store.append(conversation, activity.value) : undefined;
    res.json({ id: stored?.id ?? `${conversation.id}|dropped` });
  };
  server.post(`${CONNECTOR_PREFIX}/:key/v3/conversations/:conversationId/activities`, receiveFromBot);
  server.post(`${CONNECTOR_PREFIX}/:key/v3/conversations/:conversationId/activities/:replyToId`, receiveFromBot);
  return { serviceUrl };
}

/** The base URL at which this process reaches itself. */
export function loopbackBase(server: Server): string {
  const address = server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') return 'http://127.0.0.1';
  const host = address.address === '0.0.0.0' || address.address === '::' || address.address === '' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function streamUrl(req: Request, publicUrl: string | undefined, conversation: Conversation, ticket: string, watermark: string | undefined): string {
  const host = String(req.headers.host ?? '');
  const safeHost = /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : undefined;
  const forwardedHttps = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
  let base: string;
  if (safeHost) {
    const publicHttps = publicUrl !== undefined && publicUrl.startsWith('https:') && new URL(publicUrl).host === safeHost;
    base = `${forwardedHttps || publicHttps ? 'wss' : 'ws'}://${safeHost}`;
  } else {
    base = (publicUrl ?? 'http://127.0.0.1').replace(/^http/, 'ws');
  }
  const query = new URLSearchParams({ t: ticket, ...(watermark ? { watermark } : {}) });
  return `${base}${PREFIX}/conversations/${conversation.id}/stream?${query.toString()}`;
}

function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{10,200})\s*$/i.exec(String(req.headers.authorization ?? ''));
  return match?.[1];
}

function watermarkOf(req: Request): string | undefined {
  const raw = new URL(req.url ?? '/', 'http://x').searchParams.get('watermark');
  return raw && /^\d{1,12}$/.test(raw) ? raw : undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Discards a request body we do not read, so the connection stays usable. */
function drain(req: Request): void {
  req.on('error', () => undefined);
  req.resume();
}
