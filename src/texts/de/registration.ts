// What the assistant says during a registration enquiry, in standard German and Leichte Sprache.
// The questions, labels and errors of the fields themselves are in form.ts.
import { contact, withContact } from './contact.js';

export const regTexts = {
  formTitle: (title: string, easy: boolean) => (easy ? `Anmeldung für den Kurs: ${title}` : `Anmeldeanfrage: ${title}`),
  formIntro: {
    normal: 'Bitte füllen Sie die Pflichtfelder (*) aus. Das Bildungsteam meldet sich dann per E-Mail bei Ihnen. Die Anfrage ist noch keine feste Platzzusage.',
    easy: 'Bitte schreiben Sie Ihre Angaben in das Formular. Felder mit Stern (*) müssen Sie ausfüllen. Danach schreibt Ihnen das Bildungs-Team eine E-Mail.',
  },
  privacy: withContact(
    (c) =>
      (
        'Datenschutz: Ihre Angaben werden nur für diese Anmeldeanfrage verwendet und per E-Mail an das Bildungsteam der Aktion Mensch ' +
        `(${c}) geschickt. Der Bot löscht sie, sobald die E-Mail zugestellt ist, und gibt sie an niemanden sonst weiter.`
      ),
    (c) =>
      (
        'Datenschutz heißt: Wir passen auf Ihre Angaben auf. ' +
        `Der Bot schickt Ihre Angaben nur an das Bildungs-Team. Das Bildungs-Team ist bei der Aktion Mensch. Die E-Mail-Adresse ist: ${c}. ` +
        'Danach löscht der Bot Ihre Angaben. Der Bot gibt Ihre Angaben an niemand anderen.'
      ),
  ),
  consentTitle: {
    normal: 'Ich bin einverstanden, dass meine Angaben für diese Anfrage verarbeitet und an das Bildungsteam geschickt werden.',
    easy: 'Ich bin einverstanden: Meine Angaben gehen per E-Mail an das Bildungs-Team.',
  },
  submit: { normal: 'Weiter zur Übersicht', easy: 'Weiter' },
  cancel: { normal: 'Abbrechen', easy: 'Aufhören' },
  askSeminar: { normal: 'Für welches Seminar möchten Sie eine Anmeldung anfragen?', easy: 'Für welchen Kurs wollen Sie sich anmelden?' },
  pickToRegister: {
    normal: 'Dazu passen mehrere Seminare. Öffnen Sie das passende und wählen Sie dort „Anmeldung anfragen“.',
    easy: 'Dazu gibt es mehrere Kurse. Tippen Sie auf einen Kurs. Dann tippen Sie auf „Anmelden“.',
  },
  pickRunToRegister: {
    normal: 'Dieses Seminar findet mehrmals statt. Öffnen Sie den passenden Termin und wählen Sie dort „Anmeldung anfragen“.',
    easy: 'Diesen Kurs gibt es an mehreren Tagen. Tippen Sie auf einen Termin. Dann tippen Sie auf „Anmelden“.',
  },
  pickOneToRegister: {
    normal: 'Öffnen Sie das Seminar und wählen Sie dort „Anmeldung anfragen“.',
    easy: 'Tippen Sie auf den Kurs. Dann tippen Sie auf „Anmelden“.',
  },
  noSeminarFound: {
    normal: 'Ich habe kein passendes Seminar gefunden. Hier sind die nächsten Termine – oder nennen Sie mir Thema, Ort oder Monat.',
    easy: 'Ich habe keinen passenden Kurs gefunden. Hier sind die nächsten Kurse.',
  },
  past: (title: string, date: string, easy: boolean) =>
    easy
      ? `Der Kurs „${title}“ war am ${date}. Er ist schon vorbei. Sie können sich nicht mehr anmelden.`
      : `Das Seminar „${title}“ hat schon stattgefunden (${date}). Eine Anmeldung ist nicht mehr möglich.`,
  pastAlternatives: { normal: 'Diese Termine kommen als Nächstes – zum selben Thema oder ähnlich:', easy: 'Diese Kurse sind bald. Sie sind ähnlich.' },
  pastNoAlternative: withContact(
    (c) =>
      `Einen weiteren Termin dazu gibt es im Moment nicht. Fragen Sie gern beim Bildungsteam nach: ${c}.`,
    (c) =>
      `Im Moment gibt es keinen neuen Termin. Sie können eine E-Mail schreiben an: ${c}.`,
  ),
  full: (title: string) =>
    `Das Seminar „${title}“ ist leider ausgebucht. Sie können eine Anfrage für die Warteliste schicken – oder sich ähnliche Seminare zeigen lassen.`,
  fullEasy: (title: string) => `Der Kurs „${title}“ ist voll. Sie können sich auf die Warte-Liste setzen lassen. Oder Sie wählen einen anderen Kurs.`,
  deadlinePassed: (date: string, easy: boolean) =>
    easy
      ? `Achtung: Die Zeit für die Anmeldung ist vorbei. Der letzte Tag war: ${date}. Sie können trotzdem fragen. Ich weiß nicht: Können Sie noch mitmachen? Das sagt Ihnen das Bildungs-Team.`
      : `Hinweis: Der Anmeldeschluss (${date}) ist vorbei. Sie können trotzdem anfragen; ob eine Teilnahme noch möglich ist, kann ich nicht sagen – das beantwortet das Bildungsteam.`,
  waitingListChoice: { normal: 'Auf die Warteliste', easy: 'Auf die Warte-Liste' },
  alternativeChoice: (title: string, easy: boolean) => (easy ? `Anderer Kurs: ${title}` : `Stattdessen: ${title}`),
  similarChoice: { normal: 'Ähnliche Seminare', easy: 'Ähnliche Kurse' },
  textDialogIntro: {
    normal:
      'Gern nehme ich Ihre Anfrage hier im Chat auf. Sie können mir auch alles in einer Nachricht schreiben, z. B. „Erika Mustermann, erika@example.org, Stadt Erlangen“. ' +
      'Mit „zurück“ gehen Sie einen Schritt zurück, mit „abbrechen“ beenden Sie die Anfrage.',
    easy: 'Wir machen die Anmeldung hier im Chat. Ich frage Sie nacheinander. Sie wollen zurück? Schreiben Sie: zurück. Sie wollen aufhören? Schreiben Sie: abbrechen.',
  },
  seminarChanged: (title: string, easy: boolean) =>
    easy ? `Gut. Jetzt geht es um den Kurs „${title}“. Ihre Angaben von vorher habe ich behalten.` : `Gut, dann frage ich für „${title}“ an. Ihre bisherigen Angaben habe ich übernommen.`,
  taken: (labels: string[], easy: boolean) => (easy ? `Das habe ich mir gemerkt: ${labels.join(', ')}.` : `Übernommen: ${labels.join(', ')}.`),
  pause: { normal: 'Kein Problem, ich warte.', easy: 'Kein Problem. Ich warte.' },
  required: (label: string, easy: boolean) => (easy ? `Das brauche ich für die Anmeldung: ${label}.` : `Die Angabe „${label}“ braucht das Bildungsteam für die Anfrage.`),
  notAnAnswer: { normal: 'Das habe ich nicht als Antwort verstanden.', easy: 'Das habe ich nicht verstanden.' },
  accessibilityWhich: {
    normal: 'Welche Unterstützung brauchen Sie? Nennen Sie die Nummer oder beschreiben Sie es in eigenen Worten.',
    easy: 'Welche Hilfe brauchen Sie? Schreiben Sie die Nummer.',
  },
  wayOut: (options: { optional: boolean; cards: boolean }, easy: boolean) => {
    const lines = easy
      ? [
          'Das klappt gerade nicht. Sie können:',
          ...(options.optional ? ['- diese Frage auslassen: Schreiben Sie „überspringen“'] : []),
          ...(options.cards ? ['- das Formular benutzen: Schreiben Sie „Formular“'] : []),
          `- eine E-Mail schreiben an: ${contact()}`,
          '- aufhören: Schreiben Sie „abbrechen“',
        ]
      : [
          'Kommen wir hier nicht weiter? Sie können:',
          ...(options.optional ? ['- die Frage überspringen („überspringen“)'] : []),
          ...(options.cards ? ['- das Formular nutzen („Formular“)'] : []),
          `- direkt an das Bildungsteam schreiben: ${contact()}`,
          '- die Anfrage abbrechen („abbrechen“)',
        ];
    return lines.join('\n');
  },
  skipChoice: { normal: 'Überspringen', easy: 'Weiter ohne Antwort' },
  formChoice: { normal: 'Formular öffnen', easy: 'Zum Formular' },
  consentRequired: {
    normal: 'Ohne Ihre Einwilligung kann ich die Anfrage nicht weitergeben. Antworten Sie mit „ja“ – oder „abbrechen“.',
    easy: 'Sie müssen einverstanden sein. Sonst kann ich Ihre Anmeldung nicht weiter-geben. Schreiben Sie: ja. Oder schreiben Sie: abbrechen.',
  },
  reminder: { normal: 'Zurück zu Ihrer Anmeldeanfrage:', easy: 'Jetzt geht es weiter mit Ihrer Anmeldung.' },
  cardStillOpen: {
    normal: 'Ihr Anmeldeformular ist noch offen – füllen Sie es oben aus, schreiben Sie mir die Angaben hier, oder „abbrechen“.',
    easy: 'Ihr Anmelde-Formular ist noch offen. Sie können es oben ausfüllen. Oder Sie schreiben: abbrechen.',
  },
  summaryPending: {
    normal: 'Ihre Anfrage ist noch nicht abgeschickt. Antworten Sie mit „Absenden“, „ändern“ (z. B. „E-Mail ändern“) oder „abbrechen“.',
    easy: 'Ihre Anmeldung ist noch nicht abgeschickt. Schreiben Sie: Absenden. Oder: ändern. Oder: abbrechen.',
  },
  summaryTitle: { normal: 'Bitte prüfen Sie Ihre Anfrage', easy: 'Bitte prüfen Sie Ihre Angaben' },
  summaryNote: {
    normal: 'Mit „Absenden“ geht die Anfrage per E-Mail an das Bildungsteam. Die Anfrage ist noch keine feste Platzzusage. Etwas falsch? Schreiben Sie z. B. „E-Mail ändern“.',
    easy: 'Alles richtig? Dann schreiben Sie: Absenden. Etwas ist falsch? Dann schreiben Sie zum Beispiel: E-Mail ändern.',
  },
  consentGiven: { normal: 'erteilt', easy: 'Ja, ich bin einverstanden.' },
  confirm: { normal: 'Absenden', easy: 'Absenden' },
  edit: { normal: 'Ändern', easy: 'Ändern' },
  whichField: { normal: 'Was möchten Sie ändern?', easy: 'Was wollen Sie ändern?' },
  seminarRow: { normal: 'Seminar', easy: 'Kurs' },
  dateRow: { normal: 'Termin', easy: 'Termin' },
  waitingListSuffix: { normal: ' (Warteliste)', easy: ' (Warte-Liste)' },
  confirmed: (id: string) =>
    `Danke! Ihre Anmeldeanfrage ist eingegangen. Ihre Anfragenummer: **${id}**.\n\n` +
    'Das Bildungsteam meldet sich per E-Mail bei Ihnen. Bitte beachten Sie: Die Anfrage ist noch keine feste Platzzusage.',
  confirmedEasy: (id: string) =>
    `Danke! Ihre Anmeldung ist angekommen. Ihre Nummer ist: **${id}**.\n\n` + 'Das Bildungs-Team schreibt Ihnen dann eine E-Mail. Achtung: Sie haben damit noch keinen festen Platz.',
  alreadySubmitted: (id: string, easy: boolean) =>
    easy
      ? `Diese Anmeldung ist schon angekommen. Die Nummer ist: **${id}**. Ich habe sie nicht noch einmal geschickt.`
      : `Diese Anfrage ist schon eingegangen (Nummer **${id}**). Ich habe sie nicht noch einmal geschickt.`,
  notOpen: {
    normal: 'Diese Anfrage ist nicht mehr offen und wurde nicht abgeschickt. Möchten Sie eine neue Anfrage stellen? Schreiben Sie „Anmeldung anfragen“.',
    easy: 'Diese Anmeldung ist nicht mehr offen. Ich habe sie nicht abgeschickt. Sie wollen sich anmelden? Schreiben Sie: Anmelden.',
  },
  cancelled: { normal: 'Die Anmeldeanfrage ist abgebrochen. Ihre Angaben habe ich gelöscht.', easy: 'Die Anmeldung ist abgebrochen. Ich habe Ihre Angaben gelöscht.' },
  expired: {
    normal: 'Ihre angefangene Anmeldeanfrage war länger als einen Tag offen; ich habe die Angaben darin gelöscht. Sie können jederzeit neu anfragen.',
    easy: 'Sie haben eine Anmeldung angefangen. Das ist mehr als 1 Tag her. Ich habe Ihre Angaben gelöscht. Sie können neu anfangen.',
  },
  formFixErrors: { normal: 'Bitte prüfen Sie die markierten Felder.', easy: 'Bei manchen Feldern stimmt etwas nicht. Bitte schauen Sie sich die Felder mit dem Hinweis an.' },
  rateLimited: (minutes: number, easy: boolean) =>
    easy
      ? `Gerade schreiben sehr viele Menschen gleichzeitig. Bitte versuchen Sie es in ${minutes} Minuten noch einmal. Ich merke mir Ihre Angaben so lange. Oder schreiben Sie eine E-Mail an: ${contact()}.`
      : `Es sind gerade sehr viele Anfragen auf einmal. Bitte versuchen Sie es in etwa ${minutes} Minuten noch einmal – Ihre Angaben bleiben so lange in diesem Gespräch gespeichert. Oder schreiben Sie direkt an ${contact()}.`,
  unavailable: withContact(
    (c) =>
      `Die Anmeldeanfrage ist gerade nicht möglich. Bitte schreiben Sie direkt an ${c}.`,
    (c) =>
      `Die Anmeldung geht gerade nicht. Bitte schreiben Sie eine E-Mail an: ${c}.`,
  ),
  backWords: ['zurueck', 'back', 'einen schritt zurueck', 'schritt zurueck'],
  textWords: ['ich schreibe lieber', 'lieber schreiben', 'lieber im chat', 'ohne formular', 'per text', 'im chat', 'lieber hier', 'schritt fuer schritt', 'lieber als text'],
  formWords: ['formular', 'formular oeffnen', 'formular bitte', 'lieber das formular', 'zum formular'],
  /** What the "skip" button sends: a word the dialog reads, not a text to show. */
  skipWordsForButton: 'überspringen',
} as const;
