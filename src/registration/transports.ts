// How a composed mail leaves the process: SMTP via nodemailer when SMTP_URL is set, otherwise an
// .eml file per enquiry in <dataDir>/mail, so a local `npm start` needs no mail server.
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { writeFileAtomic } from './files.js';

export interface MailTransport {
  kind: 'smtp' | 'eml';
  /** Where mails go, without credentials: "SMTP mail.example.org:587" or the .eml folder. */
  describe(): string;
  /** Log fields for the start-up line; never credentials. */
  logFields(): Record<string, string | number | boolean>;
  prepare(): Promise<void>;
  send(mail: SendMailOptions, id: string): Promise<void>;
  /** Deletes mail files (personal data) written more than `maxAgeMs` before `now`; returns how many. */
  prune(now: Date, maxAgeMs: number): Promise<number>;
  close(): void;
}

export function createMailTransport(mail: Config['mail'], mailDir: string): MailTransport {
  return mail.smtpUrl ? smtpTransport(mail.smtpUrl, mail) : emlTransport(mailDir);
}

function smtpTransport(smtpUrl: string, mail: Config['mail']): MailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const transport = lazyTransport((nodemailer) =>
    nodemailer.createTransport({
      url: smtpUrl,
      requireTLS: mail.requireTls,
      tls: { rejectUnauthorized: mail.tlsRejectUnauthorized },
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
      logger: false,
    }),
  );
  return {
    kind: 'smtp',
    describe: () => `SMTP ${url.hostname}:${port}`,
    logFields: () => ({ transport: 'smtp', host: url.hostname, port, secure, requireTls: mail.requireTls }),
    prepare: async () => undefined,
    send: async (message) => {
      await (await transport.get()).sendMail(message);
    },
    // Nothing is kept locally: the mail lives on the mail server.
    prune: () => Promise.resolve(0),
    close: () => transport.close(),
  };
}

function emlTransport(mailDir: string): MailTransport {
  const transport = lazyTransport((nodemailer) => nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }));
  return {
    kind: 'eml',
    describe: () => `.eml files in ${mailDir}`,
    logFields: () => ({ transport: 'eml', folder: mailDir }),
    prepare: async () => {
      await mkdir(mailDir, { recursive: true, mode: 0o700 });
    },
    send: async (message, id) => {
      const info = await (await transport.get()).sendMail(message);
      const raw: unknown = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error('stream transport returned no buffer');
      await writeFileAtomic(join(mailDir, `${id}.eml`), raw);
    },
    prune: async (now, maxAgeMs) => {
      let removed = 0;
      for (const name of await readdir(mailDir).catch(() => [] as string[])) {
        if (!name.endsWith('.eml')) continue;
        const info = await stat(join(mailDir, name)).catch(() => undefined);
        if (info?.isFile() && now.getTime() - info.mtimeMs > maxAgeMs) {
          await unlink(join(mailDir, name)).catch(() => undefined);
          removed++;
        }
      }
      return removed;
    },
    close: () => transport.close(),
  };
}

/**
 * nodemailer, loaded and set up on the first mail rather than at start-up: most starts send none for a
 * while, and no turn waits for it (the outbox worker sends).
 */
function lazyTransport(create: (nodemailer: typeof import('nodemailer')) => Transporter): { get(): Promise<Transporter>; close(): void } {
  let transport: Promise<Transporter> | undefined;
  return {
    get() {
      transport ??= import('nodemailer').then((nodemailer) => create(nodemailer.default));
      return transport;
    },
    close() {
      void transport?.then((t) => t.close(), () => undefined);
    },
  };
}
