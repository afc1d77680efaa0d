// The one decision of a turn: what the interpreters found (features) in, what to do out. The table
// is data, read top to bottom; the first row whose every `when` feature holds and no `unless`
// feature holds decides. Tested table-driven in test/assistant/decisionTable.test.ts.

export const featureNames = [
  /** A command typed as the whole message ("Hilfe", "Neu starten", "Leichte Sprache"). */
  'command',
  /** The message is empty. */
  'empty',
  /** An enquiry number ("IP-2027-ABC234"). */
  'enquiryNumber',
  /** "Ist meine Anfrage angekommen?", "bisher keine Antwort bekommen": the state of an enquiry already sent. */
  'asksEnquiryStatus',
  /** A change to a registration already sent: added to, handed on, moved or withdrawn ("… angemeldet, kann ich das noch nachtragen?"). */
  'changesSentEnquiry',
  'greeting',
  /** Chatting, not asking: "Na, was geht so bei dir heute? Ist voll langweilig im Büro", "du bist toll", "Schönes Wochenende gehabt?". */
  'chatting',
  'thanks',
  'acknowledged',
  /** "Tschüss", "Danke, tschüss", "Bis bald". */
  'goodbye',
  /** Right after an answer: "ja", "hat geholfen", "nein", "nicht hilfreich". */
  'feedback',
  /** "Das hilft mir nicht" without an answer to refer to. */
  'notHelpful',
  /** "Kann ich mit einem Menschen sprechen?" */
  'wantsHuman',
  /** "Bist du ein Mensch?", "Are you a bot?": whether the bot is a person or a machine. */
  'botIdentity',
  /** "Kannst du auch in Leichter Sprache antworten?", "Ich kann nur Texte in Leichter Sprache verstehen": answers in Leichte Sprache wanted. */
  'asksEasyLanguage',
  /** The last question was "Welche Rolle haben Sie?". */
  'awaitingRole',
  'roleNamed',
  /** The message is a role and nothing else ("Projektleitung", "Kämmerei?"). */
  'roleOnly',
  /** "ich bin …", "ich arbeite als …". */
  'roleStatement',
  /** A role's word stands inside a topic's words ("volunteer coordinator", "Ehrenamtskoordinator*in"): the person named works on that topic. */
  'roleWordInTopic',
  /** The role named is of someone the training is asked for ("… muss für unsere neue Projektleitung Fortbildungen raussuchen"), not the writer's own. */
  'roleAskedFor',
  /** After a role statement, a question that asks neither for training nor for seminars ("Ich bin Kämmerin. Wann ist die nächste Lotterieziehung?"). */
  'asksOther',
  /** "was passt zu mir", "was bietet ihr für …", "hat das Programm was für …". */
  'trainingRequest',
  /** Training of another provider ("ein Excel-Kurs bei der IHK", "bietet das Landesjugendamt an"). */
  'otherProvider',
  /** A recommendation of a thing that is no training: "Können Sie mir ein Hotel empfehlen?", "Can you recommend a good restaurant?". */
  'otherThing',
  /** The Aktion Mensch's funding of something else than training ("Fördert die Aktion Mensch einen Kleinbus?"), or benefits for disabled people ("Pflegegrad beantragen"). */
  'otherFunding',
  /** The time of day, today's date or the weather ("Wie spät ist es?", "Wetter morgen in Rostock"). */
  'clockOrWeather',
  /** Looking for a job or job offers ("Ich suche eine Stelle als …", "Stellenangebote?"). */
  'jobSearch',
  /** Who holds a local office or how to reach them ("Wer ist bei uns im Landkreis die Behindertenbeauftragte?"). */
  'localOfficeHolder',
  /** A need for training said without asking what fits: "ich solle mich weiterbilden", "Fortbildungswunsch", "Qualifizierungsbedarf". */
  'needsTraining',
  /** A job the programme has no role for, and training on a topic wished for ("Ich bin Hausmeister im Bürgerhaus – lohnt sich ein Seminar zur Barrierefreiheit?"). */
  'jobTraining',
  /** A role is known from earlier in the conversation. */
  'roleKnown',
  /** "Ich möchte mich anmelden". */
  'registrationRequest',
  /** The wish to register with the question how, and a sure FAQ answer to that question ("…anmelden, wie geht das?", "…, was brauchen Sie von mir?"). */
  'asksHowToRegister',
  /** The wish to register others too ("zwei Kolleginnen", "mich und meine Kollegin", "zu dritt"), answered with how that goes (asksHowToRegister) and then the enquiry. */
  'registersOthers',
  /** "Seminare finden", "alle Termine". */
  'listAll',
  /** A short "und online?" after a look-up. */
  'followUp',
  /** Topic, format, place, period, level or accessibility named. */
  'filters',
  /** A period, format, place or accessibility need named (not only a topic). */
  'whenWhereHow',
  /** The only filters are how seminars are held (online, in person, accessible): nothing to look them up by ("Online teilnehmen?", "Gibt es Gebärdendolmetscher?"). */
  'howOnly',
  /** How seminars are held is a format only (online, hybrid, in person), no need and nothing else to look them up by ("hybrid?", "Ich kann nur online"). */
  'formatOnly',
  /** Only whether places are left, in no seminar named ("Platz noch frei?", "Sind noch Plätze frei?"). */
  'placesOnly',
  /** Whether the seminars are held in a way someone needs ("Gibt es die Seminare auch in Leichter Sprache?", "Sind die Seminare mit Gebärdensprache?"), nothing else to look them up by. */
  'asksAccessibleOffers',
  /** Asking what fits ("passt", "empfehlen", "sinnvoll"), not only what there is. */
  'asksRecommendation',
  /** Filters and seminar words explain most of the message. */
  'filtersExplainMost',
  /** The message names properties every listed seminar shows, and nothing else ("Dauer und Ort?", "Uhrzeit?"). */
  'asksProperty',
  /** Right after a list, until when one can register, with no other seminars named ("Bis wann kann ich mich da anmelden?"). */
  'deadlineOfListed',
  /** Right after a list, when, where or how its seminars are held, asked of them ("Wo finden die statt?", "Dauern die den ganzen Tag?"). */
  'aboutListed',
  /** Right after a FAQ answer (not about formats), whether it holds for a format too ("Auch für Online-Seminare?"). */
  'sameForFormat',
  /** Right after a FAQ answer about a topic, a request for seminars on it ("Gibt es dazu auch ein Seminar?"). */
  'seminarsOnAnswer',
  /** A request for a list of seminars ("Welche Seminare …", "Gibt es Workshops zu …"). */
  'seeking',
  /** A question about how the programme works ("Sind…", "Muss ich…", "Gibt es Kosten…"). */
  'programmeQuestion',
  /** Who may take part, as a yes/no question about the offers there are ("Sind die Seminare auch für Ehrenamtliche?"). */
  'whoMayJoin',
  /** Two separate questions, each with a confident FAQ answer. */
  'twoAnswers',
  /** Content words the knowledge base never uses make up much of the message. */
  'offTopic',
  /** They make up half of it or more. */
  'mostlyUnknown',
  /**
   * The search answers confidently with a FAQ entry: it covers the message's meaning, explains more
   * than 60 % of its words (a word the knowledge never uses counts against it) and leads its runner-up.
   * Thin evidence is no answer: it becomes faqChoices or nothing (src/search/confidence.ts).
   */
  'faqAnswer',
  /** The FAQ choices share at most half the message's words ("Kita-Anmeldung"): too thin to offer for a whole message. */
  'thinChoices',
  /** Unsure between FAQ entries, and the example messages (knowledge/beispiele.yaml) say surely that such messages have no answer here. */
  'examplesSayNoAnswer',
  /** The search unsure or empty, and the example messages name surely the FAQ entry the search ranks first. */
  'examplesAgree',
  /** The search unsure or empty, and the example messages name far more surely one of the two FAQ entries it ranks first. */
  'examplesSure',
  /** The search unsure or empty, and the example messages name far more surely a FAQ entry it does not rank first or second: that entry, where nothing else fits. */
  'examplesName',
  /** The example messages say far more surely that such messages have no answer here (whatever the search found). */
  'examplesSureNoAnswer',
  /** Whether taking part in the training is free, asked in any words ("Ist die Teilnahme … für kommunale Bedienstete kostenfrei?"): the FAQ that says so. */
  'asksIfFree',
  /** The example messages say "no answer here" surely enough (EXAMPLES_NO_ANSWER_OVER_ROLE) to overrule a statement of who someone is (a job told around something else), and the other words are not only a place. */
  'examplesNoAnswerOverRole',
  /** The example messages all but certain that such messages have no answer here (EXAMPLES_NO_ANSWER_CERTAIN), the message read whole. */
  'examplesCertainNoAnswer',
  /** "Was kostet ein Rollstuhl?", "Was kostet ein Kilo Tomaten?": a price asked of something that is no part of the programme, or that the knowledge never names. */
  'priceOfOther',
  /** The example messages say far more surely that such messages ask what training fits (a recommendation). */
  'examplesRecommend',
  /** The example messages say far more surely that such messages look for seminars (a look-up). */
  'examplesLookup',
  /** The example messages surest (p ≥ 0.9) that such messages look for seminars, whatever else the rules read. */
  'examplesLookupSurest',
  /**
   * The example messages sure that such messages look for seminars, and of the topic they look for: where the rules found
   * nothing to look seminars up by it is the filter (with `filters`); where they found that topic, it is confirmed.
   */
  'examplesTopic',
  /** The rules found no role, and the example messages are sure that such messages ask what fits, and of the role they name: that role is the reading's (with `roleNamed`). */
  'examplesRole',
  /** The example messages surest (p ≥ 0.9) that such messages ask what training fits. */
  'examplesRecommendSure',
  /** The search was sure of a FAQ entry, but the example messages say far more surely that such messages have no answer here: no sure answer (faqAnswer and its kin removed). */
  'examplesDoubtAnswer',
  /** The search was sure of a FAQ entry, but the example messages name far more surely another one among its best five, or surer still (p ≥ 0.8) any entry: that one answers. */
  'examplesCorrectAnswer',
  /** The search is sure of a FAQ entry, and the example messages name that same entry far more surely. */
  'examplesConfirmAnswer',
  /** Withdrawing or moving a registration ("absagen", "abmelden", "stornieren", "umbuchen"): the seminar and time it names say which one, they seek none. */
  'withdraws',
  /** The message asks more than one thing (its parts are answered each, respond.ts): a rule for one question is read in each part. */
  'severalQuestions',
  /** A role named only in a clause that says in which case (", wenn der Workshop für Ehrenamtliche voll ist"); the question before it has a sure FAQ answer. */
  'roleOnlyInCondition',
  /** After a role statement, the words beside it find the same sure FAQ answer on their own ("Ich bin Projektkoordinatorin, und mein Arbeitgeber will einen Nachweis sehen"). */
  'faqBesideRole',
  /** The main clause, every word of it known, finds a sure FAQ answer; the unknown words stand in a clause after it ("…, das ich auf LinkedIn posten kann"). */
  'mainClauseAnswered',
  /** A question about the programme the search was unsure of, every word known, whose best FAQ leads the next clearly: that FAQ answers it (the answer is `faqAnswer`'s). */
  'faqLeads',
  /** The FAQ the search found matches only the places the message names ("Wo ist das Rathaus in Erlangen?"). */
  'placeOnly',
  /** The search answers confidently with one seminar (its title or summary). */
  'seminarAnswer',
  /** That seminar's title (or its short title before the colon) is mostly (three in five words) in the message: it is named, not just touched. */
  'titleNamed',
  /** How long the seminars of a topic named take ("Wie lange dauert die Moderationsfortbildung?"): their list shows the times. */
  'howLongOfTopic',
  /** The search has 2–3 close FAQ candidates (also when the best one explains too little of the message to answer). */
  'faqChoices',
  /** The message addresses the bot ("Was machst du mit meinen Daten?") and a FAQ on the bot answers it. */
  'botAnswer',
] as const;

