// npm run bench: our search vs plain lunr and lunr.de in the same process — index build time and
// heap for the shipped knowledge and a generated 10 000-document catalogue, query latency p50/p99
// over the eval questions, and start-up of the real app to /healthz 200 with its RSS. Prints a
// table with ratios (ours / baseline) and writes test/bench/bench-report.json. Never a test.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
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
  let query: (text: string) => unknown = () => undefined;
  let heapMb = 0;
  for (let i = 0; i < builds; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    query = build(knowledge);
    buildTimes.push(performance.now() - t0);
    gc();
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - before) / 1024 / 1024);
  }
  for (const q of queries.slice(0, 20)) safe(query, q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      safe(query, q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  buildTimes.sort((a, b) => a - b);
  return { buildMs: percentile(buildTimes, 50), heapMb, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

function safe(query: (text: string) => unknown, text: string): void {
  try {
    query(text);
  } catch {
    // lunr's query parser throws on ":" "~" "^" …; a miss for the baseline, same cost either way.
  }
}

async function startup(): Promise<{ startMs: number; importMs: number; buildToHealthzMs: number; rssMb: number } | { error: string }> {
  try {
    const tsx = join(REPO, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, [join(import.meta.dirname, 'startup.ts')], { cwd: REPO, timeout: 60_000 });
    const line = stdout.trim().split('\n').pop() ?? '';
    return JSON.parse(line) as { startMs: number; importMs: number; buildToHealthzMs: number; rssMb: number };
  } catch (error) {
    // src/app.ts belongs to others and may not compile while they work; the search numbers still count.
    return { error: error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error) };
  }
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

const shipped = await loadShippedKnowledge();
const questions = loadQuestions();
const queries = [...questions.questions.map((q) => q.q), ...questions.offTopic];
const large = generateCatalogue(shipped, 5_000, 5_000);

const results: Record<string, Record<string, Measured>> = { shipped: {}, '10k': {} };
for (const [name, build] of Object.entries(systems)) {
  results.shipped![name] = measure(build, shipped, queries, 30, 5);
  results['10k']![name] = measure(build, large, queries, 3, 1);
}
const app = await startup();

const rows: string[] = [
  '| knowledge | metric | lunr | lunr.de | ours | ours / lunr | ours / lunr.de |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
];
for (const [kb, label] of [['shipped', `shipped (${shipped.faq.length + shipped.seminars.length} docs)`], ['10k', '10 000 docs']] as const) {
  const r = results[kb]!;
  for (const [metric, key] of [['build ms', 'buildMs'], ['heap MB', 'heapMb'], ['query p50 ms', 'p50Ms'], ['query p99 ms', 'p99Ms']] as const) {
    const [a, b, c] = [r.lunr![key], r['lunr.de']![key], r.ours![key]];
    rows.push(`| ${label} | ${metric} | ${fmt(a)} | ${fmt(b)} | ${fmt(c)} | ${(c / a).toFixed(2)}× | ${(c / b).toFixed(2)}× |`);
  }
}
console.log(rows.join('\n'));
if ('error' in app) console.log(`\nStart-up: not measured (${app.error})`);
else console.log(`\nStart-up of the real app to /healthz 200: ${fmt(app.startMs)} ms (imports ${fmt(app.importMs)} ms, buildApp → 200 ${fmt(app.buildToHealthzMs)} ms), RSS ${fmt(app.rssMb)} MB`);

const machine = { platform: platform(), arch: arch(), cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
const report = { generatedAt: new Date().toISOString(), machine, queries: queries.length, results, startup: app };
writeFileSync(join(import.meta.dirname, 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nMachine: ${machine.cpu} ×${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}. Report: test/bench/bench-report.json`);
