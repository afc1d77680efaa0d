// Vitest global setup: the whole test run gets a private temp folder (TMPDIR, which os.tmpdir(),
// Chromium and every child process honour), removed when the run ends — so `npm test` leaves the
// system temp folder as it found it. At the end it names what the tests left behind: temp entries
// they did not remove and processes they started and did not stop (those are stopped here, by pid).
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'inklusionsprofi-test-run-'));
  // Set before the workers start, so they and everything they spawn inherit it.
  process.env.TMPDIR = dir;

  return () => {
    const leftovers = safeList(dir);
    if (leftovers.length > 0) console.warn(`Temp entries the tests did not remove (now removed): ${summarise(leftovers)}`);
    const processes = processesInheriting(dir);
    for (const { pid, command } of processes) {
      console.warn(`Process still running after the tests (stopped now): ${pid} ${command.slice(0, 120)}`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // It ended in the meantime.
      }
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** "ip-e2e-AbC123, ip-e2e-XyZ789, ip-kb-1" → "ip-e2e-* ×2, ip-kb-* ×1": the prefix shows which test to fix. */
function summarise(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) {
    const prefix = name.replace(/[A-Za-z0-9]{6}$/, '*');
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts].map(([prefix, count]) => `${prefix} ×${count}`).join(', ');
}

/**
 * Processes the tests started, other than vitest itself and its workers: those whose environment
 * carries this run's TMPDIR, and — for children started with an environment of their own — those
 * working in or named with a path inside it. Linux only (/proc); elsewhere none are found.
 */
function processesInheriting(dir: string): { pid: number; command: string }[] {
  const marker = `TMPDIR=${dir}\0`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of safeList('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      if (command.includes('vitest') || command === '') continue;
      const started =
        `${readFileSync(`/proc/${entry}/environ`, 'latin1')}\0`.includes(marker) ||
        command.includes(dir) ||
        readlinkSync(`/proc/${entry}/cwd`).startsWith(dir);
      if (started) found.push({ pid, command });
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}
