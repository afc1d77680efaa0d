// The analytics variables: on by default with 90 days, off on request, the admin token a secret.
import { describe, expect, it } from 'vitest';
import { ANALYTICS_CONTAINER, parseConfig } from '../../src/config.js';

function parse(env: Record<string, string>) {
  return parseConfig(env, '/srv/app');
}

describe('analytics configuration', () => {
  it('is on by default, keeps 90 days, in DATA_DIR, with no admin page', () => {
    const result = parse({});
    expect(result.ok && result.config.analytics).toEqual({ enabled: true, retentionDays: 90, storage: undefined, adminToken: undefined });
  });

  it.each(['off', 'OFF', 'false', '0'])('ANALYTICS=%s turns it off', (value) => {
    const result = parse({ ANALYTICS: value });
    expect(result.ok && result.config.analytics.enabled).toBe(false);
  });

  it('uses its own Blob container when Azure storage is configured', () => {
    const result = parse({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' });
    expect(result.ok && result.config.analytics.storage).toEqual({ connectionString: 'UseDevelopmentStorage=true', container: ANALYTICS_CONTAINER });
  });

  it('rejects bad values with one message and never echoes the admin token', () => {
    const result = parse({ ANALYTICS: 'vielleicht', ANALYTICS_RETENTION_DAYS: '0', ADMIN_TOKEN: 'kurz-geheim' });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('ANALYTICS: must be on or off');
    expect(message).toContain('ANALYTICS_RETENTION_DAYS: must be at least 1');
    expect(message).toContain('ADMIN_TOKEN: must be at least 24 characters');
    expect(message).not.toContain('kurz-geheim');
  });
});
