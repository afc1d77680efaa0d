import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';

function ok(env: Record<string, string>) {
  const result = parseConfig(env, '/srv/app');
  if (!result.ok) throw new Error(result.message);
  return result.config;
}
function failure(env: Record<string, string>): string {
  const result = parseConfig(env, '/srv/app');
  if (result.ok) throw new Error('expected invalid configuration');
  return result.message;
}

describe('configuration', () => {
  it('runs locally with no variables at all: port 3978, no auth, file outbox, the programme address', () => {
    const config = ok({});
    expect(config.port).toBe(3978);
    expect(config.bot.appId).toBe('');
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.mail.to).toBe('kommune-inklusiv@aktion-mensch.de');
    expect(config.contactEmail).toBe('kommune-inklusiv@aktion-mensch.de');
    expect(config.knowledgeDir).toBe('/srv/app/knowledge');
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.log).toEqual({ level: 'info', format: 'pretty' });
  });

  it('treats empty variables as unset, as .env.example leaves them', () => {
    expect(ok({ PORT: '', SMTP_URL: '', MicrosoftAppId: '' }).port).toBe(3978);
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be a port number'],
    ['PORT', '70000', 'PORT: must be a port number (0–65535)'],
    ['PUBLIC_URL', 'not a url', 'PUBLIC_URL: must be a URL'],
    ['MicrosoftAppType', 'Tenantless', 'MicrosoftAppType: must be MultiTenant, SingleTenant or UserAssignedMSI'],
    ['SMTP_URL', 'mail.example.org', 'SMTP_URL: must look like smtp://'],
    ['SMTP_REQUIRE_TLS', 'maybe', 'SMTP_REQUIRE_TLS: must be true or false'],
    ['SMTP_TLS_REJECT_UNAUTHORIZED', 'nope', 'SMTP_TLS_REJECT_UNAUTHORIZED: must be true or false'],
    ['REGISTRATION_TO', 'bildungsteam', 'REGISTRATION_TO: must be an e-mail address'],
    ['MAIL_FROM', 'bot@', 'MAIL_FROM: must be an e-mail address'],
    ['CONTACT_EMAIL', 'kommune-inklusiv', 'CONTACT_EMAIL: must be an e-mail address'],
    ['OUTBOX_MAX_AGE_DAYS', '0', 'OUTBOX_MAX_AGE_DAYS: must be at least 1'],
    ['RATE_LIMIT_PER_USER_PER_HOUR', '2.5', 'RATE_LIMIT_PER_USER_PER_HOUR: must be a whole number'],
    ['RATE_LIMIT_GLOBAL_PER_HOUR', 'viele', 'RATE_LIMIT_GLOBAL_PER_HOUR: must be a whole number'],
    ['KNOWLEDGE_WATCH', 'sometimes', 'KNOWLEDGE_WATCH: must be true or false'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent'],
    ['LOG_FORMAT', 'xml', 'LOG_FORMAT: must be pretty or json'],
    ['NODE_ENV', 'staging', 'NODE_ENV:'],
    ['MAX_BODY_BYTES', '-5', 'MAX_BODY_BYTES: must be at least 1'],
    ['AZURE_STORAGE_CONNECTION_STRING', 'https://account.blob.core.windows.net', 'AZURE_STORAGE_CONNECTION_STRING: must be an Azure Storage connection string'],
    ['AZURE_STORAGE_CONTAINER', 'Bot_State', 'AZURE_STORAGE_CONTAINER: must be a container name'],
    ['OUTBOX_CONTAINER', 'ab', 'OUTBOX_CONTAINER: must be a container name'],
  ])('rejects %s=%s with a message naming it', (name, value, expected) => {
    expect(failure({ [name]: value })).toContain(expected);
  });

  it('needs the password with an app id, and a tenant for single-tenant bots', () => {
    expect(failure({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001' })).toContain('MicrosoftAppPassword: is required when MicrosoftAppId is set');
    expect(failure({ MicrosoftAppId: 'x', MicrosoftAppPassword: 'y', MicrosoftAppType: 'SingleTenant' })).toContain('MicrosoftAppTenantId: is required');
  });

  it('keeps conversation state in memory unless an Azure Storage connection string is given', () => {
    expect(ok({}).stateStorage).toBeUndefined();
    const conn = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    expect(ok({ AZURE_STORAGE_CONNECTION_STRING: conn }).stateStorage).toEqual({ connectionString: conn, container: 'inklusionsprofi-state' });
    expect(ok({ AZURE_STORAGE_CONNECTION_STRING: conn }).outboxStorage).toEqual({ connectionString: conn, container: 'inklusionsprofi-outbox' });
    expect(ok({}).outboxStorage).toBeUndefined();
    expect(failure({ AZURE_STORAGE_CONNECTION_STRING: 'AccountName=acct;AccountKey=geheim', AZURE_STORAGE_CONTAINER: 'X' })).not.toContain('geheim');
  });

  it('names every bad variable at once and never echoes a secret', () => {
    const message = failure({ PORT: 'x', LOG_LEVEL: 'loud', SMTP_URL: 'ftp://user:geheim@host' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/SMTP_URL/);
    expect(message).not.toContain('geheim');
  });

  it('reads the typed values: SMTP, TLS flags, limits, JSON logs in production', () => {
    const config = ok({ NODE_ENV: 'production', HOST: '127.0.0.1', SMTP_URL: 'smtp://u:p@mail.example.org:587', SMTP_REQUIRE_TLS: 'true', RATE_LIMIT_PER_USER_PER_HOUR: '3', PUBLIC_URL: 'https://bot.example.org/' });
    expect(config.mail).toMatchObject({ smtpUrl: 'smtp://u:p@mail.example.org:587', requireTls: true, tlsRejectUnauthorized: true });
    expect(config.registration.perUserPerHour).toBe(3);
    expect(config.log.format).toBe('json');
    expect(config.publicUrl).toBe('https://bot.example.org');
  });

  it('refuses to serve the open network without authentication in production, and says how to fix it', () => {
    const message = failure({ NODE_ENV: 'production' });
    expect(message).toContain('HOST: is reachable from other machines');
    expect(message).toContain('MicrosoftAppId');
    expect(message).toContain('ALLOW_UNAUTHENTICATED=true');
    expect(failure({ NODE_ENV: 'production', HOST: '192.168.1.20' })).toContain('HOST:');
  });

  it('lets a tool that serves nothing (the report) read the same production environment', () => {
    const env = { NODE_ENV: 'production', HOST: '0.0.0.0' };
    expect(parseConfig(env).ok).toBe(false);
    const tool = parseConfig(env, process.cwd(), 'tool');
    expect(tool.ok && tool.config.env).toBe('production');
    // The other checks still apply to tools.
    expect(parseConfig({ ...env, MicrosoftAppId: 'a1b2' }, process.cwd(), 'tool').ok).toBe(false);
  });

  it.each([
    ['bound to loopback', { HOST: '127.0.0.1' }],
    ['bound to ::1', { HOST: '::1' }],
    ['with an app id', { HOST: '0.0.0.0', MicrosoftAppId: 'a1b2', MicrosoftAppPassword: 'pw' }],
    ['explicitly allowed', { HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: 'true' }],
  ])('starts in production %s', (_name, env) => {
    expect(ok({ NODE_ENV: 'production', ...env }).env).toBe('production');
  });

  it('accepts loopback serviceUrls for the Emulator only when EMULATOR_LOOPBACK is set', () => {
    expect(ok({}).emulatorLoopback).toBe(false);
    expect(ok({ EMULATOR_LOOPBACK: 'true' }).emulatorLoopback).toBe(true);
  });

  it('stops `npm start` with exit code 1 and one readable message, no stack trace', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ip-config-'));
    writeFileSync(join(cwd, '.env'), 'PORT=not-a-port\nLOG_LEVEL=loud\n');
    const run = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'src/main.ts')], { cwd, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000 });
    rmSync(cwd, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('PORT: must be a port number (got "not-a-port")');
    expect(run.stderr).toContain('LOG_LEVEL');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
