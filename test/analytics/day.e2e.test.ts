// A simulated day of traffic through the real server (POST /api/messages), then `npm run report`:
// the report shows what the bot could not answer, grouped, with suggestions and charts, and no
// personal data exists anywhere in the stored log, the report or the app's own logs.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import { conversation, startApp } from '../e2e/harness.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const START = berlinLocalToUtc('2027-02-15T08:00').getTime();

/** What people typed that must never be stored: names, addresses, numbers, including inside the enquiry dialog. */
const PERSONAL = ['Erika', 'Mustermann', 'erika.mustermann@beispiel-kommune.de', 'Jonas', 'Weber', 'jonas.weber@example.org', '0911/12345', '0176-1234567', '+49 (0) 911 123-45', 'DE89 3704 0044 0532 0130 00', 'Ayşe', 'Yılmaz', 'Musterhausen', '91054'];

const answered = ['Was kostet das?', 'Muss ich mich anmelden?', 'Werden Reisekosten erstattet?', 'Bekomme ich eine Teilnahmebescheinigung?', 'Wer darf teilnehmen?', 'Sind die Seminare barrierefrei?', 'Kann ich online teilnehmen?'];
const lookups = ['Online-Seminare im März', 'Was gibt es zu Öffentlichkeitsarbeit?', 'Seminare zu Fördermitteln', 'Welche Seminare gibt es im April?'];
const recommendations = ['Ich bin Netzwerkkoordinatorin, welche Seminare passen zu mir?', 'Welche Fortbildung passt für mich als Projektleitung?'];
// Three things the bot cannot answer, each asked in several wordings, some with personal data in them.
const childCare = ['Gibt es Kinderbetreuung?', 'Gibt es eine Kinderbetreuung während der Seminare?', 'Ich heiße Erika Mustermann, gibt es Kinderbetreuung vor Ort?', 'Kinderbetreuung beim Workshop möglich? Meine Nummer: 0911/12345', 'gibt es kinderbetreuung'];
const dogs = ['Kann ich meinen Hund mitbringen?', 'Darf mein Hund mit ins Seminar? Tel +49 (0) 911 123-45', 'Hund mitbringen erlaubt?'];
const parking = ['Wo kann ich parken?', 'Gibt es Parkplätze am Seminarort?', 'Parkplatz vorhanden? Grüße, Jonas Weber 0176-1234567'];
const oddOnes = ['Mein Name ist Ayşe Yılmaz, überweisen Sie an DE89 3704 0044 0532 0130 00', 'Schreiben Sie an jonas.weber@example.org, PLZ 91054'];

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('a day of traffic, then the report', () => {
  it('shows grouped unanswered questions with suggestions and charts, and keeps no personal data', async () => {
    let clock = START;
    const running = await startApp({}, { now: () => new Date(clock) });
    let turns = 0;
    try {
      const k = running.app.knowledge.current()?.knowledge;
      const seminar = k?.seminars.find((s) => s.places.left > 0 && s.registrationDeadline > '2027-03-01' && s.dates.every((d) => d.start > '2027-03-01'));
      if (!seminar) throw new Error('no open seminar in the shipped catalogue');
      for (let person = 0; person < 40; person++) {
        const chat = conversation(running.url, person % 3 === 0 ? 'msteams' : 'webchat');
        const script = [
          answered[person % answered.length],
          lookups[person % lookups.length],
          childCare[person % childCare.length],
          answered[(person + 3) % answered.length],
          person % 2 === 0 ? dogs[person % dogs.length] : parking[person % parking.length],
          recommendations[person % recommendations.length],
          ...(person % 8 === 0 ? oddOnes : []),
          // Every fifth person starts an enquiry, types name and address, and cancels: none of it may be kept.
          ...(person % 5 === 0 ? [`Anmeldung anfragen: ${seminar.title}`, 'Erika Mustermann', 'erika.mustermann@beispiel-kommune.de', 'Stadt Musterhausen', 'abbrechen'] : []),
          'Danke!',
        ] as string[];
        for (const text of script) {
          await chat.send(text);
          turns++;
          clock += 90_000; // a message every minute and a half, 08:00 to about 16:00
        }
      }
    } finally {
      await running.stop(); // flushes analytics
    }
    expect(turns).toBeGreaterThanOrEqual(300);

    const env = { ...process.env, DATA_DIR: running.config.dataDir, KNOWLEDGE_DIR: join(ROOT, 'knowledge'), AZURE_STORAGE_CONNECTION_STRING: '', LOG_LEVEL: 'silent' };
    const htmlFile = join(running.config.dataDir, 'bericht.html');
    const csvFile = join(running.config.dataDir, 'bericht.csv');
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    await run(tsx, ['scripts/report.ts', '--since', '2027-02-15', '--until', '2027-02-15', '--out', htmlFile], { cwd: ROOT, env });
    await run(tsx, ['scripts/report.ts', '--since', '2027-02-15', '--until', '2027-02-15', '--out', csvFile, '--format', 'csv'], { cwd: ROOT, env });
    const html = readFileSync(htmlFile, 'utf8');
    const csv = readFileSync(csvFile, 'utf8');

    // Every message was counted, on one day.
    expect(html).toContain(`<span class="figure">${turns.toLocaleString('de-DE')}</span> Nachrichten an den Bot an 1 Tagen`);
    // The three unanswered topics are the three biggest groups, each with its wordings and a suggestion.
    const groups = [...html.matchAll(/<h3 id="gruppe-(\d+)">\d+\. „([^“]+)“ <span class="count">– (\d+)-mal/g)].map((m) => ({ label: m[2] ?? '', total: Number(m[3]) }));
    const top3 = groups.slice(0, 3).map((g) => g.label);
    expect(top3.some((l) => /Kinderbetreuung/i.test(l))).toBe(true);
    expect(top3.some((l) => /Hund/.test(l))).toBe(true);
    expect(top3.some((l) => /[Pp]ark/.test(l))).toBe(true);
    expect(groups.find((g) => /Kinderbetreuung/i.test(g.label))?.total).toBe(40);
    expect((html.match(/<pre tabindex="0"/g) ?? []).length).toBe(groups.length);
    expect(html).toMatch(/- id: kinderbetreuung\n {2}question: Gibt es Kinderbetreuung\?/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(csv).toMatch(/\r\nOhne Antwort;gruppe-1;/);

    // No personal data anywhere: stored analytics, report, CSV, the app's log lines.
    const stored = filesUnder(join(running.config.dataDir, 'analytics')).map((f) => readFileSync(f, 'utf8'));
    expect(stored.length).toBeGreaterThan(0);
    const everywhere = { stored: stored.join('\n'), html, csv, logs: running.logs.join('') };
    for (const [where, text] of Object.entries(everywhere)) {
      for (const leak of PERSONAL) expect(text, `${where} contains "${leak}"`).not.toContain(leak);
    }
    // No ids of conversations or people in the stored records.
    expect(everywhere.stored).not.toMatch(/conv-|user-1|conversation|"from"/);
  }, 240_000);

  it('with ANALYTICS=off writes nothing at all', async () => {
    const running = await startApp({ ANALYTICS: 'off' });
    try {
      const chat = conversation(running.url);
      for (const text of ['Gibt es Kinderbetreuung?', 'Was kostet das?', 'Kann ich meinen Hund mitbringen?']) await chat.send(text);
    } finally {
      await running.stop();
    }
    expect(existsSync(join(running.config.dataDir, 'analytics'))).toBe(false);
  });
});
