// How far two labellers agree on the same frozen questions: the ceiling of what the eval can call right.
// Each label is turned into the answers it accepts (as turn traces), and each labeller's best answer is judged
// by the other's label with the eval's own `judge`. Second labellings live in `second/` beside the first
// (test/eval/devblind/second/, test/eval/blind/second/).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../../src/knowledge/schema.js';
import type { TurnTrace } from '../../src/assistant/trace.js';
import { judge, loadQuestionFile, type EvalQuestion } from './evaluate.js';

export interface Agreement {
  name: string;
  questions: number;
  /** Share of questions whose first labeller's best answer the second labeller accepts. */
  firstBestAccepted: number;
  /** The same the other way round. */
  secondBestAccepted: number;
  /** Share of questions with an answer both labellers accept. */
  common: number;
}

const bare = (decision: TurnTrace['decision']): TurnTrace => ({ decision, candidates: [] });
const faqAnswer = (id: string): TurnTrace => ({ decision: 'faq', answeredId: id, answeredIds: [id], candidates: [] });

/** The look-up a label asks for, as the bot would show it: the seminars on its topic (or its ids) with its filters. */
function lookupAnswer(e: EvalQuestion['expect'], knowledge: Knowledge, now: Date): TurnTrace {
  const f = e.filters ?? {};
  const year = f.month !== undefined && f.month < now.getUTCMonth() + 1 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  const month = f.month !== undefined ? { from: new Date(Date.UTC(year, f.month - 1, 1)).toISOString(), to: new Date(Date.UTC(year, f.month, 0)).toISOString() } : {};
  const shown = e.ids ?? knowledge.seminars.filter((s) => (f.topic === undefined || s.topics.includes(f.topic)) && (f.format === undefined || s.format === f.format)).map((s) => s.id);
  return { decision: 'lookup', candidates: [], answeredIds: shown, ...(shown[0] !== undefined ? { answeredId: shown[0] } : {}), lookup: { topics: f.topic ? [f.topic] : [], formats: f.format ? [f.format] : [], cities: f.place ? [f.place] : [], ...month } };
}

/** Every answer a label accepts, its best first. */
export function acceptedAnswers(q: EvalQuestion, knowledge: Knowledge, now: Date): TurnTrace[] {
  const e = q.expect;
  const ids = e.ids ?? [];
  switch (e.intent) {
    case 'faq':
      return [...ids.map(faqAnswer), ...(e.alsoCommand ? [bare('command')] : []), ...(ids.includes('kontakt') ? [bare('contact')] : [])];
    case 'lookup':
      return [lookupAnswer(e, knowledge, now)];
    case 'recommend':
      return (e.role !== undefined ? [e.role] : (e.roles ?? [])).map((role): TurnTrace => ({ decision: 'recommend', answeredId: role, candidates: [] }));
    case 'contact':
      return [bare('contact'), ...ids.map(faqAnswer)];
    case 'fallback':
      return [bare('fallback'), ...ids.map(faqAnswer)];
    case 'command':
    case 'smallTalk':
    case 'registration':
      return [bare(e.intent)];
  }
}

const accepts = (label: EvalQuestion, answer: TurnTrace) => ['right', 'rejected'].includes(judge(label, answer));
/** A part nobody here can answer (or the contact) is matched by the same in the other labelling. */
const open = (entry: string) => entry === 'fallback' || entry === 'contact';

/** Two-part labels: every part of one is met by a part of the other (by its best entry, or by any). */
function partsAgree(a: string[][], b: string[][], bestOnly: boolean): boolean {
  return a.length === b.length && a.every((part) => b.some((other) => (bestOnly ? part.slice(0, 1) : part).some((x) => (open(x) ? other.some(open) : other.includes(x)))));
}

function agrees(first: EvalQuestion, second: EvalQuestion, bestOnly: boolean, knowledge: Knowledge, now: Date): boolean {
  const a = first.expect.all;
  const b = second.expect.all;
  if (a || b) return a !== undefined && b !== undefined && partsAgree(a, b, bestOnly);
  const answers = acceptedAnswers(first, knowledge, now);
  return (bestOnly ? answers.slice(0, 1) : answers).some((answer) => accepts(second, answer));
}

export function agreementOf(name: string, first: EvalQuestion[], second: EvalQuestion[], knowledge: Knowledge, now: Date): Agreement {
  if (first.length !== second.length || first.some((q, i) => q.q !== second[i]?.q)) throw new Error(`${name}: the two labellings do not hold the same questions in the same order`);
  let firstBest = 0;
  let secondBest = 0;
  let common = 0;
  first.forEach((q, i) => {
    const other = second[i] as EvalQuestion;
    firstBest += Number(agrees(q, other, true, knowledge, now));
    secondBest += Number(agrees(other, q, true, knowledge, now));
    common += Number(agrees(q, other, false, knowledge, now) || agrees(other, q, false, knowledge, now));
  });
  const n = first.length;
  return { name, questions: n, firstBestAccepted: firstBest / n, secondBestAccepted: secondBest / n, common: common / n };
}

/** Every set in `dir` that has a second labelling in `dir/second/` (figures only, never a question). */
export function labelAgreement(dir: string, knowledge: Knowledge, now: Date): Agreement[] {
  const second = join(dir, 'second');
  if (!existsSync(second)) return [];
  return readdirSync(second)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => agreementOf(f.replace(/\.yaml$/, ''), loadQuestionFile(join(dir, f)), loadQuestionFile(join(second, f)), knowledge, now));
}

export function renderAgreement(rows: Agreement[]): string {
  const pc = (x: number) => `${(100 * x).toFixed(1)} %`;
  return [
    '| two labellers, same questions | questions | first\'s best answer accepted by second | second\'s by first | an answer both accept |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.questions} | ${pc(r.firstBestAccepted)} | ${pc(r.secondBestAccepted)} | ${pc(r.common)} |`),
  ].join('\n');
}
