// The Teams search message extension "Seminar suchen": turns a composeExtension/query into a list
// of upcoming seminars, each an Adaptive Card to share in a chat with a short preview for the picker.
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionQuery, type MessagingExtensionResponse } from 'botbuilder';
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import type { SearchIndex } from '../search/index.js';
import { seminarPageUrl } from '../assistant/calendar.js';
import { formatSession } from '../assistant/dates.js';
import { extractSeminarFilters } from '../assistant/filters.js';
import { recommendSeminars } from '../assistant/recommend.js';
import { icsUrl as calendarUrl, isPast as isPastSeminar, nextStart, registrationClosed, upcomingSessions } from '../catalogue/status.js';
import { recognizeRole } from '../assistant/roles.js';
import { inLeichteSprache, placeText, seminarStatus, shortPlaceText } from '../assistant/seminarView.js';
import { seminarTexts } from '../texts/de/seminars.js';
import { escapeMarkdown } from './markdown.js';
import { extensionTexts } from '../texts/de/extension.js';

export const COMMAND_ID = 'seminarSuchen';
export const QUERY_PARAMETER = 'suchbegriff';
/** Teams shows at most this many results; more would only be scrolled past. */
export const MAX_RESULTS = 10;
// Longer input is not a search term; cut it before it reaches the filters and the index. Words are
// cut too: the index's compound splitting grows steeply with word length (80 letters: ~0.5 s), and
// no German compound in the catalogue comes near 32 letters.
const MAX_QUERY_CHARS = 160;
const MAX_WORD_CHARS = 32;

// "Seminare", "alle Workshops": a wish to see what is coming, not a search for the word.
const GENERIC = /^(?:(?:alle|die|nächste[n]?|naechste[n]?|kommende[n]?|neue[n]?)\s+)*(?:seminare?|workshops?|fortbildung(?:en)?|weiterbildung(?:en)?|kurse?|termine?|angebote?|veranstaltung(?:en)?)$/i;

/** Everything a person reads in the message extension (in the text catalogue). */
export const messageExtensionTexts = extensionTexts;

export interface MessageExtensionOptions {
  now: Date;
  /** Public base URL of the bot, for the calendar file and the tab link. */
  baseUrl: string;
}

/**
 * The answer to a "Seminar suchen" query: matching upcoming seminars (search over the catalogue,
 * narrowed by format, month, place, role or accessibility when the term names them), or, for the
 * initial run and an empty term, the next upcoming seminars. Never throws on odd input.
 */
export function seminarSearchResponse(
  query: MessagingExtensionQuery,
  services: { knowledge: Knowledge; search: SearchIndex } | undefined,
  options: MessageExtensionOptions,
): MessagingExtensionResponse {
  if (!services) return message(messageExtensionTexts.starting);
  const commandId = stringOrUndefined(fieldOf(query, 'commandId'));
  if (commandId !== undefined && commandId !== COMMAND_ID) return message(messageExtensionTexts.unknownCommand);

  const text = queryText(query);
  const { knowledge, search } = services;
  const browsing = text === '' || GENERIC.test(text);
  const found = browsing ? upcoming(knowledge, options.now) : matching(text, knowledge, search, options.now);
  const { skip, count } = paging(query);
  const page = found.slice(skip, skip + count);
  if (page.length === 0) {
    // A later page may be empty; the list the person already sees stays as it is.
    if (skip > 0) return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } };
    return message(browsing ? messageExtensionTexts.noUpcoming : messageExtensionTexts.noMatch(shorten(text, 60)));
  }
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: page.map((seminar) => seminarAttachment(seminar, options)),
    },
  };
}

/** The search term: the `suchbegriff` parameter; `initialRun` (Teams opening the extension) means none. */
export function queryText(query: unknown): string {
  const parameters = fieldOf(query, 'parameters');
  if (!Array.isArray(parameters)) return '';
  for (const parameter of parameters as unknown[]) {
    const name = stringOrUndefined(fieldOf(parameter, 'name'));
    if (name === 'initialRun') continue;
    if (name !== QUERY_PARAMETER && parameters.length > 1) continue;
    const value = stringOrUndefined(fieldOf(parameter, 'value'));
    if (value === undefined) continue;
    const words = value.slice(0, 4 * MAX_QUERY_CHARS).replace(/\p{Cc}/gu, ' ').split(/\s+/).filter(Boolean);
    return words
      .map((w) => w.slice(0, MAX_WORD_CHARS))
      .join(' ')
      .slice(0, MAX_QUERY_CHARS)
      .trim();
  }
  return '';
}

function upcoming(knowledge: Knowledge, now: Date): Seminar[] {
  return knowledge.seminars
    .filter((s) => !isPastSeminar(s, now))
    .sort((a, b) => nextStart(a, now).localeCompare(nextStart(b, now)) || a.title.localeCompare(b.title, 'de'));
}

