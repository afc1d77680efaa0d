// Delivery when the storage or the mail server misbehaves: no mail loop, nothing lost, the
// operator alerted at error level.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registrationFixture } from './fixture.js';
import { captureLog, sampleEnquiry } from './support.js';

const fast = { initialMs: 10, maxMs: 200 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('registration delivery under faults', () => {
  const { dir, registration, smtp } = registrationFixture(fast);

  it('sends the mail once when the sent record cannot be written, alerts at error level, and writes the record once it can', async () => {
    const sentDir = join(dir(), 'outbox', 'sent');
    // While the server receives the mail, the records folder becomes unwritable (as with a full disk
    // or a read-only mount): a file where the folder was.
    const server = await smtp({
      onMessage: async () => {
        await rm(sentDir, { recursive: true, force: true });
        await writeFile(sentDir, '');
        return true;
      },
    });
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    const { id } = await r.port.submit(sampleEnquiry(), 'conv:record-fails');
    await log.waitFor((rec) => rec.id === id && rec.level === 50 && String(rec.msg).includes('delivery record could not be written'));
    // Time for a retry loop (backoff starts at 10 ms here): a few failed steps, waited for rather than timed — on a busy
    // machine 600 ms saw a single one (a CI flake).
    const failed = () => log.records().filter((rec) => rec.msg === 'outbox delivery step failed');
    for (let waited = 0; failed().length < 3 && waited < 10_000; waited += 50) await sleep(50);
    expect(server.received).toHaveLength(1);
    const failures = failed();
    expect(failures.length).toBeGreaterThan(1);
    // The pause grows: the retries do not come at a fixed short interval.
    const delays = failures.map((rec) => Number(rec.retryInMs));
    expect(Math.max(...delays)).toBeGreaterThan(Math.min(...delays));

    await rm(sentDir);
    await mkdir(sentDir);
    await r.idle();
    expect(await readdir(sentDir)).toEqual([`${id}.json`]);
    expect(server.received).toHaveLength(1);
    expect((await readdir(join(dir(), 'outbox'))).filter((n) => n.endsWith('.json'))).toEqual([]);
  });

  it('skips a folder named like an outbox entry, reports it, and still starts and delivers', async () => {
    const server = await smtp();
    await mkdir(join(dir(), 'outbox', 'IP-2026-ABCDEF.json'), { recursive: true });
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    expect(log.records().some((rec) => rec.id === 'IP-2026-ABCDEF' && rec.level === 50)).toBe(true);
    await r.port.submit(sampleEnquiry(), 'conv:after-eisdir');
    await r.idle();
    expect(server.received).toHaveLength(1);
  });

  it('deletes .eml files after 30 days and sent records after 180 days (retention)', async () => {
    const DAY = 86_400_000;
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    const first = registration(undefined, captureLog(), { now });
    await first.start();
    const { id } = await first.port.submit(sampleEnquiry(), 'conv:retention');
    await first.idle();
    await first.stop();
    const mailDir = join(dir(), 'mail');
    const sentDir = join(dir(), 'outbox', 'sent');
    expect(await readdir(mailDir)).toEqual([`${id}.eml`]);

    // Each start scans the outbox, as the running worker does every few minutes.
    const restart = async (days: number) => {
      offset = days * DAY;
      const r = registration(undefined, captureLog(), { now });
      await r.start();
      await r.stop();
    };
    await restart(29);
    expect(await readdir(mailDir)).toEqual([`${id}.eml`]);
    await restart(31);
    expect(await readdir(mailDir)).toEqual([]);
    expect(await readdir(sentDir)).toEqual([`${id}.json`]);
    await restart(181);
    expect(await readdir(sentDir)).toEqual([]);
  });

  it('moves an enquiry the mail server refuses permanently (550) to outbox/dead with an error log, and sends it after an operator moves it back', async () => {
    let refuse = true;
    const server = await smtp({ rejectTransaction: () => (refuse ? 550 : false) });
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    const { id } = await r.port.submit(sampleEnquiry(), 'conv:550');
    await r.idle();
    // One attempt, no retry loop; the enquiry with its data is kept, out of the delivery queue.
    expect(server.transactions).toBe(1);
    expect(await readdir(join(dir(), 'outbox', 'dead'))).toEqual([`${id}.json`]);
    expect((await readdir(join(dir(), 'outbox'))).filter((n) => n.endsWith('.json'))).toEqual([]);
    const alert = log.records().find((rec) => rec.id === id && rec.level === 50);
    expect(alert).toMatchObject({ responseCode: 550 });
    expect(JSON.stringify(log.records())).not.toContain('Beispielfrau');
    await r.stop();

    // The documented re-send: move the file back; the next start (or scan) delivers it, same Message-ID.
    refuse = false;
    await rename(join(dir(), 'outbox', 'dead', `${id}.json`), join(dir(), 'outbox', `${id}.json`));
    const again = registration(server.url, captureLog());
    await again.start();
    await again.idle();
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.parsed.messageId).toBe(`<${id}@inklusionsprofi>`);
  });
});
