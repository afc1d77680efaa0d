// The web chat's Direct Line, chosen from the configuration: Azure Direct Line when a secret is
// set, otherwise the in-process local Direct Line, which cannot work when the bot requires auth.
import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { clientKey } from '../client.js';
import { registerLocalDirectLine } from './routes.js';
import { ConversationStore, type DirectLineLimits } from './store.js';
import { attachStream, type StreamHandle } from './stream.js';
import { registerTokenRoute, type TokenSource } from './token.js';

export type DirectLineMode = 'local' | 'azure' | 'disabled';

export const AZURE_DIRECT_LINE_URL = 'https://directline.botframework.com/v3/directline';

export interface DirectLineOptions {
  config: Pick<Config, 'bot' | 'directLineSecret' | 'maxBodyBytes' | 'publicUrl'> & Partial<Pick<Config, 'trustProxy'>>;
  logger: Logger;
  now?: () => Date;
  limits?: Partial<DirectLineLimits>;
  /** Azure Direct Line base (regional endpoints exist); tests point it at a local stub. */
  azureDirectLineUrl?: string;
  fetch?: typeof fetch;
}

export interface DirectLine {
  mode: DirectLineMode;
  /** Origins the page must be allowed to connect to (CSP connect-src), besides its own. */
  connectOrigins: string[];
  register(server: Server): void;
  /** True for the serviceUrl of this process's local Direct Line (the only one local mode accepts). */
  ownsServiceUrl(serviceUrl: string): boolean;
  /** The serviceUrl this process's own web chat uses (local mode only). */
  serviceUrl(): string | undefined;
  /** Stops the clean-up timer and closes every open stream (so the HTTP server can close). */
  stop(): void;
}

export const DISABLED_REASON = 'web chat unavailable: MicrosoftAppId is set but DIRECT_LINE_SECRET is not, and the local Direct Line cannot authenticate to the bot';

export function createDirectLine(options: DirectLineOptions): DirectLine {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const mode: DirectLineMode = config.directLineSecret ? 'azure' : config.bot.appId ? 'disabled' : 'local';
  const azureUrl = (options.azureDirectLineUrl ?? AZURE_DIRECT_LINE_URL).replace(/\/+$/, '');
  const store = new ConversationStore({ limits: options.limits ?? {}, now: () => now().getTime() });
  let stream: StreamHandle | undefined;
  let ownServiceUrl: (() => string) | undefined;
  let ownKeySuffix = '';
  let timer: NodeJS.Timeout | undefined;

  const source = (): TokenSource => {
    if (mode === 'azure') return { mode, secret: config.directLineSecret ?? '', directLineUrl: azureUrl, fetch: options.fetch ?? fetch };
    if (mode === 'disabled') return { mode, reason: DISABLED_REASON };
    return { mode, store, clientKey: (req) => clientKey(req, config.trustProxy ?? false) };
  };

  return {
    mode,
    connectOrigins: mode === 'azure' ? azureOrigins(azureUrl) : [],
    register(server) {
      registerTokenRoute(server, source(), logger);
      if (mode === 'disabled') {
        logger.warn('Web chat disabled: MicrosoftAppId is set, so the local Direct Line cannot reach the bot. Set DIRECT_LINE_SECRET to use Azure Direct Line.');
        return;
      }
      if (mode !== 'local') return;
      const connectorKey = randomBytes(24).toString('base64url');
      ownKeySuffix = `/${connectorKey}`;
      ownServiceUrl = registerLocalDirectLine(server, {
        store,
        logger,
        maxBodyBytes: config.maxBodyBytes,
        connectorKey,
        publicUrl: config.publicUrl,
        now,
      }).serviceUrl;
      stream = attachStream(server.server, store, logger);
      timer = setInterval(() => {
        const removed = store.sweep();
        if (removed > 0) logger.debug({ removed, open: store.size }, 'idle web chat conversations removed');
        stream?.heartbeat();
      }, 30_000);
      timer.unref();
    },
    serviceUrl() {
      return ownServiceUrl?.();
    },
    ownsServiceUrl(serviceUrl) {
      // The random key at its end rules out any other URL without asking the socket for its address.
      return ownServiceUrl !== undefined && serviceUrl.endsWith(ownKeySuffix) && serviceUrl === ownServiceUrl();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      store.clear();
      stream?.close();
    },
  };
}

function azureOrigins(url: string): string[] {
  const parsed = new URL(url);
  return [parsed.origin, `wss://${parsed.host}`];
}
