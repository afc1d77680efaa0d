// The knowledge loader in a worker thread (used for reloads, see store.ts): parsing a YAML file is
// one synchronous block of 5–40 ms, during which the main thread could answer no turn.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from './load.js';

/** Nice value of a reload's worker thread: below the main thread, which keeps answering turns. */
const BACKGROUND_NICE = 10;

const { dir, now, background } = workerData as { dir: string; now: Date; background?: boolean };
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
parentPort?.postMessage(result);
// Then the classifier of the example messages (~1.5 s of CPU the main thread would otherwise spend), below the
// main thread's priority, while the main thread builds the search index; it goes back as typed arrays.
// Its code is loaded only then: compiling it first would delay the knowledge.
if (result.knowledge) {
  lowerPriority();
  const [{ examplesOf, trainModelSteps }, { runSteps }] = await Promise.all([import('../assistant/understand/examples.js'), import('../search/steps.js')]);
  parentPort?.postMessage({ examplesModel: runSteps(trainModelSteps(examplesOf(result.knowledge))) });
}
