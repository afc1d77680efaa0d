// Conversation state in Azure Blob Storage, against the real emulator (azurite): two app instances
// sharing one storage account serve the same conversation — the second knows the role the person
// told the first, as behind a load balancer or after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { conversation, startApp, visibleText, type Running } from './harness.js';

describe('conversation state in Azure Blob Storage (azurite)', () => {
  let azurite: Azurite;
  const running: Running[] = [];
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 60_000);
  afterAll(async () => {
    for (const r of running) await r.stop();
    await azurite?.stop();
  });

  it('remembers the role across two instances and a restart', async () => {
    const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'state-test' };
    const first = await startApp(env);
    running.push(first);
    const second = await startApp(env);
    running.push(second);

    const id = `azure-${Date.now()}`;
    const told = await conversation(first.url, 'webchat', id).send('Ich bin Netzwerkkoordinatorin');
    expect(visibleText(told)).toMatch(/Netzwerkkoordinator\*innen/);

    // The other instance continues the same conversation: no role question, a recommendation for the role.
    const asked = await conversation(second.url, 'webchat', id).send('Was passt zu mir?');
    const text = visibleText(asked);
    expect(text).not.toMatch(/Welche Rolle/);
    expect(text).toMatch(/Netzwerkkoordinator\*innen/);

    // A conversation the storage has never seen starts fresh on either instance.
    const fresh = await conversation(second.url, 'webchat', `${id}-other`).send('Was passt zu mir?');
    expect(visibleText(fresh)).toMatch(/Welche Rolle/);
  }, 60_000);

  it('refuses a malformed connection string at start-up with a readable message', async () => {
    await expect(startApp({ AZURE_STORAGE_CONNECTION_STRING: 'nonsense' })).rejects.toThrow(/AZURE_STORAGE_CONNECTION_STRING: must be an Azure Storage connection string/);
  });
});
