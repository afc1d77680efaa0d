// npm run eval: prints one table (plain lunr, lunr.de, ours), writes test/eval/eval-report.md with
// every miss, and exits non-zero when our targets are not met.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, failedTargets, renderReport, renderTable } from './evaluate.js';

const result = await evaluate();
console.log(renderTable(result));
const reportPath = join(import.meta.dirname, 'eval-report.md');
writeFileSync(reportPath, renderReport(result));
const failures = failedTargets(result);
console.log(failures.length === 0 ? '\nAll targets met.' : `\nTargets missed: ${failures.join('; ')}`);
console.log(`Report: ${reportPath}`);
process.exitCode = failures.length === 0 ? 0 : 1;
