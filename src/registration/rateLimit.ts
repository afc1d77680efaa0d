// Sliding one-hour windows for registration enquiries: per person and for the whole bot, in memory.
// A refused attempt is not counted, so waiting always helps.

export interface RateLimiter {
  allow(userKey: string): { ok: true } | { ok: false; retryAfterMs: number };
}

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
      if (global.length >= limits.globalPerHour) waits.push((global[global.length - limits.globalPerHour] ?? at) + windowMs - at);
      if (waits.length > 0) {
        perUser.set(userKey, mine);
        return { ok: false, retryAfterMs: Math.max(1, ...waits) };
      }
      mine.push(at);
      global.push(at);
      perUser.set(userKey, mine);
      return { ok: true };
    },
  };
}
