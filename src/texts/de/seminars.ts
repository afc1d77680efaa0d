// Everything a person reads that the seminar look-up, recommendation and calendar code writes itself:
// reasons why a seminar fits, names of relaxed filters, calendar texts. Standard German and Leichte Sprache.
import type { SeminarFormat } from '../../knowledge/schema.js';
import { accessibilityNeeds, type AccessibilityNeed } from './accessibility.js';
import { FULL } from './cards.js';

export type { AccessibilityNeed } from './accessibility.js';
export type FilterKind = 'topic' | 'role' | 'place' | 'period' | 'format' | 'accessibility';

/** A wish left out of a look-up because nothing matched it exactly. */
export interface RelaxedFilter {
  kind: FilterKind;
  /** For `accessibility`: the needs that were asked for. */
  needs: AccessibilityNeed[];
}

function list(items: string[], conjunction = 'und'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/**
 * Role names in roles.yaml are plural ("Netzwerkkoordinator*innen"); after "als" one person needs the
 * singular ("als Netzwerkkoordinator*in"). Names without a Gender-Stern plural read well as they are.
 */
export function roleNameSingular(name: string): string {
  return name
    .replace(/([*:_])innen\b/g, '$1in')
    .replace(/\bFachkräfte\b/g, 'Fachkraft')
    .replace(/\bFührungskräfte\b/g, 'Führungskraft');
}

export interface ReasonParts {
  /** Display name of the role when the seminar is meant for it. */
  role?: string;
  /** Topic names that make the seminar fit, most important first. */
  topics: string[];
  level?: 'einstieg' | 'vertiefung';
  format: SeminarFormat;
  city?: string;
  /** "9. März" or "9. März 2028". */
  date: string;
  sessions: number;
  accessibility: AccessibilityNeed[];
}

export interface ReasonPartsEasy extends Omit<ReasonParts, 'role' | 'date'> {
  /** The role's Leichte-Sprache name. */
  role?: string;
  /** "Dienstag, 9. März 2027". */
  date: string;
}

function where(parts: Pick<ReasonParts, 'format' | 'city'>): string {
  if (parts.format === 'online') return 'online';
  const city = parts.city ? `in ${parts.city}` : 'vor Ort';
  return parts.format === 'hybrid' ? `${city} oder online` : city;
}

const calendarForBoth = {
  productId: 'aktion-mensch/inklusionsprofi',
  calendarName: 'Kurse von Kommune Inklusiv',
  costAndRegistration: 'Sie müssen sich anmelden. Der Kurs kostet nichts.',
  moreInfo: (url: string) => `Mehr Informationen: ${url}`,
  online: 'Online',
  onlineWithTool: (tool: string) => `Online (${tool})`,
  hybrid: (place: string) => `${place} – oder online`,
  sessionOf: (title: string, n: number, total: number) => `${title} (Termin ${n} von ${total})`,
};

/** The names of the wishes left out, joined: "das Thema und den Ort". */
export function relaxedFilterNames(what: RelaxedFilter[], easy: boolean): string {
  return list(what.map((f) => (easy ? seminarTexts.relaxedEasy(f.kind, f.needs) : seminarTexts.relaxed(f.kind, f.needs))));
}

export const seminarTexts = {
  /** The details card's values (the labels are in cards.ts). */
  detail: {
    past: { normal: 'Das Seminar hat schon stattgefunden.', easy: 'Der Kurs ist schon vorbei.' },
    full: (total: number, easy: boolean) =>
      easy ? `${FULL.easy}. Es gibt ${total} Plätze. Sie können sich auf die Warte-Liste setzen lassen.` : `${FULL.normal} (${total} Plätze) – Anfrage für die Warteliste möglich`,
    placesLeft: (left: number, total: number, easy: boolean) => (easy ? `Es gibt noch ${left} freie Plätze. Insgesamt gibt es ${total} Plätze.` : `${left} von ${total} frei`),
    cost: { normal: 'kostenfrei (Anmeldung erforderlich)', easy: 'Der Kurs kostet nichts. Sie müssen sich anmelden.' },
    deadlinePassed: (date: string, easy: boolean) => (easy ? `${date}. Dieser Tag ist vorbei.` : `${date} (abgelaufen)`),
    stepFree: { normal: 'stufenloser Zugang', easy: 'Der Ort hat keine Stufen.' },
    notStepFree: { normal: 'kein stufenloser Zugang', easy: 'Der Ort hat Stufen.' },
  },

  /** One sentence: "Passt zu Ihrer Rolle als Netzwerkkoordinator*in und zum Thema Öffentlichkeitsarbeit; online am 9. März." */
  reason(parts: ReasonParts): string {
    const fits: string[] = [];
    if (parts.role) fits.push(`zu Ihrer Rolle als ${roleNameSingular(parts.role)}`);
    if (parts.topics.length === 1) fits.push(`zum Thema ${parts.topics[0] ?? ''}`);
    if (parts.topics.length > 1) fits.push(`zu den Themen ${list(parts.topics.slice(0, 2))}`);
    if (parts.level === 'einstieg') fits.push('zum Einstieg');
    if (parts.level === 'vertiefung') fits.push('zur Vertiefung');
    const when = parts.sessions > 1 ? `ab ${parts.date} (${parts.sessions} Termine)` : `am ${parts.date}`;
    const offers = parts.accessibility.map((need) => accessibilityNeeds[need].offer);
    const tail = `${where(parts)} ${when}${offers.length > 0 ? `, ${list(offers)}` : ''}`;
    if (fits.length === 0) return `${tail.charAt(0).toUpperCase()}${tail.slice(1)}.`;
    return `Passt ${list(fits)}; ${tail}.`;
  },

  /** Leichte Sprache: short sentences, one statement each, no Gender-Stern. */
  reasonEasy(parts: ReasonPartsEasy): string {
    const sentences: string[] = [];
    if (parts.role) sentences.push(`Der Kurs passt zu Ihrer Arbeit: ${parts.role}.`);
    if (parts.topics.length > 0) sentences.push(`Das Thema ist: ${list(parts.topics.slice(0, 2))}.`);
    if (parts.format === 'online') sentences.push('Der Kurs ist im Internet.');
    else if (parts.format === 'hybrid') sentences.push(`Sie können ${parts.city ? `nach ${parts.city} kommen` : 'hinkommen'}. Oder Sie machen im Internet mit.`);
    else sentences.push(parts.city ? `Der Kurs ist in ${parts.city}.` : 'Sie kommen zum Kurs hin.');
    sentences.push(parts.sessions > 1 ? `Der 1. Termin ist am ${parts.date}. Es gibt ${parts.sessions} Termine.` : `Der Termin ist am ${parts.date}.`);
    sentences.push(...parts.accessibility.map((need) => accessibilityNeeds[need].offerEasy));
    return sentences.join(' ');
  },

  /** What was left out when nothing matched exactly, for "ich habe … weggelassen". */
  relaxed(kind: FilterKind, needs: AccessibilityNeed[] = []): string {
    switch (kind) {
      case 'topic':
        return 'das Thema';
      case 'role':
        return 'die Rolle';
      case 'place':
        return 'den Ort';
      case 'period':
        return 'den Zeitraum';
      case 'format':
        return 'das Format';
      case 'accessibility':
        return needs.length > 0 ? `den Wunsch nach ${list(needs.map((n) => accessibilityNeeds[n].wish))}` : 'die Barrierefreiheit';
    }
  },

  /** Leichte Sprache of `relaxed`, after "Ich habe nicht geachtet auf:". */
  relaxedEasy(kind: FilterKind, needs: AccessibilityNeed[] = []): string {
    switch (kind) {
      case 'topic':
        return 'das Thema';
      case 'role':
        return 'Ihre Arbeit';
      case 'place':
        return 'den Ort';
      case 'period':
        return 'die Zeit';
      case 'format':
        return 'online oder vor Ort';
      case 'accessibility':
        return needs.length > 0 ? list(needs.map((n) => accessibilityNeeds[n].wishEasy)) : 'Hilfen beim Kurs';
    }
  },

  calendar: calendarForBoth,
  /**
   * The calendar file (.ics) is downloaded without a conversation, so no register is known: its texts
   * are written to be Leichte Sprache and good standard German at once (and are linted as Leichte Sprache).
   */
  calendarForBoth,
};
