// In Leichte-Sprache mode the FAQ questions the bot offers as buttons – "Meinen Sie …?", the
// related questions under an answer and the other questions after "Nein" – are their
// Leichte-Sprache forms (`questionEasy`); in standard mode the standard questions. Runs the real bot with the shipped knowledge.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../src/knowledge/schema.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { buttons, startChat, type Chat } from '../bot/harness.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');

/** The FAQ entries whose question (in either form) is a button in these replies, and in which form. */
function offered(chat: Chat, replies: Array<Partial<Activity>>): { easy: FaqEntry[]; standard: FaqEntry[] } {
  const labels = buttons(replies);
  // Entries whose two forms are the same word for word prove nothing either way.
  const differing = chat.knowledge.faq.filter((f) => f.question !== f.questionEasy);
  return {
    easy: differing.filter((f) => labels.includes(f.questionEasy)),
    standard: differing.filter((f) => labels.includes(f.question)),
  };
}

async function chatIn(easy: boolean): Promise<Chat> {
  const chat = await startChat({ now: NOW, channelId: 'webchat' });
  if (easy) await chat.say('Leichte Sprache');
  return chat;
}

describe('FAQ questions as buttons follow the language mode', () => {
  it('did-you-mean offers the Leichte-Sprache questions in Leichte-Sprache mode and the standard ones otherwise', async () => {
    const easyChat = await chatIn(true);
    const easy = offered(easyChat, await easyChat.say('Termine?'));
    expect(easy.easy.length).toBeGreaterThanOrEqual(2);
    expect(easy.standard).toEqual([]);

    const standardChat = await chatIn(false);
    const standard = offered(standardChat, await standardChat.say('Termine?'));
    expect(standard.standard.length).toBeGreaterThanOrEqual(2);
    expect(standard.easy).toEqual([]);
  });

  it('the related questions under an answer are the Leichte-Sprache questions in Leichte-Sprache mode and the standard ones otherwise', async () => {
    const easyChat = await chatIn(true);
    const kosten = easyChat.knowledge.faq.find((f) => f.id === 'kosten')!;
    const related = easyChat.knowledge.faq.filter((f) => kosten.related.includes(f.id) && f.question !== f.questionEasy);
    expect(related.length).toBeGreaterThan(0);

    const easy = offered(easyChat, await easyChat.say('Was kosten die Seminare?'));
    expect(easy.easy.map((f) => f.id)).toEqual(expect.arrayContaining(related.slice(0, 3).map((f) => f.id)));
    expect(easy.standard).toEqual([]);

    const standardChat = await chatIn(false);
    const standard = offered(standardChat, await standardChat.say('Was kosten die Seminare?'));
    expect(standard.standard.map((f) => f.id)).toEqual(expect.arrayContaining(related.slice(0, 3).map((f) => f.id)));
    expect(standard.easy).toEqual([]);
  });

  it('the other questions after "Nein" (not helpful) are the Leichte-Sprache questions in Leichte-Sprache mode and the standard ones otherwise', async () => {
    const easyChat = await chatIn(true);
    await easyChat.say('Was kosten die Seminare?');
    const easy = offered(easyChat, await easyChat.say('Nein'));
    expect(easy.easy.length).toBeGreaterThanOrEqual(2);
    expect(easy.standard).toEqual([]);

    const standardChat = await chatIn(false);
    await standardChat.say('Was kosten die Seminare?');
    const standard = offered(standardChat, await standardChat.say('Nein'));
    expect(standard.standard.length).toBeGreaterThanOrEqual(2);
    expect(standard.easy).toEqual([]);
  });
});
