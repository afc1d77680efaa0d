// The Teams tab "Seminarkalender": its page and assets under /tab/, the teams-js bundle from
// node_modules (no CDN), and GET /api/seminars — the upcoming catalogue as the page needs it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { assetCache, projectRoot, sendAsset } from './static.js';
import { escapeHtml } from '../escapeHtml.js';
import { contact } from '../texts/de/contact.js';
import { tabTexts } from '../texts/de/tab.js';
import type { Knowledge, Seminar } from '../knowledge/schema.js';
import { isPast as isPastSeminar, registrationClosed, upcomingSessions } from '../catalogue/status.js';
import { seminarDetail, seminarStatus } from '../assistant/seminarView.js';
import { berlinParts, formatSession, sessionInstant } from '../assistant/dates.js';
import { seminarTexts } from '../texts/de/seminars.js';
import { ACCESSIBILITY_NEEDS, offersNeed, type AccessibilityNeed } from '../catalogue/accessibility.js';

export interface TabDeps {
  knowledge: () => Knowledge | undefined;
  baseUrl: () => string;
  now: () => Date;
  /** The bot's Microsoft app id, for the deep link into the bot chat in Teams; empty when run locally. */
  botAppId?: () => string | undefined;
}

/** A filter choice on the page: the value the page compares, the German label it shows. */
export interface FilterOption {
  value: string;
  label: string;
}

/** One upcoming seminar as the tab shows it; only catalogue facts, nothing about any person. */
export interface TabSeminar {
  id: string;
  title: string;
  summary: string;
  description: string;
  topicIds: string[];
  topics: string[];
  roleIds: string[];
  targetRoles: string[];
  format: Seminar['format'];
  formatName: string;
  level: Seminar['level'];
  levelName: string;
  city?: string;
  place: string;
  /** Every session, German: "Di., 9. März 2027, 10:00–16:00 Uhr". */
  sessions: string[];
  /** The next session that has not ended, and how many (including it) are still to come. */
  nextSession: string;
  upcomingSessions: number;
  /** Month of the next session, "2027-03"; `months` has every month with an upcoming session. */
  month: string;
  months: string[];
  /** Keys for the accessibility filter; `accessibility` the facts in words. */
  accessibilityKeys: AccessibilityNeed[];
  accessibility: string[];
  placesLeft: number;
  placesTotal: number;
  full: boolean;
  /** "12 von 30 frei" or "Ausgebucht …". */
  placesText: string;
  /** The tab's own lines: "12 von 30 Plätzen frei" or "Ausgebucht – Anfrage für die Warteliste möglich". */
  placesLine: string;
  deadline: string;
  deadlinePassed: boolean;
  /** "Anmeldung bis …" or "Anmeldeschluss war am …". */
  deadlineLine: string;
  /** " (+2 weitere Termine)" after the next session, or empty. */
  moreSessions: string;
  /** The enquiry the page writes into the chat for this seminar. */
  registerMessage: string;
  cost: string;
  icsUrl: string;
  sample: boolean;
}

export interface TabCatalogue {
  /** Empty when the bot runs without an app id (locally): the page then links to the web chat. */
  botAppId: string;
  seminars: TabSeminar[];
  filters: { topics: FilterOption[]; roles: FilterOption[]; formats: FilterOption[]; months: FilterOption[]; accessibility: FilterOption[] };
}

