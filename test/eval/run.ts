// npm run eval: prints the dev table (and, when test/eval/blind/*.yaml exist and `--dev` is not
// given, the test table with aggregate figures only), writes test/eval/eval-report.md with every dev miss, and exits non-zero
// when the targets are missed on test (or on dev while there is no test split yet).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelAgreement, renderAgreement } from './agreement.js';
import { BLIND_DIR, DEV_BLIND_DIR, EVAL_NOW, evaluate, failedTargets, loadShippedKnowledge, renderDevReport, renderTable } from './evaluate.js';
import { evaluateConversations, loadConversations, renderConversationMisses, renderConversationTable } from './conversations.js';

// `npm run eval -- --dev`: the dev split only (the test split is neither run nor printed).
const { dev, test } = await evaluate({ devOnly: process.argv.includes('--dev') });
console.log(renderTable(dev));
if (test) console.log(`\n${renderTable(test)}`);
// How far two labellers of the same questions agree: the most any system can be judged right on them.
const knowledge = await loadShippedKnowledge();
const agreement = [...labelAgreement(DEV_BLIND_DIR, knowledge, EVAL_NOW), ...(test ? labelAgreement(BLIND_DIR, knowledge, EVAL_NOW).map((a) => ({ ...a, name: `${a.name} (test)` })) : [])];
if (agreement.length > 0) console.log(`\nLabel agreement (sets labelled twice, each labeller blind to the other's labels):\n${renderAgreement(agreement)}`);
// Follow-ups: conversations whose last message reacts to the bot's reply before it (no target yet; figures only).
const devConversations = await evaluateConversations(loadConversations('dev'), knowledge);
const testConversations = process.argv.includes('--dev') ? [] : await evaluateConversations(loadConversations('test'), knowledge);
for (const [split, results] of [['dev', devConversations], ['test', testConversations]] as const) {
  if ((results[0]?.outcomes.length ?? 0) > 0) console.log(`\n${renderConversationTable(split, results)}`);
}
const reportPath = join(import.meta.dirname, 'eval-report.md');
writeFileSync(reportPath, `${renderDevReport(dev, test)}\n${renderConversationMisses(devConversations).join('\n')}\n`);
const judged = test ?? dev;
const failures = failedTargets(judged);
const what = test ? 'targets (straight right ≥ 90 %, confidently wrong ≤ 3 %, off-topic rejected ≥ 95 %)' : 'dev floor (the targets apply to the test split)';
console.log(failures.length === 0 ? `\n${judged.split}: ${what} met.` : `\n${judged.split}: ${what} missed: ${failures.join('; ')}`);
console.log(`Dev misses: ${reportPath}`);
process.exitCode = failures.length === 0 ? 0 : 1;
