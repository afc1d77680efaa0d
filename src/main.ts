// Entry point: read configuration, build the app, serve; reload knowledge on SIGHUP; shut down
// gracefully on SIGTERM/SIGINT.
import { availableParallelism } from 'node:os';
import { parseConfig, readEnvironment } from './config.js';
import { builtModelCache, loadInWorker } from './knowledge/worker.js';
import { createLogger } from './logger.js';

const parsed = parseConfig(readEnvironment());
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}
const config = parsed.config;
// The knowledge is read in a worker thread while this thread loads the app's modules: two of the largest
// parts of a start, on two cores (docs/performance.md). With one core there is nothing to overlap, and the
// worker's own start-up would only add to the start: then the store reads the files itself, as before.
// Compiled, the worker is dist/knowledge/loadWorker.js.
const workerScript = new URL(import.meta.url.endsWith('.ts') ? './knowledge/loadWorker.ts' : './knowledge/loadWorker.js', import.meta.url);
const modelCache = builtModelCache(import.meta.url);
const firstLoad = availableParallelism() > 1 ? loadInWorker(workerScript, config.knowledgeDir, new Date(), modelCache ? { modelCache } : {}) : undefined;
// A worker that fails is the store's to report (it then reads the files itself), not an unhandled rejection meanwhile.
firstLoad?.catch(() => undefined);
const logger = createLogger(config.log);
// Loaded after the configuration is known to be good, so a bad .env fails fast and plainly.
const { buildApp } = await import('./app.js');
const app = buildApp(config, logger, { knowledgeLoad: { workerScript, ...(firstLoad ? { firstLoad } : {}), ...(modelCache ? { modelCache } : {}) } });

try {
  const port = await app.start();
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info({ port, auth: config.bot.appId ? 'Bot Framework authentication on' : 'local mode, no authentication' }, `Inklusionsprofi läuft: http://${shown}:${port}/`);
} catch (error) {
  logger.fatal({ err: error instanceof Error ? error.message : String(error) }, 'could not start');
  process.exit(1);
}

process.on('SIGHUP', () => {
  logger.info('SIGHUP: reloading knowledge');
  void app.knowledge.reload();
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: refusing new turns, finishing running ones, then stopping mail delivery');
    // Turns get 8 s to finish; this is only for a shutdown that hangs beyond that.
    const force = setTimeout(() => {
      logger.error('shutdown did not finish within 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error instanceof Error ? error.name : typeof error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason instanceof Error ? reason.message : typeof reason }, 'unhandled rejection');
});
