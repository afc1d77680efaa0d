// What the assistant remembers within one conversation: ids and filters, never rendered lists. It is
// stored by the bot layer (Bot Framework state) and comes back untrusted, so it is re-validated on
// every turn; a shape it cannot read (older version, tampering) starts a fresh memory.
import { z } from 'zod';
import { intentSchema } from './intent.js';
import { registrationSchema } from './registrationState.js';

export { parseIntent } from './intent.js';

const id = z.string().max(100);

/** A choice offered last turn, so a typed "2" or its label picks it. Labels are capped. */
const offeredSchema = z.object({ label: z.string().max(200), intent: intentSchema });

/** The filters of the last seminar look-up, so "und online?" can narrow it. No free text is kept. */
const lookupSchema = z.object({
  topics: z.array(id).max(20).default([]),
  formats: z.array(z.enum(['praesenz', 'online', 'hybrid'])).max(3).default([]),
  cities: z.array(id).max(20).default([]),
  regions: z.array(id).max(20).default([]),
  /** A place asked for that has no seminars ("Hamburg"), and the catalogue's regions around it. */
  place: id.optional(),
  around: z.array(id).max(20).default([]),
  /** Places said not to be wanted ("aber nicht in Berlin"). */
  notInCities: z.array(id).max(20).optional(),
  notInRegions: z.array(id).max(20).optional(),
  accessibility: z.array(z.enum(['leichteSprache', 'dgs', 'schriftdolmetschung', 'stepFree'])).max(4).default([]),
  /** One of the needs is enough ("Gebärdensprache oder Untertitel"), not all of them. */
  accessibilityAny: z.boolean().optional(),
  /** Only seminars one can still ask for a place in ("noch freie Plätze"). */
  openOnly: z.boolean().optional(),
  /** The soonest first ("das nächste Seminar"), not the best fit. */
  soonest: z.boolean().optional(),
  /** The town named is where the person works: seminars there first, none left out. */
  placePreferred: z.boolean().optional(),
  level: z.enum(['einstieg', 'vertiefung']).optional(),
  daytime: z.enum(['vormittag', 'nachmittag', 'abend']).optional(),
  /** Days of the week, 1 = Monday … 7 = Sunday ("samstags", "nur dienstags und donnerstags"). */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  duration: z.enum(['halbtag', 'ganztag']).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
});
export type LastLookup = z.infer<typeof lookupSchema>;

/** A list of seminars being paged through: the ranked ids, how many are shown, and how it was made. */
const listSchema = z.object({
  ids: z.array(id).max(100),
  shown: z.number().int().min(0),
  /** The role it was recommended for (reasons are recomputed from it), when it is a recommendation. */
  roleId: id.optional(),
  /** The role was one of several asked about in one message: the reasons name its people, not "your role". */
  forRole: z.boolean().optional(),
  filters: lookupSchema.optional(),
  /** It answered a question about the registration deadline: its next pages show each seminar's deadline too. */
  deadlines: z.boolean().optional(),
});

/** The answer just given, so "ja"/"nein"/"das hilft nicht" can refer to it; the next candidates by id. */
const lastAnswerSchema = z.object({
  kind: z.enum(['faq', 'recommend']),
  id,
  others: z.array(id).max(3).default([]),
});

export const memorySchema = z.object({
  roleId: id.optional(),
  easy: z.boolean().default(false),
  offered: z.array(offeredSchema).max(30).default([]),
  /** What the last question was waiting for, to understand a short typed answer. */
  awaiting: z.enum(['role']).optional(),
  /** Misunderstood answers in a row while a question is open. */
  misses: z.number().int().min(0).default(0),
  list: listSchema.optional(),
  lastLookup: lookupSchema.optional(),
  lastAnswer: lastAnswerSchema.optional(),
  // An unreadable draft (e.g. stored by an older version) is dropped alone, not the whole memory.
  registration: registrationSchema.optional().catch(undefined),
  /**
   * Personal details written into a request to register when no enquiry could open yet (the seminar was full, or its date
   * to be chosen first): held while the next turns offer seminars to register for, for the enquiry they open.
   */
  heldDetails: z
    .object({ name: z.string().max(200), email: z.string().max(254), organisation: z.string().max(200), role: z.string().max(200), phone: z.string().max(40) })
    .partial()
    .strict()
    .optional()
    .catch(undefined),
  /** Idempotency keys of enquiries already submitted in this conversation → enquiry number. */
  submitted: z.record(z.string(), z.string()).default({}),
});

export type Memory = z.infer<typeof memorySchema>;
export type { RegistrationDraft } from './registrationState.js';

/**
 * The list a follow-up ("Und online?", "Gibt es davon welche im Frühjahr?") narrows: the last look-up's filters, or — when the
 * last list was recommended for a role — that role's list and the filters it was made with (it is narrowed for the role again).
 */
export function listFollowedUp(memory: Memory): { filters: LastLookup; roleId?: string; forRole?: boolean } | undefined {
  if (memory.lastLookup) return { filters: memory.lastLookup };
  const list = memory.list;
  if (!list?.roleId || !list.filters) return undefined;
  return { filters: list.filters, roleId: list.roleId, ...(list.forRole ? { forRole: true } : {}) };
}

/** What `memorySchema.parse({})` gives (a test holds them equal), without running zod on every new conversation. */
export function freshMemory(): Memory {
  return { easy: false, offered: [], misses: 0, submitted: {} };
}

/** Validates stored memory; anything unreadable starts afresh rather than failing the turn. */
export function restoreMemory(stored: unknown): Memory {
  // A new conversation has nothing stored: nothing to validate.
  if (stored === undefined || stored === null) return freshMemory();
  const result = memorySchema.safeParse(stored);
  return result.success ? result.data : freshMemory();
}
