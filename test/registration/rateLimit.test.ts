import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/registration/rateLimit.js';

function clock(start = Date.parse('2026-03-12T10:00:00Z')) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

const MINUTE = 60_000;

describe('rate limit for registration enquiries', () => {
  it('lets one person send a few enquiries per hour, then says how long to wait', () => {
    const c = clock();
    const limiter = createRateLimiter({ perUserPerHour: 3, globalPerHour: 100 }, c.now);
    expect(limiter.allow('anna')).toEqual({ ok: true });
    c.advance(10 * MINUTE);
    expect(limiter.allow('anna')).toEqual({ ok: true });
    expect(limiter.allow('anna')).toEqual({ ok: true });
    expect(limiter.allow('anna')).toEqual({ ok: false, retryAfterMs: 50 * MINUTE });
    // Another person is not affected.
    expect(limiter.allow('ben')).toEqual({ ok: true });
  });

  it('slides: the oldest enquiry leaving the hour frees one place', () => {
    const c = clock();
    const limiter = createRateLimiter({ perUserPerHour: 2, globalPerHour: 100 }, c.now);
    limiter.allow('anna');
    c.advance(30 * MINUTE);
    limiter.allow('anna');
    c.advance(29 * MINUTE);
    expect(limiter.allow('anna')).toEqual({ ok: false, retryAfterMs: 1 * MINUTE });
    c.advance(1 * MINUTE);
    expect(limiter.allow('anna')).toEqual({ ok: true });
    expect(limiter.allow('anna').ok).toBe(false);
  });

  it('does not let the global limit lock everyone out: beyond it enquiries are flagged (alert), refused only at five times it', () => {
    const c = clock();
    const limiter = createRateLimiter({ perUserPerHour: 5, globalPerHour: 3 }, c.now);
    expect(['a', 'b', 'c'].map((user) => limiter.allow(user))).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    c.advance(15 * MINUTE);
    // A real person after a flood from three accounts still gets through.
    expect(limiter.allow('d')).toEqual({ ok: true, overGlobal: true });
    for (const user of ['e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o']) expect(limiter.allow(user).ok).toBe(true);
    // 15 = 5 × 3 in the hour: the hard limit, until the first three leave the window.
    expect(limiter.allow('p')).toEqual({ ok: false, retryAfterMs: 45 * MINUTE });
    c.advance(45 * MINUTE);
    expect(limiter.allow('p').ok).toBe(true);
  });

  it('does not count refused attempts, so waiting always helps', () => {
    const c = clock();
    const limiter = createRateLimiter({ perUserPerHour: 1, globalPerHour: 100 }, c.now);
    limiter.allow('anna');
    for (let i = 0; i < 10; i++) limiter.allow('anna');
    c.advance(60 * MINUTE);
    expect(limiter.allow('anna')).toEqual({ ok: true });
  });
});
