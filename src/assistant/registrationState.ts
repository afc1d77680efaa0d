// What an open registration enquiry remembers between turns. It comes back from storage untrusted,
// so it is validated here; a draft that does not fit is dropped on its own (the rest of the memory stays).
import { z } from 'zod';

export const fieldIdSchema = z.enum(['name', 'email', 'organisation', 'role', 'phone', 'accessibility', 'message', 'consent']);

/** Where the dialog stands: one question of the text dialog, the card form, the summary, or "which field?". */
export const stepSchema = z.discriminatedUnion('kind', [
  /** `back`: after this answer, return to the summary (one field corrected from there). */
  z.object({ kind: z.literal('ask'), field: fieldIdSchema, back: z.boolean().default(false) }),
  z.object({ kind: z.literal('card') }),
  z.object({ kind: z.literal('summary') }),
  z.object({ kind: z.literal('pickField') }),
]);

export const registrationSchema = z.object({
  seminarId: z.string().max(100),
  waitingList: z.boolean().default(false),
  formId: z.string().max(100),
  /** Field values collected so far (text dialog or card); personal data — cleared on cancel and at the end. */
  values: z.record(z.string().max(40), z.string().max(10_000)).default({}),
  step: stepSchema,
  /** Failed answers to the open question in a row; after two the dialog offers a way out. */
  misses: z.number().int().min(0).max(100).default(0),
  /** When the enquiry was opened (ISO); an enquiry left unfinished is forgotten after a day. */
  startedAt: z.string().max(40).optional(),
});

export type RegistrationStep = z.infer<typeof stepSchema>;
export type RegistrationDraft = z.infer<typeof registrationSchema>;
