// The restify server: the Bot Framework endpoint, the health check, and whatever further routes
// (web chat page, local Direct Line, Teams tab, calendar files) the composition root registers.
import restify, { type Request, type Response, type Server, type ServerOptions } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { BotEndpoint } from '../bot/adapter.js';
import type { Logger } from '../logger.js';
import { checkActivity } from './activity.js';
import { readJsonBody } from './body.js';

export interface Health {
  ready: boolean;
  body: Record<string, unknown>;
}

export interface ServerDeps {
  logger: Logger;
  endpoint: BotEndpoint;
  /** The bot's turn handler (ActivityHandler.run). */
  runTurn: (context: TurnContext) => Promise<void>;
  health: () => Health;
  maxBodyBytes: number;
  /**
   * Which serviceUrls the bot may call back. Without authentication (local mode) anyone can post an
   * activity, so its serviceUrl would make the bot send requests anywhere (SSRF); unset = all.
   */
  acceptServiceUrl?: (serviceUrl: string) => boolean;
  /** Counts turns in flight; refuses new ones at its cap and while the process shuts down. */
  turns?: TurnGate;
  /** Further routes, registered after the core ones. */
  routes?: Array<(server: Server) => void>;
}

export function createServer(deps: ServerDeps): Server {
  const { logger } = deps;
  const turns = deps.turns ?? new TurnGate(DEFAULT_MAX_CONCURRENT_TURNS);
  const server = restify.createServer({ name: 'inklusionsprofi', handleUncaughtExceptions: false, log: restifyLogger(logger) as unknown as ServerOptions['log'] });

  server.pre((req, res, next) => {
    // While shutting down, no response keeps its connection alive.
    if (turns.stopping) res.header('Connection', 'close');
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const refused = turns.enter();
    if (refused) {
      req.resume();
      res.header('Retry-After', '5');
      if (refused === 'stopping') res.header('Connection', 'close');
      return sendError(res, 503, refused === 'stopping' ? 'shutting down; try again in a moment' : 'busy; try again in a moment');
    }
    try {
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body.ok) return sendError(res, body.status, body.reason);
      const check = checkActivity(body.value);
      if (!check.ok) return sendError(res, 400, check.reason);
      const serviceUrl = (body.value as { serviceUrl?: string }).serviceUrl;
      if (serviceUrl !== undefined && deps.acceptServiceUrl && !deps.acceptServiceUrl(serviceUrl)) {
        logger.warn({ channelId: (body.value as { channelId?: string }).channelId }, 'activity with a foreign serviceUrl refused (local mode, no authentication)');
        return sendError(res, 403, 'serviceUrl not accepted: without MicrosoftAppId this bot only answers its own web chat (and the Emulator on this machine when EMULATOR_LOOPBACK=true)');
      }
      const activity = withDates(body.value as Record<string, unknown>);
      let auth: Awaited<ReturnType<BotEndpoint['authenticate']>>;
      try {
        auth = await deps.endpoint.authenticate(activity, String(req.headers.authorization ?? ''));
      } catch (error) {
        // Forged, expired or unverifiable (metadata unreachable): the caller learns nothing more than 401.
        logger.warn({ err: error instanceof Error ? error.name : typeof error }, 'request to /api/messages not authenticated');
        res.header('content-type', 'text/plain; charset=utf-8');
        res.status(401);
        res.end('Unauthorized');
        return;
      }
      const invoke = await deps.endpoint.adapter.runAuthenticated(auth, activity, (context) => deps.runTurn(context));
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    } catch (error) {
      logger.error({ err: errorSummary(error) }, 'request to /api/messages failed');
      if (!res.headersSent) sendError(res, 500, 'internal error');
    } finally {
      turns.leave();
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const health = deps.health();
    res.header('Cache-Control', 'no-store');
    res.status(health.ready ? 200 : 503);
    res.json({ status: health.ready ? 'ok' : 'starting', ...health.body });
  });

  for (const register of deps.routes ?? []) register(server);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ err: errorSummary(err), path: req.getPath() }, 'request failed');
    return callback();
  });
  return server;
}

/**
 * restify logs some failures itself (e.g. a response it cannot format) with the whole request;
 * its logger gets our redaction and sees only method and path, never headers such as Authorization.
 */
function restifyLogger(logger: Logger): Logger {
  return logger.child(
    { component: 'restify' },
    {
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: String(req.url ?? '').split('?')[0] }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  );
}

const DEFAULT_MAX_CONCURRENT_TURNS = 64;

/** Turns in flight: a cap (hung outbound calls cannot pile up sockets) and a drain for shutdown. */
export class TurnGate {
  private inFlight = 0;
  private draining = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly max: number) {}

  get stopping(): boolean {
    return this.draining;
  }

  /** Undefined when the turn may run (call leave() after it), else why not. */
  enter(): 'busy' | 'stopping' | undefined {
    if (this.draining) return 'stopping';
    if (this.inFlight >= this.max) return 'busy';
    this.inFlight++;
    return undefined;
  }

  leave(): void {
    this.inFlight--;
    if (this.inFlight === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Refuses new turns from now on; resolves when the running ones are done or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** The activity as botbuilder expects it: timestamps as Date objects, the raw strings kept (as CloudAdapter.process does). */
function withDates(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

export function sendError(res: Response, status: number, reason: string): void {
  res.status(status);
  res.json({ error: reason });
}

/** An error as a log field without message payloads that might carry user text. */
export function errorSummary(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message.slice(0, 300), stack: error.stack?.split('\n').slice(0, 6).join('\n') };
  return { name: 'NonError', message: typeof error };
}
