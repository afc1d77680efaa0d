// Starts the real application (same graph as `npm start`) on 127.0.0.1 and a random port, and
// talks Bot Framework protocol to it over HTTP with deliveryMode "expectReplies".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import { readEscapes } from '../support/markdown.js';

// Each app's data folder outlives its stop() (tests read the outbox, mail files and analytics after
// stopping), so the folders are removed once the test file is done.
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Running {
  app: App;
  url: string;
  config: Config;
  /** Everything the app logged, as JSON lines. */
  logs: string[];
  stop(): Promise<void>;
}

export async function startApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ip-e2e-'));
  dataDirs.push(dataDir);
  // EMULATOR_LOOPBACK: the tests post activities themselves, like the Emulator, with loopback serviceUrls.
  const parsed = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_WATCH: 'false', LOG_LEVEL: 'debug', EMULATOR_LOOPBACK: 'true', ...env });
  if (!parsed.ok) throw new Error(parsed.message);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const app = buildApp(parsed.config, pino({ level: 'debug' }, sink), options);
  const port = await app.start();
  return { app, url: `http://127.0.0.1:${port}`, config: parsed.config, logs, stop: () => app.stop() };
}

export interface BotActivity {
  type: string;
  text?: string;
  speak?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  suggestedActions?: { actions: Array<{ type: string; title: string; value: unknown }> };
  [key: string]: unknown;
}

let counter = 0;

/** A conversation with the bot through POST /api/messages, replies returned in the HTTP response. */
export function conversation(url: string, channelId = 'webchat', id = `conv-${process.pid}-${++counter}`) {
  return {
    id,
    async send(text: string, extra: Record<string, unknown> = {}): Promise<BotActivity[]> {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `act-${++counter}`,
          deliveryMode: 'expectReplies',
          channelId,
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id },
          from: { id: 'user-1', name: 'Testperson' },
          recipient: { id: 'bot', name: 'Inklusionsprofi' },
          locale: 'de-DE',
          text,
          ...extra,
        }),
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { activities?: BotActivity[] };
      return body.activities ?? [];
    },
  };
}

/** All the text a person would read in these activities: message text and every TextBlock/Fact in cards. */
export function visibleText(activities: BotActivity[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') parts.push(o.text);
      if (typeof o.title === 'string') parts.push(o.title);
      if (typeof o.value === 'string' && o.type === undefined) parts.push(o.value);
      for (const [key, value] of Object.entries(o)) if (key !== 'fallbackText' && key !== 'speak') walk(value);
    }
  };
  for (const a of activities) {
    if (a.text) parts.push(a.text);
    walk(a.attachments?.map((x) => x.content));
  }
  return readEscapes(parts.join('\n'));
}

export interface StartedConversation {
  conversationId: string;
  token: string;
  streamUrl: string;
  expires_in: number;
  userId: string;
  /** The token /api/directline/token gave the page (before the conversation started). */
  issuedToken: string;
}

/** Gets a web chat token and starts a local Direct Line conversation with it, as the page does. */
export async function openConversation(url: string): Promise<StartedConversation> {
  const issued = await fetch(`${url}/api/directline/token`, { method: 'POST' });
  if (issued.status !== 200) throw new Error(`POST /api/directline/token: HTTP ${issued.status}, expected 200`);
  const { token, userId } = (await issued.json()) as { token: string; userId: string };
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (started.status !== 201) throw new Error(`POST /v3/directline/conversations: HTTP ${started.status}, expected 201`);
  return { ...((await started.json()) as Omit<StartedConversation, 'userId' | 'issuedToken'>), userId, issuedToken: token };
}
