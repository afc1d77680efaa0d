// GET /admin/report on the real server: off without ADMIN_TOKEN, only with the right bearer token,
// the same report as `npm run report`, and the token never in a log line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasToken } from '../../src/server/adminReport.js';
import { conversation, startApp, type Running } from '../e2e/harness.js';

const TOKEN = 'test-admin-token-0123456789-abcdef';

describe('/admin/report', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp({ ADMIN_TOKEN: TOKEN }, { now: () => new Date('2027-02-15T09:00:00Z') });
    const chat = conversation(running.url);
    await chat.send('Gibt es Kinderbetreuung?');
    await chat.send('Was kostet das?');
  });
  afterAll(async () => {
    await running?.stop();
  });

  const get = (path: string, token?: string) => fetch(`${running.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('refuses without the token or with a wrong one', async () => {
    expect((await get('/admin/report')).status).toBe(401);
    expect((await get('/admin/report', 'wrong-token-0123456789-abcdefgh')).status).toBe(401);
    expect((await get('/admin/report', `${TOKEN}x`)).status).toBe(401);
  });

  it('gives the report as HTML (with a strict CSP) or CSV with the right token', async () => {
    const html = await get('/admin/report?since=2027-02-01&until=2027-02-28', TOKEN);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.headers.get('cache-control')).toBe('no-store');
    const page = await html.text();
    expect(page).toContain('<h1>Auswertung des Inklusionsprofis</h1>');
    // The question asked just before is in it (the report writes what is buffered first).
    expect(page).toContain('„Gibt es Kinderbetreuung?“');
    const csv = await get('/admin/report?since=2027-02-01&until=2027-02-28&format=csv', TOKEN);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // the BOM German Excel needs
    expect(bytes.toString('utf8')).toMatch(/Ohne Antwort;gruppe-1;Gibt es Kinderbetreuung\?;1;/);
  });

  it('answers a bad period with 400, not an error page', async () => {
    expect((await get('/admin/report?since=gestern', TOKEN)).status).toBe(400);
    expect((await get('/admin/report?format=pdf', TOKEN)).status).toBe(400);
  });

  it('never logs the token', () => {
    expect(running.logs.join('')).not.toContain(TOKEN);
  });

  it('does not exist when ADMIN_TOKEN is not set', async () => {
    const plain = await startApp();
    try {
      expect((await fetch(`${plain.url}/admin/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });

  it('compares the bearer token exactly', () => {
    expect(hasToken(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(hasToken(`bearer ${TOKEN}`, TOKEN)).toBe(false);
    expect(hasToken(TOKEN, TOKEN)).toBe(false);
    expect(hasToken(undefined, TOKEN)).toBe(false);
  });
});
