// POST /api/directline/token — the page's one way to get a Direct Line token. Locally it opens a
// conversation on the in-process Direct Line; in production it exchanges DIRECT_LINE_SECRET with
// Azure server-side, so the secret never reaches a browser.
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { errorSummary, sendError } from '../app.js';
import type { ConversationStore } from './store.js';

export type TokenSource =
  | { mode: 'local'; store: ConversationStore; clientKey: (req: Request) => string }
  | { mode: 'azure'; secret: string; directLineUrl: string; fetch: typeof fetch }
  | { mode: 'disabled'; reason: string };

/** What the page receives; `domain` is absent for the local Direct Line (the page uses its own origin). */
export interface TokenResponse {
  mode: 'local' | 'azure';
  token: string;
  userId: string;
  expiresIn: number;
  domain?: string;
}

const azureTokenSchema = z.object({ token: z.string().min(1), expires_in: z.number().optional() });

export function registerTokenRoute(server: Server, source: TokenSource, logger: Logger): void {
  server.post('/api/directline/token', async (req: Request, res: Response) => {
    req.on('error', () => undefined);
    req.resume();
    res.header('Cache-Control', 'no-store');
    switch (source.mode) {
      case 'disabled':
        res.status(503);
        res.json({ error: source.reason, mode: 'disabled' });
        return;
      case 'local': {
        const client = source.clientKey(req);
        if (source.store.clientFull(client)) {
          res.header('Retry-After', '60');
          return sendError(res, 429, 'too many open conversations from this address; try again later');
        }
        const created = source.store.create(client);
        if (!created) return sendError(res, 503, 'too many open conversations; try again later');
        const body: TokenResponse = { mode: 'local', token: created.token, userId: created.conversation.userId, expiresIn: source.store.tokenTtlSeconds };
        res.json(body);
        return;
      }
      case 'azure': {
        const userId = `dl_${randomBytes(12).toString('base64url')}`;
        try {
          const response = await source.fetch(`${source.directLineUrl}/tokens/generate`, {
            method: 'POST',
            headers: { authorization: `Bearer ${source.secret}`, 'content-type': 'application/json' },
            // Binding the user id into the token stops a browser from posting as someone else.
            body: JSON.stringify({ user: { id: userId } }),
            signal: AbortSignal.timeout(10_000),
          });
          const parsed = response.ok ? azureTokenSchema.safeParse(await response.json()) : undefined;
          if (!parsed?.success) {
            logger.warn({ status: response.status }, 'Direct Line token exchange with Azure failed');
            return sendError(res, 502, 'could not get a Direct Line token');
          }
          const body: TokenResponse = { mode: 'azure', token: parsed.data.token, userId, expiresIn: parsed.data.expires_in ?? 3600, domain: source.directLineUrl };
          res.json(body);
        } catch (error) {
          logger.warn({ err: errorSummary(error) }, 'Direct Line token exchange with Azure failed');
          sendError(res, 502, 'could not get a Direct Line token');
        }
        return;
      }
    }
  });
}
