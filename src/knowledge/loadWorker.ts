// The knowledge loader in a worker thread (used for reloads, see store.ts): parsing a YAML file is
// one synchronous block of 5–40 ms, during which the main thread could answer no turn.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExamplesModel } from '../assistant/understand/examples.js';
import type { ModelCache } from '../assistant/understand/modelCache.js';
import { loadKnowledge } from './load.js';

/** Nice value of a reload's worker thread: below the main thread, which keeps answering turns. */
const BACKGROUND_NICE = 10;

const { dir, now, background, modelCache } = workerData as { dir: string; now: Date; background?: boolean; modelCache?: ModelCache };
// A reload's parsing should not take a core from the turns being answered. On Linux a thread has a nice
// value of its own (setpriority on the calling thread); elsewhere it would lower the whole process, so not there.
if (background) lowerPriority();

function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not permitted: it works at the normal priority.
  }
}
const result = await loadKnowledge(dir, now);
// The knowledge goes to the main thread without its ~11,000 example messages: they are only for the classifier made
// here, and their copy was most of the knowledge's (2.2 of 2.5 MB; receiving it held up a reload's turns by up to ~90 ms).
// Should no model follow, the main thread reads them itself (worker.ts).
if (result.knowledge) {
  const { examples, ...sent } = result.knowledge;
  parentPort?.postMessage({ ...result, knowledge: sent, examplesLeftInWorker: examples !== undefined });
} else parentPort?.postMessage(result);
// Then the classifier of the example messages: read from the model cache when it has the model of these examples
// (modelCache.ts), else trained (~1.5 s of CPU the main thread would otherwise spend), below the main thread's priority,
// while the main thread builds the search index; it goes back as typed arrays, with what became of the cache.
// Its code is loaded only then: compiling it first would delay the knowledge.
if (result.knowledge) {
  const [{ examplesOf, trainModelSteps }, { runSteps }, { cachedModel }] = await Promise.all([
    import('../assistant/understand/examples.js'),
    import('../search/steps.js'),
    import('../assistant/understand/modelCache.js'),
  ]);
  const examples = examplesOf(result.knowledge);
  const { model, outcome } = cachedModel(modelCache, examples, () => {
    lowerPriority();
    return runSteps(trainModelSteps(examples));
  });
  // Its arrays are moved, not copied: a copy of the ~6 MB it had then held up the main thread's turns for ~50 ms at a reload.
  parentPort?.postMessage({ examplesModel: model, cache: outcome }, buffersOf(model));
}

/** The array buffers of a model's typed arrays, each once. */
function buffersOf(model: ExamplesModel): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (m: ExamplesModel | undefined): void => {
    if (m === undefined) return;
    for (const array of [m.bias, m.keys, m.starts, m.pairLabel, m.pairWeight]) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    add(m.topics);
    add(m.roles);
  };
  add(model);
  return [...buffers];
}
