// Registration delivery: the port the assistant uses (durable submit + rate limit) and the worker
// that e-mails each enquiry to the education team exactly once, surviving crashes and restarts.
import { resolve, join } from 'node:path';
import type { Config } from '../config.js';
import { lazyObject } from '../lazyObject.js';
import type { Logger } from '../logger.js';
import { validateEnquiry, type Enquiry } from './enquiry.js';
import { Outbox } from './outbox.js';
import type { OutboxStore } from './outboxStore.js';
import { createRateLimiter, GLOBAL_HARD_FACTOR } from './rateLimit.js';
import { createMailTransport } from './transports.js';
import { DeliveryWorker } from './worker.js';

export type { Enquiry, EnquiryField } from './enquiry.js';

export interface RegistrationPort {
  /** Writes the enquiry durably; the same key gives the same enquiry number and no second mail. */
  submit(enquiry: Enquiry, idempotencyKey: string): Promise<{ id: string; duplicate: boolean }>;
  /** Rate limit per person and overall. */
  allow(userKey: string): { ok: true } | { ok: false; retryAfterMs: number };
}

export interface RegistrationOptions {
  dataDir: string;
  mail: Config['mail'];
  limits: Config['registration'];
  /** How long `.eml` files and sent records stay; defaults 30 and 180 days. */
  retention?: Config['retention'];
  logger: Logger;
  now: () => Date;
  /** Backoff between delivery attempts; defaults 2 s doubling up to 15 min. */
  retry?: { initialMs?: number; maxMs?: number };
  /**
   * Keeps the outbox in an Azure Blob container shared by several instances instead of
   * <dataDir>/outbox. leaseSeconds (15–60, default 60): how soon another instance takes over
   * the entries of a crashed one.
   */
  azure?: { connectionString: string; container: string; leaseSeconds?: number };
}

export interface Registration {
  port: RegistrationPort;
  /** Creates folders, resumes undelivered entries, starts the worker, logs where mails go. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Waits until the outbox is empty (tests). */
  idle(): Promise<void>;
  describe(): string;
}

const DAY = 86_400_000;
const SCAN_INTERVAL_MS = 5 * 60_000;

export function createRegistration(options: RegistrationOptions): Registration {
  const dataDir = resolve(options.dataDir);
  const { logger, now } = options;
  const outbox: OutboxStore = options.azure ? blobOutbox(options.azure, now, logger) : new Outbox(join(dataDir, 'outbox'), now);
  const mailDir = join(dataDir, 'mail');
  const transport = createMailTransport(options.mail, mailDir);
  const initialMs = options.retry?.initialMs ?? 2_000;
  const worker = new DeliveryWorker({
    outbox,
    transport,
    addresses: { to: options.mail.to, from: options.mail.from },
    logger,
    now,
    maxAgeMs: options.limits.maxAgeDays * DAY,
    retention: options.retention ?? { mailFileMs: 30 * DAY, sentRecordMs: 180 * DAY },
    initialMs,
    maxMs: Math.max(initialMs, options.retry?.maxMs ?? 15 * 60_000),
    scanIntervalMs: SCAN_INTERVAL_MS,
  });
  const limiter = createRateLimiter(options.limits, now);
  let lastGlobalAlert = Number.NEGATIVE_INFINITY;

  const port: RegistrationPort = {
    async submit(enquiry, idempotencyKey) {
      // The port is the trust boundary of the outbox: whatever reaches it is validated again.
      const checked = validateEnquiry({ ...enquiry });
      if (!checked.ok) throw new Error(`invalid registration enquiry: ${Object.keys(checked.errors).join(', ')}`);
      const started = performance.now();
      const result = await outbox.add(checked.enquiry, idempotencyKey);
      logger.info({ id: result.id, duplicate: result.duplicate, ms: Math.round(performance.now() - started) }, 'registration enquiry stored in the outbox');
      if (!result.duplicate) worker.enqueue(result.id);
      return result;
    },
    allow(userKey) {
      const result = limiter.allow(userKey);
      if (!result.ok) {
        logger.warn({ retryAfterMs: result.retryAfterMs }, 'registration enquiry rate-limited');
        return result;
      }
      // Alert at most every 10 minutes: many different clients are sending enquiries (real demand or a flood).
      if (result.overGlobal && now().getTime() - lastGlobalAlert >= 10 * 60_000) {
        lastGlobalAlert = now().getTime();
        logger.error({ globalPerHour: options.limits.globalPerHour, refusedAbove: options.limits.globalPerHour * GLOBAL_HARD_FACTOR }, 'registration enquiries above RATE_LIMIT_GLOBAL_PER_HOUR this hour; still accepted, refused only above the hard limit');
      }
      return { ok: true };
    },
  };

  return {
    port,
    async start() {
      await outbox.ensureDirs();
      await transport.prepare();
      const outboxNote = options.azure ? `; outbox in ${outbox.location}` : '';
      logger.info({ ...transport.logFields(), outbox: outbox.location }, `registration mails go to ${transport.describe()}${outboxNote}`);
      await worker.start();
    },
    async stop() {
      await worker.stop();
      transport.close();
    },
    idle: () => worker.idle(),
    describe: () => transport.describe(),
  };
}

/** The Azure SDK is loaded only when the outbox lives in Blob Storage (it costs start-up time). */
function blobOutbox(azure: NonNullable<RegistrationOptions['azure']>, now: () => Date, logger: Logger): OutboxStore {
  return lazyObject(async () => new (await import('./blobOutbox.js')).BlobOutbox({ ...azure, now, logger }), { location: `Azure Blob container ${azure.container}` });
}
