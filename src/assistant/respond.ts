// The brain: (memory, message, knowledge, now) → new memory + reply models. Pure apart from the
// registration port it is given; knows nothing of Bot Framework.
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import type { SearchIndex } from '../search/index.js';
import { commandIn, fold, pickFrom } from './commands.js';
import { extractSeminarFilters, isSeminarLookup, type SeminarFilters } from './filters.js';
import { freshMemory, parseIntent, type LastLookup, type Memory } from './memory.js';
import { isPastSeminar, recommendSeminars, similarSeminars } from './recommend.js';
import { closedFormReply, continueRegistration, draftExpired, openQuestionReminder, openRegistration, pastSeminarNamed, pastSeminarReplies, registrationChoiceFromList, registrationInContext, type RegistrationPort, type RegistrationTurn } from './registration.js';
import { regTexts } from './registrationTexts.js';
import type { Choice, Intent, Reply } from './reply.js';
import { recognizeRole, roleChangeIntent } from './roles.js';
import { seminarDetail, seminarItem } from './seminarView.js';
import { say, texts } from './texts.js';
import { convTexts } from './conversationTexts.js';

export interface AssistantDeps {
  knowledge: Knowledge;
  search: SearchIndex;
  now: Date;
  /** Base URL for links the person opens (calendar files). */
  baseUrl?: string;
  registration?: RegistrationPort;
  newFormId?: () => string;
}

export interface TurnInput {
  /** What the person typed (mentions already removed), or the label of the button they clicked. */
  text: string;
  /** Button data (Action.Submit / messageBack value), untrusted. */
  value?: unknown;
  /** Whether the channel shows Adaptive Cards (else everything is plain text). */
  cards?: boolean;
  conversationId?: string;
  /** Identifies the person for rate limits (never their name or address). */
  userKey?: string;
  /** Teams member profile, looked up only when a registration form is opened. */
  profile?: () => Promise<{ name?: string; email?: string } | undefined>;
}

export interface TurnResult {
  memory: Memory;
  replies: Reply[];
}

const MAX_TEXT = 2000;
const PAGE = 4;

/** The greeting with the main actions, in the conversation's language. */
export function welcome(memory: Memory): Reply[] {
  return [{ kind: 'text', text: say(texts.welcome, memory.easy), choices: mainChoices(memory.easy) }];
}

export async function respond(memory: Memory, input: TurnInput, deps: AssistantDeps): Promise<TurnResult> {
  const text = input.text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
  const value = isRecord(input.value) ? input.value : undefined;
  const turn: RegistrationTurn = {
    text,
    value,
    cards: input.cards ?? true,
    conversationId: input.conversationId ?? 'conversation',
    userKey: input.userKey ?? 'anonymous',
    ...(input.profile ? { profile: input.profile } : {}),
  };
  const ctx = { knowledge: deps.knowledge, now: deps.now, port: deps.registration, newFormId: deps.newFormId ?? (() => `f${deps.now.getTime().toString(36)}`) };

  // Personal data of an enquiry left unfinished for a day is not kept any longer.
  if (memory.registration && draftExpired(memory.registration, deps.now)) {
    const rest = await respond({ ...memory, registration: undefined }, input, deps);
    return { memory: rest.memory, replies: [{ kind: 'text', text: say(regTexts.expired, memory.easy) }, ...rest.replies] };
  }

  // Commands work at any point; "abbrechen" inside an enquiry cancels it (and forgets its data).
  const command = value ? undefined : commandIn(text);
  if (command?.action === 'restart' && memory.registration) {
    return done({ ...memory, registration: undefined, awaiting: undefined, misses: 0 }, [{ kind: 'text', text: say(regTexts.cancelled, memory.easy) }]);
  }
  if (command) return withOpenQuestion(memory, await handleIntent({ ...memory, offered: [] }, command, turn, deps, ctx));
  // A greeting or a thank-you on its own is answered in kind, not searched (outside an open form).
  const small = value || memory.registration ? undefined : smallTalk(text);
  if (small === 'greeting') return done({ ...memory, offered: [] }, welcome(memory));
  if (small === 'thanks') return done({ ...memory, offered: [] }, [{ kind: 'text', text: say(texts.thanks, memory.easy), choices: mainChoices(memory.easy) }]);

  if (memory.registration) {
    const inFlow = await continueRegistration(memory, turn, ctx);
    if (inFlow) return done({ ...inFlow.memory, misses: 0 }, inFlow.replies);
    // ── registration contract (engineer `enquiry`) ── not an answer to the open question: answered as
    // a normal turn, then the enquiry repeats its question.
    return withOpenQuestion(memory, await ordinaryTurn(memory, text, value, turn, deps, ctx));
  }
  return ordinaryTurn(memory, text, value, turn, deps, ctx);
}

