// The web chat page in a real Chromium against the real app and its local Direct Line: what a
// person sees and does, with mouse, keyboard only, on a 320 px phone, and what axe-core reports.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../e2e/harness.js';
import { startInbox, type Inbox } from '../support/inbox.js';
import { axeViolations, describeViolations } from './axe.js';
import { launchChromium, type Browser } from './chromium.js';
import { until } from './wait.js';

const ROOT = join(import.meta.dirname, '../..');

let running: Running;
let inbox: Inbox;
let browser: Browser;
/** One page carries the desktop conversation through the tests below, in order. */
let page: Page;

beforeAll(async () => {
  inbox = await startInbox();
  running = await startApp({ SMTP_URL: inbox.url, REGISTRATION_TO: 'bildungsteam@example.org' });
  browser = await launchChromium();
  page = await browser.newPage(1024);
  await page.goto(`${running.url}/`);
  await waitForBot(page, 1);
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
  await inbox?.close();
});

const sendBox = (p: Page) => p.locator('[data-id="webchat-sendbox-input"]');
const suggested = (p: Page, name: string | RegExp) => p.getByRole('toolbar', { name: 'Empfohlene Aktionen' }).getByRole('button', { name });
const botMessages = (p: Page) => p.locator('.webchat__basic-transcript__activity:has(.webchat__bubble:not(.webchat__bubble--from-user)), .webchat__basic-transcript__activity:has(.ac-adaptiveCard)');

/** Waits until at least `count` bot activities are in the transcript and returns the last one's text. */
async function waitForBot(p: Page, count: number): Promise<string> {
  await until(async () => (await botMessages(p).count()) >= count, `${count} bot messages`);
  return (await botMessages(p).last().innerText()).trim();
}

async function ask(p: Page, text: string): Promise<string> {
  return (await askFor(p, text, 1)).at(-1) ?? '';
}

/** Sends `text`, waits for at least `replies` bot activities after it and returns the texts of all of them. */
async function askFor(p: Page, text: string, replies: number): Promise<string[]> {
  const before = await botMessages(p).count();
  await sendBox(p).fill(text);
  await sendBox(p).press('Enter');
  await waitForBot(p, before + replies);
  return (await botMessages(p).allInnerTexts()).slice(before).map((t) => t.trim());
}

