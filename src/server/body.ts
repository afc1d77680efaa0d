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
  const read = await readAll(req, maxBytes);
  if (read === 'too large') return { ok: false, status: 413, reason: `body larger than ${maxBytes} bytes` };
  if (read === 'unreadable') return { ok: false, status: 400, reason: 'request body could not be read' };
  const text = read.toString('utf8');
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

/**
 * The whole body, or why not. Read with the stream's events rather than `for await`: the async iterator cost a FAQ
 * turn ~6 % of its CPU under load (docs/performance.md), for a body of a few hundred bytes.
 */
function readAll(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too large' | 'unreadable'> {
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  if (req.destroyed) return Promise.resolve('unreadable');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Buffer | 'too large' | 'unreadable'): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes) {
        finish('too large');
        drain(req);
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = (): void => finish(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    // Stays attached: an error after the body was read must not become an uncaught exception.
    const onFailure = (): void => finish('unreadable');
    // A client that goes away mid-body closes the stream without 'end'.
    const onClose = (): void => finish(req.complete ? Buffer.concat(chunks) : 'unreadable');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onFailure);
    req.on('close', onClose);
  });
}
