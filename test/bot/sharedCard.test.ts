import { describe, expect, it } from 'vitest';
import { seminarAttachment } from '../../src/bot/messageExtension.js';
import { sharedSeminarId } from '../../src/bot/sharedCard.js';
import { readable, startChat } from './harness.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const SPAN = '<span class="inline-compose-card" contenteditable="false" data-card-id="1">&nbsp;</span>';

describe('a seminar card shared into the bot chat from "Seminar suchen"', () => {
  it("shows that seminar's details instead of \"kann ich nicht beantworten\"", async () => {
    const chat = await startChat({ now: NOW, channelId: 'msteams' });
    const seminar = chat.knowledge.seminars.find((s) => s.id === 'leichte-sprache-schreiben-2027-02')!;
    const { preview: _preview, ...card } = seminarAttachment(seminar, { now: NOW, baseUrl: 'https://bot.example.org' });
    const replies = await chat.say(SPAN, undefined, { attachments: [card] });
    const text = readable(replies);
    expect(text).toContain(seminar.title);
    expect(text).toContain('Anmeldeschluss: 9. Februar 2027');
    expect(text).not.toMatch(/nicht beantworten/);
  });

  it('recognises the seminar from the span alone when Teams sends no card', () => {
    expect(sharedSeminarId({ text: `${SPAN}<a href="https://bot.example.org/tab/?seminar=pressearbeit-grundlagen-2027-03">x</a>` })).toBe('pressearbeit-grundlagen-2027-03');
  });

  it('leaves ordinary messages and button submits alone', () => {
    expect(sharedSeminarId({ text: 'Was kostet ein Seminar?' })).toBeUndefined();
    expect(sharedSeminarId({ text: '', value: { action: 'seminar', id: 'x' }, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { actions: [{ url: '/seminare/a.ics' }] } }] })).toBeUndefined();
    expect(sharedSeminarId({ text: SPAN })).toBeUndefined();
  });
});
