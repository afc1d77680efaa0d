// The registration enquiry's field texts: labels in the form, summary and mail, the text dialog's
// questions, examples and error messages – in standard German and Leichte Sprache. The field table
// (src/registration/fields.ts) takes its words from here and adds only checks and order.
import type { EnquiryField } from '../../registration/fields.js';

export interface Wording {
  normal: string;
  easy: string;
}

export interface FieldWords {
  /** The field's name in the form (no "*" or "(optional)": those are added where shown). */
  label: Wording;
  /** How the text dialog asks for it; optional fields say how to skip. */
  question: Wording;
  /** The row's name in the summary and (standard) in the mail. */
  row: Wording;
  /** A short example for the placeholder (the same in both registers unless `exampleEasy`). */
  example?: string;
  /** The example in Leichte Sprache where the standard one is not (no Gender-Stern). */
  exampleEasy?: string;
}

export const fieldWords: Record<EnquiryField, FieldWords> = {
  name: {
    label: { normal: 'Name', easy: 'Name' },
    question: { normal: 'Wie ist Ihr Name (Vor- und Nachname)?', easy: 'Wie heißen Sie? Bitte schreiben Sie Vor-Name und Nach-Name.' },
    row: { normal: 'Name', easy: 'Name' },
    example: 'Erika Mustermann',
  },
  email: {
    label: { normal: 'E-Mail-Adresse', easy: 'E-Mail-Adresse' },
    question: { normal: 'An welche E-Mail-Adresse soll das Bildungsteam antworten?', easy: 'Wie ist Ihre E-Mail-Adresse?' },
    row: { normal: 'E-Mail-Adresse', easy: 'E-Mail-Adresse' },
    example: 'name@kommune.de',
  },
  organisation: {
    label: { normal: 'Organisation / Kommune', easy: 'Wo Sie arbeiten' },
    question: { normal: 'Für welche Organisation oder Kommune arbeiten Sie?', easy: 'Wo arbeiten Sie? Zum Beispiel: Stadt Erlangen.' },
    row: { normal: 'Organisation / Kommune', easy: 'Wo Sie arbeiten' },
    example: 'Stadt Erlangen',
  },
  role: {
    label: { normal: 'Rolle im Projekt', easy: 'Was Sie im Projekt machen' },
    question: {
      normal: 'Welche Rolle haben Sie im Projekt? Zum Beispiel Netzwerkkoordinator*in, Projektleitung, Verwaltung oder Ehrenamt.',
      easy: 'Was machen Sie im Projekt? Zum Beispiel: Koordination, Verwaltung oder Ehrenamt.',
    },
    row: { normal: 'Rolle', easy: 'Was Sie im Projekt machen' },
    example: 'Netzwerkkoordinator*in',
    exampleEasy: 'Koordination',
  },
  phone: {
    label: { normal: 'Telefon', easy: 'Telefon-Nummer' },
    question: {
      normal: 'Unter welcher Telefonnummer sind Sie erreichbar? (freiwillig – „nein“ zum Überspringen)',
      easy: 'Wie ist Ihre Telefon-Nummer? Sie müssen das nicht sagen. Dann schreiben Sie: nein.',
    },
    row: { normal: 'Telefon', easy: 'Telefon-Nummer' },
    example: '0911 123456',
  },
  accessibility: {
    label: { normal: 'Unterstützung für die Teilnahme', easy: 'Hilfen für Sie' },
    question: {
      normal: 'Brauchen Sie Unterstützung, um teilnehmen zu können? Nennen Sie die Nummern, beschreiben Sie es in eigenen Worten – oder „nein“.',
      easy: 'Brauchen Sie Hilfe beim Kurs? Schreiben Sie die Nummer. Oder schreiben Sie: nein.',
    },
    row: { normal: 'Bedarfe', easy: 'Hilfen für Sie' },
  },
  message: {
    label: { normal: 'Nachricht', easy: 'Nachricht' },
    question: {
      normal: 'Möchten Sie dem Bildungsteam noch etwas mitteilen? (freiwillig – „nein“ zum Überspringen)',
      easy: 'Wollen Sie noch etwas sagen? Sonst schreiben Sie: nein.',
    },
    row: { normal: 'Nachricht', easy: 'Nachricht' },
  },
  consent: {
    label: { normal: 'Einwilligung', easy: 'Einverstanden' },
    question: {
      normal: 'Sind Sie einverstanden, dass Ihre Angaben für diese Anfrage verarbeitet und an das Bildungsteam geschickt werden? Bitte antworten Sie mit „ja“.',
      easy: 'Ihre Angaben gehen per E-Mail an das Bildungs-Team. Danach löscht der Bot Ihre Angaben. Sind Sie einverstanden? Schreiben Sie: ja.',
    },
    row: { normal: 'Einwilligung', easy: 'Einverstanden' },
  },
};

