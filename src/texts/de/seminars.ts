// Everything a person reads that the seminar look-up, recommendation and calendar code writes itself:
// reasons why a seminar fits, names of relaxed filters, calendar texts. Standard German and Leichte Sprache.
import type { SeminarFormat, SeminarLevel } from '../../knowledge/schema.js';
import { accessibilityNeeds, type AccessibilityNeed } from './accessibility.js';
import { FULL } from './cards.js';

export type { AccessibilityNeed } from './accessibility.js';
export type FilterKind = 'topic' | 'role' | 'place' | 'period' | 'daytime' | 'weekday' | 'duration' | 'format' | 'level' | 'accessibility' | 'places';

/** A level a look-up can ask for (a seminar "für alle" meets either). */
export type WishedLevel = Exclude<SeminarLevel, 'alle'>;

/** A wish left out of a look-up because nothing matched it exactly. */
export interface RelaxedFilter {
  kind: FilterKind;
  /** For `accessibility`: the needs that were asked for. */
  needs: AccessibilityNeed[];
  /** For `accessibility`: any one of the needs was enough ("Gebärdensprache oder Untertitel"). */
  any?: boolean;
  /** For `level`: the level that was asked for. */
  level?: WishedLevel;
}

/** "Zoom" of "Zoom, Zugangslink nach der Anmeldung": the tool's name without the how-to. */
function toolName(tool: string): string {
  return tool.split(',')[0]?.trim() || tool;
}

