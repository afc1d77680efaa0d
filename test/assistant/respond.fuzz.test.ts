// Untrusted input through the whole assistant: thousands of random and hostile messages and button
// values, in every state a conversation can be in (fresh, asked for a role, a list shown, inside the
// text dialog and the card form of an enquiry). Every turn answers with at least one reply; none throws.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshMemory, type Memory } from '../../src/assistant/memory.js';
import { respond, type AssistantDeps } from '../../src/assistant/respond.js';
import type { RegistrationPort } from '../../src/assistant/registration.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { buildSearchIndex } from '../../src/search/index.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const HOSTILE = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '\r\nBcc: opfer@example.org',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{nonce}}',
  '${process.exit()}',
  'x'.repeat(10_000),
  'Öffentlichkeitsarbeitsseminar'.repeat(50),
  '؟ما هو الإدماج',
  'שלום',
  '🙂🙃🤖'.repeat(30),
  '\uD800',
  'Koordinator:innen*^~+-',
  '2',
  '99',
  'die letzte',
  'zurück',
  'abbrechen',
  'ja',
  'nein',
  'Absenden',
  'Mehr anzeigen',
  'Anmeldung anfragen',
  'Online-Seminare im Februar 2099',
  'Was ist nächste Woche?',
  'Seminare am 31. Februar',
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöüß ÄÖÜ0123456789?!.,:;*-_/\\"\'<>&@#\n\t\u200b\u202e';

function randomText(next: () => number): string {
  if (next() < 0.4) return HOSTILE[Math.floor(next() * HOSTILE.length)]!;
  const length = Math.floor(next() * 120);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

function randomValue(next: () => number, seminarIds: string[]): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const junk = () => pick<unknown>([null, 42, -1, 'x'.repeat(20_000), ['a'], { nested: { deep: true } }, true, '<b>', '']);
  return pick<unknown>([
    undefined,
    null,
    'text',
    [],
    { action: pick(['faq', 'seminar', 'similar', 'register', 'role', 'more', 'recommend', 'help', 'restart', 'easy', 'form', 'say', 'nonsense', junk()]), id: pick([...seminarIds, 'unbekannt', junk()]) },
    { action: 'form', step: pick(['submit', 'cancel', 'confirm', 'edit', 'weird']), name: junk(), email: pick(['a@b', 'x@example.org', junk()]), organisation: junk(), consent: pick(['true', true, 'false', junk()]) },
    { action: 'register', id: pick(seminarIds), waitingList: junk() },
    { action: 'say', text: junk() },
    { action: 'easy', on: junk() },
  ]);
}

describe('the assistant under random and hostile input', () => {
  it('answers every turn with at least one reply and never throws (4 000 turns)', async () => {
    const loaded = await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW);
    const knowledge = loaded.knowledge!;
    const submitted = new Map<string, string>();
    const port: RegistrationPort = {
      async submit(_enquiry, key) {
        const known = submitted.get(key);
        if (known) return { id: known, duplicate: true };
        const id = `IP-TEST-${submitted.size + 1}`;
        submitted.set(key, id);
        return { id, duplicate: false };
      },
      allow: () => ({ ok: true }),
    };
    const deps: AssistantDeps = { knowledge, search: buildSearchIndex(knowledge), now: NOW, baseUrl: 'http://localhost:3978', registration: port };
    const seminarIds = knowledge.seminars.map((s) => s.id);
    const next = random(20270215);
    // Openers that put the conversation into each state before the random turns.
    const openers = ['', 'Welche Fortbildung passt zu mir?', 'Online-Seminare', 'Anmeldung anfragen', 'Ich bin Netzwerkkoordinatorin'];
    let turns = 0;
    for (let c = 0; c < 220; c++) {
      let memory: Memory = freshMemory();
      const cards = next() < 0.5;
      const opener = openers[c % openers.length]!;
      const steps: Array<{ text: string; value?: unknown }> = opener ? [{ text: opener }] : [];
      if (c % 7 === 0) steps.push({ text: '', value: { action: 'register', id: seminarIds[c % seminarIds.length] } });
      for (let i = 0; i < 18; i++) steps.push(next() < 0.7 ? { text: randomText(next) } : { text: randomText(next), value: randomValue(next, seminarIds) });
      for (const step of steps) {
        const input = { text: step.text, value: step.value, cards, conversationId: `fuzz-${c}`, userKey: `user-${c}` };
        const result = await respond(memory, input, deps);
        expect(result.replies.length, `no reply to ${JSON.stringify(step).slice(0, 200)}`).toBeGreaterThan(0);
        memory = result.memory;
        turns++;
      }
    }
    expect(turns).toBeGreaterThanOrEqual(4000);
  }, 120_000);
});