async function ordinaryTurn(memory: Memory, text: string, value: Record<string, unknown> | undefined, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  // ── registration context (engineer `enquiry`) ── "anmelden" right after a seminar's details means that seminar.
  const intent = parseIntent(value) ?? pickFrom(text, memory.offered)?.intent ?? (value ? undefined : registrationInContext(text, memory.offered));
  const state: Memory = { ...memory, offered: [] };
  if (intent) return handleIntent(state, intent, turn, deps, ctx);
  // ── registration context (engineer `enquiry`) ── "anmelden" after a list: register for one of those seminars.
  const fromList = value ? undefined : registrationChoiceFromList(text, memory.offered, memory.easy);
  if (fromList) return done({ ...state, awaiting: 'seminarForRegistration' }, [fromList]);
  if (text === '') return done(state, [{ kind: 'text', text: say(texts.empty, state.easy), choices: mainChoices(state.easy) }]);
  return understand(state, text, turn, deps, ctx);
}

/**
 * ── registration contract (engineer `enquiry`) ── After a turn that interrupted an open enquiry,
 * its question is asked again — unless that turn closed the enquiry or opened another one.
 */
function withOpenQuestion(before: Memory, result: TurnResult): TurnResult {
  const open = result.memory.registration;
  if (!before.registration || !open || open.formId !== before.registration.formId) return result;
  const reminder = openQuestionReminder(result.memory);
  return reminder ? done(result.memory, [...result.replies, reminder]) : result;
}

type Ctx = Parameters<typeof openRegistration>[4];

const GREETING = /^(?:hallo|hallihallo|hi|hey|huhu|moin(?: moin)?|servus|gruess gott|gruss gott|guten (?:tag|morgen|abend)|hello|good (?:morning|afternoon|evening))(?: (?:zusammen|inklusionsprofi|bot|du|ihr|there))?(?: wie gehts?| wie geht es (?:dir|ihnen|euch))?$|^wie geht(?:s| es (?:dir|ihnen|euch))$/;
const THANKS = /^(?:(?:vielen |herzlichen |besten )?dank(?:e)?(?: schoen| sehr| dir| ihnen| euch)?(?: fuer (?:die|ihre|deine) (?:hilfe|antwort|infos?|information(?:en)?))?|dankeschoen|merci|thanks?(?: you)?|thx|super danke|ok danke|okay danke|alles klar danke)$/;

/** "Hallo", "Guten Tag, wie geht es Ihnen?", "Danke!" as the whole message. */
function smallTalk(text: string): 'greeting' | 'thanks' | undefined {
  const folded = fold(text);
  if (GREETING.test(folded)) return 'greeting';
  if (THANKS.test(folded)) return 'thanks';
  return undefined;
}

async function handleIntent(memory: Memory, intent: Intent, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  switch (intent.action) {
    case 'help':
      return done(memory, [{ kind: 'text', text: say(texts.help, memory.easy), choices: mainChoices(memory.easy) }]);
    case 'restart': {
      const fresh = { ...freshMemory(), easy: memory.easy };
      return done(fresh, [{ kind: 'text', text: say(texts.restarted, fresh.easy) }, ...welcome(fresh)]);
    }
    case 'easy': {
      const next = { ...memory, easy: intent.on };
      return done(next, [{ kind: 'text', text: intent.on ? texts.easySwitchedOn : texts.easySwitchedOff, choices: mainChoices(next.easy) }]);
    }
    case 'faq':
      return answerFaq(memory, intent.id, deps);
    case 'seminar':
      return showSeminar(memory, intent.id, deps);
    case 'similar':
      return showSimilar(memory, intent.id, deps);
    case 'register': {
      const seminar = deps.knowledge.seminars.find((s) => s.id === intent.id);
      if (!seminar) return startRegistrationByText(memory, '', turn, deps, ctx);
      const opened = await openRegistration({ ...memory, awaiting: undefined }, seminar, intent.waitingList ?? false, turn, ctx);
      return done(opened.memory, opened.replies);
    }
    case 'role':
      return recommend({ ...memory, roleId: intent.id, awaiting: undefined, misses: 0 }, '', deps);
    case 'recommend':
      return memory.roleId ? recommend(memory, '', deps) : askRole(memory, deps);
    case 'more':
      return showMore(memory, deps);
    case 'form':
      // A form button from an enquiry that is already finished or cancelled: sent (with its number) or not open.
      return done(memory, [{ ...closedFormReply(memory, turn.value), choices: mainChoices(memory.easy) }]);
    case 'say':
      return understand(memory, intent.text.slice(0, MAX_TEXT), turn, deps, ctx);
  }
}

