// Builds the whole application graph from a Config: knowledge store, search, bot, server.
// main.ts runs it; tests build the very same graph with test configuration.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Storage } from 'botbuilder';
import type { Server } from 'restify';
import { isLoopbackHost, type Config } from './config.js';
import { lazyObject } from './lazyObject.js';
import { setContact } from './texts/de/contact.js';
import type { Logger } from './logger.js';
import { createKnowledgeStore, type KnowledgeStore } from './knowledge/store.js';
import { buildSearchIndexInSlices, type SearchIndex } from './search/index.js';
import type { Knowledge } from './knowledge/schema.js';
import type { ArrivingModel, LoadResult } from './knowledge/load.js';
import { preparePerKnowledge } from './assistant/phrases.js';
import type { CacheOutcome, ModelCache } from './assistant/understand/modelCache.js';
import { createBotEndpoint } from './bot/adapter.js';
import { InklusionsprofiBot } from './bot/bot.js';
import { httpWarmUpConversation, warmUp, warmUpOverHttp } from './bot/warmUp.js';
import { createServer, TurnGate } from './server/app.js';
import { createDirectLine } from './server/directline/index.js';
import { registerWebPages } from './server/web.js';
import { ExpiringStorage } from './server/storage/blob.js';
import { ExpiringMemoryStorage } from './server/storage/memory.js';
import { registerCalendarRoutes } from './server/calendar.js';
import { registerTab } from './server/tab.js';
import { createRegistration } from './registration/index.js';
import { analyticsStore, createAnalytics } from './analytics/index.js';
import { registerAdminReport } from './server/adminReport.js';

export interface AppOptions {
  /** Clock for the assistant (seminar dates, "nächste Woche"); defaults to the wall clock. */
  now?: () => Date;
  storage?: Storage;
  /** Timeout of the bot's calls to channels (default 10 s). */
  outboundTimeoutMs?: number;
  /** Turns processed at once before /api/messages answers 503 (default 64). */
  maxConcurrentTurns?: number;
  /** The compiled knowledge worker's script and the first load already under way in it (main.ts). */
  knowledgeLoad?: { workerScript: URL; firstLoad?: Promise<LoadResult>; modelCache?: ModelCache };
}

