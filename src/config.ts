// All configuration, read from the environment (and `.env` if present) through one zod schema.
// This is the only module that reads process.env; everything else receives a typed Config.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(fallback),
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  );
const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );
const emailAddress = z.string().trim().email('must be an e-mail address');

const variables = z
  .object({
    NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce.number({ message: 'must be a port number' }).int('must be a port number').min(0).max(65535, 'must be a port number (0–65535)').default(3978),
    ),
    HOST: z.preprocess(emptyToUndefined, z.string().trim().default('0.0.0.0')),
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url({ message: 'must be a URL such as https://bot.example.org' }).optional()),

    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(
      emptyToUndefined,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalString,
    DIRECT_LINE_SECRET: optionalString,
    ALLOW_UNAUTHENTICATED: bool(false),
    EMULATOR_LOOPBACK: bool(false),

    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must look like smtp://user:pass@host:587 or smtps://host:465')
        .optional(),
    ),
    SMTP_REQUIRE_TLS: bool(false),
    SMTP_TLS_REJECT_UNAUTHORIZED: bool(true),
    REGISTRATION_TO: z.preprocess(emptyToUndefined, emailAddress.default('kommune-inklusiv@aktion-mensch.de')),
    MAIL_FROM: z.preprocess(emptyToUndefined, emailAddress.default('inklusionsprofi@localhost')),
    CONTACT_EMAIL: z.preprocess(emptyToUndefined, emailAddress.default('kommune-inklusiv@aktion-mensch.de')),
    OUTBOX_MAX_AGE_DAYS: positiveInt(7, 365),
    RATE_LIMIT_PER_USER_PER_HOUR: positiveInt(5, 10_000),
    RATE_LIMIT_GLOBAL_PER_HOUR: positiveInt(200, 1_000_000),

    AZURE_STORAGE_CONNECTION_STRING: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .refine((v) => /(?:^|;)(?:AccountName|BlobEndpoint)=/i.test(v) || v === 'UseDevelopmentStorage=true', 'must be an Azure Storage connection string (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…)')
        .optional(),
    ),
    AZURE_STORAGE_CONTAINER: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a container name: 3–63 lower-case letters, digits and single hyphens')
        .default('inklusionsprofi-state'),
    ),
    OUTBOX_CONTAINER: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a container name: 3–63 lower-case letters, digits and single hyphens')
        .default('inklusionsprofi-outbox'),
    ),

    STATE_TTL_HOURS: positiveInt(24, 720),
    STATE_MAX_CONVERSATIONS: positiveInt(20_000, 10_000_000),
    MAIL_FILE_RETENTION_DAYS: positiveInt(30, 3650),
    SENT_RECORD_RETENTION_DAYS: positiveInt(180, 3650),
    TRUST_PROXY: bool(false),

    KNOWLEDGE_DIR: z.preprocess(emptyToUndefined, z.string().default('knowledge')),
    KNOWLEDGE_WATCH: bool(true),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('data')),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
    ),
    LOG_FORMAT: z.preprocess(emptyToUndefined, z.enum(['pretty', 'json'], { message: 'must be pretty or json' }).optional()),
    MAX_BODY_BYTES: positiveInt(256 * 1024, 10 * 1024 * 1024),

    // Analytics for the education team (issue 16): scrubbed unanswered questions and counters.
    ANALYTICS: z.preprocess(
      (v) => emptyToUndefined(typeof v === 'string' ? v.toLowerCase() : v) ?? 'on',
      z.enum(['on', 'off', 'true', 'false', '1', '0'], { message: 'must be on or off' }).transform((v) => v === 'on' || v === 'true' || v === '1'),
    ),
    ANALYTICS_RETENTION_DAYS: positiveInt(90, 3650),
    ADMIN_TOKEN: z.preprocess(emptyToUndefined, z.string().trim().min(24, 'must be at least 24 characters (a long random string)').optional()),
  });

type Variables = z.infer<typeof variables>;

/** Checks across variables; `serving`: the process listens on HOST (the report script does not). */
function crossChecks(serving: boolean) {
  return (env: Variables, ctx: z.RefinementCtx): void => {
    if (serving && env.NODE_ENV === 'production' && !env.MicrosoftAppId && !isLoopbackHost(env.HOST) && !env.ALLOW_UNAUTHENTICATED) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          'is reachable from other machines, but without MicrosoftAppId anyone can post to /api/messages (no authentication). Set MicrosoftAppId/MicrosoftAppPassword, bind to 127.0.0.1, or set ALLOW_UNAUTHENTICATED=true if that is really intended',
      });
    }
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
    }
  };
}

const envSchema = variables.superRefine(crossChecks(true));
/** For tools that read the configuration but serve nothing (`npm run report`). */
const toolEnvSchema = variables.superRefine(crossChecks(false));

