// The brain: (memory, message, knowledge, now) → new memory + reply models + what was decided and
// why. One way through: read the message once, let every interpreter say what it found, let the
// decision table pick, act, remember ids. Pure apart from the registration port; no Bot Framework.
import type { FaqEntry, Knowledge } from '../knowledge/schema.js';
import type { SearchIndex } from '../search/index.js';
import { commandIn, pickFrom } from './commands.js';
import { convTexts } from '../texts/de/lists.js';
import { freshMemory, listFollowedUp, parseIntent, type Memory } from './memory.js';
import { recommendSeminars } from './recommend.js';
import {
  closedFormReply,
  continueRegistration,
  draftExpired,
  openQuestionReminder,
  openRegistration,
  pastSeminarNamed,
  pastSeminarReplies,
  registrationChoiceFromList,
  registrationInContext,
  seminarsNamedShort,
  type RegistrationPort,
  type RegistrationTurn,
} from './registration.js';
import { regTexts } from '../texts/de/registration.js';
import { detailsInPassing } from './registrationAnswers.js';
import type { Choice, Intent, Reply } from './reply.js';
import { asWishedOfShown, lookUp, mainChoices, narrow, pointedAtInList, recommendFor, showListed, showMore, severalPointedAt, showSeminar, showSimilar, similarAsked, similarToListed, type Shown } from './seminarLists.js';
import { extractSeminarFilters, namesOnlyLevel, namesSeminars, type SeminarFilters } from './filters.js';
import { say, texts } from '../texts/de/conversation.js';
import type { DecisionKind, TraceCandidate, TurnTrace } from './trace.js';
import { interpret, type Reading } from './understand/interpret.js';
import { withSplitWordsJoined } from './understand/vocabulary.js';
import { afterComplaint, askedWithoutQuestionForm, asksSomething, leadingClause, messageParts, requestsSomething, startsWithQuestionWord } from './understand/parts.js';
import { asksAboutShownSeminar, asksEasyLanguage, mentionsSeminars, pointsBackToShown, statesOwnNeed, takesPart } from './understand/signals.js';
import { decide, type Action } from './understand/table.js';
import { easyLanguageFaq, sentEnquiryFaq } from './understand/faqByPurpose.js';
import { isPropertyWord, namesOnlyProperties } from '../catalogue/properties.js';
import { seminarItem } from './seminarView.js';
import { foldText, readUtterance, type Utterance } from './understand/utterance.js';
import { LONGEST_ANSWER } from '../registration/fields.js';
import { perKnowledge } from './phrases.js';
import type { ExampleClassifier } from './understand/examples.js';

export { mainChoices } from './seminarLists.js';

export interface AssistantDeps {
  knowledge: Knowledge;
  search: SearchIndex;
  now: Date;
  /** Base URL for links the person opens (calendar files). */
  baseUrl?: string;
  registration?: RegistrationPort;
  newFormId?: () => string;
  /** The classifier of the example messages; the knowledge's own when not given (the eval gives one trained without the questions it asks). */
  examples?: ExampleClassifier;
}

export interface TurnInput {
  /** What the person typed (mentions already removed), or the label of the button they clicked. */
  text: string;
  /** Button data (Action.Submit / messageBack value), untrusted. */
  value?: unknown;
  /** Whether the channel shows Adaptive Cards (else everything is plain text). */
  cards?: boolean;
  conversationId?: string;
  /**
   * Identifies the person for rate limits (never their name or address). A function is asked only when
   * an enquiry is sent: the bot hashes the sender's id for it, which most turns never need.
   */
  userKey?: string | (() => string);
  /** Teams member profile, looked up only when a registration form is opened. */
  profile?: () => Promise<{ name?: string; email?: string } | undefined>;
}

export interface TurnResult {
  memory: Memory;
  replies: Reply[];
  /** What was decided and why; for analytics and the evaluation, never shown. */
  trace: TurnTrace;
}

type Ctx = Parameters<typeof openRegistration>[4];

const REGISTRATION_TRACE: TurnTrace = { decision: 'registration', candidates: [] };

/** The greeting with the main actions, in the conversation's language. */
export function welcome(memory: Memory): Reply[] {
  return [{ kind: 'text', text: say(texts.welcome, memory.easy), choices: mainChoices(memory.easy) }];
}

export async function respond(before: Memory, input: TurnInput, given: AssistantDeps): Promise<TurnResult> {
  // Details held from an earlier turn go to this turn's enquiry, or are held again only while seminars are still offered.
  const held = before.heldDetails;
  const memory: Memory = held ? { ...before, heldDetails: undefined } : before;
  // One view of the search per turn: a look-up asks about the same message several times.
  const deps = given.search.forTurn ? { ...given, search: given.search.forTurn() } : given;
  // Name, address and the like written into a request to register are read apart: the enquiry takes them, the request is read without them.
  const details = detailsInPassing(input.text, deps.knowledge);
  const u = readUtterance(withSplitWordsJoined(details?.text ?? input.text, deps.knowledge));
  const value = isRecord(input.value) ? input.value : undefined;
  const userKey = input.userKey ?? 'anonymous';
  const turn: RegistrationTurn = {
    // What was typed, whitespace aside: the reading drops openers and frames ("Kurze Frage: …", "Meine Chefin
    // will wissen, ob …"), but an answer to the enquiry's questions is stored as typed. Cut one character past the
    // longest field, so that a longer text is still answered "too long" and never read at its full length.
    text: input.text.replace(/\s+/g, ' ').trim().slice(0, LONGEST_ANSWER + 1),
    value,
    cards: input.cards ?? true,
    conversationId: input.conversationId ?? 'conversation',
    userKey: typeof userKey === 'function' ? userKey : () => userKey,
    ...(input.profile ? { profile: input.profile } : {}),
    ...(details || held ? { details: { ...held, ...details?.found } } : {}),
  };
  const ctx: Ctx = { knowledge: deps.knowledge, now: deps.now, port: deps.registration, newFormId: deps.newFormId ?? (() => `f${deps.now.getTime().toString(36)}`) };

  // Personal data of an enquiry left unfinished for a day is not kept any longer.
  if (memory.registration && draftExpired(memory.registration, deps.now)) {
    const rest = await respond({ ...before, registration: undefined }, input, deps);
    return { ...rest, replies: [{ kind: 'text', text: say(regTexts.expired, memory.easy) }, ...rest.replies] };
  }

  if (memory.registration) {
    // "abbrechen", "nochmal von vorne", "vergiss alles" inside an enquiry cancel it (and forget its data): the one restart command,
    // not a list of its own (such a list missed "nochmal von vorne" and stored it as the name).
    if (!value && commandIn(input.text)?.action === 'restart') {
      return done({ ...memory, registration: undefined, awaiting: undefined, misses: 0 }, [{ kind: 'text', text: say(regTexts.cancelled, memory.easy) }], REGISTRATION_TRACE);
    }
    const inFlow = await continueRegistration(memory, turn, ctx);
    if (inFlow) return done({ ...inFlow.memory, misses: 0 }, inFlow.replies, REGISTRATION_TRACE);
    // Not an answer to the open question: handled as a normal turn, then the question is repeated.
    return withOpenQuestion(memory, holdingDetails(await respondFreely(memory, u, value, turn, deps, ctx), turn));
  }
  return holdingDetails(await respondFreely(memory, u, value, turn, deps, ctx), turn);
}

/**
 * "Ich möchte mich für das erste anmelden. Ich bin Anna Schmidt, …" when the first is full: the details are held while the
 * turn offers seminars to register for (the waiting list, another date, the runs to choose from), for the enquiry opened next.
 */
function holdingDetails(result: TurnResult, turn: RegistrationTurn): TurnResult {
  const details = turn.details;
  if (!details || result.memory.registration) return result;
  const offersSeminars = result.memory.offered.some((c) => c.intent.action === 'register' || c.intent.action === 'seminar');
  return offersSeminars ? { ...result, memory: { ...result.memory, heldDetails: details } } : result;
}

/** After a turn that interrupted an open enquiry, its question is asked again — unless that turn closed the enquiry or opened another one. */
function withOpenQuestion(before: Memory, result: TurnResult): TurnResult {
  const open = result.memory.registration;
  if (!before.registration || !open || open.formId !== before.registration.formId) return result;
  const reminder = openQuestionReminder(result.memory);
  return reminder ? done(result.memory, [...result.replies, reminder], result.trace) : result;
}

