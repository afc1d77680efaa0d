// The education team's report from a fixture log: grouped unanswered questions with paste-ready
// suggestions, "nein" rates, seminars and topics, weekly trend — and no personal data anywhere.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAnalyticsStore } from '../../src/analytics/store.js';
import { buildReport, renderReport, type ReportModel } from '../../src/analytics/report/index.js';
import { csvCell } from '../../src/analytics/report/csv.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex } from '../../src/search/index.js';
import { PERSONAL_DATA, writeFixtureLog } from './fixtures/log.js';

const KNOWLEDGE_DIR = join(import.meta.dirname, '../../knowledge');
let dir: string;
let knowledge: Knowledge;
let model: ReportModel;
let html: string;
let csv: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ip-report-'));
  const loaded = await loadKnowledge(KNOWLEDGE_DIR, new Date('2027-01-10T09:00:00Z'));
  if (!loaded.knowledge) throw new Error('knowledge does not load');
  knowledge = loaded.knowledge;
  const store = new FileAnalyticsStore(dir);
  await writeFixtureLog(store, '2027-02-01');
  model = await buildReport({ store, knowledge, search: buildSearchIndex(knowledge), knowledgeDir: KNOWLEDGE_DIR, since: '2027-02-01', until: '2027-02-28' });
  html = renderReport(model, 'html');
  csv = renderReport(model, 'csv');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the report', () => {
  it('groups differently worded questions about the same thing, biggest group first', () => {
    const groups = model.clusters.map((c) => ({ label: c.label, total: c.total, wordings: c.wordings.length }));
    expect(groups[0]).toEqual({ label: 'Gibt es Kinderbetreuung?', total: 7, wordings: 4 });
    expect(groups[1]).toMatchObject({ label: 'Zahlt ihr die Fahrtkosten?', total: 5 });
    expect(groups[2]).toMatchObject({ label: 'Kann ich meinen Hund mitbringen?', total: 3 });
  });

  it('suggests the travel-cost wordings as alternatives of the FAQ "reisekosten", as YAML that parses', () => {
    const s = model.clusters[1]?.suggestion;
    expect(s).toMatchObject({ kind: 'alternative', faqId: 'reisekosten', file: expect.stringMatching(/knowledge\/faq\/\w+\.yaml$/) });
    const items = parse(s?.yaml.replace(/^#.*\n/gm, '').replace(/^ {4}/gm, '') ?? '') as string[];
    expect(items).toEqual(expect.arrayContaining(['Zahlt ihr die Fahrtkosten?', 'Wer zahlt mir die Fahrtkosten zum Seminar?', 'Fahrtkosten Erstattung wie?']));
    // The file named really holds that entry.
    const file = readFileSync(join(KNOWLEDGE_DIR, '..', s?.kind === 'alternative' ? s.file : ''), 'utf8');
    expect(file).toContain('id: reisekosten');
  });

  it('starts a new FAQ entry for child care, which no FAQ covers, with the wordings cleaned of placeholders', () => {
    const s = model.clusters[0]?.suggestion;
    expect(s?.kind).toBe('new');
    const [entry] = parse(s?.yaml ?? '') as Array<Record<string, unknown>>;
    expect(entry).toMatchObject({ id: 'kinderbetreuung', question: 'Gibt es Kinderbetreuung?' });
    expect(entry?.alternatives).toEqual(['Gibt es eine Kinderbetreuung während der Seminare?', 'gibt es Kinderbetreuung vor Ort?', 'Kinderbetreuung beim Workshop möglich?']);
    expect(knowledge.faq.some((f) => f.id === 'kinderbetreuung')).toBe(false);
  });

  it('shows the "nein" rate per FAQ, worst first', () => {
    expect(model.feedback.map((r) => [r.key, r.yes, r.no])).toEqual([
      ['anmeldepflicht', 1, 3],
      ['kosten', 7, 1],
    ]);
    expect(html).toContain('75 %');
  });

  it('counts topics, formats, months, roles and channels, and the trend per calendar week', () => {
    expect(model.topics[0]).toMatchObject({ key: 'oeffentlichkeitsarbeit', count: 4 });
    expect(model.formats).toEqual([{ key: 'online', label: 'Online', count: 4 }]);
    expect(model.months).toEqual([{ key: '2027-03', label: 'März 2027', count: 4 }]);
    expect(model.roles[0]).toMatchObject({ key: 'netzwerkkoordination', count: 3 });
    expect(model.weeks.map((w) => w.week)).toEqual(['2027-W05', '2027-W06', '2027-W07']);
    expect(model.weeks.reduce((n, w) => n + w.turns, 0)).toBe(model.totals.turns);
  });

  it('is one German page with inline SVG charts and nothing loaded from elsewhere', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/<script|<link |<img |<iframe|@import|url\((?!#)|src=|href="(?!#)/i);
    // The ids inside the charts are unique on the page.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contains no personal data from the fixture: not in the stored log, the HTML or the CSV', () => {
    const stored = filesUnder(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const leak of PERSONAL_DATA) {
      expect(stored, `log contains ${leak}`).not.toContain(leak);
      expect(html, `HTML contains ${leak}`).not.toContain(leak);
      expect(csv, `CSV contains ${leak}`).not.toContain(leak);
    }
  });

  it('gives a CSV for spreadsheets: one header, one row per figure, formulas defused', () => {
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Bereich;Schlüssel;Bezeichnung;Anzahl;Ja;Nein;Nein-Quote;Vorschlag;Formulierungen');
    expect(lines).toContainEqual(expect.stringMatching(/^Ohne Antwort;gruppe-2;Zahlt ihr die Fahrtkosten\?;5;;;;Alternative zu FAQ reisekosten;/));
    expect(lines).toContainEqual('Nein-Quote;anmeldepflicht;Muss ich mich für ein Seminar anmelden?;4;1;3;75;;');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('says so when a period has no data, instead of failing', async () => {
    const empty = await buildReport({ store: new FileAnalyticsStore(dir), knowledge, search: buildSearchIndex(knowledge), knowledgeDir: KNOWLEDGE_DIR, since: '2030-01-01', until: '2030-01-31' });
    const page = renderReport(empty, 'html');
    expect(empty.totals.turns).toBe(0);
    expect(page).toContain('Im Zeitraum gab es keine unbeantworteten Fragen.');
  });
});