export const formTexts = {
  /** The free text next to the accessibility choices. */
  accessibilityNote: { normal: 'Weitere Bedarfe', easy: 'Andere Hilfen' },
  /** Summary value when no need was chosen. */
  noNeeds: { normal: 'keine angegeben', easy: 'keine' },
  /** Appended to the label of a field one may leave empty. */
  optional: { normal: '(optional)', easy: '(freiwillig)' },
  example: (example: string, easy: boolean) => (easy ? `Zum Beispiel: ${example}` : `z. B. ${example}`),
  /** After a question that is asked again: what the person gave before. */
  previously: (value: string, easy: boolean) => (easy ? `(Bis jetzt: ${value})` : `(Bisher: ${value})`),
  /** A card input left empty although required (the host shows it under the input). */
  requiredInput: (label: string, easy: boolean) => (easy ? `Bitte füllen Sie das aus: ${label}.` : `Bitte ausfüllen: ${label}`),
};

export const fieldMessages = {
  nameRequired: { normal: 'Bitte geben Sie Ihren Namen an (Vor- und Nachname).', easy: 'Bitte schreiben Sie Ihren Namen. Zum Beispiel: Erika Mustermann.' },
  emailInvalid: {
    normal: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.',
    easy: 'Die E-Mail-Adresse stimmt nicht. Bitte schreiben Sie die E-Mail-Adresse so: name@kommune.de.',
  },
  organisationRequired: {
    normal: 'Bitte geben Sie Ihre Organisation oder Kommune an, z. B. Stadt Erlangen.',
    easy: 'Bitte schreiben Sie: Wo arbeiten Sie? Zum Beispiel: Stadt Erlangen.',
  },
  roleRequired: {
    normal: 'Bitte geben Sie Ihre Rolle im Projekt an, z. B. Netzwerkkoordinator*in, Projektleitung oder Ehrenamt.',
    easy: 'Bitte schreiben Sie: Was machen Sie im Projekt? Zum Beispiel: Koordination.',
  },
  phoneInvalid: {
    normal: 'Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - / an, z. B. 0911 123456.',
    easy: 'Die Telefon-Nummer stimmt nicht. Bitte schreiben Sie nur Zahlen. Zum Beispiel: 0911 123456.',
  },
  accessibilityUnknown: {
    normal: 'Bitte wählen Sie die Unterstützung aus der Liste aus und beschreiben Sie anderes unter „Weitere Bedarfe“.',
    easy: 'Bitte wählen Sie eine Hilfe aus der Liste. Sie brauchen eine andere Hilfe? Dann schreiben Sie die Hilfe bei: Andere Hilfen.',
  },
  consentRequired: {
    normal: 'Bitte stimmen Sie zu, dass Ihre Angaben für diese Anfrage verarbeitet werden – sonst können wir sie nicht weitergeben.',
    easy: 'Sie müssen einverstanden sein. Sonst können wir Ihre Anmeldung nicht weiter-geben.',
  },
  seminarMissing: { normal: 'Bitte wählen Sie ein Seminar aus.', easy: 'Bitte wählen Sie einen Kurs aus.' },
  tooLong: (label: string, max: number, easy: boolean) =>
    easy ? `Der Text bei „${label}“ ist zu lang. Bitte schreiben Sie höchstens ${max} Zeichen.` : `Bitte kürzen Sie „${label}“ auf höchstens ${max} Zeichen.`,
};
