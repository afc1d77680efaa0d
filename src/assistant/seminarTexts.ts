// Everything a person reads that the seminar look-up, recommendation and calendar code writes itself:
// reasons why a seminar fits, names of relaxed filters, calendar texts. Standard German and Leichte Sprache.
import type { AccessibilityNeed } from '../catalogue/accessibility.js';
import type { SeminarFormat } from '../knowledge/schema.js';

export type { AccessibilityNeed } from '../catalogue/accessibility.js';
export type FilterKind = 'topic' | 'role' | 'place' | 'period' | 'format' | 'accessibility';

const accessibilityNames: Record<AccessibilityNeed, string> = {
  leichteSprache: 'Leichte Sprache',
  dgs: 'Gebärdensprache',
  schriftdolmetschung: 'Schriftdolmetschung',
  stepFree: 'stufenlosen Zugang',
};

const accessibilityOffers: Record<AccessibilityNeed, string> = {
  leichteSprache: 'in Leichter Sprache',
  dgs: 'mit Gebärdensprachdolmetschung',
  schriftdolmetschung: 'mit Schriftdolmetschung',
  stepFree: 'stufenlos erreichbar',
};

const accessibilityOffersEasy: Record<AccessibilityNeed, string> = {
  leichteSprache: 'Der Kurs ist in Leichter Sprache.',
  dgs: 'Es gibt Gebärden-Sprache.',
  schriftdolmetschung: 'Es gibt eine Schrift-Dolmetschung.',
  stepFree: 'Der Ort hat keine Stufen.',
};

/** "Zoom" of "Zoom, Zugangslink nach der Anmeldung": the tool's name without the how-to. */
function toolName(tool: string): string {
  return tool.split(',')[0]?.trim() || tool;
}

function list(items: string[], conjunction = 'und'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

export interface ReasonParts {
  /** The role's name for one person (roles.yaml nameSingular: "Mitarbeiter*in in Finanzen und Buchhaltung") when the seminar is meant for it. */
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

export const seminarTexts = {
  /** One sentence: "Passt zu Ihrer Rolle als Netzwerkkoordinator*in und zum Thema Öffentlichkeitsarbeit; online am 9. März." */
  reason(parts: ReasonParts): string {
    const fits: string[] = [];
    if (parts.role) fits.push(`zu Ihrer Rolle als ${parts.role}`);
    if (parts.topics.length === 1) fits.push(`zum Thema ${parts.topics[0] ?? ''}`);
    if (parts.topics.length > 1) fits.push(`zu den Themen ${list(parts.topics.slice(0, 2))}`);
    if (parts.level === 'einstieg') fits.push('zum Einstieg');
    if (parts.level === 'vertiefung') fits.push('zur Vertiefung');
    const when = parts.sessions > 1 ? `ab ${parts.date} (${parts.sessions} Termine)` : `am ${parts.date}`;
    const offers = parts.accessibility.map((need) => accessibilityOffers[need]);
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
    sentences.push(...parts.accessibility.map((need) => accessibilityOffersEasy[need]));
    return sentences.join(' ');
  },

  /** A seminar's accessibility features by name, for the details card and the tab's filter. */
  accessibility: {
    leichteSprache: { normal: 'Leichte Sprache', easy: 'Leichte Sprache' },
    dgs: { normal: 'Gebärdensprachdolmetschung (DGS)', easy: 'Dolmetschen in Gebärden-Sprache' },
    schriftdolmetschung: { normal: 'Schriftdolmetschung', easy: 'Schrift-Dolmetschung' },
    stepFree: { normal: 'stufenloser Zugang', easy: 'Keine Stufen' },
    notStepFree: { normal: 'kein stufenloser Zugang', easy: 'Es gibt Stufen' },
  } satisfies Record<AccessibilityNeed | 'notStepFree', { normal: string; easy: string }>,

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
        return needs.length > 0 ? `den Wunsch nach ${list(needs.map((n) => accessibilityNames[n]))}` : 'die Barrierefreiheit';
    }
  },

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

  calendar: {
    productId: 'aktion-mensch/inklusionsprofi',
    calendarName: 'Fortbildungen Kommune Inklusiv',
    costAndRegistration: 'Anmeldung erforderlich, kostenfrei.',
    moreInfo: (url: string) => `Mehr Informationen: ${url}`,
    sessionOf: (title: string, n: number, total: number) => `${title} (Termin ${n} von ${total})`,
  },
};