async function respondFreely(memory: Memory, u: Utterance, value: Record<string, unknown> | undefined, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  // "Die ersten beiden klingen gut": the listed seminars pointed at by their places, each to open (before one of them is read as picked).
  const picked = value ? undefined : severalPointedAt(u, memory.offered, deps);
  if (picked) return shown(showListed({ ...memory, offered: [] }, picked, listDeps(deps), 'picked'), 'lookup', []);
  // "anmelden" right after a seminar's details means that seminar; after a list, one of the listed ones, also pointed at by where
  // or when it is held ("Das in Rostock bitte") or by its place in the list ("Erzähl mir mehr über das zweite").
  // "das zweite bitte anmelden", "ich nehme das zweite": pointed at to be taken, its enquiry (before a pick by its place shows its details).
  // The pointer is read once: first when the message takes part, else only when nothing before it applies.
  const taking = !value && takesPart(u.folded);
  const pointedFirst = taking ? pointedAtInList(u, memory.offered, deps) : undefined;
  const taken = pointedFirst?.action === 'register' ? pointedFirst : undefined;
  const pointed = () => (taking ? pointedFirst : pointedAtInList(u, memory.offered, deps));
  const intent = parseIntent(value) ?? (value ? undefined : (taken ?? pickFrom(u, memory.offered)?.intent ?? registrationInContext(u, memory.offered) ?? similarAsked(u, memory.offered) ?? pointed()));
  const state: Memory = { ...memory, offered: [] };
  if (intent) return handleIntent(state, intent, u, turn, deps, ctx, []);
  // "Und ähnliche?" right after a list: the seminars like the listed ones.
  const similarToList = value ? undefined : similarToListed(memory, u, listDeps(deps));
  if (similarToList) return shown(similarToList, 'lookup', []);
  const fromList = value ? undefined : registrationChoiceFromList(u, memory.offered, memory.easy);
  if (fromList) return done({ ...state, awaiting: undefined }, [fromList], REGISTRATION_TRACE);
  // "Wo ist das?", "Wie lange dauert es?" right after a seminar's details: that seminar's details answer it.
  const shownId = value ? undefined : justShownSeminar(memory.offered);
  // "Gibt es das auch online?", "… auch im Herbst?": held so, its details; if not, the seminars on its topics held so — of a
  // seminar's details only ("Gibt es davon auch welche im Sommer?" after a list of one narrows that list).
  const detailsShown = shownId !== undefined && memory.offered.some((c) => c.intent.action === 'similar');
  const asWished = shownId && detailsShown && pointsBackToShown(u.tokens, u.folded) ? asWishedOfShown(state, shownId, u, listDeps(deps)) : undefined;
  if (asWished) return shown(asWished, 'lookup', []);
  // Asked first and explained after ("ist der Ort da rollstuhlgerecht? bin mit Rolli unterwegs"): the first clause asks it.
  const asksOfShown = (v: Utterance) => asksAboutShownSeminar(v.tokens, v.folded) || namesOnlyProperties(v.tokens);
  if (shownId && (asksOfShown(u) || asksOfShown(leadingClause(u) ?? u))) return shown(showSeminar(state, shownId, listDeps(deps)), 'lookup', []);
  // A seminar that is over, named by its title, is said to be over, with what comes next.
  const pastNamed = value ? undefined : pastSeminarNamed(u, deps.knowledge, deps.now);
  if (pastNamed) return done({ ...state, awaiting: undefined, lastAnswer: undefined }, pastSeminarReplies(pastNamed, deps.knowledge, deps.now, memory.easy), trace('lookup', [], pastNamed.id));
  const reading = interpret(u, memory, { knowledge: deps.knowledge, search: deps.search, now: deps.now, examples: deps.examples });
  const rule = decide(reading.features);
  if (rule.then === 'feedback' || rule.then === 'notHelpful' || rule.then === 'fallback') {
    // "Das war nicht meine Frage. Ich wollte wissen, ob …": the question said again is answered (also
    // when the complaint's words made the whole message unintelligible: "Quatsch, ich meinte: …").
    const restated = afterComplaint(u);
    const again = restated ? interpret(restated, memory, { knowledge: deps.knowledge, search: deps.search, now: deps.now, examples: deps.examples }) : undefined;
    const action = again ? decide(again.features).then : undefined;
    if (restated && again && action && RESTATED_ANSWERS.has(action)) return act(action, state, restated, again, turn, deps, ctx);
  }
  // "Wer ist in Rostock die Behindertenbeauftragte und wie erreiche ich sie?": the second question asks after the office holder
  // too, not after the education team — a message about a local office holder with no word of seminars is one question.
  const aboutOfficeHolder = reading.features.has('localOfficeHolder') && !mentionsSeminars(u.apart);
  if (SPLITTABLE.has(rule.then) && !aboutOfficeHolder) {
    const parts = await answerParts(state, u, { action: rule.then, reading }, turn, deps, ctx);
    if (parts) return parts;
  }
  return act(rule.then, state, u, reading, turn, deps, ctx);
}

/** The seminar whose details were shown last turn (their "Ähnliche Seminare" button names it), or the one seminar a list showed. */
function justShownSeminar(offered: Choice[]): string | undefined {
  const similar = offered.filter((c) => c.intent.action === 'similar');
  const only = similar.length === 1 ? similar[0]?.intent : undefined;
  if (only?.action === 'similar') return only.id;
  const listed = offered.filter((c) => c.intent.action === 'seminar');
  const one = listed.length === 1 && similar.length === 0 ? listed[0]?.intent : undefined;
  return one?.action === 'seminar' ? one.id : undefined;
}

/** What a question said again after a complaint is answered with (anything else: the complaint is heard). */
const RESTATED_ANSWERS: ReadonlySet<Action> = new Set(['faq', 'faqPair', 'lookup', 'recommend', 'seminar', 'didYouMean', 'askRole', 'contact']);
/**
 * Decisions that may come from reading several questions as one. A change to a registration already sent too: "Ich habe mich
 * für einen Workshop im Oktober angemeldet, kann aber doch nicht. … Und gibt es denselben Workshop im Winter noch mal?" asks
 * for the seminars in winter besides how to withdraw. So is asking after an enquiry sent: "Können Sie nachsehen, ob meine
 * Anmeldung angekommen ist? Und gibt es im Sommer etwas zu Buchhaltung?" gets who can tell, and the list.
 */
const SPLITTABLE: ReadonlySet<Action> = new Set(['faq', 'faqPair', 'lookup', 'recommend', 'seminar', 'didYouMean', 'fallback', 'askRole', 'contact', 'changeSentEnquiry', 'enquiryStatus']);
/** What a part of a message can be answered with. */
const PART_ANSWERS: ReadonlySet<Action> = new Set(['faq', 'lookup', 'listAll', 'recommend', 'registration', 'contact', 'enquiryStatus']);
/** One seminar asked for ("ein Seminar für mich", "eine Fortbildung, die mir hilft"), not the seminars in general. */
const ONE_SEMINAR_ASKED = /\b(?:ein|eine|einen)\s+(?:\w+\s+)?(?:seminar|kurs|workshop|fortbildung|schulung|weiterbildung|training|angebot)\b/;
/** A part the bot is unsure of gets its did-you-mean; a part it cannot answer, the contact. */
const PART_GAPS: ReadonlySet<Action> = new Set(['didYouMean', 'fallback', 'askRole', 'reAskRole', 'seminar']);
/** Another date of a seminar ("einen Ersatztermin", "das Seminar später nochmal", "einen anderen Termin"). */
const ANOTHER_DATE = /\b(?:ersatz|alternativ|ausweich|nachhol)termin|\b(?:anderen?|naechsten?|spaeteren?|weiteren?|neuen?) (?:termin|datum)/;
/** Again, said of a seminar ("Gibt es das Seminar später nochmal?"). */
const AGAIN = /\b(?:nochmal|noch mal|noch einmal|nochmals|erneut)\b/;

/** Whether a part asks for another date of a seminar ("was kostet ein Parkplatz am Rathaus nochmal?" does not). */
function asksAnotherDate(u: Utterance): boolean {
  return ANOTHER_DATE.test(u.folded) || (AGAIN.test(u.folded) && mentionsSeminars(u.apart));
}
/** Answers of a part that show seminars. */
const SHOWS_SEMINARS: ReadonlySet<Action> = new Set(['lookup', 'listAll', 'registration', 'recommend']);
/** Which answer's trace stands for the whole turn: a list or recommendation before a FAQ. */
const TRACE_ORDER: readonly DecisionKind[] = ['recommend', 'lookup', 'faq'];

interface PartPlan {
  u: Utterance;
  r: Reading;
  action: Action;
  /** Another date asked for after withdrawing ("… und gibt es einen Nachholtermin?"): a question of its own, whatever its words. */
  anotherDate?: true;
}

/** A part that asks something, wishes to register ("Ich würde gern am Workshop zur Pressearbeit teilnehmen." is said, not asked) or to withdraw. */
function asksOrWishes(p: PartPlan): boolean {
  // "Fortbildung für unsere Sachbearbeiterin gesucht, außerdem: …": a wish for training asks for it;
  // "Ich bin Projektleiterin und suche was zu Führung im Netzwerk.": so does looking for seminars; "Einmal die Termine zu
  // Öffentlichkeitsarbeit im Frühjahr bitte", "Ich brauche die Termine der Online-Seminare im Herbst": so does a request for them.
  const wish = p.r.features.has('trainingRequest') || p.r.features.has('needsTraining') || p.r.features.has('seeking');
  // "ich will mich vom Seminar im Juni abmelden und …": withdrawing or changing a registration sent asks the team to.
  const changes = p.r.features.has('withdraws') || p.r.features.has('changesSentEnquiry');
  return asksSomething(p.u) || (p.action === 'registration' && namesASeminar(p)) || (p.action === 'recommend' && wish) || (p.action === 'lookup' && (p.r.features.has('seeking') || p.r.features.has('filtersExplainMost')) && requestsSomething(p.u)) || changes;
}

/** Whether a wish to take part says for which seminar (a seminar word, topic or title): "Ich würde gern vom Schreibtisch aus teilnehmen" does not. */
function namesASeminar(p: PartPlan): boolean {
  return mentionsSeminars(p.u.apart) || p.r.filters.topics.length > 0 || p.r.features.has('seminarAnswer');
}

/** Most words of a part in a list of filters alone ("Hybrid, Dezember?", "online, im März"). */
const FILTER_LIST_WORDS = 2;

