import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem, loadKnowledge, quickExamples, quickYaml } from '../../src/knowledge/load.js';

const MINI = join(import.meta.dirname, '../fixtures/kb-mini');
const NOW = new Date('2027-01-15T09:00:00Z');

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the mini knowledge base with one file replaced or edited. */
function variant(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-kb-'));
  copies.push(dir);
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

async function messages(dir: string, now = NOW): Promise<string[]> {
  const result = await loadKnowledge(dir, now);
  return result.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*?(faq|seminars|roles|synonyms)/, '$1') }));
}

describe('loading the knowledge base', () => {
  it('loads a valid folder with its FAQ, seminars, roles, topics and synonyms', async () => {
    const result = await loadKnowledge(MINI, NOW);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.faq.map((f) => f.id)).toEqual(['kosten', 'anmeldepflicht']);
    expect(result.knowledge?.seminars[0]?.cost).toBe('kostenfrei');
    expect(result.knowledge?.roles[0]?.name).toBe('Mitarbeiter*innen Öffentlichkeitsarbeit');
  });

  it('reports a YAML syntax error with file, line and column', async () => {
    const dir = variant('faq/basis.yaml', (t) => t.replace('  tags: [kosten]', '  tags: [kosten'));
    const result = await loadKnowledge(dir, NOW);
    expect(result.knowledge).toBeUndefined();
    const problem = result.problems[0];
    expect(problem?.file).toMatch(/faq\/basis\.yaml$/);
    expect(problem?.line).toBeGreaterThanOrEqual(10);
    expect(problem?.message).toMatch(/^YAML: /);
  });

  it('points a schema error at the line of the bad field', async () => {
    const dir = variant('faq/basis.yaml', (t) => t.replace('  answerEasy: Die Kurse kosten nichts.\n', '').replace('- id: anmeldepflicht', '- id: Anmelde Pflicht'));
    expect(await messages(dir)).toEqual([
      'faq/basis.yaml:2:3: Fehler: [1].answerEasy: Invalid input: expected string, received undefined',
      'faq/basis.yaml:13:7: Fehler: [2].id: id: nur Kleinbuchstaben, Ziffern und Bindestriche (z. B. "kosten-seminare")',
    ]);
  });

  it('needs the question in Leichte Sprache and names the entry without it', async () => {
    const dir = variant('faq/basis.yaml', (t) => t.replace('  questionEasy: Muss ich mich für einen Kurs anmelden?\n', ''));
    expect(await messages(dir)).toEqual(['faq/basis.yaml:14:3: Fehler: [2].questionEasy: Invalid input: expected string, received undefined']);
  });

  it('needs an easy summary for a seminar held in Leichte Sprache, and points at the claim', async () => {
    const dir = variant('seminars/beispiel.yaml', (t) => t.replace('  cost: kostenfrei', '  languageOffers: { leichteSprache: true }\n  cost: kostenfrei'));
    expect(await messages(dir)).toEqual([
      'seminars/beispiel.yaml:15:37: Fehler: [1].languageOffers.leichteSprache: ein Seminar in Leichter Sprache braucht summaryEasy: die Kurzbeschreibung in Leichter Sprache',
    ]);
    const fixed = variant('seminars/beispiel.yaml', (t) =>
      t.replace('  cost: kostenfrei', '  languageOffers: { leichteSprache: true }\n  cost: kostenfrei').replace('  description:', '  summaryEasy: Sie lernen die Arbeit mit der Zeitung.\n  description:'),
    );
    const result = await loadKnowledge(fixed, NOW);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.seminars[0]?.summaryEasy).toBe('Sie lernen die Arbeit mit der Zeitung.');
  });

  it('needs the singular role name that follows "Für Sie als …"', async () => {
    const dir = variant('roles.yaml', (t) => t.replace(/ {4}nameSingular: .*\n/, ''));
    expect(await messages(dir)).toEqual(['roles.yaml:6:5: Fehler: roles[1].nameSingular: Invalid input: expected string, received undefined']);
  });

  it('rejects a role that yields to a role there is not, or to itself', async () => {
    const dir = variant('roles.yaml', (t) => t.replace('    topics: [oeffentlichkeitsarbeit]', '    yieldsTo: [finanzen, oeffentlichkeitsarbeit]\n    topics: [oeffentlichkeitsarbeit]'));
    expect(await messages(dir)).toEqual([
      'roles.yaml:12:16: Fehler: unbekannte Rolle "finanzen" (nicht in roles)',
      'roles.yaml:12:26: Fehler: yieldsTo: eine Rolle verweist auf sich selbst',
    ]);
  });

  it('needs at least three alternative phrasings per question', async () => {
    const dir = variant('faq/basis.yaml', (t) => t.replace('    - Gibt es eine Teilnahmegebühr?\n', ''));
    expect(await messages(dir)).toEqual(['faq/basis.yaml:6:5: Fehler: [1].alternatives: mindestens 3 alternative Formulierungen']);
  });

  it('finds duplicate ids and unknown references across files', async () => {
    const dir = variant('faq/basis.yaml', (t) => t.replace('- id: anmeldepflicht', '- id: kosten').replace('related: [anmeldepflicht]', 'related: [gibt-es-nicht]'));
    expect(await messages(dir)).toEqual([
      'faq/basis.yaml:12:13: Fehler: related: unbekannte FAQ-id "gibt-es-nicht"',
      expect.stringMatching(/^faq\/basis\.yaml:14:7: Fehler: doppelte FAQ-id "kosten" \(schon in .*:2\)$/),
      'faq/basis.yaml:23:13: Fehler: related: ein Eintrag verweist auf sich selbst',
    ]);
  });

  it('rejects unknown roles and topics, end before start, and a deadline after the start', async () => {
    const dir = variant('seminars/beispiel.yaml', (t) =>
      t
        .replace('topics: [oeffentlichkeitsarbeit]', 'topics: [astrologie]')
        .replace('targetRoles: [oeffentlichkeitsarbeit]', 'targetRoles: [hausmeister]')
        .replace('end: "2027-03-09T16:00"', 'end: "2027-03-09T09:00"')
        .replace('registrationDeadline: "2027-02-23"', 'registrationDeadline: "2027-03-10"'),
    );
    expect(await messages(dir)).toEqual([
      'seminars/beispiel.yaml:6:12: Fehler: unbekanntes Thema "astrologie" (nicht in roles.yaml → topics)',
      'seminars/beispiel.yaml:7:17: Fehler: unbekannte Rolle "hausmeister" (nicht in roles.yaml → roles)',
      'seminars/beispiel.yaml:11:41: Fehler: Ende (2027-03-09T09:00) liegt nicht nach dem Beginn (2027-03-09T10:00)',
      'seminars/beispiel.yaml:14:25: Fehler: Anmeldeschluss (2027-03-10) liegt nach dem Seminarbeginn (2027-03-09)',
    ]);
  });

  it('warns about past seminars but still loads', async () => {
    const result = await loadKnowledge(MINI, new Date('2027-06-01T00:00:00Z'));
    expect(result.knowledge).toBeDefined();
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/seminars\/beispiel\.yaml:11:5: Warnung: Seminar "pressearbeit-grundlagen" liegt in der Vergangenheit/)]);
  });

  it('reports a missing file and a file that is not a list', async () => {
    const dir = variant('synonyms.yaml', () => 'einfach: ein Text\n');
    expect(await messages(dir)).toEqual(['synonyms.yaml:1:1: Fehler: Invalid input: expected array, received object']);
  });

  it('survives hostile YAML: alias bombs, binary junk, empty files', async () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    for (const content of [bomb, '\u0000\u0001\uFFFF::: -', '']) {
      const dir = variant('faq/basis.yaml', () => content);
      const result = await loadKnowledge(dir, NOW);
      expect(result.knowledge).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]?.file).toMatch(/faq\/basis\.yaml$/);
    }
  });
});

