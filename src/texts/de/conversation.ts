// The conversation's frame – welcome, menu, help, fallback, small talk – in standard German and in
// Leichte Sprache. Knowledge (FAQ answers, seminar texts) lives in knowledge/.
import { contact, withContact } from './contact.js';

export const texts = {
  welcome: {
    normal:
      'Hallo, ich bin der **Inklusionsprofi** – Ihr Assistent für die Fortbildungen der Aktion Mensch im Programm „Kommune Inklusiv“.\n\n' +
      'Ich kann:\n' +
      '- Fortbildungen empfehlen, die zu Ihrer Rolle passen,\n' +
      '- Fragen zum Fortbildungsprogramm beantworten,\n' +
      '- Seminare suchen („Online-Seminare im März“) und\n' +
      '- Ihre Anmeldeanfrage an das Bildungsteam weitergeben.\n\n' +
      'Schreiben Sie einfach Ihre Frage – oder wählen Sie unten aus.',
    easy:
      'Hallo! Ich bin der **Inklusionsprofi**.\n\n' +
      'Ich bin ein Computer-Programm. Ich helfe Ihnen bei den Kursen von der Aktion Mensch.\n\n' +
      'Ich kann:\n' +
      '- einen passenden Kurs für Sie finden.\n' +
      '- Ihre Fragen beantworten.\n' +
      '- Ihre Anmeldung weiter-geben.\n\n' +
      'Schreiben Sie Ihre Frage. Oder drücken Sie auf einen Knopf.',
  },
  menu: {
    recommend: { normal: 'Was passt zu meiner Rolle?', easy: 'Welcher Kurs passt zu mir?' },
    find: { normal: 'Seminare finden', easy: 'Kurse finden' },
    cost: { normal: 'Was kostet das?', easy: 'Was kostet das?' },
    register: { normal: 'Anmeldung anfragen', easy: 'Anmelden' },
    easyOn: 'Leichte Sprache',
    easyOff: 'Normale Sprache',
    help: { normal: 'Hilfe', easy: 'Hilfe' },
  },
  help: withContact(
    (c) =>
      (
      'So können Sie mit mir sprechen:\n' +
      '- **Fragen stellen**, z. B. „Muss ich mich anmelden?“ oder „Was kostet ein Seminar?“\n' +
      '- **Seminare suchen**, z. B. „Online-Seminare im März“, „Präsenzseminare in Rostock“, „Seminare mit Gebärdensprache“\n' +
      '- **Empfehlungen** für Ihre Rolle: „Ich bin Netzwerkkoordinatorin, was passt zu mir?“\n' +
      '- **Anmeldung anfragen**: „Ich möchte mich anmelden“\n' +
      '- „Leichte Sprache“ oder „normale Sprache“ schaltet die Sprache um, „Neu starten“ beginnt von vorn.\n\n' +
      `Was ich nicht weiß, beantwortet das Bildungsteam: ${c}`
      ),
    (c) =>
      (
      'So geht es:\n' +
      '- Schreiben Sie eine Frage. Zum Beispiel: Was kostet ein Kurs?\n' +
      '- Schreiben Sie: Kurse im März. Dann suche ich Kurse.\n' +
      '- Schreiben Sie: Was ist Ihre Arbeit? Dann sage ich: Dieser Kurs passt.\n' +
      '- Schreiben Sie: Anmelden. Dann helfe ich beim Anmelden.\n' +
      '- Schreiben Sie: Normale Sprache. Dann spreche ich wieder normal.\n\n' +
      `Sie haben noch Fragen? Schreiben Sie eine E-Mail an: ${c}`
      ),
  ),
  easySwitchedOn:
    'Ab jetzt spreche ich in Leichter Sprache.\n\nSie wollen wieder normale Sprache? Dann schreiben Sie: Normale Sprache.',
  easySwitchedOff: 'Gern, ab jetzt antworte ich wieder in normaler Sprache.',
  restarted: {
    normal: 'Alles klar, wir fangen neu an. Ihre bisherigen Angaben in diesem Gespräch sind gelöscht.',
    easy: 'Gut. Wir fangen neu an. Ich habe Ihre Angaben gelöscht.',
  },
  fallback: withContact(
    (c) =>
      (
        'Das kann ich leider nicht beantworten – dazu habe ich keine verlässliche Information.\n\n' +
        `Schreiben Sie gern an das Bildungsteam: **${c}**.\n\n` +
        'Ich kann Fragen zum Fortbildungsprogramm von „Kommune Inklusiv“ beantworten, passende Seminare für Ihre Rolle finden und Ihre Anmeldeanfrage weitergeben.'
      ),
    (c) =>
      'Das weiß ich leider nicht.\n\n' + `Schreiben Sie bitte eine E-Mail an: **${c}**.\n\n` + 'Ich weiß etwas über die Kurse von der Aktion Mensch. Fragen Sie mich dazu.',
  ),
  didYouMean: { normal: 'Meinen Sie eine dieser Fragen?', easy: 'Meinen Sie eine von diesen Fragen?' },
  /** The same with one question offered. */
  didYouMeanOne: { normal: 'Meinen Sie diese Frage?', easy: 'Meinen Sie diese Frage?' },
  /** While the knowledge is still loading after a start. */
  starting: { normal: 'Ich starte gerade noch. Bitte versuchen Sie es in einem Moment noch einmal.', easy: 'Ich starte gerade noch. Bitte versuchen Sie es gleich noch einmal.' },
  empty: { normal: 'Schreiben Sie mir gern Ihre Frage.', easy: 'Schreiben Sie bitte Ihre Frage.' },
  enquiryStatus: (id: string, easy: boolean) =>
    easy
      ? `Ihre Anmeldung hat die Nummer ${id}. Ich sehe nicht: Was passiert mit Ihrer Anmeldung? Das Bildungs-Team schreibt Ihnen eine E-Mail. Sie haben eine Frage dazu? Dann schreiben Sie eine E-Mail an ${contact()}. Schreiben Sie die Nummer dazu.`
      : `Zu Ihrer Anfrage ${id}: Ich kann den Stand einer Anfrage nicht einsehen. Das Bildungsteam bearbeitet sie und meldet sich per E-Mail bei Ihnen. Für Rückfragen oder Änderungen schreiben Sie bitte an **${contact()}** und nennen Sie die Anfragenummer.`,
  /** The state of an enquiry sent without a number named (by chat or by mail). */
  enquiryStatusUnknown: withContact(
    (c) =>
      `Ob Ihre Anfrage angekommen ist und wie weit sie ist, kann ich nicht sehen. Das Bildungsteam bearbeitet Anfragen und meldet sich per E-Mail. Fragen Sie gern direkt nach: **${c}** – mit Ihrer Anfragenummer, wenn Sie eine haben.`,
    (c) => `Ich sehe nicht: Ist Ihre Anfrage angekommen? Das Bildungs-Team schreibt Ihnen eine E-Mail. Sie haben eine Frage dazu? Dann schreiben Sie eine E-Mail an: **${c}**.`,
  ),
  changeSentEnquiry: withContact(
    (c) =>
      `Eine Anfrage, die schon abgeschickt ist, kann ich nicht mehr ändern. Ob Sie etwas nachtragen, den Termin wechseln, jemand anderen schicken oder absagen möchten: Schreiben Sie bitte an das Bildungsteam, **${c}** – mit Ihrer Anfragenummer, wenn Sie eine haben, und dem, was sich ändern soll.`,
    (c) => `Sie haben die Anmeldung schon geschickt? Dann kann ich sie nicht mehr ändern. Schreiben Sie bitte eine E-Mail an: **${c}**. Schreiben Sie dazu: Was soll anders sein?`,
  ),
  thanks: {
    normal: 'Gern geschehen! Wenn Sie noch etwas wissen möchten, fragen Sie einfach.',
    easy: 'Gern! Sie haben noch eine Frage? Dann schreiben Sie mir.',
  },
  chatting: {
    normal: 'Schön, dass Sie mir schreiben! Plaudern kann ich leider nicht gut – ich bin für die Fortbildungen von „Kommune Inklusiv“ da: Ich empfehle Seminare, die zu Ihrer Rolle passen, beantworte Fragen zum Programm und gebe Ihre Anmeldeanfrage an das Bildungsteam weiter.',
    easy: 'Danke für Ihre Nachricht! Ich kann aber nur bei den Kursen von „Kommune Inklusiv“ helfen. Zum Beispiel: Ich finde Kurse für Ihre Arbeit. Und ich beantworte Fragen zu den Kursen.',
  },
  acknowledged: {
    normal: 'In Ordnung. Wenn Sie noch etwas wissen möchten, fragen Sie einfach – zum Beispiel nach Seminaren, nach dem Programm oder nach einer Anmeldung.',
    easy: 'In Ordnung. Sie haben noch eine Frage? Dann schreiben Sie mir.',
  },
  goodbye: {
    normal: 'Auf Wiedersehen! Wenn Sie später noch eine Frage haben, schreiben Sie einfach wieder.',
    easy: 'Tschüss! Sie haben später noch eine Frage? Dann schreiben Sie mir wieder.',
  },
  notUnderstoodInFlow: {
    normal: 'Das habe ich nicht verstanden.',
    easy: 'Das verstehe ich nicht.',
  },
  offerHelp: {
    normal: 'Ich komme hier nicht weiter. Schreiben Sie „Hilfe“ für Beispiele oder „Neu starten“, um von vorn zu beginnen.',
    easy: 'Ich verstehe es leider nicht. Schreiben Sie: Hilfe. Oder: Neu anfangen.',
  },
} as const;

/** Picks the wording for the current language setting. */
export function say(entry: { normal: string; easy: string }, easy: boolean): string {
  return easy ? entry.easy : entry.normal;
}
