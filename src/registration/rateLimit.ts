// Sliding one-hour windows for registration enquiries: per client (person or address) first, and for
// the whole bot. The global limit is an alarm, not a kill switch: beyond it enquiries still go through
// (flagged, so the operator is alerted); only beyond GLOBAL_HARD_FACTOR times it are they refused.
// A refused attempt is not counted, so waiting always helps.

export type RateDecision = { ok: true; overGlobal?: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  allow(userKey: string): RateDecision;
}

/** Beyond this multiple of the global limit per hour, enquiries are refused (a flood from many clients). */
export const GLOBAL_HARD_FACTOR = 5;

const HOUR = 60 * 60_000;

export function createRateLimiter(limits: { perUserPerHour: number; globalPerHour: number }, now: () => Date, windowMs = HOUR): RateLimiter {
  const perUser = new Map<string, number[]>();
  let global: number[] = [];

  const recent = (times: number[], at: number) => times.filter((t) => at - t < windowMs);

  return {
    allow(userKey) {
      const at = now().getTime();
      global = recent(global, at);
      const mine = recent(perUser.get(userKey) ?? [], at);
      // Forget idle people so the map does not grow without bound.
      if (perUser.size > 10_000) for (const [key, times] of perUser) if (recent(times, at).length === 0) perUser.delete(key);

      const waits: number[] = [];
      if (mine.length >= limits.perUserPerHour) waits.push((mine[mine.length - limits.perUserPerHour] ?? at) + windowMs - at);
      const hardLimit = limits.globalPerHour * GLOBAL_HARD_FACTOR;
      if (global.length >= hardLimit) waits.push((global[global.length - hardLimit] ?? at) + windowMs - at);
      if (waits.length > 0) {
        perUser.set(userKey, mine);
        return { ok: false, retryAfterMs: Math.max(1, ...waits) };
      }
      mine.push(at);
      global.push(at);
      perUser.set(userKey, mine);
      return global.length > limits.globalPerHour ? { ok: true, overGlobal: true } : { ok: true };
    },
  };
}
