// Reads a JSON request body with a size limit and turns every way it can be wrong into a
// status code and a short reason, so a bad request is answered, never crashes the process.
// Every route that takes JSON reads it here, so size and nesting depth are bounded at the edge.
import type { IncomingMessage } from 'node:http';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './jsonDepth.js';

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; reason: string };

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(type)) {
    drain(req);
    return { ok: false, status: 415, reason: 'Content-Type must be application/json' };
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    drain(req);
    return { ok: false, status: 413, reason: `body larger than ${maxBytes} bytes` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > maxBytes) {
        drain(req);
        return { ok: false, status: 413, reason: `body larger than ${maxBytes} bytes` };
      }
      chunks.push(buffer);
    }
  } catch {
    return { ok: false, status: 400, reason: 'request body could not be read' };
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: false, status: 400, reason: 'empty body' };
  if (exceedsJsonDepth(text)) return { ok: false, status: 400, reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, reason: 'malformed JSON' };
  }
}

/** Consume the rest of a rejected body so the connection can be reused. */
function drain(req: IncomingMessage): void {
  req.on('error', () => undefined);
  req.resume();
}
