// The Teams tab "Seminarkalender". The tab has no Leichte-Sprache mode (no conversation tells it the
// register), so standard German only, like the search extension.
import { FULL } from './cards.js';
import { seminarTexts } from './seminars.js';

/** Counts the page writes itself: `{n}` stands for the number (the browser script fills it in). */
interface Count {
  one: string;
  many: string;
}

const LOADING = 'Seminare werden geladen …';

export const tabTexts = {
  /** The page's markup (src/web/tab/index.html names them as {{key}}; the server fills them in, escaped). */
  html: {
    title: 'Seminarkalender – Inklusionsprofi',
    skipLink: 'Direkt zu den Seminaren',
    heading: 'Seminarkalender',
    intro: 'Alle kommenden Seminare und Workshops von Kommune Inklusiv. Die Teilnahme ist kostenfrei, eine Anmeldung ist erforderlich. Wählen Sie Filter, um die Liste einzugrenzen.',
    /** Followed by the contact address as a link. */
    catalogueSample: 'Hinweis: Dieser Katalog enthält Beispieldaten zum Ausprobieren. Das aktuelle Programm erfahren Sie beim Bildungsteam unter',
    filterHeading: 'Filter',
    topic: 'Thema',
    allTopics: 'Alle Themen',
    role: 'Rolle',
    allRoles: 'Alle Rollen',
    format: 'Format',
    allFormats: 'Alle Formate',
    month: 'Monat',
    allMonths: 'Alle Monate',
    accessibility: 'Barrierefreiheit',
    noNeed: 'Keine Auswahl',
    reset: 'Filter zurücksetzen',
    results: 'Seminare',
    loading: LOADING,
    close: 'Details schließen',
    seminarSample: 'Beispieldaten: Dieses Seminar dient nur zum Ausprobieren.',
    register: 'Anmeldung anfragen',
    calendar: 'In meinen Kalender',
    /** Followed by the contact address as a link. */
    noScript: 'Für den Seminarkalender wird JavaScript benötigt. Sie erreichen das Bildungsteam auch per E-Mail:',
    footer: 'Ohne Cookies und ohne Dienste von Dritten.',
    privacy: 'Datenschutz',
  },
  /** Sent to the page as JSON: what the browser script writes without asking the server again. */
  page: {
    loading: LOADING,
    unavailable: 'Der Seminarkalender ist gerade nicht erreichbar. Bitte laden Sie die Seite in ein paar Minuten neu.',
    all: { one: '1 kommendes Seminar', many: '{n} kommende Seminare' } satisfies Count,
    found: { one: '1 Seminar passt zu Ihrer Auswahl.', many: '{n} Seminare passen zu Ihrer Auswahl.' } satisfies Count,
    none: 'Kein Seminar passt zu dieser Auswahl. Ändern Sie einen Filter oder wählen Sie „Filter zurücksetzen“.',
    accessibilityTags: 'Barrierefreiheit',
    facts: {
      sessions: 'Termine',
      format: 'Format',
      place: 'Ort',
      level: 'Niveau',
      audience: 'Für wen',
      topics: 'Themen',
      accessibility: 'Barrierefreiheit',
      places: 'Plätze',
      cost: 'Kosten',
      deadline: 'Anmeldeschluss',
    },
  },
  /** Per seminar, written by the server into /api/seminars. */
  moreSessions: (n: number) => ` (+${n} weiterer Termin${n > 1 ? 'e' : ''})`,
  places: (left: number, total: number) => `${left} von ${total} Plätzen frei`,
  full: `${FULL.normal} – Anfrage für die Warteliste möglich`,
  deadline: (date: string) => `Anmeldung bis ${date}`,
  deadlinePassed: (date: string) => `Anmeldeschluss war am ${date}`,
  registerMessage: (title: string) => `Anmeldung anfragen: ${title}`,
  levels: { einstieg: 'Einstieg', vertiefung: 'Vertiefung', alle: 'Für alle' },
  formats: seminarTexts.detail.formats.normal,
  starting: 'Der Seminarkalender wird gerade geladen. Bitte versuchen Sie es gleich noch einmal.',
};
