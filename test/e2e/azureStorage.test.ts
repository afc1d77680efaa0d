// Conversation state and the registration outbox in Azure Blob Storage, against the real emulator
// (azurite): two app instances sharing one storage account serve the same conversation — the second
// knows the role the person told the first, as behind a load balancer or after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startInbox } from '../support/inbox.js';
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

  it('delivers an enquiry made on one instance exactly once while two instances share the outbox', async () => {
    const inbox = await startInbox();
    try {
      const env = {
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: 'state-mail',
        OUTBOX_CONTAINER: 'outbox-mail',
        SMTP_URL: inbox.url,
        REGISTRATION_TO: 'bildungsteam@example.org',
      };
      const first = await startApp(env);
      running.push(first);
      const second = await startApp(env);
      running.push(second);
      expect(first.logs.join('')).toContain('outbox in Azure Blob container outbox-mail');
      expect(first.logs.join('')).not.toContain('AccountKey');

      const seminar = first.app.knowledge.current()!.knowledge.seminars.find((s) => s.places.left > 0 && s.dates[0]!.start > '2027-06-01')!;
      const id = `azure-mail-${Date.now()}`;
      await conversation(first.url, 'webchat', id).send('', { value: { action: 'register', id: seminar.id } });
      await conversation(second.url, 'webchat', id).send('', {
        value: { action: 'form', step: 'submit', name: 'Erika Muster', email: 'erika@kommune.example', organisation: 'Stadt Muster', role: 'Projektleitung', consent: 'true' },
      });
      const confirmed = await conversation(first.url, 'webchat', id).send('', { value: { action: 'form', step: 'confirm' } });
      expect(visibleText(confirmed)).toMatch(/Anfragenummer: \*\*IP-/);

      const mails = await inbox.waitFor(1);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.replyTo?.value[0]?.address).toBe('erika@kommune.example');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(inbox.mails).toHaveLength(1);
    } finally {
      await inbox.close();
    }
  }, 60_000);

  it('refuses a malformed connection string at start-up with a readable message', async () => {
    await expect(startApp({ AZURE_STORAGE_CONNECTION_STRING: 'nonsense' })).rejects.toThrow(/AZURE_STORAGE_CONNECTION_STRING: must be an Azure Storage connection string/);
  });
});