/** A copy of the mini knowledge base with knowledge/beispiele.yaml written. */
function withExamples(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-kb-'));
  copies.push(dir);
  cpSync(MINI, dir, { recursive: true });
  writeFileSync(join(dir, 'beispiele.yaml'), text);
  return dir;
}

describe('the quicker YAML reader (js-yaml) a file is read with first', () => {
  const shipped = join(import.meta.dirname, '../../knowledge');
  it('reads every shipped knowledge file as the YAML parser reads it', () => {
    const files = ['roles.yaml', 'synonyms.yaml', ...['faq', 'seminars'].flatMap((dir) => readdirSync(join(shipped, dir)).map((f) => `${dir}/${f}`))];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const source = readFileSync(join(shipped, file), 'utf8');
      expect(quickYaml(source), file).toEqual(parse(source));
    }
  });

  it('reads scalars as YAML 1.2 does (dates stay text, "yes" stays text) and leaves to the YAML parser what it reads otherwise', () => {
    for (const source of ['d: 2027-03-15\ny: yes\nt: True\nn: 0o17\nh: 0x1F\nu: 1_000\ne: ~\nf:', 'l: |\n  x\n  y\n\nm: >-\n  p\n  q\n', 's: Koordinator*innen & Co', 'x: !!str 5']) expect(quickYaml(source), source).toEqual(parse(source));
    // Aliases (the YAML parser expands at most 50), duplicate keys, several documents, unknown tags, complex keys, nothing.
    for (const source of ['a: &x 1\nb: *x', 'a: 1\na: 2', 'a: 1\n---\nb: 2', 'x: !custom 5', '? [a]\n: 1', '', '# nur ein Kommentar']) expect(quickYaml(source), source).toBeUndefined();
  });
});

