// Everything the report shows, computed from the stored days: totals, unanswered question groups with
// suggestions, "nein" rates, most requested seminars and topics, and the trend per calendar week.
import type { Knowledge } from '../../knowledge/schema.js';
import type { SearchIndex } from '../../search/index.js';
import { seminarTexts } from '../../texts/de/seminars.js';
import type { DayCounts, QuestionRecord } from '../records.js';
import type { AnalyticsStore } from '../store.js';
import { clusterQuestions, questionTerms, type QuestionCluster } from './cluster.js';
import { suggestFor, type Suggestion } from './suggest.js';

export interface Row {
  key: string;
  label: string;
  count: number;
}

export interface FeedbackRow {
  key: string;
  label: string;
  kind: 'FAQ' | 'Rolle' | 'Seminar' | 'andere';
  yes: number;
  no: number;
  /** Share of "nein" among all answers to the question, 0–1. */
  noRate: number;
}

export interface WeekRow {
  week: string;
  turns: number;
  unanswered: number;
}

export interface ReportModel {
  since: string;
  until: string;
  days: number;
  totals: { turns: number; faqAnswers: number; unanswered: number; questionsLogged: number; feedbackYes: number; feedbackNo: number };
  clusters: Array<QuestionCluster & { suggestion: Suggestion }>;
  feedback: FeedbackRow[];
  faqs: Row[];
  seminars: Array<Row & { enquiries: number }>;
  topics: Row[];
  formats: Row[];
  months: Row[];
  roles: Row[];
  channels: Row[];
  weeks: WeekRow[];
}

export interface StoredData {
  questions: QuestionRecord[];
  counts: DayCounts[];
}

/** The stored days from `since` to `until` (inclusive, Berlin days). */
export async function readStored(store: AnalyticsStore, since: string, until: string): Promise<StoredData> {
  const out: StoredData = { questions: [], counts: [] };
  for (const day of await store.days()) {
    if (day < since || day > until) continue;
    const data = await store.readDay(day);
    out.questions.push(...data.questions);
    out.counts.push(...data.counts);
  }
  return out;
}

// The format names of the seminar details card, so the report and the chat name a format alike.
const FORMAT_NAMES: Record<string, string> = seminarTexts.detail.formats.normal;
const CHANNEL_NAMES: Record<string, string> = { msteams: 'Microsoft Teams', webchat: 'Web-Chat', directline: 'Direct Line', emulator: 'Emulator', test: 'Test', andere: 'andere' };
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

export function buildModel(data: StoredData, knowledge: Knowledge, search: SearchIndex, files: Map<string, string>, since: string, until: string): ReportModel {
  const totals = new Map<string, number>();
  const perWeek = new Map<string, WeekRow>();
  const days = new Set<string>();
  for (const { day, counts } of data.counts) {
    if (day < since || day > until) continue;
    days.add(day);
    const week = isoWeek(day);
    const row = perWeek.get(week) ?? { week, turns: 0, unanswered: 0 };
    row.turns += counts.turns ?? 0;
    row.unanswered += (counts['decision:fallback'] ?? 0) + (counts['decision:didYouMean'] ?? 0);
    perWeek.set(week, row);
    for (const [key, n] of Object.entries(counts)) totals.set(key, (totals.get(key) ?? 0) + n);
  }
  const get = (key: string) => totals.get(key) ?? 0;
  const rows = (prefix: string, label: (id: string) => string): Row[] =>
    [...totals]
      .filter(([k]) => k.startsWith(`${prefix}:`))
      .map(([k, count]) => ({ key: k.slice(prefix.length + 1), label: label(k.slice(prefix.length + 1)), count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));

  const faqName = (id: string) => knowledge.faq.find((f) => f.id === id)?.question ?? id;
  const seminarName = (id: string) => knowledge.seminars.find((s) => s.id === id)?.title ?? id;
  const roleName = (id: string) => knowledge.roles.find((r) => r.id === id)?.name ?? id;
  const topicName = (id: string) => knowledge.topics.find((t) => t.id === id)?.name ?? id;

  const questions = data.questions.filter((q) => q.day >= since && q.day <= until);
  // A bare "nein" says nothing about wording; such turns count in the "nein" rate only.
  const worded = questions.filter((q) => q.decision !== 'feedback' || questionTerms(q.text).some((t) => !/^(?:nein|no|nee|nicht|leider)$/.test(t)));
  const clusters = clusterQuestions(worded).map((c) => ({ ...c, suggestion: suggestFor(c, knowledge, search, files) }));

  const feedbackIds = new Set([...totals.keys()].filter((k) => k.startsWith('feedback.')).map((k) => k.slice(k.indexOf(':') + 1)));
  const feedback = [...feedbackIds]
    .map((id): FeedbackRow => {
      const yes = get(`feedback.yes:${id}`);
      const no = get(`feedback.no:${id}`);
      const faq = knowledge.faq.find((f) => f.id === id);
      const role = knowledge.roles.find((r) => r.id === id);
      const seminar = knowledge.seminars.find((s) => s.id === id);
      const kind = faq ? 'FAQ' : role ? 'Rolle' : seminar ? 'Seminar' : 'andere';
      return { key: id, label: faq?.question ?? role?.name ?? seminar?.title ?? id, kind, yes, no, noRate: yes + no > 0 ? no / (yes + no) : 0 };
    })
    .sort((a, b) => b.noRate - a.noRate || b.no - a.no || a.label.localeCompare(b.label, 'de'));

  const enquiries = rows('enquiry', seminarName);
  const views = rows('seminar', seminarName);
  const seminarIds = new Set([...enquiries, ...views].map((r) => r.key));
  const seminars = [...seminarIds]
    .map((id) => ({ key: id, label: seminarName(id), count: views.find((r) => r.key === id)?.count ?? 0, enquiries: enquiries.find((r) => r.key === id)?.count ?? 0 }))
    .sort((a, b) => b.count + b.enquiries - (a.count + a.enquiries) || a.label.localeCompare(b.label, 'de'));

  return {
    since,
    until,
    days: days.size,
    totals: {
      turns: get('turns'),
      faqAnswers: get('decision:faq'),
      unanswered: get('decision:fallback') + get('decision:didYouMean'),
      questionsLogged: questions.length,
      feedbackYes: feedback.reduce((n, r) => n + r.yes, 0),
      feedbackNo: feedback.reduce((n, r) => n + r.no, 0),
    },
    clusters,
    feedback,
    faqs: rows('faq', faqName),
    seminars,
    topics: rows('topic', topicName),
    formats: rows('format', (id) => FORMAT_NAMES[id] ?? id),
    months: rows('month', monthName).sort((a, b) => a.key.localeCompare(b.key)),
    roles: rows('role', roleName),
    channels: rows('channel', (id) => CHANNEL_NAMES[id] ?? id),
    weeks: [...perWeek.values()].sort((a, b) => a.week.localeCompare(b.week)),
  };
}

function monthName(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : key;
}

/** "2027-03-10" → "2027-W10" (ISO 8601 week, Monday first). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const week = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
