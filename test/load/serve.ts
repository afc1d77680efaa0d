// A child process of `npm run load`: serves either the echo bot or the real app (the same graph as
// `npm start`) on 127.0.0.1 and a free port, and answers the parent over IPC: its port once
// listening, its memory after a full GC on request, and a knowledge reload on request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import type { Server } from 'restify';
import { parseConfig } from '../../src/config.js';
import { builtModelCache, loadInWorker } from '../../src/knowledge/worker.js';
import { createLogger } from '../../src/logger.js';
import { LoadStorage } from './expiringStorage.js';

/** memory: heap and RSS after full GCs; with expire, conversation state is dropped first. */
/** reload: reloads the knowledge and reports how the event loop fared; with watchOnlyMs, the same figures for that long without a reload. */
/** profile: starts the CPU profiler, or stops it and writes the profile to `file`; cpu: CPU time used so far. */
export type ParentMessage = { type: 'memory'; expire?: boolean } | { type: 'reload'; watchOnlyMs?: number } | { type: 'profile'; file?: string } | { type: 'cpu' } | { type: 'stop' };
export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'memory'; heapUsed: number; rss: number; state: { items: number; averageBytes: number } }
  /**
   * maxBlockedMs: the longest the event loop was held up while the reload ran (no request could start);
   * gc: the garbage collector's pauses in the same time (longest, total, count), minor (scavenges) and major apart.
   */
  | { type: 'reloaded'; ok: boolean; ms: number; maxBlockedMs: number; gc: GcPauses }
  | { type: 'profiled' }
  /** User + system CPU time of this process since it started, in microseconds. */
  | { type: 'cpu'; micros: number };

export interface GcPauses {
  minor: { count: number; totalMs: number; maxMs: number };
  major: { count: number; totalMs: number; maxMs: number };
}

/** Records the garbage collector's pauses until the returned function is called. */
function watchGc(): () => GcPauses {
  const pauses: GcPauses = { minor: { count: 0, totalMs: 0, maxMs: 0 }, major: { count: 0, totalMs: 0, maxMs: 0 } };
  const record = (entries: PerformanceEntry[]) => {
    for (const entry of entries) {
      const gcKind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      const into = gcKind === perfConstants.NODE_PERFORMANCE_GC_MINOR ? pauses.minor : pauses.major;
      into.count++;
      into.totalMs += entry.duration;
      into.maxMs = Math.max(into.maxMs, entry.duration);
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return pauses;
  };
}

const kind = process.argv[2];
const send = (message: ChildMessage) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

let reload: () => Promise<boolean> = () => Promise.resolve(true);
let storage: LoadStorage | undefined;
let stop: () => Promise<void> = () => Promise.resolve();

if (kind === 'echo') {
  const { createEchoServer } = await import('./echo.js');
  const server = createEchoServer();
  send({ type: 'listening', port: await listen(server) });
  stop = () => new Promise((resolve) => server.close(() => resolve()));
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-load-'));
  // The load client posts like the Bot Framework Emulator (loopback serviceUrl, expectReplies), which local mode accepts only with EMULATOR_LOOPBACK.
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'warn', EMULATOR_LOOPBACK: 'true', NODE_ENV: 'production', ...(process.env.LOAD_AZURE ? { AZURE_STORAGE_CONNECTION_STRING: process.env.LOAD_AZURE } : {}) };
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.message);
  // The app's own in-memory storage with the configured TTL and cap, on a clock the memory phase can move.
  storage = parsed.config.stateStorage ? undefined : new LoadStorage(parsed.config.state);
  // The knowledge is read in a worker thread, as in the shipped app (main.ts): bundled (npm run load) the worker is
  // knowledge/loadWorker.js next to this file; from TypeScript it is the source.
  // As main.ts does, the first load starts in the worker before the app's modules are imported: the start-up figure is
  // the shipped app's.
  const workerScript = new URL(import.meta.url.endsWith('.ts') ? '../../src/knowledge/loadWorker.ts' : './knowledge/loadWorker.js', import.meta.url);
  const modelCache = builtModelCache(import.meta.url);
  const firstLoad = loadInWorker(workerScript, parsed.config.knowledgeDir, new Date(), modelCache ? { modelCache } : {});
  firstLoad.catch(() => undefined);
  const { buildApp } = await import('../../src/app.js');
  const app = buildApp(parsed.config, createLogger(parsed.config.log), { ...(storage ? { storage } : {}), knowledgeLoad: { workerScript, firstLoad, ...(modelCache ? { modelCache } : {}) } });
  send({ type: 'listening', port: await app.start() });
  reload = () => app.knowledge.reload();
  stop = async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'memory') {
    const state = storage?.measure() ?? { items: 0, averageBytes: 0 };
    if (message.expire) await storage?.expireAll();
    gc();
    gc();
    const usage = process.memoryUsage();
    send({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss, state });
  } else if (message.type === 'reload') {
    const started = performance.now();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const gcPauses = watchGc();
    const work = message.watchOnlyMs === undefined ? reload() : new Promise<boolean>((resolve) => setTimeout(() => resolve(true), message.watchOnlyMs));
    void work.then(async (ok) => {
      const ms = performance.now() - started;
      delay.disable();
      // PerformanceObserver delivers entries asynchronously: let the last ones of the reload arrive.
      await new Promise((resolve) => setTimeout(resolve, 20));
      send({ type: 'reloaded', ok, ms, maxBlockedMs: delay.max / 1e6, gc: gcPauses() });
    });
  } else if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    send({ type: 'cpu', micros: usage.user + usage.system });
  } else if (message.type === 'profile') {
    void profile(message.file).then(() => send({ type: 'profiled' }));
  } else if (message.type === 'stop') {
    void stop().finally(() => process.exit(0));
  }
});
// The CPU profile covers only what the parent asks for (the throughput runs), not start-up and reloads.
let profiler: Session | undefined;
async function profile(file: string | undefined): Promise<void> {
  if (file === undefined) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return;
  }
  if (!profiler) return;
  const { profile: result } = await profiler.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(result));
  profiler.disconnect();
  profiler = undefined;
}

// The parent went away (killed, crashed): still remove the data folder.
process.on('disconnect', () => void stop().finally(() => process.exit(0)));
