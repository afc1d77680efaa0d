// The pages a person opens (web chat, privacy page, Teams tab) name the education team's address from
// CONTACT_EMAIL, escaped, like every chat text; none shows the default or a placeholder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTACT, setContact } from '../../src/texts/de/contact.js';
import { startApp, type Running } from './harness.js';

const CONFIGURED = 'bildung+team@example.org';

describe('the contact address on the web pages', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp({ CONTACT_EMAIL: CONFIGURED });
  });
  afterAll(async () => {
    await running?.stop();
    setContact(DEFAULT_CONTACT);
  });

  it.each(['/', '/datenschutz', '/tab/'])('%s names the configured address as a mail link', async (path) => {
    const html = await (await fetch(`${running.url}${path}`)).text();
    expect(html).toContain(`<a href="mailto:${CONFIGURED}">${CONFIGURED}</a>`);
    expect(html).not.toContain(DEFAULT_CONTACT);
    expect(html).not.toContain('{{contact}}');
  });
});
