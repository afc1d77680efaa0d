// Runs the real bot (assistant, search, shipped knowledge) on botbuilder's TestAdapter with a fixed
// clock, so conversation tests read like the Bot Framework samples' table-driven dialog tests.
import { join } from 'node:path';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { pino } from 'pino';
import { InklusionsprofiBot } from '../../src/bot/bot.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import type { RegistrationPort } from '../../src/assistant/registration.js';
import { readEscapes } from '../support/markdown.js';
import { botTexts } from '../../src/texts/de/cards.js';

let shipped: Promise<{ knowledge: Knowledge; search: SearchIndex }> | undefined;

/** The shipped knowledge and its index, loaded once per test file. */
export function shippedKnowledge(now: Date): Promise<{ knowledge: Knowledge; search: SearchIndex }> {
  shipped ??= loadKnowledge(join(import.meta.dirname, '../../knowledge'), now).then((r) => {
    if (!r.knowledge) throw new Error(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    return { knowledge: r.knowledge, search: buildSearchIndex(r.knowledge) };
  });
  return shipped;
}

export interface Chat {
  /** Sends a message (text, or a card submit value) and returns the bot's replies to it. */
  say(text: string, value?: Record<string, unknown>, extra?: Partial<Activity>): Promise<Array<Partial<Activity>>>;
  knowledge: Knowledge;
}

export async function startChat(options: { now: Date; channelId?: string; registration?: RegistrationPort }): Promise<Chat> {
  const { knowledge, search } = await shippedKnowledge(options.now);
  const bot = new InklusionsprofiBot({
    storage: new MemoryStorage(),
    assistant: () => ({ knowledge, search }),
    now: () => options.now,
    logger: pino({ level: 'silent' }),
    baseUrl: () => 'http://localhost:3978',
    ...(options.registration ? { registration: options.registration } : {}),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: options.channelId ?? 'webchat',
    conversation: { id: `test-${Math.random().toString(36).slice(2)}`, isGroup: false, conversationType: 'personal', name: '' },
    locale: 'de-DE',
  } as Partial<Activity>);
  return {
    knowledge,
    async say(text, value, extra = {}) {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity({ type: 'message', text, ...(value ? { value } : {}), ...extra });
      return adapter.activeQueue.splice(0);
    },
  };
}

/** Everything a person reads in these replies: text and every text in cards (Markdown escapes resolved). */
export function readable(replies: Array<Partial<Activity>>): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label']) if (typeof o[key] === 'string' && key !== 'value') parts.push(o[key] as string);
      if (Array.isArray(o.facts)) for (const f of o.facts as Array<{ title: string; value: string }>) parts.push(`${f.title}: ${f.value}`);
      for (const [key, value] of Object.entries(o)) if (!['fallbackText', 'speak', 'data', 'facts'].includes(key)) walk(value);
    }
  };
  for (const r of replies) {
    if (r.text) parts.push(r.text);
    walk(r.attachments?.map((a) => a.content));
  }
  return readEscapes(parts.join('\n'));
}

/** The suggested actions' and card buttons' titles. */
export function buttons(replies: Array<Partial<Activity>>): string[] {
  const titles: string[] = [];
  for (const r of replies) {
    for (const a of r.suggestedActions?.actions ?? []) titles.push(a.title);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') titles.push(o.title);
        Object.values(o).forEach(walk);
      }
    };
    walk(r.attachments?.map((a) => a.content));
  }
  return titles;
}

/** The data of the card button with this title (what a click would send). */
export function buttonData(replies: Array<Partial<Activity>>, title: string | RegExp): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Submit' && typeof o.title === 'string' && (typeof title === 'string' ? o.title === title : title.test(o.title))) found = o.data as Record<string, unknown>;
      Object.values(o).forEach(walk);
    }
  };
  walk(replies.map((r) => r.attachments?.map((a) => a.content)));
  if (!found) throw new Error(`no button ${String(title)} in ${buttons(replies).join(' | ')}`);
  return found;
}

/** Seminar titles listed in a seminar list card. */
export function listedTitles(replies: Array<Partial<Activity>>): string[] {
  // The details button in either register: "Details: …" or "Mehr über den Kurs: …".
  const prefixes = [botTexts.seminarList.normal.details, botTexts.seminarList.easy.details].map((p) => `${p}: `);
  return buttons(replies).flatMap((t) => prefixes.filter((p) => t.startsWith(p)).map((p) => t.slice(p.length)));
}
