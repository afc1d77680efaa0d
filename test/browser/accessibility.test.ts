// WCAG 2.2 AA / BITV 2.0 checks of the web chat page in Chromium, in every state a person meets —
// a list with a full seminar, a seminar's details, the form with errors, Leichte Sprache — at
// 1024 px, at 320 px and at 200 % zoom: axe-core, measured contrast, focus that visibly changes
// pixels, where focus goes after a card button, and a send box that stays on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../e2e/harness.js';
import { axeViolations, describeViolations } from './axe.js';
import { launchChromium, type Browser } from './chromium.js';
import { contrast, focusChange } from './pixels.js';
import { until } from './wait.js';

let running: Running;
let browser: Browser;

beforeAll(async () => {
  running = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

const sendBox = (p: Page) => p.locator('[data-id="webchat-sendbox-input"]');
const botActivities = (p: Page) => p.locator('.webchat__basic-transcript__activity:has(.webchat__bubble:not(.webchat__bubble--from-user))');
/** Measured figures, printed at the end for the record (the assertions are the thresholds). */
const measured: string[] = [];

async function waitForBot(p: Page, count: number): Promise<void> {
  await until(async () => (await botActivities(p).count()) >= count, `${count} bot messages`);
  // Web Chat briefly copies each new card into its live region (inputs without labels); axe looks
  // at the page a person then works with.
  await until(async () => (await p.locator('.webchat__live-region-transcript input, .webchat__live-region-transcript button').count()) === 0, 'the live region to settle');
}

async function ask(p: Page, text: string): Promise<void> {
  const before = await botActivities(p).count();
  await sendBox(p).fill(text);
  await sendBox(p).press('Enter');
  await waitForBot(p, before + 1);
}

async function expectNoAxeViolations(p: Page, state: string): Promise<void> {
  const violations = await axeViolations(p);
  measured.push(`${state}: ${violations.length} axe violations`);
  expect(violations, `${state}\n${describeViolations(violations)}`).toEqual([]);
}

/** The colour (CSS `color`, or `fill` for an icon) of an element and of the first opaque background behind it. */
async function colours(p: Page, selector: string, text: RegExp, property: 'color' | 'fill' = 'color'): Promise<{ color: string; background: string }> {
  return p.evaluate(
    ([sel, source, prop]) => {
      const pattern = new RegExp(source);
      const el = Array.from(document.querySelectorAll<Element>(sel)).find((e) => pattern.test(e.textContent ?? ''));
      if (!el) throw new Error(`no ${sel} with ${source}`);
      let background = 'rgb(255, 255, 255)';
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) {
          background = bg;
          break;
        }
      }
      return { color: getComputedStyle(el)[prop], background };
    },
    [selector, text.source, property] as const,
  );
}

/** Each step waits for the bot and renders cards; on a busy machine that takes a while. */
const STEP_MS = 90_000;

const VIEWS = [
  { name: '1024 px', width: 1024, height: 800 },
  { name: '320 px', width: 320, height: 640 },
  // 200 % zoom of a 1280 × 800 window lays the page out in 640 × 400 CSS pixels.
  { name: '200 % zoom', width: 640, height: 400 },
];

