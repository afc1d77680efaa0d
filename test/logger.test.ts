// The log's redaction: personal fields are blanked, the names of errors stay readable.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', format: 'json' }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString()), cb()) }));
  return { logger, record: () => JSON.parse(lines.at(-1) ?? '{}') as Record<string, Record<string, unknown>> };
}

describe('log redaction', () => {
  it('keeps the name of an error, so the operator sees what failed', () => {
    const { logger, record } = capture();
    logger.error({ err: { name: 'RangeError', message: 'Maximum call stack size exceeded' } }, 'turn failed');
    expect(record().err).toMatchObject({ name: 'RangeError' });
  });

  it('blanks the personal fields of an enquiry and of a sender', () => {
    const { logger, record } = capture();
    logger.info({ enquiry: { name: 'Jördis Beispielfrau', email: 'j@example.org', organisation: 'Stadt Musterstadt', seminarId: 's1' }, from: { name: 'Jördis', id: 'u1' } }, 'x');
    const logged = record();
    expect(JSON.stringify(logged)).not.toMatch(/Jördis|j@example\.org|Musterstadt/);
    expect(logged.enquiry?.seminarId).toBe('s1');
    expect(logged.from?.id).toBe('u1');
  });
});
