// Cards as they are rendered: the official `adaptivecards` package with Web Chat's Markdown, in
// Chromium. Seminar data (dates, gender stars, titles) must read exactly as written.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply, SeminarDetail } from '../../src/assistant/reply.js';
import { seminarDetail, seminarItem } from '../../src/assistant/seminarView.js';
import { renderReplies } from '../../src/bot/render.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { shippedKnowledge } from '../bot/harness.js';
import { startApp, type Running } from '../e2e/harness.js';
import { launchChromium, type Browser } from './chromium.js';
import { renderCard } from './renderCard.js';

let running: Running;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  running = await startApp();
  browser = await launchChromium();
  page = await browser.newPage(1024);
  await page.goto(`${running.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

const NOW = berlinLocalToUtc('2026-12-01T09:00');

function cardOf(reply: Reply, channel = 'webchat'): unknown {
  const [activity] = renderReplies([reply], channel, false);
  return activity?.attachments?.[0]?.content;
}

async function detailOf(id: string): Promise<SeminarDetail> {
  const { knowledge } = await shippedKnowledge(NOW);
  const seminar = knowledge.seminars.find((s) => s.id === id);
  if (!seminar) throw new Error(`no seminar ${id}`);
  return seminarDetail(seminar, knowledge, NOW, 'https://bot.example.org', false);
}

describe('a seminar card as Web Chat renders it', () => {
  it('shows the real registration deadline "9. Februar 2027", not a numbered list starting at 1', async () => {
    const detail = await detailOf('leichte-sprache-schreiben-2027-02');
    const rendered = await renderCard(page, cardOf({ kind: 'seminar', detail, choices: [] }));
    expect(rendered.text).toMatch(/Anmeldeschluss\s+9\. Februar 2027/);
    expect(rendered.text).not.toContain('1. Februar 2027');
    expect(rendered.markup).toEqual([]);
  });

  it('shows "Referent*innen und Trainer*innen" with the gender stars and nothing in italics', async () => {
    const detail = await detailOf('leichte-sprache-schreiben-2027-02');
    const rendered = await renderCard(page, cardOf({ kind: 'seminar', detail, choices: [] }));
    expect(rendered.text).toContain('Referent*innen und Trainer*innen');
    expect(rendered.markup.filter((m) => m.startsWith('em'))).toEqual([]);
  });

  it('puts each session of a seminar on its own line', async () => {
    const detail = await detailOf('leichte-sprache-schreiben-2027-02');
    expect(detail.sessions).toHaveLength(2);
    const rendered = await renderCard(page, cardOf({ kind: 'seminar', detail, choices: [] }));
    const lines = rendered.text.split('\n').map((l) => l.trim());
    for (const session of detail.sessions) expect(lines.some((line) => line === session || line.endsWith(`\t${session}`) || line.endsWith(` ${session}`))).toBe(true);
    expect(lines.some((line) => line.includes(detail.sessions[0]!) && line.includes(detail.sessions[1]!))).toBe(false);
  });

  it('writes where an online seminar takes place as one natural line: "Online (Zoom, Zugangslink nach der Anmeldung)"', async () => {
    const detail = await detailOf('leichte-sprache-schreiben-2027-02');
    const rendered = await renderCard(page, cardOf({ kind: 'seminar', detail, choices: [] }));
    expect(rendered.text).toMatch(/Format und Ort\s+Online \(Zoom, Zugangslink nach der Anmeldung\)/);
    expect(rendered.text).not.toMatch(/online, online|\(Zoom \(/i);
  });

  it('marks a seminar held in Leichte Sprache in the list, as rendered', async () => {
    const { knowledge } = await shippedKnowledge(NOW);
    const seminar = knowledge.seminars.find((s) => s.id === 'ehrenamt-gewinnen-2027-04')!;
    const item = seminarItem(seminar, '', NOW);
    const rendered = await renderCard(page, cardOf({ kind: 'seminars', text: 'Seminare:', items: [item], choices: [] }));
    expect(rendered.text).toMatch(/Sa\., 24\. April 2027, 10:00–15:00 Uhr · Präsenz in Schneverdingen · in Leichter Sprache/);
  });

  it('shows each listed seminar\'s registration deadline when the list answers a question about it, and that it is over', async () => {
    const { knowledge } = await shippedKnowledge(NOW);
    const seminar = knowledge.seminars.find((s) => s.id === 'leichte-sprache-schreiben-2027-02')!;
    const asked = seminarItem(seminar, '', NOW, undefined, false, true);
    const over = seminarItem(seminar, '', berlinLocalToUtc('2027-02-15T09:00'), undefined, false, true);
    const easy = seminarItem(seminar, '', berlinLocalToUtc('2027-02-15T09:00'), undefined, true, true);
    for (const channel of ['webchat', 'msteams']) {
      const rendered = await renderCard(page, cardOf({ kind: 'seminars', text: 'Seminare:', items: [asked], choices: [] }, channel));
      const lines = rendered.text.split('\n').map((l) => l.trim());
      expect(lines).toContain('Anmeldeschluss: 9. Februar 2027');
      expect(rendered.markup).toEqual([]);
      expect((await renderCard(page, cardOf({ kind: 'seminars', text: 'Seminare:', items: [over], choices: [] }, channel))).text).toContain('Anmeldeschluss: 9. Februar 2027 (abgelaufen)');
    }
    const [activity] = renderReplies([{ kind: 'seminars', text: 'Seminare:', items: [easy], choices: [] }], 'webchat', true);
    expect((await renderCard(page, activity?.attachments?.[0]?.content)).text).toContain('Anmelden bis: 9. Februar 2027. Dieser Tag ist vorbei.');
    // Without the question, the card stays as short as before.
    expect((await renderCard(page, cardOf({ kind: 'seminars', text: 'Seminare:', items: [seminarItem(seminar, '', NOW)], choices: [] }))).text).not.toContain('Anmeldeschluss');
  });

  it('shows Markdown characters in seminar data literally: no heading, link, list, code or emphasis', async () => {
    const hostile = '# Seminar_für_alle [Anmeldung](https://example.org) `code` *wichtig* **sehr** > Zitat';
    const detail: SeminarDetail = { ...(await detailOf('leichte-sprache-schreiben-2027-02')), title: hostile, summary: '1. Schritt\n- Punkt\n+ Plus\n3) Drei', deadline: '9. Februar 2027' };
    const rendered = await renderCard(page, cardOf({ kind: 'seminar', detail, choices: [] }));
    expect(rendered.markup).toEqual([]);
    // Only the bare address is a link (Web Chat links addresses), never the would-be link text.
    expect(rendered.links.filter((l) => l.includes('example.org'))).toEqual(['https://example.org → https://example.org']);
    expect(rendered.text).toContain(hostile);
    for (const line of ['1. Schritt', '- Punkt', '+ Plus', '3) Drei']) expect(rendered.text.split('\n').map((l) => l.trim())).toContain(line);
  });

  it('marks a full seminar "Ausgebucht" in bold words, not with asterisks, in Web Chat and in Teams', async () => {
    const reply: Reply = {
      kind: 'seminars',
      text: 'Diese Fortbildungen passen zu Ihrer Rolle (Referent*innen und Trainer*innen):',
      items: [{ seminarId: 'b', title: 'Social Media', when: 'Mi., 7. April 2027 · Präsenz in Rostock', reason: 'Passt zu Ihrer Rolle als Referent*in.', full: true, placesLeft: 0, alternative: { seminarId: 'c', title: 'Social Media', when: 'Mi., 2. Juni 2027' } }],
      choices: [],
    };
    for (const channel of ['webchat', 'msteams']) {
      const rendered = await renderCard(page, cardOf(reply, channel));
      expect(rendered.text).toContain('Ausgebucht');
      expect(rendered.text).not.toContain('**');
      expect(rendered.text).toContain('(Referent*innen und Trainer*innen)');
      expect(rendered.text).toContain('als Referent*in.');
      expect(rendered.markup).toEqual([]);
    }
  });

  it('reads the same in the official Web Chat, in a real conversation with the bot', async () => {
    const chat = await browser.newPage(1024);
    try {
      await chat.goto(`${running.url}/`);
      const cards = chat.locator('.webchat__basic-transcript__activity .ac-adaptiveCard');
      await chat.waitForSelector('.webchat__suggested-actions button');
      await chat.locator('[data-id="webchat-sendbox-input"]').fill('Texte in Leichter Sprache schreiben');
      await chat.locator('[data-id="webchat-sendbox-input"]').press('Enter');
      const details = cards.filter({ hasText: 'Anmeldeschluss' });
      await cards.filter({ hasText: /Anmeldeschluss|Details: Texte in Leichter Sprache schreiben/ }).first().waitFor();
      // A list first (when the words match several seminars): its "Details" button opens the seminar.
      const open = cards.last().locator('button', { hasText: /Details: Texte in Leichter Sprache schreiben/ });
      if ((await details.count()) === 0 && (await open.count()) > 0) await open.first().click();
      await details.first().waitFor();
      const card = details.last();
      const text = (await card.innerText()).replace(/\u200b/g, '');
      expect(text).toContain('9. Februar 2027');
      expect(text).not.toContain('1. Februar 2027');
      expect(text).toContain('Referent*innen und Trainer*innen');
      expect(await card.locator('em, ol, li').count()).toBe(0);
      const lines = text.split('\n').map((l) => l.trim());
      expect(lines).toContain('Di., 23. Februar 2027, 10:00–12:30 Uhr');
      expect(lines).toContain('Do., 25. Februar 2027, 10:00–12:30 Uhr');
    } finally {
      await chat.close();
    }
  });
});
