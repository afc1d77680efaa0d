// Reads the knowledge folder in a worker thread (loadWorker.ts): parsing YAML is one synchronous block
// of 5–40 ms per file, during which the main thread could answer no turn (a reload) or load no module
// (the start, see main.ts). The result is plain data and comes back by structured clone.
import { Worker } from 'node:worker_threads';
import type { LoadResult } from './load.js';

/**
 * Where the worker's script is when run from TypeScript (tsx, vitest): next to this file. The compiled
 * app has it at dist/knowledge/loadWorker.js, which only its entry point knows how to find (main.ts);
 * in the bundle this module sits in a chunk of its own.
 */
export const sourceWorkerScript = new URL('./loadWorker.ts', import.meta.url);

/**
 * loadKnowledge in a worker thread; rejects when the worker cannot run (the caller then loads on its own thread).
 * `background`: a reload, while turns are answered — the worker runs below the main thread's priority (Linux).
 */
export function loadInWorker(script: URL, dir: string, now: Date, options: { background?: boolean } = {}): Promise<LoadResult> {
  // A worker thread of Node 20 runs a .ts file only after registering tsx's loader itself.
  const fromTypeScript = script.pathname.endsWith('.ts');
  const source: string | URL = fromTypeScript
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`
    : script;
  let modelDone: (model: unknown) => void = () => undefined;
  const examplesModel = new Promise<unknown>((resolve) => (modelDone = resolve));
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { workerData: { dir, now, background: options.background ?? false }, eval: fromTypeScript });
    // First the knowledge, then (when it loaded) the classifier of its examples, trained while the main thread builds the index.
    let first = true;
    worker.on('message', (message: unknown) => {
      if (first) {
        first = false;
        const result = message as LoadResult;
        resolve({ ...result, examplesModel });
        if (!result.knowledge) void worker.terminate();
        return;
      }
      modelDone((message as { examplesModel?: unknown } | null)?.examplesModel);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      reject(error);
      modelDone(undefined);
    });
    worker.once('exit', (code) => {
      reject(new Error(`knowledge worker exited with code ${code}`));
      modelDone(undefined);
    });
  });
}