type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  /** Where browsers and channels reach this bot; used in links (.ics) and the Teams manifest. */
  publicUrl: string | undefined;
  bot: { appId: string; appPassword: string; appType: Env['MicrosoftAppType']; tenantId: string };
  directLineSecret: string | undefined;
  /** Without an app id, also accept loopback serviceUrls (the Bot Framework Emulator on this machine). */
  emulatorLoopback: boolean;
  mail: {
    smtpUrl: string | undefined;
    requireTls: boolean;
    tlsRejectUnauthorized: boolean;
    to: string;
    from: string;
  };
  registration: { maxAgeDays: number; perUserPerHour: number; globalPerHour: number };
  /** The education team's address the texts name (help, fallback, errors); not where enquiries go (mail.to). */
  contactEmail: string;
  /** Conversation state is forgotten this long after its last change; in memory at most maxEntries conversations (least recently used go first). */
  state: { ttlMs: number; maxEntries: number };
  /** How long `.eml` files (personal data) and PII-free sent records stay in DATA_DIR. */
  retention: { mailFileMs: number; sentRecordMs: number };
  /** Behind a reverse proxy (Azure App Service): the client address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** Conversation state in Azure Blob Storage (several instances); memory when unset. */
  stateStorage: { connectionString: string; container: string } | undefined;
  /** The registration outbox in Azure Blob Storage (several instances); a folder under DATA_DIR when unset. */
  outboxStorage: { connectionString: string; container: string } | undefined;
  knowledgeDir: string;
  watchKnowledge: boolean;
  dataDir: string;
  log: { level: Env['LOG_LEVEL']; format: 'pretty' | 'json' };
  maxBodyBytes: number;
  /** Analytics: off writes nothing; stored in DATA_DIR/analytics or, with Azure storage, its own Blob container. */
  analytics: { enabled: boolean; retentionDays: number; storage: { connectionString: string; container: string } | undefined; adminToken: string | undefined };
}

/** Blob container for analytics when Azure storage is configured (its own, so a lifecycle rule can apply to it alone). */
export const ANALYTICS_CONTAINER = 'inklusionsprofi-analytics';

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses an environment. Never throws; a bad environment gives one readable message naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd(), purpose: 'serve' | 'tool' = 'serve'): ConfigResult {
  const parsed = (purpose === 'serve' ? envSchema : toolEnvSchema).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const raw = env[name];
      const shown = raw === undefined || isSecret(name) ? '' : ` (got "${raw.slice(0, 60)}")`;
      return `  - ${name}: ${issue.message}${shown}`;
    });
    return { ok: false, message: `Invalid configuration:\n${[...new Set(lines)].join('\n')}\nSee .env.example for every variable.` };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
      bot: { appId: e.MicrosoftAppId ?? '', appPassword: e.MicrosoftAppPassword ?? '', appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId ?? '' },
      directLineSecret: e.DIRECT_LINE_SECRET,
      emulatorLoopback: e.EMULATOR_LOOPBACK,
      mail: { smtpUrl: e.SMTP_URL, requireTls: e.SMTP_REQUIRE_TLS, tlsRejectUnauthorized: e.SMTP_TLS_REJECT_UNAUTHORIZED, to: e.REGISTRATION_TO, from: e.MAIL_FROM },
      contactEmail: e.CONTACT_EMAIL,
      registration: { maxAgeDays: e.OUTBOX_MAX_AGE_DAYS, perUserPerHour: e.RATE_LIMIT_PER_USER_PER_HOUR, globalPerHour: e.RATE_LIMIT_GLOBAL_PER_HOUR },
      state: { ttlMs: e.STATE_TTL_HOURS * 3_600_000, maxEntries: e.STATE_MAX_CONVERSATIONS },
      retention: { mailFileMs: e.MAIL_FILE_RETENTION_DAYS * 86_400_000, sentRecordMs: e.SENT_RECORD_RETENTION_DAYS * 86_400_000 },
      trustProxy: e.TRUST_PROXY,
      stateStorage: e.AZURE_STORAGE_CONNECTION_STRING ? { connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container: e.AZURE_STORAGE_CONTAINER } : undefined,
      outboxStorage: e.AZURE_STORAGE_CONNECTION_STRING ? { connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container: e.OUTBOX_CONTAINER } : undefined,
      knowledgeDir: resolve(cwd, e.KNOWLEDGE_DIR),
      watchKnowledge: e.KNOWLEDGE_WATCH,
      dataDir: resolve(cwd, e.DATA_DIR),
      log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty') },
      maxBodyBytes: e.MAX_BODY_BYTES,
      analytics: {
        enabled: e.ANALYTICS,
        retentionDays: e.ANALYTICS_RETENTION_DAYS,
        storage: e.AZURE_STORAGE_CONNECTION_STRING ? { connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container: ANALYTICS_CONTAINER } : undefined,
        adminToken: e.ADMIN_TOKEN,
      },
    },
  };
}

/** The process environment, with `.env` (if present in cwd) filling what is not already set. */
export function readEnvironment(cwd = process.cwd()): Record<string, string | undefined> {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...process.env };
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function isSecret(name: string): boolean {
  return /PASSWORD|SECRET|SMTP_URL|CONNECTION_STRING|TOKEN/i.test(name);
}