export interface App {
  server: Server;
  knowledge: KnowledgeStore<SearchIndex>;
  /** Loads knowledge, starts watching and listening; resolves with the bound port. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The search index and every per-knowledge cache of the assistant, in slices, before a knowledge serves its first turn.
 * The classifier of the example messages comes from the knowledge worker (read from the model cache, or trained there
 * meanwhile at low priority) and the knowledge serves only with it, at the first start too: until it is there the
 * rules answer alone, and worse (75.4 against 80.1 % straight right on the blind test split). Without a worker, or when
 * it sends none, it is trained here, in slices.
 */
async function buildAllForKnowledge(knowledge: Knowledge, extras: { examplesModel?: Promise<ArrivingModel> }, logger: Logger): Promise<SearchIndex> {
  const [index, arrived] = await Promise.all([buildSearchIndexInSlices(knowledge), extras.examplesModel]);
  if (arrived !== undefined) {
    knowledge.examplesModel = arrived.model;
    reportModelCache(arrived.cache, logger);
  }
  await preparePerKnowledge(knowledge);
  return index;
}

/** What became of the model cache: nothing when it was read, once when it was written, a warning when it cannot keep the model. */
function reportModelCache(cache: CacheOutcome | undefined, logger: Logger): void {
  if (cache === undefined) return;
  if (cache.read) logger.debug('examples model read from the cache');
  else if (cache.written) logger.info({ missed: cache.missed }, 'examples model trained and kept for the next start');
  else logger.warn({ missed: cache.missed, problem: cache.problem ?? 'unknown' }, 'examples model cache not writable: the model is trained at every start');
}

export function buildApp(config: Config, logger: Logger, options: AppOptions = {}): App {
  const now = options.now ?? (() => new Date());
  setContact(config.contactEmail);
  const version = readVersion();
  const knowledge: KnowledgeStore<SearchIndex> = createKnowledgeStore<SearchIndex>({
    dir: config.knowledgeDir,
    buildIndex: (k, extras) => buildAllForKnowledge(k, extras, logger),
    logger,
    now,
    ...options.knowledgeLoad,
  });
  const storage = options.storage ?? stateStorage(config, now);
  const endpoint = createBotEndpoint(config.bot, logger, options.outboundTimeoutMs);
  const registration = createRegistration({
    dataDir: config.dataDir,
    mail: config.mail,
    limits: config.registration,
    retention: config.retention,
    logger,
    now,
    ...(config.outboxStorage ? { azure: config.outboxStorage } : {}),
  });
  // Links in cards (calendar files, the tab) point at the public URL, or at this process when run locally.
  let boundPort = config.port;
  const baseUrl = () => config.publicUrl ?? `http://localhost:${boundPort}`;
  const currentKnowledge = () => knowledge.current()?.knowledge;
  const analytics = createAnalytics(config, { now, logger, instance: randomBytes(6).toString('hex') });
  const bot = new InklusionsprofiBot({
    storage,
    now,
    logger,
    baseUrl,
    registration: registration.port,
    ...(analytics ? { analytics } : {}),
    assistant: () => {
      const current = knowledge.current();
      return current ? { knowledge: current.knowledge, search: current.index } : undefined;
    },
  });

  const directLine = createDirectLine({ config, logger, now });
  const turns = new TurnGate(options.maxConcurrentTurns ?? 64);

  const server = createServer({
    logger,
    routes: [
      (s) => registerWebPages(s, { connectOrigins: directLine.connectOrigins, chatDisabled: directLine.mode === 'disabled' }),
      (s) => directLine.register(s),
      (s) => registerCalendarRoutes(s, { knowledge: currentKnowledge, baseUrl, now }),
      (s) => registerTab(s, { knowledge: currentKnowledge, baseUrl, now, botAppId: () => config.bot.appId || undefined }),
      (s) => {
        const token = config.analytics.adminToken;
        if (!token) return;
        const store = analyticsStore(config);
        registerAdminReport(s, {
          token,
          now,
          logger,
          render: async (since, until, format) => {
            const current = knowledge.current();
            if (!current) return undefined;
            await analytics?.flush(); // what was asked a moment ago is in the report too
            // The report (and its chart library) loads only when someone asks for it: it is not on the start-up path.
            const { buildReport, renderReport } = await import('./analytics/report/index.js');
            const model = await buildReport({ store, knowledge: current.knowledge, search: current.index, knowledgeDir: config.knowledgeDir, since, until });
            return renderReport(model, format);
          },
        });
      },
    ],
    endpoint,
    // Without authentication anyone can post; replies may go only to this process's own web chat.
    ...(config.bot.appId ? {} : { acceptServiceUrl: (url: string) => directLine.ownsServiceUrl(url) || (config.emulatorLoopback && isLoopbackUrl(url)) }),
    runTurn: (context) => bot.run(context),
    turns,
    maxBodyBytes: config.maxBodyBytes,
    health: () => {
      const current = knowledge.current();
      if (!current || !warm) return { ready: false, body: { version } };
      const k = current.knowledge;
      return {
        ready: true,
        body: { version, knowledge: { faq: k.faq.length, seminars: k.seminars.length, roles: k.roles.length, topics: k.topics.length }, loadedAt: current.loadedAt.toISOString(), generation: current.generation },
      };
    },
  });

  let stopWatching: (() => void) | undefined;
  // Healthy only once the first turn costs what every later one does (see bot/warmUp.ts).
  let warm = false;
  return {
    server,
    knowledge,
    async start() {
      const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : config.port);
        });
      });
      boundPort = port;
      await registration.start();
      await analytics?.start();
      // The server answers /healthz 503 while the first index is built.
      await knowledge.reload();
      if (knowledge.current()) {
        try {
          const result = await warmUp((context) => bot.run(context), (context) => bot.forget(context));
          if (!config.bot.appId) {
            const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
            // The process's own web chat serviceUrl: the only one local mode accepts.
            const status = await warmUpOverHttp(`http://${host.includes(':') ? `[${host}]` : host}:${port}`, directLine.serviceUrl());
            // Conversation state keys are "<channel>/conversations/<id>/<namespace>" (namespace empty).
            await storage.delete([`webchat/conversations/${httpWarmUpConversation}/`]);
            if (status !== 200) logger.warn({ status }, 'warm-up turn over HTTP failed');
          }
          logger.debug({ turns: result.turns, replies: result.replies, ms: Math.round(result.ms) }, 'warmed up');
        } catch (error) {
          // A failed warm-up costs the first person some speed, nothing more; it must not stop the start.
          logger.warn({ err: error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : 'unknown' }, 'warm-up turn failed');
        }
      }
      warm = true;
      if (config.watchKnowledge) stopWatching = knowledge.watch();
      return port;
    },
    // Shutdown order: refuse new turns (503, Connection: close) while the running ones finish (their
    // replies to the local Direct Line still come in over HTTP), then close the listener and idle
    // keep-alive sockets, then stop the delivery worker between two sends (sockets still open 3 s later
    // are closed). An enquiry stored meanwhile stays in the outbox for the next start.
    async stop() {
      stopWatching?.();
      await turns.drain(8_000);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      directLine.stop();
      await registration.stop();
      await analytics?.stop();
      // A client that keeps a socket open without finishing its request must not hold the stop up.
      const force = setTimeout(() => server.server.closeAllConnections(), 3_000);
      await closed;
      clearTimeout(force);
    },
  };
}

/** Conversation state that expires: Azure Blob Storage when configured (several instances behind a load balancer), else memory. */
function stateStorage(config: Config, now: () => Date): Storage {
  const clock = () => now().getTime();
  if (!config.stateStorage) return new ExpiringMemoryStorage({ ttlMs: config.state.ttlMs, maxEntries: config.state.maxEntries, now: clock });
  const { connectionString, container } = config.stateStorage;
  // The Azure SDK is loaded only in this configuration (it costs start-up time).
  const blobs = lazyObject<Storage>(async () => new (await import('botbuilder-azure-blobs')).BlobsStorage(connectionString, container));
  return new ExpiringStorage(blobs, config.state.ttlMs, clock);
}

/** The last answer is kept: a client (the Emulator, a load test) posts the same serviceUrl on every request. */
let lastLoopbackCheck: { url: string; loopback: boolean } | undefined;

function isLoopbackUrl(url: string): boolean {
  if (lastLoopbackCheck?.url === url) return lastLoopbackCheck.loopback;
  let loopback = false;
  if (URL.canParse(url)) {
    const parsed = new URL(url);
    loopback = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && isLoopbackHost(parsed.hostname);
  }
  lastLoopbackCheck = { url, loopback };
  return loopback;
}

function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
        return typeof parsed.version === 'string' ? parsed.version : 'unknown';
      } catch {
        return 'unknown';
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
