// What the analytics store holds, as zod schemas: questions the bot could not answer (scrubbed, no
// user or conversation id) and counters without any text. Stored data is re-validated when read.
import { z } from 'zod';

/** A calendar day in Berlin, "2027-03-09": the finest time the log keeps. */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const questionRecordSchema = z.object({
  day: daySchema,
  channel: z.string().max(40),
  decision: z.enum(['didYouMean', 'fallback', 'feedback']),
  /** The question with personal data removed. */
  text: z.string().max(400),
  /** For a "nein" on an answer: which FAQ or role did not help. */
  answeredId: z.string().max(100).optional(),
  candidates: z.array(z.object({ kind: z.string().max(40), id: z.string().max(100).optional(), score: z.number() })).max(5),
});
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

/** How often each counter key ("faq:kosten", "channel:msteams", …) was counted by one instance on one day. */
export const dayCountsSchema = z.object({
  day: daySchema,
  counts: z.record(z.string().max(200), z.number().int().min(0)),
});
export type DayCounts = z.infer<typeof dayCountsSchema>;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

// Every turn asks for its day (and a look-up for its month). Since 1893 Berlin's offset is whole
// hours, so a Berlin day begins on a UTC hour and every instant of one UTC hour has the same day:
// formatted once per hour instead of through Intl on every turn. Bounded: cleared when full.
const FIXED_OFFSETS_SINCE = Date.UTC(1900, 0, 1);
const dayByHour = new Map<number, string>();
const maxCachedHours = 4096;

/** The Berlin calendar day of an instant. */
export function berlinDay(instant: Date): string {
  const ms = instant.getTime();
  if (!(ms >= FIXED_OFFSETS_SINCE)) return dayFormat.format(instant);
  const hour = Math.floor(ms / 3_600_000);
  let day = dayByHour.get(hour);
  if (day === undefined) {
    if (dayByHour.size >= maxCachedHours) dayByHour.clear();
    day = dayFormat.format(new Date(hour * 3_600_000));
    dayByHour.set(hour, day);
  }
  return day;
}

/** The day `days` days before the given day (calendar arithmetic, no time zones involved). */
export function dayMinus(day: string, days: number): string {
  const t = Date.parse(`${day}T12:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
