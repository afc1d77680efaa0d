import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { moduleTexts } from '../../scripts/lib/easy-texts.js';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

async function textsCheck(knowledgeDir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/texts-check.ts', knowledgeDir], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}


describe('npm run texts:check', () => {
  it('finds nothing to mark in the Leichte-Sprache texts of the text modules and knowledge/', async () => {
    const { code, stdout } = await textsCheck('knowledge');
    expect(stdout).toMatch(/^OK: \d+ Texte in Leichter Sprache geprüft/m);
    expect(code).toBe(0);
  });

  it('fails and names the FAQ entry when an easy answer breaks a rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-texts-'));
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    const file = join(dir, 'faq/anmeldung.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Die Kurse kosten nichts.', 'Die Kurse werden z. B. kostenlos angeboten.'));
    const { code, stdout } = await textsCheck(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stdout).toContain('knowledge/faq kosten.answerEasy: abkürzung');
    expect(stdout).toContain('knowledge/faq kosten.answerEasy: passiv');
  });
});

describe('every text has its Leichte-Sprache form', () => {
  it('reads the easy form of every {normal, easy} text and every function with an easy parameter', () => {
    const easy = moduleTexts().easy;
    expect(easy.find((t) => t.where === 'regTexts.pause.easy')?.text).toMatch(/Ich warte/);
    expect(easy.filter((t) => t.where === 'convTexts.lookupIntro').map((t) => t.text)).toEqual(['Ich habe 1 Kurs gefunden:', 'Ich habe 3 Kurse gefunden:']);
  });

  it('no text of the catalogue exists in standard German only', () => {
    const missing = [...new Set(moduleTexts().standardOnly.map((t) => t.where))];
    expect(missing, 'texts without a Leichte-Sprache form').toEqual([]);
  });

  it('reads the form, summary, card and error texts too, not only the chat sentences', () => {
    const where = new Set(moduleTexts().easy.map((t) => t.where));
    for (const entry of ['fieldWords.email.question.easy', 'fieldMessages.emailInvalid.easy', 'formTexts.requiredInput', 'botTexts.seminarList.easy.full', 'regTexts.formTitle', 'accessibilityNeeds.dgs.name.easy']) {
      expect(where, entry).toContain(entry);
    }
  });
});
