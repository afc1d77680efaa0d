// Holds the knowledge and its search index that are serving right now. A reload that fails
// validation logs every file:line problem and keeps the last good version serving. The next index
// may be built asynchronously (in slices) and a reload reads the YAML in a worker thread (so does the
// first load, when main.ts has started one); turns keep using the current pair until the finished one
// replaces it in a single assignment, so nobody ever sees new knowledge with an old index.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';
import type { ModelCache } from '../assistant/understand/modelCache.js';
import { formatProblem, loadKnowledge, type ArrivingModel, type LoadResult } from './load.js';
import type { Knowledge } from './schema.js';
import { loadInWorker, sourceWorkerScript } from './worker.js';

export interface Loaded<Index> {
  knowledge: Knowledge;
  index: Index;
  loadedAt: Date;
  /** Counts how many good versions have been loaded since start. */
  generation: number;
}

export interface KnowledgeStore<Index> {
  current(): Loaded<Index> | undefined;
  /** Loads and indexes again; resolves false (and keeps serving the old version) when the files are invalid. */
  reload(): Promise<boolean>;
  /** Reloads when a file in the folder changes; returns a function that stops watching. */
  watch(debounceMs?: number): () => void;
}

export interface StoreOptions<Index> {
  dir: string;
  /** May return a promise: a build in slices keeps answering turns from the current index meanwhile. */
  buildIndex: (knowledge: Knowledge, extras: { examplesModel?: Promise<ArrivingModel> }) => Index | Promise<Index>;
  logger: Logger;
  now: () => Date;
  /** The worker's script (worker.ts); the default is right when run from TypeScript, the compiled app passes its own. */
  workerScript?: URL;
  /**
   * The first load, already under way in a worker (main.ts starts it before it imports the app, so the
   * YAML is parsed on another core meanwhile). Without it the first load reads the files on this thread.
   */
  firstLoad?: Promise<LoadResult>;
  /** Where a reload's worker keeps the trained classifier of the examples (main.ts: in dist/, for the compiled app). */
  modelCache?: ModelCache;
}

export function createKnowledgeStore<Index>(options: StoreOptions<Index>): KnowledgeStore<Index> {
  const { dir, buildIndex, logger, now, workerScript = sourceWorkerScript, modelCache } = options;
  let loaded: Loaded<Index> | undefined;
  let firstLoad = options.firstLoad;
  let running: Promise<boolean> | undefined;
  let again = false;

  async function loadOnce(): Promise<boolean> {
    const started = performance.now();
    const inWorker = (load: Promise<LoadResult>) =>
      load.catch((error: unknown) => {
        logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'knowledge worker failed; reading the files on the main thread');
        return loadKnowledge(dir, now());
      });
    const underWay = firstLoad;
    firstLoad = undefined;
    // A first load without one under way has no turns to hold up (and a worker would only add its start-up); a reload does.
    const result = underWay ? await inWorker(underWay) : loaded ? await inWorker(loadInWorker(workerScript, dir, now(), { background: true, ...(modelCache ? { modelCache } : {}) })) : await loadKnowledge(dir, now());
    for (const p of result.problems) {
      if (p.severity === 'error') logger.error({ problem: formatProblem(p) }, 'knowledge problem');
      else logger.warn({ problem: formatProblem(p) }, 'knowledge warning');
    }
    if (!result.knowledge) {
      logger.error({ errors: result.problems.filter((p) => p.severity === 'error').length, serving: loaded ? `generation ${loaded.generation}` : 'nothing' }, 'knowledge invalid; keeping the last good version');
      return false;
    }
    const index = await buildIndex(result.knowledge, result.examplesModel ? { examplesModel: result.examplesModel } : {});
    loaded = { knowledge: result.knowledge, index, loadedAt: now(), generation: (loaded?.generation ?? 0) + 1 };
    const k = result.knowledge;
    logger.info({ faq: k.faq.length, seminars: k.seminars.length, roles: k.roles.length, ms: Math.round(performance.now() - started), generation: loaded.generation }, 'knowledge loaded');
    return true;
  }

  async function reload(): Promise<boolean> {
    // Serialise reloads; a change arriving during one triggers exactly one more.
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok = false;
      try {
        do {
          again = false;
          ok = await loadOnce();
        } while (again);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.message : String(error) }, 'knowledge reload failed');
        ok = false;
      } finally {
        running = undefined;
      }
      return ok;
    })();
    return running;
  }

  function watchFolder(debounceMs = 300): () => void {
    let timer: NodeJS.Timeout | undefined;
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(dir, { recursive: true }, (_event, file) => {
        if (file && !/\.ya?ml$/i.test(String(file))) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), debounceMs);
      });
      watcher.on('error', (error) => logger.warn({ err: error.message }, 'knowledge watcher stopped'));
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'cannot watch the knowledge folder; send SIGHUP to reload');
    }
    return () => {
      clearTimeout(timer);
      watcher?.close();
    };
  }

  return { current: () => loaded, reload, watch: watchFolder };
}
