// The shape of everything the bot knows: one zod schema per YAML file kind, and the types
// inferred from them. Loader, search, assistant, registration and tests all use these.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: nur Kleinbuchstaben, Ziffern und Bindestriche (z. B. "kosten-seminare")');
const text = z.string().trim().min(1, 'darf nicht leer sein');

/** Local wall-clock time in Europe/Berlin, written without offset: 2027-03-09T10:00 */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Zeit im Format JJJJ-MM-TTTHH:MM (Ortszeit Berlin), z. B. 2027-03-09T10:00')
  .refine((s) => !Number.isNaN(Date.parse(`${s}:00Z`)), 'kein gültiges Datum');
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT, z. B. 2027-02-20')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'kein gültiges Datum');

// ---------------------------------------------------------------- FAQ (knowledge/faq/*.yaml)

export const faqEntrySchema = z.strictObject({
  id,
  question: text,
  /** The question in Leichte Sprache: the label of its button in Leichte-Sprache mode. Not searched. */
  questionEasy: text,
  /** Other ways people ask the same thing; at least three. */
  alternatives: z.array(text).min(3, 'mindestens 3 alternative Formulierungen'),
  /** Markdown. */
  answer: text,
  /** The same answer in Leichte Sprache: short sentences, no Gender-Stern. */
  answerEasy: text,
  tags: z.array(text).default([]),
  related: z.array(id).default([]),
  /** The seed sentence the answer rests on, or "product" for how the bot itself works. */
  source: text,
  /**
   * A question people ask that the seed does not answer ("Wer leitet die Seminare?"): the answer says so and
   * names the contact, and the bot counts it as its honest fallback, not as an answer (knowledge/faq/offen.yaml).
   */
  open: z.boolean().default(false),
  /**
   * The answer is followed by the coming seminars, with what the question names to look them up by ("Wann ist das
   * nächste Seminar?": the FAQ on finding the dates, then the next seminars). `named`: only where the question names
   * seminars by what, when, where or how ("Bis wann muss ich mich für das Seminar zur Öffentlichkeitsarbeit anmelden?":
   * the FAQ on the registration deadline, then those seminars, each with its deadline).
   */
  listsSeminars: z.union([z.boolean(), z.literal('named')]).default(false),
});
export const faqFileSchema = z.array(faqEntrySchema);

// ------------------------------------------------------- seminars (knowledge/seminars/*.yaml)

export const formats = ['praesenz', 'online', 'hybrid'] as const;
export const levels = ['einstieg', 'vertiefung', 'alle'] as const;

export const sessionSchema = z.strictObject({ start: localDateTime, end: localDateTime });

export const locationSchema = z.strictObject({
  city: text,
  venue: text.optional(),
  address: text.optional(),
  /** Bundesland or region, for "in Norddeutschland"-style look-ups. */
  region: text.optional(),
  stepFree: z.boolean(),
  /** Further accessibility facts of the venue: "barrierefreies WC", "Induktionsschleife", … */
  accessibility: z.array(text).default([]),
});

export const languageOffersSchema = z.strictObject({
  /** The seminar is held in Leichte Sprache (not: it is about Leichte Sprache). Needs `summaryEasy`. */
  leichteSprache: z.boolean().default(false),
  dgs: z.boolean().default(false),
  schriftdolmetschung: z.boolean().default(false),
});

export const seminarSchema = z
  .strictObject({
    id,
    title: text,
    summary: text,
    /** The summary in Leichte Sprache, shown in Leichte-Sprache mode; required when the seminar is held in Leichte Sprache. */
    summaryEasy: text.optional(),
    description: text,
    /** Topic ids from roles.yaml → topics. */
    topics: z.array(id).min(1),
    /** Role ids from roles.yaml → roles. */
    targetRoles: z.array(id).min(1),
    level: z.enum(levels),
    format: z.enum(formats),
    /** The sessions of this run (one booking); a repeat of the same content is another seminar with the same series. */
    dates: z.array(sessionSchema).min(1),
    series: id.optional(),
    /** Required for präsenz and hybrid. */
    location: locationSchema.optional(),
    /** For online and hybrid: how people join. */
    onlineTool: text.optional(),
    places: z.strictObject({ total: z.number().int().positive(), left: z.number().int().min(0) }),
    languageOffers: languageOffersSchema.default({ leichteSprache: false, dgs: false, schriftdolmetschung: false }),
    registrationDeadline: localDate,
    cost: z.literal('kostenfrei'),
    /** The catalogue shipped with the bot is sample data for the education team to replace. */
    sample: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.format !== 'online' && !s.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: `Format "${s.format}" braucht einen Ort (location)` });
    }
    if (s.languageOffers.leichteSprache && !s.summaryEasy) {
      ctx.addIssue({ code: 'custom', path: ['languageOffers', 'leichteSprache'], message: 'ein Seminar in Leichter Sprache braucht summaryEasy: die Kurzbeschreibung in Leichter Sprache' });
    }
    if (s.places.left > s.places.total) {
      ctx.addIssue({ code: 'custom', path: ['places', 'left'], message: 'mehr freie Plätze als Plätze insgesamt' });
    }
  });
export const seminarFileSchema = z.array(seminarSchema);

// --------------------------------------------------------------------- knowledge/roles.yaml

export const topicSchema = z.strictObject({
  id,
  name: text,
  /** Words people use for the topic; used by search and by the look-up filters. */
  synonyms: z.array(text).default([]),
  /**
   * Phrases that show the topic in a message ("Ich betreue die Ehrenamtlichen", "Koordinator*in der Ehrenamtlichen"):
   * read like a synonym by the look-up filters, but the search does not use them — their other words
   * ("Koordinator", "betreuen") would come with every question that names the topic.
   */
  phrases: z.array(text).default([]),
});

