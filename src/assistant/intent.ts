// What a button or a typed equivalent asks for: one zod schema, the type inferred from it. Carried
// as Action.Submit data (untrusted) or resolved from a typed pick.
import { z } from 'zod';

const id = z.string().max(100);

export const intentSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('faq'), id }),
  z.object({ action: z.literal('seminar'), id }),
  z.object({ action: z.literal('similar'), id }),
  z.object({ action: z.literal('register'), id, waitingList: z.boolean().optional() }),
  z.object({ action: z.literal('role'), id }),
  z.object({ action: z.literal('more') }),
  z.object({ action: z.literal('recommend') }),
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('restart') }),
  z.object({ action: z.literal('easy'), on: z.boolean() }),
  z.object({ action: z.literal('form'), step: z.enum(['submit', 'cancel', 'confirm', 'edit']) }),
  z.object({ action: z.literal('say'), text: z.string().max(2000) }),
  /** "Hat Ihnen das geholfen?" – Ja / Nein, about the answer remembered in memory.lastAnswer. */
  z.object({ action: z.literal('feedback'), helpful: z.boolean() }),
]);

export type Intent = z.infer<typeof intentSchema>;

/** Parses button data (Action.Submit value) into an intent; anything else is ignored. */
export function parseIntent(value: unknown): Intent | undefined {
  // Every intent is an object: a typed message has no value, and zod's failed parse of `undefined`
  // (an error with its issues) was ~0.5 % of a FAQ request.
  if (typeof value !== 'object' || value === null) return undefined;
  const result = intentSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
