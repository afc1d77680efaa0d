// Warm start: /healthz says 200 only after real turns have gone through the bot, so the first person
// is not the one who pays for loading and compiling; the warm-up leaves no conversation state behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';

/** Memory storage that remembers which keys were written and deleted, in order. */
class RecordingStorage extends MemoryStorage {
  readonly events: string[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.events.push(...Object.keys(changes).map((k) => `write ${k}`));
    return super.write(changes);
  }
  override async delete(keys: string[]): Promise<void> {
    this.events.push(...keys.map((k) => `delete ${k}`));
    return super.delete(keys);
  }
}

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function start(env: Record<string, string> = {}): { app: App; storage: RecordingStorage; logs: Array<Record<string, unknown>>; started: Promise<number> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-warm-'));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const parsed = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'debug', ...env });
  if (!parsed.ok) throw new Error(parsed.message);
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const storage = new RecordingStorage();
  const app = buildApp(parsed.config, pino({ level: 'debug' }, sink), { storage });
  const started = app.start();
  cleanup.push(async () => {
    await started.catch(() => undefined);
    await app.stop();
  });
  return { app, storage, logs, started };
}

async function firstHealthy(app: App, storage: RecordingStorage): Promise<string[]> {
  let address = app.server.address();
  while (!address || typeof address !== 'object') {
    await new Promise((resolve) => setTimeout(resolve, 2));
    address = app.server.address();
  }
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${address.port}/healthz`).then((r) => r.status, () => 0);
    // What the storage had seen at the moment of the first 200.
    if (status === 200) return [...storage.events];
    expect(status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('warm start', () => {
  it('answers /healthz 503 until warm-up turns have run through the bot, and 200 after', async () => {
    const { app, storage, logs } = start();
    const seenAtHealthy = await firstHealthy(app, storage);
    const warmUpWrites = seenAtHealthy.filter((e) => /^write webchat\/conversations\/warm-up-/.test(e));
    expect(warmUpWrites.length).toBeGreaterThanOrEqual(3);
    // One of them came in over HTTP, through POST /api/messages, so that path is warm as well.
    expect(seenAtHealthy).toContain('write webchat/conversations/warm-up-http/');
    const warmed = logs.find((l) => l.msg === 'warmed up');
    expect(warmed?.turns).toBeGreaterThanOrEqual(3);
    // Every warm-up turn was answered (FAQ, look-up, recommendation).
    expect(Number(warmed?.replies)).toBeGreaterThanOrEqual(Number(warmed?.turns));
  });

  it('leaves no conversation state of the warm-up behind', async () => {
    const { app, storage, started } = start();
    await started;
    const written = new Set(storage.events.filter((e) => e.startsWith('write ')).map((e) => e.slice('write '.length)));
    expect(written.size).toBeGreaterThan(0);
    expect(await storage.read([...written])).toEqual({});
    expect(app.knowledge.current()).toBeDefined();
  });

  it('also warms up when Bot Framework authentication is on (the warm-up does not go through the network)', async () => {
    const { app, storage, logs } = start({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' });
    const seenAtHealthy = await firstHealthy(app, storage);
    expect(logs.find((l) => l.msg === 'warmed up')?.turns).toBeGreaterThanOrEqual(3);
    // With authentication on, a request without a token would be refused: no warm-up over HTTP.
    expect(seenAtHealthy).not.toContain('write webchat/conversations/warm-up-http/');
    expect(logs.some((l) => l.msg === 'warm-up turn failed')).toBe(false);
  });
});
