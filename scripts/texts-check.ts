// `npm run texts:check`: lints every Leichte-Sprache text the product shows – the easy forms in the
// text catalogue (src/texts/de/) and in knowledge/ – against the rules a program can check
// (scripts/lib/leichte-sprache.ts). Prints each finding with where it is and exits 1 if there is one.
// Also lists texts that have no Leichte-Sprache form (a test keeps that list empty).
//   npm run texts:check                 the project's knowledge/
//   npm run texts:check -- other/dir    another knowledge folder
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.js';
import { knowledgeTexts, moduleTexts, type Text } from './lib/easy-texts.js';
import { endsWithColon, lintEasyText, type Finding } from './lib/leichte-sprache.js';

// Texts named "…Intro" introduce a list that follows in the same reply; their ":" is kept.
const listIntro = /Intro(?:\.easy)?$/;

export interface TextsReport {
  findings: (Finding & { where: string })[];
  checked: number;
  withoutEasyForm: string[];
}

export async function checkTexts(knowledgeDir: string, now = new Date()): Promise<TextsReport> {
  const result = await loadKnowledge(knowledgeDir, now);
  if (!result.knowledge) throw new Error(`${knowledgeDir}: das Wissen lässt sich nicht laden – erst npm run knowledge:check`);
  const modules = moduleTexts();
  const texts: Text[] = [...modules.easy, ...knowledgeTexts(result.knowledge)];
  const dangling = [...texts, ...modules.standardOnly]
    .filter(({ where, text }) => !listIntro.test(where) && endsWithColon(text))
    .map(({ where, text }) => ({ rule: 'doppelpunkt-am-ende' as const, sentence: text, detail: 'hört mit ":" auf, und nichts folgt', where }));
  return {
    findings: [...texts.flatMap(({ where, text }) => lintEasyText(text).map((f) => ({ ...f, where }))), ...dangling],
    checked: texts.length,
    withoutEasyForm: [...new Set(modules.standardOnly.map((t) => t.where))],
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dir = resolve(process.argv[2] ?? 'knowledge');
  const report = await checkTexts(dir);
  for (const f of report.findings) console.log(`${f.where}: ${f.rule}: ${f.detail}\n    ${f.sentence.replace(/\n/g, ' ')}`);
  const byRule = new Map<string, number>();
  for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  if (report.withoutEasyForm.length > 0) {
    console.log(`\n${report.withoutEasyForm.length} Texte ohne Leichte Sprache (noch): ${report.withoutEasyForm.join(', ')}`);
  }
  if (report.findings.length === 0) {
    console.log(`OK: ${report.checked} Texte in Leichter Sprache geprüft, nichts gefunden.`);
  } else {
    console.log(`\n${report.findings.length} Stellen in ${report.checked} Texten: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`);
    process.exitCode = 1;
  }
}
