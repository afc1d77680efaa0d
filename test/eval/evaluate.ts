// The search evaluation shared by `npm run eval` (run.ts) and the test suite (eval.test.ts): the
// same questions against plain lunr, lunr + lunr.de, and our search, side by side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { lunr } from '../../src/search/german.js';
import { buildSearchIndex, type SearchDecision } from '../../src/search/index.js';

export const REPO = join(import.meta.dirname, '../..');
/** A fixed "today" at which every shipped seminar is still valid knowledge. */
export const EVAL_NOW = new Date('2026-06-01T10:00:00Z');

const questionSchema = z.strictObject({
  q: z.string().min(1),
  expect: z.string().min(1),
  also: z.array(z.string()).default([]),
  category: z.enum(['umgangssprache', 'tippfehler', 'ohne-umlaute', 'komposita', 'gendern', 'englisch', 'kurz', 'lang', 'seminar']),
});
const fileSchema = z.strictObject({ questions: z.array(questionSchema), offTopic: z.array(z.string().min(1)) });
export type EvalQuestion = z.infer<typeof questionSchema>;
export type EvalQuestions = z.infer<typeof fileSchema>;

export function loadQuestions(path = join(import.meta.dirname, 'questions.yaml')): EvalQuestions {
  return fileSchema.parse(parse(readFileSync(path, 'utf8')));
}

export async function loadShippedKnowledge(): Promise<Knowledge> {
  const result = await loadKnowledge(join(REPO, 'knowledge'), EVAL_NOW);
  if (!result.knowledge) throw new Error(`knowledge/ does not load: ${result.problems.length} problems`);
  return result.knowledge;
}

/** A search system under evaluation: ranked ids for a question; throwing counts as an error. */
export interface System {
  name: string;
  rank(text: string): string[];
  /** Our system only: the confidence decision. Baselines "reject" by returning nothing. */
  decide?(text: string): SearchDecision;
}

// ------------------------------------------------------------------ baselines

interface RawDoc {
  ref: string;
  title: string;
  alt: string;
  tags: string;
  body: string;
}

/** The knowledge as plain text fields, the way a straightforward lunr integration would index it. */
export function rawDocuments(knowledge: Knowledge): RawDoc[] {
  const topicName = new Map(knowledge.topics.map((t) => [t.id, t.name]));
  return [
    ...knowledge.faq.map((f) => ({ ref: f.id, title: f.question, alt: f.alternatives.join('\n'), tags: f.tags.join(', '), body: f.answer })),
    ...knowledge.seminars.map((s) => ({
      ref: s.id,
      title: s.title,
      alt: s.summary,
      tags: [...s.topics.map((t) => topicName.get(t) ?? t), s.location?.city ?? ''].join(', '),
      body: s.description,
    })),
  ];
}

const baselineBoosts = { title: 6, alt: 3, tags: 3, body: 1 };

export function lunrBaseline(knowledge: Knowledge, german: boolean): System {
  const docs = rawDocuments(knowledge);
  const index = lunr(function () {
    if (german) this.use((lunr as unknown as { de: lunr.Builder.Plugin }).de);
    this.ref('ref');
    for (const [field, boost] of Object.entries(baselineBoosts)) this.field(field, { boost });
    for (const doc of docs) this.add(doc);
  });
  return {
    name: german ? 'lunr + lunr.de' : 'lunr',
    rank: (text) => index.search(text).map((r) => r.ref),
  };
}

export function ourSystem(knowledge: Knowledge): System {
  const index = buildSearchIndex(knowledge);
  return {
    name: 'Inklusionsprofi',
    rank: (text) => index.search(text, { limit: 10 }).map((h) => h.id),
    decide: (text) => index.decide(text),
  };
}

// ------------------------------------------------------------------ evaluation

export interface Outcome {
  question: EvalQuestion;
  ranked: string[];
  /** 1-based rank of the first acceptable id, 0 when not in the list. */
  rank: number;
  error?: string;
  decision?: SearchDecision;
}

