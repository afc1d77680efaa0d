// The restify server: the Bot Framework endpoint, the health check, and whatever further routes
// (web chat page, local Direct Line, Teams tab, calendar files) the composition root registers.
import restify, { type Request, type Response, type Server, type ServerOptions } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import { checkActivity } from './activity.js';
import { readJsonBody } from './body.js';

export interface Health {
  ready: boolean;
  body: Record<string, unknown>;
}

export interface ServerDeps {
  logger: Logger;
  adapter: CloudAdapter;
  /** The bot's turn handler (ActivityHandler.run). */
  runTurn: (context: TurnContext) => Promise<void>;
  health: () => Health;
  maxBodyBytes: number;
  /** Further routes, registered after the core ones. */
  routes?: Array<(server: Server) => void>;
}

export function createServer(deps: ServerDeps): Server {
  const { logger } = deps;
  const server = restify.createServer({ name: 'inklusionsprofi', handleUncaughtExceptions: false, log: restifyLogger(logger) as unknown as ServerOptions['log'] });

  server.pre((req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body.ok) return sendError(res, body.status, body.reason);
      const check = checkActivity(body.value);
      if (!check.ok) return sendError(res, 400, check.reason);
      req.body = body.value;
      await deps.adapter.process(req, res, (context) => deps.runTurn(context));
    } catch (error) {
      logger.error({ err: errorSummary(error) }, 'request to /api/messages failed');
      if (!res.headersSent) sendError(res, 500, 'internal error');
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

export function sendError(res: Response, status: number, reason: string): void {
  res.status(status);
  res.json({ error: reason });
}

/** An error as a log field without message payloads that might carry user text. */
export function errorSummary(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message.slice(0, 300), stack: error.stack?.split('\n').slice(0, 6).join('\n') };
  return { name: 'NonError', message: typeof error };
}
