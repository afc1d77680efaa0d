// The e-mail to the education team for one enquiry: German plain text + HTML, every user value
// escaped, nothing user-typed in a header without CR/LF and control characters removed.
import type { SendMailOptions } from 'nodemailer';
import { isEmailAddress, type Enquiry } from './enquiry.js';
import { FIELDS, type FieldSpec } from './fields.js';
import { teamMailTexts as t } from '../texts/de/mail.js';
import { escapeHtml } from '../escapeHtml.js';

export interface MailAddresses {
  /** The education team; the only recipient ever. */
  to: string;
  from: string;
}

export interface MailInput {
  id: string;
  /** When the person confirmed (and so consented); also the mail's Date, so a resend is identical. */
  createdAt: Date;
  enquiry: Enquiry;
}

export function messageIdFor(id: string): string {
  return `<${headerSafe(id)}@inklusionsprofi>`;
}

/** Removes everything that could end or fold a header line, and caps the length. */
export function headerSafe(value: string, max = 200): string {
  const clean = value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029\s]+/gu, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

export function subjectFor(enquiry: Enquiry): string {
  const base = headerSafe(t.subject(enquiry.seminarTitle, enquiry.seminarDate), 220);
  return enquiry.waitingList ? `${base}${t.waitingListSuffix}` : base;
}

const berlinTime = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long', timeStyle: 'short' });

export function consentTime(date: Date): string {
  return t.time(berlinTime.format(date));
}

type Row = { label: string; value: string; multiline?: boolean };
type Section = { title: string; rows: Row[] };

function sections(input: MailInput): Section[] {
  const e = input.enquiry;
  // The person's fields come from the field table, in its order, grouped by their mail section.
  const fieldRows = (section: FieldSpec['section']): Row[] => FIELDS.filter((f) => f.section === section).flatMap((f) => f.show(e, t.consentAt(consentTime(input.createdAt))));
  return [
    {
      title: t.request.title,
      rows: [
        { label: t.request.id, value: input.id },
        { label: t.request.kind, value: e.waitingList ? t.request.kindWaitingList : t.request.kindRegistration },
        { label: t.request.received, value: consentTime(input.createdAt) },
      ],
    },
    {
      title: t.seminar.title,
      rows: [
        { label: t.seminar.name, value: e.seminarTitle },
        { label: t.seminar.date, value: e.seminarDate || '–' },
        { label: t.seminar.id, value: e.seminarId },
      ],
    },
    { title: 'Person', rows: fieldRows('Person') },
    { title: 'Barrierefreiheit', rows: fieldRows('Barrierefreiheit') },
    { title: 'Nachricht', rows: fieldRows('Nachricht') },
    { title: 'Einwilligung', rows: fieldRows('Einwilligung') },
  ];
}

const FOOTER = t.footer;

function textBody(input: MailInput): string {
  const lines = [t.heading, ''];
  for (const section of sections(input)) {
    lines.push(section.title.toUpperCase());
    for (const row of section.rows) {
      const [first = '', ...rest] = row.value.split('\n');
      lines.push(`  ${row.label}: ${first}`, ...rest.map((line) => `    ${line}`));
    }
    lines.push('');
  }
  lines.push('--', ...FOOTER);
  return lines.join('\n');
}

function htmlBody(input: MailInput): string {
  const cell = (row: Row) => (row.multiline ? escapeHtml(row.value).replace(/\n/g, '<br>') : escapeHtml(row.value));
  const parts = [
    '<!doctype html>',
    `<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(t.htmlTitle)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a;">',
    `<h1 style="font-size: 20px;">${escapeHtml(t.htmlHeading)}</h1>`,
  ];
  for (const section of sections(input)) {
    parts.push(`<h2 style="font-size: 17px; margin: 20px 0 6px;">${escapeHtml(section.title)}</h2>`);
    parts.push('<table role="presentation" style="border-collapse: collapse;">');
    for (const row of section.rows) {
      parts.push(
        `<tr><th scope="row" style="text-align: left; vertical-align: top; padding: 3px 16px 3px 0; font-weight: bold;">${escapeHtml(row.label)}</th>` +
          `<td style="vertical-align: top; padding: 3px 0;">${cell(row)}</td></tr>`,
      );
    }
    parts.push('</table>');
  }
  parts.push(`<hr><p style="font-size: 13px; color: #444;">${FOOTER.map(escapeHtml).join('<br>')}</p>`, '</body></html>');
  return parts.join('\n');
}

/** The message for nodemailer; `to` and the SMTP envelope name the team's address only. */
export function composeMail(input: MailInput, addresses: MailAddresses): SendMailOptions {
  const replyTo = isEmailAddress(input.enquiry.email) ? { name: headerSafe(input.enquiry.name, 120), address: input.enquiry.email } : undefined;
  return {
    from: { name: t.senderName, address: addresses.from },
    to: addresses.to,
    ...(replyTo ? { replyTo } : {}),
    subject: subjectFor(input.enquiry),
    messageId: messageIdFor(input.id),
    date: input.createdAt,
    headers: { 'X-Inklusionsprofi-Anfrage': headerSafe(input.id) },
    envelope: { from: addresses.from, to: [addresses.to] },
    text: textBody(input),
    html: htmlBody(input),
    textEncoding: 'quoted-printable',
  };
}