describe.each(VIEWS)('the web chat at $name', ({ name, width, height }) => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage(width);
    await page.setViewportSize({ width, height });
    await page.goto(`${running.url}/`);
    await waitForBot(page, 1);
  }, STEP_MS);

  afterAll(async () => {
    await page?.close();
  }, STEP_MS);

  it('keeps the send box on screen with one scroll area (the transcript), no page scrolling', async () => {
    const layout = await page.evaluate(() => {
      const box = document.querySelector('[data-id="webchat-sendbox-input"]')!.getBoundingClientRect();
      const root = document.scrollingElement!;
      return { sendBoxBottom: box.bottom, viewport: window.innerHeight, pageScrolls: root.scrollHeight > root.clientHeight + 1, wide: root.scrollWidth > root.clientWidth };
    });
    expect(layout.sendBoxBottom).toBeLessThanOrEqual(layout.viewport);
    expect(layout.pageScrolls).toBe(false);
    expect(layout.wide).toBe(false);
  }, STEP_MS);

  it('shows the send box focus visibly', async () => {
    // The ring is drawn around the whole send box, not just the text area inside it.
    const pixels = await focusChange(sendBox(page), page.locator('.webchat__send-box-text-box'));
    measured.push(`${name}: send box focus changes ${pixels} pixels`);
    expect(pixels).toBeGreaterThan(100);
  }, STEP_MS);

  it('list with a full seminar: "Ausgebucht" has ≥ 4.5:1 contrast, no axe violations, focus visible on "Details" and "Alternative"', async () => {
    await ask(page, 'Pressearbeit');
    const card = botActivities(page).last();
    await until(async () => (await card.locator('button', { hasText: /^Alternative/ }).count()) > 0, 'a full seminar with an alternative');
    const { color, background } = await colours(page, '.ac-textBlock', /^\s*Ausgebucht\s*$/);
    const ratio = contrast(color, background);
    measured.push(`${name}: "Ausgebucht" ${color} on ${background} = ${ratio.toFixed(2)}:1`);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await expectNoAxeViolations(page, `${name} list with a full seminar`);
    for (const label of [/^Details/, /^Alternative/]) {
      const pixels = await focusChange(card.locator('button', { hasText: label }).first());
      measured.push(`${name}: focus on ${label.source} changes ${pixels} pixels`);
      expect(pixels).toBeGreaterThan(100);
    }
  }, STEP_MS);

  it('moves focus to the send box after a card button is pressed with the keyboard', async () => {
    const before = await botActivities(page).count();
    const details = botActivities(page).last().locator('button', { hasText: /^Details/ }).first();
    await details.focus();
    await page.keyboard.press('Enter');
    await waitForBot(page, before + 1);
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input'), 'focus on the send box');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('readonly'))).toBe(false);
  }, STEP_MS);

  it('seminar details: words stay whole ("Barrierefreiheit"), nothing scrolls sideways, no axe violations', async () => {
    const card = botActivities(page).last();
    expect(await card.innerText()).toMatch(/Anmeldeschluss/);
    // Every word of the card on one line: a word broken in two has two line boxes.
    const broken = await card.evaluate((el) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(el.querySelector('.ac-adaptiveCard') ?? el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\p{L}{6,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(match[0]);
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `${name} seminar details`);
  }, STEP_MS);

  it('the form with errors: error messages ≥ 4.5:1, consent text whole, no axe violations', async () => {
    const before = await botActivities(page).count();
    await botActivities(page).last().locator('button', { hasText: /Anmeldung|Warteliste/ }).first().click();
    await waitForBot(page, before + 1);
    const form = botActivities(page).last();
    await form.getByRole('button', { name: /Weiter/ }).click();
    await until(async () => (await form.locator('.ac-textBlock', { hasText: /Bitte ausfüllen/ }).count()) > 0, 'error messages');
    const { color, background } = await colours(page, '.ac-textBlock', /^\s*Bitte ausfüllen/);
    const ratio = contrast(color, background);
    measured.push(`${name}: form error ${color} on ${background} = ${ratio.toFixed(2)}:1`);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    // The consent text: every box from the text up to its field shows all of it (nothing cut, no ellipsis).
    const consent = await form.evaluate((card) => {
      const text = Array.from(card.querySelectorAll<HTMLElement>('label *')).find((e) => e.children.length === 0 && /einverstanden/.test(e.textContent ?? ''));
      const cut: string[] = [];
      for (let node: HTMLElement | null = text ?? null; node && !node.classList.contains('ac-input'); node = node.parentElement) {
        if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1) cut.push(`${node.tagName}.${node.className}`);
      }
      return { found: Boolean(text), cut };
    });
    expect(consent).toEqual({ found: true, cut: [] });
    await expectNoAxeViolations(page, `${name} form with errors`);
  }, STEP_MS);

  it('Leichte Sprache: no axe violations', async () => {
    await ask(page, 'Abbrechen');
    await ask(page, 'Leichte Sprache');
    await ask(page, 'Was kostet ein Seminar?');
    await expectNoAxeViolations(page, `${name} Leichte Sprache`);
  }, STEP_MS);
});

describe('the web chat in Windows high-contrast mode (forced colours)', () => {
  it('shows the send icon in the system button colour, legible on the button', async () => {
    const page = await browser.newPage(1024);
    try {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      await page.goto(`${running.url}/`);
      await waitForBot(page, 1);
      const { color: fill, background } = await colours(page, '.webchat__send-icon path', /^/, 'fill');
      const ratio = contrast(fill, background);
      measured.push(`forced colours: send icon ${fill} on ${background} = ${ratio.toFixed(2)}:1`);
      expect(ratio).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
      console.log(measured.join('\n'));
    }
  }, STEP_MS);
});
