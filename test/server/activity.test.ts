// The activity check at the edge: a well-formed activity passes without being copied, and whatever
// the schema refuses is refused with the schema's words — the quick path and zod never disagree.
import { describe, expect, it } from 'vitest';
import { activitySchema, checkActivity } from '../../src/server/activity.js';

const base = { type: 'message', serviceUrl: 'http://127.0.0.1:9', channelId: 'webchat', conversation: { id: 'c' }, from: { id: 'u', name: 'U' }, recipient: { id: 'b' }, text: 'Hallo' };
const values: unknown[] = [undefined, null, '', 'x', 0, 42, true, [], ['x'], {}, { id: '' }, { id: 'a' }, { id: 5 }, { id: 'a', extra: [1] }, 'a'.repeat(50_000), 'a'.repeat(50_001)];

describe('the activity check', () => {
  it.each(Object.keys(base))('agrees with the schema on every kind of value in %s', (field) => {
    for (const value of values) {
      const activity: Record<string, unknown> = { ...base, [field]: value };
      if (value === undefined) delete activity[field];
      const check = checkActivity(activity);
      expect(check.ok, `${field} = ${JSON.stringify(value)?.slice(0, 40)}`).toBe(activitySchema.safeParse(activity).success);
    }
  });

  it('says what is wrong with a malformed activity', () => {
    expect(checkActivity({ ...base, type: '' })).toEqual({ ok: false, reason: 'type: activity.type is empty' });
    expect(checkActivity({ ...base, text: 'a'.repeat(50_001) })).toEqual({ ok: false, reason: 'text: activity.text is too long' });
    expect(checkActivity({ ...base, conversation: { id: '' } })).toMatchObject({ ok: false, reason: expect.stringContaining('conversation.id') });
    expect(checkActivity([base])).toEqual({ ok: false, reason: 'body must be a JSON object (an activity)' });
  });

  it('leaves a well-formed activity as it is', () => {
    const activity = { ...base, value: { action: 'role', id: 'projektleitung' } };
    const before = JSON.stringify(activity);
    expect(checkActivity(activity)).toEqual({ ok: true });
    expect(JSON.stringify(activity)).toBe(before);
  });
});
