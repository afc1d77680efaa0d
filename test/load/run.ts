// npm run load: the real bot against a bare echo bot (restify + CloudAdapter), side by side in one
// run on loopback with autocannon. Every request is a new conversation (deliveryMode expectReplies,
// so the replies come back in the HTTP response). Prints req/s, p50, p99, errors and the ratio to
// echo per turn kind and connection count, heap/RSS growth per 10 000 conversations, the slowest
// request while the knowledge reloads, start-up and first vs. second turn. Never a test: figures only.
//
//   LOAD_SECONDS=3 npm run load      shorter runs while developing (default 8 s per turn kind and
//                                    connection count, for echo and bot each, in LOAD_ROUNDS=4 alternating rounds)
//   LOAD_MEMORY_CONVERSATIONS=2000   conversations per turn kind for the heap figures
//   LOAD_CPU_PROF=dir npm run load   also writes a .cpuprofile of the bot process during the throughput runs
//                                    (one per turn kind and connection count) to dir
//   LOAD_ONLY=faq npm run load       one turn kind only (faq, lookup, recommendation); LOAD_CONNECTIONS=10
//   LOAD_TSX=1 npm run load          both servers through tsx instead of bundled (as before 2026-12-01 night; for comparison)
//   LOAD_STARTS=3 npm run load      fresh starts of the bot for the start-up and first-turn figures (median and range)
//   LOAD_WARMUP=5000 npm run load    requests of each turn kind sent to both servers, unmeasured, before its throughput
//                                    runs (default 5000; 0 measures the warm-up too, as before 2026-12-01 night)
//   LOAD_BOT_ARGS='--trace-gc'      Node flags for the bot's processes (space-separated); the bot's stdout is then shown
//                                    (e.g. V8's garbage-collection lines; --max-semi-space-size=64 to compare heap settings)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { asciiChunks, bundleOptions, fingerprint, keepExamplesModel } from '../../scripts/build.js';
import { firstAndSecond, firstTurnRatio, freshPairs } from './firstTurns.js';
import type { ChildMessage, ParentMessage } from './serve.js';

/** Seconds of load per turn kind and connection count, for the echo bot and ours each, split into rounds. */
const seconds = Number(process.env.LOAD_SECONDS ?? 8);
const rounds = Number(process.env.LOAD_ROUNDS ?? 4);
/** New conversations per turn kind for the memory figures. */
const memoryConversations = Number(process.env.LOAD_MEMORY_CONVERSATIONS ?? 2000);
/**
 * Requests of a turn kind each server gets before that kind is measured. V8 optimises the code a turn runs only after
 * 1,000–5,000 turns (docs/performance.md, eleventh round), so a short run without them measures mostly the warm-up of both
 * servers; the first turns after start-up have their own figure (first vs. second turn).
 */
const warmUpRequests = Math.max(0, Number(process.env.LOAD_WARMUP ?? 5000));
const connectionCounts = (process.env.LOAD_CONNECTIONS ?? '10,100').split(',').map(Number);
const profileDir = process.env.LOAD_CPU_PROF;
/** Fresh starts of the bot for the start-up and first-turn figures (median and range); the last one is measured on. */
const startCount = Math.max(1, Number(process.env.LOAD_STARTS ?? 3));

interface Scenario {
  key: keyof typeof freshPairs;
  name: string;
  message: Record<string, unknown>;
}
const allScenarios: Scenario[] = [
  { key: 'faq', name: 'FAQ answer', message: { text: 'Was kostet ein Seminar?' } },
  { key: 'lookup', name: 'seminar look-up', message: { text: 'Online-Seminare im März' } },
  { key: 'recommendation', name: 'role recommendation', message: { text: '', value: { action: 'role', id: 'projektleitung' } } },
];
const only = process.env.LOAD_ONLY?.split(',');
const scenarios = allScenarios.filter((s) => !only || only.includes(s.key));
if (scenarios.length === 0) throw new Error(`LOAD_ONLY: one or more of ${allScenarios.map((s) => s.key).join(', ')}`);

let conversations = 0;
function activity(message: Record<string, unknown>): string {
  const n = ++conversations;
  return JSON.stringify({
    type: 'message',
    id: `load-${n}`,
    deliveryMode: 'expectReplies',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: `load-conv-${process.pid}-${n}` },
    from: { id: `load-user-${n}`, name: 'Last' },
    recipient: { id: 'bot', name: 'Inklusionsprofi' },
    locale: 'de-DE',
    ...message,
  });
}

