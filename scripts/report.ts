// npm run report -- --since 2027-03-01 [--until 2027-03-31] [--out report.html] [--format html|csv]
// Writes the education team's report from the analytics store configured like the bot (DATA_DIR or Azure).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyticsStore } from '../src/analytics/index.js';
import { berlinDay, dayMinus, daySchema } from '../src/analytics/records.js';
import { buildReport, renderReport } from '../src/analytics/report/index.js';
import { parseConfig, readEnvironment } from '../src/config.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/load.js';
import { buildSearchIndex } from '../src/search/index.js';

const USAGE = 'Aufruf: npm run report -- --since JJJJ-MM-TT [--until JJJJ-MM-TT] [--out bericht.html] [--format html|csv]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { since: { type: 'string' }, until: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const today = berlinDay(new Date());
  const since = args.since ?? dayMinus(today, 30);
  const until = args.until ?? today;
  const format = args.format ?? (args.out?.endsWith('.csv') ? 'csv' : 'html');
  for (const [name, value] of [['--since', since], ['--until', until]] as const) {
    if (!daySchema.safeParse(value).success || Number.isNaN(Date.parse(value))) {
      process.stderr.write(`${name} muss ein Datum wie 2027-03-01 sein (bekommen: "${value}").\n${USAGE}\n`);
      return 2;
    }
  }
  if (format !== 'html' && format !== 'csv') {
    process.stderr.write(`--format muss html oder csv sein (bekommen: "${format}").\n${USAGE}\n`);
    return 2;
  }
  const parsed = parseConfig(readEnvironment(), process.cwd(), 'tool');
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 1;
  }
  const config = parsed.config;
  const loaded = await loadKnowledge(config.knowledgeDir, new Date());
  if (!loaded.knowledge) {
    process.stderr.write(`Das Wissen in ${config.knowledgeDir} hat Fehler:\n${loaded.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  const store = analyticsStore(config);
  const model = await buildReport({ store, knowledge: loaded.knowledge, search: buildSearchIndex(loaded.knowledge), knowledgeDir: config.knowledgeDir, since, until });
  const output = renderReport(model, format);
  if (args.out) {
    await writeFile(args.out, output, 'utf8');
    process.stderr.write(`Bericht (${format}) für ${since} bis ${until} aus ${store.location}: ${args.out} – ${model.totals.turns} Nachrichten, ${model.clusters.length} Gruppen unbeantworteter Fragen.\n`);
  } else process.stdout.write(output);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Bericht fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
