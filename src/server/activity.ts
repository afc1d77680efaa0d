// The minimum an incoming Bot Framework activity must have before it reaches the adapter; the
// adapter's own checks throw on some malformed shapes, so we answer those with a 400 first.
import { z } from 'zod';

const MAX_TEXT = 50_000;

const account = z.object({ id: z.string().min(1) }).passthrough();

export const activitySchema = z
  .object({
    type: z.string({ message: 'activity.type is missing' }).min(1, 'activity.type is empty'),
    serviceUrl: z.string().optional(),
    channelId: z.string().optional(),
    conversation: z.object({ id: z.string().min(1) }).passthrough().optional(),
    from: account.optional(),
    recipient: account.optional(),
    text: z.string().max(MAX_TEXT, 'activity.text is too long').optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; reason: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, reason: 'body must be a JSON object (an activity)' };
  // The schema's passthrough parse copies the whole activity; a well-formed one (nearly every
  // request) is recognised without it, and zod still words the answer to a malformed one.
  if (wellFormed(body as Record<string, unknown>)) return { ok: true };
  const result = activitySchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || 'activity'}: ${issue.message}` : 'invalid activity' };
  }
  return { ok: true };
}

/** Exactly what `activitySchema` accepts (a test compares the two), checked without copying. */
function wellFormed(activity: Record<string, unknown>): boolean {
  const { type, serviceUrl, channelId, conversation, from, recipient, text } = activity;
  return (
    typeof type === 'string' &&
    type.length >= 1 &&
    optionalString(serviceUrl) &&
    optionalString(channelId) &&
    optionalWithId(conversation) &&
    optionalWithId(from) &&
    optionalWithId(recipient) &&
    (text === undefined || (typeof text === 'string' && text.length <= MAX_TEXT))
  );
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function optionalWithId(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length >= 1;
}
