// What the assistant says during a registration enquiry, in standard German and Leichte Sprache.
import { CONTACT } from './texts.js';

export const regTexts = {
  formTitle: (title: string) => `Anmeldeanfrage: ${title}`,
  formIntro: {
    normal: 'Bitte füllen Sie die Pflichtfelder (*) aus. Das Bildungsteam meldet sich dann per E-Mail bei Ihnen. Die Anfrage ist noch keine feste Platzzusage.',
    easy: 'Bitte schreiben Sie Ihre Angaben in das Formular. Felder mit Stern (*) müssen Sie ausfüllen. Danach schreibt Ihnen das Bildungs-Team eine E-Mail.',
  },
  privacy:
    'Datenschutz: Ihre Angaben werden nur für diese Anmeldeanfrage verwendet und per E-Mail an das Bildungsteam der Aktion Mensch ' +
    `(${CONTACT}) geschickt. Der Bot löscht sie, sobald die E-Mail zugestellt ist, und gibt sie an niemanden sonst weiter.`,
  consentLabel: 'Einwilligung',
  consentTitle: 'Ich bin einverstanden, dass meine Angaben für diese Anfrage verarbeitet und an das Bildungsteam geschickt werden. *',
  submit: 'Weiter zur Übersicht',
  cancel: 'Abbrechen',
  askSeminar: { normal: 'Für welches Seminar möchten Sie eine Anmeldung anfragen?', easy: 'Für welchen Kurs wollen Sie sich anmelden?' },
  noSeminarFound: {
    normal: 'Ich habe kein passendes Seminar gefunden. Hier sind die nächsten Termine – oder nennen Sie mir Thema, Ort oder Monat.',
    easy: 'Ich habe keinen passenden Kurs gefunden. Hier sind die nächsten Kurse.',
  },
  past: (title: string) => `Das Seminar „${title}“ hat schon stattgefunden. Eine Anmeldung ist nicht mehr möglich. Fragen Sie mich gern nach anderen Seminaren – zum Beispiel mit Thema, Ort oder Monat.`,
  full: (title: string) =>
    `Das Seminar „${title}“ ist leider ausgebucht. Sie können eine Anfrage für die Warteliste schicken – oder sich ähnliche Seminare zeigen lassen.`,
  deadlinePassed: (date: string) => `Hinweis: Der Anmeldeschluss (${date}) ist vorbei. Sie können trotzdem anfragen; ob eine Teilnahme noch möglich ist, kann ich nicht sagen – das beantwortet das Bildungsteam.`,
  waitingListChoice: 'Auf die Warteliste',
  textDialogIntro: {
    normal: 'Gern nehme ich Ihre Anfrage hier im Chat auf – Schritt für Schritt. Mit „zurück“ gehen Sie einen Schritt zurück, mit „abbrechen“ beenden Sie die Anfrage.',
    easy: 'Wir machen die Anmeldung hier im Chat. Ich frage Sie nacheinander. Sie wollen zurück? Schreiben Sie: zurück. Sie wollen aufhören? Schreiben Sie: abbrechen.',
  },
  steps: {
    name: { normal: 'Wie ist Ihr Name (Vor- und Nachname)?', easy: 'Wie heißen Sie? Bitte schreiben Sie Vor-Name und Nach-Name.' },
    email: { normal: 'An welche E-Mail-Adresse soll das Bildungsteam antworten?', easy: 'Wie ist Ihre E-Mail-Adresse?' },
    organisation: { normal: 'Für welche Organisation oder Kommune arbeiten Sie?', easy: 'Wo arbeiten Sie? Zum Beispiel: Stadt Erlangen.' },
    role: { normal: 'Welche Rolle haben Sie im Projekt?', easy: 'Was machen Sie im Projekt?' },
    phone: { normal: 'Unter welcher Telefonnummer sind Sie erreichbar? (freiwillig – „nein“ zum Überspringen)', easy: 'Wie ist Ihre Telefon-Nummer? Sie müssen das nicht sagen. Dann schreiben Sie: nein.' },
    accessibility: {
      normal: 'Brauchen Sie Unterstützung, um teilnehmen zu können? Nennen Sie die Nummern, beschreiben Sie es in eigenen Worten – oder „nein“.',
      easy: 'Brauchen Sie Hilfe beim Kurs? Schreiben Sie die Nummer. Oder schreiben Sie: nein.',
    },
    message: { normal: 'Möchten Sie dem Bildungsteam noch etwas mitteilen? (freiwillig – „nein“ zum Überspringen)', easy: 'Wollen Sie noch etwas sagen? Sonst schreiben Sie: nein.' },
    consent: {
      normal: 'Sind Sie einverstanden, dass Ihre Angaben für diese Anfrage verarbeitet und an das Bildungsteam geschickt werden? Bitte antworten Sie mit „ja“.',
      easy: 'Ihre Angaben gehen per E-Mail an das Bildungs-Team. Danach löscht der Bot Ihre Angaben. Sind Sie einverstanden? Schreiben Sie: ja.',
    },
  },
  consentRequired: 'Ohne Ihre Einwilligung kann ich die Anfrage nicht weitergeben. Antworten Sie mit „ja“ – oder „abbrechen“.',
  summaryTitle: 'Bitte prüfen Sie Ihre Anfrage',
  summaryNote: 'Mit „Absenden“ geht die Anfrage per E-Mail an das Bildungsteam. Die Anfrage ist noch keine feste Platzzusage.',
  confirm: 'Absenden',
  edit: 'Ändern',
  confirmed: (id: string) =>
    `Danke! Ihre Anmeldeanfrage ist eingegangen. Ihre Anfragenummer: **${id}**.\n\n` +
    'Das Bildungsteam meldet sich per E-Mail bei Ihnen. Bitte beachten Sie: Die Anfrage ist noch keine feste Platzzusage.',
  confirmedEasy: (id: string) =>
    `Danke! Ihre Anmeldung ist angekommen. Ihre Nummer ist: **${id}**.\n\n` + 'Das Bildungs-Team schreibt Ihnen dann eine E-Mail. Achtung: Sie haben damit noch keinen festen Platz.',
  alreadySubmitted: (id: string) => `Diese Anfrage ist schon eingegangen (Nummer **${id}**). Ich habe sie nicht noch einmal geschickt.`,
  cancelled: { normal: 'Die Anmeldeanfrage ist abgebrochen. Ihre Angaben habe ich gelöscht.', easy: 'Die Anmeldung ist abgebrochen. Ich habe Ihre Angaben gelöscht.' },
  expired: {
    normal: 'Ihre angefangene Anmeldeanfrage war länger als einen Tag offen; ich habe die Angaben darin gelöscht. Sie können jederzeit neu anfragen.',
    easy: 'Sie haben eine Anmeldung angefangen. Das ist mehr als 1 Tag her. Ich habe Ihre Angaben gelöscht. Sie können neu anfangen.',
  },
  formFixErrors: 'Bitte prüfen Sie die markierten Felder.',
  rateLimited: (minutes: number) =>
    `Es sind gerade sehr viele Anfragen auf einmal. Bitte versuchen Sie es in etwa ${minutes} Minuten noch einmal – Ihre Angaben bleiben so lange in diesem Gespräch gespeichert. Oder schreiben Sie direkt an ${CONTACT}.`,
  unavailable: `Die Anmeldeanfrage ist gerade nicht möglich. Bitte schreiben Sie direkt an ${CONTACT}.`,
  formStillOpen: 'Das Anmeldeformular ist noch offen – Sie können es oben ausfüllen oder „abbrechen“ schreiben.',
  skipWords: ['nein', 'keine', 'kein', 'nichts', '-', 'ueberspringen', 'weiter', 'no'],
  backWords: ['zurueck', 'zurück', 'back'],
  yesWords: ['ja', 'ja bitte', 'einverstanden', 'ok', 'okay', 'jawohl', 'yes', 'ich bin einverstanden', 'ja ich bin einverstanden'],
} as const;