/** Free text: role answers, enquiries, recommendations, seminar look-ups, then the FAQ. */
async function understand(memory: Memory, text: string, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  const { knowledge, now } = deps;
  const folded = fold(text);
  const role = recognizeRole(text, knowledge);

  // "Was ist mit meiner Anfrage IP-2027-ABC234?": the bot cannot see the team's mailbox, and says so.
  const enquiry = /\bIP-\d{4}-[A-HJ-NP-Z2-9]{6}\b/i.exec(text);
  if (enquiry) return done({ ...memory, awaiting: undefined }, [{ kind: 'text', text: texts.enquiryStatus(enquiry[0].toUpperCase(), memory.easy), choices: mainChoices(memory.easy) }]);

  if (memory.awaiting === 'role') {
    if (role) return recommend({ ...memory, roleId: role.id, awaiting: undefined, misses: 0 }, text, deps);
    if (!looksLikeQuestion(folded)) return reAsk(memory, deps);
  }

  if (isRegistrationRequest(folded)) return startRegistrationByText(memory, text, turn, deps, ctx);

  const filters = extractSeminarFilters(text, knowledge, now);
  if (role && (roleChangeIntent(text) || isRoleStatement(folded) || wantsRecommendation(folded))) {
    return recommend({ ...memory, roleId: role.id, awaiting: undefined, misses: 0 }, text, deps, filters);
  }
  if (wantsRecommendation(folded)) return memory.roleId ? recommend(memory, text, deps, filters) : askRole(memory, deps);
  if (/^(?:seminare?|kurse?|fortbildungen|workshops?|angebote) (?:finden|suchen|anzeigen)$|^alle (?:seminare|kurse|termine)$/.test(folded)) {
    return lookUp(memory, text, deps, filters, true);
  }
  if (filters.hasAny && memory.lastLookup && isFollowUp(folded)) return lookUp(memory, text, deps, narrow(memory.lastLookup, filters), false);
  if (filters.hasAny && isSeminarLookup(text)) return lookUp(memory, text, deps, filters, false);

  // ── registration context (engineer `enquiry`) ── a past seminar typed by its title is named as over, with what comes next.
  const pastNamed = pastSeminarNamed(text, knowledge, now);
  if (pastNamed) return done({ ...memory, awaiting: undefined }, pastSeminarReplies(pastNamed, knowledge, now, memory.easy));

  // Seminars that are over are no answer to a question (a look-up by title still finds them).
  const over = new Set(knowledge.seminars.filter((s) => isPastSeminar(s, now)).map((s) => s.id));
  const decision = deps.search.decide(text, { excludeSeminars: over });
  if (decision.kind === 'answer') {
    return decision.hit.kind === 'seminar' ? showSeminar(memory, decision.hit.id, deps) : answerFaq(memory, decision.hit.id, deps);
  }
  if (filters.hasAny && filters.topics.length > 0) return lookUp(memory, text, deps, filters, false);
  if (decision.kind === 'didYouMean') {
    const choices = decision.choices.slice(0, 3).map((hit): Choice | undefined => {
      if (hit.kind === 'faq') {
        const f = knowledge.faq.find((x) => x.id === hit.id);
        return f ? { label: f.question, intent: { action: 'faq', id: f.id } } : undefined;
      }
      const s = knowledge.seminars.find((x) => x.id === hit.id);
      return s ? { label: s.title, intent: { action: 'seminar', id: s.id } } : undefined;
    });
    const valid = choices.filter((c) => c !== undefined);
    if (valid.length > 0) return done(memory, [{ kind: 'choice', text: say(texts.didYouMean, memory.easy), choices: valid }]);
  }
  if (memory.awaiting === 'role') return reAsk(memory, deps);
  return done(memory, [{ kind: 'text', text: say(texts.fallback, memory.easy), choices: mainChoices(memory.easy) }]);
}

