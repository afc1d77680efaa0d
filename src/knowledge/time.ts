// Seminar times are written as Berlin wall-clock time ("2027-03-09T10:00"); this turns them into
// instants, correctly on both sides of a daylight-saving change.
export const BERLIN = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BERLIN,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

// Berlin changes its offset only on a whole UTC hour (01:00 UTC), so the offset is the same for every
// instant of one UTC hour; the turns ask for the same few hours again and again (seminar dates), and
// formatToParts is the expensive part. Bounded: cleared when full.
const offsetByHour = new Map<number, number>();
const maxCachedHours = 4096;

/** Minutes Berlin is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (!Number.isFinite(hour)) return computeOffsetMinutes(instant);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= maxCachedHours) offsetByHour.clear();
    offset = computeOffsetMinutes(new Date(hour * 3_600_000));
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function computeOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "2027-03-09T10:00" (Berlin local) → the instant. Times in the spring-forward gap move forward by an hour. */
export function berlinLocalToUtc(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(local);
  if (!m) return new Date(Number.NaN);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  let guess = wall - berlinOffsetMinutes(new Date(wall)) * 60_000;
  const corrected = wall - berlinOffsetMinutes(new Date(guess)) * 60_000;
  if (corrected !== guess) guess = corrected;
  return new Date(guess);
}
