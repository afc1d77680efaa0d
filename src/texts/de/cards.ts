// Labels the bot layer needs to render cards, in standard German and Leichte Sprache (the assistant's
// own sentences are in conversation.ts, lists.ts and registration.ts).
import { contact } from './contact.js';

/** The one word for a seminar without free places: cards, list, search extension, tab. */
export const FULL = { normal: 'Ausgebucht', easy: 'Der Kurs ist voll' } as const;

export const botTexts = {
  numberedHint: { normal: 'Antworten Sie mit der Nummer oder dem Namen.', easy: 'Schreiben Sie die Nummer.' },
  seminarList: {
    normal: {
      details: 'Details',
      full: FULL.normal,
      alternative: 'Alternative',
      alternativeShort: 'Alternative ansehen',
      deadline: 'Anmeldeschluss',
      placesLeft: (n: number) => (n === 1 ? 'Noch 1 Platz frei' : `Noch ${n} Plätze frei`),
    },
    easy: {
      details: 'Mehr über den Kurs',
      full: FULL.easy,
      alternative: 'Anderer Kurs',
      alternativeShort: 'Anderen Kurs ansehen',
      deadline: 'Anmelden bis',
      placesLeft: (n: number) => (n === 1 ? 'Es gibt noch 1 freien Platz.' : `Es gibt noch ${n} freie Plätze.`),
    },
  },
  seminarDetail: {
    normal: {
      sessions: 'Termine',
      format: 'Format und Ort',
      audience: 'Für wen',
      accessibility: 'Barrierefreiheit',
      places: 'Plätze',
      cost: 'Kosten',
      deadline: 'Anmeldeschluss',
      calendar: 'In meinen Kalender',
      calendarLink: 'Kalender',
      noAccessibility: 'keine Angaben',
      get sample() {
        return `Hinweis: Dies sind Beispieldaten. Das aktuelle Programm erfahren Sie unter ${contact()}.`;
      },
    },
    easy: {
      sessions: 'Wann',
      format: 'Wo',
      audience: 'Für wen',
      accessibility: 'Hilfen beim Kurs',
      places: 'Plätze',
      cost: 'Kosten',
      deadline: 'Anmelden bis',
      calendar: 'In meinen Kalender',
      calendarLink: 'Für Ihren Kalender',
      noAccessibility: 'Dazu wissen wir nichts.',
      get sample() {
        return `Achtung: Diese Kurse sind nur Beispiele. Sie wollen die echten Kurse wissen? Dann schreiben Sie eine E-Mail an: ${contact()}.`;
      },
    },
  },
  /**
   * When a turn fails, the conversation's register is unknown: one text that is Leichte Sprache and
   * good standard German at once.
   */
  turnErrorForBoth: {
    get text() {
      return `Es tut mir leid. Bei mir ist ein Fehler passiert. Bitte versuchen Sie es noch einmal. Es klappt wieder nicht? Dann schreiben Sie eine E-Mail an: ${contact()}.`;
    },
  },
  get turnError(): string {
    return botTexts.turnErrorForBoth.text;
  },
};
