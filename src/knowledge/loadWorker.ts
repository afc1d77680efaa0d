// The knowledge loader in a worker thread (used for reloads, see store.ts): parsing a YAML file is
// one synchronous block of 5–40 ms, during which the main thread could answer no turn.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from './load.js';

const { dir, now } = workerData as { dir: string; now: Date };
parentPort?.postMessage(await loadKnowledge(dir, now));
