// Run in a fresh process by the benchmark: builds the real app with test configuration, waits for
// GET /healthz 200 and prints {startMs, healthzMs, rssMb} as one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';

const started = performance.now();
const dataDir = mkdtempSync(join(tmpdir(), 'ip-bench-'));
const { parseConfig } = await import('../../src/config.js');
const { buildApp } = await import('../../src/app.js');
const parsed = parseConfig({ PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_WATCH: 'false', DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' }, join(import.meta.dirname, '../..'));
if (!parsed.ok) throw new Error(parsed.message);
const logger = pino({ level: 'warn' }, new Writable({ write: (_c, _e, done) => done() }));
const imported = performance.now();
const app = buildApp(parsed.config, logger);
const port = await app.start();
let status = 0;
while (status !== 200) {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  status = res.status;
  await res.arrayBuffer();
}
const ready = performance.now();
const rssMb = process.memoryUsage().rss / 1024 / 1024;
console.log(JSON.stringify({ startMs: ready - started, importMs: imported - started, buildToHealthzMs: ready - imported, rssMb }));
await app.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
