import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistration } from '../../src/registration/index.js';
import { composeMail } from '../../src/registration/mail.js';
import { captureLog, fixedNow, FROM, limits, mailConfig, sampleEnquiry, startSmtp, tempDataDir, TEAM, type TestSmtp } from './support.js';

describe('the enquiry e-mail over real SMTP', () => {
  let smtp: TestSmtp;
  let data: { dir: string; remove(): Promise<void> };

  beforeEach(async () => {
    smtp = await startSmtp();
    data = await tempDataDir();
  });
  afterEach(async () => {
    await smtp.close();
    await data.remove();
  });

  async function deliver(enquiry = sampleEnquiry(), key = 'conv-1:form-1') {
    const log = captureLog();
    const registration = createRegistration({ dataDir: data.dir, mail: mailConfig(smtp.url), limits, logger: log.logger, now: fixedNow, retry: { initialMs: 10, maxMs: 50 } });
    await registration.start();
    const { id } = await registration.port.submit(enquiry, key);
    await registration.idle();
    await registration.stop();
    const [mail] = await smtp.waitFor(1);
    if (!mail) throw new Error('no mail');
    return { id, mail, log };
  }

  it('goes only to the education team, with the person as Reply-To, a clear subject and a stable Message-ID', async () => {
    const { id, mail } = await deliver();
    expect(id).toMatch(/^IP-2026-[A-HJ-NP-Z2-9]{6}$/);
    expect(mail.envelope.to).toEqual([TEAM]);
    expect(mail.envelope.from).toBe(FROM);
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value.map((a) => a.address) : []).toEqual([TEAM]);
    expect(mail.parsed.cc).toBeUndefined();
    expect(mail.parsed.bcc).toBeUndefined();
    expect(mail.parsed.replyTo?.value).toEqual([{ address: 'joerdis.beispiel@kommune-musterstadt.de', name: 'Jördis Beispielfrau' }]);
    expect(mail.parsed.subject).toBe('Anmeldeanfrage: Öffentlichkeitsarbeit inklusiv gestalten – Di., 14. April 2026, 10:00–13:00 Uhr, online');
    expect(mail.parsed.messageId).toBe(`<${id}@inklusionsprofi>`);
  });

  it('lays out every field in German in text and HTML, with the enquiry number and the time of consent', async () => {
    const { id, mail } = await deliver();
    const text = mail.parsed.text ?? '';
    for (const expected of [
      `Anfragenummer: ${id}`,
      'Titel: Öffentlichkeitsarbeit inklusiv gestalten',
      'Name: Jördis Beispielfrau',
      'E-Mail-Adresse: joerdis.beispiel@kommune-musterstadt.de',
      'Organisation / Kommune: Stadt Musterstadt, Sozialamt',
      'Rolle: Koordinator*in',
      'Telefon: +49 911 123456',
      'Bedarfe: Leichte Sprache, Gebärdensprachdolmetschung (DGS)',
      'Weitere Bedarfe: Bitte Unterlagen vorab per E-Mail.',
      'Nachricht: Wir kommen zu zweit.',
      'Gibt es eine Warteliste?',
      'Einwilligung: erteilt am 12. März 2026 um 14:03 Uhr',
    ]) {
      expect(text).toContain(expected);
    }
    const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(id);
    expect(html).toContain('Wir kommen zu zweit.<br>Gibt es eine Warteliste?');
    expect(html).toContain('Koordinator*in');
  });

  it('marks a waiting-list enquiry in the subject and the body', async () => {
    const { mail } = await deliver(sampleEnquiry({ waitingList: true }));
    expect(mail.parsed.subject).toMatch(/ \(Warteliste\)$/);
    expect(mail.parsed.text).toContain('Anfrage für die Warteliste');
  });

  it('escapes <script>, & and quotes from the person in the HTML part', async () => {
    const { mail } = await deliver(
      sampleEnquiry({
        name: 'Eve "Quote" O\'Brien <script>alert(1)</script>',
        organisation: 'Müller & Söhne <img src=x onerror=alert(1)>',
        message: '<b>fett</b> & "zitiert"',
      }),
    );
    const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>fett');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Müller &amp; Söhne &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;Quote&quot; O&#39;Brien');
    expect(mail.parsed.text).toContain('<b>fett</b> & "zitiert"');
  });

  it('keeps a header injection attempt in the name inside the Reply-To name: no Bcc, no extra recipient', async () => {
    const { mail } = await deliver(sampleEnquiry({ name: 'Eva\r\nBcc: spam@evil.example\r\nX-Injected: ja', email: 'eva@kommune.de' }));
    expect(mail.envelope.to).toEqual([TEAM]);
    expect(mail.parsed.bcc).toBeUndefined();
    expect(mail.parsed.headers.has('x-injected')).toBe(false);
    const headers = mail.raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(headers).not.toMatch(/^X-Injected:/im);
    expect(mail.parsed.replyTo?.value).toEqual([{ address: 'eva@kommune.de', name: 'Eva Bcc: spam@evil.example X-Injected: ja' }]);
  });
});

