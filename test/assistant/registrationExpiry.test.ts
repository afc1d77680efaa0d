// Personal data in an unfinished enquiry is kept for a day at most: after that, the next message
// finds it gone (and says so), and the conversation goes on normally.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond, type AssistantDeps } from '../../src/assistant/respond.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { buildSearchIndex } from '../../src/search/index.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');
const HOUR = 3_600_000;

describe('an unfinished registration enquiry', () => {
  it('is kept for a day, then forgotten with its personal data', async () => {
    const knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge!;
    const deps = (now: Date): AssistantDeps => ({ knowledge, search: buildSearchIndex(knowledge), now });
    const seminar = knowledge.seminars.find((s) => s.places.left > 0 && s.dates[0]!.start > '2027-03-01')!;
    const turn = (text: string, value?: unknown) => ({ text, value, cards: false, conversationId: 'c1', userKey: 'u1' });

    let result = await respond(freshMemory(), turn('', { action: 'register', id: seminar.id }), deps(NOW));
    result = await respond(result.memory, turn('Erika Muster'), deps(new Date(NOW.getTime() + 2 * HOUR)));
    expect(result.memory.registration?.values.name).toBe('Erika Muster');

    // 23 hours later the dialog simply goes on.
    const later = await respond(result.memory, turn('erika@kommune.example'), deps(new Date(NOW.getTime() + 23 * HOUR)));
    expect(later.memory.registration?.values.email).toBe('erika@kommune.example');

    // After more than a day the data is gone; the message is understood as a new one.
    const expired = await respond(later.memory, turn('Was kostet ein Seminar?'), deps(new Date(NOW.getTime() + 25 * HOUR)));
    expect(expired.memory.registration).toBeUndefined();
    expect(JSON.stringify(expired.memory)).not.toContain('Erika');
    const texts = expired.replies.map((r) => ('text' in r ? r.text : 'answer' in r ? r.answer : '')).join('\n');
    expect(texts).toMatch(/gelöscht/);
    expect(texts).toMatch(/kostenfrei/);
  });
});