/**
 * Full-text hits first. When the term names a format, month, place, role or need ("online",
 * "März", "Rostock"), those wishes decide which seminars qualify — the index does not know that
 * a hybrid seminar is also online — and hits among them come first.
 */
function matching(text: string, knowledge: Knowledge, search: SearchIndex, now: Date): Seminar[] {
  const byId = new Map(knowledge.seminars.map((s) => [s.id, s]));
  let hits: Seminar[] = [];
  try {
    hits = search
      .search(text, { kinds: ['seminar'], limit: 50 })
      .map((hit) => byId.get(hit.id))
      .filter((s): s is Seminar => s !== undefined && !isPastSeminar(s, now));
  } catch {
    // The index rejects what it cannot parse; the wishes below may still find something.
  }
  const filters = extractSeminarFilters(text, knowledge, now);
  const role = recognizeRole(text, knowledge);
  if (!filters.hasAny && !role) return hits;
  const recommended = recommendSeminars(knowledge, { filters, ...(role ? { role } : {}) }, now);
  if (recommended.relaxedFilters.length > 0) return hits;
  const qualified = recommended.items.map((item) => item.seminar);
  const qualifiedIds = new Set(qualified.map((s) => s.id));
  const hitIds = new Set(hits.map((s) => s.id));
  return [...hits.filter((s) => qualifiedIds.has(s.id)), ...qualified.filter((s) => !hitIds.has(s.id))];
}

function paging(query: unknown): { skip: number; count: number } {
  const options = fieldOf(query, 'queryOptions');
  const skip = fieldOf(options, 'skip');
  const count = fieldOf(options, 'count');
  const whole = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fallback);
  return { skip: Math.min(whole(skip, 0), 1000), count: Math.min(Math.max(whole(count, MAX_RESULTS), 1), MAX_RESULTS) };
}

/** "Di., 9. März 2027, 10:00–16:00 Uhr (+2 weitere Termine)": the next session and how many follow. */
function dateText(seminar: Seminar, now: Date): string {
  const sessions = upcomingSessions(seminar, now);
  const first = sessions[0] ?? seminar.dates[0];
  if (!first) return '';
  return `${formatSession(first)}${sessions.length > 1 ? messageExtensionTexts.moreSessions(sessions.length - 1) : ''}`;
}

function placesText(seminar: Seminar, now: Date): string {
  const status = seminarStatus(seminar, now);
  if (status.full) return messageExtensionTexts.full;
  const deadline = registrationClosed(seminar, now) ? messageExtensionTexts.deadlinePassed : messageExtensionTexts.deadline(status.deadline);
  return `${messageExtensionTexts.places(seminar.places.left, seminar.places.total)} · ${deadline}`;
}

/** One seminar: the Adaptive Card that is shared into the chat, and the preview in the result list. */
export function seminarAttachment(seminar: Seminar, options: MessageExtensionOptions): MessagingExtensionAttachment {
  const t = messageExtensionTexts;
  const when = dateText(seminar, options.now);
  const where = placeText(seminar);
  const places = placesText(seminar, options.now);
  const full = seminar.places.left === 0;
  const icsUrl = calendarUrl(options.baseUrl, seminar);
  const tabUrl = seminarPageUrl(options.baseUrl, seminar.id);
  const plain = [seminar.title, when, where, places].join('\n');
  // Card text is Markdown; the seminar's data is shown as written.
  const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: escapeMarkdown(value), wrap: true, ...extra });
  const body: Array<Record<string, unknown>> = [
    text(seminar.title, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(when, { spacing: 'Small' }),
    text(where, { spacing: 'Small' }),
    text(places, { spacing: 'Small', weight: 'Bolder', ...(full ? { color: 'Attention' } : {}) }),
    text(seminar.summary, { isSubtle: true }),
    text(seminar.sample ? `${t.free} · ${t.sample}` : t.free, { isSubtle: true, size: 'Small' }),
  ];
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [
      { type: 'Action.OpenUrl', title: t.calendar, url: icsUrl },
      { type: 'Action.OpenUrl', title: t.catalogue, url: tabUrl },
    ],
    fallbackText: plain,
    speak: plain,
  };
  return {
    ...CardFactory.adaptiveCard(card),
    preview: { contentType: CardFactory.contentTypes.thumbnailCard, content: { title: seminar.title, text: [when, shortPlaceText(seminar), ...(inLeichteSprache(seminar) ? [seminarTexts.place.leichteSprache(false)] : []), ...(full ? [t.fullShort] : [])].join(' · ') } },
  };
}

function message(text: string): MessagingExtensionResponse {
  return { composeExtension: { type: 'message', text } };
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function fieldOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