export type Feature = (typeof featureNames)[number];
export type Features = ReadonlySet<Feature>;

export type Action =
  | 'command'
  | 'empty'
  | 'enquiryStatus'
  | 'changeSentEnquiry'
  | 'greeting'
  | 'chatting'
  | 'thanks'
  | 'acknowledged'
  | 'goodbye'
  | 'feedback'
  | 'notHelpful'
  | 'contact'
  | 'recommend'
  | 'askRole'
  | 'reAskRole'
  | 'registration'
  | 'howToRegister'
  | 'accessibleOffers'
  | 'faqWithOffers'
  | 'listAll'
  | 'listDeadlines'
  | 'listAgain'
  | 'faqAgain'
  | 'narrow'
  | 'lookup'
  | 'faqPair'
  | 'faq'
  | 'faqByExamples'
  | 'seminar'
  | 'didYouMean'
  | 'fallback';

export interface Rule {
  /** Why this row exists, in one line. */
  name: string;
  when: Feature[];
  unless?: Feature[];
  then: Action;
}

export const decisionTable: readonly Rule[] = [
  { name: 'a command works at any point', when: ['command'], then: 'command' },
  { name: 'an empty message asks for a question', when: ['empty'], then: 'empty' },
  { name: 'an enquiry number: the bot cannot see its status', when: ['enquiryNumber'], then: 'enquiryStatus' },
  { name: 'the state of an enquiry already sent: the bot cannot see it, the team answers', when: ['asksEnquiryStatus'], unless: ['offTopic'], then: 'enquiryStatus' },
  { name: 'a change to a registration already sent ("Ich habe mich letzte Woche angemeldet und brauche jetzt eine Begleitperson", also where most words are ones the knowledge never uses: "hab mich aus versehen zweimal angemeldet, is das schlimm" — the registration sent and the change to it say what it is about): the bot cannot change it, the team can, as the FAQ on changing an enquiry says — not where the message asks whether it arrived at all', when: ['changesSentEnquiry'], unless: ['asksEnquiryStatus'], then: 'changeSentEnquiry' },
  { name: 'withdrawing or moving a registration ("Wie storniere ich meine Anmeldung?", "Ich möchte mich für Freitag abmelden", "Umbuchung auf einen späteren Termin möglich?"): the FAQ on changing an enquiry, which says what to do before and after sending — not where most words are unknown; a message of several questions gets it for the part that withdraws', when: ['withdraws'], unless: ['mostlyUnknown', 'severalQuestions'], then: 'changeSentEnquiry' },
  { name: 'feedback right after an answer', when: ['feedback'], then: 'feedback' },
  { name: 'a greeting on its own', when: ['greeting'], then: 'greeting' },
  { name: 'chatting, not asking ("Na, was geht so bei dir heute? Ist voll langweilig im Büro", "du bist toll"): a friendly word and what the bot is for', when: ['chatting'], then: 'chatting' },
  { name: 'a thank-you on its own', when: ['thanks'], then: 'thanks' },
  { name: 'a goodbye, with or without thanks', when: ['goodbye'], then: 'goodbye' },
  { name: 'an acknowledgement on its own ("ok", "alles klar", "verstanden"): noted, with what to ask next — no seminar list for "klar"', when: ['acknowledged'], then: 'acknowledged' },
  { name: 'whether the bot is a person or a machine ("Bist du eine echte Person?"): the FAQ on the bot, which names the contact', when: ['botIdentity'], then: 'faq' },
  { name: 'answers wanted in Leichte Sprache, for oneself or for someone one writes for ("Kannst du auch in Leichter Sprache antworten? Ich frage für unsere Selbstvertreter*innen", "Ich kann leider nur Texte in Leichter Sprache gut verstehen"): the FAQ on switching to it — not the seminars on writing in it, nor what fits the role named; but not where the example messages are sure that what fits is asked ("… Ich brauche Informationen in einfacher Sprache. Was könnte mir helfen, mich vorzubereiten?")', when: ['asksEasyLanguage'], unless: ['examplesRecommendSure'], then: 'faq' },
  { name: 'a price asked of something that is no part of the programme ("Was kostet ein Rollstuhl?") or that the knowledge never names ("Was kostet ein Kilo Tomaten?", "Deutschlandticket Preis"): no answer here — not the FAQ on what the seminars cost, which the example messages know "was kostet" from', when: ['priceOfOther'], unless: ['awaitingRole', 'followUp', 'aboutListed'], then: 'fallback' },
  // Dev, each file held out: 10 more rejected, 9 fewer wrong, none fewer right (EXAMPLES_NO_ANSWER_CERTAIN in interpret.ts).
  { name: 'the example messages all but certain that the whole message has no answer here ("Ich suche die Telefonnummer vom Sozialamt in Nieder-Olm", "Funktioniert der Chat auch mit einem Screenreader?"): say so, with the contact, before any rule answers it — not as the answer to "Welche Rolle haben Sie?", to a follow-up, or over a seminar named by its title', when: ['examplesCertainNoAnswer'], unless: ['awaitingRole', 'followUp', 'aboutListed', 'titleNamed'], then: 'fallback' },
  { name: 'wanting a person: how to reach the education team', when: ['wantsHuman'], then: 'contact' },
  { name: '"das hilft mir nicht": other candidates and the contact', when: ['notHelpful'], then: 'notHelpful' },
  { name: 'until when one can register, right after a list and naming no other seminars ("Bis wann kann ich mich da anmelden?", "Und der Anmeldeschluss?"): the deadline of each seminar listed, not the FAQ that says where deadlines stand', when: ['deadlineOfListed'], unless: ['roleNamed', 'offTopic'], then: 'listDeadlines' },
  { name: 'when, where or how the seminars just listed are held, asked of them ("Wo finden die statt?", "Sind die online oder in Präsenz?", "Dauern die den ganzen Tag?"): the list again, each line with its date, time, format and place — not the FAQ on dates or online participation, nor seminars of every topic', when: ['aboutListed'], unless: ['roleNamed', 'offTopic', 'deadlineOfListed'], then: 'listAgain' },
  { name: 'whether the answer just given holds for a format too ("Was kostet ein Seminar?" … "Auch für Online-Seminare?"): that answer again, said to be all the bot knows on it — not a list of online seminars', when: ['sameForFormat'], then: 'faqAgain' },
  { name: 'seminars on what the FAQ answer just given is about ("Wie können wir die Qualifizierung finanzieren?" … "Gibt es dazu auch ein Seminar?"): the seminars on its topics — not a did-you-mean', when: ['seminarsOnAnswer'], unless: ['roleNamed', 'offTopic'], then: 'lookup' },
  { name: 'the Aktion Mensch\'s funding of other things ("Fördert die Aktion Mensch auch Freizeitfahrten?") or benefits for disabled people ("Wie beantrage ich einen Pflegegrad?"): not the training programme', when: ['otherFunding'], unless: ['awaitingRole', 'seeking'], then: 'fallback' },
  { name: 'training of another provider ("Ich suche ein Seminar für Excel bei der IHK"): not ours to answer', when: ['otherProvider'], unless: ['awaitingRole', 'asksRecommendation'], then: 'fallback' },
  { name: 'a recommendation of a thing that is no training ("Können Sie mir ein barrierefreies Hotel empfehlen?", "Can you recommend a good restaurant in Erlangen?"): not ours to give', when: ['otherThing'], unless: ['awaitingRole'], then: 'fallback' },
  { name: 'the time of day, today\'s date or the weather ("Wie spät ist es?", "Wetter morgen in Rostock"): nothing the programme answers', when: ['clockOrWeather'], unless: ['awaitingRole'], then: 'fallback' },
  { name: 'looking for a job ("Ich suche eine Stelle als Heilerziehungspfleger*in", "Stellenangebote?"): the programme offers training, not jobs', when: ['jobSearch'], unless: ['awaitingRole'], then: 'fallback' },
  { name: 'who holds a local office, or how to reach them ("Wer ist bei uns im Landkreis die Behindertenbeauftragte?", "Wie finde ich die Inklusionsbeauftragte unserer Gemeinde?"): people the knowledge does not name — not the FAQ on whom the programme is for, nor the education team\'s address as if it were theirs', when: ['localOfficeHolder'], unless: ['awaitingRole', 'trainingRequest', 'seeking'], then: 'fallback' },
  { name: 'the answer to "Welche Rolle haben Sie?"', when: ['awaitingRole', 'roleNamed'], then: 'recommend' },
  { name: 'the wish to register asked together with how ("Ich will mich für das Seminar zu Netzwerkarbeit anmelden, wie geht das?", "…, was brauchen Sie von mir?"): the FAQ that says how, with the seminars named to choose from', when: ['asksHowToRegister'], unless: ['offTopic', 'otherProvider'], then: 'howToRegister' },
  { name: 'an enquiry for a seminar (not for a course the knowledge never names: "Anmeldung Volkshochschule Spanischkurs")', when: ['registrationRequest'], unless: ['offTopic'], then: 'registration' },
  { name: 'a role named only in a clause that says in which case ("Gibt es eine Warteliste, wenn der Workshop für Ehrenamtliche schon voll ist?"): the FAQ that answers the question before it', when: ['roleOnlyInCondition'], unless: ['offTopic'], then: 'faq' },
  { name: 'a question about the programme whose sure FAQ answer the example messages confirm far more surely ("Gibt es eine Warteliste, falls das Seminar für Netzwerkkoordinator:innen schon voll ist?"): the FAQ, not the seminars of the role it names', when: ['programmeQuestion', 'faqAnswer', 'examplesConfirmAnswer'], unless: ['offTopic'], then: 'faq' },
  { name: 'the same asked in words the rules do not read as a question about the programme ("Gibt\'s ne Warteliste, falls das Seminar für Koordinator*innen schon voll ist?")', when: ['faqAnswer', 'examplesConfirmAnswer'], unless: ['offTopic', 'asksRecommendation', 'roleStatement', 'severalQuestions', 'asksAccessibleOffers', 'filters'], then: 'faq' },
  { name: 'seminars for a role at a time, place or format ("Workshops für Koordinator*innen im Herbst"): the look-up', when: ['roleNamed', 'seeking', 'whenWhereHow'], unless: ['asksRecommendation', 'roleStatement', 'offTopic'], then: 'lookup' },
  { name: 'a question about the programme that names a role, answered by a sure FAQ ("Sind die Seminare für Ehrenamtliche auch kostenlos?"): the FAQ', when: ['programmeQuestion', 'roleNamed', 'faqAnswer'], unless: ['asksRecommendation', 'roleStatement', 'seeking'], then: 'faq' },
  { name: 'a role plus a request for training (one unknown word, "ohne Vorerfahrung", does not make it off-topic); "Sind die Seminare auch für Ehrenamtliche geeignet?" asks who may take part', when: ['roleNamed', 'trainingRequest'], unless: ['mostlyUnknown', 'whoMayJoin'], then: 'recommend' },
  { name: 'a role statement told around something the FAQ answers surely, with no wish for training ("Ich bin Projektkoordinatorin, und mein Arbeitgeber will für jede Fortbildung einen Nachweis sehen."): the FAQ', when: ['roleStatement', 'faqBesideRole'], unless: ['trainingRequest', 'needsTraining', 'seeking', 'asksRecommendation', 'roleOnly'], then: 'faq' },
  // Dev, each file held out, the two rows below: 8 more right, 6 fewer wrong, nothing lost.
  { name: 'a statement of who someone is told with a need the FAQ answers, no wish for training, the example messages far more sure of one of the FAQ entries the search ranks first ("Ich habe eine Sehbehinderung und komme mit PDF-Unterlagen meistens nicht klar."): that entry, not what fits the role', when: ['roleStatement', 'examplesSure'], unless: ['trainingRequest', 'asksRecommendation', 'needsTraining', 'seeking', 'awaitingRole', 'examplesRecommend'], then: 'faqByExamples' },
  { name: 'the same where the example messages are sure of the FAQ entry the search ranks first ("Ich versteh die Antworten hier nicht so gut, ich hab eine Lernbehinderung.")', when: ['roleStatement', 'examplesAgree'], unless: ['trainingRequest', 'asksRecommendation', 'needsTraining', 'seeking', 'awaitingRole', 'examplesRecommend'], then: 'faqByExamples' },
  { name: 'a role statement told with a need the FAQ answers surely and the example messages name the same entry, no wish for training ("Als Ratsmitglied mit Hörbehinderung bräuchte ich bei Präsenzseminaren eine Induktionsschleife."): that entry, not what fits the role', when: ['roleStatement', 'faqAnswer', 'examplesConfirmAnswer'], unless: ['trainingRequest', 'asksRecommendation', 'needsTraining', 'seeking', 'awaitingRole', 'examplesRecommend', 'roleOnly'], then: 'faq' },
  { name: 'a role told around words the knowledge never uses, no wish for training, and the example messages far more sure that such messages have no answer here ("Als Ehrenamtliche im Sportverein brauche ich für unser Sommerfest noch eine Hüpfburg."): say so — the words nobody knows lower the bar that the next row asks of the examples', when: ['roleStatement', 'offTopic', 'examplesSureNoAnswer'], unless: ['trainingRequest', 'needsTraining', 'seeking', 'asksRecommendation', 'examplesRecommend', 'roleOnly', 'awaitingRole'], then: 'fallback' },
  { name: 'a role statement ("Ich bin Kämmerin in Mainz"): a place or employer is no reason to doubt it; a question of its own after it decides — and not where the example messages are far more sure that such messages have no answer here ("hab heute meine erste Gehaltsabrechnung als Azubi gekriegt und versteh die Abzüge nicht", "Ich bin Assistentin der Bürgermeisterin, und der Beamer geht schon wieder nicht": a job told around something else; dev, each file held out: 7 fewer wrong, 4 more rejected, none fewer right; on the fresh validation sets BC–BF one wrong answer less)', when: ['roleNamed', 'roleStatement'], unless: ['mostlyUnknown', 'programmeQuestion', 'asksOther', 'examplesNoAnswerOverRole'], then: 'recommend' },
  // Dev, each file held out: +0.5 points right, −0.2 confidently wrong; the fresh blind sets AK/AL: +2 and +1 right, nothing worse.
  { name: 'a role named, and the example messages far more sure that such messages ask what training fits, in words the knowledge never uses ("Kassenverwalterin einer Verbandsgemeinde, Fortbildungswunsch Verwendungsnachweis"): what fits that role', when: ['roleNamed', 'examplesRecommend'], unless: ['whoMayJoin', 'programmeQuestion', 'asksOther'], then: 'recommend' },
  // Dev, each file held out: 10 more right (6 had been wrong), 4 more wrong (2 of them off-topic messages, "I'm a social
  // worker at the city council. Can you help me fill in an application for a disability pension?").
  { name: 'a role named, and the example messages surest that such messages ask what fits, also where it reads as a question about the programme or asks something else too ("Ich bin Azubi in der Verwaltung und darf im Inklusionsprojekt mithelfen – lohnt sich für mich n Seminar?"): what fits that role — not where it asks who may take part', when: ['roleNamed', 'examplesRecommendSure'], unless: ['whoMayJoin'], then: 'recommend' },
  { name: 'a role named on its own ("Projektleitung")', when: ['roleOnly'], unless: ['programmeQuestion'], then: 'recommend' },
  { name: 'a role plus a request for seminars ("Für Ehrenamtliche: welche Seminare gibt es?")', when: ['roleNamed', 'seeking'], unless: ['mostlyUnknown', 'programmeQuestion', 'whoMayJoin'], then: 'recommend' },
  { name: 'a role and training named, with no question about the programme ("Unser Bürgermeister meint, ich solle mich als neue Inklusionsbeauftragte weiterbilden", "Fortbildungstipp für unsere Kämmerin"): what fits that role', when: ['roleNamed', 'needsTraining'], unless: ['offTopic', 'programmeQuestion', 'whoMayJoin', 'asksOther', 'seminarAnswer'], then: 'recommend' },
  { name: 'a job the programme has no role for, with training on a topic wished for ("Ich bin Hausmeister im Bürgerhaus und krieg dauernd Fragen zur Barrierefreiheit – lohnt sich ein Seminar?"): the seminars on that topic; the job\'s words are no reason to call it off-topic', when: ['jobTraining'], unless: ['mostlyUnknown'], then: 'lookup' },
  { name: 'a request for training, role known', when: ['trainingRequest', 'roleKnown'], unless: ['offTopic', 'programmeQuestion'], then: 'recommend' },
  { name: 'training asked for a person named by the topic they work on, no role of the programme named ("Which training would you suggest for our new volunteer coordinator?"): the seminars on that topic, not the question for a role', when: ['roleWordInTopic', 'trainingRequest', 'filters'], unless: ['roleNamed', 'offTopic', 'programmeQuestion'], then: 'lookup' },
  { name: 'a request for training, role unknown', when: ['trainingRequest'], unless: ['offTopic', 'programmeQuestion', 'filters'], then: 'askRole' },
  // After the commands, enquiries and role statements, before the look-ups and FAQ answers. Dev, each file held out: 6 fewer
  // confidently wrong, 5 more off-topic messages rejected, 1 right answer less.
  { name: 'the example messages far more sure that such messages have no answer here ("Was läuft heute Abend in Rostock?" is no look-up of the seminars in Rostock): say so, with the contact — not over a seminar named by its title, but over one the search found by a word or two ("Los gewonnen?" is no question about "Konflikte im Netzwerk lösen"), nor over how long the seminars of a topic named take, nor over whether they are free', when: ['examplesSureNoAnswer'], unless: ['awaitingRole', 'twoAnswers', 'followUp', 'aboutListed', 'titleNamed', 'howLongOfTopic', 'asksIfFree'], then: 'fallback' },
  { name: '"Seminare finden", "alle Termine"', when: ['listAll'], then: 'listAll' },
  // Before the off-topic row: "Dauer" and "Ort" are words no FAQ holds, yet they ask about the seminars.
  { name: 'seminar properties named alone ("Dauer und Ort?"): the coming seminars, each shown with them', when: ['asksProperty'], then: 'listAll' },
  { name: '"und online?" narrows the last look-up', when: ['followUp', 'filters'], unless: ['offTopic'], then: 'narrow' },
  { name: 'two questions in one message: both answers', when: ['twoAnswers'], then: 'faqPair' },
  // Before the programme question's FAQ: "Sind die Seminare auch in Leichter Sprache?" is answered by how accessibility
  // is shown and by the seminars that offer it, not by the FAQ on other languages alone, nor by seminars about Leichte Sprache.
  { name: 'whether the seminars are held in a way someone needs ("Gibt es die Seminare auch in Leichter Sprache?"): the FAQ on accessibility with the seminars that offer it', when: ['asksAccessibleOffers'], unless: ['offTopic', 'roleNamed'], then: 'accessibleOffers' },
  { name: 'a format alone, said or asked without a question about the programme ("hybrid?", "Ich kann nur online, weil ich meine Mutter pflege"): the FAQ on that format with the seminars held so (a part of a message of several questions: the FAQ alone)', when: ['formatOnly', 'faqAnswer'], unless: ['programmeQuestion', 'roleNamed', 'mostlyUnknown', 'seeking', 'severalQuestions'], then: 'faqWithOffers' },
  { name: 'only whether places are left, in no seminar named ("Platz noch frei?", "gibts noch freie Plätze oder ist schon alles ausgebucht?"): the FAQ on full seminars with the coming seminars that have places', when: ['placesOnly', 'faqAnswer'], unless: ['roleNamed', 'mostlyUnknown', 'severalQuestions', 'titleNamed', 'seminarAnswer', 'seeking'], then: 'faqWithOffers' },
  // Talking to the bot uses words no FAQ need hold ("nochmal", "Version", "talking"): one of them is no reason to doubt the FAQ on the bot.
  { name: 'a question to the bot about itself: the FAQ on the bot', when: ['botAnswer'], unless: ['seeking', 'trainingRequest', 'roleNamed', 'mostlyUnknown'], then: 'faq' },
  { name: 'words the knowledge never uses only in a clause after a main clause the FAQ answers surely ("Gibt es ein Zertifikat, das ich auf LinkedIn posten kann?"): the FAQ', when: ['mainClauseAnswered'], unless: ['mostlyUnknown', 'placeOnly'], then: 'faq' },
  // Dev, each file held out: 5 more right, nothing worse (without the programme question: 12 more right, 2 off-topic messages
  // answered, 1 more wrong — and no gain on the fresh blind sets AK/AL).
  { name: 'a question about the programme with a typo or a word the knowledge never uses ("werden reisekostn übernommen wenn ich quer durchs land fahr"), the search unsure, and the example messages far more sure of the FAQ entry it ranks first: that entry', when: ['examplesAgree', 'examplesSure', 'programmeQuestion'], unless: ['awaitingRole'], then: 'faqByExamples' },
  // Dev, each file held out: 10 more right, nothing worse; AK +1, AL unchanged.
  { name: 'something to look seminars up by, a word the knowledge never uses, and the example messages far more sure that such messages look for seminars ("Im Juli hab ich endlich mal Luft für Fortbildung"): the look-up — not where most words are unknown', when: ['examplesLookup', 'filters', 'offTopic'], unless: ['awaitingRole', 'mostlyUnknown'], then: 'lookup' },
  // Dev, each file held out, with the row near the end: 23 more right (20 had fallen back, 4 had been wrong; 1 right
  // answer became wrong), 4 more wrong where there had been the fallback, off-topic rejection unchanged.
  { name: 'the example messages sure that such messages look for seminars, and of the topic, in words the knowledge never uses ("gibt es was zu fördermittelakquiese", "Bei unseren Netzwerktreffen reden immer dieselben drei Leute"): the seminars on it', when: ['examplesTopic', 'offTopic'], unless: ['awaitingRole'], then: 'lookup' },
  // Dev, each file held out: 14 more right (typos, English, long compounds), 4 more wrong (one off-topic message answered:
  // "Bei mir im Teams-Kalender sind plötzlich alle Termine doppelt."); with most words unknown too: 2 more right, 1 more
  // off-topic message answered; only where the examples are far more sure (examplesSure): 8 more right.
  { name: 'a word or two the knowledge never uses, the search unsure, and the example messages sure of the FAQ entry it ranks first ("muss ich mich für jedes semnar extra anmelden oder reicht einmal", "What exactly is Kommune Inklusiv, in a nutshell?"): that entry — not where most words are unknown', when: ['examplesAgree', 'offTopic'], unless: ['awaitingRole', 'mostlyUnknown'], then: 'faqByExamples' },
  // Dev, each file held out, the three rows below: 17 more right, 1 fewer wrong, off-topic rejected unchanged; without the
  // guard for mostly unknown words 2 more right, 3 more wrong and 0.1 points fewer off-topic rejected.
  { name: 'a sure FAQ answer with words the knowledge never uses, the example messages naming that same entry far more surely ("Werden die Chatverläufe gespeichert und erfolgt eine Datenweitergabe an Dritte?"): that entry — not where most words are unknown', when: ['faqAnswer', 'examplesConfirmAnswer', 'offTopic'], unless: ['awaitingRole', 'mostlyUnknown'], then: 'faq' },
  { name: 'words the knowledge never uses, the search unsure, and the example messages far more sure of one of the two FAQ entries it ranks first ("muss man vorkentnisse haben oder kann man da als kompletter anfänger einfach hin"): that entry — not where most words are unknown', when: ['examplesSure', 'offTopic'], unless: ['awaitingRole', 'mostlyUnknown'], then: 'faqByExamples' },
  { name: 'words the knowledge never uses, and the example messages far more sure of a FAQ entry the search does not rank among its best two ("what\'s the difference between a Seminar and a Workshop bei euch?"): that entry — not where most words are unknown', when: ['examplesName', 'offTopic'], unless: ['awaitingRole', 'mostlyUnknown'], then: 'faqByExamples' },
  { name: 'words the knowledge never uses: not about the programme', when: ['offTopic'], unless: ['filtersExplainMost', 'seeking', 'awaitingRole'], then: 'fallback' },
  { name: 'a FAQ that matches only the town named ("Wo kann ich in Rostock parken?"): not about the programme', when: ['placeOnly'], unless: ['seeking', 'filtersExplainMost', 'trainingRequest', 'awaitingRole'], then: 'fallback' },
  { name: 'a question about a town the FAQ matches only by its name ("Ist Schwäbisch Gmünd dabei?"): no FAQ about another town', when: ['placeOnly', 'programmeQuestion'], unless: ['seeking', 'trainingRequest', 'awaitingRole'], then: 'fallback' },
  // Dev, each file held out: 8 more right, 2 fewer wrong, off-topic rejection unchanged (at p ≥ 0.95: 5 more right).
  { name: 'something to look seminars up by, and the example messages surest that such messages look for seminars, also where the rules read a question about the programme or a FAQ answer ("Wird die Netzwerkmanagementschulung auch im Hybridformat angeboten?", "Ich würde gern mal wieder was in Präsenz machen, Erlangen wäre von mir aus gut erreichbar."): the look-up — not over a seminar named by its title ("Fördertöpfe finden")', when: ['examplesLookupSurest', 'filters'], unless: ['awaitingRole', 'titleNamed'], then: 'lookup' },
  { name: 'a programme question goes to the FAQ', when: ['programmeQuestion', 'faqAnswer'], unless: ['seeking'], then: 'faq' },
  // "Online teilnehmen?", "Gibt es bei Präsenzveranstaltungen Gebärdensprachdolmetscher?" ask how the programme works; the answer says how to find such seminars.
  { name: 'how seminars are held, and nothing to look them up by, with a sure FAQ answer: the FAQ', when: ['howOnly', 'faqAnswer'], unless: ['roleNamed', 'seeking'], then: 'faq' },
  // "Muss man da jedes Mal hinfahren oder gibts auch was per Video?", "Are the seminars accessible for wheelchair users?": a question
  // about the programme that also asks for something is still answered by the FAQ on how seminars are held.
  { name: 'a question about the programme on how seminars are held, with a sure FAQ answer, also when it asks for something: the FAQ', when: ['programmeQuestion', 'howOnly', 'faqAnswer'], unless: ['roleNamed'], then: 'faq' },
  { name: 'how seminars are held, nothing to look them up by, the FAQ unsure: its did-you-mean, not a list', when: ['howOnly', 'faqChoices'], unless: ['roleNamed', 'seeking', 'examplesSayNoAnswer'], then: 'didYouMean' },
  { name: 'a request for seminars with filters', when: ['seeking', 'filters'], then: 'lookup' },
  { name: 'a need for training on a topic, role unknown ("Wir haben Qualifizierungsbedarf im Bereich Projektsteuerung"): the seminars on it', when: ['needsTraining', 'filters'], unless: ['roleNamed', 'programmeQuestion', 'offTopic'], then: 'lookup' },
  { name: 'filters that explain most of the message', when: ['filtersExplainMost'], unless: ['programmeQuestion'], then: 'lookup' },
  { name: 'a confident FAQ answer', when: ['faqAnswer'], then: 'faq' },
  { name: 'a seminar named by its title', when: ['seminarAnswer'], unless: ['programmeQuestion'], then: 'seminar' },
  { name: 'a request for training at a time, place or in a format, role unknown ("Ich hab im Juni Zeit, was wäre sinnvoll?"): the seminars then and there', when: ['trainingRequest', 'whenWhereHow'], unless: ['offTopic', 'programmeQuestion'], then: 'lookup' },
  { name: 'a request for training on a topic or at a level, role unknown, not asking what fits ("Gibt\'s was für Anfänger zu Netzwerkarbeit? Und wie lang geht sowas?"): the seminars on it', when: ['trainingRequest', 'filters'], unless: ['offTopic', 'programmeQuestion', 'asksRecommendation', 'roleNamed'], then: 'lookup' },
  { name: 'a request for training, role unknown, FAQ unsure', when: ['trainingRequest'], unless: ['offTopic', 'programmeQuestion'], then: 'askRole' },
  { name: 'the search unsure, and the example messages surely for the FAQ entry it ranks first ("Für wen sind die Seminare eigentlich gedacht?"): that entry', when: ['examplesAgree'], unless: ['awaitingRole'], then: 'faqByExamples' },
  { name: 'the search unsure, and the example messages far more sure of one of the two FAQ entries it ranks first ("Wer steckt eigentlich hinter dem ganzen Programm?"): that entry', when: ['examplesSure'], unless: ['awaitingRole'], then: 'faqByExamples' },
  { name: 'mid confidence: the best 2–3 FAQ, when they share more than half of the message\'s words ("Kita-Anmeldung" shares one of two)', when: ['faqChoices'], unless: ['thinChoices', 'examplesSayNoAnswer'], then: 'didYouMean' },
  { name: 'the role question is still open', when: ['awaitingRole'], then: 'reAskRole' },
  { name: 'nothing else fits, and the example messages far more sure of a FAQ entry the search does not rank among its best two ("Wie bewerbe ich mich als Modellkommune?": the FAQ for municipalities that are none): that entry', when: ['examplesName'], unless: ['awaitingRole'], then: 'faqByExamples' },
  // Dev, each file held out: +0.3 points right, +0.2 confidently wrong, 4 off-topic messages listed seminars; the fresh blind
  // sets AK/AL: +3 points right each, off-topic rejection unchanged. (Tried two sessions before with fewer examples: +3 / +4 on dev.)
  { name: 'nothing else fits, something to look seminars up by, and the example messages far more sure that such messages look for seminars ("Im Sommer hätte ich endlich mal Zeit im Kalender"): the look-up', when: ['examplesLookup', 'filters'], unless: ['awaitingRole'], then: 'lookup' },
  { name: 'nothing else fits, and the example messages sure that such messages look for seminars, and of the topic ("Unsere Pressemitteilungen lesen anscheinend nur Leute, die eh schon dabei sind"): the seminars on it', when: ['examplesTopic'], unless: ['awaitingRole'], then: 'lookup' },
  { name: 'nothing fits: say so, with the contact', when: [], then: 'fallback' },
];

/** The first row that holds. The last row holds always. */
export function decide(features: Features, table: readonly Rule[] = decisionTable): Rule {
  for (const rule of table) {
    if (rule.when.every((f) => features.has(f)) && !(rule.unless ?? []).some((f) => features.has(f))) return rule;
  }
  return table[table.length - 1] as Rule;
}