export interface SystemResult {
  name: string;
  outcomes: Outcome[];
  offTopic: Array<{ q: string; rejected: boolean; error?: string; decision?: SearchDecision; ranked: string[] }>;
  top1: number;
  top3: number;
  mrr: number;
  offTopicRejected: number;
  errors: number;
  byCategory: Record<string, number>;
  /** Ours only: shares of in-scope questions by decision. */
  decisions?: { answeredRight: number; answeredWrong: number; didYouMean: number; didYouMeanRight: number; fallback: number };
}

export interface EvalResult {
  questions: number;
  offTopic: number;
  systems: SystemResult[];
}

function ranked(system: System, text: string): { ids: string[]; error?: string } {
  try {
    return { ids: system.rank(text) };
  } catch (error) {
    return { ids: [], error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function evaluateSystem(system: System, questions: EvalQuestions): SystemResult {
  const outcomes: Outcome[] = questions.questions.map((question) => {
    const { ids, error } = ranked(system, question.q);
    const accept = new Set([question.expect, ...question.also]);
    const rank = ids.findIndex((id) => accept.has(id)) + 1;
    return { question, ranked: ids, rank, error, decision: system.decide?.(question.q) };
  });
  const offTopic = questions.offTopic.map((q) => {
    const { ids, error } = ranked(system, q);
    const decision = system.decide?.(q);
    const rejected = decision ? decision.kind === 'fallback' : ids.length === 0;
    return { q, rejected, error, decision, ranked: ids };
  });
  const n = outcomes.length;
  const categories = [...new Set(outcomes.map((o) => o.question.category))];
  const byCategory = Object.fromEntries(
    categories.map((c) => {
      const inCat = outcomes.filter((o) => o.question.category === c);
      return [c, share(inCat.filter((o) => o.rank === 1).length, inCat.length)];
    }),
  );
  const result: SystemResult = {
    name: system.name,
    outcomes,
    offTopic,
    top1: share(outcomes.filter((o) => o.rank === 1).length, n),
    top3: share(outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length, n),
    mrr: share(outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0), n),
    offTopicRejected: share(offTopic.filter((o) => o.rejected).length, offTopic.length),
    errors: outcomes.filter((o) => o.error).length + offTopic.filter((o) => o.error).length,
    byCategory,
  };
  if (system.decide) {
    const accept = (o: Outcome) => new Set([o.question.expect, ...o.question.also]);
    const count = (f: (o: Outcome) => boolean) => share(outcomes.filter(f).length, n);
    result.decisions = {
      answeredRight: count((o) => o.decision?.kind === 'answer' && accept(o).has(o.decision.hit.id)),
      answeredWrong: count((o) => o.decision?.kind === 'answer' && !accept(o).has(o.decision.hit.id)),
      didYouMean: count((o) => o.decision?.kind === 'didYouMean'),
      didYouMeanRight: count((o) => o.decision?.kind === 'didYouMean' && o.decision.choices.some((c) => accept(o).has(c.id))),
      fallback: count((o) => o.decision?.kind === 'fallback'),
    };
  }
  return result;
}

export async function evaluate(questions = loadQuestions()): Promise<EvalResult> {
  const knowledge = await loadShippedKnowledge();
  const systems = [lunrBaseline(knowledge, false), lunrBaseline(knowledge, true), ourSystem(knowledge)];
  return { questions: questions.questions.length, offTopic: questions.offTopic.length, systems: systems.map((s) => evaluateSystem(s, questions)) };
}

// ------------------------------------------------------------------ targets and reports

export const targets = { top1: 0.9, top3: 0.97, offTopicRejected: 0.9, top1LeadOverLunrDe: 0.25 };

/** What fails the targets, in words; empty when all are met. */
export function failedTargets(result: EvalResult): string[] {
  const ours = result.systems.find((s) => s.decisions);
  const lunrDe = result.systems.find((s) => s.name === 'lunr + lunr.de');
  if (!ours || !lunrDe) return ['systems missing'];
  const failures: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  if (ours.top1 < targets.top1) failures.push(`top-1 ${pct(ours.top1)} < ${pct(targets.top1)}`);
  if (ours.top3 < targets.top3) failures.push(`top-3 ${pct(ours.top3)} < ${pct(targets.top3)}`);
  if (ours.offTopicRejected < targets.offTopicRejected) failures.push(`off-topic rejected ${pct(ours.offTopicRejected)} < ${pct(targets.offTopicRejected)}`);
  if (ours.top1 - lunrDe.top1 < targets.top1LeadOverLunrDe) failures.push(`top-1 lead over lunr.de ${pct(ours.top1 - lunrDe.top1)} < ${pct(targets.top1LeadOverLunrDe)}`);
  if (ours.errors > 0) failures.push(`${ours.errors} errors thrown`);
  return failures;
}

const pct = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`);

export function renderTable(result: EvalResult): string {
  const systems = result.systems;
  const row = (label: string, values: string[]) => `| ${label} | ${values.join(' | ')} |`;
  const lines = [
    row(`${result.questions} questions, ${result.offTopic} off-topic`, systems.map((s) => s.name)),
    row('---', systems.map(() => '---:')),
    row('top-1', systems.map((s) => pct(s.top1))),
    row('top-3', systems.map((s) => pct(s.top3))),
    row('MRR', systems.map((s) => s.mrr.toFixed(3))),
    row('off-topic rejected', systems.map((s) => pct(s.offTopicRejected))),
    row('errors thrown', systems.map((s) => String(s.errors))),
    row('decision: answered right', systems.map((s) => pct(s.decisions?.answeredRight))),
    row('decision: answered wrong', systems.map((s) => pct(s.decisions?.answeredWrong))),
    row('decision: did you mean (right one offered)', systems.map((s) => (s.decisions ? `${pct(s.decisions.didYouMean)} (${pct(s.decisions.didYouMeanRight)})` : '–'))),
    row('decision: fallback on an answerable question', systems.map((s) => pct(s.decisions?.fallback))),
  ];
  const categories = Object.keys(systems[0]?.byCategory ?? {}).sort();
  for (const c of categories) {
    const count = systems[0]?.outcomes.filter((o) => o.question.category === c).length ?? 0;
    lines.push(row(`top-1 · ${c} (${count})`, systems.map((s) => pct(s.byCategory[c]))));
  }
  return lines.join('\n');
}

function describe(decision: SearchDecision | undefined): string {
  if (!decision) return '–';
  if (decision.kind === 'answer') return `answer ${decision.hit.id}`;
  if (decision.kind === 'didYouMean') return `did you mean ${decision.choices.map((c) => c.id).join(', ')}`;
  return 'fallback';
}

export function renderReport(result: EvalResult): string {
  const ours = result.systems.find((s) => s.decisions);
  const failures = failedTargets(result);
  const lines = [
    '# Search evaluation',
    '',
    'Generated by `npm run eval` (test/eval/run.ts) from test/eval/questions.yaml. Do not edit.',
    '',
    renderTable(result),
    '',
    failures.length === 0 ? 'All targets met.' : `Targets missed: ${failures.join('; ')}`,
    '',
  ];
  if (ours) {
    const misses = ours.outcomes.filter((o) => o.rank !== 1);
    lines.push(`## Our misses (not first): ${misses.length}`, '');
    for (const o of misses) {
      lines.push(`- "${o.question.q}" (${o.question.category}) expected \`${o.question.expect}\`, rank ${o.rank || '–'}; got ${o.ranked.slice(0, 3).map((id) => `\`${id}\``).join(', ') || 'nothing'}; ${describe(o.decision)}`);
    }
    const wrongDecisions = ours.outcomes.filter((o) => o.rank === 1 && o.decision?.kind !== 'answer');
    lines.push('', `## Ranked first but not answered straight away: ${wrongDecisions.length}`, '');
    for (const o of wrongDecisions) lines.push(`- "${o.question.q}" → ${describe(o.decision)}`);
    const accepted = ours.offTopic.filter((o) => !o.rejected);
    lines.push('', `## Off-topic not rejected: ${accepted.length}`, '');
    for (const o of accepted) lines.push(`- "${o.q}" → ${describe(o.decision)}`);
  }
  return `${lines.join('\n')}\n`;
}