describe('the example messages (beispiele.yaml)', () => {
  it('are optional: without the file the knowledge loads with none', async () => {
    const result = await loadKnowledge(MINI, NOW);
    expect(result.knowledge?.examples).toBeUndefined();
  });

  it('load as texts with the labels of their answers', async () => {
    const result = await loadKnowledge(withExamples('- [kosten, "Muss ich was zahlen?"]\n- [kosten anmeldepflicht, "Kostet das, und muss ich mich anmelden?"]\n- [keine-antwort, "Wie wird das Wetter?"]\n'), NOW);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.examples).toEqual([
      { text: 'Muss ich was zahlen?', labels: ['kosten'] },
      { text: 'Kostet das, und muss ich mich anmelden?', labels: ['kosten', 'anmeldepflicht'] },
      { text: 'Wie wird das Wetter?', labels: ['keine-antwort'] },
    ]);
  });

  it('read the same in the form `npm run examples` writes and written by hand in any YAML form', async () => {
    const generated = await loadKnowledge(withExamples('# erzeugt\n- [kosten, "Muss ich \\"was\\" zahlen?\\u00e4"]\n- [keine-antwort, "Wetter?"]\n'), NOW);
    const byHand = await loadKnowledge(withExamples("- - kosten\n  - 'Muss ich \"was\" zahlen?ä'\n- [keine-antwort, Wetter?]\n"), NOW);
    expect(generated.problems).toEqual([]);
    expect(generated.knowledge?.examples).toEqual([
      { text: 'Muss ich "was" zahlen?ä', labels: ['kosten'] },
      { text: 'Wetter?', labels: ['keine-antwort'] },
    ]);
    expect(byHand.knowledge?.examples).toEqual(generated.knowledge?.examples);
    // A label YAML reads as no string (a number) is refused as YAML refuses it, though its line looks generated.
    const numeric = await loadKnowledge(withExamples('- [2027, "Wann?"]\n'), NOW);
    expect(numeric.knowledge).toBeUndefined();
    expect(numeric.problems[0]?.message).toMatch(/expected string/);
  });

  it('are read line by line in the shipped files, as the YAML parser reads them (else each start parses ~1 MB of YAML)', () => {
    for (const name of ['beispiele.yaml', 'beispiele-geschrieben.yaml']) {
      const source = readFileSync(join(import.meta.dirname, '../../knowledge', name), 'utf8');
      const quick = quickExamples(source);
      expect(quick?.items.length, name).toBeGreaterThan(1000);
      expect(quick?.items, name).toEqual(parse(source));
    }
    // A role's or topic's label has a colon inside; a colon YAML reads as a mapping's is left to the YAML parser.
    for (const line of ['- [empfehlung rolle:verwaltung, "Ich bin im Bürgeramt"]', '- [rolle :verwaltung, "x"]']) expect(quickExamples(line)?.items, line).toEqual(parse(line));
    for (const line of ['- [rolle:, "x"]', '- [rolle: verwaltung, "x"]', '- [rolle:verwaltung:, "x"]']) expect(quickExamples(line), line).toBeUndefined();
  });

  it('come also from beispiele-geschrieben.yaml, each marked as written to teach wordings (either file alone is enough)', async () => {
    const both = withExamples('- [kosten, "Muss ich was zahlen?"]\n');
    writeFileSync(join(both, 'beispiele-geschrieben.yaml'), '# geschrieben\n- [kosten, "Fällt eine Gebühr an?"]\n- [keine-antwort, "Wann fährt der Bus?"]\n');
    const result = await loadKnowledge(both, NOW);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.examples).toEqual([
      { text: 'Muss ich was zahlen?', labels: ['kosten'] },
      { text: 'Fällt eine Gebühr an?', labels: ['kosten'], written: true },
      { text: 'Wann fährt der Bus?', labels: ['keine-antwort'], written: true },
    ]);
    rmSync(join(both, 'beispiele.yaml'));
    expect((await loadKnowledge(both, NOW)).knowledge?.examples).toHaveLength(2);
    // Its problems name it, as those of beispiele.yaml name that file.
    writeFileSync(join(both, 'beispiele-geschrieben.yaml'), '- [kosten, "Gebühr?"]\n- [reisekosten, "Wer zahlt die Fahrt?"]\n');
    expect(await messages(both)).toEqual([expect.stringMatching(/beispiele-geschrieben\.yaml:2:4: Warnung: unbekannte Antwort/)]);
    writeFileSync(join(both, 'beispiele-geschrieben.yaml'), '- [Kosten!, "Gebühr?"]\n');
    expect(await messages(both)).toEqual([expect.stringMatching(/beispiele-geschrieben\.yaml:1:\d+: Fehler: /)]);
  });

  it('leave out an example whose FAQ id is gone, with a warning on its line, and still load', async () => {
    const dir = withExamples('- [kosten, "Muss ich was zahlen?"]\n- [reisekosten, "Wer zahlt die Fahrt?"]\n');
    const result = await loadKnowledge(dir, NOW);
    expect(result.knowledge?.examples).toEqual([{ text: 'Muss ich was zahlen?', labels: ['kosten'] }]);
    expect(await messages(dir)).toEqual([expect.stringMatching(/beispiele\.yaml:2:4: Warnung: unbekannte Antwort "reisekosten"/)]);
  });

  it('take a look-up\'s topic as thema:<id> of roles.yaml, and leave out one with a topic it does not have', async () => {
    const dir = withExamples('- [seminarsuche thema:oeffentlichkeitsarbeit, "Unsere Pressemitteilungen liest keiner"]\n- [seminarsuche thema:kochen, "Kochkurs?"]\n');
    const result = await loadKnowledge(dir, NOW);
    expect(result.knowledge?.examples).toEqual([{ text: 'Unsere Pressemitteilungen liest keiner', labels: ['seminarsuche', 'thema:oeffentlichkeitsarbeit'] }]);
    expect(await messages(dir)).toEqual([expect.stringMatching(/beispiele\.yaml:2:4: Warnung: unbekannte Antwort "thema:kochen" \(keine FAQ-id/)]);
  });

  it('take the role a message asking what fits names as rolle:<id> of roles.yaml, and leave out one with a role it does not have', async () => {
    const dir = withExamples('- [empfehlung rolle:oeffentlichkeitsarbeit, "Ich mache die Pressearbeit, was passt?"]\n- [empfehlung rolle:hausmeisterei, "Hausmeister?"]\n');
    const result = await loadKnowledge(dir, NOW);
    expect(result.knowledge?.examples).toEqual([{ text: 'Ich mache die Pressearbeit, was passt?', labels: ['empfehlung', 'rolle:oeffentlichkeitsarbeit'] }]);
    expect(await messages(dir)).toEqual([expect.stringMatching(/beispiele\.yaml:2:4: Warnung: unbekannte Antwort "rolle:hausmeisterei" \(keine FAQ-id/)]);
  });

  it('refuse labels that are no ids, empty or too long messages, and anything that is not a list of pairs', async () => {
    const dir = withExamples(`- [Kosten!, "Muss ich was zahlen?"]\n- [kosten, ""]\n- [kosten, "${'x'.repeat(2001)}"]\n- [kosten]\n- hallo\n`);
    const result = await loadKnowledge(dir, NOW);
    expect(result.knowledge).toBeUndefined();
    const found = await messages(dir);
    expect(found).toHaveLength(5);
    expect(found.every((m) => /beispiele\.yaml:\d+:\d+: Fehler: /.test(m))).toBe(true);
  });

  it('survive hostile YAML the same way as the other files', async () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    for (const text of [bomb, '\u0000\u0001\u0002', '']) {
      const result = await loadKnowledge(withExamples(text), NOW);
      expect(result.knowledge).toBeUndefined();
      expect(result.problems.some((p) => p.file.endsWith('beispiele.yaml') && p.severity === 'error')).toBe(true);
    }
  });
});

describe('npm run knowledge:check', () => {
  const run = promisify(execFile);
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const check = join(process.cwd(), 'src/knowledge/check.ts');

  it('passes the shipped knowledge base', async () => {
    const { stdout } = await run(tsx, [check, 'knowledge']);
    expect(stdout).toMatch(/^OK: \d+ FAQ-Einträge, \d+ Seminare/m);
  });

  it('prints every problem as file:line:column and exits 1', async () => {
    const dir = variant('seminars/beispiel.yaml', (t) => t.replace('topics: [oeffentlichkeitsarbeit]', 'topics: [astrologie]').replace('level: einstieg', 'level: profi'));
    const failure = await run(tsx, [check, dir]).then(() => undefined, (e: { code: number; stdout: string }) => e);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toMatch(/beispiel\.yaml:8:10: Fehler: \[1\]\.level: /);
    expect(failure?.stdout).toMatch(/1 Fehler|2 Fehler/);
  });
});
