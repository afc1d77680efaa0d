// Debian's Chromium driven by playwright-core (Playwright's own browser download does not work
// here), with a fresh profile and every request recorded so tests can prove none leaves 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  /** Every URL the browser requested or opened a WebSocket to. */
  requests: string[];
  /** Content-Security-Policy violations reported by any page. */
  cspViolations: string[];
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'ip-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'de-DE',
    viewport: { width: 1024, height: 800 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const cspViolations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeBinding('__reportCsp', (_source, text: string) => cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp(text: string): void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    context,
    requests,
    cspViolations,
    async newPage(width = 1024) {
      const page = await context.newPage();
      // On a busy machine loading Web Chat's large bundle can take longer than Playwright's 30 s default.
      page.setDefaultNavigationTimeout(90_000);
      await page.setViewportSize({ width, height: 800 });
      page.on('websocket', (socket) => requests.push(socket.url()));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
