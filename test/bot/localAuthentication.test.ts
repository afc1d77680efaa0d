// In local mode (no app id) the endpoint authenticates once and hands the same result to every request;
// these tests hold that result to what botbuilder's authentication gives each request afresh.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBotEndpoint } from '../../src/bot/adapter.js';
import { createLogger } from '../../src/logger.js';

const local = { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' } as const;
const anonymousConfig = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
const logger = createLogger({ level: 'silent', format: 'json' } as Parameters<typeof createLogger>[0]);

const activities: Array<Partial<Activity>> = [
  { type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:3978/directline', recipient: { id: 'bot', name: 'Bot' } },
  { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', recipient: { id: 'bot', name: 'Bot' } },
  { type: 'message', channelId: 'emulator', serviceUrl: 'http://localhost:51234', recipient: { id: 'bot', name: 'Bot', role: 'bot' } },
  { type: 'conversationUpdate', channelId: 'slack', recipient: { id: 'bot', name: 'Bot' } },
  { type: 'invoke', channelId: 'directline' },
];
const headers = ['', 'Bearer forged.token.here', '   '];

/** What a turn takes from the result: audience, caller id, the claims and what the factory was made with. */
function comparable(result: Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>): unknown {
  const { claimsIdentity, connectorFactory, ...rest } = result;
  const factory = { ...(connectorFactory as unknown as Record<string, unknown>) };
  delete factory.create; // the endpoint wraps create() with its client cache and bounded-outbound policy
  return { ...rest, claimsIdentity, isAuthenticated: claimsIdentity.isAuthenticated, factory, factoryType: connectorFactory?.constructor.name };
}

describe('authentication in local mode', () => {
  it('gives every request what botbuilder gives it afresh, one result for all', async () => {
    const endpoint = createBotEndpoint(local, logger);
    const fresh = new ConfigurationBotFrameworkAuthentication(anonymousConfig);
    const results = [];
    for (const activity of activities) {
      for (const header of headers) {
        const result = await endpoint.authenticate(activity, header);
        expect(comparable(result)).toEqual(comparable(await fresh.authenticateRequest(activity as Activity, header)));
        results.push(result);
      }
    }
    expect(new Set(results).size).toBe(1);
  });

  it('leaves an Emulator skill call to botbuilder, which answers it with skill claims', async () => {
    const endpoint = createBotEndpoint(local, logger);
    const fresh = new ConfigurationBotFrameworkAuthentication(anonymousConfig);
    const skillCall: Partial<Activity> = { type: 'message', channelId: 'emulator', serviceUrl: 'http://localhost:51234', recipient: { id: 'bot', name: 'Bot', role: 'skill' } };
    const plain = await endpoint.authenticate(activities[0]!, '');
    const skill = await endpoint.authenticate(skillCall, '');
    expect(skill).not.toBe(plain);
    expect(comparable(skill)).toEqual(comparable(await fresh.authenticateRequest(skillCall as Activity, '')));
    expect(comparable(skill)).not.toEqual(comparable(plain));
    // and the next ordinary request gets the shared result again
    expect(await endpoint.authenticate(activities[1]!, '')).toBe(plain);
  });

  it('checks every request when the bot has an app id', async () => {
    const endpoint = createBotEndpoint({ appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', appType: 'MultiTenant', tenantId: '' }, logger);
    await expect(endpoint.authenticate(activities[0]!, '')).rejects.toThrow();
    await expect(endpoint.authenticate(activities[0]!, 'Bearer forged.token.here')).rejects.toThrow();
  });
});
