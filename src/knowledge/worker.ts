// Reads the knowledge folder in a worker thread (loadWorker.ts): parsing YAML is one synchronous block
// of 5–40 ms per file, during which the main thread could answer no turn (a reload) or load no module
// (the start, see main.ts). The result is plain data and comes back by structured clone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModelCache } from '../assistant/understand/modelCache.js';
import type { ArrivingModel, LoadResult } from './load.js';

/**
 * Where the worker's script is when run from TypeScript (tsx, vitest): next to this file. The compiled
 * app has it at dist/knowledge/loadWorker.js, which only its entry point knows how to find (main.ts);
 * in the bundle this module sits in a chunk of its own.
 */
export const sourceWorkerScript = new URL('./loadWorker.ts', import.meta.url);

/**
 * Where the compiled app keeps the trained classifier of the examples: dist/cache/, named also by the build's fingerprint
 * of the sources (dist/.build-stamp, scripts/build.js), so a model of other code is never read; a new build replaces
 * dist/ and the cache with it. `entry` is the URL of the compiled entry point (dist/main.js). Run from TypeScript
 * (tsx, vitest) there is no build and no cache: undefined.
 */
export function builtModelCache(entry: string): ModelCache | undefined {
  if (entry.endsWith('.ts')) return undefined;
  try {
    const code = readFileSync(new URL('./.build-stamp', entry), 'utf8').trim();
    return code === '' ? undefined : { dir: fileURLToPath(new URL('./cache/', entry)), code };
  } catch {
    return undefined;
  }
}

/**
 * loadKnowledge in a worker thread; rejects when the worker cannot run (the caller then loads on its own thread).
 * `background`: a reload, while turns are answered — the worker runs below the main thread's priority (Linux).
 * `modelCache`: where the worker keeps the trained classifier of the examples between starts (modelCache.ts).
 */
export function loadInWorker(script: URL, dir: string, now: Date, options: { background?: boolean; modelCache?: ModelCache } = {}): Promise<LoadResult> {
  // A worker thread of Node 20 runs a .ts file only after registering tsx's loader itself.
  const fromTypeScript = script.pathname.endsWith('.ts');
  const source: string | URL = fromTypeScript
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`
    : script;
  let modelDone: (arrived: ArrivingModel) => void = () => undefined;
  const examplesModel = new Promise<ArrivingModel>((resolve) => (modelDone = resolve));
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { workerData: { dir, now, background: options.background ?? false, ...(options.modelCache ? { modelCache: options.modelCache } : {}) }, eval: fromTypeScript });
    // First the knowledge (without its example messages, which stay in the worker), then (when it loaded) the classifier
    // of its examples, read or trained while the main thread builds the index.
    let sent: LoadResult | undefined;
    let examplesLeftInWorker = false;
    let delivered = false;
    // No model will come: the classifier is trained on this thread, and needs the examples the worker kept.
    const noModel = async (): Promise<void> => {
      if (delivered) return;
      delivered = true;
      if (sent?.knowledge && examplesLeftInWorker) {
        const { loadKnowledge } = await import('./load.js');
        const again = await loadKnowledge(dir, now).catch(() => undefined);
        if (again?.knowledge?.examples) sent.knowledge.examples = again.knowledge.examples;
      }
      modelDone({ model: undefined });
    };
    worker.on('message', (message: unknown) => {
      if (sent === undefined) {
        const { examplesLeftInWorker: left, ...result } = message as LoadResult & { examplesLeftInWorker?: boolean };
        sent = result;
        examplesLeftInWorker = left === true;
        resolve({ ...result, examplesModel });
        if (!result.knowledge) void worker.terminate();
        return;
      }
      const arrived = message as { examplesModel?: unknown; cache?: ArrivingModel['cache'] } | null;
      delivered = true;
      modelDone({ model: arrived?.examplesModel, ...(arrived?.cache ? { cache: arrived.cache } : {}) });
      void worker.terminate();
    });
    worker.once('error', (error) => {
      reject(error);
      void noModel();
    });
    worker.once('exit', (code) => {
      reject(new Error(`knowledge worker exited with code ${code}`));
      void noModel();
    });
  });
}
