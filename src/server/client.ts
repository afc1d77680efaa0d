// Who is calling, for per-client limits: a salted hash of the client's address, never the address
// itself (it is personal data and must not end up in logs or state).
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Per process: the same address gives the same key until restart, and the key reveals nothing. */
const SALT = randomBytes(16);

/**
 * The client's address: the socket's peer, or behind one trusted reverse proxy (TRUST_PROXY, e.g.
 * Azure App Service) the last X-Forwarded-For entry, which that proxy appended and a browser cannot forge.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    // Azure appends "ip:port"; the port changes per connection and must not split one client into many.
    if (forwarded) return forwarded.replace(/^\[?([^\]]+?)\]?(?::\d+)?$/, '$1');
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export function clientKey(req: IncomingMessage, trustProxy: boolean): string {
  return createHash('sha256').update(SALT).update(clientAddress(req, trustProxy)).digest('base64url').slice(0, 22);
}
