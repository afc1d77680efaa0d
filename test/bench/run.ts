// npm run bench: our search vs plain lunr and lunr.de in the same process — index build time and
// heap (medians of several builds, each measured after full GCs) for the shipped knowledge and a
// generated 10 000-document catalogue (test/bench/catalogue.ts), query latency p50/p99
// over the eval questions, and start-up of the real app to /healthz 200 with its RSS. Prints a
// table with ratios (ours / baseline) and writes test/bench/bench-report.json. Never a test.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, cpus, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { loadQuestions, loadShippedKnowledge, lunrBaseline, REPO } from '../eval/evaluate.js';
import { generateCatalogue } from './catalogue.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Measured {
  buildMs: number;
  heapMb: number;
  p50Ms: number;
  p99Ms: number;
}

type Builder = (k: Knowledge) => (text: string) => unknown;

const systems: Record<string, Builder> = {
  lunr: (k) => {
    const s = lunrBaseline(k, false);
    return (t) => s.rank(t);
  },
  'lunr.de': (k) => {
    const s = lunrBaseline(k, true);
    return (t) => s.rank(t);
  },
  // The assistant calls decide() on every message: that is the latency users feel.
  ours: (k) => {
    const index = buildSearchIndex(k);
    return (t) => index.decide(t);
  },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function measure(build: Builder, knowledge: Knowledge, queries: string[], rounds: number, builds: number): Measured {
  const buildTimes: number[] = [];
  const heaps: number[] = [];
  let query: ((text: string) => unknown) | undefined;
  for (let i = 0; i < builds; i++) {
    // The previous build is let go before "before" is read, or it would be counted against this one.
    query = undefined;
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    query = build(knowledge);
    buildTimes.push(performance.now() - t0);
    gc();
    gc();
    heaps.push((process.memoryUsage().heapUsed - before) / 1024 / 1024);
  }
  const search = query ?? (() => undefined);
  for (const q of queries.slice(0, 20)) safe(search, q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      safe(search, q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  buildTimes.sort((a, b) => a - b);
  heaps.sort((a, b) => a - b);
  return { buildMs: percentile(buildTimes, 50), heapMb: percentile(heaps, 50), p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

function safe(query: (text: string) => unknown, text: string): void {
  try {
    query(text);
  } catch {
    // lunr's query parser throws on ":" "~" "^" …; a miss for the baseline, same cost either way.
  }
}

/**
 * Start-up of what `npm start` runs: the bundled app (`node scripts/build.js`, as `npm start` builds it) in a
 * fresh `node` process, timed from spawn to the first GET /healthz 200, and its resident memory then.
 */
async function startup(): Promise<{ startMs: number; rssMb: number } | { error: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-bench-'));
  let child: ChildProcess | undefined;
  try {
    await promisify(execFile)(process.execPath, ['scripts/build.js'], { cwd: REPO, timeout: 120_000 });
    const port = await freePort();
    const started = performance.now();
    child = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/main.js'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('no /healthz 200 within 60 s');
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const startMs = performance.now() - started;
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
    return { startMs, rssMb: rssKb / 1024 };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error) };
  } finally {
    child?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Every how many-th question the 10 000-document catalogue is asked. */
const LARGE_SAMPLE_EVERY = 4;

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

const shipped = await loadShippedKnowledge();
const questions = loadQuestions();
const queries = [...questions.questions.map((q) => q.q), ...questions.offTopic];
const large = generateCatalogue(shipped, 5_000, 5_000);
// On the 10 000-document catalogue plain lunr takes ~90 ms a question (p99 ~0.5 s): every fourth question, the same
// ones for every system, keeps the run to minutes (all 2,668 dev questions took it to ~24 minutes on 2026-12-01).
const largeQueries = queries.filter((_q, i) => i % LARGE_SAMPLE_EVERY === 0);

const results: Record<string, Record<string, Measured>> = { shipped: {}, '10k': {} };
for (const [name, build] of Object.entries(systems)) {
  results.shipped![name] = measure(build, shipped, queries, 30, 5);
  results['10k']![name] = measure(build, large, largeQueries, 3, 3);
}
const app = await startup();

const rows: string[] = [
  '| knowledge | metric | lunr | lunr.de | ours | ours / lunr | ours / lunr.de |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
for (const [kb, label] of [['shipped', `shipped (${shipped.faq.length + shipped.seminars.length} docs)`], ['10k', `10 000 docs (${largeQueries.length} questions)`]] as const) {
  const r = results[kb]!;
  for (const [metric, key] of [['build ms', 'buildMs'], ['heap MB', 'heapMb'], ['query p50 ms', 'p50Ms'], ['query p99 ms', 'p99Ms']] as const) {
    const [a, b, c] = [r.lunr![key], r['lunr.de']![key], r.ours![key]];
    rows.push(`| ${label} | ${metric} | ${fmt(a)} | ${fmt(b)} | ${fmt(c)} | ${(c / a).toFixed(2)}× | ${(c / b).toFixed(2)}× |`);
  }
}
console.log(rows.join('\n'));
if ('error' in app) console.log(`\nStart-up: not measured (${app.error})`);
else console.log(`\nStart-up of the compiled app (node dist/main.js, as npm start) to /healthz 200: ${fmt(app.startMs)} ms (target < 2000), RSS ${fmt(app.rssMb)} MB (target < 200)`);

const machine = { platform: platform(), arch: arch(), cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
const report = { generatedAt: new Date().toISOString(), machine, queries: queries.length, largeQueries: largeQueries.length, results, startup: app };
writeFileSync(join(import.meta.dirname, 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nMachine: ${machine.cpu} ×${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}. Report: test/bench/bench-report.json`);
