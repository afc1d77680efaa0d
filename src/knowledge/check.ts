// `npm run knowledge:check [folder]`: validates the knowledge folder and prints every problem as
// file:line:column, exiting 1 when there are errors (warnings alone pass).
import { parseConfig, readEnvironment } from '../config.js';
import { formatProblem, loadKnowledge } from './load.js';

const config = parseConfig(readEnvironment());
const dir = process.argv[2] ?? (config.ok ? config.config.knowledgeDir : 'knowledge');
const result = await loadKnowledge(dir, new Date());
for (const problem of result.problems) console.log(formatProblem(problem));
const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
if (result.knowledge) {
  const k = result.knowledge;
  console.log(`OK: ${k.faq.length} FAQ-Einträge, ${k.seminars.length} Seminare, ${k.roles.length} Rollen, ${k.topics.length} Themen, ${k.synonyms.length} Synonymgruppen, ${k.examples?.length ?? 0} Beispielnachrichten` + (warnings ? ` (${warnings} Warnungen)` : ''));
} else {
  console.log(`${errors} Fehler, ${warnings} Warnungen — bitte korrigieren.`);
}
process.exitCode = errors > 0 ? 1 : 0;
