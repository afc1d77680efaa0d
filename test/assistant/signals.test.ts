// What kind of message it is, in every wording the issue names: each predicate table-driven.
import { describe, expect, it } from 'vitest';
import { asksAboutBenefits, asksHowLongSeminar, asksIfFree, asksOtherFunding, asksWhatIsOffered, namesOtherProvider, bringsSupportPerson, tellsWhenAvailable, hasNoTrainingBudget, statesOwnNeed, asksProgrammesAdvice, asksAboutShownSeminar, looksForJob, asksWhatBotCan, namesMaterials, asksWhoMayJoin, groupAsked, needsTraining, registeringHereOrWhen, asksClockOrWeather, asksEnquiryStatus, asksWhether, changesSentEnquiry, recommendsOtherThing, asksScope, asksWhatBotIs, asksEasyLanguage, asksPriceOfOther, asksWhatIsOn, withdraws, feedbackIn, howToRegisterQuestion, isNotHelpful, isProgrammeQuestion, isRoleStatement, isSeeking, isTrainingRequest, namesSeminar, wantsHuman } from '../../src/assistant/understand/signals.js';
import { foldText, readUtterance } from '../../src/assistant/understand/utterance.js';

const f = foldText;

describe('reading what kind of message it is', () => {
  it.each([
    ['Sind die Räume barrierefrei erreichbar?', true],
    ['Muss ich mich anmelden?', true],
    ['Kann man auch online teilnehmen?', true],
    ['Gibt es Kosten für die Teilnahme?', true],
    ['Wer hält die Seminare?', true],
    ['Online-Seminare im März', false],
    ['Welche Seminare gibt es im März?', false],
    ['Was bringt mir ein Seminar zu Leichter Sprache?', true],
    ['Gibt es die Fortbildungen auch für Ehrenamtliche oder nur für Hauptamtliche?', false],
    // when something comes to one, not when a seminar takes place
    ['Wann bekomme ich den Link für das Online-Seminar?', true],
    ['Wann erhalten wir die Teilnahmebescheinigung?', true],
    ['Wann kommt das nächste Online-Seminar?', false],
  ])('"%s" is a programme question: %s', (text, expected) => expect(isProgrammeQuestion(f(text))).toBe(expected));

  it.each([
    ['Welche Seminare gibt es im März?', true],
    ['Gibt es Workshops zu Fördermitteln?', true],
    ['Zeig mir alle Kurse', true],
    ['Ich suche ein Seminar zu Leichter Sprache', true],
    ['Gibt es eine Übersicht aller Onlineworkshops im Herbst?', true],
    ['Gibt es ein Qualifizierungsangebot zu Fördermitteln?', true],
    ['Ich suche für unser Team einen Workshop zu Buchhaltung', true],
    ['Gibt es Kosten für die Online-Seminare?', false],
    ['Lohnt es sich, für Schulungen Zuschüsse zu suchen?', false],
    ['Sind die Seminare barrierefrei?', false],
    ['Zweitens suche ich für mich und eine Kollegin ein hybrides Seminar zum Thema Projektmanagement', true],
    ['Are there any online workshops next month?', true],
    ['Welche Formate umfasst Ihr Fortbildungsprogramm?', false],
    ['Welche Themen werden in den Workshops behandelt?', false],
    ['Zeigen Sie mir bitte die Online-Seminare', true],
    ['Unser Laptop zeigt beim Start von Teams eine Fehlermeldung. Die Kollegin hat morgen ein Online-Seminar.', false],
    ['Der Gemeinderat will wissen, welche Verpflichtungen auf uns zukommen.', false],
    // The seminars as the place of what is asked about ("in den Onlineseminaren"), not what is looked for.
    ['Ich wüsste gern, ob es in den Onlineseminaren Untertitel gibt.', false],
    ['Gibt es bei den Präsenzseminaren Räume, in die man mit dem Rollstuhl kommt?', false],
    ['Ich frage, ob es im Herbst noch Präsenzseminare gibt.', true],
    // "bei Ihnen", "bei euch" between "gibt es" and what is sought
    ['Gibt es bei Ihnen einen Workshop, der sich mit Barrierefreiheit beschäftigt?', true],
    ['Gibt es bei euch etwas zu Rollen in Netzwerken?', true],
    ['Gibt es bei euch Kosten für die Seminare?', false],
    ['Was für Workshops gibt es zu Sozialraumplanung?', true],
    ['Was für Seminare habt ihr im Frühjahr?', true],
    // What the seminars bring asks what fits, not for a list.
    ['Was für Seminare bringen mir da was?', false],
    // How long the seminar on a topic takes: its list shows the times. Of no seminar in particular it is not known.
    ['wie lang geht der workshop zu öffentlichkeitsarbeit', true],
    ['Wie lange dauert die Moderationsfortbildung?', true],
    ['Wie lange dauert das Seminar?', false],
    ['Wie lange dauert die Bearbeitung eines Antrags?', false],
    // another date asked for ("einen anderen Termin"), not a thing the programme has ("Gibt es einen Zuschuss?")
    ['gibt es einen anderen Termin im Herbst?', true],
    // an overview of the seminars is their list; the overview of what they cost is not
    ['Ich bräuchte eine Übersicht der Online-Seminare im Herbst.', true],
    ['Ich hätte gern eine Übersicht aller Workshops im Juni.', true],
    ['Mir fehlt noch der Überblick, was eure Fortbildungen kosten.', false],
  ])('"%s" asks for seminars: %s', (text, expected) => expect(isSeeking(readUtterance(text).apart)).toBe(expected));

  it.each([
    ['Wann ist Anmeldeschluss für das Pressearbeit Seminar?', true],
    ['Werden Reisekosten erstattet, wenn ich zum Präsenzseminar fahre?', true],
    ['Welche Seminare gibt es im März?', false],
    ['Gibt es für Rollstuhlfahrer passende Räume bei den Präsenzseminaren?', false],
  ])('"%s" names one seminar: %s', (text, expected) => expect(namesSeminar(readUtterance(text).apart)).toBe(expected));

  it.each([
    ['Was bietet ihr für Leute aus der Projektleitung an?', true],
    ['Hat das Programm was für Kämmerer?', true],
    ['Welche Schulungen gibt es für Ehrenamtliche?', true],
    ['Welche Fortbildung passt zu mir?', true],
    ['Was empfehlen Sie Mitarbeiter:innen aus der Verwaltung?', true],
    ['Was kostet ein Parkplatz am Rathaus?', false],
    ['Gibt es Seminare zur Pressearbeit?', false],
    ['Womit sollte ich als Neue am besten anfangen?', true],
    ['Keine Ahnung, wo ich da anfangen soll', true],
    ['Was wäre da gut für mich?', true],
    ['Anything for me?', true],
    ['Which training should I take?', true],
    ['Where do I start?', true],
    ['Ab wann kann ich mich anmelden?', false],
    ['Welches Seminar ist am besten für jemanden, der Social Media macht?', true],
    ['Es wäre gut zu erfahren, was Leuten aus dem Ehrenamt angeboten wird.', true],
    ['Ich frage für eine Kollegin aus der Kämmerei.', true],
    ['Anything useful for us?', true],
    ['Was sollte ich da am besten besuchen?', true],
    ['Gibts da was von euch?', true],
    ['Was kann ich tun, wenn ich krank bin?', false],
    ['Welches Seminar ist in Erlangen?', false],
    ['Ich frage mich, was das kostet.', false],
    ['Was kostet die Fortbildung für Netzwerkkoordinatoren?', false],
    ['Warum ist Fortbildung für Inklusionsprojekte so wichtig?', false],
    ['Gibt es eine Fortbildung für Netzwerkkoordinatoren, die nichts kostet?', true],
    ['Was muss ich unbedingt an Fortbildungen mitnehmen?', true],
    ['Unsere neuen Kolleginnen sind frisch von der Uni. Was sollten die als Erstes machen?', true],
    ['Anything for her?', true],
    ['Was sollte man als Erstes machen, wenn man sich anmelden will?', false],
    ['Do I have to pay anything for the seminar?', false],
    ['Welche passenden Seminare gibt es für Ehrenamtliche?', true],
    ['Ich sitze im Rollstuhl und brauche ein passendes WC.', false],
    ['Gibt es dort passende Parkplätze?', false],
    ['Was könnte mir helfen?', true],
    ['Ich mach bei uns die Anträge. Was hilft mir da weiter?', true],
    ['Was würde uns am meisten nützen?', true],
    ['Wobei kannst du mir helfen?', false],
  ])('"%s" asks for training for someone: %s', (text, expected) => expect(isTrainingRequest(f(text))).toBe(expected));

  it.each([
    ['Ich bin Kämmerin', true],
    ['ich arbeite als Referentin', true],
    ['Öffentlichkeitsarbeit als Thema der Qualifizierung', false],
    ['Seminare zur Pressearbeit', false],
    ['Ich soll mich ab jetzt um die Pressearbeit kümmern', true],
    ['ich kümmer mich ums Geld', true],
    ['Ich sitze im Landratsamt', true],
    ['Die ganze Abrechnung bleibt an mir hängen', true],
    ['Gibt es was für Leute wie mich?', true],
    ['I do the press work for our network', true],
    ["I'm in charge of the budget", true],
    ['Wer kümmert sich um die Anmeldung?', false],
  ])('"%s" says who someone is: %s', (text, expected) => expect(isRoleStatement(f(text))).toBe(expected));

  it.each([
    ['das hilft mir nicht', true],
    ['Das war nicht das, was ich gesucht habe', true],
    ['nicht hilfreich', true],
    ['bringt mich nicht weiter', true],
    ['das bringt mir grad gar nix', true],
    ['Das bringt mich jetzt echt null weiter', true],
    ['hilft mir halt auch nix', true],
    ['Bringt mir das Seminar jetzt was?', false],
    ['Quatsch', true],
    ['du verstehst mich nicht', true],
    ['Sie verstehen mich einfach nicht', true],
    ['Nein, das meinte ich nicht', true],
    ['blöder Bot', true],
    ['Hilft das Seminar beim Antrag?', false],
    ['Was bringt mir die Qualifizierung?', false],
    ['Ist es Quatsch, dass ich mich als Ehrenamtliche für ein Seminar zur Moderation und Beteiligung in unserem Netzwerk anmelde?', false],
    // not being understood is the same complaint
    ['Ich frage jetzt zum zweiten Mal und du verstehst mich einfach nicht.', true],
    ['You just don\'t get me.', true],
    ['Verstehst du Englisch?', false],
    // an answer that does not fit the question, not a request for what fits
    ['Deine Antwort passt überhaupt nicht zu dem, was ich gefragt hab.', true],
    ['Das passt alles nicht mehr zu meiner Frage von vorhin.', true],
    ['Das Seminar passt nicht zu meiner Rolle', false],
  ])('"%s" says an answer did not help: %s', (text, expected) => expect(isNotHelpful(f(text))).toBe(expected));

  it.each([
    ['Kann ich mit einem Menschen sprechen?', true],
    ['Ich möchte lieber mit einer echten Person reden', true],
    ['ich will eine echte Person', true],
    ['Ich möchte mit jemandem vom Bildungsteam reden', true],
    ['Mit wem kann ich sprechen?', true],
    ['bitte einen Menschen', true],
    ['Wen kann ich anrufen?', true],
    ['Schreibe ich hier mit einem Menschen?', false],
    ['Menschen mit Behinderung beteiligen', false],
    ['Ich hätte gern ein persönliches Gespräch', true],
    ['Kann ich ein Gespräch mit jemandem vom Team führen?', true],
    ['Speicherst du unsere Gespräche?', false],
    ['Wie führe ich ein Gespräch mit Betroffenen?', false],
    ['Kann ich mit einer Mitarbeiterin aus dem Bildungsteam direkt sprechen?', true],
    ['Kannst du mich mit jemandem aus dem Bildungsteam verbinden?', true],
    ['Verbinden Sie mich bitte mit einer Ansprechperson.', true],
    ['Kann mich jemand zurückrufen? Ruft mich bitte zurück.', true],
    ['Wie verbinden wir unsere Netzwerke mit der Verwaltung?', false],
  ])('"%s" wants a person: %s', (text, expected) => expect(wantsHuman(f(text))).toBe(expected));

  it.each([
    ['Bist du ein Mensch?', true],
    ['Wer beantwortet hier meine Fragen – ein Chatbot oder Mitarbeiter*innen der Aktion Mensch?', true],
    ['Schreibt hier ein Mensch oder eine KI?', true],
    ['Ist das Programm für Menschen mit Behinderung oder für alle?', false],
  ])('"%s" asks whether the bot is a person: %s', (text, expected) => expect(asksWhatBotIs(f(text))).toBe(expected));

  it.each([
    ['Kannst du auch in Leichter Sprache antworten?', true],
    ['Kannste mir des auch in einfacher Sprache sagen?', true],
    ['Antworte bitte in einfacher Sprache', true],
    ['Ich kann leider nur Texte in Leichter Sprache gut verstehen.', true],
    ['Ich kann leider nur Texte lesen, die in einfacher Sprache geschrieben sind.', true],
    ['Als Selbstvertreter brauche ich Texte in Leichter Sprache, sonst komme ich nicht mit.', true],
    ['Unser Beirat besteht aus Selbstvertreter*innen mit Lernschwierigkeiten. Kannst du auch in Leichter Sprache antworten?', true],
    ['Can you answer in English? Or in easy German at least', true],
    // what is learnt, made or handed out in Leichte Sprache, or someone else who writes it
    ['Ich brauche die Unterlagen in Leichter Sprache', false],
    ['Kannst du unseren Flyer in Leichte Sprache übersetzen?', false],
    ['Wie lerne ich, in Leichter Sprache zu schreiben?', false],
    ['Können die Seminare auch in Leichter Sprache stattfinden?', false],
    ['Wir brauchen jemanden, der Leichte Sprache kann', false],
    ['Gibt es Seminare in Leichter Sprache?', false],
  ])('"%s" wants the answers in Leichte Sprache: %s', (text, expected) => expect(asksEasyLanguage(f(text))).toBe(expected));

  it.each([
    ['Was kostet ein Kilo Tomaten?', true],
    ['Was kostet eigentlich ein Rollstuhl?', true],
    ['how much does a hearing aid cost?', true],
    ['Was kostet das?', false],
    ['Was kostet uns das im Jahr?', false],
    ['Wie viel kostet ein Platz im Seminar?', false],
    ['Was kostet eine Übernachtung in Erlangen?', false],
    ['Was kosten eure Angebote?', false],
    ['Was kostet der Moderationskurs?', false],
    ['How much does it cost?', false],
    ['Was kostet der Spaß eigentlich, wenn wir da jemanden hinschicken?', false],
    ['was kostet das ganze und wie meld ich mich an', false],
    ['Was kostet das für Teilnehmer aus dem Landkreis?', false],
  ])('"%s" asks the price of something that is no part of the programme: %s', (text, expected) => expect(asksPriceOfOther(f(text))).toBe(expected));

  it.each([
    ['Wie spät ist es?', true],
    ['wie viel uhr ist es gerade', true],
    ['Wetter morgen in Nieder-Olm', true],
    ['What time is it?', true],
    ['Wann ist der Anmeldeschluss, ist es schon zu spät?', false],
    ['Findet das Seminar bei jedem Wetter statt?', false],
    ['Wie viel Uhr beginnt das Seminar?', false],
  ])('"%s" asks for the time, the date or the weather: %s', (text, expected) => expect(asksClockOrWeather(f(text))).toBe(expected));

  it.each([
    ['ja', true],
    ['hat geholfen', true],
    ['nein', false],
    ['nicht hilfreich', false],
    ['Was kostet das?', undefined],
  ])('"%s" right after an answer is feedback %s', (text, expected) => expect(feedbackIn(f(text))).toBe(expected));

  it.each([
    ['Gibt es auch Projektmanagementschulungen oder nur Inklusionsfachwissen?', true],
    ['Sind die Seminare auch für Selbstvertreter*innen geeignet oder eher für Fachkräfte?', true],
    ['Gibt es Seminare zu Fördermitteln oder Buchhaltung?', false],
    // what the offer as a whole holds on a field
    ['Welche Inhalte umfasst das Qualifizierungsangebot im Bereich Projektsteuerung?', true],
    ['Welche Inhaltsbereiche deckt das Qualifizierungsangebot hinsichtlich Öffentlichkeitsarbeit ab?', true],
    ['Umfasst das Fortbildungsprogramm auch Inhalte zur Fördermittelakquise?', true],
    ['Welche Inhalte hat das Seminar zur Moderation?', false],
  ])('"%s" asks what the programme covers: %s', (text, expected) => expect(asksScope(f(text))).toBe(expected));

  it.each([
    ['Gibt es die Seminarunterlagen auch in Leichter Sprache?', true],
    ['Bekommen wir die Folien vorher?', true],
    ['Gibt es Seminare in Leichter Sprache?', false],
  ])('"%s" names a seminar\'s materials: %s', (text, expected) => expect(namesMaterials(f(text))).toBe(expected));

  it.each([
    ['Was kannst du eigentlich alles?', true],
    ['Wass kanst du alles?', true],
    ['Was kannst du eigentlich alles? Ich weiss nicht so recht wie ich dich benutzen soll', true],
    ['Wie bediene ich diesen Chatbot?', true],
    ['Wie nutze ich den Chat in Teams?', false],
    ['Gibt es eine Einstellung oder einen Tipp, wie ich dich besser bedienen kann? Ich nutze einen Screenreader.', false],
    ['Hey, was kannste so?', true],
    ['was kansnt du eigentlich alles', true],
    ['hey what can you actually do?', true],
    ['Was kannst du mir zu Fördermitteln sagen?', false],
    ['What can you do about accessible websites?', false],
    // someone new to the chat, saying nothing else ("neu" is no wish to start again)
    ['Ich bin neu hier.', true],
    ['Hallo, bin neu hier und blick noch nicht durch', true],
    ['Ich bin neu hier. Was kannst du?', true],
    ['Was kannst du eigentlich alles? Bin neu hier.', true],
    ['Ich bin neu hier als Netzwerkkoordinatorin, was empfehlt ihr?', false],
    ['Ich bin neu im Projekt.', false],
  ])('"%s" asks what the bot can do: %s', (text, expected) => expect(asksWhatBotCan(f(text))).toBe(expected));

  it.each([
    ['Muss man sich für die Online-Seminare auch anmelden, oder kann man einfach den Link nehmen?', 'muss ich mich fuer ein seminar anmelden'],
    ['Kann man einfach so vorbeikommen?', 'muss ich mich fuer ein seminar anmelden'],
    ['Kann ich mich da gleich hier anmelden?', 'wie melde ich mich im chat an'],
    ['Wie lange vorher muss man sich anmelden?', 'bis wann kann ich mich anmelden'],
    ['Bis wann muss ich mich anmelden?', undefined],
    ['Muss ich mich für jedes Seminar einzeln anmelden?', undefined],
    ['Ich begleite eine Selbstvertreterin. Muss ich mich extra anmelden?', undefined],
  ])('"%s" asks whether, here or how long before one registers, in the FAQ\'s words: %s', (text, expected) => expect(registeringHereOrWhen(f(text))).toBe(expected));

  it.each([
    ['Bieten Sie auch Fortbildungen für Ehrenamtliche an, oder richten die sich nur an die Verwaltung?', true],
    ['Gibt es Seminare speziell für Kämmerer, oder sind die für alle offen?', true],
    ['Können wir teilnehmen, oder ist das nur für die Modellkommunen?', true],
    ['Gibt es Seminare für Ehrenamtliche?', false],
    ['Welche Seminare gibt es online oder nur in Präsenz?', false],
    ['Können auch Selbstvertreter*innen aus unserem Beirat mit zu den Fortbildungen?', true],
    ['Darf mein Praktikant mit zum Workshop?', true],
    // one's assistance comes along for support, no question who may take part
    ['Darf meine persönliche Assistenz mit ins Seminar?', false],
  ])('"%s" asks who may take part: %s', (text, expected) => expect(asksWhoMayJoin(f(text))).toBe(expected));

  it.each([
    ['Dürfen Begleitpersonen kostenlos mitkommen?', true],
    // "mit zu den Seminaren": coming along, said with "mit" and where to
    ['Dürfen Begleitpersonen mit zu den Seminaren?', true],
    ['Kann meine Assistenz mit in die Schulung?', true],
    ['Wir arbeiten mit einer Begleitperson.', false],
    ['Darf mein Kollege mit zu den Seminaren?', false],
  ])('"%s" brings a person who supports someone along: %s', (text, expected) => expect(bringsSupportPerson(f(text))).toBe(expected));

  it.each([
    ['Brauche einen Überblick über alles, was ihr zu Barrierefreiheit im öffentlichen Raum anbietet.', true],
    ['Was bieten Sie im Bereich Moderation an?', false],
    ['Zeig mir, was ihr im Angebot habt', true],
    ['Ich weiß nicht, was ihr für Leute wie mich anbietet', false],
  ])('"%s" asks what is offered on something: %s', (text, expected) => expect(asksWhatIsOffered(f(text))).toBe(expected));

  it.each([
    ['Am 12. Februar hätte ich den ganzen Tag Zeit', true],
    ['Ich hab drei Kinder und kann eigentlich nur vormittags.', true],
    ['Ich kann wegen meiner Behinderung schlecht reisen, von zu Hause aus wäre ideal.', true],
    ['Ich habe nur im März Zeit', true],
    // no time is the opposite
    ['Im März habe ich leider keine Zeit', false],
    ['Hätte ich Zeit für das Seminar im März?', false],
    ['Ich kann nur online teilnehmen, wenn es Untertitel gibt.', false],
  ])('"%s" tells when or how one could come: %s', (text, expected) => expect(tellsWhenAvailable(f(text))).toBe(expected));

  it.each([
    ['Ich kümmere mich um alles rund ums Geld und hab das nie gelernt.', true],
    ['Kollege aus dem Bauamt hat null Plan vom Thema', true],
    ['Das habe ich in der Ausbildung gelernt.', false],
    ['Ich habe keinen Plan, wann ich Zeit habe.', false],
    ['Ich suche eine Fortbildung für mich.', true],
    // what to do about a workshop one cannot come to is a question of its own, no wish for training
    ['ich bin krank und kann morgen nicht zum workshop kommen was muss ich machen', false],
    // what someone new to a task does not know yet
    ['Unsere neue Netzwerkkoordinatorin kommt aus der Privatwirtschaft und kennt die Verwaltung überhaupt nicht.', true],
    ['Unsere Koordinatorin ist super motiviert, aber Netzwerkarbeit kennt sie bisher nur aus Büchern.', true],
    ['Die neue Kollegin kommt aus einem ganz anderen Bereich.', true],
    ['Unsere neue Kollegin aus der Verwaltung hat noch nie mit Menschen mit Behinderung gearbeitet.', true],
    ['Kennt ihr das Seminar in Rostock?', false],
    ['Ich komme aus einem anderen Bundesland, darf ich teilnehmen?', false],
  ])('"%s" says training is needed: %s', (text, expected) => expect(needsTraining(f(text))).toBe(expected));

  it.each([
    ['Dürfen auch Lehrkräfte einer Grundschule an den Seminaren teilnehmen?', ['lehrkraefte', 'einer', 'grundschule']],
    ['Können Leute aus dem Sportverein zu den Fortbildungen kommen?', ['leute', 'aus', 'dem', 'sportverein']],
    ['Teilnahme als Kirchengemeinde?', ['kirchengemeinde']],
    ['Ob die Seminare auch für Firmen offen sind?', ['firmen']],
    ['Ist eine Teilnahme von Vertretern der Handwerkskammer an den Qualifizierungsmaßnahmen vorgesehen?', ['vertretern', 'der', 'handwerkskammer']],
    // Said of oneself, a level, or in the middle of a story: no group asked about.
    ['Kann ich an dem Seminar teilnehmen?', []],
    ['Ist das Angebot auch für absolute Einsteiger gedacht?', []],
    ['Ich hab kaum Budget und kann sowieso nur von zu Hause aus teilnehmen.', []],
    ['Mein Kollege aus der Buchhaltung kann nur an Terminen in Niedersachsen teilnehmen.', []],
  ])('"%s" asks whether this group may take part: %j', (text, expected) => expect(groupAsked(f(text))).toEqual(expected));

  it.each([
    ['Ist meine Anfrage angekommen?', true],
    ['Ich habe bisher keine Antwort bekommen', true],
    ['Ich weiß nicht, ob das mit der Anmeldung durchgegangen ist', true],
    ['Prüfen Sie bitte, ob alles angekommen ist', true],
    ['Bekomme ich eine Bestätigung?', false],
    ['Bekomme ich eine Bestätigung, wenn meine Anfrage angekommen ist?', false],
    ['Hab mich im Oktober für den Moderationsworkshop angemeldet und seitdem keine Mail gesehen', true],
    ['Wir haben uns angemeldet, aber bis heute kein Wort gehört', true],
    ['hab mich letzte Woche angemeldet, aber nie ne Bestätigungsmail gekriegt', true],
    // No mail address is no answer missing; no confirmation yet is what the FAQ on the enquiry's next steps answers.
    ['Können Ehrenamtliche angemeldet werden, die keine Mail haben?', false],
    ['Ich habe mich angemeldet, aber noch keine Bestätigung bekommen', false],
  ])('"%s" asks for the state of an enquiry sent: %s', (text, expected) => expect(asksEnquiryStatus(f(text))).toBe(expected));

  it.each([
    ['Ich suche eine Stelle als Heilerziehungspfleger', true],
    ['Kann man bei der Aktion Mensch arbeiten?', true],
    ['Wie bewerbe ich mich bei Aktion Mensch?', true],
    ['Sucht ihr momentan Leute?', true],
    // Filling the project's own positions is the programme's question (the FAQ on staffing).
    ['Wie finden wir Leute für unsere offenen Stellen im Projekt?', false],
    ['Ich möchte mich für das Seminar bewerben', false],
    ['Unsere Stadt sucht gerade Mitarbeiter für das Projekt, wie finden wir die?', false],
    ['Arbeiten die Referentinnen fest bei der Aktion Mensch?', false],
    // The pay of a post is a question of employment too; paying for a seminar or funding a salary is not.
    ['Gehalt Projektleitung?', true],
    ['Wie viel verdienen Netzwerkkoordinator*innen im TVöD?', true],
    ['Eingruppierung einer Inklusionsbeauftragten nach Entgeltordnung', true],
    ['Gehaltsstufe nach TV-L für Koordinator*innen?', true],
    ['Muss ich das Seminar von meinem Gehalt bezahlen?', false],
    ["Does Aktion Mensch fund the coordinator's salary?", false],
    ['Lohnt sich das Seminar für mich?', false],
    ['Die Kolleg*innen haben sich eine Fortbildung verdient', false],
  ])('"%s" looks for a job: %s', (text, expected) => expect(looksForJob(f(text))).toBe(expected));

  it.each([
    // Written as one word ("Aktion-Mensch-Los" folds to "aktionmenschlos"), the lottery and its funding are still read.
    ['Wie krieg ich so ein Aktion-Mensch-Los?', true],
    ['Chancen beim Aktion-Mensch-Los?', true],
    ['Können wir eine Aktion-Mensch-Förderung für den Spielplatz bekommen?', true],
    ['Gibt es eine Aktion-Mensch-Förderung für Fortbildungen?', false],
    ['Was ist denn da los?', false],
  ])('"%s" asks about other Aktion Mensch funding: %s', (text, expected) => expect(asksOtherFunding(f(text))).toBe(expected));

  it.each([
    ['Kita-Anmeldung', true],
    ['Wie funktioniert die Schulanmeldung?', true],
    ['Gewerbeanmeldung online', true],
    ['Wohnungsanmeldung und Hundeanmeldung', true],
    ['Schulung Anmeldung', false],
    ['Wir wollen drei Leute schulen, anmelden wie?', false],
    ['Anmeldung zum Seminar', false],
  ])('"%s" asks about an office\'s benefits or services: %s', (text, expected) => expect(asksAboutBenefits(f(text))).toBe(expected));

  it.each([
    ['Erste-Hilfe-Kurs Kosten', true],
    ['Wo melde ich mich für den Führerscheinkurs an?', true],
    ['Gibt es eine Excel-Schulung?', true],
    ['An excellent course on networks?', false],
    ['Gibt es einen Kurs zu barrierefreien Veranstaltungen?', false],
  ])('"%s" names another provider\'s training: %s', (text, expected) => expect(namesOtherProvider(f(text))).toBe(expected));

  it.each([
    ['Wie lange dauert das Seminar Netzwerke steuern?', true],
    ['wie lang geht der workshop zu öffentlichkeitsarbeit', true],
    ['Wie lange dauert das Seminar ungefähr?', false],
    ['Wie lange dauert das Seminar insgesamt?', false],
    ['Wie lange dauert der Kurs heute?', false],
  ])('"%s" asks how long a seminar named takes: %s', (text, expected) => expect(asksHowLongSeminar(f(text))).toBe(expected));

  it.each([
    ['Wo ist das?', true],
    ['Gibt es da noch Plätze?', true],
    ['Was kostet das?', false],
    ['Wo finde ich die Termine?', false],
    ['Gibt es die Seminare auch in Leichter Sprache?', false],
  ])('"%s" asks about the seminar just shown: %s', (text, expected) => expect(asksAboutShownSeminar(f(text).split(' '), f(text))).toBe(expected));

  it.each([
    ['Ich will mich für das Seminar zu Netzwerkarbeit anmelden, wie geht das?', 'wie geht das fuer die anmeldung'],
    ['Ich möchte mich anmelden, was brauchen Sie von mir?', 'was brauchen sie von mir fuer die anmeldung'],
    ['Anmeldeformalitäten für die Präsenzveranstaltung: Welche Angaben sind erforderlich?', 'welche angaben sind erforderlich fuer die anmeldung'],
    ['Ich habe mich angemeldet, wie geht das jetzt weiter?', undefined],
    ['Wie geht das mit den Kosten?', undefined],
    ['Ich möchte mich abmelden, was muss ich tun?', undefined],
    ['Ich möchte mich für den nächsten Termin ummelden, wie geht das?', undefined],
    // in other words than the FAQ's: what to send, how it goes with registering, in English
    ['Ich will mich für den Workshop zu Social Media anmelden, was muss ich euch alles schicken?', 'welche angaben braucht ihr fuer die anmeldung'],
    ['Ich würde mich gern für das Seminar im Mai anmelden, weiß aber nicht, wie das mit dem Anmelden geht.', 'wie geht das fuer die anmeldung'],
    ['How do I sign up for the seminar on moderation?', 'wie melde ich mich an fuer die anmeldung'],
    ['I want to register for the seminar on fundraising. Do I have to send an email?', 'wie melde ich mich an fuer die anmeldung'],
    ['Ich will mich für den Kurs zu Leichter Sprache anmelden. Klappt das hier?', 'wie melde ich mich an fuer die anmeldung'],
    ['Ich möchte mich für das Seminar zur Moderation anmelden, wie gehe ich da vor?', 'wie geht das fuer die anmeldung'],
    ['will mich anmelden für das buchhaltungsseminar was brauch ihr', 'was brauchen sie von mir fuer die anmeldung'],
    // not knowing what is needed or how, said after the wish; the data asked for, whatever follows the question
    ['Ich würde mich gern für den Workshop zu Social Media anmelden, weiß aber nicht, was Sie alles von mir brauchen.', 'was brauchen sie von mir fuer die anmeldung'],
    ['meine chefin will dass ich mich für das seminar zu öffentlichkeitsarbeit eintrage, hab aber keinen plan wie', 'wie melde ich mich an fuer die anmeldung'],
    ['Ich moechte mich fuer einen Workshop anmelden. Welche Angaben brauchen Sie dafuer von mir? Viele Gruesse, Marlies', 'was brauchen sie von mir fuer die anmeldung'],
    ['Ich möchte mich anmelden, weiß aber nicht, wie lange das Seminar dauert.', undefined],
  ])('"%s" asks how to register, with the wish to: %s', (text, expected) => expect(howToRegisterQuestion(f(text))).toBe(expected));

  it.each([
    ['Gibt es die Seminare auch in Leichter Sprache?', true],
    ["Gibt's die Workshops mit Gebärdensprache?", true],
    ['Sind die Seminare auch in Leichter Sprache?', true],
    ['Mich würde interessieren, ob es auch Seminare in Leichter Sprache gibt.', true],
    ['Are the seminars captioned?', true],
    ['Welche Seminare sind in Leichter Sprache?', false],
    ['Seminare in Leichter Sprache', false],
  ])('"%s" asks whether something is so: %s', (text, expected) => expect(asksWhether(f(text))).toBe(expected));

  it.each([
    ['Ich habe mich letzte Woche angemeldet und brauche jetzt eine Begleitperson, kann ich das nachtragen?', true],
    ['Ich hab aus Versehen zweimal die Anmeldung abgeschickt.', true],
    ['Ich bin für den Workshop eingetragen, kann meine Kollegin statt mir hingehen?', true],
    ['Kann ich meine Anmeldung noch ändern?', false],
    ['Ich habe mich angemeldet. Bekomme ich eine Bestätigung?', false],
    ['Ich habe mich für den Workshop angemeldet, muss aber arbeiten. Wie sage ich ab?', true],
    ['Wie melde ich mich wieder ab?', false],
    ['Ich hatte mich letzte Woche per Mail für das Seminar zum Projektmanagement angemeldet, jetzt brauche ich eine Begleitperson. Kann ich das nachtragen?', true],
    // not coming on the booked day says there is a registration
    ['Kurze Info: Ich kann morgen doch nicht zum Seminar kommen.', true],
    ['Wir sind an dem Tag leider verhindert.', true],
    ['Ich kann nicht zum Präsenzseminar kommen, gibt es das auch online?', false],
    ['Was passiert, wenn ich am Tag nicht teilnehmen kann?', false],
    // said without the verb of coming, or as the participation that falls through
    ['Am 20. Januar kann ich jetzt doch nicht, da haben wir Haushaltsklausur.', true],
    ['Bin beim Workshop am 12. doch nicht dabei und will niemandem den Platz wegnehmen.', true],
    ['Meine Teilnahme am Donnerstag muss leider ausfallen, wir haben eine Ratssitzung.', true],
    ['Kann ich doch nicht einfach so hingehen?', false],
    ['Unsere Kommune ist nicht dabei, darf ich trotzdem teilnehmen?', false],
    ['Was passiert, wenn meine Teilnahme am Donnerstag ausfallen muss?', false],
    // the date no longer suits, or something came up, after registering
    ['Ich bin für Mittwoch eingetragen, aber jetzt geht bei mir nur noch Freitag.', true],
    ['Ich hatte mich für den Workshop im Mai angemeldet, jetzt ist mir etwas dazwischengekommen.', true],
    ['Ich habe mich für das Präsenzseminar angemeldet, darf aber ab April nicht mehr reisen.', true],
    ['Wir haben uns zu zweit angemeldet, aber der Vertrag meiner Kollegin wird nicht verlängert.', true],
    ['Unser Termin im März passt mir jetzt doch nicht.', true],
    ['Ich habe mich angemeldet und es gibt nur noch zwei Plätze. Bin ich dabei?', false],
    ['Passt der Termin im März auch für Anfänger?', false],
    // something else on the booked day, or the registration to hand on or to keep with a changed address
    ['Ich hatte mich letzte Woche für das Seminar angemeldet. Jetzt ist an dem Tag Gemeinderatssitzung.', true],
    ['Ich habe mich für das Online-Seminar angemeldet, mein Chef hat mir genau für den Tag eine Dienstreise aufgedrückt.', true],
    ['Meine E-Mail-Adresse hat sich geändert, ich bin aber schon für zwei Seminare angemeldet.', true],
    ['Ich habe mich angemeldet. Kann ich den Platz auf meine Kollegin übertragen?', true],
    ['Für den Termin am 14. hab ich mich eingetragen, aber jetzt hat der Rat ausgerechnet da eine Sondersitzung angesetzt.', true],
    ['Was passiert an dem Tag im Seminar?', false],
  ])('"%s" changes a registration already sent: %s', (text, expected) => expect(changesSentEnquiry(f(text))).toBe(expected));

  it.each([
    ['Unser Weiterbildungsbudget ist für dieses Jahr schon aufgebraucht.', true],
    ['Für Fortbildungen ist bei uns im Haushalt nichts mehr übrig.', true],
    ['Wir haben kein Geld mehr für Schulungen.', true],
    ['Der Topf für Weiterbildung ist leider leer.', true],
    ['Mein Persönliches Budget wurde gekürzt.', false],
    ['Wie plane ich das Budget für unser Projekt?', false],
  ])('"%s" tells that no money is left for training: %s', (text, expected) => expect(hasNoTrainingBudget(f(text))).toBe(expected));

  it.each([
    ['Ist die Teilnahme an den Qualifizierungsmaßnahmen für kommunale Bedienstete kostenfrei?', true],
    ['sind die seminare der aktion mensch wirklich kostenlos??', true],
    ['Fallen Teilnahmegebühren an?', true],
    ['Ist die Übernachtung beim Seminar kostenlos?', false],
    ['Sind die Seminarunterlagen kostenlos?', false],
    ['Darf meine Assistenz kostenlos mit zum Workshop?', false],
    ['Ist das Parken am Rathaus kostenlos?', false],
    ['Ist die Teilnahme am Stadtlauf kostenlos?', false],
  ])('"%s" asks whether taking part is free: %s', (text, expected) => expect(asksIfFree(f(text))).toBe(expected));

  it.each([
    ['Ich bin schwerhörig und verstehe in Online-Seminaren oft wenig.', true],
    ['Meine Kollegin ist blind und nutzt einen Screenreader.', true],
    ['Darf mein Assistenzhund mit ins Seminar?', true],
    ['I am deaf, is that a problem?', true],
    ['Ich lerne eher langsam.', true],
    ['Ich komme mit Blindenführhund.', true],
    ['Bei Präsenzseminaren bräuchte ich eine Induktionsschleife.', true],
    ['Ich hab Angst, dass ich mit meiner Lernschwierigkeit nicht mitkomme.', true],
    ['Wie kommen Leute im Rollstuhl zum Bürgerhaus?', false],
    ['Mein Hund kommt mit dem Rollstuhl nicht klar.', false],
    ['Welche Seminare gibt es zu barrierefreien Veranstaltungen?', false],
    ['Wie kommen Rollstuhlfahrer zum Bürgerhaus?', false],
  ])('"%s" tells a need of its own: %s', (text, expected) => expect(statesOwnNeed(f(text))).toBe(expected));

  it.each([
    ['Empfiehlt die Aktion Mensch etwas dazu, wie man die Stelle besetzen sollte?', true],
    ['Gibt es von Aktion Mensch Empfehlungen, nach welchen Kriterien wir Personal auswählen?', true],
    ['Existiert seitens der Aktion Mensch eine Empfehlung zur hauptamtlichen Koordination?', true],
    ['Was würdest du mir als Kämmerin empfehlen?', false],
    ['Ich habe eine Empfehlung für das Seminar bekommen.', false],
  ])('"%s" asks what the Aktion Mensch advises: %s', (text, expected) => expect(asksProgrammesAdvice(f(text))).toBe(expected));

  it.each([
    ['Zeig mal alle Online-Sachen, die im Herbst laufen', true],
    ['Gibts im Frühjahr irgendwas in der Nähe von Rostock?', true],
    ['Was gibt es zu Öffentlichkeitsarbeit?', true],
    ['Zeig mal, wie das geht', false],
    ['Gibts im Rathaus einen Aufzug?', false],
    // the apostrophe as typed ("gibt s" folded) reads as "gibts"
    ["Gibt's auch was in Rostock?", true],
    ["Gibt’s im Mai was online?", true],
    // whether something is on, asked with a word between ("ob … noch was online läuft")
    ['ich wollt fragen ob im mai noch was online läuft', true],
    ['Weißt du, ob im Herbst noch was zu Moderation stattfindet?', true],
    ['Was genau läuft da ab?', false],
    // "Do you have anything on …?" asks what is on, in English
    ['Do you have anything on inclusive events?', true],
    ['Do you guys offer something about grant writing, ideally online?', true],
    ['Do you have anything to drink at the venue?', false],
    // a time with an article after its preposition ("nach den Osterferien")
    ['Habt ihr nach den Osterferien was online?', true],
    ['Gibt es vor den Sommerferien noch was zu Moderation?', true],
  ])('"%s" asks what is on: %s', (text, expected) => expect(asksWhatIsOn(f(text))).toBe(expected));

  it.each([
    ['Ich möchte mich für den Workshop am 14. Januar abmelden.', true],
    ['ich muss leider für den workshop in kw 5 absagen', true],
    ['Bitte stornieren Sie meine Anmeldung.', true],
    ['Ich sage den Termin im März hiermit ab.', true],
    ['Kann ich auf einen späteren Termin umbuchen?', true],
    ['Gibt es im März noch Seminare?', false],
    ['Ich melde mich für den Workshop an.', false],
    ['Bekomme ich sicher eine Zusage, oder können auch Absagen kommen?', false],
    ['wie meld ich mich wieder ab', true],
    ['Umbuchungsmöglichkeit auf einen anderen Termin?', true],
  ])('"%s" withdraws or moves a registration: %s', (text, expected) => expect(withdraws(f(text))).toBe(expected));

  it.each([
    ['Können Sie mir ein barrierefreies Hotel in Bahnhofsnähe empfehlen?', true],
    ['Könnt ihr einen barrierefreien Saal in Erlangen empfehlen?', true],
    ['Können Sie mir ein Seminar empfehlen?', false],
    ['Können Sie mir eine gute Fortbildung für den Einstieg empfehlen?', false],
    ['Was können Sie mir empfehlen?', false],
    ['Können Sie mir etwas empfehlen?', false],
    ['Can you recommend a good restaurant in Erlangen?', true],
    // "ein Inklusionsprojekt" is not what "any recommendations" asks for
    ['Ich mache jetzt PR für ein Inklusionsprojekt. Any recommendations?', false],
    ['Ich mache jetzt PR für ein Inklusionsprojekt, wumm, ohne Erfahrung, habt ihr was?', false],
  ])('"%s" recommends a thing that is no training: %s', (text, expected) => expect(recommendsOtherThing(f(text))).toBe(expected));
});
