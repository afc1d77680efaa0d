// The minimum an incoming Bot Framework activity must have before it reaches the adapter; the
// adapter's own checks throw on some malformed shapes, so we answer those with a 400 first.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1) }).passthrough();

const activitySchema = z
  .object({
    type: z.string({ message: 'activity.type is missing' }).min(1, 'activity.type is empty'),
    serviceUrl: z.string().optional(),
    channelId: z.string().optional(),
    conversation: z.object({ id: z.string().min(1) }).passthrough().optional(),
    from: account.optional(),
    recipient: account.optional(),
    text: z.string().max(50_000, 'activity.text is too long').optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; reason: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'body must be a JSON object (an activity)' };
  const result = activitySchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || 'activity'}: ${issue.message}` : 'invalid activity' };
  }
  return { ok: true };
}