interface Child {
  process: ChildProcess;
  url: string;
  spawnedAt: number;
  ask(message: ParentMessage, reply: ChildMessage['type']): Promise<ChildMessage>;
}

/**
 * The servers run bundled as `npm start` runs the app (scripts/build.js), not through tsx: tsx keeps function names with a
 * call each time a named closure is made, a cost per turn the shipped bundle does not have (and the echo bot, mostly
 * library code, hardly pays).
 */
const root = join(import.meta.dirname, '..', '..');
const serveBundle = join(root, 'build', 'load', 'serve.js');
await build({
  ...bundleOptions,
  absWorkingDir: root,
  entryPoints: [
    { in: join(import.meta.dirname, 'serve.ts'), out: 'serve' },
    // The knowledge's worker thread, where serve.ts finds it (as dist/knowledge/loadWorker.js for the app).
    { in: join(root, 'src', 'knowledge', 'loadWorker.ts'), out: 'knowledge/loadWorker' },
  ],
  outdir: join(root, 'build', 'load'),
});
await asciiChunks(join(root, 'build', 'load'));
// The model cache as `npm run build` leaves it in dist/ (serve.ts reads it as main.ts does): every start measured reads the model.
{
  const code = fingerprint();
  rmSync(join(root, 'build', 'load', 'cache'), { recursive: true, force: true });
  writeFileSync(join(root, 'build', 'load', '.build-stamp'), `${code}\n`);
  if (!process.env.LOAD_TSX) await keepExamplesModel(join(root, 'build', 'load'), code);
}

async function startChild(kind: 'echo' | 'bot', extraArgs: string[] = []): Promise<Child> {
  const spawnedAt = performance.now();
  const script = process.env.LOAD_TSX ? ['--import', 'tsx', join(import.meta.dirname, 'serve.ts')] : [serveBundle];
  const child = spawn(process.execPath, ['--expose-gc', '--disable-warning=DEP0111', '--disable-warning=DEP0005', ...extraArgs, ...script, kind], {
    stdio: ['ignore', process.env.LOAD_BOT_ARGS && kind === 'bot' ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'listening') resolve(m.port);
    });
  });
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    spawnedAt,
    ask: (message, reply) =>
      new Promise((resolve) => {
        const onMessage = (m: ChildMessage) => {
          if (m.type !== reply) return;
          child.off('message', onMessage);
          resolve(m);
        };
        child.on('message', onMessage);
        child.send(message);
      }),
  };
}

async function stopChild(child: Child): Promise<void> {
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.send({ type: 'stop' });
  await exited;
}

async function turn(url: string, message: Record<string, unknown>): Promise<{ ms: number; replies: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity(message) });
  const body = (await response.json()) as { activities?: unknown[] };
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return { ms: performance.now() - started, replies: body.activities?.length ?? 0 };
}

interface Run {
  /** CPU time (user + system) the server process spent per answered request, in ms; 0 when not measured. */
  cpuMs: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  requests: number;
}

