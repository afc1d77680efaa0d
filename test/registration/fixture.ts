// The per-test registration fixture, apart from support.ts because it needs vitest's hooks and
// support.ts is also loaded by the crash tests' child processes, which must start fast without vitest.
import { afterEach, beforeEach } from 'vitest';
import { createRegistration, type Registration, type RegistrationOptions } from '../../src/registration/index.js';
import { captureLog, fixedNow, limits, mailConfig, startSmtp, tempDataDir, type CapturedLog, type SmtpBehaviour, type TestSmtp } from './support.js';

/**
 * Per-test temp data folder, registrations and SMTP servers, all stopped and removed after each
 * test. Call inside a describe block.
 */
export function registrationFixture(retry: { initialMs: number; maxMs: number }) {
  let data: { dir: string; remove(): Promise<void> } | undefined;
  const running: Registration[] = [];
  const servers: TestSmtp[] = [];
  beforeEach(async () => {
    data = await tempDataDir();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await data?.remove();
  });
  const dir = () => {
    if (!data) throw new Error('registrationFixture used outside a test');
    return data.dir;
  };
  return {
    dir,
    registration(smtpUrl: string | undefined, log: CapturedLog = captureLog(), extra: Partial<RegistrationOptions> = {}): Registration {
      const r = createRegistration({ dataDir: dir(), mail: mailConfig(smtpUrl), limits, logger: log.logger, now: fixedNow, retry, ...extra });
      running.push(r);
      return r;
    },
    async smtp(behaviour: SmtpBehaviour = {}): Promise<TestSmtp> {
      const server = await startSmtp(behaviour);
      servers.push(server);
      return server;
    },
  };
}
