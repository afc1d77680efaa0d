import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registrationFixture } from './fixture.js';
import { captureLog, fixedNow, freePort, limits, sampleEnquiry } from './support.js';

const fast = { initialMs: 10, maxMs: 40 };

describe('registration delivery', () => {
  const { dir, registration, smtp } = registrationFixture(fast);

  async function pendingFiles() {
    return (await readdir(join(dir(), 'outbox'))).filter((n) => n.endsWith('.json'));
  }

  it('confirms the enquiry while the mail server says "try later", and delivers it once when it accepts', async () => {
    const server = await smtp({ rejectTransaction: (n) => n <= 3 });
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    const { id, duplicate } = await r.port.submit(sampleEnquiry(), 'conv:451');
    expect(duplicate).toBe(false);
    // Stored before the person is told: the entry is on disk right away.
    expect(await pendingFiles()).toEqual([`${id}.json`]);
    await r.idle();
    expect(server.transactions).toBe(4);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.parsed.messageId).toBe(`<${id}@inklusionsprofi>`);
    const retries = log.records().filter((rec) => rec.msg === 'registration mail not delivered yet; will retry');
    expect(retries.map((rec) => rec.responseCode)).toEqual([451, 451, 451]);
    expect(await pendingFiles()).toEqual([]);
  });

  it('keeps an enquiry while no mail server listens, and a new process delivers it after a restart', async () => {
    const port = await freePort();
    const url = `smtp://127.0.0.1:${port}`;
    const log = captureLog();
    const first = registration(url, log);
    await first.start();
    const { id } = await first.port.submit(sampleEnquiry(), 'conv:down');
    await log.waitFor((rec) => rec.msg === 'registration mail not delivered yet; will retry');
    expect(log.records().find((rec) => rec.msg === 'registration mail not delivered yet; will retry')?.err).toMatch(/^E[A-Z]+$/);
    await first.stop();
    expect(await pendingFiles()).toEqual([`${id}.json`]);

    const server = await smtp({ port });
    const second = registration(url);
    await second.start();
    await second.idle();
    const mails = await server.waitFor(1);
    expect(mails.map((m) => m.parsed.messageId)).toEqual([`<${id}@inklusionsprofi>`]);
    expect(await pendingFiles()).toEqual([]);
    const record = JSON.parse(await readFile(join(dir(), 'outbox', 'sent', `${id}.json`), 'utf8')) as { attempts: number };
    expect(record.attempts).toBeGreaterThanOrEqual(2);
  });

  it('gives the same number and sends one mail for a double click (concurrent) and a replay (later, after delivery, after restart)', async () => {
    const server = await smtp();
    const r = registration(server.url);
    await r.start();
    const enquiry = sampleEnquiry();
    const [a, b, c] = await Promise.all([r.port.submit(enquiry, 'conv:form-7'), r.port.submit(enquiry, 'conv:form-7'), r.port.submit(enquiry, 'conv:form-7')]);
    expect([a, b, c].map((x) => x.id)).toEqual([a.id, a.id, a.id]);
    expect([a, b, c].filter((x) => !x.duplicate)).toHaveLength(1);
    await r.idle();
    expect(await r.port.submit(enquiry, 'conv:form-7')).toEqual({ id: a.id, duplicate: true });
    await r.stop();

    const again = registration(server.url);
    await again.start();
    expect(await again.port.submit(enquiry, 'conv:form-7')).toEqual({ id: a.id, duplicate: true });
    await again.idle();
    expect(server.received).toHaveLength(1);

    // A different form submission is a different enquiry.
    const other = await again.port.submit(enquiry, 'conv:form-8');
    expect(other.duplicate).toBe(false);
    expect(other.id).not.toBe(a.id);
    await again.idle();
    expect(server.received).toHaveLength(2);
  });

  it('refuses an enquiry that did not pass validation, so nothing unchecked reaches the outbox', async () => {
    const r = registration(undefined);
    await r.start();
    await expect(r.port.submit(sampleEnquiry({ email: 'a@b, c@d.de' }), 'conv:bad')).rejects.toThrow(/email/);
    expect(await pendingFiles()).toEqual([]);
  });

  it('never writes personal data into the log', async () => {
    const server = await smtp({ rejectTransaction: (n) => n === 1 });
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    const enquiry = sampleEnquiry({ name: 'Zacharias Geheimname', email: 'zacharias.geheim@privat.example', phone: '0170 9876543', organisation: 'Geheime Gemeinde Nord', message: 'Persönliche Nachricht XYZ' });
    await r.port.submit(enquiry, 'conv:pii');
    await r.idle();
    r.port.allow('user-1');
    await r.stop();
    expect(server.received).toHaveLength(1);
    const all = log.lines.join('\n');
    expect(log.lines.length).toBeGreaterThan(3);
    for (const secret of ['Zacharias', 'Geheimname', 'zacharias.geheim', 'privat.example', '9876543', 'Geheime Gemeinde', 'Persönliche Nachricht']) {
      expect(all).not.toContain(secret);
    }
  });

  it('keeps an undelivered enquiry older than the maximum age and warns with id and age only', async () => {
    const port = await freePort();
    const log = captureLog();
    const past = () => new Date('2026-03-01T08:00:00Z');
    const writer = registration(`smtp://127.0.0.1:${port}`, captureLog(), { now: past });
    const { id } = await writer.port.submit(sampleEnquiry(), 'conv:old');

    const later = registration(`smtp://127.0.0.1:${port}`, log, { now: fixedNow, limits: { ...limits, maxAgeDays: 7 } });
    await later.start();
    const warning = await log.waitFor((rec) => rec.level === 40 && rec.id === id && 'ageDays' in rec);
    expect(warning).toMatchObject({ id, ageDays: 11 });
    expect(JSON.stringify(warning)).not.toContain('Jördis');
    await log.waitFor((rec) => rec.msg === 'registration mail not delivered yet; will retry');
    await later.stop();
    expect(await pendingFiles()).toEqual([`${id}.json`]);
  });

  it('leaves an unreadable outbox file in place and keeps delivering the others', async () => {
    const server = await smtp();
    await mkdir(join(dir(), 'outbox'), { recursive: true });
    await writeFile(join(dir(), 'outbox', 'IP-2026-ZZZZZZ.json'), '{ kaputt');
    const log = captureLog();
    const r = registration(server.url, log);
    await r.start();
    await r.port.submit(sampleEnquiry(), 'conv:ok');
    await r.idle();
    expect(server.received).toHaveLength(1);
    expect(await pendingFiles()).toEqual(['IP-2026-ZZZZZZ.json']);
    expect(log.records().some((rec) => rec.id === 'IP-2026-ZZZZZZ' && rec.err === 'ECORRUPT')).toBe(true);
  });
});
