// Renders an Adaptive Card in Chromium with the official `adaptivecards` package and Web Chat's own
// Markdown renderer (window.WebChat.renderMarkdown), as Web Chat does — so tests see what a person sees.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AC_SOURCE = readFileSync(createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.js'), 'utf8');

export interface RenderedCard {
  /** innerText of the rendered card: what a sighted person reads, line by line. */
  text: string;
  /** Elements Markdown made (emphasis, lists, headings, code) anywhere in the card. */
  markup: string[];
  /** Links, as text → address (Web Chat turns bare addresses into links; that is fine). */
  links: string[];
}

/** `page` must be the web chat page (it loads Web Chat's bundle). */
export async function renderCard(page: Page, card: unknown): Promise<RenderedCard> {
  await page.waitForFunction(() => 'WebChat' in window);
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'AdaptiveCards' in window))) await page.evaluate(`${AC_SOURCE}\n;0`);
  return page.evaluate((json) => {
    interface Ac {
      AdaptiveCard: { new (): { parse(j: unknown): void; render(): HTMLElement }; onProcessMarkdown: (text: string, result: { outputHtml?: string; didProcess: boolean }) => void };
    }
    const w = window as unknown as { AdaptiveCards: Ac; WebChat: { renderMarkdown(text: string, options: object): string } };
    w.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = w.WebChat.renderMarkdown(text, {});
      result.didProcess = true;
    };
    const card = new w.AdaptiveCards.AdaptiveCard();
    card.parse(json);
    const element = card.render();
    const host = document.createElement('div');
    host.setAttribute('data-test-card', '');
    host.style.width = '600px';
    host.appendChild(element);
    document.body.appendChild(host);
    // Web Chat puts zero-width spaces around the links it makes; a person does not see them.
    const text = element.innerText.replace(/\u200b/g, '');
    const markup = Array.from(element.querySelectorAll('em, strong, ol, ul, li, h1, h2, h3, code, blockquote'));
    const links = Array.from(element.querySelectorAll('a')).map((a) => `${a.textContent ?? ''} → ${a.getAttribute('href') ?? ''}`);
    host.remove();
    return { text, markup: markup.map((el) => `${el.tagName.toLowerCase()}: ${el.textContent ?? ''}`), links };
  }, card);
}
