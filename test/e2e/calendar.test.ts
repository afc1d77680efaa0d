// "In meinen Kalender" over real HTTP: every shipped seminar's .ics file follows RFC 5545 line
// folding (75 octets, also with umlauts), and its "Mehr Informationen" link opens a real page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from './harness.js';

let running: Running;

beforeAll(async () => {
  running = await startApp();
});

afterAll(async () => {
  await running?.stop();
});

/** Content lines with folding undone (RFC 5545 §3.1: CRLF followed by one space or tab). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

function seminarIds(): string[] {
  return running.app.knowledge.current()?.knowledge.seminars.map((s) => s.id) ?? [];
}

describe('the calendar files of all seminars', () => {
  it('have no line longer than 75 octets, and folding splits no character', async () => {
    const ids = seminarIds();
    expect(ids.length).toBeGreaterThan(20);
    const tooLong: string[] = [];
    for (const id of ids) {
      const response = await fetch(`${running.url}/seminare/${id}.ics`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      // Each physical line must be valid UTF-8 by itself: a split character would decode to U+FFFD.
      for (const line of bytes.toString('latin1').split('\r\n')) {
        const raw = Buffer.from(line, 'latin1');
        if (raw.length > 75) tooLong.push(`${id}: ${raw.length} octets`);
        expect(raw.toString('utf8')).not.toContain('\uFFFD');
      }
    }
    expect(tooLong).toEqual([]);
  });

  it('links "Mehr Informationen" to the seminar in the seminar calendar page, which opens', async () => {
    const id = 'leichte-sprache-schreiben-2027-02';
    const ics = await (await fetch(`${running.url}/seminare/${id}.ics`)).text();
    const lines = unfold(ics);
    const url = lines.find((l) => l.startsWith('URL:'))?.slice(4);
    expect(url).toBe(`${running.config.publicUrl ?? running.url.replace('127.0.0.1', 'localhost')}/tab/?seminar=${id}`);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(`Mehr Informationen: ${url}`);
    expect(url).not.toMatch(/\.ics$/);
    const page = await fetch(url!.replace('localhost', '127.0.0.1'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});
