// A bot process is SIGKILLed at different points; a fresh instance on the same DATA_DIR resumes.
//
// Delivery guarantee, honestly: exactly once when the process dies before the SMTP server has
// answered "250 accepted" (covers "after submit, before delivery" and "during delivery"). If it dies
// after the 250 but before the outbox records the delivery (a window of one fsync'd write), the mail
// is sent again with the same Message-ID, which mail servers and clients use to drop the duplicate.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistration } from '../../src/registration/index.js';
import { captureLog, fixedNow, freePort, limits, mailConfig, startSmtp, tempDataDir, type TestSmtp } from './support.js';

const fixture = fileURLToPath(new URL('./fixtures/submitter.ts', import.meta.url));

interface Child {
  process: ChildProcess;
  ids: string[];
  /** Resolves when the child printed `line` (or a line starting with it). */
  waitFor(line: string, count?: number): Promise<void>;
  kill(): Promise<void>;
}

function spawnSubmitter(env: { DATA_DIR: string; SMTP_URL: string; COUNT: number; KEY_PREFIX: string }): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    env: { ...process.env, DATA_DIR: env.DATA_DIR, SMTP_URL: env.SMTP_URL, COUNT: String(env.COUNT), KEY_PREFIX: env.KEY_PREFIX },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const ids: string[] = [];
  const listeners: Array<() => void> = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (line.startsWith('submitted ')) ids.push(line.slice('submitted '.length));
    }
    listeners.splice(0).forEach((l) => l());
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => listeners.splice(0).forEach((l) => l()));
  return {
    process: child,
    ids,
    waitFor: (line, count = 1) =>
      new Promise((resolve, reject) => {
        const test = () => {
          if (lines.filter((l) => l.startsWith(line)).length >= count) resolve();
          else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`child exited before printing "${line}"`));
          else listeners.push(test);
        };
        test();
      }),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('delivery after the process is killed', () => {
  let data: { dir: string; remove(): Promise<void> };
  const servers: TestSmtp[] = [];
  const children: Child[] = [];

  beforeEach(async () => {
    data = await tempDataDir();
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((c) => c.kill()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await data.remove();
  });

  async function resume(smtpUrl: string) {
    const registration = createRegistration({ dataDir: data.dir, mail: mailConfig(smtpUrl), limits, logger: captureLog().logger, now: fixedNow, retry: { initialMs: 10, maxMs: 50 } });
    await registration.start();
    await registration.idle();
    await registration.stop();
  }

  const pending = async () => (await readdir(join(data.dir, 'outbox'))).filter((n) => n.endsWith('.json'));
  const messageIds = (server: TestSmtp) => server.received.map((m) => m.parsed.messageId ?? '');

  it('delivers exactly once when killed right after the submits resolved, before any delivery', async () => {
    const port = await freePort(); // the mail server is down while the child runs
    const child = spawnSubmitter({ DATA_DIR: data.dir, SMTP_URL: `smtp://127.0.0.1:${port}`, COUNT: 3, KEY_PREFIX: 'before' });
    children.push(child);
    await child.waitFor('submitted', 3);
    await child.kill();
    expect(await pending()).toHaveLength(3);

    const server = await startSmtp({ port });
    servers.push(server);
    await resume(server.url);
    expect(server.received).toHaveLength(3);
    expect(messageIds(server).sort()).toEqual(child.ids.map((id) => `<${id}@inklusionsprofi>`).sort());
    expect(await pending()).toEqual([]);
  });

  it('delivers exactly once when killed while the mail server was receiving the message', async () => {
    let first = true;
    let arrived!: () => void;
    const dataArrived = new Promise<void>((resolve) => (arrived = resolve));
    const server = await startSmtp({
      onMessage: async () => {
        if (!first) return true;
        first = false;
        arrived();
        return false; // never answers 250: the child dies mid-transaction
      },
    });
    servers.push(server);
    const child = spawnSubmitter({ DATA_DIR: data.dir, SMTP_URL: server.url, COUNT: 1, KEY_PREFIX: 'during' });
    children.push(child);
    await dataArrived;
    await child.kill();
    expect(await pending()).toHaveLength(1);

    await resume(server.url);
    expect(server.transactions).toBe(2);
    expect(messageIds(server)).toEqual(child.ids.map((id) => `<${id}@inklusionsprofi>`));
    expect(await pending()).toEqual([]);
  });

  it('loses nothing when killed at random points while submitting and delivering', async () => {
    const server = await startSmtp();
    servers.push(server);
    const printed: string[] = [];
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      const child = spawnSubmitter({ DATA_DIR: data.dir, SMTP_URL: server.url, COUNT: 6, KEY_PREFIX: `random-${round}` });
      children.push(child);
      await child.waitFor('ready');
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 150)));
      await child.kill();
      printed.push(...child.ids);
    }
    await resume(server.url);

    const sent = (await readdir(join(data.dir, 'outbox', 'sent'))).map((n) => `<${n.replace(/\.json$/, '')}@inklusionsprofi>`);
    const received = new Set(messageIds(server));
    // Every enquiry a person was told about arrived; everything stored was delivered; nothing is pending.
    for (const id of printed) expect(received).toContain(`<${id}@inklusionsprofi>`);
    expect([...received].sort()).toEqual(sent.sort());
    expect(await pending()).toEqual([]);
    // At most one repeat per crash, and only with the same Message-ID (see the note at the top).
    expect(server.received.length - received.size).toBeLessThanOrEqual(rounds);
  });
});