/** A part with no question of its own that names when, where or how seminars take place, after a part that seeks seminars. */
function narrowsSought(p: PartPlan, before: PartPlan): boolean {
  const seeks = before.r.features.has('seeking') && (before.action === 'lookup' || before.action === 'recommend' || before.action === 'listAll');
  if (!seeks || !p.r.filters.hasAny || p.action === 'recommend' || p.r.features.has('programmeQuestion') || startsWithQuestionWord(p.u)) return false;
  if (p.action !== 'lookup' && !p.u.tokens.some((t) => SUBJECT_WORDS.has(t))) return true;
  // "Und gibt es die auch online?", "Sind die auch in Rostock?": the seminars sought, pointed back to, at a time, place or
  // in a format (dev, each file held out: one more right, one fewer — "Und finden die auch am Wochenende statt?" reads
  // the coming weekend — and a did-you-mean that offered the wrong entries now a wrong list). Also where the part alone
  // would be a look-up of its own: "Welche Seminare passen für eine Schulsozialarbeiterin? Und gibt es die auch in Rostock?"
  // is that role's seminars in Rostock, not all seminars in Rostock beside the role's (dev: one more right, none lost).
  const f = p.r.filters;
  const whenWhereHow = f.formats.length > 0 || f.cities.length > 0 || f.regions.length > 0 || f.period !== undefined;
  return whenWhereHow && f.topics.length === 0 && p.u.tokens.length <= BRIEF_PART_WORDS && p.u.tokens.every((t, i) => !SUBJECT_WORDS.has(t) || THE_SEMINARS.has(t) || (t === 'es' && p.u.tokens[i - 1] === 'gibt'));
}

/** Words that point back to the seminars sought before ("gibt es die auch online?"). */
const THE_SEMINARS: ReadonlySet<string> = new Set(['die', 'diese', 'sie']);

/** Words that make a part a clause of its own, with a subject ("und kriegen die danach eine Bescheinigung"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['die', 'der', 'das', 'sie', 'es', 'er', 'ich', 'wir', 'man', 'ihr', 'du', 'diese', 'dieser', 'dieses', 'ein', 'eine', 'einer', 'mein', 'meine', 'unser', 'unsere']);

/** How a part is answered when it is read as one of several questions. */
function partAction(pu: Utterance, r: Reading): Action {
  // A part is short, and its words are half the message's: thin choices are still worth offering for it.
  const features = r.features.has('thinChoices') ? new Set([...r.features].filter((f) => f !== 'thinChoices')) : r.features;
  const action = decide(features).then;
  // "Kosten, Termine, Anmeldung?": a bare "Anmeldung" asks about registering, it does not open an enquiry.
  if (action === 'registration' && pu.tokens.length <= 2) {
    return decide(new Set([...features].filter((f) => f !== 'registrationRequest'))).then;
  }
  // "Kosten und Termine?": a bare seminar word (with a month or place) asks for the coming seminars.
  // "Welches Seminar passt?" asks what fits: for the role said in another part (answerParts), not for a list.
  // Also where the example messages name a FAQ entry for it: they are whole messages, and "Termine?" alone asks how to find them.
  if ((PART_GAPS.has(action) || action === 'faqByExamples') && action !== 'askRole' && pu.tokens.length <= 3 && mentionsSeminars(pu.apart) && !r.features.has('offTopic')) return r.filters.hasAny ? 'lookup' : 'listAll';
  // "… und kann ich mich da gleich anmelden?": the question how to register, as a part, is its FAQ answer (the seminars are the other part's).
  if (action === 'howToRegister' && !r.features.has('registersOthers')) return 'faq';
  return action;
}

/**
 * A message with several questions ("Was kostet das? Und welche Seminare gibt es im März?", "Kosten
 * und Termine?") gets an answer to each: FAQ, look-up or recommendation; a part the bot is unsure of
 * its did-you-mean, and a part it cannot answer the contact. A bare role statement among them ("Ich
 * bin Kämmerin. Kostet das etwas?") is context: it is remembered, the question is answered.
 * Undefined when the message is one question, or when reading it as one does as well.
 */
