// The Teams search extension's texts.
import { FULL } from './cards.js';

/**
 * Everything a person reads in the Teams search extension "Seminar suchen" and the cards it shares.
 * No conversation, so no register is known; the cards are shared into chats with colleagues. Standard
 * German only, like the mail to the team.
 */
export const extensionTexts = {
  starting: 'Ich starte gerade noch. Bitte versuchen Sie es in einem Moment noch einmal.',
  unknownCommand: 'Diese Suche gibt es im Inklusionsprofi nicht. Bitte wählen Sie „Seminar suchen“.',
  noUpcoming: 'Zurzeit sind keine kommenden Seminare eingetragen. Das Bildungsteam ergänzt den Kalender regelmäßig.',
  noMatch: (query: string) =>
    `Zu „${query}“ habe ich kein kommendes Seminar gefunden. Versuchen Sie ein anderes Stichwort, zum Beispiel „Öffentlichkeitsarbeit“, „online“ oder „März“.`,
  moreSessions: (n: number) => ` (+${n} weiterer Termin${n > 1 ? 'e' : ''})`,
  places: (left: number, total: number) => `${left} von ${total} Plätzen frei`,
  full: `${FULL.normal} – Anfrage für die Warteliste möglich`,
  fullShort: FULL.normal,
  deadline: (date: string) => `Anmeldung bis ${date}`,
  deadlinePassed: 'Anmeldeschluss ist vorbei',
  free: 'kostenfrei, Anmeldung erforderlich',
  calendar: 'In meinen Kalender',
  catalogue: 'Im Seminarkalender ansehen',
  sample: 'Beispieldaten zum Ausprobieren',
};
