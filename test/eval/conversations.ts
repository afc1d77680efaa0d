// The follow-up evaluation (part of `npm run eval`): conversations of two or three messages written blind, each last message
// a follow-up typed in reaction to the bot's real reply before it ("und online?", "das zweite bitte", "und für Ehrenamtliche?").
// Only the last message is judged, by the same judge as the single questions. Side by side: the same last message sent alone
// on a fresh conversation — what the conversation before adds (or spoils).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { freshMemory, type Memory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import { buildSearchIndex } from '../../src/search/index.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import type { SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, describeTrace, expectSchema, figuresOf, judge, loadShippedKnowledge, type Figures, type Verdict } from './evaluate.js';

export const CONVERSATIONS_DIR = join(import.meta.dirname, 'conversations');

export const conversationKinds = ['narrow', 'about-shown', 'pick', 'register', 'faq-follow', 'role', 'repair', 'switch'] as const;

const conversationSchema = z.strictObject({
  /** The messages in order; the last is judged. */
  turns: z.array(z.string().min(1).max(2000)).min(2).max(5),
  kind: z.enum(conversationKinds),
  expect: expectSchema,
});
const fileSchema = z.strictObject({ source: z.string().min(1), conversations: z.array(conversationSchema).min(1) });
export type Conversation = z.infer<typeof conversationSchema>;
export type ConversationSplit = 'dev' | 'test';

/** The labelled conversations of a split (conversations/dev/*.yaml or conversations/test/*.yaml), in file order. */
export function loadConversations(split: ConversationSplit, dir = CONVERSATIONS_DIR): Conversation[] {
  const folder = join(dir, split);
  let files: string[];
  try {
    files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => fileSchema.parse(parse(readFileSync(join(folder, f), 'utf8'))).conversations);
}

export interface ConversationOutcome {
  conversation: Conversation;
  /** `question` for figuresOf: what the last message should get. */
  question: { expect: Conversation['expect'] };
  verdict: Verdict;
  did: string;
}

export interface ConversationResult {
  name: string;
  outcomes: ConversationOutcome[];
  figures: Figures;
  byKind: Record<string, Figures>;
}

const registrationStub = { async submit() { return { ok: true as const, reference: 'EVAL' }; } };

/**
 * Plays a conversation and judges its last message. `alone`: the last message only, on a fresh conversation. An enquiry
 * expected for given seminars is right only when the enquiry opened is for one of them.
 */
export async function playConversation(c: Conversation, knowledge: Knowledge, search: SearchIndex, alone = false): Promise<{ verdict: Verdict; did: string }> {
  let memory: Memory = freshMemory();
  const turns = alone ? c.turns.slice(-1) : c.turns;
  try {
    for (const [i, text] of turns.entries()) {
      const result = await respond(memory, { text, cards: true }, { knowledge, search, now: EVAL_NOW, registration: registrationStub as never });
      memory = result.memory;
      if (i < turns.length - 1) continue;
      let verdict = judge({ expect: c.expect }, result.trace);
      const opened = memory.registration?.seminarId;
      if (verdict === 'right' && c.expect.intent === 'registration' && c.expect.ids !== undefined && (opened === undefined || !c.expect.ids.includes(opened))) verdict = 'wrong';
      return { verdict, did: describeTrace(result.trace) + (result.trace.decision === 'registration' && opened ? ` ${opened}` : '') };
    }
  } catch (error) {
    return { verdict: 'wrong', did: `threw ${error instanceof Error ? error.message : String(error)}` };
  }
  return { verdict: 'wrong', did: 'no turn' };
}

function byKind(outcomes: ConversationOutcome[]): Record<string, Figures> {
  const groups = new Map<string, ConversationOutcome[]>();
  for (const o of outcomes) groups.set(o.conversation.kind, [...(groups.get(o.conversation.kind) ?? []), o]);
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, figuresOf(list)]));
}

/** The bot on the whole conversations, and on their last messages alone. */
export async function evaluateConversations(conversations: Conversation[], knowledge?: Knowledge): Promise<ConversationResult[]> {
  const k = knowledge ?? (await loadShippedKnowledge());
  const search = buildSearchIndex(k);
  const results: ConversationResult[] = [];
  for (const [name, alone] of [['Inklusionsprofi', false], ['last message alone', true]] as const) {
    const outcomes: ConversationOutcome[] = [];
    for (const conversation of conversations) outcomes.push({ conversation, question: { expect: conversation.expect }, ...(await playConversation(conversation, k, search, alone)) });
    results.push({ name, outcomes, figures: figuresOf(outcomes), byKind: byKind(outcomes) });
  }
  return results;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** One table of a split's figures, overall and per kind of follow-up (aggregates only). */
export function renderConversationTable(split: ConversationSplit, results: ConversationResult[]): string {
  const first = results[0];
  if (!first) return '';
  const lines = [`| follow-ups ${split}: ${first.outcomes.length} conversations | ${results.map((r) => r.name).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`];
  const row = (label: string, value: (r: ConversationResult) => string) => lines.push(`| ${label} | ${results.map(value).join(' | ')} |`);
  row(`straight right (${first.figures.answerable})`, (r) => pct(r.figures.straightRight));
  row('did you mean, right one offered', (r) => pct(r.figures.didYouMeanRight));
  row('confidently wrong (all)', (r) => pct(r.figures.confidentlyWrong));
  row('fallback on answerable', (r) => pct(r.figures.fallbackOnAnswerable));
  if (first.figures.offTopic > 0) row(`off-topic rejected (${first.figures.offTopic})`, (r) => pct(r.figures.offTopicRejected));
  for (const kind of Object.keys(first.byKind)) {
    const f = first.byKind[kind];
    if (f && f.answerable > 0) row(`kind ${kind} · straight right (${f.answerable})`, (r) => { const g = r.byKind[kind]; return g ? pct(g.straightRight) : '–'; });
  }
  return lines.join('\n');
}

/** Every dev miss of the bot on whole conversations (never called for the test split). */
export function renderConversationMisses(results: ConversationResult[]): string[] {
  const ours = results.find((r) => r.name === 'Inklusionsprofi');
  if (!ours) return [];
  const misses = ours.outcomes.filter((o) => o.verdict !== 'right' && o.verdict !== 'rejected');
  return [`## dev follow-up misses of the Inklusionsprofi: ${misses.length}`, '', ...misses.map((o) => `- ${o.verdict} (${o.conversation.kind}): ${o.conversation.turns.map((t) => `"${t}"`).join(' → ')} expected ${JSON.stringify(o.conversation.expect)}; did ${o.did}`)];
}