describe('the web chat page', () => {
  it('is a German page titled "Inklusionsprofi" with a privacy link', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.title()).toBe('Inklusionsprofi');
    await expect.poll(() => page.getByRole('link', { name: /Datenschutz/ }).getAttribute('href')).toBe('datenschutz');
  });

  it('greets the person with suggested actions on opening', async () => {
    expect(await botMessages(page).first().innerText()).toContain('Inklusionsprofi');
    expect(await suggested(page, 'Leichte Sprache').isVisible()).toBe(true);
  });

  it('answers "Was kostet ein Seminar?" with the FAQ answer', async () => {
    expect(await ask(page, 'Was kostet ein Seminar?')).toMatch(/kostenfrei/i);
  });

  it("announces the bot's answer to screen readers through Web Chat's live region", async () => {
    await page.evaluate(() => {
      const region = document.querySelector('.webchat__live-region-transcript');
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      if (region) new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const region = await page.evaluate(() => {
      const el = document.querySelector('.webchat__live-region-transcript');
      const style = el ? getComputedStyle(el) : undefined;
      return { live: el?.getAttribute('aria-live'), display: style?.display, visibility: style?.visibility };
    });
    expect(region).toEqual({ live: 'polite', display: expect.not.stringMatching(/^none$/), visibility: 'visible' });
    const answer = await ask(page, 'Werden Reisekosten erstattet?');
    // Compared without whitespace: the transcript and the live region space their parts differently.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const opening = squeeze(answer.replace(/^Bot sagte:/, '')).slice(0, 30);
    expect(opening).toMatch(/\S/);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' '));
    await until(async () => squeeze(await heard()).includes(`Botsagte:${opening}`), 'the live region announcement');
  });

  it('can be used with the keyboard only, with a visible focus indicator', async () => {
    const keyboardPage = await browser.newPage(1024);
    try {
      await keyboardPage.goto(`${running.url}/`);
      await waitForBot(keyboardPage, 1);
      const focused = () =>
        keyboardPage.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const style = el ? getComputedStyle(el) : undefined;
          return {
            sendBox: el?.getAttribute('data-id') === 'webchat-sendbox-input',
            suggestedAction: Boolean(el?.closest('[role="toolbar"]')) && el?.tagName === 'BUTTON',
            text: el?.textContent?.trim() ?? '',
            outline: style ? `${style.outlineStyle} ${parseFloat(style.outlineWidth)}` : '',
          };
        });
      let state = await focused();
      for (let i = 0; i < 12 && !state.sendBox; i++) {
        await keyboardPage.keyboard.press('Tab');
        state = await focused();
      }
      expect(state.sendBox).toBe(true);
      await keyboardPage.keyboard.type('Muss ich mich anmelden?');
      const before = await botMessages(keyboardPage).count();
      await keyboardPage.keyboard.press('Enter');
      await waitForBot(keyboardPage, before + 1);

      // The suggested actions sit just before the send box in the tab order.
      for (let i = 0; i < 6 && !state.suggestedAction; i++) {
        await keyboardPage.keyboard.press('Shift+Tab');
        state = await focused();
      }
      expect(state.suggestedAction).toBe(true);
      expect(state.outline).toMatch(/^solid [3-9]/);
      const chosen = state.text;
      const answered = await botMessages(keyboardPage).count();
      await keyboardPage.keyboard.press('Enter');
      await waitForBot(keyboardPage, answered + 1);
      await expect.poll(() => keyboardPage.locator('.webchat__bubble--from-user').last().innerText()).toContain(chosen);
    } finally {
      await keyboardPage.close();
    }
  });

  it('recommends seminars for a role chosen by clicking buttons only', async () => {
    // A fresh conversation, so the welcome's suggested actions are the current ones.
    await page.goto(`${running.url}/`);
    await waitForBot(page, 1);
    await suggested(page, 'Was passt zu meiner Rolle?').click();
    await waitForBot(page, 2);
    const roleButton = botMessages(page).last().locator('.ac-adaptiveCard button').first();
    const role = (await roleButton.innerText()).trim();
    expect(role).toMatch(/\S/);
    await roleButton.click();
    const reply = await waitForBot(page, 3);
    expect(reply).toMatch(/Details:/);
    // The chosen button shows as the person's own message, as in Teams.
    expect(await page.locator('.webchat__bubble--from-user').last().innerText()).toContain(role);
    if (process.env.SCREENSHOT === '1') {
      // The README's picture: a role chosen by button, and the recommendations with their reasons.
      await page.setViewportSize({ width: 1024, height: 900 });
      const top = () => page.evaluate(() => Array.from(document.querySelectorAll('.webchat__basic-transcript__scrollable')).every((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2));
      await until(top, 'the transcript to scroll to the end');
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs/webchat.png'), await page.screenshot());
      await page.setViewportSize({ width: 1024, height: 800 });
    }
  });

  it('opens a seminar and offers its calendar file for download', async () => {
    const details = page.locator('.ac-adaptiveCard button', { hasText: /^Details/ }).first();
    const before = await botMessages(page).count();
    await details.click();
    await waitForBot(page, before + 1);
    const calendar = botMessages(page).last().locator('button', { hasText: /Kalender/ });
    const downloaded = page.waitForEvent('download');
    await calendar.click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    // Web Chat opens Action.OpenUrl through window.open; the blank tab left behind is not needed.
    for (const tab of page.context().pages()) if (tab !== page && tab.url() === 'about:blank') await tab.close();
  });

  it('answers how to register for the seminars on a topic with the how and those seminars, and the one opened offers the enquiry', async () => {
    const replies = (await askFor(page, 'Ich will mich für das Seminar zu Netzwerkarbeit anmelden, wie geht das?', 2)).join('\n');
    // The FAQ on registering in the chat, then the network seminars with dates to choose from.
    expect(replies).toContain('Ich frage dann Ihre Angaben ab');
    expect(replies).toContain('Dazu passen mehrere Seminare');
    expect(replies).toMatch(/Netzwerke moderieren[\s\S]*2027/);
    const opened = await botMessages(page).count();
    await botMessages(page).last().locator('.ac-adaptiveCard button', { hasText: /^Details: Netzwerke moderieren/ }).first().click();
    await waitForBot(page, opened + 1);
    expect(await botMessages(page).last().locator('button', { hasText: 'Anmeldung anfragen' }).count()).toBe(1);
  });

  it('answers whether the seminars are held in Leichter Sprache with how it is shown and the seminars that offer it, rendered as cards', async () => {
    const replies = (await askFor(page, 'Gibt es die Seminare auch in Leichter Sprache?', 2)).join('\n');
    // The FAQ on accessibility, then the seminars held in Leichter Sprache (not the ones about it only).
    expect(replies).toContain('ob es in Leichter Sprache');
    expect(replies).toContain('Ehrenamtliche gewinnen, begleiten und halten');
    expect(replies).not.toContain('Projekte planen und steuern');
    expect(await botMessages(page).last().locator('.ac-adaptiveCard button', { hasText: /^Details: / }).count()).toBeGreaterThan(0);
  });

  it('has no WCAG 2.2 AA violations (axe-core) with welcome, FAQ answer, seminar cards and the registration form', async () => {
    expect(await ask(page, 'Was kostet ein Seminar?')).toMatch(/kostenfrei/i);
    // A seminar named by its title opens its details, which offer the enquiry. The button is taken
    // from the newest message: a button further up the transcript can move under the pointer while
    // Web Chat scrolls to a new message, and the click then lands elsewhere.
    expect(await ask(page, 'Netzwerke moderieren')).toContain('Netzwerke moderieren');
    const register = botMessages(page).last().locator('.ac-adaptiveCard button', { hasText: 'Anmeldung anfragen' });
    const before = await botMessages(page).count();
    await register.click();
    await waitForBot(page, before + 1);
    await until(async () => (await page.locator('.ac-adaptiveCard input, .ac-adaptiveCard textarea').count()) > 0, 'the registration form');
    // Web Chat briefly puts a text copy of each new card into its screen-reader live region, with
    // the card's inputs but without their labels (Web Chat's own markup, gone after about a second);
    // the scan looks at the page a person then works with.
    await until(async () => (await page.locator('.webchat__live-region-transcript input').count()) === 0, 'the live region to settle');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('completes a registration enquiry through the card form, and the mail reaches the SMTP server', async () => {
    const form = page.locator('.ac-adaptiveCard').filter({ has: page.locator('input, textarea') }).last();
    const sentBefore = inbox.mails.length;
    await form.getByLabel(/^Name/).fill('Erika Muster');
    await form.getByLabel(/^E-Mail/).fill('erika.muster@kommune.example');
    await form.getByLabel(/^Organisation/).fill('Stadt Musterhausen');
    await form.getByLabel(/^Rolle/).fill('Projektleiterin');
    await form.getByRole('checkbox', { name: /einverstanden/ }).check();
    let before = await botMessages(page).count();
    await form.getByRole('button', { name: 'Weiter zur Übersicht' }).click();
    const summary = await waitForBot(page, before + 1);
    expect(summary).toMatch(/Bitte prüfen Sie Ihre Anfrage/);
    expect(summary).toContain('erika.muster@kommune.example');
    before = await botMessages(page).count();
    await botMessages(page).last().getByRole('button', { name: 'Absenden' }).click();
    const confirmation = await waitForBot(page, before + 1);
    expect(confirmation).toMatch(/Anfragenummer: IP-/);
    await until(async () => inbox.mails.length > sentBefore, 'the enquiry mail');
    const mail = inbox.mails[sentBefore]!;
    expect(mail.subject).toMatch(/^Anmeldeanfrage: /);
    expect(mail.replyTo?.value[0]?.address).toBe('erika.muster@kommune.example');
    expect(inbox.envelopes[sentBefore]).toEqual(['bildungsteam@example.org']);
  });

  it('reflows at 320 px and at 200 % zoom without horizontal scrolling', async () => {
    const phone = await browser.newPage(320);
    try {
      await phone.goto(`${running.url}/`);
      await waitForBot(phone, 1);
      await ask(phone, 'Was kostet ein Seminar?');
      await ask(phone, 'Seminare finden');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // 200 % zoom of a 1280 px window is a 640 px layout viewport.
      await phone.setViewportSize({ width: 640, height: 400 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      const violations = await axeViolations(phone);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('asks the question from a ?frage= link (the seminar calendar uses it) once, then forgets it', async () => {
    const linked = await browser.newPage(800);
    await linked.goto(`${running.url}/?frage=${encodeURIComponent('Was kostet ein Seminar?')}`);
    await until(async () => (await linked.locator('.webchat__bubble--from-user').count()) === 1, 'the linked question');
    expect(await linked.locator('.webchat__bubble--from-user').innerText()).toContain('Was kostet ein Seminar?');
    await until(async () => /kostenfrei/i.test(await linked.locator('.webchat__basic-transcript').innerText()), 'the answer');
    expect(new URL(linked.url()).searchParams.has('frage')).toBe(false);
    await linked.close();
  });

  it("embeds in an iframe on another site's page", async () => {
    // A stand-in for a commune's website on another origin (localhost vs. 127.0.0.1), with the README's snippet.
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><title>Kommune</title><h1>Unsere Kommune</h1><iframe src="${running.url}/" title="Chat mit dem Inklusionsprofi" width="400" height="640" style="border:0"></iframe>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const host = await browser.newPage(1024);
    try {
      await host.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
      const frame = host.frames().find((f) => f.url().startsWith(running.url));
      expect(frame).toBeDefined();
      if (!frame) return;
      await until(async () => (await frame.locator('.webchat__suggested-actions button').count()) > 0, 'the greeting inside the iframe');
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded'))).toBe(true);
    } finally {
      await host.close();
      site.close();
    }
  });

  it('says in German why the chat is unavailable when the bot requires Microsoft authentication', async () => {
    const secured = await startApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret' });
    const notice = await browser.newPage(1024);
    try {
      const asked: string[] = [];
      notice.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await notice.goto(`${secured.url}/`, { waitUntil: 'domcontentloaded' });
      const status = notice.getByRole('status');
      await until(() => status.isVisible(), 'the notice');
      expect(await status.innerText()).toMatch(/nicht eingerichtet.*DIRECT_LINE_SECRET.*kommune-inklusiv@aktion-mensch\.de/s);
      // The page loads no chat that could not run (Web Chat's 4 MB bundle, our script, a token request).
      expect(asked.filter((path) => /webchat\.js|chat\.js|token/.test(path))).toEqual([]);
    } finally {
      await notice.close();
      await secured.stop();
    }
  });

  it('made no request outside 127.0.0.1 and no Content-Security-Policy violation', () => {
    const foreign = browser.requests.filter((url) => !/^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost):\d+\//.test(url) && !url.startsWith(`blob:${running.url}/`));
    expect(foreign).toEqual([]);
    expect(browser.requests.some((url) => url.startsWith('ws://127.0.0.1'))).toBe(true);
    expect(browser.cspViolations).toEqual([]);
  });

  it('shows a German privacy page that says what is stored', async () => {
    const privacy = await browser.newPage(1024);
    try {
      const response = await privacy.goto(`${running.url}/datenschutz`);
      expect(response?.status()).toBe(200);
      expect(await privacy.getAttribute('html', 'lang')).toBe('de');
      const text = await privacy.locator('main').innerText();
      expect(text).toMatch(/Arbeitsspeicher/);
      expect(text).toMatch(/Anmelde/);
      expect(text).toMatch(/Keine Cookies/);
      const violations = await axeViolations(privacy);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await privacy.close();
    }
  });
});
