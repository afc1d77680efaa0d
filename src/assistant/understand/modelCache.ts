// The trained classifier of example messages, kept on disk between starts. Training takes ~1.5 s of CPU; until the
// model is there the bot cannot answer as well as it can (on the blind test split the rules alone answered 75.4 %
// straight right and rejected 86.2 % of the off-topic questions, with the model 80.1 % and 91.7 %), so a start waits
// for it. Read back (~0.1 s in the worker: the key ~20 ms, reading and checking the 8 MB file ~65 ms), it is there
// before the main thread has built the search index.
//
// A file is named by a hash of what the model is made of: the code that reads and trains (the build's fingerprint of
// the sources) and every example with its labels. Anything else in it — another key, a checksum that does not add up,
// a shape that is not a model — is a miss, and the model is trained and written anew. Written to a temporary file and
// renamed, so a crash never leaves half a file under the real name; the newest KEEP files stay.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isExamplesModel, type ExamplesModel, type LabelledText } from './examples.js';

/** Where models are kept, and what identifies the code that trains them (plain data: it is handed to a worker thread). */
export interface ModelCache {
  dir: string;
  /** Changes whenever the code that reads the examples or trains could (the build's fingerprint of the sources). */
  code: string;
}

/** What became of the cache at one load: read, or trained and written, or trained and why it was not read or kept. */
export type CacheOutcome = { read: true } | { read: false; missed: 'absent' | 'damaged'; written: boolean; problem?: string };

const PREFIX = 'examples-model-';
const SUFFIX = '.bin';
/** Files kept: the model serving, and the ones of the last knowledge versions (a reload back to one is quick). */
const KEEP = 3;
const CHECKSUM_BYTES = 32;

/** The name of the model of these examples trained by this code. */
export function modelKey(examples: readonly LabelledText[], code: string): string {
  const hash = createHash('sha256').update(code).update('\0');
  for (const e of examples) hash.update(JSON.stringify([e.text, e.labels, e.written === true])).update('\n');
  return hash.digest('hex');
}

const fileOf = (cache: ModelCache, key: string) => join(cache.dir, `${PREFIX}${key}${SUFFIX}`);

/** The model kept under this key; 'absent' when there is none, 'damaged' when the file is not what was written. */
export function readModel(cache: ModelCache, key: string): ExamplesModel | 'absent' | 'damaged' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fileOf(cache, key));
  } catch {
    return 'absent';
  }
  if (bytes.length <= CHECKSUM_BYTES) return 'damaged';
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - CHECKSUM_BYTES))) return 'damaged';
  try {
    const stored = deserialize(body) as { key?: unknown; model?: unknown } | null;
    return stored?.key === key && isExamplesModel(stored.model) ? ownArrays(stored.model) : 'damaged';
  } catch {
    return 'damaged';
  }
}

/**
 * The model with arrays of its own: deserialised, each is a view into the whole file's bytes (the serialised rest
 * included). Copied out, each array's buffer can be moved to the main thread on its own (loadWorker.ts); receiving the
 * views by structured clone held up the main thread for 80–100 ms.
 */
function ownArrays(model: ExamplesModel): ExamplesModel {
  return {
    labels: model.labels,
    bias: model.bias.slice(),
    keys: model.keys.slice(),
    starts: model.starts.slice(),
    pairLabel: model.pairLabel.slice(),
    pairWeight: model.pairWeight.slice(),
    ...(model.topics ? { topics: ownArrays(model.topics) } : {}),
    ...(model.roles ? { roles: ownArrays(model.roles) } : {}),
  };
}

/** Keeps the model under its key (and removes all but the newest KEEP models); throws what the file system said. */
export function writeModel(cache: ModelCache, key: string, model: ExamplesModel): void {
  mkdirSync(cache.dir, { recursive: true });
  const body = serialize({ key, model });
  const file = fileOf(cache, key);
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  try {
    prune(cache.dir);
  } catch {
    // The model is kept; older ones stay until the next write.
  }
}

function prune(dir: string): void {
  const models = readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith('.tmp')))
    .map((name) => ({ name, at: statSafe(join(dir, name)) }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of models.slice(KEEP)) rmSync(join(dir, name), { force: true });
}

function statSafe(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The model of these examples: read from the cache, else trained (by `train`) and written to it. Never throws for the
 * cache's sake: a cache that cannot be read or written costs the training, and the outcome says why.
 */
export function cachedModel(cache: ModelCache | undefined, examples: readonly LabelledText[], train: () => ExamplesModel): { model: ExamplesModel; outcome: CacheOutcome | undefined } {
  if (cache === undefined) return { model: train(), outcome: undefined };
  const key = modelKey(examples, cache.code);
  const kept = readModel(cache, key);
  if (typeof kept === 'object') return { model: kept, outcome: { read: true } };
  const model = train();
  try {
    writeModel(cache, key, model);
    return { model, outcome: { read: false, missed: kept, written: true } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return { model, outcome: { read: false, missed: kept, written: false, problem: typeof code === 'string' ? code : 'unknown' } };
  }
}
