// The brain: (memory, message, knowledge, now) → new memory + reply models. Pure apart from the
// registration port it is given; knows nothing of Bot Framework.
import type { Knowledge } from '../knowledge/schema.js';
import type { SearchIndex } from '../search/index.js';
import { commandIn, pickFrom } from './commands.js';
import { freshMemory, parseIntent, type Memory } from './memory.js';
import type { Choice, Intent, Reply } from './reply.js';
import { say, texts } from './texts.js';

export interface AssistantDeps {
  knowledge: Knowledge;
  search: SearchIndex;
  now: Date;
}

export interface TurnInput {
  /** What the person typed (mentions already removed), or the label of the button they clicked. */
  text: string;
  /** Button data (Action.Submit / messageBack value), untrusted. */
  value?: unknown;
}

export interface TurnResult {
  memory: Memory;
  replies: Reply[];
}

const MAX_TEXT = 2000;

/** The greeting with the main actions, in the conversation's language. */
export function welcome(memory: Memory): Reply[] {
  return [{ kind: 'text', text: say(texts.welcome, memory.easy), choices: mainChoices(memory.easy) }];
}

export async function respond(memory: Memory, input: TurnInput, deps: AssistantDeps): Promise<TurnResult> {
  const text = input.text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const intent = parseIntent(input.value) ?? commandIn(text) ?? pickFrom(text, memory.offered)?.intent;
  const state: Memory = { ...memory, offered: [] };
  if (intent) return handleIntent(state, intent, deps);
  if (text === '') return done(state, [{ kind: 'text', text: say(texts.empty, state.easy), choices: mainChoices(state.easy) }]);
  return answerQuestion(state, text, deps);
}

function handleIntent(memory: Memory, intent: Intent, deps: AssistantDeps): TurnResult {
  switch (intent.action) {
    case 'help':
      return done(memory, [{ kind: 'text', text: say(texts.help, memory.easy), choices: mainChoices(memory.easy) }]);
    case 'restart': {
      const fresh = { ...freshMemory(), easy: memory.easy };
      return done(fresh, [{ kind: 'text', text: say(texts.restarted, fresh.easy) }, ...welcome(fresh)]);
    }
    case 'easy': {
      const next = { ...memory, easy: intent.on };
      return done(next, [{ kind: 'text', text: intent.on ? texts.easySwitchedOn : texts.easySwitchedOff, choices: mainChoices(next.easy) }]);
    }
    case 'faq':
      return answerFaq(memory, intent.id, deps);
    case 'say':
      return answerQuestion(memory, intent.text.slice(0, MAX_TEXT), deps);
    default:
      return answerQuestion(memory, '', deps);
  }
}

function answerQuestion(memory: Memory, text: string, deps: AssistantDeps): TurnResult {
  const decision = deps.search.decide(text, { kinds: ['faq'] });
  if (decision.kind === 'answer') return answerFaq(memory, decision.hit.id, deps);
  if (decision.kind === 'didYouMean') {
    const choices = decision.choices
      .map((hit) => deps.knowledge.faq.find((f) => f.id === hit.id))
      .filter((f) => f !== undefined)
      .slice(0, 3)
      .map((f): Choice => ({ label: f.question, intent: { action: 'faq', id: f.id } }));
    if (choices.length > 0) return done(memory, [{ kind: 'choice', text: say(texts.didYouMean, memory.easy), choices }]);
  }
  return done(memory, [{ kind: 'text', text: say(texts.fallback, memory.easy), choices: mainChoices(memory.easy) }]);
}

function answerFaq(memory: Memory, id: string, deps: AssistantDeps): TurnResult {
  const entry = deps.knowledge.faq.find((f) => f.id === id);
  if (!entry) return done(memory, [{ kind: 'text', text: say(texts.fallback, memory.easy), choices: mainChoices(memory.easy) }]);
  const choices = entry.related
    .map((rel) => deps.knowledge.faq.find((f) => f.id === rel))
    .filter((f) => f !== undefined)
    .slice(0, 3)
    .map((f): Choice => ({ label: f.question, intent: { action: 'faq', id: f.id } }));
  return done(memory, [{ kind: 'faq', faqId: entry.id, question: entry.question, answer: memory.easy ? entry.answerEasy : entry.answer, choices }]);
}

export function mainChoices(easy: boolean): Choice[] {
  return [
    { label: say(texts.menu.recommend, easy), intent: { action: 'recommend' } },
    { label: say(texts.menu.cost, easy), intent: { action: 'say', text: 'Was kostet das?' } },
    { label: say(texts.menu.register, easy), intent: { action: 'say', text: 'Anmeldung anfragen' } },
    easy ? { label: texts.menu.easyOff, intent: { action: 'easy', on: false } } : { label: texts.menu.easyOn, intent: { action: 'easy', on: true } },
    { label: say(texts.menu.help, easy), intent: { action: 'help' } },
  ];
}

/** Remembers the choices offered in this turn's replies, so a typed "2" or label picks one next turn. */
function done(memory: Memory, replies: Reply[]): TurnResult {
  const offered = replies.flatMap((r) => ('choices' in r && r.choices ? r.choices : r.kind === 'summary' ? r.summary.choices : []));
  return { memory: { ...memory, offered: offered.slice(0, 50) }, replies };
}