function answerFaq(memory: Memory, id: string, deps: AssistantDeps): TurnResult {
  const entry = deps.knowledge.faq.find((f) => f.id === id);
  if (!entry) return done(memory, [{ kind: 'text', text: say(texts.fallback, memory.easy), choices: mainChoices(memory.easy) }]);
  const choices = entry.related
    .map((rel) => deps.knowledge.faq.find((f) => f.id === rel))
    .filter((f) => f !== undefined)
    .slice(0, 3)
    .map((f): Choice => ({ label: f.question, intent: { action: 'faq', id: f.id } }));
  return done({ ...memory, awaiting: undefined, misses: 0 }, [{ kind: 'faq', faqId: entry.id, question: entry.question, answer: memory.easy ? entry.answerEasy : entry.answer, choices }]);
}

function askRole(memory: Memory, deps: AssistantDeps): TurnResult {
  const choices = deps.knowledge.roles.map((r): Choice => ({ label: memory.easy ? r.nameEasy : r.name, intent: { action: 'role', id: r.id } }));
  return done({ ...memory, awaiting: 'role', misses: 0 }, [{ kind: 'choice', text: say(convTexts.askRole, memory.easy), choices }]);
}

function reAsk(memory: Memory, deps: AssistantDeps): TurnResult {
  if (memory.misses >= 1) {
    return done({ ...memory, awaiting: undefined, misses: 0 }, [{ kind: 'text', text: say(texts.offerHelp, memory.easy), choices: mainChoices(memory.easy) }]);
  }
  const asked = askRole(memory, deps);
  const first = asked.replies[0];
  const replies: Reply[] = first && first.kind === 'choice' ? [{ ...first, text: `${say(texts.notUnderstoodInFlow, memory.easy)} ${first.text}` }] : asked.replies;
  return done({ ...asked.memory, misses: memory.misses + 1 }, replies);
}

function recommend(memory: Memory, text: string, deps: AssistantDeps, filters?: SeminarFilters): TurnResult {
  const { knowledge, now } = deps;
  const role = knowledge.roles.find((r) => r.id === memory.roleId);
  if (!role) return askRole(memory, deps);
  const f = filters ?? extractSeminarFilters(text, knowledge, now);
  const result = recommendSeminars(knowledge, { role, filters: f }, now);
  const roleName = memory.easy ? role.nameEasy : role.name;
  const intro = result.items.length === 0 ? say(convTexts.noRecommendation, memory.easy) : convTexts.recommendIntro(roleName, memory.easy) + relaxedNote(result.relaxed);
  return showList(memory, intro, result.items.map((r) => ({ seminar: r.seminar, reason: memory.easy ? r.reasonTextEasy : r.reasonText, alternative: r.alternative })), deps, [
    { label: say(convTexts.otherRole, memory.easy), intent: { action: 'recommend' } },
  ], true);
}

function lookUp(memory: Memory, text: string, deps: AssistantDeps, filters: SeminarFilters, all: boolean): TurnResult {
  const { knowledge, now } = deps;
  const role = knowledge.roles.find((r) => r.id === memory.roleId);
  const found = recommendSeminars(knowledge, { ...(role ? { role } : {}), filters }, now);
  const result = all ? found : { ...found, items: byTitleMatch(found.items, text, deps) };
  const intro = result.items.length === 0 ? say(convTexts.noLookupResult, memory.easy) : (all ? say(convTexts.upcomingIntro, memory.easy) : convTexts.lookupIntro(result.items.length, memory.easy)) + relaxedNote(result.relaxed);
  const remembered: Memory = { ...memory, lastLookup: toLastLookup(filters) };
  return showList(remembered, intro, result.items.map((r) => ({ seminar: r.seminar, reason: role ? (memory.easy ? r.reasonTextEasy : r.reasonText) : '', alternative: r.alternative })), deps, [], false);
}