export const roleSchema = z.strictObject({
  id,
  /** Display name in Gender-Stern form: "Netzwerkkoordinator*innen". */
  name: text,
  /** Display name for Leichte Sprache (no Gender-Stern). */
  nameEasy: text,
  /** One person in this role, to follow "Für Sie als …": singular, Gender-Stern ("Mitarbeiter*in in Finanzen und Buchhaltung"). */
  nameSingular: text,
  /** Every gender form and synonym: Koordinator, Koordinatorin, Koordinator*in, Koordinator:in, … */
  synonyms: z.array(text).min(1),
  /**
   * What a person in this role does, in a few words each ("Netzwerk koordinieren", "Projekt leiten"):
   * a sentence of the person's own ("Ich leite ein kleines Inklusionsprojekt") that holds every word
   * of one of them, in any order and any form, names the role.
   */
  activities: z.array(text).default([]),
  /**
   * Where people in this role work ("Ordnungsamt", "Pressestelle"): names the role like a synonym
   * when someone says it is theirs, but is no word of the programme's own (the search does not
   * use it, and "Wann hat das Bürgeramt geöffnet?" stays a question about something else).
   */
  workplaces: z.array(text).default([]),
  description: text,
  /**
   * Roles that say what someone does in the project where this one says only where they work or what they
   * trained as: "Verwaltungsfachangestellte mit Schwerpunkt Haushaltsplanung" is Finanzen, "Sozialarbeiterin, soll
   * jetzt das Netzwerk koordinieren" Netzwerkkoordination. Named beside this role, such a role comes first.
   */
  yieldsTo: z.array(id).default([]),
  /** Topic ids that matter most for this role, most important first. */
  topics: z.array(id).min(1),
});

export const rolesFileSchema = z.strictObject({
  topics: z.array(topicSchema).min(1),
  roles: z.array(roleSchema).min(1),
});

// ------------------------------------------------------------------ knowledge/synonyms.yaml

/** Groups of words that mean the same to our users: [Fortbildung, Weiterbildung, Schulung, …]. */
export const synonymsFileSchema = z.array(z.array(text).min(2, 'eine Gruppe braucht mindestens 2 Wörter'));

// ------------------------------------------------------------------ knowledge/beispiele.yaml

/** The label of an example the knowledge has no answer for: the bot says so and names the contact. */
export const NO_ANSWER = 'keine-antwort';
/** The label of an example that looks for seminars (a look-up). */
export const LOOKUP_EXAMPLE = 'seminarsuche';
/** The label of an example that asks what training fits a role (a recommendation). */
export const RECOMMENDATION_EXAMPLE = 'empfehlung';
/** The labels of examples answered by something other than one FAQ entry. */
export const exampleKinds = [NO_ANSWER, LOOKUP_EXAMPLE, RECOMMENDATION_EXAMPLE, 'befehl', 'smalltalk'] as const;
/** The prefix of a label naming the topic a message looks for seminars on ("thema:moderation"; a topic id of roles.yaml). */
export const TOPIC_LABEL = 'thema:';
/** The prefix of a label naming the role a message asking what fits names ("rolle:finanzen"; a role id of roles.yaml). */
export const ROLE_LABEL = 'rolle:';

/**
 * Example messages with the answers that are right for them: `[labels, message]`, labels separated by spaces
 * (FAQ ids, or a kind of answer: keine-antwort, seminarsuche, empfehlung, befehl, smalltalk), and for a message that looks
 * for seminars the topic it looks for (thema:moderation), for one that asks what fits the role it names (rolle:finanzen).
 */
export const examplesFileSchema = z.array(
  z.tuple([
    z.string().trim().regex(/^(?:thema:|rolle:)?[a-z0-9-]+(?: (?:thema:|rolle:)?[a-z0-9-]+){0,5}$/, 'Antworten: FAQ-ids, eine Art der Antwort, thema:<Themen-id> oder rolle:<Rollen-id>, durch Leerzeichen getrennt (höchstens 6)'),
    text.pipe(z.string().max(2000, 'höchstens 2000 Zeichen')),
  ]),
);

/** One example message and the labels of its right answers. */
export interface Example {
  text: string;
  labels: string[];
  /** From beispiele-geschrieben.yaml: written to teach wordings, not asked by someone (see examples.ts). */
  written?: boolean;
}

// --------------------------------------------------------------------------------- types

export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type Seminar = z.infer<typeof seminarSchema>;
export type SeminarSession = z.infer<typeof sessionSchema>;
export type SeminarFormat = (typeof formats)[number];
export type SeminarLevel = (typeof levels)[number];
export type Topic = z.infer<typeof topicSchema>;
export type Role = z.infer<typeof roleSchema>;
export type SynonymGroup = string[];

/** Everything loaded from knowledge/, validated and cross-checked. */
export interface Knowledge {
  faq: FaqEntry[];
  seminars: Seminar[];
  roles: Role[];
  topics: Topic[];
  synonyms: SynonymGroup[];
  /** knowledge/beispiele.yaml and beispiele-geschrieben.yaml, when there are (checked: every label a FAQ id or a kind of answer). */
  examples?: Example[];
  /**
   * The classifier of the examples, trained by the knowledge worker (loadWorker.ts) as plain data: src/assistant/understand/examples.ts
   * (ExamplesModel) checks its shape and trains anew without it. Read from a file only by the worker's model cache
   * (modelCache.ts), which reads nothing whose key and checksum do not match.
   */
  examplesModel?: unknown;
}