/** Load for `duration` seconds, until `amount` requests are answered, or until a piece of work is done. */
async function hammer(url: string, message: Record<string, unknown>, connections: number, length: number | { amount: number } | { until: Promise<unknown> } = seconds): Promise<Run> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/messages`,
        connections,
        ...(typeof length === 'number' ? { duration: length } : 'amount' in length ? { amount: length.amount } : { duration: 3600 }),
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: activity(message) }) }],
      },
      (error, finished) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished)),
    );
    if (typeof length === 'object' && 'until' in length) void length.until.finally(() => instance.stop());
  });
  return {
    cpuMs: 0,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

const cpuMicros = async (child: Child) => ((await child.ask({ type: 'cpu' }, 'cpu')) as Extract<ChildMessage, { type: 'cpu' }>).micros;

/**
 * A run with the server's CPU time per request: on a machine shared with other work, req/s of both
 * bots drop with whatever else runs, but the CPU a request costs each of them stays about the same.
 */
async function measuredRun(child: Child, message: Record<string, unknown>, connections: number, length: number): Promise<Run> {
  const before = await cpuMicros(child);
  const run = await hammer(child.url, message, connections, length);
  await drain(child.url);
  const used = (await cpuMicros(child)) - before;
  return { ...run, cpuMs: used / 1000 / Math.max(run.requests + 1, 1) };
}

/**
 * autocannon stops at the end of a run, but the server still answers the requests that were in
 * flight; the next run must not start against that backlog. One turn that comes back means it is gone.
 */
async function drain(url: string): Promise<void> {
  await turn(url, { text: 'Hallo' }).catch(() => undefined);
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const memory = async (child: Child, expire = false) => (await child.ask({ type: 'memory', expire }, 'memory')) as Extract<ChildMessage, { type: 'memory' }>;

// 1. Start-up and warm start, over LOAD_STARTS fresh processes (the last one stays for the rest of the run): spawn →
// /healthz 200, then the first turn against a second turn with a different message of the same kind, neither sent by the
// warm-up (test/load/firstTurns.ts).
interface Start {
  healthyMs: number;
  firstMs: number;
  secondMs: number;
}
async function healthyAfterStart(child: Child): Promise<number> {
  for (;;) {
    const status = await fetch(`${child.url}/healthz`).then((r) => r.status, () => 0);
    if (status === 200) return performance.now() - child.spawnedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
const starts: Start[] = [];
let fresh: Child | undefined;
for (let i = 0; i < startCount; i++) {
  if (fresh) await stopChild(fresh);
  fresh = await startChild('bot', process.env.LOAD_BOT_ARGS ? process.env.LOAD_BOT_ARGS.split(' ') : []);
  const healthyMs = await healthyAfterStart(fresh);
  // This client's own first POST (undici's request body and response paths, compiled on first use) took
  // 5–10 ms more than its second and was counted in the bot's first turn: one POST that is no turn
  // (/healthz answers it 405) warms the client, not the bot.
  await fetch(`${fresh.url}/healthz`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.arrayBuffer());
  const [firstMessage, secondMessage] = firstAndSecond(scenarios[0]!.key, i);
  const first = await turn(fresh.url, firstMessage);
  const second = await turn(fresh.url, secondMessage);
  starts.push({ healthyMs, firstMs: first.ms, secondMs: second.ms });
}
if (!fresh) throw new Error('LOAD_STARTS must be at least 1');
const bot: Child = fresh;
for (const s of scenarios) {
  const check = await turn(bot.url, s.message);
  if (check.replies === 0) throw new Error(`${s.name}: the bot did not reply`);
}

// 2. Throughput: echo and bot alternate in short runs (echo, bot, echo, bot, …) so that a machine
// whose load changes during the run (shared CI, other processes) hits both alike; each figure is the
// median over the rounds, each ratio the median of the per-round ratios.
const echo = await startChild('echo');
await hammer(echo.url, { text: 'warm-up' }, 10, 1);
await hammer(bot.url, scenarios[0]!.message, 10, 1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const summarise = (runs: Run[]): Run => ({
  cpuMs: median(runs.map((r) => r.cpuMs)),
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  max: Math.max(...runs.map((r) => r.max)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  requests: runs.reduce((sum, r) => sum + r.requests, 0),
});
interface Row {
  scenario: string;
  connections: number;
  echo: Run;
  run: Run;
  rpsRatio: number;
  p99Ratio: number;
  /** Echo's CPU per request over ours: the throughput ratio both would reach on an otherwise idle machine, if CPU-bound. */
  cpuRatio: number;
}
const rows: Row[] = [];
for (const s of scenarios) {
  for (const c of connectionCounts) {
    const echoRuns: Run[] = [];
    const botRuns: Run[] = [];
    if (warmUpRequests > 0 && c === connectionCounts[0]) {
      await hammer(echo.url, s.message, c, { amount: warmUpRequests });
      await hammer(bot.url, s.message, c, { amount: warmUpRequests });
    }
    if (profileDir) await bot.ask({ type: 'profile' }, 'profiled');
    for (let round = 0; round < rounds; round++) {
      echoRuns.push(await measuredRun(echo, s.message, c, seconds / rounds));
      botRuns.push(await measuredRun(bot, s.message, c, seconds / rounds));
    }
    if (profileDir) {
      mkdirSync(profileDir, { recursive: true });
      await bot.ask({ type: 'profile', file: join(profileDir, `${s.key}-${c}.cpuprofile`) }, 'profiled');
    }
    rows.push({
      scenario: s.name,
      connections: c,
      echo: summarise(echoRuns),
      run: summarise(botRuns),
      rpsRatio: median(botRuns.map((r, i) => r.rps / Math.max(echoRuns[i]!.rps, 1))),
      p99Ratio: median(botRuns.map((r, i) => r.p99 / Math.max(echoRuns[i]!.p99, 1))),
      cpuRatio: median(botRuns.map((r, i) => echoRuns[i]!.cpuMs / Math.max(r.cpuMs, 1e-6))),
    });
  }
}
await stopChild(echo);

// 3. Memory: a fixed number of new conversations per turn kind; heap after full GCs with their state
// stored, and again once it expired (what is left then is what the app keeps per conversation).
interface MemoryRow {
  scenario: string;
  conversations: number;
  stateBytes: number;
  heapPer10kMb: number;
  heapAfterExpiryPer10kMb: number;
  rssPer10kMb: number;
}
const memoryRows: MemoryRow[] = [];
for (const s of scenarios) {
  const before = await memory(bot, true);
  const result = await hammer(bot.url, s.message, 10, { amount: memoryConversations });
  const live = await memory(bot);
  const expired = await memory(bot, true);
  const per10k = (bytes: number) => (mb(bytes) * 10_000) / Math.max(result.requests, 1);
  memoryRows.push({
    scenario: s.name,
    conversations: result.requests,
    stateBytes: live.state.averageBytes,
    heapPer10kMb: per10k(live.heapUsed - before.heapUsed),
    heapAfterExpiryPer10kMb: per10k(expired.heapUsed - before.heapUsed),
    rssPer10kMb: per10k(live.rss - before.rss),
  });
}

// 4. Reload under load: FAQ turns while the knowledge is rebuilt three times, at 10 connections and at 1. After
// each reload the event loop is watched as long again without one: on a machine shared with other work
// the scheduler holds the loop up too, and only the difference is the reload's. At 10 connections a request
// also waits for the nine before it, so its slowest request is slow without a reload too; at 1 connection a
// request waits for nothing but the server, so a request held up by the reload shows as itself. Each is set
// against as many requests at the same connections right after, without a reload.
interface ReloadRun {
  connections: number;
  reloadsMs: number[];
  /** The longest the event loop was held up during each reload, and in as long right after it without one. */
  maxBlockedMs: number[];
  maxBlockedWithoutMs: number[];
  /** The longest garbage-collection pause (scavenge or mark-compact) in the same windows. */
  maxGcPauseMs: number[];
  maxGcPauseWithoutMs: number[];
  duringReload: Run;
  withoutReload: Run;
}
const longestPause = (r: Extract<ChildMessage, { type: 'reloaded' }>) => Math.max(r.gc.minor.maxMs, r.gc.major.maxMs);
async function reloadUnderLoad(connections: number): Promise<ReloadRun> {
  const run: Omit<ReloadRun, 'duringReload' | 'withoutReload'> = { connections, reloadsMs: [], maxBlockedMs: [], maxBlockedWithoutMs: [], maxGcPauseMs: [], maxGcPauseWithoutMs: [] };
  const reloading = (async () => {
    for (let i = 1; i <= 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 4));
      const r = (await bot.ask({ type: 'reload' }, 'reloaded')) as Extract<ChildMessage, { type: 'reloaded' }>;
      run.reloadsMs.push(r.ms);
      run.maxBlockedMs.push(r.maxBlockedMs);
      run.maxGcPauseMs.push(longestPause(r));
      const w = (await bot.ask({ type: 'reload', watchOnlyMs: Math.round(r.ms) }, 'reloaded')) as Extract<ChildMessage, { type: 'reloaded' }>;
      run.maxBlockedWithoutMs.push(w.maxBlockedMs);
      run.maxGcPauseWithoutMs.push(longestPause(w));
    }
  })();
  const duringReload = await hammer(bot.url, scenarios[0]!.message, connections, { until: reloading });
  const withoutReload = await hammer(bot.url, scenarios[0]!.message, connections, { amount: duringReload.requests });
  return { ...run, duringReload, withoutReload };
}
const reloadRuns = [await reloadUnderLoad(10), await reloadUnderLoad(1)];
const finalMemory = await memory(bot);
await stopChild(bot);

// Report.
const f = (n: number, d = 0) => n.toFixed(d);
const lines = [
  '| turn | connections | echo req/s · p50 · p99 | bot req/s · p50 · p99 | errors | req/s ratio | p99 ratio | CPU ms/req echo · bot | CPU ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const r of rows) {
  const e = r.echo;
  lines.push(`| ${r.scenario} | ${r.connections} | ${f(e.rps)} · ${f(e.p50)} · ${f(e.p99)} ms | ${f(r.run.rps)} · ${f(r.run.p50)} · ${f(r.run.p99)} ms | ${r.run.errors} | ${f(r.rpsRatio, 2)}× | ${f(r.p99Ratio, 2)}× | ${f(e.cpuMs, 2)} · ${f(r.run.cpuMs, 2)} | ${f(r.cpuRatio, 2)}× |`);
}
// RSS per conversation stays in the JSON report only: the allocator returns and takes pages at will (-300 to +350 MB per 10k in one run).
lines.push('', '| turn | conversations | state per conversation | heap / 10k conv. | heap / 10k conv. after expiry |', '| --- | ---: | ---: | ---: | ---: |');
for (const m of memoryRows) lines.push(`| ${m.scenario} | ${m.conversations} | ${f(m.stateBytes)} B | ${f(m.heapPer10kMb, 1)} MB | ${f(m.heapAfterExpiryPer10kMb, 1)} MB |`);
console.log(lines.join('\n'));
for (const r of reloadRuns) {
  console.log(`${r === reloadRuns[0] ? '\n' : ''}Reload under load (${scenarios[0]!.name}, ${r.connections} connection${r.connections === 1 ? '' : 's'}, ${r.reloadsMs.length} reloads of ${r.reloadsMs.map((ms) => f(ms)).join(', ')} ms): slowest request ${f(r.duringReload.max)} ms (as many requests right after without a reload: ${f(r.withoutReload.max)} ms), p99 ${f(r.duringReload.p99)} · ${f(r.withoutReload.p99)} ms, errors ${r.duringReload.errors + r.withoutReload.errors}; event loop held up at most ${r.maxBlockedMs.map((ms) => f(ms)).join(', ')} ms during the reloads (longest GC pause ${r.maxGcPauseMs.map((ms) => f(ms)).join(', ')} ms), ${r.maxBlockedWithoutMs.map((ms) => f(ms)).join(', ')} ms in as long right after each without one (GC ${r.maxGcPauseWithoutMs.map((ms) => f(ms)).join(', ')} ms)`);
}
const range = (values: number[], d = 0) => `${f(median(values), d)} (${f(Math.min(...values), d)}–${f(Math.max(...values), d)})`;
const ratios = starts.map((s) => s.firstMs / s.secondMs);
// Message by message (test/load/firstTurns.ts): the per-start ratios set two messages of different cost against each other.
const perMessage = firstTurnRatio(starts.map((s, order) => ({ order, first: s.firstMs, second: s.secondMs })));
console.log(
  `Start-up to /healthz 200 over ${starts.length} fresh starts, median (range): ${range(starts.map((s) => s.healthyMs))} ms; first ${scenarios[0]!.name} turn ${range(starts.map((s) => s.firstMs), 1)} ms, second (another message) ${range(starts.map((s) => s.secondMs), 1)} ms, ratio ${range(ratios, 2)}, message by message ${perMessage === undefined ? 'n/a (one start)' : `${f(perMessage, 2)}×`}; heap at the end ${f(mb(finalMemory.heapUsed), 1)} MB, RSS ${f(mb(finalMemory.rss), 1)} MB`,
);
const machine = { platform: platform(), arch: arch(), cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
console.log(`Machine: ${machine.cpu} ×${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}; ${seconds} s per run after ${warmUpRequests} unmeasured requests of each turn kind to each server, each request a new conversation.`);
const report = { generatedAt: new Date().toISOString(), machine, seconds, rounds, rows, memory: memoryRows, reload: reloadRuns, startup: { starts, firstTurnRatio: median(ratios), firstTurnRatioByMessage: perMessage ?? null }, finalMemory };
writeFileSync(join(import.meta.dirname, 'load-report.json'), `${JSON.stringify(report, null, 2)}\n`);
