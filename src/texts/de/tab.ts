// The Teams tab "Seminarkalender". The tab has no Leichte-Sprache mode (no conversation tells it the
// register), so standard German only, like the search extension.
import { FULL } from './cards.js';
import { seminarTexts } from './seminars.js';

/** Counts the page writes itself: `{n}` stands for the number (the browser script fills it in). */
interface Count {
  one: string;
  many: string;
}

export const tabTexts = {
  /** Sent to the page as JSON: what the browser script writes without asking the server again. */
  page: {
    loading: 'Seminare werden geladen …',
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