async function answerParts(memory: Memory, u: Utterance, whole: { action: Action; reading: Reading }, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult | undefined> {
  const pieces = messageParts(u);
  if (!pieces) return undefined;
  // Funding or benefits that are not the programme's, or another provider's training: no part of it is the programme's to answer.
  // So is a message the example messages say has no answer here, whatever the FAQ entries its parts come close to.
  if (whole.action === 'fallback' && (whole.reading.features.has('otherFunding') || whole.reading.features.has('otherProvider') || whole.reading.features.has('examplesSayNoAnswer'))) return undefined;
  // "Kannst du auch in Leichter Sprache antworten? Ich frage für unsere Selbstvertreter*innen.": the part after it says for whom, it asks nothing.
  if (whole.reading.features.has('asksEasyLanguage') && pieces.every((pu) => asksEasyLanguage(pu.folded) || !asksSomething(pu))) return undefined;
  const plans: PartPlan[] = pieces.map((pu) => {
    const r = interpret(pu, memory, { knowledge: deps.knowledge, search: deps.search, now: deps.now, examples: deps.examples, part: true });
    const action = partAction(pu, r);
    // "Kosten und Termine im März?": the bare "Termine" asks for the seminars the whole message wishes for.
    if (action === 'listAll' && !r.filters.hasAny && whole.reading.filters.hasAny) return { u: pu, r: { ...r, filters: whole.reading.filters }, action: 'lookup' as const };
    // A part the example messages name a FAQ entry for is answered by that entry, as a part the search is sure of.
    if (action === 'faqByExamples' && r.examplesFaq) return { u: pu, r: { ...r, faq: [r.examplesFaq] }, action: 'faq' as const };
    // A format alone ("Online? Und anmeldepflichtig?") or only whether places are left, as one part, is answered by its FAQ
    // without the seminars the message alone gets below it.
    if (action === 'faqWithOffers') return { u: pu, r, action: 'faq' as const };
    // Whether the seminars are held in a way someone needs, as one part ("Gibt es Seminare in Leichter Sprache und darf
    // meine Assistenz mit?"): the FAQ on accessibility, as the message alone gets it — not the entry the search ranks first.
    // Not where the part asks for one seminar for the writer ("Gibt es ein Seminar für mich, am besten in Leichter
    // Sprache?"): that asks what fits the role said in another part.
    if (action === 'accessibleOffers' && r.accessFaq !== undefined && !ONE_SEMINAR_ASKED.test(pu.folded)) return { u: pu, r: { ...r, faq: [{ kind: 'faq' as const, id: r.accessFaq, score: 1 }] }, action: 'faq' as const };
    // A part that withdraws or changes a registration ("wie melde ich mich ab und …") is answered by the FAQ that says how.
    const sentFaq = sentEnquiryFaq(deps.knowledge);
    if (action === 'changeSentEnquiry' && sentFaq !== undefined) return { u: pu, r: { ...r, faq: [{ kind: 'faq' as const, id: sentFaq, score: 1 }] }, action: 'faq' as const };
    return { u: pu, r, action };
  });
  // "Ich möchte meine Anmeldung für März absagen – gibt es das Seminar später im Jahr nochmal?": asked after withdrawing,
  // another date is the coming seminars (with the month, place or topic the part names), not a question about the programme.
  const withdrawn = plans.findIndex((p) => p.r.features.has('withdraws'));
  if (withdrawn >= 0) {
    for (const [i, p] of plans.entries()) {
      if (i <= withdrawn || p.r.features.has('withdraws') || SHOWS_SEMINARS.has(p.action) || !asksAnotherDate(p.u)) continue;
      plans[i] = { ...p, action: p.r.filters.hasAny ? 'lookup' : 'listAll', anotherDate: true };
    }
  }
  // "Welche Workshops richten sich an Kämmerer und finden online statt?": a part that only says when, where or how the
  // seminars sought in the part before it take place narrows that look-up; the whole is one question (dev, each file held
  // out: 2 more right, 2 fewer wrong; also with a part that has a subject of its own, "und kriegen die danach eine
  // Bescheinigung", 4 right answers were lost).
  // So does a part that asks only for a level of what was said before it ("… wie man Kooperationen aufbaut. Präsenz wäre mir
  // lieber. Gibt es da was auf Aufbauniveau?", "Ich bin Azubi in der Verwaltung – gibts da was für Anfänger wie mich?") or
  // of what the whole message wishes for ("… Grundlagenseminar zu Öffentlichkeitsarbeit gemacht. Gibt es ein
  // Aufbauseminar?", "Netzwerkkoordination, Anfängerin"): it asks for that level of it. Not where the message wishes for
  // nothing else ("Dürfen Praktikant*innen teilnehmen und gibt es Seminare für Einsteiger*innen?"), or counts its questions
  // ("Erstens: …? Zweitens: …?").
  const levelOfTheRest = (p: PartPlan) =>
    p.action === 'lookup' &&
    namesOnlyLevel(p.r.filters) &&
    (LEVEL_OF_IT.test(p.u.folded) || (!COUNTS_QUESTIONS.test(u.folded) && (whole.action === 'recommend' || !namesOnlyLevel(whole.reading.filters))));
  if ((whole.action === 'lookup' || whole.action === 'recommend') && plans.some((p, i) => i > 0 && (narrowsSought(p, plans[i - 1] as PartPlan) || levelOfTheRest(p)))) return undefined;
  // "Hybrid, Dezember?", "Online, März, Rostock?": a list of when, where and how alone is one look-up with all of them, not
  // a question about each.
  if (whole.action === 'lookup' && plans.every((p) => p.r.features.has('filtersExplainMost') && p.u.tokens.length <= FILTER_LIST_WORDS)) return undefined;
  // A change to a registration sent gives the questions around it their sense ("Meine Vorgängerin hatte sich angemeldet. Kann
  // ich statt ihr hingehen?"): read alone they would be guesses. Only seminars sought beside it are a question of their own.
  if (whole.action === 'changeSentEnquiry' && !plans.some((p) => p.action === 'lookup' || p.action === 'listAll')) return undefined;
  const isContext = (p: PartPlan) => p.action === 'recommend' && p.r.features.has('roleStatement') && !p.r.features.has('trainingRequest') && !p.r.features.has('seeking');
  const context = plans.find(isContext);
  // The role the whole message names ("Ich bin Projektleitrin in Erlangen – welches Seminar passt …") when no part alone names it.
  const role = (whole.reading.features.has('roleAskedFor') ? whole.reading.role : undefined) ?? context?.r.role ?? whole.reading.role;
  // "Bin neuer Stadtplaner und soll beim Aktionsplan Inklusion mitarbeiten, welche Fortbildung passt?": the topics of what
  // the writer tells beside the question are what the recommendation asked for is about.
  const toldTopics = [...new Set(plans.filter((p) => p === context || !asksOrWishes(p)).flatMap((p) => p.r.filters.topics))];
  const answering: PartPlan[] = [];
  const unsure: PartPlan[] = [];
  const gaps: PartPlan[] = [];
  let previous: PartPlan | undefined;
  for (const plan of plans) {
    // "Ich bin Kämmerin. Was passt zu mir?": the request for training is for the role said before.
    // "Als Bürgermeister einer kleinen Gemeinde – was sollte ich mir da anschauen?": asking what fits is asked for that role too.
    // "Ich bin Netzwerkkoordinatorin. Können Sie mir ein Seminar empfehlen?": asked like a question about the programme, still a request for training.
    // "Ich bin Selbstvertreterin … Ich hätte gern eine Fortbildung, die mir dabei hilft.": a wish for training on no topic, after the role.
    // "Was muss ich unbedingt an Fortbildungen mitnehmen?": a request for training asked like a question about the programme is still one (not who may take part).
    const f = plan.r.features;
    const wishesTraining =
      !f.has('roleNamed') &&
      !plan.r.filters.hasAny &&
      (f.has('programmeQuestion') ? f.has('trainingRequest') && !f.has('whoMayJoin') : f.has('trainingRequest') || f.has('needsTraining') || f.has('seeking'));
    const asksWhatFits =
      plan.action === 'askRole' || wishesTraining || (plan.r.features.has('asksRecommendation') && !plan.r.features.has('roleNamed') && (!plan.r.features.has('programmeQuestion') || plan.r.features.has('trainingRequest')));
    const told = plan.r.filters.topics.length === 0 && toldTopics.length > 0 ? { filters: { ...plan.r.filters, topics: toldTopics, hasAny: true } } : {};
    const p = role && asksWhatFits ? { ...plan, action: 'recommend' as const, r: { ...plan.r, role, ...told } } : plan;
    if (plan === context || !asksOrWishes(plan)) continue;
    const after = previous;
    previous = p;
    // "Kann ich meine Spende absetzen, und bekomme ich dafür eine Bescheinigung?": a part that points back to one the bot
    // cannot answer is about that one too; answered alone it would be a guess.
    if (after !== undefined && gaps.includes(after) && POINTS_BACK_TO_PART.test(p.u.folded)) {
      gaps.push(p);
      continue;
    }
    if (PART_ANSWERS.has(p.action)) {
      const same = answering.some((a) => a.action === p.action && sameAnswer(a, p));
      if (!same) answering.push(p);
    } else if (p.action === 'didYouMean') unsure.push(p);
    else if (PART_GAPS.has(p.action)) gaps.push(p);
  }
  const roleId = context?.r.role?.id;
  // "Kann man die Fortbildungen auch online machen? Reisen ist für mich gerade schwierig.": what is told around the one
  // question (words the knowledge never uses, or only more words) does not make a question the FAQ answers alone unanswerable.
  const asking = plans.filter(asksOrWishes);
  const question = asking.length === 1 ? asking[0] : undefined;
  if (question && !roleId && (whole.action === 'fallback' || whole.action === 'didYouMean') && answeredAlone(question)) return act('faq', memory, question.u, question.r, turn, deps, ctx);
  // Nothing sure in any part, and nothing understood in the whole: the part the bot is unsure of gets its did-you-mean, the rest the contact.
  if (answering.length === 0 && (unsure.length === 0 || whole.action !== 'fallback')) return undefined;
  // Only unsure parts, in a message the example messages say has no answer here: no part's did-you-mean, the whole's fallback.
  if (answering.length === 0 && whole.reading.noAnswerByExamples === true) return undefined;
  // A question read as several is no better than the whole when the whole is off-topic and a part of it too ("eine Biotonne anmelden und was kostet die?");
  // a seminar's property ("Ort, Dauer, Kosten?") uses words no FAQ holds and is still about the seminars. Not where each
  // answered part is a sure question of its own that comes first, every word of it known ("Is the training free? And can I
  // get the materials in braille?"): that is answered, and the rest left to the team (dev, each file held out: 7 more
  // right, 2 fallbacks became half answers the labels call wrong, no off-topic message answered).
  const firstAnswered = answersComeFirst(plans, answering);
  // Parts the example messages confirm count as such questions too — not where they are sure that the whole message has no
  // answer here ("Gibt es eine Bescheinigung und was kostet ein Parkplatz am Rathaus?": not half answered).
  const firstConfirmed = !whole.reading.features.has('examplesSureNoAnswer') && answersComeFirst(plans, answering, true);
  // A part that looks seminars up on a topic it names ("Welche Präsenzveranstaltungen gibt es zum Förderantragswesen") is about
  // the programme, whatever word of it the knowledge never uses.
  const offTopicPart = (p: PartPlan) => p.r.features.has('offTopic') && !p.r.features.has('asksProperty') && !(p.action === 'lookup' && p.r.filters.topics.length > 0);
  if (whole.reading.features.has('offTopic') && plans.some(offTopicPart) && !firstAnswered && !firstConfirmed) return undefined;
  // Nothing understood in the whole and words in it the knowledge never uses: answers pieced from its parts would be guesses —
  // unless each part answered is a question of its own, first, every word of it known ("Meine Chefin will wissen, ob die Fortbildung
  // etwas kostet, und außerdem, ob sie als Dienstzeit gilt."), and the words the knowledge never uses stand only in the parts after it.
  if (whole.action === 'fallback' && whole.reading.unknown.some((w) => !isPropertyWord(w)) && !firstAnswered && !firstConfirmed) return undefined;
  // Statements around one question ("Ich suche … im Frühjahr. Ich bin gehbehindert. Gibt es sowas?") are read with it, as one message.
  if (plans.filter(asksOrWishes).length < 2 && !roleId) return undefined;
  // "Werden meine Daten hier gespeichert? Wer kann die später lesen?": a short question the bot is unsure of that points
  // back to the one answered, where the whole message gets that same sure answer, is about it: the answer alone, not a
  // did-you-mean beside it (dev, each file held out: 6 more right, none wrong; without the limit of words or the
  // pointing back, long messages lost their second question: 9 more right, 11 more wrong).
  const only = answering.length === 1 ? answering[0] : undefined;
  if (only !== undefined && gaps.length === 0 && unsure.length > 0 && whole.action === 'faq' && only.action === 'faq' && only.r.faq[0]?.id === whole.reading.faq[0]?.id && unsure.every((p) => plans.indexOf(p) > plans.indexOf(only) && pointsBackBriefly(p))) return undefined;
  if (answering.length === 1 && unsure.length === 0) {
    if (gaps.length === 0) {
      // One question with a role statement around it: the question is answered, the role remembered.
      const only = answering[0] as PartPlan;
      // "Termine, Ort?": every part asks for the coming seminars, which show both — that list, not what the whole message finds.
      if (only.action === 'listAll' && plans.every((p) => p.action === 'listAll')) return act('listAll', memory, only.u, only.r, turn, deps, ctx);
      return roleId && only.action === 'faq' ? act('faq', { ...memory, roleId }, only.u, only.r, turn, deps, ctx) : undefined;
    }
    // One answer and a question the bot cannot answer: only worth it when the whole message found nothing better, and is about the programme;
    // or when the whole gets that same answer and the rest asks something else ("Was kostet das Seminar und wie wird das Wetter?"):
    // then the answer says that the other question is left to the team, rather than pass over it.
    // "Habt ihr da was?" after a request points back to it: no question of its own.
    const only = answering[0] as PartPlan;
    const sameAnswer =
      whole.action === only.action &&
      (only.action !== 'faq' || only.r.faq[0]?.id === whole.reading.faq[0]?.id) &&
      gaps.every((g) => g.u.content.length >= 2) &&
      gaps.some((g) => asksSomethingElse(g.u, only.u));
    if ((whole.action !== 'fallback' && whole.action !== 'didYouMean' && !sameAnswer) || (whole.reading.features.has('offTopic') && !firstAnswered && !firstConfirmed)) return undefined;
  }
  let state: Memory = roleId ? { ...memory, roleId } : memory;
  const results: TurnResult[] = [];
  // "Ich möchte mich für X anmelden. Muss ich dafür was zahlen?": the question is answered first, the enquiry opens last (its form or first question ends the turn).
  const answers = [...answering.filter((p) => p.action !== 'registration'), ...unsure.slice(0, 1)];
  const enquiry = answering.find((p) => p.action === 'registration');
  const chosen = [...answers.slice(0, enquiry ? MAX_ANSWERS - 1 : MAX_ANSWERS), ...(enquiry ? [enquiry] : [])];
  // "Wer darf teilnehmen? Was kostet es? Wie melde ich mich an? Gibt es eine Bescheinigung?": the questions beyond the answers are named, to ask again.
  const left = [...answering, ...unsure].filter((p) => !chosen.includes(p) && p.action !== 'registration').map((p) => echo(p.u.text));
  const severalRoles = new Set(chosen.flatMap((p) => (p.action === 'recommend' && p.r.role ? [p.r.role.id] : []))).size > 1;
  for (const p of chosen) {
    // "Kannst du einfacher reden? Leichte Sprache oder so?": a FAQ answered for one part is not offered again for another.
    const given = new Set(results.flatMap((x) => x.trace.answeredIds ?? (x.trace.answeredId !== undefined ? [x.trace.answeredId] : [])));
    const offered = p.action === 'didYouMean' ? p.r.faqChoices.filter((h) => !given.has(h.id)) : p.r.faqChoices;
    if (p.action === 'didYouMean' && offered.length === 0) continue;
    // "Ich möchte mich für das Seminar zur Buchhaltung anmelden. Wann ist der nächste Termin?": the seminars another part
    // shows answer when; the FAQ on dates lists no others beside them.
    const result =
      p.action === 'faq' && chosen.some((q) => q !== p && SHOWS_SEMINARS.has(q.action))
        ? answerFaq(state, p.r.faq[0]?.id ?? '', deps, p.r.candidates, p.r.faq.slice(1).map((h) => h.id))
        : await act(p.action, state, p.u, { ...p.r, faqChoices: offered, ...(severalRoles ? { severalRoles } : {}) }, turn, deps, ctx);
    results.push(result);
    state = result.memory;
  }
  // Every other part was only offered what this one answered: the one answer is the whole reply.
  if (results.length === 1 && gaps.length === 0 && left.length === 0) return results[0] as TurnResult;
  const primary = TRACE_ORDER.map((d) => results.find((x) => x.trace.decision === d)).find((x) => x !== undefined) ?? (results[0] as TurnResult);
  const answered = results.filter((x) => x.trace.decision !== 'didYouMean');
  const ids = answered.flatMap((x) => x.trace.answeredIds ?? (x.trace.answeredId !== undefined ? [x.trace.answeredId] : []));
  const asked = results.find((x) => x.trace.decision === 'didYouMean');
  // A FAQ answer with the seminars to choose from for an enquiry shows a list too: the trace says with which filters.
  const listed = answered.find((x) => x.trace.lookup)?.trace.lookup;
  const replies = results.flatMap((x, i) => (i < results.length - 1 ? x.replies.map((reply) => withoutFeedback(reply, memory.easy)) : x.replies));
  const complete = results.length === 2 && gaps.length === 0;
  const intro = say(complete ? convTexts.twoAnswers : convTexts.severalAnswers, memory.easy);
  const gap: Reply[] = gaps.length > 0 ? [{ kind: 'text', text: say(convTexts.partNotAnswered, memory.easy) }] : [];
  if (left.length > 0) gap.push({ kind: 'text', text: convTexts.askSeparately(left, memory.easy) });
  // A turn with a did-you-mean in it is no sure answer: its trace says so, with what was answered and what was offered.
  const roles = [...new Set(results.flatMap((x) => (x.trace.decision === 'recommend' && x.trace.answeredId !== undefined ? [x.trace.answeredId] : [])))];
  const contact = results.some((x) => x.trace.decision === 'contact') ? { contact: true } : {};
  const turnTrace: TurnTrace = asked
    ? { decision: 'didYouMean', candidates: [...answered.map((x) => ({ kind: x.trace.decision === 'lookup' ? 'seminar' : x.trace.decision === 'recommend' ? 'role' : 'faq', ...(x.trace.answeredId !== undefined ? { id: x.trace.answeredId } : {}), score: 1 })), ...asked.trace.candidates], answeredIds: [...new Set(ids)], ...contact }
    : { ...primary.trace, answeredIds: [...new Set(ids)], ...(listed && !primary.trace.lookup ? { lookup: listed } : {}), ...(roles.length > 1 ? { roles } : {}), ...contact };
  return done(state, [{ kind: 'text', text: intro }, ...replies, ...gap], turnTrace);
}

/**
 * Whether a later part gets the answer an earlier one gets: the same FAQ entry, or what fits a role. A later part that
 * asks for another role it names itself ("Was könnt ihr Netzwerkkoordinator*innen empfehlen? Und habt ihr auch was für
 * unsere Ehrenamtler:innen?") gets what fits that role too; one that tells of the writer's own past ("Vorher war ich zehn
 * Jahre in der Jugendhilfe …") or asks for the role said before ("Was würden Sie mir empfehlen?") does not.
 */
function sameAnswer(earlier: PartPlan, later: PartPlan): boolean {
  if (earlier.action === 'faq') return earlier.r.faq[0]?.id === later.r.faq[0]?.id;
  if (earlier.action === 'recommend') return earlier.r.role?.id === later.r.role?.id || !later.r.features.has('roleNamed') || later.r.features.has('roleStatement');
  return true;
}

/** Every answered part a FAQ question of its own with no word the knowledge never uses, all of them before any part left unanswered. */
function answersComeFirst(plans: PartPlan[], answering: PartPlan[], confirmedSuffice = false): boolean {
  const firstGap = plans.findIndex((p) => !answering.includes(p));
  // A need told ("Und kann mein Assistenzhund mit rein?") is a question of its own, and its aid the programme's business,
  // though the knowledge never writes that word.
  const needTold = (p: PartPlan) => p.action === 'faq' && p.r.features.has('asksAccessibleOffers') && statesOwnNeed(p.u.folded);
  // A part the example messages are sure of and agree with the search on ("and can i register for two at once?") is answered by
  // what people write, though its words (English, or the knowledge's never) are not the knowledge's.
  const examplesSure = (p: PartPlan) => p.action === 'faq' && p.r.features.has('examplesSure') && p.r.features.has('examplesAgree') && !p.r.features.has('mostlyUnknown');
  // With confirmedSuffice, a part the search is sure of and the example messages confirm ("Wie kann ich mich wieder abmelden und gibt es einen
  // Nachholtermin?") is a question of its own, though it is one word or a word of it is not the knowledge's (dev, each file
  // held out: 4 more right, one fallback a half answer).
  const confirmed = (p: PartPlan) => confirmedSuffice && p.action === 'faq' && p.r.features.has('faqAnswer') && p.r.features.has('examplesConfirmAnswer') && !p.r.features.has('mostlyUnknown') && !p.r.features.has('offTopic');
  return answering.length > 0 && answering.every((p) => (needTold(p) || examplesSure(p) || confirmed(p) || p.anotherDate === true || (answeredAlone(p) && p.r.unknown.length === 0)) && (firstGap < 0 || plans.indexOf(p) < firstGap));
}

/** A question the FAQ answers on its own: sure, about the programme, with words of its own, not about the story told around it ("An wen wende ich mich da?"). */
function answeredAlone(p: PartPlan): boolean {
  // "[Wir bitten um Mitteilung der] Anmeldemodalitäten sowie …": one word asked through the message's frame is a question of its own.
  return p.action === 'faq' && !p.r.features.has('offTopic') && !p.r.features.has('mostlyUnknown') && (p.u.content.length >= 2 || askedWithoutQuestionForm(p.u)) && !POINTS_BACK_TO_PART.test(p.u.folded) && !POINTS_BACK_TO_STORY.test(p.u.folded);
}

/** A part with words of its own, beyond those of the part that is answered ("… und wie wird das Wetter morgen?"). */
function asksSomethingElse(part: Utterance, answered: Utterance): boolean {
  const known = new Set(answered.stems);
  return part.stems.some((s) => !known.has(s));
}

/** Words that point back to what a part before named ("wer kann die lesen", "was passiert damit"). */
const BACK_WORDS: ReadonlySet<string> = new Set(['die', 'das', 'der', 'den', 'dem', 'sie', 'es', 'er', 'ihn', 'diese', 'dieses', 'diesen']);
/** How many words a question may have to be read as one about the part before it. */
const BRIEF_PART_WORDS = 6;

/**
 * A short question that points back to the one before it ("Wer kann die später lesen?", "Und was kostet das?"): a word
 * of BACK_WORDS standing for a thing, not as the article of a noun after it ("Was beinhaltet das Fortbildungsprogramm?").
 */
function pointsBackBriefly(p: PartPlan): boolean {
  if (p.u.tokens.length > BRIEF_PART_WORDS) return false;
  const words = p.u.text.split(/[\s,;:.!?–-]+/).filter((w) => w !== '');
  const pronoun = words.some((w, i) => BACK_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(words[i + 1] ?? ''));
  return pronoun || POINTS_BACK_TO_PART.test(p.u.folded);
}

/** A message that counts its questions: "Ich habe zwei Fragen. Erstens: …". */
const COUNTS_QUESTIONS = /\b(?:erstens|zweitens|(?:zwei|drei|ein paar|mehrere) fragen)\b/;

/** Words by which a part asking for a level refers to what was said before it: "Gibt es da was auf Aufbauniveau?", "Gibt es dazu einen Aufbaukurs?". */
const LEVEL_OF_IT = /\b(?:da|dazu|davon|hierzu|darin|darueber|dafuer|dafur)\b/;

/** Words by which a question refers to the question before it ("dafür", "dazu", "davon"). */
const POINTS_BACK_TO_PART = /\b(?:dafuer|dazu|davon|darauf|daran|dabei|damit|dafur)\b/;

/** "An wen wende ich mich da?", "Was mache ich dann?": a question about what was told before it. */
const POINTS_BACK_TO_STORY = /\b(?:da|dort|dann|damit|deswegen|deshalb)\b/;

/** Most answers one message gets. */
const MAX_ANSWERS = 3;
/** Longest question repeated back in "ask it again" (in characters). */
const ECHO_CHARS = 80;

/** A question as the person typed it, short and without markup characters, to be shown back to them. */
function echo(text: string): string {
  const plain = text.replace(/[*_`[\]()<>#|~\\]/g, '').trim();
  return plain.length > ECHO_CHARS ? `${plain.slice(0, ECHO_CHARS - 1).trimEnd()}…` : plain;
}

async function act(action: Action, memory: Memory, u: Utterance, r: Reading, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  const easy = memory.easy;
  const candidates = r.candidates;
  const lists = listDeps(deps);
  switch (action) {
    case 'command':
      return handleIntent(memory, r.command ?? { action: 'help' }, u, turn, deps, ctx, candidates);
    case 'empty':
      return done(memory, [{ kind: 'text', text: say(texts.empty, easy), choices: mainChoices(easy) }], trace('other', candidates));
    case 'enquiryStatus':
      // Without a number the person asks how to find out: that is the team's address.
      if (r.enquiryNumber === undefined) return done({ ...memory, awaiting: undefined }, [{ kind: 'text', text: say(texts.enquiryStatusUnknown, easy), choices: mainChoices(easy).slice(0, 3) }], trace('contact', candidates));
      return done({ ...memory, awaiting: undefined }, [{ kind: 'text', text: texts.enquiryStatus(r.enquiryNumber, easy), choices: mainChoices(easy) }], trace('other', candidates));
    case 'changeSentEnquiry': {
      // The FAQ says it first (the entry tagged for it in knowledge/faq); a knowledge without that entry gets the bot's own sentence.
      const sentFaq = sentEnquiryFaq(deps.knowledge);
      if (sentFaq !== undefined) return answerFaq(memory, sentFaq, deps, candidates, []);
      return done({ ...memory, awaiting: undefined }, [{ kind: 'text', text: say(texts.changeSentEnquiry, easy), choices: mainChoices(easy).slice(0, 3) }], trace('contact', candidates));
    }
    case 'greeting':
      return done(memory, welcome(memory), trace('smallTalk', candidates));
    case 'chatting':
      return done(memory, [{ kind: 'text', text: say(texts.chatting, easy), choices: mainChoices(easy) }], trace('smallTalk', candidates));
    case 'thanks':
      return done(memory, [{ kind: 'text', text: say(texts.thanks, easy), choices: mainChoices(easy) }], trace('smallTalk', candidates));
    case 'acknowledged':
      return done(memory, [{ kind: 'text', text: say(texts.acknowledged, easy), choices: mainChoices(easy) }], trace('smallTalk', candidates));
    case 'goodbye':
      return done(memory, [{ kind: 'text', text: say(texts.goodbye, easy) }], trace('smallTalk', candidates));
    case 'feedback':
      return feedback(memory, r.feedback ?? false, deps);
    case 'notHelpful':
      return memory.lastAnswer ? feedback(memory, false, deps) : done(memory, [{ kind: 'text', text: say(convTexts.feedbackSorryNoOthers, easy), choices: mainChoices(easy) }], trace('contact', candidates));
    case 'contact':
      return done({ ...memory, awaiting: undefined }, [{ kind: 'text', text: say(convTexts.human, easy), choices: mainChoices(easy).slice(0, 3) }], trace('contact', candidates));
    case 'recommend': {
      const roleId = r.role?.id ?? memory.roleId;
      if (!roleId) return askRole(memory, deps, candidates);
      return recommend({ ...memory, awaiting: undefined, misses: 0 }, roleId, r, deps, candidates, u.text);
    }
    case 'askRole':
      return askRole(memory, deps, candidates);
    case 'reAskRole':
      return reAsk(memory, deps, candidates);
    case 'registration':
      return startRegistrationByText(memory, u.text, turn, deps, ctx);
    case 'howToRegister':
      return r.features.has('registersOthers') ? registerOthers(memory, u, r, turn, deps, ctx, candidates) : howToRegister(memory, u, r, deps, candidates);
    case 'accessibleOffers':
      return accessibleOffers(memory, u, r, deps, candidates);
    case 'faqWithOffers':
      return faqThenList(memory, answerFaq(memory, r.faq[0]?.id ?? '', deps, candidates, []), lookUp(memory, u.text, r.filters, false, lists));
    case 'listAll':
      return shown(lookUp(memory, u.text, r.filters, true, lists), 'lookup', candidates);
    case 'listDeadlines':
      return shown(showListed(memory, r.listed ?? [], lists, 'deadlines'), 'lookup', candidates);
    case 'listAgain':
      return shown(showListed(memory, r.listed ?? [], lists, 'held'), 'lookup', candidates);
    case 'faqAgain': {
      const again = answerFaq(memory, r.sameAnswer ?? '', deps, candidates, []);
      return done(again.memory, [{ kind: 'text', text: say(convTexts.sameAnswerIntro, memory.easy) }, ...again.replies], again.trace);
    }
    case 'narrow': {
      const last = listFollowedUp(memory);
      const filters = last ? narrow(last.filters, r.filters) : r.filters;
      // "Und online?" after the seminars recommended for a role: that role's seminars online.
      if (last?.roleId) return recommend(memory, last.roleId, { ...r, filters, severalRoles: last.forRole === true }, deps, candidates, u.text);
      return shown(lookUp(memory, u.text, filters, false, lists), 'lookup', candidates);
    }
    case 'lookup':
      return shown(lookUp(memory, u.text, r.filters, false, lists), 'lookup', candidates);
    case 'faqPair':
      return withSeminarsItLists(answerPair(memory, r.pair ?? ['', ''], deps, candidates), memory, u.text, faqListFilters(memory, r), deps);
    case 'faq':
      return withSeminarsItLists(answerFaq(memory, r.faq[0]?.id ?? '', deps, candidates, r.faq.slice(1).map((h) => h.id)), memory, u.text, faqListFilters(memory, r), deps);
    case 'faqByExamples':
      return withSeminarsItLists(answerFaq(memory, r.examplesFaq?.id ?? '', deps, candidates, []), memory, u.text, faqListFilters(memory, r), deps);
    case 'seminar':
      return shown(showSeminar(memory, r.seminarId ?? '', lists), 'lookup', candidates);
    case 'didYouMean':
      return didYouMean(memory, r, deps, candidates);
    case 'fallback':
      return fallback(memory, candidates);
  }
}

async function handleIntent(memory: Memory, intent: Intent, u: Utterance, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx, candidates: TraceCandidate[]): Promise<TurnResult> {
  const lists = listDeps(deps);
  switch (intent.action) {
    case 'help':
      return done(memory, [{ kind: 'text', text: say(texts.help, memory.easy), choices: mainChoices(memory.easy) }], trace('command', candidates));
    case 'restart': {
      const fresh = { ...freshMemory(), easy: memory.easy };
      return done(fresh, [{ kind: 'text', text: say(texts.restarted, fresh.easy) }, ...welcome(fresh)], trace('command', candidates));
    }
    case 'easy': {
      const next = { ...memory, easy: intent.on };
      return done(next, [{ kind: 'text', text: intent.on ? texts.easySwitchedOn : texts.easySwitchedOff, choices: mainChoices(next.easy) }], trace('command', candidates));
    }
    case 'faq':
      return withSeminarsItLists(answerFaq(memory, intent.id, deps, candidates, []), memory, '', extractSeminarFilters('', deps.knowledge, deps.now), deps);
    case 'seminar':
      return shown(showSeminar(memory, intent.id, lists), 'lookup', candidates);
    case 'similar':
      return shown(showSimilar(memory, intent.id, lists), 'lookup', candidates);
    case 'register': {
      const seminar = deps.knowledge.seminars.find((s) => s.id === intent.id);
      if (!seminar) return startRegistrationByText(memory, '', turn, deps, ctx);
      const opened = await openRegistration({ ...memory, awaiting: undefined }, seminar, intent.waitingList ?? false, turn, ctx);
      return done(opened.memory, opened.replies, REGISTRATION_TRACE);
    }
    case 'role':
      return recommend({ ...memory, awaiting: undefined, misses: 0 }, intent.id, undefined, deps, candidates);
    case 'recommend':
      return memory.roleId ? recommend(memory, memory.roleId, undefined, deps, candidates) : askRole(memory, deps, candidates);
    case 'more':
      return shown(showMore(memory, lists), 'lookup', candidates);
    case 'form':
      // A form button from an enquiry that is already finished or cancelled: sent (with its number) or not open.
      return done(memory, [{ ...closedFormReply(memory, turn.value), choices: mainChoices(memory.easy) }], REGISTRATION_TRACE);
    case 'say': {
      const said = readUtterance(intent.text);
      const reading = interpret(said, memory, { knowledge: deps.knowledge, search: deps.search, now: deps.now, examples: deps.examples });
      return act(decide(reading.features).then, memory, said, reading, turn, deps, ctx);
    }
    case 'feedback':
      return memory.lastAnswer ? feedback(memory, intent.helpful, deps) : done(memory, [{ kind: 'text', text: say(convTexts.feedbackThanks, memory.easy) }], trace('other', candidates));
  }
  void u;
}

function listDeps(deps: AssistantDeps) {
  return { knowledge: deps.knowledge, search: deps.search, now: deps.now, ...(deps.baseUrl !== undefined ? { baseUrl: deps.baseUrl } : {}) };
}

function trace(decision: DecisionKind, candidates: TraceCandidate[], answeredId?: string): TurnTrace {
  return { decision, candidates, ...(answeredId !== undefined ? { answeredId } : {}) };
}

function shown(result: Shown, decision: DecisionKind, candidates: TraceCandidate[]): TurnResult {
  const lookup = listFilters(result.memory);
  return done({ ...result.memory, lastAnswer: undefined }, result.replies, {
    ...trace(decision, candidates, result.ids[0]),
    ...(result.ids.length > 0 ? { answeredIds: result.ids } : {}),
    ...(lookup ? { lookup } : {}),
  });
}

/**
 * The seminars to choose from for an enquiry: the enquiry is begun (the trace says registration, with the list's ids and
 * filters), but for no seminar yet — an answeredId would count as an enquiry started for the first one listed.
 */
function registrationList(result: Shown): TurnResult {
  const listed = shown(result, 'registration', []);
  const { answeredId: _none, ...begun } = listed.trace;
  return { ...listed, trace: begun };
}

/** The filters the list on show was made with, for the trace. */
function listFilters(memory: Memory): TurnTrace['lookup'] {
  const f = memory.list?.filters;
  // The place asked for counts as the look-up's place also where the catalogue has none (the reply says so).
  return f ? { topics: f.topics, formats: f.formats, cities: f.place !== undefined ? [...f.cities, f.place] : f.cities, ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) } : undefined;
}

/** "Ja" / "Nein" to "Hat Ihnen das geholfen?", as choices on the answer itself (one bubble, short labels). */
function feedbackChoices(easy: boolean): Choice[] {
  return [
    { label: say(convTexts.feedbackYes, easy), intent: { action: 'feedback', helpful: true } },
    { label: say(convTexts.feedbackNo, easy), intent: { action: 'feedback', helpful: false } },
  ];
}

/** The answer or list without the feedback question (a message with two answers asks it once, after the last). */
function withoutFeedback(reply: Reply, easy: boolean): Reply {
  const ask = say(convTexts.feedbackAsk, easy);
  const choices = (list: Choice[]) => list.filter((c) => c.intent.action !== 'feedback');
  if (reply.kind === 'faq') return { ...reply, answer: reply.answer.replace(`\n\n${ask}`, ''), choices: choices(reply.choices) };
  if (reply.kind === 'seminars') return { ...reply, text: reply.text.replace(` ${ask}`, ''), choices: choices(reply.choices) };
  return reply;
}

/** The answer or list with the feedback question after its text and Ja / Nein after its choices. */
function withFeedback(reply: Reply, easy: boolean): Reply {
  const ask = say(convTexts.feedbackAsk, easy);
  if (reply.kind === 'faq') return { ...reply, answer: `${reply.answer}\n\n${ask}`, choices: [...reply.choices, ...feedbackChoices(easy)] };
  if (reply.kind === 'seminars') return { ...reply, text: `${reply.text} ${ask}`, choices: [...reply.choices, ...feedbackChoices(easy)] };
  return reply;
}

/** A FAQ question as a button: in Leichte-Sprache mode its Leichte-Sprache form. */
function faqChoice(f: FaqEntry, easy: boolean): Choice {
  return { label: easy ? f.questionEasy : f.question, intent: { action: 'faq', id: f.id } };
}

/** FAQ entries by id, once per knowledge (the first entry of an id, as `find` gave): every answer looked up itself and its related entries by walking the list. */
const faqById = perKnowledge((knowledge: Knowledge) => {
  const byId = new Map<string, FaqEntry>();
  for (const f of knowledge.faq) if (!byId.has(f.id)) byId.set(f.id, f);
  return byId;
});

function faqReply(memory: Memory, id: string, deps: AssistantDeps): Reply | undefined {
  const entry = faqById(deps.knowledge).get(id);
  if (!entry) return undefined;
  const related = entry.related
    .map((rel) => faqById(deps.knowledge).get(rel))
    .filter((f) => f !== undefined)
    .map((f) => faqChoice(f, memory.easy));
  // The answer on Leichte Sprache names its button: it comes with it, first.
  const button: Choice[] = entry.id === easyLanguageFaq(deps.knowledge) && !memory.easy ? [{ label: texts.menu.easyOn, intent: { action: 'easy', on: true } }] : [];
  const choices = [...button, ...related].slice(0, 3);
  return { kind: 'faq', faqId: entry.id, question: entry.question, answer: memory.easy ? entry.answerEasy : entry.answer, choices };
}

function answerFaq(memory: Memory, id: string, deps: AssistantDeps, candidates: TraceCandidate[], others: string[]): TurnResult {
  const reply = faqReply(memory, id, deps);
  if (!reply) return fallback(memory, candidates);
  const lastAnswer = { kind: 'faq' as const, id, others: others.filter((o) => o !== id).slice(0, 3) };
  // A question the knowledge cannot answer, answered by saying so and naming the contact: the honest fallback, in its own words.
  const open = faqById(deps.knowledge).get(id)?.open === true;
  return done({ ...memory, awaiting: undefined, misses: 0, lastAnswer }, [withFeedback(reply, memory.easy)], trace(open ? 'fallback' : 'faq', candidates, id));
}

function answerPair(memory: Memory, ids: [string, string], deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  const replies = ids.map((id) => faqReply(memory, id, deps)).filter((r) => r !== undefined);
  if (replies.length < 2) return answerFaq(memory, ids[0], deps, candidates, []);
  const lastAnswer = { kind: 'faq' as const, id: ids[0], others: [ids[1]] };
  return done({ ...memory, awaiting: undefined, misses: 0, lastAnswer }, [{ kind: 'text', text: say(convTexts.twoAnswers, memory.easy) }, ...replies.slice(0, -1), ...replies.slice(-1).map((r) => withFeedback(r, memory.easy))], {
    ...trace('faq', candidates, ids[0]),
    answeredIds: ids,
  });
}

function recommend(memory: Memory, roleId: string, r: Reading | undefined, deps: AssistantDeps, candidates: TraceCandidate[], text = ''): TurnResult {
  // A workplace ("ich bin bei der VG Nieder-Olm") is not a place filter for recommendations; a town of the catalogue
  // named in a role statement ("Ich bin Projektleiterin in Erlangen") puts the seminars there first and leaves none out.
  const filters: SeminarFilters = r ? { ...r.filters } : extractSeminarFilters('', deps.knowledge, deps.now);
  delete filters.unknownPlace;
  delete filters.around;
  delete filters.nearMe;
  if (filters.topics.length === 0 && r?.recommendTopic !== undefined) filters.topics = [r.recommendTopic];
  if (r?.features.has('roleStatement') && !r.features.has('seeking') && (filters.cities.length > 0 || filters.regions.length > 0)) filters.placePreferred = true;
  const result = recommendFor(memory, roleId, filters, listDeps(deps), text, r?.severalRoles === true);
  if (result.replies.length === 0) return askRole(memory, deps, candidates);
  const lastAnswer = { kind: 'recommend' as const, id: roleId, others: [] };
  const lookup = result.ids.length > 0 ? listFilters(result.memory) : undefined;
  return done({ ...result.memory, lastAnswer }, result.ids.length > 0 ? result.replies.map((r) => withFeedback(r, memory.easy)) : result.replies, { ...trace('recommend', candidates, roleId), ...(lookup ? { answeredIds: result.ids, lookup } : {}) });
}

function feedback(memory: Memory, helpful: boolean, deps: AssistantDeps): TurnResult {
  const last = memory.lastAnswer;
  const state: Memory = { ...memory, lastAnswer: undefined };
  const base: TurnTrace = { decision: 'feedback', candidates: [], helpful, ...(last ? { answeredId: last.id } : {}) };
  if (helpful) return done(state, [{ kind: 'text', text: say(convTexts.feedbackThanks, memory.easy) }], base);
  const others = (last?.kind === 'faq' ? last.others : [])
    .map((id) => deps.knowledge.faq.find((f) => f.id === id))
    .filter((f) => f !== undefined)
    .map((f) => faqChoice(f, memory.easy));
  if (last?.kind === 'recommend') others.push({ label: say(convTexts.otherRole, memory.easy), intent: { action: 'recommend' } });
  const text = others.length > 0 ? say(convTexts.feedbackSorry, memory.easy) : say(convTexts.feedbackSorryNoOthers, memory.easy);
  return done(state, [{ kind: 'text', text, choices: others.length > 0 ? others : mainChoices(memory.easy).slice(0, 3) }], { ...base, candidates: others.map((c) => ({ kind: 'faq', ...(c.intent.action === 'faq' ? { id: c.intent.id } : {}), score: 0 })) });
}

function didYouMean(memory: Memory, r: Reading, deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  const choices = r.faqChoices
    .map((hit) => deps.knowledge.faq.find((x) => x.id === hit.id))
    .filter((f) => f !== undefined)
    .map((f) => faqChoice(f, memory.easy));
  if (choices.length === 0) return fallback(memory, candidates);
  return done({ ...memory, lastAnswer: undefined }, [{ kind: 'choice', text: say(choices.length === 1 ? texts.didYouMeanOne : texts.didYouMean, memory.easy), choices }], {
    decision: 'didYouMean',
    candidates: r.faqChoices.map((h) => ({ kind: 'faq', id: h.id, score: h.score })),
  });
}

function fallback(memory: Memory, candidates: TraceCandidate[]): TurnResult {
  return done({ ...memory, lastAnswer: undefined }, [{ kind: 'text', text: say(texts.fallback, memory.easy), choices: mainChoices(memory.easy) }], trace('fallback', candidates));
}

function askRole(memory: Memory, deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  const choices = deps.knowledge.roles.map((r): Choice => ({ label: memory.easy ? r.nameEasy : r.name, intent: { action: 'role', id: r.id } }));
  return done({ ...memory, awaiting: 'role', misses: 0, lastAnswer: undefined }, [{ kind: 'choice', text: say(convTexts.askRole, memory.easy), choices }], trace('recommend', candidates));
}

function reAsk(memory: Memory, deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  if (memory.misses >= 1) {
    return done({ ...memory, awaiting: undefined, misses: 0 }, [{ kind: 'text', text: say(texts.offerHelp, memory.easy), choices: mainChoices(memory.easy) }], trace('fallback', candidates));
  }
  const asked = askRole(memory, deps, candidates);
  const first = asked.replies[0];
  const replies: Reply[] = first && first.kind === 'choice' ? [{ ...first, text: `${say(texts.notUnderstoodInFlow, memory.easy)} ${first.text}` }] : asked.replies;
  return done({ ...asked.memory, misses: memory.misses + 1 }, replies, trace('fallback', candidates));
}

async function startRegistrationByText(memory: Memory, text: string, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  const { knowledge, now } = deps;
  const rest = text.replace(/anmeldung anfragen:?/i, ' ');
  const filters = extractSeminarFilters(rest, knowledge, now);
  const fitting = recommendSeminars(knowledge, { filters }, now);
  const upcoming = fitting.items.map((r) => r.seminar);
  const short = seminarsNamedShort(rest, knowledge, now);
  const byTitle = knowledge.seminars.find((s) => foldText(rest).includes(foldText(s.title))) ?? (short.length === 1 ? short[0] : undefined);
  // "für das Online-Seminar im Januar": the one coming seminar that fits every wish named is the one meant.
  const wishNamed = filters.topics.length > 0 || filters.period !== undefined || filters.cities.length > 0 || filters.formats.length > 0;
  const onlyFit = wishNamed && fitting.relaxedFilters.length === 0 && upcoming.length === 1 ? upcoming[0] : undefined;
  const hits = deps.search.search(rest, { kinds: ['seminar'], limit: 5 });
  const clearHit = hits.length > 0 && (hits.length === 1 || (hits[0]?.score ?? 0) >= 2 * (hits[1]?.score ?? 0)) && meaningful(rest);
  const seminar = byTitle ?? onlyFit ?? (clearHit ? knowledge.seminars.find((s) => s.id === hits[0]?.id) : undefined);
  if (seminar) {
    const opened = await openRegistration({ ...memory, awaiting: undefined }, seminar, false, turn, ctx);
    return done(opened.memory, opened.replies, REGISTRATION_TRACE);
  }
  // "für Pressearbeit für Inklusionsprojekte": the runs of the seminar named by its short title, to choose by date.
  if (short.length > 1) {
    const items = short.map((s) => seminarItem(s, '', now, undefined, memory.easy));
    const runs: Reply = { kind: 'seminars', text: say(regTexts.pickRunToRegister, memory.easy), items, choices: items.map((i): Choice => ({ label: i.title, intent: { action: 'seminar', id: i.seminarId } })) };
    return done({ ...memory, awaiting: undefined, lastAnswer: undefined }, [runs], { ...REGISTRATION_TRACE, answeredIds: short.map((s) => s.id) });
  }
  // "Ich möchte mich für das Seminar zur Antragstellung anmelden": several seminars fit the topic, time or place named —
  // their list shows dates and places to choose by; the one opened offers the enquiry. (A format alone, "für ein
  // Präsenzseminar", narrows too little for a list.)
  if ((filters.topics.length > 0 || filters.period !== undefined || filters.cities.length > 0) && upcoming.length > 1) {
    return registrationList(listToRegister({ ...memory, awaiting: undefined }, rest, filters, deps));
  }
  const candidates = (meaningful(rest) ? hits.map((h) => knowledge.seminars.find((s) => s.id === h.id)).filter((s) => s !== undefined) : []).filter((s) => upcoming.includes(s));
  const options = (candidates.length > 0 ? candidates : upcoming).slice(0, 5);
  const choices = options.map((s): Choice => ({ label: s.title, intent: { action: 'register', id: s.id } }));
  const intro = candidates.length > 0 ? say(regTexts.askSeminar, memory.easy) : meaningful(rest) ? say(regTexts.noSeminarFound, memory.easy) : say(regTexts.askSeminar, memory.easy);
  return done({ ...memory, awaiting: undefined }, [{ kind: 'choice', text: intro, choices }], REGISTRATION_TRACE);
}

/**
 * "Ich will mich für das Seminar zu Netzwerkarbeit anmelden, wie geht das?": the FAQ that says how, then — when the message
 * names seminars by topic, time or place — their list to choose from, each offering the enquiry.
 */
function howToRegister(memory: Memory, u: Utterance, r: Reading, deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  const answered = answerFaq(memory, r.faq[0]?.id ?? '', deps, candidates, r.faq.slice(1).map((h) => h.id));
  const f = faqListFilters(memory, r);
  if (answered.trace.decision !== 'faq' || !(f.topics.length > 0 || f.period !== undefined || f.cities.length > 0)) return answered;
  return faqThenList(memory, answered, listToRegister(answered.memory, u.text, f, deps));
}

/**
 * "Ich möchte zwei Kolleginnen für das Seminar zur Antragstellung anmelden", "Wir möchten uns zu zweit anmelden": the FAQ that
 * says an enquiry is one person's, then the enquiry as for one's own wish (the seminar named by its title opens its form;
 * otherwise the seminars to choose from, or which seminar).
 */
async function registerOthers(memory: Memory, u: Utterance, r: Reading, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx, candidates: TraceCandidate[]): Promise<TurnResult> {
  const answered = answerFaq(memory, r.faq[0]?.id ?? '', deps, candidates, r.faq.slice(1).map((h) => h.id));
  if (answered.trace.decision !== 'faq') return answered;
  const enquiry = await startRegistrationByText(answered.memory, u.text, turn, deps, ctx);
  const ids = [...(answered.trace.answeredId !== undefined ? [answered.trace.answeredId] : []), ...(enquiry.trace.answeredIds ?? [])];
  return done(enquiry.memory, [...answered.replies.map((reply) => withoutFeedback(reply, memory.easy)), ...enquiry.replies], { ...answered.trace, answeredIds: ids, ...(enquiry.trace.lookup ? { lookup: enquiry.trace.lookup } : {}) });
}

/**
 * "Gibt es die Seminare auch in Leichter Sprache?": the FAQ on how accessibility is shown and asked for, then the coming
 * seminars that offer what was named.
 */
function accessibleOffers(memory: Memory, u: Utterance, r: Reading, deps: AssistantDeps, candidates: TraceCandidate[]): TurnResult {
  const answered = answerFaq(memory, r.accessFaq ?? '', deps, candidates, []);
  // "Barrierefreiheitsinfos zu den Präsenzseminaren?" names no need to list seminars by, and a step-free place every
  // online seminar has ("Sind die Veranstaltungsorte rollstuhlgerecht?"): the FAQ says how to find them.
  if (!r.filters.accessibility.some((need) => need !== 'stepFree')) return answered;
  return faqThenList(memory, answered, lookUp(answered.memory, u.text, r.filters, false, listDeps(deps)));
}

/** A FAQ answer whose entry lists seminars ("Wann ist das nächste Seminar?"), followed by the coming ones the message asks for. */
function withSeminarsItLists(answered: TurnResult, memory: Memory, text: string, filters: SeminarFilters, deps: AssistantDeps): TurnResult {
  const ids = answered.trace.answeredIds ?? (answered.trace.answeredId !== undefined ? [answered.trace.answeredId] : []);
  const lists = (id: string) => {
    const when = faqById(deps.knowledge).get(id)?.listsSeminars;
    return when === true || (when === 'named' && namesSeminars(filters));
  };
  if (!ids.some(lists)) return answered;
  return faqThenList(memory, answered, lookUp(answered.memory, text, filters, true, listDeps(deps)));
}

/** What a FAQ answer's list is made with: the message's filters, or — pointing into the list just shown ("für die in Köln") — that list's narrowed by them. */
function faqListFilters(memory: Memory, r: Reading): SeminarFilters {
  const last = r.intoList ? listFollowedUp(memory) : undefined;
  return last ? narrow(last.filters, r.filters) : r.filters;
}

/** A FAQ answer followed by a list of seminars (when it has any): one turn, the list remembered for "mehr" and picks. */
function faqThenList(memory: Memory, answered: TurnResult, listed: Shown): TurnResult {
  if (answered.trace.decision !== 'faq' || listed.ids.length === 0) return answered;
  const lookup = listFilters(listed.memory);
  return done({ ...listed.memory, lastAnswer: answered.memory.lastAnswer }, [...answered.replies.map((reply) => withoutFeedback(reply, memory.easy)), ...listed.replies], {
    ...answered.trace,
    answeredIds: [...(answered.trace.answeredId !== undefined ? [answered.trace.answeredId] : []), ...listed.ids],
    ...(lookup ? { lookup } : {}),
  });
}

/** The seminars someone wants to register for, with how to ask for a place in one of them before the list. */
function listToRegister(memory: Memory, text: string, filters: SeminarFilters, deps: AssistantDeps): Shown {
  const listed = lookUp(memory, text, filters, false, listDeps(deps));
  const hint = say(listed.ids.length > 1 ? regTexts.pickToRegister : regTexts.pickOneToRegister, memory.easy);
  return { ...listed, replies: listed.replies.map((reply) => (reply.kind === 'seminars' ? { ...reply, text: `${hint} ${reply.text}` } : reply)) };
}

/** Whether text beyond the registration words names anything (a topic, title, place). */
function meaningful(text: string): boolean {
  const words = foldText(text)
    .split(' ')
    .filter((w) => w.length > 3 && !/^(?:ich|moechte|mich|will|gerne|gern|bitte|anmelden|anmeldung|anfragen|registrieren|buchen|teilnehmen|seminar|seminare|fuer|das|dem|den|die|der|zur|zum|einem|einen|eine)$/.test(w));
  return words.length > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Remembers the choices offered in this turn's replies, so a typed "2" or label picks one next turn. */
function done(memory: Memory, replies: Reply[], turnTrace: TurnTrace): TurnResult {
  const offered = replies.flatMap((r) => ('choices' in r && r.choices ? r.choices : r.kind === 'summary' ? r.summary.choices : []));
  return { memory: { ...memory, offered: dedupe(offered).slice(0, 30).map((c) => ({ ...c, label: c.label.slice(0, 200) })) }, replies, trace: turnTrace };
}

function dedupe(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((c) => (seen.has(c.label) ? false : (seen.add(c.label), true)));
}