const LEVEL_NAMES: Record<Seminar['level'], string> = tabTexts.levels;
const FORMAT_OPTIONS: FilterOption[] = Object.entries(tabTexts.formats).map(([value, label]) => ({ value, label }));
// The catalogue's one vocabulary of accessibility features, with the card's names as labels.
const ACCESSIBILITY_OPTIONS: Array<FilterOption & { value: AccessibilityNeed }> = ACCESSIBILITY_NEEDS.map((need) => {
  const name = seminarTexts.accessibility[need].normal;
  return { value: need, label: `${name.charAt(0).toUpperCase()}${name.slice(1)}` };
});
const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function monthKey(local: string): string {
  const p = berlinParts(sessionInstant(local));
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** The upcoming catalogue (soonest first) and the filter choices that narrow it. */
export function tabCatalogue(knowledge: Knowledge, options: { now: Date; baseUrl: string; botAppId?: string }): TabCatalogue {
  const { now, baseUrl } = options;
  const upcoming = knowledge.seminars
    .filter((s) => !isPastSeminar(s, now))
    .map((seminar) => ({ seminar, sessions: upcomingSessions(seminar, now) }))
    .filter((x) => x.sessions.length > 0)
    .sort((a, b) => (a.sessions[0]?.start ?? '').localeCompare(b.sessions[0]?.start ?? '') || a.seminar.title.localeCompare(b.seminar.title, 'de'));

  const topicName = (id: string) => knowledge.topics.find((t) => t.id === id)?.name ?? id;
  const roleName = (id: string) => knowledge.roles.find((r) => r.id === id)?.name ?? id;

  const seminars = upcoming.map(({ seminar, sessions }): TabSeminar => {
    const detail = seminarDetail(seminar, knowledge, now, baseUrl, false);
    const months = [...new Set(sessions.map((s) => monthKey(s.start)))];
    const deadlinePassed = registrationClosed(seminar, now);
    const deadlineDay = seminarStatus(seminar, now).deadline;
    return {
      id: seminar.id,
      title: seminar.title,
      summary: seminar.summary,
      description: seminar.description,
      topicIds: seminar.topics,
      topics: seminar.topics.map(topicName),
      roleIds: seminar.targetRoles,
      targetRoles: seminar.targetRoles.map(roleName),
      format: seminar.format,
      formatName: detail.format,
      level: seminar.level,
      levelName: LEVEL_NAMES[seminar.level],
      ...(seminar.location ? { city: seminar.location.city } : {}),
      place: detail.place,
      sessions: detail.sessions,
      nextSession: sessions[0] ? formatSession(sessions[0]) : '',
      upcomingSessions: sessions.length,
      month: months[0] ?? '',
      months,
      accessibilityKeys: ACCESSIBILITY_OPTIONS.map((o) => o.value).filter((need) => offersNeed(seminar, need)),
      accessibility: detail.accessibility,
      placesLeft: seminar.places.left,
      placesTotal: seminar.places.total,
      full: detail.full,
      placesText: detail.places,
      placesLine: detail.full ? tabTexts.full : tabTexts.places(seminar.places.left, seminar.places.total),
      deadline: detail.deadline,
      deadlinePassed,
      deadlineLine: deadlinePassed ? tabTexts.deadlinePassed(deadlineDay) : tabTexts.deadline(deadlineDay),
      moreSessions: sessions.length > 1 ? tabTexts.moreSessions(sessions.length - 1) : '',
      registerMessage: tabTexts.registerMessage(seminar.title),
      cost: detail.cost,
      icsUrl: detail.icsUrl,
      sample: seminar.sample,
    };
  });

  // Only choices that find something: an empty option would be a dead end for the person.
  const used = <T extends string>(ids: T[]) => new Set(ids);
  const topicIds = used(seminars.flatMap((s) => s.topicIds));
  const roleIds = used(seminars.flatMap((s) => s.roleIds));
  const formatIds = used(seminars.map((s) => s.format));
  const needIds = used(seminars.flatMap((s) => s.accessibilityKeys));
  const months = [...used(seminars.flatMap((s) => s.months))].sort();
  return {
    botAppId: options.botAppId ?? '',
    seminars,
    filters: {
      topics: knowledge.topics.filter((t) => topicIds.has(t.id)).map((t) => ({ value: t.id, label: t.name })),
      roles: knowledge.roles.filter((r) => roleIds.has(r.id)).map((r) => ({ value: r.id, label: r.name })),
      formats: FORMAT_OPTIONS.filter((f) => formatIds.has(f.value as Seminar['format'])),
      months: months.map((m) => ({ value: m, label: monthName.format(new Date(`${m}-15T12:00:00Z`)) })),
      accessibility: ACCESSIBILITY_OPTIONS.filter((o) => needIds.has(o.value)).map(({ value, label }) => ({ value, label })),
    },
  };
}

const ASSETS: Record<string, string> = {
  'tab.js': 'text/javascript; charset=utf-8',
  'tab.css': 'text/css; charset=utf-8',
};

export function registerTab(server: Server, deps: TabDeps): void {
  const root = projectRoot();
  const tabDir = join(root, 'src', 'web', 'tab');
  const asset = assetCache();

  server.get('/tab', async (_req: Request, res: Response) => {
    res.writeHead(301, { Location: '/tab/', 'Cache-Control': 'no-cache' });
    res.end();
  });

  server.get('/tab/', async (_req: Request, res: Response) => {
    const html = tabPage(readFileSync(join(tabDir, 'index.html'), 'utf8'));
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': tabContentSecurityPolicy(),
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    });
    res.end(html);
  });

  server.get('/tab/teams-js.js', async (req: Request, res: Response) => {
    sendAsset(req, res, await asset('vendor:teams-js', () => ({ body: readFileSync(teamsJsBundle()), type: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=86400' })));
  });

  server.get('/tab/:file', async (req: Request, res: Response) => {
    const file = String(req.params?.file ?? '');
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) {
      res.status(404);
      res.json({ error: 'not found' });
      return;
    }
    // Our own small files are revalidated on every load, so a deployment shows at once.
    sendAsset(req, res, await asset(file, () => ({ body: readFileSync(join(tabDir, file)), type, cacheControl: 'no-cache' })));
  });

  server.get('/api/seminars', async (_req: Request, res: Response) => {
    const knowledge = deps.knowledge();
    res.header('Cache-Control', 'no-store');
    if (!knowledge) {
      res.status(503);
      res.json({ error: tabTexts.starting });
      return;
    }
    const botAppId = deps.botAppId?.() ?? '';
    res.json(tabCatalogue(knowledge, { now: deps.now(), baseUrl: deps.baseUrl(), botAppId }));
  });
}

/**
 * The page with its texts from the catalogue, HTML-escaped: {{key}} is `tabTexts.html[key]`,
 * {{contact}} the configured address, {{texts}} what the browser script needs. A name the catalogue
 * lacks is an error here, not a "{{…}}" on the page.
 */
export function tabPage(template: string): string {
  const html: Record<string, string> = tabTexts.html;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (key === 'texts') return pageTextsJson();
    if (key === 'contact') return escapeHtml(contact());
    const text = Object.hasOwn(html, key) ? html[key] : undefined;
    if (text === undefined) throw new Error(`tab page: no text "${key}" in src/texts/de/tab.ts`);
    return escapeHtml(text);
  });
}

/**
 * The page's own texts as a JSON data block (`<script type="application/json">`): never executed, so
 * the Content-Security-Policy stays "script-src 'self'". "<" is escaped so no text can close the block.
 */
export function pageTextsJson(): string {
  return JSON.stringify(tabTexts.page).replaceAll('<', '\\u003c');
}

/**
 * Scripts and styles only from our own origin. The catalogue is public and read-only, so any
 * Microsoft 365 host (Teams, Outlook, the M365 app) may frame it. teams-js asks a Microsoft CDN
 * for its list of valid host origins; connect-src 'self' blocks that and it uses the list it ships.
 */
export function tabContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    'frame-ancestors *',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The UMD build of @microsoft/teams-js (its package "main"), found by Node's resolver from src/ or dist/. */
function teamsJsBundle(): string {
  return createRequire(import.meta.url).resolve('@microsoft/teams-js');
}

