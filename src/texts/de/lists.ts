// What the assistant says around recommendations and seminar look-ups, in standard German and Leichte Sprache.
import { withContact } from './contact.js';
import { list, relaxedFilterNames, type RelaxedFilter, type WishedLevel } from './seminars.js';
import type { SeminarFormat } from '../../knowledge/schema.js';

export const convTexts = {
  askRole: {
    normal: 'Gern empfehle ich Ihnen passende Fortbildungen. Welche Rolle haben Sie im Projekt? Wählen Sie aus oder schreiben Sie es mit eigenen Worten.',
    easy: 'Ich suche einen passenden Kurs für Sie. Was machen Sie im Projekt? Wählen Sie aus. Oder schreiben Sie es.',
  },
  recommendIntro: (role: string, easy: boolean) =>
    easy ? `Diese Kurse passen zu Ihnen (${role}):` : `Diese Fortbildungen passen zu Ihrer Rolle (${role}):`,
  /**
   * A list narrowed by where, when or how ("Und online?") or made for an accessibility wish: the wish after the intro ("…
   * (Verwaltung) – online:"); in Leichte Sprache before it, so that the intro's ":" still leads to the list ("Sie wollten: im
   * Internet. Diese Kurse passen zu Ihnen (Verwaltung):").
   */
  withWish: (intro: string, wish: string | undefined, easy: boolean) => {
    if (wish === undefined) return intro;
    const bare = intro.endsWith(':') ? intro.slice(0, -1) : intro;
    return easy ? `Sie wollten: ${wish}. ${intro}` : `${bare} – ${wish}:`;
  },
  /** The formats asked for, in a list's intro. */
  wishFormats: {
    normal: { online: 'online', praesenz: 'in Präsenz', hybrid: 'hybrid' },
    easy: { online: 'im Internet', praesenz: 'vor Ort', hybrid: 'vor Ort oder im Internet' },
  } satisfies Record<'normal' | 'easy', Record<SeminarFormat, string>>,
  /** The level asked for, in a list's intro ("Ich habe 2 Seminare gefunden – zum Einstieg:"). */
  wishLevel: {
    normal: { einstieg: 'zum Einstieg', vertiefung: 'zur Vertiefung' },
    easy: { einstieg: 'Kurse für den Anfang', vertiefung: 'Kurse für Menschen, die schon viel wissen' },
  } satisfies Record<'normal' | 'easy', Record<WishedLevel, string>>,
  /** The time asked for, in a list's intro: "am 5. März 2027", "1. März 2027 bis 31. Mai 2027". */
  periodNamed: (first: string, last: string, easy: boolean) => (first === last ? `am ${first}` : easy ? `vom ${first} bis zum ${last}` : `${first} bis ${last}`),
  /**
   * A look-up for a level whose best match by the message's words is of the other level ("Einsteiger-Workshops zu
   * Barrierefreiheit in öffentlichen Gebäuden"): that seminar first, said so, then those of the level asked for.
   */
  otherLevelFirstIntro: (title: string, wished: WishedLevel, n: number, easy: boolean) =>
    easy
      ? `Am besten passt der Kurs „${title}“. Er ist ${wished === 'einstieg' ? 'für Menschen, die schon viel wissen' : 'für den Anfang'}. Er steht oben. Danach kommen ${n === 1 ? 'ein Kurs' : `${n} Kurse`} ${wished === 'einstieg' ? 'für den Anfang' : 'für Menschen, die schon viel wissen'}:`
      : `Am besten passt zu Ihrer Frage „${title}“ – ein Seminar ${wished === 'einstieg' ? 'zur Vertiefung' : 'zum Einstieg'}, es steht zuerst. ${wished === 'einstieg' ? 'Zum Einstieg' : 'Zur Vertiefung'} ${n === 1 ? 'passt außerdem dieses' : `passen außerdem diese ${n}`}:`,
  /** A time asked for from its start on ("ab März"), in a list's intro: "ab 1. März 2027". */
  periodFrom: (first: string, easy: boolean) => (easy ? `ab dem ${first}` : `ab ${first}`),
  /** A role's recommendations on the topics the person named ("für Koordinator*innen zum Thema Moderation"). */
  recommendOnTopicIntro: (role: string, topics: string, easy: boolean) =>
    easy ? `Kurse zum Thema ${topics}. Sie passen zu Ihnen (${role}):` : `Zum Thema ${topics} – passend zu Ihrer Rolle (${role}):`,
  /** The same for one of two roles asked about in one message ("… für Netzwerkkoordinator*innen, und … für Ehrenamtliche?"). */
  recommendForIntro: (role: string, easy: boolean) => (easy ? `Diese Kurse passen für: ${role}` : `Für ${role} passen diese Fortbildungen:`),
  recommendForOnTopicIntro: (role: string, topics: string, easy: boolean) =>
    easy ? `Kurse zum Thema ${topics}. Sie passen für: ${role}` : `Zum Thema ${topics} – passend für ${role}:`,
  noRecommendation: withContact(
    (c) =>
      `Zurzeit finde ich keine kommenden Seminare, die dazu passen. Über passende Seminare und Workshops informiert Sie das Bildungsteam: ${c}`,
    (c) =>
      `Ich finde gerade keinen passenden Kurs. Schreiben Sie bitte eine E-Mail an: ${c}`,
  ),
  lookupIntro: (n: number, easy: boolean) => (easy ? (n === 1 ? 'Ich habe 1 Kurs gefunden:' : `Ich habe ${n} Kurse gefunden:`) : n === 1 ? 'Ich habe 1 Seminar gefunden:' : `Ich habe ${n} Seminare gefunden:`),
  upcomingIntro: { normal: 'Die nächsten Seminare:', easy: 'Die nächsten Kurse:' },
  noLookupResult: withContact(
    (c) =>
      `Dazu finde ich leider keine kommenden Seminare. Versuchen Sie es mit einem anderen Thema, Monat oder Ort – oder schreiben Sie an ${c}.`,
    () => 'Dazu finde ich keinen Kurs. Versuchen Sie es mit einem anderen Wort.',
  ),
  /** Said before the list when nothing matched exactly: which wishes were left out. */
  relaxed: (what: RelaxedFilter[], easy: boolean, nearestFirst = true) => {
    const names = relaxedFilterNames(what, easy);
    // Without the time asked for, the dates nearest to it come first (recommend.ts) — unless a topic's title words came first.
    const nearest = nearestFirst && what.some((w) => w.kind === 'period');
    return easy
      ? `Kein Kurs passt genau. Darum habe ich nicht auf alles geachtet. Ich habe nicht geachtet auf: ${names}.${nearest ? ' Oben stehen die Kurse, die zeitlich am nächsten sind.' : ''}`
      : `Genau passend war keines, darum habe ich ${names} weggelassen${nearest ? ' – die Termine, die am nächsten daran liegen, zuerst' : ''}.`;
  },
  /** Said before the list when the place asked for has no seminars, with the regions around it that have some. */
  noSeminarsThere: (place: string, around: string[], easy: boolean) => {
    if (around.length === 0) return easy ? `In ${place} gibt es keinen Kurs.` : `In ${place} finde ich keine Seminare.`;
    return easy ? `In ${place} gibt es keinen Kurs. Aber in der Nähe gibt es Kurse: in ${list(around)}.` : `In ${place} finde ich keine Seminare, in der Nähe aber schon (${list(around)}).`;
  },
  /** "in meiner Nähe": the bot does not know where that is; it names the towns with seminars. */
  nearMe: (towns: string[], easy: boolean) =>
    easy
      ? `Ihren Ort kenne ich nicht. Es gibt Kurse in diesen Orten: ${list(towns)}. Schreiben Sie mir Ihren Ort.`
      : `Wo Sie sind, weiß ich nicht. Vor Ort gibt es Seminare in ${list(towns)} – nennen Sie mir gern Ihren Ort oder Ihr Bundesland.`,
  more: { normal: 'Mehr anzeigen', easy: 'Mehr Kurse zeigen' },
  moreIntro: (shown: number, total: number, easy: boolean) => (easy ? `Hier sind mehr Kurse. Sie sehen jetzt ${shown} von ${total} Kursen:` : `Weitere Seminare (${shown} von ${total}):`),
  noMore: { normal: 'Das waren alle passenden Seminare.', easy: 'Das waren alle Kurse.' },
  /** "mehr" typed with no list shown: there is nothing to page on. */
  noListForMore: {
    normal: 'Gerade habe ich keine Liste von Seminaren offen. Nennen Sie mir gern ein Thema, einen Ort oder einen Monat – oder Ihre Rolle.',
    easy: 'Ich habe gerade keine Kurse gezeigt. Was suchen Sie? Zum Beispiel ein Thema, einen Ort oder einen Monat.',
  },
  /** "Gibt es das auch online?" of a seminar held otherwise: how it is held, and the seminars on its topics held as asked. */
  heldOtherwise: (title: string, when: string, easy: boolean) => (easy ? `Der Kurs „${title}“ ist anders: ${when}.` : `„${title}“ findet so nicht statt (${when}).`),
  sameTopicIntro: { normal: 'Zum selben Thema passt:', easy: 'Diese Kurse haben das gleiche Thema:' },
  /** "Die ersten beiden klingen gut": the seminars pointed at, each to open (its details offer the enquiry). */
  pickedIntro: (n: number, easy: boolean) =>
    easy
      ? `Das sind die ${n} Kurse. Tippen Sie auf einen Kurs. Dann sehen Sie alles über den Kurs. Dort können Sie sich auch anmelden.`
      : `Gern – hier sind die ${n === 2 ? 'beiden' : n} Seminare. Öffnen Sie eines, um alles darüber zu sehen und dort eine Anmeldung anzufragen:`,
  heldIntro: { normal: 'Wann, wo und wie die eben gezeigten Seminare stattfinden:', easy: 'Hier steht, wann und wo die Kurse sind:' },
  deadlinesIntro: { normal: 'Der Anmeldeschluss der eben gezeigten Seminare:', easy: 'Bis zu diesem Tag können Sie sich für die Kurse anmelden:' },
  otherRole: { normal: 'Andere Rolle wählen', easy: 'Andere Arbeit wählen' },
  similar: { normal: 'Ähnliche Seminare', easy: 'Ähnliche Kurse' },
  similarToListedIntro: { normal: 'Ähnlich wie die eben gezeigten Seminare:', easy: 'Diese Kurse sind ähnlich wie die Kurse eben:' },
  similarIntro: (title: string, easy: boolean) => (easy ? `Diese Kurse sind ähnlich wie der Kurs „${title}“:` : `Ähnlich wie „${title}“:`),
  seminarGone: {
    normal: 'Dieses Seminar gibt es im Katalog nicht mehr. Schauen Sie gern in die aktuellen Angebote.',
    easy: 'Diesen Kurs gibt es nicht mehr.',
  },
  feedbackAsk: { normal: 'Hat Ihnen das geholfen?', easy: 'Hat Ihnen das geholfen?' },
  feedbackYes: { normal: 'Ja', easy: 'Ja' },
  feedbackNo: { normal: 'Nein', easy: 'Nein' },
  feedbackThanks: {
    normal: 'Danke für Ihre Rückmeldung! Fragen Sie gern weiter.',
    easy: 'Danke! Sie haben noch eine Frage? Dann schreiben Sie mir.',
  },
  feedbackSorry: withContact(
    (c) =>
      `Danke für Ihre Rückmeldung – das tut mir leid. Vielleicht hilft eine dieser Antworten weiter. Sonst schreiben Sie bitte an das Bildungsteam: **${c}**.`,
    (c) =>
      `Das tut mir leid. Vielleicht hilft eine von diesen Antworten. Oder schreiben Sie eine E-Mail an: **${c}**.`,
  ),
  feedbackSorryNoOthers: withContact(
    (c) =>
      `Danke für Ihre Rückmeldung – das tut mir leid. Das Bildungsteam hilft Ihnen gern weiter: **${c}**.`,
    (c) =>
      `Das tut mir leid. Schreiben Sie bitte eine E-Mail an: **${c}**. Dort hilft man Ihnen.`,
  ),
  human: withContact(
    (c) =>
      `Ich bin ein Computer-Programm. Die Menschen im Bildungsteam der Aktion Mensch erreichen Sie per E-Mail an **${c}** – schreiben Sie kurz Ihr Anliegen und Ihre Kommune dazu.`,
    (c) =>
      `Ich bin ein Computer-Programm. Sie wollen mit einem Menschen sprechen? Schreiben Sie eine E-Mail an das Bildungs-Team: **${c}**.`,
  ),
  /** "Auch für Online-Seminare?" right after a FAQ answer: the knowledge names no difference by format. */
  sameAnswerIntro: { normal: 'Einen Unterschied nach Format kenne ich dazu nicht – hier noch einmal, was ich weiß:', easy: 'Dazu weiß ich nur das:' },
  twoAnswers: { normal: 'Sie haben zwei Fragen gestellt – hier beide Antworten:', easy: 'Sie haben 2 Fragen. Ich antworte auf beide Fragen.' },
  severalAnswers: { normal: 'Sie haben mehrere Fragen gestellt – hier die Antworten der Reihe nach:', easy: 'Sie haben mehrere Fragen. Ich antworte der Reihe nach.' },
  /** More questions in one message than the bot answers at once: the ones left, in the person's words, to ask again. */
  askSeparately: (questions: string[], easy: boolean) =>
    easy
      ? `Sie haben noch mehr Fragen. Bitte schreiben Sie mir jede Frage noch einmal einzeln.\n${questions.map((q) => `„${q}“`).join('\n')}`
      : `Ihre weiteren Fragen beantworte ich gern einzeln – schreiben Sie sie mir bitte noch einmal: ${list(questions.map((q) => `„${q}“`))}.`,
  partNotAnswered: withContact(
    (c) => `Auf eine Ihrer Fragen habe ich keine sichere Antwort. Das Bildungsteam hilft Ihnen gern weiter: **${c}**.`,
    (c) => `Auf eine Frage weiß ich keine Antwort. Schreiben Sie bitte eine E-Mail an: **${c}**. Dort hilft man Ihnen.`,
  ),
} as const;
