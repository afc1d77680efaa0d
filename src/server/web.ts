// The web chat page, the privacy page and their assets, including Web Chat's own bundle served from
// node_modules — nothing comes from a CDN, so the page works offline and makes no third-party requests.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { assetCache, projectRoot, sendAsset } from './static.js';
import { escapeHtml } from '../escapeHtml.js';
import { contact } from '../texts/de/contact.js';
import { webPageTexts } from '../texts/de/web.js';

export interface WebPagesDeps {
  /** Extra origins the page may connect to (Azure Direct Line in production). */
  connectOrigins: string[];
  /** Who may frame the page (CSP frame-ancestors); `*` lets any commune's site embed it. */
  frameAncestors?: string;
  /** The chat cannot run on this server (MicrosoftAppId without DIRECT_LINE_SECRET): the page says so and loads no chat. */
  chatDisabled?: boolean;
}

// The chat page's two slots: Web Chat's bundle and our script, or (chat disabled) the notice written here.
const CHAT_SCRIPTS = '<script src="vendor/webchat.js" defer></script>\n  <script src="web/chat.js" defer></script>';
const EMPTY_STATUS = '<p id="status" class="notice" role="status" hidden></p>';

const ASSETS: Record<string, { file: string; type: string }> = {
  'chat.js': { file: 'chat.js', type: 'text/javascript; charset=utf-8' },
  'chat.css': { file: 'chat.css', type: 'text/css; charset=utf-8' },
};

export function registerWebPages(server: Server, deps: WebPagesDeps): void {
  const root = projectRoot();
  const webDir = join(root, 'src', 'web');
  // Loaded on first use and kept: the bundle is 4 MB, compressing it once (off the event loop) is enough.
  const asset = assetCache();

  const page = (file: string) => async (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = readFileSync(join(webDir, file), 'utf8')
      .replaceAll('{{nonce}}', nonce)
      .replaceAll('{{contact}}', escapeHtml(contact()))
      .replace('{{scripts}}', deps.chatDisabled ? '' : CHAT_SCRIPTS)
      .replace('{{status}}', deps.chatDisabled ? `<p id="status" class="notice" role="status">${escapeHtml(webPageTexts.chatDisabled())}</p>` : EMPTY_STATUS);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy(nonce, req, deps),
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    });
    res.end(html);
  };
  server.get('/', page('index.html'));
  server.get('/datenschutz', page('datenschutz.html'));

  server.get('/web/:file', async (req: Request, res: Response) => {
    const spec = ASSETS[String(req.params?.file ?? '')];
    if (!spec) {
      res.status(404);
      res.json({ error: 'not found' });
      return;
    }
    // Our own small files are revalidated on every load, so a deployment shows at once.
    sendAsset(req, res, await asset(spec.file, () => ({ body: readFileSync(join(webDir, spec.file)), type: spec.type, cacheControl: 'no-cache' })));
  });

  server.get('/vendor/webchat.js', async (req: Request, res: Response) => {
    sendAsset(
      req,
      res,
      await asset('vendor:webchat.js', () => ({
        body: readFileSync(join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js')),
        type: 'text/javascript; charset=utf-8',
        cacheControl: 'public, max-age=86400',
      })),
    );
  });
}

/**
 * Scripts only from our own origin; Web Chat's injected styles carry the per-response nonce. One
 * part of the bundle creates an empty <style> without the nonce, hence the hash of the empty string.
 */
export function contentSecurityPolicy(nonce: string, req: Request, deps: WebPagesDeps): string {
  const host = String(req.headers.host ?? '');
  const sockets = /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? [`ws://${host}`, `wss://${host}`] : [];
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src 'self' ${[...sockets, ...deps.connectOrigins].join(' ')}`.trim(),
    `frame-ancestors ${deps.frameAncestors ?? '*'}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