export function list(items: string[], conjunction = 'und'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

export interface ReasonParts {
  /**
   * The role's name for one person (roles.yaml nameSingular: "Mitarbeiter*in in Finanzen und Buchhaltung") when the seminar
   * is meant for it; with `people`, the name of its people (roles.yaml name: "Ehrenamtliche"), as one of several roles asked about.
   */
  role?: string;
  people?: boolean;
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
  sessionOf: (title: string, n: number, total: number) => `${title} (Termin ${n} von ${total})`,
};

/** The names of the wishes left out, joined: "das Thema und den Ort". */
export function relaxedFilterNames(what: RelaxedFilter[], easy: boolean): string {
  return list(what.map((f) => (easy ? seminarTexts.relaxedEasy(f.kind, f.needs, f.any, f.level) : seminarTexts.relaxed(f.kind, f.needs, f.any, f.level))));
}

export const seminarTexts = {
  /** The details card's values (the labels are in cards.ts). */
  detail: {
    past: { normal: 'Das Seminar hat schon stattgefunden.', easy: 'Der Kurs ist schon vorbei.' },
    /** The format on the details card and the tab's format filter. */
    formats: {
      normal: { online: 'Online', praesenz: 'Präsenz', hybrid: 'Hybrid (vor Ort und online)' },
      easy: { online: 'Im Internet', praesenz: 'Vor Ort', hybrid: 'Vor Ort oder im Internet' },
    } satisfies Record<'normal' | 'easy', Record<SeminarFormat, string>>,
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
    if (parts.role) fits.push(parts.people ? `für ${parts.role}` : `zu Ihrer Rolle als ${parts.role}`);
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
    if (parts.role) sentences.push(parts.people ? `Der Kurs passt für: ${parts.role}.` : `Der Kurs passt zu Ihrer Arbeit: ${parts.role}.`);
    if (parts.topics.length > 0) sentences.push(`Das Thema ist: ${list(parts.topics.slice(0, 2))}.`);
    if (parts.format === 'online') sentences.push('Der Kurs ist im Internet.');
    else if (parts.format === 'hybrid') sentences.push(`Sie können ${parts.city ? `nach ${parts.city} kommen` : 'hinkommen'}. Oder Sie machen im Internet mit.`);
    else sentences.push(parts.city ? `Der Kurs ist in ${parts.city}.` : 'Sie kommen zum Kurs hin.');
    sentences.push(parts.sessions > 1 ? `Der 1. Termin ist am ${parts.date}. Es gibt ${parts.sessions} Termine.` : `Der Termin ist am ${parts.date}.`);
    sentences.push(...parts.accessibility.map((need) => accessibilityNeeds[need].offerEasy));
    return sentences.join(' ');
  },

  /** A seminar's accessibility features by name, for the details card and the tab's filter (words in accessibility.ts). */
  accessibility: {
    leichteSprache: accessibilityNeeds.leichteSprache.name,
    dgs: accessibilityNeeds.dgs.name,
    schriftdolmetschung: accessibilityNeeds.schriftdolmetschung.name,
    stepFree: { normal: 'stufenloser Zugang', easy: 'Der Ort hat keine Stufen.' },
    notStepFree: { normal: 'kein stufenloser Zugang', easy: 'Der Ort hat Stufen.' },
  } satisfies Record<AccessibilityNeed | 'notStepFree', { normal: string; easy: string }>,

  /**
   * How a seminar is attended, for the card, the chat, the calendar file, the tab and the search
   * extension (built in seminarView.placeText). `tool` is the catalogue's onlineTool ("Zoom,
   * Zugangslink nach der Anmeldung"); `place` the venue with its city.
   */
  place: {
    /** "Online (Zoom, Zugangslink nach der Anmeldung)"; easy: "Im Internet mit Zoom". */
    online: (tool: string | undefined, easy: boolean) =>
      easy ? (tool ? `Im Internet mit ${toolName(tool)}` : 'Im Internet') : tool ? `Online (${tool})` : 'Online',
    /** "Vor Ort: Rathaus, Markt 1, 18055 Rostock"; easy: the address alone (the card's label says "Ort"). */
    onSite: (place: string, easy: boolean) => (easy ? place : `Vor Ort: ${place}`),
    /** Follows the place of a hybrid seminar: "… – oder online (Zoom, …)". */
    orOnline: (tool: string | undefined, easy: boolean) =>
      easy ? `. Oder im Internet${tool ? ` mit ${toolName(tool)}` : ''}.` : ` – oder online${tool ? ` (${tool})` : ''}`,
    /** For a list line: "Online", "Präsenz in Rostock", "Hybrid: in Köln oder online". */
    short: (format: SeminarFormat, city: string, easy: boolean) => {
      if (format === 'online') return easy ? 'Im Internet' : 'Online';
      if (format === 'hybrid') return easy ? `In ${city} oder im Internet` : `Hybrid: in ${city} oder online`;
      return easy ? `In ${city}` : `Präsenz in ${city}`;
    },
    /** Marks a seminar held in Leichte Sprache in lists and previews. */
    leichteSprache: (easy: boolean) => (easy ? 'In Leichter Sprache' : 'in Leichter Sprache'),
  },

  /** What was left out when nothing matched exactly, for "ich habe … weggelassen". */
  relaxed(kind: FilterKind, needs: AccessibilityNeed[] = [], any = false, level?: WishedLevel): string {
    switch (kind) {
      case 'topic':
        return 'das Thema';
      case 'role':
        return 'die Rolle';
      case 'place':
        return 'den Ort';
      case 'period':
        return 'den Zeitraum';
      case 'daytime':
        return 'die Tageszeit';
      case 'weekday':
        return 'den Wochentag';
      case 'duration':
        return 'die Dauer';
      case 'format':
        return 'das Format';
      case 'level':
        return level === 'vertiefung' ? 'den Wunsch nach Vertiefung' : level === 'einstieg' ? 'den Wunsch nach einem Einstieg' : 'den Kenntnisstand';
      case 'accessibility':
        return needs.length > 0 ? `den Wunsch nach ${list(needs.map((n) => accessibilityNeeds[n].wish), any ? 'oder' : 'und')}` : 'die Barrierefreiheit';
      case 'places':
        return 'die freien Plätze';
    }
  },

  /** Leichte Sprache of `relaxed`, after "Ich habe nicht geachtet auf:". */
  relaxedEasy(kind: FilterKind, needs: AccessibilityNeed[] = [], any = false, level?: WishedLevel): string {
    switch (kind) {
      case 'topic':
        return 'das Thema';
      case 'role':
        return 'Ihre Arbeit';
      case 'place':
        return 'den Ort';
      case 'period':
        return 'die Zeit';
      case 'daytime':
        return 'die Uhrzeit';
      case 'weekday':
        return 'den Tag in der Woche';
      case 'duration':
        return 'wie lange der Kurs dauert';
      case 'format':
        return 'online oder vor Ort';
      case 'level':
        return level === 'vertiefung' ? 'Kurse für Menschen, die schon viel wissen' : level === 'einstieg' ? 'Kurse für den Anfang' : 'was Sie schon wissen';
      case 'accessibility':
        return needs.length > 0 ? list(needs.map((n) => accessibilityNeeds[n].wishEasy), any ? 'oder' : 'und') : 'Hilfen beim Kurs';
      case 'places':
        return 'freie Plätze';
    }
  },

  calendar: calendarForBoth,
  /**
   * The calendar file (.ics) is downloaded without a conversation, so no register is known: its texts
   * are written to be Leichte Sprache and good standard German at once (and are linted as Leichte Sprache).
   */
  calendarForBoth,
};
