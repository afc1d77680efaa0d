// The trained classifier of example messages kept on disk between starts (src/assistant/understand/modelCache.ts): read
// back it classifies as trained; anything that is not what was written (another key, a cut or altered file, a folder that
// cannot be written) costs a training, never an answer.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classifierOf, trainModelSteps, type LabelledText } from '../../src/assistant/understand/examples.js';
import { cachedModel, modelKey, readModel, writeModel, type ModelCache } from '../../src/assistant/understand/modelCache.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import { runSteps } from '../../src/search/steps.js';

const examples: LabelledText[] = [
  { text: 'Was kostet ein Seminar?', labels: ['kosten'] },
  { text: 'Sind die Kurse kostenlos?', labels: ['kosten'] },
  { text: 'Muss ich mich vorher anmelden?', labels: ['anmeldepflicht'] },
  { text: 'Kann ich einfach ohne Anmeldung kommen?', labels: ['anmeldepflicht'] },
  { text: 'Wann hat das Rathaus geöffnet?', labels: ['keine-antwort'] },
  { text: 'Wie ändere ich mein Passwort in Teams?', labels: ['keine-antwort'], written: true },
  { text: 'Seminare zu Moderation', labels: ['seminarsuche', 'thema:moderation'] },
  { text: 'Was passt für die Kämmerei?', labels: ['empfehlung', 'rolle:finanzen'] },
];
const messages = ['Kostet die Fortbildung etwas?', 'Brauche ich eine Anmeldung?', 'Hat das Rathaus am Samstag geöffnet?', 'Moderation', 'Kämmerei'];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function freshCache(code = 'build-1'): ModelCache {
  const dir = mkdtempSync(join(tmpdir(), 'ip-model-cache-'));
  dirs.push(dir);
  return { dir: join(dir, 'cache'), code };
}
const train = () => runSteps(trainModelSteps(examples));
const verdicts = (model: ReturnType<typeof train>) => {
  const classifier = classifierOf(model);
  return messages.map((m) => [classifier.classify(readUtterance(m)), classifier.topic(readUtterance(m)), classifier.role(readUtterance(m))]);
};

describe('the model cache', () => {
  it('gives back a model that classifies every message as the one trained', () => {
    const cache = freshCache();
    const model = train();
    const key = modelKey(examples, cache.code);
    writeModel(cache, key, model);
    const read = readModel(cache, key);
    expect(typeof read).toBe('object');
    expect(verdicts(read as typeof model)).toEqual(verdicts(model));
    expect(verdicts(model)[0]?.[0]?.label).toBe('kosten');
    // Each array has bytes of its own, not a view into the whole file: handed to the main thread, a view would copy the file once per array.
    const own = (m: typeof model): boolean => [m.bias, m.keys, m.starts, m.pairLabel, m.pairWeight].every((a) => a.byteOffset === 0 && a.buffer.byteLength === a.byteLength);
    const back = read as typeof model;
    expect(own(back) && (back.topics === undefined || own(back.topics)) && (back.roles === undefined || own(back.roles))).toBe(true);
  });

  it('names a model by the code that trains it and by every example, its labels and whether it was written', () => {
    const key = modelKey(examples, 'build-1');
    expect(modelKey(examples, 'build-1')).toBe(key);
    expect(modelKey(examples, 'build-2')).not.toBe(key);
    expect(modelKey(examples.slice(1), 'build-1')).not.toBe(key);
    expect(modelKey([{ ...examples[0]!, labels: ['anmeldepflicht'] }, ...examples.slice(1)], 'build-1')).not.toBe(key);
    expect(modelKey([{ ...examples[0]!, text: 'Was kostet ein Kurs?' }, ...examples.slice(1)], 'build-1')).not.toBe(key);
    expect(modelKey([{ ...examples[0]!, written: true }, ...examples.slice(1)], 'build-1')).not.toBe(key);
  });

  it('reads no file that is not what was written under that key: absent, cut short, altered, another key, not a model', () => {
    const cache = freshCache();
    const key = modelKey(examples, cache.code);
    expect(readModel(cache, key)).toBe('absent');
    writeModel(cache, key, train());
    const [file] = readdirSync(cache.dir);
    const path = join(cache.dir, file!);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    expect(readModel(cache, key)).toBe('damaged');
    const altered = Buffer.from(bytes);
    altered[altered.length >> 1] = (altered[altered.length >> 1]! + 1) % 256;
    writeFileSync(path, altered);
    expect(readModel(cache, key)).toBe('damaged');
    writeFileSync(path, Buffer.alloc(0));
    expect(readModel(cache, key)).toBe('damaged');
    // Another key's file under this name: its checksum holds, its key does not.
    const other = modelKey(examples, 'build-2');
    writeModel(cache, other, train());
    writeFileSync(path, readFileSync(join(cache.dir, `examples-model-${other}.bin`)));
    expect(readModel(cache, key)).toBe('damaged');
  });

  it('keeps the newest three models and no temporary file', () => {
    const cache = freshCache();
    const model = train();
    for (let i = 1; i <= 5; i++) writeModel(cache, modelKey(examples, `build-${i}`), model);
    const kept = readdirSync(cache.dir).sort();
    expect(kept).toHaveLength(3);
    expect(kept.every((name) => name.endsWith('.bin'))).toBe(true);
    expect(typeof readModel(cache, modelKey(examples, 'build-5'))).toBe('object');
    expect(readModel(cache, modelKey(examples, 'build-1'))).toBe('absent');
  });

  it('trains once and reads afterwards; trains and says why where the folder cannot be written, without throwing', () => {
    const cache = freshCache();
    let trained = 0;
    const counting = () => (trained++, train());
    expect(cachedModel(cache, examples, counting).outcome).toEqual({ read: false, missed: 'absent', written: true });
    const again = cachedModel(cache, examples, counting);
    expect(again.outcome).toEqual({ read: true });
    expect(trained).toBe(1);
    expect(verdicts(again.model)).toEqual(verdicts(train()));
    // A file where the folder should be.
    const blocked = freshCache();
    writeFileSync(join(blocked.dir, '..', 'cache'), 'not a folder');
    const result = cachedModel(blocked, examples, counting);
    expect(result.outcome).toMatchObject({ read: false, missed: 'absent', written: false });
    expect((result.outcome as { problem?: string }).problem).toMatch(/^E[A-Z]+$/);
    expect(verdicts(result.model)).toEqual(verdicts(train()));
    expect(cachedModel(undefined, examples, counting).outcome).toBeUndefined();
  });
});