/**
 * Seminars the words of the message name best ("das Pressearbeit-Seminar", "ein Seminar zu Leichter
 * Sprache") come first; the others keep their order by fit and date.
 */
function byTitleMatch<T extends { seminar: Seminar }>(items: T[], text: string, deps: AssistantDeps): T[] {
  const hits = deps.search.search(text, { kinds: ['seminar'], limit: 50 });
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return items;
  const strong = new Map(hits.filter((h) => h.score >= 0.8 * best).map((h, i) => [h.id, i]));
  const rank = (item: T) => strong.get(item.seminar.id) ?? Number.POSITIVE_INFINITY;
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

/** "und online?", "nur in Berlin", "auch im Mai?": a short message that narrows the last look-up. */
function isFollowUp(folded: string): boolean {
  return folded.split(' ').length <= 7 && /^(?:und|auch|nur|lieber|oder|aber|jetzt|dann|was ist mit|wie ist es mit|wie sieht es mit|gibt es das auch|geht das auch|davon)\b/.test(folded);
}

/** The last look-up with what the new message names: each kind of filter it names replaces the old one. */
function narrow(last: LastLookup, next: SeminarFilters): SeminarFilters {
  const period = next.period ?? (last.from && last.to ? { from: new Date(last.from), to: new Date(last.to) } : undefined);
  const place = next.cities.length > 0 || next.regions.length > 0 || next.unknownPlace !== undefined;
  const level = next.level ?? last.level;
  // "und online?" after a place: online seminars have no place, so the place no longer applies.
  const keepPlace = !place && !(next.formats.length > 0 && next.formats.every((f) => f === 'online'));
  return {
    topics: next.topics.length > 0 ? next.topics : last.topics,
    formats: next.formats.length > 0 ? next.formats : last.formats,
    cities: place ? next.cities : keepPlace ? last.cities : [],
    regions: place ? next.regions : keepPlace ? last.regions : [],
    ...(next.unknownPlace !== undefined ? { unknownPlace: next.unknownPlace } : {}),
    ...(period && !Number.isNaN(period.from.getTime()) && !Number.isNaN(period.to.getTime()) ? { period } : {}),
    accessibility: [...new Set([...last.accessibility, ...next.accessibility])],
    ...(level ? { level } : {}),
    hasAny: true,
  };
}

function toLastLookup(f: SeminarFilters): LastLookup {
  return {
    topics: f.topics.slice(0, 20),
    formats: f.formats.slice(0, 3),
    cities: f.cities.slice(0, 20),
    regions: f.regions.slice(0, 20),
    accessibility: f.accessibility.slice(0, 4),
    ...(f.level ? { level: f.level } : {}),
    ...(f.period ? { from: f.period.from.toISOString(), to: f.period.to.toISOString() } : {}),
  };
}

function relaxedNote(relaxed: string[] | undefined): string {
  return relaxed && relaxed.length > 0 ? ` ${convTexts.relaxed(relaxed)}` : '';
}

interface ListEntry {
  seminar: Seminar;
  reason: string;
  alternative?: Seminar | undefined;
}

function showList(memory: Memory, intro: string, entries: ListEntry[], deps: AssistantDeps, extra: Choice[], byRole: boolean): TurnResult {
  const reasons: Record<string, string> = {};
  const alternatives: Record<string, string> = {};
  for (const e of entries) {
    reasons[e.seminar.id] = e.reason;
    if (e.alternative) alternatives[e.seminar.id] = e.alternative.id;
  }
  const list = { ids: entries.map((e) => e.seminar.id), shown: Math.min(PAGE, entries.length), reasons, intro: byRole ? 'role' : 'lookup', alternatives };
  const page = entries.slice(0, PAGE);
  const items = page.map((e) => seminarItem(e.seminar, e.reason, deps.now, e.alternative));
  const choices: Choice[] = [];
  if (entries.length > PAGE) choices.push({ label: say(convTexts.more, memory.easy), intent: { action: 'more' } });
  choices.push(...extra);
  if (entries.length === 0) return done({ ...memory, list: undefined }, [{ kind: 'text', text: intro, choices: [...extra, ...mainChoices(memory.easy).slice(0, 2)] }]);
  return done({ ...memory, list }, [{ kind: 'seminars', text: intro, items, choices: [...pickChoices(items), ...choices] }]);
}

/** The list's items as choices too, so "2" or "die zweite" opens that seminar. */
function pickChoices(items: Array<{ seminarId: string; title: string }>): Choice[] {
  return items.map((i) => ({ label: i.title, intent: { action: 'seminar', id: i.seminarId } }));
}

function showMore(memory: Memory, deps: AssistantDeps): TurnResult {
  const list = memory.list;
  if (!list || list.shown >= list.ids.length) return done(memory, [{ kind: 'text', text: say(convTexts.noMore, memory.easy), choices: mainChoices(memory.easy) }]);
  const ids = list.ids.slice(list.shown, list.shown + PAGE);
  const alternatives = list.alternatives;
  const items = ids
    .map((id) => deps.knowledge.seminars.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => seminarItem(s, list.reasons[s.id] ?? '', deps.now, deps.knowledge.seminars.find((x) => x.id === alternatives[s.id])));
  const shown = list.shown + ids.length;
  const choices: Choice[] = shown < list.ids.length ? [{ label: say(convTexts.more, memory.easy), intent: { action: 'more' } }] : [];
  return done({ ...memory, list: { ...list, shown } }, [{ kind: 'seminars', text: convTexts.moreIntro(shown, list.ids.length), items, choices: [...pickChoices(items), ...choices] }]);
}

function showSeminar(memory: Memory, id: string, deps: AssistantDeps): TurnResult {
  const seminar = deps.knowledge.seminars.find((s) => s.id === id);
  if (!seminar) return done(memory, [{ kind: 'text', text: say(convTexts.seminarGone, memory.easy), choices: mainChoices(memory.easy) }]);
  const detail = seminarDetail(seminar, deps.knowledge, deps.now, deps.baseUrl ?? '', memory.easy);
  const choices: Choice[] = [];
  if (!detail.past) {
    choices.push(
      detail.full
        ? { label: regTexts.waitingListChoice, intent: { action: 'register', id, waitingList: true } }
        : { label: say(texts.menu.register, memory.easy), intent: { action: 'register', id } },
    );
  }
  choices.push({ label: say(convTexts.similar, memory.easy), intent: { action: 'similar', id } });
  return done({ ...memory, awaiting: undefined, misses: 0 }, [{ kind: 'seminar', detail, choices }]);
}

function showSimilar(memory: Memory, id: string, deps: AssistantDeps): TurnResult {
  const seminar = deps.knowledge.seminars.find((s) => s.id === id);
  const similar = seminar ? similarSeminars(deps.knowledge, id, deps.now) : [];
  const intro = seminar && similar.length > 0 ? convTexts.similarIntro(seminar.title) : say(convTexts.noLookupResult, memory.easy);
  return showList(memory, intro, similar.map((s) => ({ seminar: s, reason: '' })), deps, [], false);
}

async function startRegistrationByText(memory: Memory, text: string, turn: RegistrationTurn, deps: AssistantDeps, ctx: Ctx): Promise<TurnResult> {
  const { knowledge, now } = deps;
  const rest = text.replace(/anmeldung anfragen:?/i, ' ');
  const upcoming = recommendSeminars(knowledge, { filters: extractSeminarFilters(rest, knowledge, now) }, now).items.map((r) => r.seminar);
  const byTitle = knowledge.seminars.find((s) => fold(rest).includes(fold(s.title)));
  const hits = deps.search.search(rest, { kinds: ['seminar'], limit: 5 });
  const strong = byTitle ? [byTitle] : hits.length > 0 && (hits.length === 1 || (hits[0]?.score ?? 0) >= 2 * (hits[1]?.score ?? 0)) && meaningful(rest) ? [knowledge.seminars.find((s) => s.id === hits[0]?.id)].filter((s) => s !== undefined) : [];
  const seminar = strong[0];
  if (seminar) {
    const opened = await openRegistration({ ...memory, awaiting: undefined }, seminar, false, turn, ctx);
    return done(opened.memory, opened.replies);
  }
  const candidates = (meaningful(rest) ? hits.map((h) => knowledge.seminars.find((s) => s.id === h.id)).filter((s) => s !== undefined) : []).filter((s) => upcoming.includes(s));
  const options = (candidates.length > 0 ? candidates : upcoming).slice(0, 5);
  const choices = options.map((s): Choice => ({ label: s.title, intent: { action: 'register', id: s.id } }));
  const intro = candidates.length > 0 ? say(regTexts.askSeminar, memory.easy) : meaningful(rest) ? say(regTexts.noSeminarFound, memory.easy) : say(regTexts.askSeminar, memory.easy);
  return done({ ...memory, awaiting: 'seminarForRegistration' }, [{ kind: 'choice', text: intro, choices }]);
}

/** Whether text beyond the registration words names anything (a topic, title, place). */
function meaningful(text: string): boolean {
  const words = fold(text)
    .split(' ')
    .filter((w) => w.length > 3 && !/^(?:ich|moechte|mich|will|gerne|gern|bitte|anmelden|anmeldung|anfragen|registrieren|buchen|teilnehmen|seminar|seminare|fuer|das|dem|den|die|der|zur|zum|einem|einen|eine)$/.test(w));
  return words.length > 0;
}

function isRegistrationRequest(folded: string): boolean {
  if (/^(?:muss|wie|wo|wann|bis wann|warum|wieso|was|welche|brauche|ist|gibt es|kann man)\b/.test(folded)) return false;
  if (/^(?:(?:ok|okay|ja|gut|dann|gern|gerne|super|prima) )*(?:anmeldung|anmelden|registrieren|buchen)(?: anfragen)?(?: .*)?$/.test(folded)) return true;
  return /\b(?:ich|wir)\b.*\b(?:anmelden|anmeldung|registrieren|buchen|teilnehmen)\b/.test(folded) && /\b(?:moechte|moechten|will|wollen|wuerde|wuerden|gerne|gern|bitte|melde|melden)\b/.test(folded);
}

function isRoleStatement(folded: string): boolean {
  return /\b(?:ich bin|ich arbeite|ich mache|ich mach|bin in der|bin im|bin bei|arbeite in|arbeite im|arbeite als|zustaendig fuer|ich bin doch|als|i am|i m|im a|i work|work in|work as|working as)\b/.test(folded) || folded.split(' ').length <= 3;
}

function wantsRecommendation(folded: string): boolean {
  return (
    /\b(?:passt|passen|passende|empfehl\w*|geeignet|sinnvoll|vorschlag\w*|rat\w*|fits?|suits?|suitable|recommend\w*|suggest\w*)\b/.test(folded) &&
    /\b(?:mich|mir|meine|meiner|rolle|fortbildung\w*|seminar\w*|kurs\w*|schulung\w*|weiterbildung\w*|fuer die|fuer den|fuer das|was|me|my|role|training\w*|courses?|which|what)\b/.test(folded)
  );
}

function looksLikeQuestion(folded: string): boolean {
  return /^(?:was|wie|wo|wann|warum|wer|welche|muss|kann|gibt|ist|sind)\b/.test(folded);
}

export function mainChoices(easy: boolean): Choice[] {
  return [
    { label: say(texts.menu.recommend, easy), intent: { action: 'recommend' } },
    { label: say(texts.menu.find, easy), intent: { action: 'say', text: 'Seminare finden' } },
    { label: say(texts.menu.cost, easy), intent: { action: 'say', text: 'Was kostet das?' } },
    easy ? { label: texts.menu.easyOff, intent: { action: 'easy', on: false } } : { label: texts.menu.easyOn, intent: { action: 'easy', on: true } },
    { label: say(texts.menu.help, easy), intent: { action: 'help' } },
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Remembers the choices offered in this turn's replies, so a typed "2" or label picks one next turn. */
function done(memory: Memory, replies: Reply[]): TurnResult {
  const offered = replies.flatMap((r) => ('choices' in r && r.choices ? r.choices : r.kind === 'summary' ? r.summary.choices : []));
  return { memory: { ...memory, offered: dedupe(offered).slice(0, 50) }, replies };
}

function dedupe(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((c) => (seen.has(c.label) ? false : (seen.add(c.label), true)));
}
