// The classifier of example messages at start-up, as main.ts starts the app: the knowledge worker reads the knowledge,
// then reads the trained classifier from the model cache or trains it. The first message after start-up is answered
// with it (until 2026-12-04 the rules answered alone until it arrived, about a second after /healthz 200), and a start
// reads what an earlier one kept; a damaged or unwritable cache costs a training, never an answer.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelCache } from '../../src/assistant/understand/modelCache.js';
import { loadInWorker, sourceWorkerScript } from '../../src/knowledge/worker.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';
import { conversation, startApp, visibleText, type Running } from './harness.js';

const SHIPPED = join(import.meta.dirname, '..', '..', 'knowledge');
/**
 * A question the knowledge has no answer for. The rules alone offer two FAQ entries as "did you mean" (what the bot
 * cannot do, the registration deadline); the examples say, surely, that there is no answer here.
 */
const NO_ANSWER_HERE = 'Weißt du, wann das Rathaus heute aufhat?';
const OFFERED_BY_THE_RULES_ALONE = ['was-kann-der-bot-nicht', 'anmeldeschluss'];

const running: Running[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the app as main.ts does: the first load already under way in the knowledge worker. */
async function startAsMain(modelCache?: ModelCache): Promise<Running> {
  const firstLoad = loadInWorker(sourceWorkerScript, SHIPPED, new Date(), modelCache ? { modelCache } : {});
  const app = await startApp({}, { knowledgeLoad: { workerScript: sourceWorkerScript, firstLoad, ...(modelCache ? { modelCache } : {}) } });
  running.push(app);
  return app;
}

function freshCache(): ModelCache {
  const dir = mkdtempSync(join(tmpdir(), 'ip-model-e2e-'));
  dirs.push(dir);
  return { dir: join(dir, 'cache'), code: 'test-build' };
}

/** The first message after start-up gets the honest "no answer, here is the team's address", not unrelated FAQ entries. */
async function expectTheExamplesAnswer(app: Running): Promise<void> {
  const faq = (await loadShippedKnowledge()).faq;
  const reply = visibleText(await conversation(app.url).send(NO_ANSWER_HERE));
  expect(reply).toContain('kommune-inklusiv@aktion-mensch.de');
  for (const id of OFFERED_BY_THE_RULES_ALONE) {
    const entry = faq.find((f) => f.id === id);
    expect(entry, id).toBeDefined();
    expect(reply).not.toContain(entry?.question);
  }
}

const logged = (app: Running, msg: string) => app.logs.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes(`"msg":"${msg}"`));

describe('the classifier of example messages at start-up', () => {
  it('answers the first message after start-up with it, not with the rules alone', async () => {
    const app = await startAsMain();
    await expectTheExamplesAnswer(app);
  });

  it('is kept by one start and read by the next', async () => {
    const cache = freshCache();
    const first = await startAsMain(cache);
    expect(logged(first, 'examples model trained and kept for the next start')).toHaveLength(1);
    expect(readdirSync(cache.dir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    await first.stop();
    const second = await startAsMain(cache);
    expect(logged(second, 'examples model read from the cache')).toHaveLength(1);
    expect(logged(second, 'examples model trained and kept for the next start')).toHaveLength(0);
    await expectTheExamplesAnswer(second);
  });

  it('is trained anew when the kept file is damaged, and kept again', async () => {
    const cache = freshCache();
    await (await startAsMain(cache)).stop();
    const [file] = readdirSync(cache.dir);
    writeFileSync(join(cache.dir, file!), 'not a model');
    const app = await startAsMain(cache);
    expect(logged(app, 'examples model trained and kept for the next start').join('')).toContain('"missed":"damaged"');
    await expectTheExamplesAnswer(app);
  });

  it('is trained at every start, with a warning, where the cache cannot be written', async () => {
    const cache = freshCache();
    writeFileSync(cache.dir, 'a file where the folder should be');
    const app = await startAsMain(cache);
    expect(logged(app, 'examples model cache not writable: the model is trained at every start')).toHaveLength(1);
    await expectTheExamplesAnswer(app);
  });
});
