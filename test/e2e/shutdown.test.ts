// SIGTERM as a container platform sends it: the real process (src/main.ts) finishes the turn it is
// running, refuses new ones, and exits 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const turn = (url: string, serviceUrl: string) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', id: `a-${Math.random()}`, channelId: 'emulator', serviceUrl, conversation: { id: 'shutdown' }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'Hallo' }),
  });

describe('graceful shutdown', () => {
  it('finishes the running turn, answers a new one with 503, and exits 0 on SIGTERM', async () => {
    // The "Emulator" answers the bot's reply only after a second, so the turn is still running at SIGTERM.
    let replies = 0;
    const emulator = createHttpServer((req, res) => {
      req.resume();
      setTimeout(() => {
        replies++;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r"}');
      }, 1000);
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}/`;

    const dataDir = mkdtempSync(join(tmpdir(), 'ip-shutdown-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_FORMAT: 'json', EMULATOR_LOOPBACK: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /"port":(\d+)/.exec(stdout);
          if (match) {
            clearInterval(timer);
            resolve(Number(match[1]));
          }
        }, 50);
        void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
      });
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 200 && (await fetch(`${url}/healthz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));

      const running = turn(url, serviceUrl);
      for (let i = 0; i < 100 && !stdout.includes('"channelId":"emulator"') && replies === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      const late = await turn(url, serviceUrl).catch(() => undefined);
      // A new turn after the signal is refused (or finds the listener closed), never served.
      if (late) expect(late.status).toBe(503);

      expect((await running).status).toBe(200);
      expect(replies).toBeGreaterThan(0);
      expect(await exited).toBe(0);
      expect(stdout).toContain('"msg":"stopped"');
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => emulator.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
