// Shared parts for the registration tests: a real SMTP server on 127.0.0.1, a log capture, a
// temporary data folder and a sample enquiry.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createLogger, type Logger } from '../../src/logger.js';
import type { Enquiry } from '../../src/registration/enquiry.js';
import type { Config } from '../../src/config.js';

export interface ReceivedMail {
  raw: string;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
}

export interface TestSmtp {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Connections that started a transaction (MAIL FROM), accepted or not. */
  transactions: number;
  /** Resolves when `count` mails have been accepted. */
  waitFor(count: number): Promise<ReceivedMail[]>;
  /** Resolves when at least `count` transactions have been seen. */
  waitForTransactions(count: number): Promise<void>;
  close(): Promise<void>;
}

export interface SmtpBehaviour {
  /** Answers MAIL FROM with 451 while this returns true, or with the code it returns (n = 1 for the first transaction). */
  rejectTransaction?: (n: number) => boolean | number;
  /** Called when a message body arrived; the mail counts as accepted only when it resolves true. */
  onMessage?: (raw: string) => Promise<boolean>;
  /** Listen on this port (to bring a server up where a client already tried). */
  port?: number;
}

export async function startSmtp(behaviour: SmtpBehaviour = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const listeners: Array<() => void> = [];
  const changed = () => listeners.splice(0).forEach((l) => l());
  const state = { transactions: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      state.transactions++;
      changed();
      const rejected = behaviour.rejectTransaction?.(state.transactions);
      if (rejected) {
        const code = typeof rejected === 'number' ? rejected : 451;
        callback(Object.assign(new Error(code >= 500 ? 'Empfänger unbekannt' : 'Bitte später erneut versuchen'), { responseCode: code }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const accept = behaviour.onMessage ? behaviour.onMessage(raw) : Promise.resolve(true);
        void accept.then(async (ok) => {
          if (!ok) return; // never answered: the client sees no 250
          const parsed = await simpleParser(raw);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          received.push({ raw, parsed, envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) } });
          callback();
          changed();
        });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(behaviour.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      const test = () => (check() ? resolve() : listeners.push(test));
      test();
    });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    get transactions() {
      return state.transactions;
    },
    waitFor: async (count) => {
      await until(() => received.length >= count);
      return received;
    },
    waitForTransactions: (count) => until(() => state.transactions >= count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port that nothing listens on right now (bound and released). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface CapturedLog {
  logger: Logger;
  lines: string[];
  records(): Array<Record<string, unknown>>;
  /** Resolves when a record matching `match` has been logged. */
  waitFor(match: (record: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const listeners: Array<() => void> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      listeners.splice(0).forEach((l) => l());
      callback();
    },
  });
  const logger = createLogger({ level: 'debug', format: 'json' }, stream);
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    logger,
    lines,
    records,
    waitFor: (match) =>
      new Promise((resolve) => {
        const test = () => {
          const found = records().find(match);
          if (found) resolve(found);
          else listeners.push(test);
        };
        test();
      }),
  };
}

export async function tempDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'inklusionsprofi-registration-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const TEAM = 'bildungsteam@aktion-mensch.example';
export const FROM = 'inklusionsprofi@bot.example';

export function mailConfig(smtpUrl: string | undefined): Config['mail'] {
  return { smtpUrl, requireTls: false, tlsRejectUnauthorized: true, to: TEAM, from: FROM };
}

export const limits: Config['registration'] = { maxAgeDays: 7, perUserPerHour: 100, globalPerHour: 1000 };

/** A fixed clock: 12 March 2026, 14:03 in Berlin. */
export const fixedNow = () => new Date('2026-03-12T13:03:00.000Z');

export function sampleEnquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    seminarId: 'oeffentlichkeitsarbeit-online-2026',
    seminarTitle: 'Öffentlichkeitsarbeit inklusiv gestalten',
    seminarDate: 'Di., 14. April 2026, 10:00–13:00 Uhr, online',
    name: 'Jördis Beispielfrau',
    email: 'joerdis.beispiel@kommune-musterstadt.de',
    organisation: 'Stadt Musterstadt, Sozialamt',
    role: 'Koordinator*in',
    phone: '+49 911 123456',
    accessibilityNeeds: ['leichte-sprache', 'dgs'],
    accessibilityNote: 'Bitte Unterlagen vorab per E-Mail.',
    message: 'Wir kommen zu zweit.\nGibt es eine Warteliste?',
    waitingList: false,
    consent: true,
    ...overrides,
  };
}
