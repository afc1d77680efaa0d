// What the assistant remembers within one conversation. It is stored by the bot layer (Bot
// Framework state) and comes back untrusted, so it is re-validated on every turn.
import { z } from 'zod';
import { registrationSchema } from './registrationState.js';

const intentSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('faq'), id: z.string().max(100) }),
  z.object({ action: z.literal('seminar'), id: z.string().max(100) }),
  z.object({ action: z.literal('similar'), id: z.string().max(100) }),
  z.object({ action: z.literal('register'), id: z.string().max(100), waitingList: z.boolean().optional() }),
  z.object({ action: z.literal('role'), id: z.string().max(100) }),
  z.object({ action: z.literal('more') }),
  z.object({ action: z.literal('recommend') }),
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('restart') }),
  z.object({ action: z.literal('easy'), on: z.boolean() }),
  z.object({ action: z.literal('form'), step: z.enum(['submit', 'cancel', 'confirm', 'edit']) }),
  z.object({ action: z.literal('say'), text: z.string().max(2000) }),
]);

/** Parses button data (Action.Submit value) into an intent; anything else is ignored. */
export function parseIntent(value: unknown): z.infer<typeof intentSchema> | undefined {
  const result = intentSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

const offeredSchema = z.object({ label: z.string(), intent: intentSchema });

const listSchema = z.object({
  /** Seminar ids in ranked order, and how many are shown so far. */
  ids: z.array(z.string()).max(500),
  shown: z.number().int().min(0),
  reasons: z.record(z.string(), z.string()).default({}),
  intro: z.string().max(500).default(''),
  /** For full seminars: the id of the next run or a similar seminar. */
  alternatives: z.record(z.string(), z.string()).default({}),
});

/** The filters of the last seminar look-up, so "und online?" can narrow it. No free text is kept. */
const lookupSchema = z.object({
  topics: z.array(z.string().max(100)).max(20).default([]),
  formats: z.array(z.enum(['praesenz', 'online', 'hybrid'])).max(3).default([]),
  cities: z.array(z.string().max(100)).max(20).default([]),
  regions: z.array(z.string().max(100)).max(20).default([]),
  accessibility: z.array(z.enum(['leichteSprache', 'dgs', 'schriftdolmetschung', 'stepFree'])).max(4).default([]),
  level: z.enum(['einstieg', 'vertiefung']).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
});
export type LastLookup = z.infer<typeof lookupSchema>;

export const memorySchema = z.object({
  roleId: z.string().optional(),
  easy: z.boolean().default(false),
  offered: z.array(offeredSchema).max(50).default([]),
  /** What the last question was waiting for, to understand a short typed answer. */
  awaiting: z.enum(['role', 'seminarForRegistration']).optional(),
  /** Misunderstood answers in a row while a question is open. */
  misses: z.number().int().min(0).default(0),
  list: listSchema.optional(),
  lastLookup: lookupSchema.optional(),
  // An unreadable draft (e.g. stored by an older version) is dropped alone, not the whole memory.
  registration: registrationSchema.optional().catch(undefined),
  /** Idempotency keys of enquiries already submitted in this conversation → enquiry number. */
  submitted: z.record(z.string(), z.string()).default({}),
});

export type Memory = z.infer<typeof memorySchema>;
export type { RegistrationDraft } from './registrationState.js';

export function freshMemory(): Memory {
  return memorySchema.parse({});
}

/** Validates stored memory; anything unreadable starts afresh rather than failing the turn. */
export function restoreMemory(stored: unknown): Memory {
  const result = memorySchema.safeParse(stored ?? {});
  return result.success ? result.data : freshMemory();
}
