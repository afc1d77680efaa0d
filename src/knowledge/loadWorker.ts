// The knowledge loader in a worker thread (used for reloads, see store.ts): parsing a YAML file is
// one synchronous block of 5–40 ms, during which the main thread could answer no turn.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { examplesOf, trainModelSteps } from '../assistant/understand/examples.js';
import { runSteps } from '../search/steps.js';
import { loadKnowledge } from './load.js';

/** Nice value of a reload's worker thread: below the main thread, which keeps answering turns. */
const BACKGROUND_NICE = 10;

const { dir, now, background } = workerData as { dir: string; now: Date; background?: boolean };
// A reload's parsing should not take a core from the turns being answered. On Linux a thread has a nice
// value of its own (setpriority on the calling thread); elsewhere it would lower the whole process, so not there.
if (background && process.platform === 'linux') {
  try {
    setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not permitted: it parses at the normal priority.
  }
}
const result = await loadKnowledge(dir, now);
parentPort?.postMessage(result);
// Then the classifier of the example messages (~150–250 ms the main thread would otherwise spend, at a start or a
// reload), while the main thread builds the search index; it goes back as typed arrays.
if (result.knowledge) parentPort?.postMessage({ examplesModel: runSteps(trainModelSteps(examplesOf(result.knowledge))) });
