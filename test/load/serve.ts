// A child process of `npm run load`: serves either the echo bot or the real app (the same graph as
// `npm start`) on 127.0.0.1 and a free port, and answers the parent over IPC: its port once
// listening, its memory after a full GC on request, and a knowledge reload on request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createEchoServer } from './echo.js';

export type ParentMessage = { type: 'memory' } | { type: 'reload' } | { type: 'stop' };
export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'memory'; heapUsed: number; rss: number }
  | { type: 'reloaded'; ok: boolean; ms: number };

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
let stop: () => Promise<void> = () => Promise.resolve();

if (kind === 'echo') {
  const server = createEchoServer();
  send({ type: 'listening', port: await listen(server) });
  stop = () => new Promise((resolve) => server.close(() => resolve()));
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-load-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...(process.env.LOAD_AZURE ? { AZURE_STORAGE_CONNECTION_STRING: process.env.LOAD_AZURE } : {}) };
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.message);
  const app = buildApp(parsed.config, createLogger(parsed.config.log));
  send({ type: 'listening', port: await app.start() });
  reload = () => app.knowledge.reload();
  stop = async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'memory') {
    gc();
    gc();
    const usage = process.memoryUsage();
    send({ type: 'memory', heapUsed: usage.heapUsed, rss: usage.rss });
  } else if (message.type === 'reload') {
    const started = performance.now();
    void reload().then((ok) => send({ type: 'reloaded', ok, ms: performance.now() - started }));
  } else if (message.type === 'stop') {
    void stop().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
