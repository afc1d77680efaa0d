// The Teams tab "Seminarkalender" in a real Chromium against the real app: filters, details,
// calendar download, axe-core in all three Teams themes, keyboard only, 320 px, and embedded in a
// frame outside Teams (teams-js finds no host and the page simply works).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../e2e/harness.js';
import { axeViolations, describeViolations } from './axe.js';
import { launchChromium, type Browser } from './chromium.js';
import { FULL } from '../../src/texts/de/cards.js';
import { tabTexts } from '../../src/texts/de/tab.js';
import type { TabCatalogue } from '../../src/server/tab.js';

// 20 November 2026: 33 of the 36 sample seminars are still to come.
const NOW = new Date('2026-11-20T09:00:00Z');
const UPCOMING = 33;

let running: Running;
let browser: Browser;

beforeAll(async () => {
  running = await startApp({}, { now: () => NOW });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

const cards = (p: Page) => p.locator('#list > li');
const count = (p: Page) => p.locator('#count');
const dialog = (p: Page) => p.getByRole('dialog');

async function openTab(width = 1024, query = ''): Promise<Page> {
  const page = await browser.newPage(width);
  await page.goto(`${running.url}/tab/${query}`);
  await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
  return page;
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
}

function localOnly(urls: string[]): string[] {
  return urls.filter((u) => !/^(?:https?|wss?):\/\/127\.0\.0\.1[:/]/.test(u) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
}

describe('the seminar catalogue tab', () => {
  it('is a German page titled "Seminarkalender – Inklusionsprofi" listing every upcoming seminar', async () => {
    const page = await openTab();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.title()).toBe('Seminarkalender – Inklusionsprofi');
    // Every text of the page came from the catalogue (src/texts/de/tab.ts); no placeholder is left.
    expect(await page.content()).not.toContain('{{');
    expect(await cards(page).count()).toBe(UPCOMING);
    expect(await count(page).innerText()).toBe(`${UPCOMING} kommende Seminare`);
    expect(await count(page).getAttribute('role')).toBe('status');
    const listed = await cards(page).allInnerTexts();
    expect(listed.join('\n')).not.toContain('Social Media für Inklusionsprojekte');
    expect(listed[0]).toContain('Projekte planen und steuern');
    expect(listed[0]).toContain('Di., 19. Januar 2027, 09:30–12:30 Uhr');
    // The shipped catalogue is sample data, and the page says so.
    await expect.poll(() => page.locator('#catalogue-sample').isVisible()).toBe(true);
    expect(await page.locator('#catalogue-sample').innerText()).toContain('Beispieldaten');
    await page.close();
  });

  it('narrows the list with the filters and says how many seminars are left', async () => {
    const page = await openTab();
    await choose(page, 'Format', 'Online');
    const online = await cards(page).count();
    expect(online).toBeLessThan(UPCOMING);
    for (const text of await cards(page).allInnerTexts()) expect(text).toMatch(/Online|Hybrid/);
    await choose(page, 'Monat', 'März 2027');
    const march = await cards(page).allInnerTexts();
    expect(march.length).toBeLessThan(online);
    expect(march.length).toBeGreaterThan(0);
    for (const text of march) expect(text).toContain('März 2027');
    expect(await count(page).innerText()).toBe(`${march.length} Seminare passen zu Ihrer Auswahl.`);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => cards(page).count()).toBe(UPCOMING);

    await choose(page, 'Thema', 'Fördermittel und Antragstellung');
    await choose(page, 'Barrierefreiheit', 'Gebärdensprachdolmetschung (DGS)');
    expect(await count(page).innerText()).toBe('1 Seminar passt zu Ihrer Auswahl.');
    expect(await cards(page).innerText()).toContain('Fördermittel beantragen');

    await choose(page, 'Rolle', 'Ehrenamtliche');
    expect(await cards(page).count()).toBe(0);
    expect(await count(page).innerText()).toContain('Kein Seminar passt zu dieser Auswahl');
    await page.close();
  });

  it('opens a seminar with all its facts, an enquiry link and a calendar file', async () => {
    const page = await openTab();
    await page.getByRole('button', { name: 'Fördertöpfe finden: Stiftungen, Land, Bund und Kommune' }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    const details = await dialog(page).innerText();
    for (const fact of ['Termine', 'Di., 30. März 2027', 'Format', 'Online', 'Für wen', 'Plätze', '22 von', 'Kosten', 'kostenfrei', 'Anmeldeschluss', '16. März 2027']) expect(details).toContain(fact);

    const register = dialog(page).getByRole('link', { name: 'Anmeldung anfragen' });
    // Outside Teams the enquiry goes to the web chat with the request already written.
    const href = await register.evaluate((a: HTMLAnchorElement) => a.href);
    expect(new URL(href).pathname).toBe('/');
    expect(new URL(href).searchParams.get('frage')).toBe('Anmeldung anfragen: Fördertöpfe finden: Stiftungen, Land, Bund und Kommune');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('link', { name: 'In meinen Kalender' }).click()]);
    expect(download.suggestedFilename()).toBe('foerdertoepfe-finden-2027-03.ics');
    const file = await download.path();
    const ics = readFileSync(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Fördertöpfe finden');

    await dialog(page).getByRole('button', { name: 'Details schließen' }).click();
    expect(await dialog(page).isVisible()).toBe(false);
    await page.close();
  });

  it('opens a seminar named in the link (?seminar=…), as the shared Teams card does', async () => {
    const page = await openTab(1024, '?seminar=netzwerke-steuern-2027-04');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#details-title').innerText()).toBe('Netzwerke steuern: Rollen, Absprachen und Steuerungsgruppen');
    await page.close();
  });

  it('marks a full seminar with the catalogue\'s one word for it, on the card and in the details', async () => {
    const catalogue = (await (await fetch(`${running.url}/api/seminars`)).json()) as TabCatalogue;
    const full = catalogue.seminars.find((s) => s.full);
    expect(full, 'the sample data has a full upcoming seminar').toBeDefined();
    const page = await openTab();
    expect(tabTexts.full.startsWith(FULL.normal)).toBe(true);
    expect(await page.getByRole('article', { name: full?.title, exact: true }).locator('.places').innerText()).toBe(tabTexts.full);
    // A seminar with places left says how many, not the full text.
    const open = catalogue.seminars.find((s) => !s.full);
    expect(await page.getByRole('article', { name: open?.title, exact: true }).locator('.places').innerText()).toBe(`${open?.placesLeft} von ${open?.placesTotal} Plätzen frei`);
    await page.getByRole('button', { name: full?.title, exact: true }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await dialog(page).innerText()).toContain(tabTexts.full);
    await page.close();
  });

  it.each(['default', 'dark', 'contrast'])('has no axe-core violations (WCAG 2.2 AA) in the %s theme, with and without details open', async (theme) => {
    const page = await openTab(1024, `?theme=${theme}`);
    expect(await page.evaluate(() => document.body.dataset.theme)).toBe(theme);
    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await cards(page).first().getByRole('button').click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('styles the three themes differently: light, dark, black with yellow', async () => {
    const colours: Record<string, { background: string; link: string }> = {};
    for (const theme of ['default', 'dark', 'contrast']) {
      const page = await openTab(1024, `?theme=${theme}`);
      colours[theme] = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        link: getComputedStyle(document.querySelector('.card-open') as Element).color,
      }));
      await page.close();
    }
    expect(colours.default?.background).toBe('rgb(246, 247, 249)');
    expect(colours.dark?.background).toBe('rgb(31, 31, 31)');
    expect(colours.contrast).toEqual({ background: 'rgb(0, 0, 0)', link: 'rgb(255, 255, 0)' });
  });

  it('can be used with the keyboard only: filter, open with Enter, close with Escape, focus returns', async () => {
    const page = await openTab();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        return { id: el?.id ?? '', text: el?.textContent?.trim() ?? '', tag: el?.tagName ?? '', card: Boolean(el?.classList.contains('card-open')), outline: style ? `${style.outlineStyle} ${parseFloat(style.outlineWidth)}` : '' };
      });
    let state = await focused();
    for (let i = 0; i < 6 && state.id !== 'filter-format'; i++) {
      await page.keyboard.press('Tab');
      state = await focused();
    }
    expect(state.id).toBe('filter-format');
    expect(state.outline).toMatch(/^(solid|dashed) [3-9]/);
    // Arrow keys on a closed select change its value in Chromium on Linux and Windows.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#filter-format').inputValue()).toBe('online');
    await expect.poll(() => cards(page).count()).toBeLessThan(UPCOMING);

    for (let i = 0; i < 10 && !state.card; i++) {
      await page.keyboard.press('Tab');
      state = await focused();
    }
    expect(state.card).toBe(true);
    expect(state.outline).toMatch(/^(solid|dashed) [3-9]/);
    const opener = state.text;
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.locator('#details-title').innerText()).toBe(opener);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    state = await focused();
    expect(state.card).toBe(true);
    expect(state.text).toBe(opener);
    await page.close();
  });

  it('reflows at 320 px without horizontal scrolling, also with details open', async () => {
    const page = await openTab(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await cards(page).first().getByRole('button').click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await dialog(page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await page.close();
  });

  it('loaded nothing from outside this server and broke no Content-Security-Policy rule', () => {
    expect(localOnly(browser.requests)).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});

describe('the tab framed by other pages', () => {
  // A browser of its own: these pages break the CSP on purpose (teams-js asks a Microsoft CDN) and
  // visit made-up https hosts, which must not count against the checks above.
  let framing: Browser;
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    framing = await launchChromium();
    // Another origin framing the tab, as an intranet page might: teams-js loads but finds no Teams.
    host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><title>Intranet</title><iframe title="Seminarkalender" src="${running.url}/tab/" width="900" height="700"></iframe></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await framing?.close();
    host?.closeAllConnections();
    await new Promise((resolve) => host?.close(resolve));
  });

  it('outside Teams: shows the catalogue, tries Teams quietly and falls back to a normal page without an error', async () => {
    const page = await framing.newPage(1024);
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('#list > li').count()).toBe(UPCOMING);
    await expect.poll(() => frame.locator('body').getAttribute('data-host'), { timeout: 15_000 }).toBe('web');
    expect(framing.requests.some((u) => u.endsWith('/tab/teams-js.js'))).toBe(true);
    expect(localOnly(framing.requests)).toEqual([]);
    expect(await frame.locator('body').getAttribute('data-theme')).toBe('default');
    expect(await frame.locator('#count').innerText()).toBe(`${UPCOMING} kommende Seminare`);
    await page.close();
  });

  it('inside Teams: takes theme and locale from the Teams context, hands enquiries to the bot chat, follows theme changes', async () => {
    // A stand-in for the Teams web client at its real origin (teams-js only talks to known hosts),
    // answering teams-js's "initialize" and "getContext" the way Teams does. The tab itself is
    // served by our app under an https name, since an https page cannot frame plain http.
    const page = await framing.newPage(1024);
    const TAB_ORIGIN = 'https://inklusionsprofi.example';
    await page.route(`${TAB_ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({ url: `${running.url}${url.pathname}${url.search}` });
      if (url.pathname !== '/api/seminars') return route.fulfill({ response });
      // As configured in production, where the bot has its Microsoft app id.
      return route.fulfill({ response, json: { ...((await response.json()) as object), botAppId: '00000000-0000-0000-0000-00000000b07a' } });
    });
    await page.route('https://teams.microsoft.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="de"><title>Teams</title>
<iframe id="tab" title="Seminarkalender" src="${TAB_ORIGIN}/tab/" width="900" height="700"></iframe>
<script>
  window.calls = [];
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.func !== 'string' || typeof m.id !== 'number') return;
    window.calls.push(m.func);
    const reply = (args) => event.source.postMessage({ id: m.id, uuid: m.uuid, args }, event.origin);
    if (m.func === 'initialize') reply(['content', 'web', '2.0.1']);
    if (m.func === 'executeDeepLink') { window.deepLinks = (window.deepLinks || []).concat(m.args); reply([true]); }
    if (m.func === 'getContext') reply([{ theme: 'dark', locale: 'de-DE', entityId: 'seminarkalender', frameContext: 'content', hostClientType: 'web' }]);
  });
  window.changeTheme = (theme) => document.getElementById('tab').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '${TAB_ORIGIN}');
</script></html>`,
      }),
    );
    await page.goto('https://teams.microsoft.com/_tab-test');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('#list > li').count()).toBe(UPCOMING);
    await expect.poll(() => frame.locator('body').getAttribute('data-host'), { timeout: 15_000 }).toBe('teams');
    expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    expect(await frame.locator('body').getAttribute('data-theme')).toBe('dark');
    expect(await frame.locator('body').getAttribute('data-locale')).toBe('de-DE');

    // "Anmeldung anfragen" opens the chat with the bot through Teams, the request already typed.
    await frame.getByRole('button', { name: 'Fördertöpfe finden: Stiftungen, Land, Bund und Kommune' }).click();
    await frame.getByRole('link', { name: 'Anmeldung anfragen' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { deepLinks?: string[] }).deepLinks ?? [])).toHaveLength(1);
    const [deepLink] = await page.evaluate(() => (window as unknown as { deepLinks: string[] }).deepLinks);
    const link = new URL(deepLink ?? '');
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('28:00000000-0000-0000-0000-00000000b07a');
    expect(link.searchParams.get('message')).toBe('Anmeldung anfragen: Fördertöpfe finden: Stiftungen, Land, Bund und Kommune');
    await frame.getByRole('button', { name: 'Details schließen' }).click();

    await page.evaluate(() => (window as unknown as { changeTheme(theme: string): void }).changeTheme('contrast'));
    await expect.poll(() => frame.locator('body').getAttribute('data-theme')).toBe('contrast');
    expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.close();
  });
});
