// The address texts name comes from CONTACT_EMAIL: every text that sends people to the education team
// names the configured address, none keeps a copy of the default.
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { DEFAULT_CONTACT, setContact } from '../../src/texts/de/index.js';
import { moduleTexts } from '../../scripts/lib/easy-texts.js';
import { readable, startChat } from '../bot/harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');
const CONFIGURED = 'bildung@example.org';

describe('contact address from configuration', () => {
  afterEach(() => setContact(DEFAULT_CONTACT));

  it('reads CONTACT_EMAIL, defaulting to the programme address', () => {
    const configured = parseConfig({ CONTACT_EMAIL: CONFIGURED });
    expect(configured.ok && configured.config.contactEmail).toBe(CONFIGURED);
    const unset = parseConfig({});
    expect(unset.ok && unset.config.contactEmail).toBe(DEFAULT_CONTACT);
  });

  it('puts the configured address into every catalogue text that names one', () => {
    setContact(CONFIGURED);
    const { easy, standardOnly } = moduleTexts();
    const all = [...easy, ...standardOnly];
    expect(all.filter((t) => t.text.includes(DEFAULT_CONTACT)).map((t) => t.where)).toEqual([]);
    // The easy forms of help, fallback, feedback, human, errors, privacy, sample note, turn error, …
    expect(all.filter((t) => t.text.includes(CONFIGURED)).length).toBeGreaterThanOrEqual(12);
  });

  it('names it in the chat: help and the answer it cannot give', async () => {
    setContact(CONFIGURED);
    const chat = await startChat({ now: NOW, channelId: 'webchat' });
    const help = readable(await chat.say('Hilfe'));
    expect(help).toContain(CONFIGURED);
    expect(help).not.toContain(DEFAULT_CONTACT);
    await chat.say('Leichte Sprache');
    expect(readable(await chat.say('Hilfe'))).toContain(CONFIGURED);
  });
});
