// Turns one conversation turn (the assistant's trace, the message, the channel) into what analytics
// keeps: counters without text always, the scrubbed question only when the bot could not answer.
import type { TurnTrace } from '../assistant/trace.js';
import { berlinDay, type QuestionRecord } from './records.js';
import { scrubPersonalData } from './scrub.js';

export interface TurnFacts {
  /** The assistant's trace; a turn without one counts as 'other'. */
  trace: TurnTrace | undefined;
  /** What the person typed (or the label of the button they clicked). */
  text: string;
  channel: string;
  /** An enquiry was open before or after this turn: nothing typed in the registration dialog is kept. */
  registrationOpen: boolean;
}

export interface TurnEvents {
  question?: QuestionRecord;
  /** Counter keys to add one to, e.g. "faq:kosten", "topic:oeffentlichkeitsarbeit", "channel:msteams". */
  counts: string[];
}

const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'test']);

/** Channel ids come from the activity (untrusted): known ones are kept, anything else is "andere". */
export function channelKey(channelId: string | undefined): string {
  return channelId && KNOWN_CHANNELS.has(channelId) ? channelId : 'andere';
}

export function turnEvents(facts: TurnFacts, now: Date): TurnEvents {
  const trace = facts.trace ?? { decision: 'other', candidates: [] };
  const channel = channelKey(facts.channel);
  const id = trace.answeredId !== undefined && SAFE_ID.test(trace.answeredId) && trace.answeredId.length <= 100 ? trace.answeredId : undefined;
  const counts = ['turns', `channel:${channel}`, `decision:${trace.decision}`];

  switch (trace.decision) {
    case 'faq':
      if (id) counts.push(`faq:${id}`);
      break;
    case 'recommend':
      if (id) counts.push(`role:${id}`);
      break;
    case 'lookup':
      if (id) counts.push(`seminar:${id}`);
      // What the list was made with, from the trace (ids and dates): the message is not read again.
      if (trace.lookup) counts.push(...lookupCounts(trace.lookup));
      break;
    case 'registration':
      // A registration turn that names a seminar is the start of an enquiry for it.
      if (id) counts.push(`enquiry:${id}`);
      break;
    case 'feedback':
      if (id && trace.helpful !== undefined) counts.push(`feedback.${trace.helpful ? 'yes' : 'no'}:${id}`);
      break;
    default:
      break;
  }

  const unanswered = trace.decision === 'fallback' || trace.decision === 'didYouMean' || (trace.decision === 'feedback' && trace.helpful === false);
  if (!unanswered || facts.registrationOpen) return { counts };
  const text = scrubPersonalData(facts.text);
  if (text === '') return { counts };
  const question: QuestionRecord = {
    day: berlinDay(now),
    channel,
    decision: trace.decision as QuestionRecord['decision'],
    text,
    ...(trace.decision === 'feedback' && id ? { answeredId: id } : {}),
    candidates: trace.candidates
      .filter((c) => c.id === undefined || SAFE_ID.test(c.id))
      .slice(0, 3)
      .map((c) => ({ kind: c.kind.slice(0, 40), ...(c.id ? { id: c.id.slice(0, 100) } : {}), score: Math.round(c.score * 1000) / 1000 })),
  };
  return { question, counts };
}

/** What a seminar look-up asked for: topics, formats and the month its period begins. */
function lookupCounts(lookup: NonNullable<TurnTrace['lookup']>): string[] {
  const safe = (ids: string[]) => ids.filter((id) => SAFE_ID.test(id) && id.length <= 100);
  const out = [...safe(lookup.topics).map((t) => `topic:${t}`), ...safe(lookup.formats).map((f) => `format:${f}`)];
  const from = lookup.from === undefined ? undefined : new Date(lookup.from);
  if (from && !Number.isNaN(from.getTime())) out.push(`month:${berlinDay(from).slice(0, 7)}`);
  return out;
}
