// npm run load:startup: how long `npm start` takes to be healthy, as a user runs it. Starts the app
// STARTUP_RUNS times (default 5) with `npm start` (sources unchanged, so no build: the second and later
// start of issue 15) and as many times with plain `node` on the built entry point, each from spawn to
// the first GET /healthz 200, and prints the medians with the CPU time the processes used until then
// (less dependent on a busy machine than the wall clock). After each start it times the first and the
// second turn of each kind (FAQ, look-up, recommendation; each a new conversation, the second with another message than
// the first, neither sent by the warm-up: test/load/firstTurns.ts). Never a test:
// figures only, with the machine's load average, written to test/load/startup-report.json.
//   STARTUP_RUNS=5 (default), STARTUP_NODE_ENV=production (default: unset, as `npm start` in a fresh clone)
//
//   npm run load:startup                  this checkout
//   npm run load:startup -- /path/to/repo another checkout (built, with node_modules), e.g. for before/after
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../registration/support.js';
import { firstAndSecond, firstTurnRatio, median } from './firstTurns.js';

const repo = resolve(process.argv[2] ?? join(import.meta.dirname, '../..'));
const runs = Number(process.env.STARTUP_RUNS ?? 5);
/** As a user runs `npm start` by default: no NODE_ENV (development: pretty logs). STARTUP_NODE_ENV=production as deployed. */
const nodeEnv = process.env.STARTUP_NODE_ENV;
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);

/** The built entry point of that checkout: dist/main.js (bundle) or dist/src/main.js (tsc output, before). */
const entry = ['dist/main.js', 'dist/src/main.js'].find((file) => existsSync(join(repo, file)));
if (!entry) throw new Error(`${repo}: nothing built (run npm run build there)`);

/** The turn kinds timed after each start, each with two messages the warm-up never sends (test/load/firstTurns.ts). */
const turns = [{ kind: 'faq' }, { kind: 'lookup' }, { kind: 'recommendation' }] as const;

interface Start {
  /** Which message of each pair came first (firstAndSecond): counted per command, so each command sends both orders. */
  order: number;
  healthyMs: number;
  cpuMs: number;
  /** Per turn kind: first and second turn in ms. */
  turns: Record<string, [number, number]>;
}

/** /proc/<pid>/stat fields after the command name (which may contain spaces): [0] state, [2] pgrp, [11…14] utime stime cutime cstime. */
function groupStats(group: number): string[][] {
  const stats: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group && fields[0] !== 'Z') stats.push(fields);
  }
  return stats;
}

/** CPU time (user + system, including waited-for children such as npm's build step) of a process group. */
function groupCpuMs(group: number): number {
  const ticks = groupStats(group).reduce((sum, f) => sum + Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]), 0);
  return (ticks / clockTicks) * 1000;
}

const groupMembers = (group: number) => groupStats(group).length;

let conversation = 0;
async function turn(port: number, message: Record<string, unknown>): Promise<number> {
  const n = ++conversation;
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `startup-${n}`,
      deliveryMode: 'expectReplies',
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9',
      conversation: { id: `startup-${process.pid}-${n}` },
      from: { id: `startup-user-${n}`, name: 'Start' },
      recipient: { id: 'bot', name: 'Inklusionsprofi' },
      locale: 'de-DE',
      ...message,
    }),
  });
  const body = (await response.json()) as { activities?: unknown[] };
  if (response.status !== 200 || !body.activities?.length) throw new Error(`turn: HTTP ${response.status}, ${body.activities?.length ?? 0} replies`);
  return performance.now() - started;
}

/** Stops the group (npm, its shell and node) and waits until every process of it has exited. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = performance.now() + 30_000;
  while (groupMembers(child.pid) > 0 && performance.now() < deadline) await new Promise((done) => setTimeout(done, 20));
}

async function start(command: string[], order: number): Promise<Start> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-startup-'));
  const started = performance.now();
  // Own process group, so the measurement counts (and stops) npm and everything it starts.
  const child = spawn(command[0]!, command.slice(1), {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      KNOWLEDGE_WATCH: 'false',
      // The load client posts like the Bot Framework Emulator (loopback serviceUrl, expectReplies).
      EMULATOR_LOOPBACK: 'true',
      ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}),
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${stderr.slice(0, 500)}`);
      if (performance.now() - started > 60_000) throw new Error('no /healthz 200 within 60 s');
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((done) => setTimeout(done, 10));
    }
    const healthyMs = performance.now() - started;
    const cpuMs = groupCpuMs(child.pid!);
    const times: Record<string, [number, number]> = {};
    // The first turn against a second with another message of the same kind; the two swap places every start.
    for (const { kind } of turns) {
      const [a, b] = firstAndSecond(kind, order);
      times[kind] = [await turn(port, a), await turn(port, b)];
    }
    return { order, healthyMs, cpuMs, turns: times };
  } finally {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${Math.round(n)} ms`;

const loadBefore = loadavg();
const commands: Record<string, string[]> = { 'npm start': ['npm', 'start'], [`node ${entry}`]: [process.execPath, '--disable-warning=DEP0111', entry] };
// Once unmeasured: builds if anything changed (the first start after a change is not what is measured).
await start(commands['npm start']!, 0);
const results: Record<string, Start[]> = {};
for (let i = 0; i < runs; i++) {
  // Alternating, so a change in the machine's load hits both alike.
  for (const [name, command] of Object.entries(commands)) (results[name] ??= []).push(await start(command, i));
}
const loadAfter = loadavg();

console.log(`\n${repo} — ${runs} starts each, NODE_ENV=${nodeEnv ?? '(unset)'}, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after (${cpus().length} cores)\n`);
console.log('| command | /healthz 200 (median, min–max) | CPU until then (median) | ' + turns.map((t) => `${t.kind}: 1st / 2nd turn (ratio)`).join(' | ') + ' |');
console.log('| --- | ---: | ---: | ' + turns.map(() => '---:').join(' | ') + ' |');
const summary: Record<string, unknown> = {};
for (const [name, list] of Object.entries(results)) {
  const healthy = list.map((r) => r.healthyMs);
  const turnCells = turns.map(({ kind }) => {
    const first = median(list.map((r) => r.turns[kind]![0]));
    const second = median(list.map((r) => r.turns[kind]![1]));
    const ratio = firstTurnRatio(list.map((r) => ({ order: r.order, first: r.turns[kind]![0], second: r.turns[kind]![1] }))) ?? Number.NaN;
    return { kind, first, second, ratio };
  });
  summary[name] = { healthyMs: median(healthy), minMs: Math.min(...healthy), maxMs: Math.max(...healthy), cpuMs: median(list.map((r) => r.cpuMs)), turns: turnCells, runs: list };
  console.log(`| \`${name}\` | ${ms(median(healthy))} (${ms(Math.min(...healthy))}–${ms(Math.max(...healthy))}) | ${ms(median(list.map((r) => r.cpuMs)))} | ${turnCells.map((t) => `${t.first.toFixed(1)} / ${t.second.toFixed(1)} ms (${t.ratio.toFixed(2)}×)`).join(' | ')} |`);
}
console.log('\nTurn ratio: per message, its median time as the first turn over its median time as the second, then the geometric mean of the two messages (each comes first in every other start of a command). Targets: npm start < 3 s (issue 15), start-up < 2 s and first turn ≤ 1.5× the second (issue 17).');
writeFileSync(join(import.meta.dirname, 'startup-report.json'), `${JSON.stringify({ generatedAt: new Date().toISOString(), repo, runs, nodeEnv: nodeEnv ?? null, loadBefore, loadAfter, cores: cpus().length, results: summary }, null, 2)}\n`);