describe('composing the mail (even from unvalidated values)', () => {
  it('strips CR/LF and control characters from everything that reaches a header', async () => {
    const enquiry = sampleEnquiry({ seminarTitle: 'Seminar\r\nBcc: spam@evil.example', seminarDate: 'morgen\u0000\u001b[31m', name: 'Eva\nTo: x@evil.example' });
    const mail = composeMail({ id: 'IP-2026-ABCDEF', createdAt: fixedNow(), enquiry }, { to: TEAM, from: FROM });
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const info = await transport.sendMail(mail);
    const raw = String(info.message);
    const parsed = await simpleParser(raw);
    const headers = raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headers).not.toMatch(/^(Bcc|To):.*evil/im);
    expect(parsed.subject).toBe('Anmeldeanfrage: Seminar Bcc: spam@evil.example – morgen [31m');
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : []).toEqual([TEAM]);
    expect(info.envelope).toEqual({ from: FROM, to: [TEAM] });
  });
});

describe('without SMTP_URL', () => {
  it('writes each enquiry as a parseable .eml file and says where at start-up', async () => {
    const data = await tempDataDir();
    try {
      const log = captureLog();
      const registration = createRegistration({ dataDir: data.dir, mail: mailConfig(undefined), limits, logger: log.logger, now: fixedNow });
      await registration.start();
      const mailDir = join(data.dir, 'mail');
      expect(registration.describe()).toContain(mailDir);
      const startLines = log.records().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('registration mails go to'));
      expect(startLines).toHaveLength(1);
      expect(startLines[0]?.msg).toContain(mailDir);

      const { id } = await registration.port.submit(sampleEnquiry(), 'conv:eml');
      await registration.idle();
      await registration.stop();
      expect(await readdir(mailDir)).toEqual([`${id}.eml`]);
      const parsed = await simpleParser(await readFile(join(mailDir, `${id}.eml`)));
      expect(parsed.messageId).toBe(`<${id}@inklusionsprofi>`);
      expect(parsed.subject).toContain('Anmeldeanfrage: Öffentlichkeitsarbeit inklusiv gestalten');
      expect(parsed.text).toContain('Name: Jördis Beispielfrau');
      // The personal data left the outbox; only the PII-free record stays.
      const outbox = await readdir(join(data.dir, 'outbox'));
      expect(outbox.filter((n) => n.endsWith('.json'))).toEqual([]);
      const record = await readFile(join(data.dir, 'outbox', 'sent', `${id}.json`), 'utf8');
      expect(JSON.parse(record)).toMatchObject({ id, seminarId: 'oeffentlichkeitsarbeit-online-2026', attempts: 1, messageId: `<${id}@inklusionsprofi>` });
      expect(record).not.toContain('Jördis');
      expect(record).not.toContain('joerdis');
    } finally {
      await data.remove();
    }
  });
});

describe('with SMTP_URL', () => {
  it('says at start-up which mail server is used, without the credentials from the URL', async () => {
    const data = await tempDataDir();
    try {
      const log = captureLog();
      const registration = createRegistration({ dataDir: data.dir, mail: mailConfig('smtp://bot-user:Str3ng-geheim@mail.kommune.example:587'), limits, logger: log.logger, now: fixedNow });
      await registration.start();
      await registration.stop();
      expect(registration.describe()).toBe('SMTP mail.kommune.example:587');
      const startLines = log.records().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('registration mails go to'));
      expect(startLines).toHaveLength(1);
      expect(startLines[0]).toMatchObject({ msg: 'registration mails go to SMTP mail.kommune.example:587', host: 'mail.kommune.example', port: 587 });
      expect(log.lines.join('\n')).not.toMatch(/geheim|bot-user/);
    } finally {
      await data.remove();
    }
  });
});
