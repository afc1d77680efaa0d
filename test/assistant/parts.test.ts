// Where a message asks more than one thing: the cut of its one reading into parts that are each read on their own.
import { describe, expect, it } from 'vitest';
import { afterComplaint, asksSomething, laterClauses, leadingClause, messageParts } from '../../src/assistant/understand/parts.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';

const partsOf = (text: string) => messageParts(readUtterance(text))?.map((u) => u.text);

describe('several questions in one message', () => {
  it.each([
    ['Was kostet das? Und welche Seminare gibt es im März?', ['Was kostet das?', 'welche Seminare gibt es im März?']],
    ['Bekomme ich eine Bescheinigung? Und werden Fahrtkosten erstattet?', ['Bekomme ich eine Bescheinigung?', 'werden Fahrtkosten erstattet?']],
    ['Was kostet das und muss ich mich anmelden?', ['Was kostet das', 'muss ich mich anmelden?']],
    ['Sind die Seminare kostenlos und gibt es welche in Berlin?', ['Sind die Seminare kostenlos', 'gibt es welche in Berlin?']],
    ['Ich bin Kämmerin. Kostet das etwas?', ['Ich bin Kämmerin.', 'Kostet das etwas?']],
    ['Wer darf teilnehmen, und werden Reisekosten erstattet?', ['Wer darf teilnehmen', 'werden Reisekosten erstattet?']],
    // "und wie/wo …" without a sentence end, after a question that does not start with a plain question word
    ['Für wen ist das Programm gedacht und wo finden die Seminare statt?', ['Für wen ist das Programm gedacht', 'wo finden die Seminare statt?']],
    // a list with commas
    ['Wer darf teilnehmen, was kostet es, und wie melde ich mich an?', ['Wer darf teilnehmen', 'was kostet es', 'wie melde ich mich an?']],
    // "und außerdem" cuts, and its "und" goes with it
    ['Ich brauche die Termine im März und außerdem eine Übersicht der Kosten.', ['Ich brauche die Termine im März.', 'eine Übersicht der Kosten.']],
    // "Zwei Sachen wären gut zu wissen:" announces the questions and asks nothing itself
    ['Zwei Sachen wären gut zu wissen: was es im März online gibt, und wie das hier im Chat mit meinen Daten läuft.', ['was es im März online gibt', 'wie das hier im Chat mit meinen Daten läuft.']],
    // after a joiner, a piece of information asked for ("die Info, ob …", "ich müsste auch wissen, wie …") is a question of its own
    ['Einmal die Termine zu Öffentlichkeitsarbeit im Frühjahr bitte, und dann noch die Info, ob es eine Bescheinigung gibt.', ['Einmal die Termine zu Öffentlichkeitsarbeit im Frühjahr bitte', 'die Info, ob es eine Bescheinigung gibt.']],
    ['Was das Seminar kostet, und ich müsste auch wissen, wie viele Stunden es umfasst.', ['Was das Seminar kostet', 'ich müsste auch wissen, wie viele Stunden es umfasst.']],
    // a question after a dash asks, so a question after it with "und" is one of its own
    ['Neu als Koordinatorin hier – was würdet ihr mir empfehlen, und muss ich für die Kurse was bezahlen?', ['Neu als Koordinatorin hier – was würdet ihr mir empfehlen', 'muss ich für die Kurse was bezahlen?']],
    // bare nouns
    ['Kosten und Termine?', ['Kosten', 'Termine']],
    ['Dauer und Ort?', ['Dauer', 'Ort']],
    ['Kosten, Termine, Anmeldung?', ['Kosten', 'Termine', 'Anmeldung']],
    ['Kosten? Termine Juni?', ['Kosten?', 'Termine Juni?']],
    // what follows the last noun is the seminars' wish (the look-up takes it from the whole message)
    ['Kosten und Termine im März?', ['Kosten', 'Termine']],
    ['Termine und Kosten für Pressearbeit?', ['Termine', 'Kosten']],
    // a role statement before a question, cut at the dash
    ['Ich bin Kämmerin – was habt ihr für mich? Und muss ich Reisekosten selbst tragen?', ['Ich bin Kämmerin', 'was habt ihr für mich?', 'muss ich Reisekosten selbst tragen?']],
    // what only announces the questions is no part
    ['Ich bin Kämmerin und habe zwei Fragen: Erstens, was kostet das? Zweitens, wo finde ich die Termine?', ['Ich bin Kämmerin', 'was kostet das?', 'wo finde ich die Termine?']],
    ['Was beinhaltet das Programm? Und noch eine zweite Frage: Gibt es eine Bescheinigung?', ['Was beinhaltet das Programm?', 'Gibt es eine Bescheinigung?']],
    ['Gibts ne Bescheinigung? Außerdem: Kann ich meine Anmeldung ändern?', ['Gibts ne Bescheinigung?', 'Kann ich meine Anmeldung ändern?']],
    // after "und", a verb before its subject asks a question of its own
    ['Welche Seminare gibt es für Koordinator*innen, und stellt ihr am Ende eine Bescheinigung aus?', ['Welche Seminare gibt es für Koordinator*innen', 'stellt ihr am Ende eine Bescheinigung aus?']],
    // officialese: two requests for information joined by "sowie", each without the frame
    ['Bitte um Auskunft zum Anmeldeschluss sowie zur Erstattung von Fahrtkosten.', ['Anmeldeschluss', 'zur Erstattung von Fahrtkosten.']],
    // the second request without its "bitte", what is asked in the genitive: each part without the frame
    ['Ich bitte um Mitteilung der Anmeldefrist sowie um Auskunft zur Erstattung der Fahrtkosten.', ['Anmeldefrist', 'Erstattung der Fahrtkosten.']],
    // "zwei Fragen" announces them; it is no frame of someone asking ("Meine Chefin fragt, ob …") to be read through
    ['Ich habe zwei Fragen: was kostet das und wo ist es', ['was kostet das', 'wo ist es']],
    // "usw." ends a sentence before a capital letter
    ['Kosten, Termine usw. Wie melde ich mich an?', ['Kosten, Termine usw.', 'Wie melde ich mich an?']],
    // after a request or a question, "und ob …" or a question word asks a question of its own
    ['hab ne frage zu den seminaren zu öffentlichkeitsarbeit und ob mein azubi da auch mit darf', ['hab ne frage zu den seminaren zu öffentlichkeitsarbeit', 'ob mein azubi da auch mit darf']],
    ['Bitte teilen Sie mir die Termine mit und ob eine Teilnahme online möglich ist.', ['Bitte teilen Sie mir die Termine mit', 'ob eine Teilnahme online möglich ist.']],
    ['Suche ein Online-Seminar zu Fördermitteln und würde gern wissen, wie die Anmeldung läuft.', ['Suche ein Online-Seminar zu Fördermitteln', 'wie die Anmeldung läuft.']],
    // a sentence that only announces the questions is no part; "Infos", "Sachen" as "Fragen"
    ['Mir fehlen noch zwei Infos: ob die Räume barrierefrei sind und ob mein Assistent mitdarf.', ['ob die Räume barrierefrei sind', 'ob mein Assistent mitdarf.']],
    ['Hey, zwei Sachen: Kostet das was und gibt es eine Bescheinigung?', ['Kostet das was', 'gibt es eine Bescheinigung?']],
    // "einerseits …, andererseits …", "zum einen …, zum anderen …"
    ['Mich interessiert einerseits, was die Seminare kosten, andererseits, wie ich mich anmelde.', ['was die Seminare kosten.', 'wie ich mich anmelde.']],
    ['Zum einen bräuchte ich was zu Pressearbeit, zum anderen hätte ich gern gewusst, wer meine Daten bekommt.', ['Zum einen bräuchte ich was zu Pressearbeit.', 'wer meine Daten bekommt.']],
    // "und gibt es …" after a statement asks also without a question mark
    ['ich will mich vom seminar im juni abmelden und gibt es einen anderen termin im herbst', ['ich will mich vom seminar im juni abmelden', 'gibt es einen anderen termin im herbst']],
    // single words typed small, each asked with its question mark
    ['kosten? anmeldefrist?', ['kosten?', 'anmeldefrist?']],
    ['Barrierefrei? Und wann?', ['Barrierefrei?', 'wann?']],
    // in a sentence that ends as a question, after "und": a question word, or a verb before its article after a question
    ['Fallen Teilnahmegebühren an und welche Anmeldeunterlagen sind einzureichen?', ['Fallen Teilnahmegebühren an', 'welche Anmeldeunterlagen sind einzureichen?']],
    ['Ist die Teilnahme für Verwaltungsangestellte kostenfrei, und erfolgt die Durchführung ausschließlich online?', ['Ist die Teilnahme für Verwaltungsangestellte kostenfrei', 'erfolgt die Durchführung ausschließlich online?']],
    // a preposition before the question word
    ['Welche Veranstaltungen finden im dritten Quartal statt, und bis zu welchem Stichtag ist eine Anmeldung erforderlich?', ['Welche Veranstaltungen finden im dritten Quartal statt', 'bis zu welchem Stichtag ist eine Anmeldung erforderlich?']],
    ['Ab welchem Zeitpunkt ist eine Anmeldung möglich, und besteht ein Rücktrittsrecht bei kurzfristiger Verhinderung?', ['Ab welchem Zeitpunkt ist eine Anmeldung möglich', 'besteht ein Rücktrittsrecht bei kurzfristiger Verhinderung?']],
    // nouns for matters of taking part, with what they are asked for after the last one
    ['Anmeldefrist und Anmeldeverfahren für die Präsenzveranstaltungen?', ['Anmeldefrist', 'Anmeldeverfahren']],
    ['Anmeldeverfahren und Anmeldeschluss der Fortbildungsangebote', ['Anmeldeverfahren', 'Anmeldeschluss']],
    // what someone was asked to find out, and "ob …" or "bis wann …" after it
    ['Meine Teamleitung bat mich herauszufinden, wie viele Seminare man pro Jahr besuchen darf und ob es eine Priorisierung gibt.', ['Meine Teamleitung bat mich herauszufinden, wie viele Seminare man pro Jahr besuchen darf', 'ob es eine Priorisierung gibt.']],
    ['Meine Chefin will von mir hören, wer teilnehmen darf und bis wann man sich eintragen muss.', ['Meine Chefin will von mir hören, wer teilnehmen darf', 'bis wann man sich eintragen muss.']],
    ['Bitte teilen Sie mir die Präsenztermine mit und klären Sie, ob Übernachtungskosten erstattungsfähig sind.', ['Bitte teilen Sie mir die Präsenztermine mit', 'klären Sie, ob Übernachtungskosten erstattungsfähig sind.']],
    // after a dash, a question asked verb first
    ['Ich möchte meine Anmeldung für März absagen – gibt es das Seminar später im Jahr nochmal?', ['Ich möchte meine Anmeldung für März absagen', 'gibt es das Seminar später im Jahr nochmal?']],
    // after a request, a question or what someone wants, what someone else (or something of one's own) is to do
    ['Ich such was zu Barrierefreiheit im Juli, und meine Nachbarin will sich gleich mit anmelden.', ['Ich such was zu Barrierefreiheit im Juli', 'meine Nachbarin will sich gleich mit anmelden.']],
    ['Ich hätte gern eine Übersicht der Seminare im Mai – und meine Daten sollen bitte nirgends gespeichert werden.', ['Ich hätte gern eine Übersicht der Seminare im Mai', 'meine Daten sollen bitte nirgends gespeichert werden.']],
    ['Die Anmeldung meiner Kollegin muss storniert werden, und ich bräuchte selbst noch einen Platz im Juni.', ['Die Anmeldung meiner Kollegin muss storniert werden', 'ich bräuchte selbst noch einen Platz im Juni.']],
    ['Ich suche ein Seminar zu Moderation im März, und mir fehlt noch ein Zertifikat vom letzten Kurs.', ['Ich suche ein Seminar zu Moderation im März', 'mir fehlt noch ein Zertifikat vom letzten Kurs.']],
  ])('%s', (text, parts) => {
    expect(partsOf(text)).toEqual(parts);
  });

  it.each([
    'Was kostet ein Seminar?',
    'Ich bin Kämmerin und möchte wissen, was das kostet',
    'Gibt es Seminare zu Netzwerkarbeit und Moderation?',
    'Seminare zu Netzwerkarbeit und Moderation',
    'Welche Seminare gibt es z. B. online?',
    'Anmeldung im Chat – wie läuft das ab?',
    'Wenn ich mich anmelde, bekomme ich dann eine Bestätigung?',
    'Was passiert, wenn ich krank werde?',
    'wer macht denn die seminare, sind das leute von euch oder externe',
    'Darf ich Ehrenamtliche mitbringen, oder ist das nur für Hauptamtliche?',
    'Hallo!',
    // a verb first after "und" with no subject after it, or a pronoun that opens a statement, goes on saying
    'Ich bin neu im Projekt und freue mich auf die Seminare',
    'Welche Seminare gibt es im Mai und ich hätte gern eins online',
    // an abbreviation is no sentence end
    'Sehr geehrte Damen und Herren, ist eine Teilnahmebescheinigung bzw. ein Fortbildungsnachweis für die Personalabteilung erhältlich?',
    'Gibt es Seminare zu Moderation bzw. Gesprächsführung, ggf. auch online?',
    'Kosten, Termine usw. würden mich interessieren',
    // "ob …" as the subject of what follows, after a statement
    'Bin im Rollstuhl, und ob ich am Seminarort überhaupt reinkomme, ist mir noch unklar.',
    'Ich bin im Rathaus und soll das Netzwerk aufbauen.',
    // without a comma or a dash, or after a statement that wants nothing, what someone else does goes on saying
    'Die Texte sollen in Leichter Sprache erscheinen und unsere Videos brauchen Untertitel.',
    'Ich bin Koordinatorin in Mainz, und meine Chefin will, dass ich mich fortbilde.',
    // a word asked alone that asks nothing about the programme, or a short one
    'echt? wirklich?',
    'ok? danke?',
    // a preposition ("statt") is no verb; a question word with a subject after it is a subordinate clause
    'Kann ich noch umswitchen und statt dem Montagstermin am Donnerstag mitmachen?',
    'Gibt es von Aktion Mensch Empfehlungen, nach welchen Kriterien wir die Stelle besetzen sollen?',
    // two topics for one wish, also with the nouns of a topic
    'Gibt es Seminare zu Moderation und Leichter Sprache?',
    'Kassenbuch und Belege der Kommune',
  ])('one question: %s', (text) => {
    expect(partsOf(text)).toBeUndefined();
  });

  it.each([
    ['Kostet das etwas?', true],
    ['wie melde ich mich an', true],
    ['Kosten', true],
    ['Ich bin neu im Projektteam.', false],
    // a request for information, its frame taken off, and a yes-or-no question after "wissen"
    ['um Information zur Reisekostenerstattung.', true],
    ['wissen, ob es eine Bescheinigung gibt.', true],
    ['Mein Chef will wissen.', false],
    // someone else's need for a list of seminars is a request too
    ['Meine Chefin braucht eine Übersicht über die Online-Seminare im Herbst.', true],
    ['Meine Chefin braucht Urlaub.', false],
  ])('"%s" asks something: %s', (text, asks) => {
    expect(asksSomething(readUtterance(text))).toBe(asks);
  });

  it('the first part of a request for information asks through the frame of the whole message', () => {
    const [first] = messageParts(readUtterance('Wir bitten um Übersendung der Termine zum Thema Fördermittel sowie um Information über die Kosten.')) ?? [];
    expect(first?.text).toBe('Termine zum Thema Fördermittel');
    expect(asksSomething(first!)).toBe(true);
    expect(asksSomething(readUtterance('Termine zum Thema Fördermittel'))).toBe(false);
  });
});

describe('a long or odd message is no list of questions', () => {
  it.each([
    ['runs of joiners', 'und '.repeat(500)],
    ['a question repeated past the cap', 'Was kostet das, '.repeat(200)],
    ['commas only', 'a, '.repeat(600)],
    ['punctuation only', '? ? ? – – –'],
  ])('%s', (_name, text) => {
    expect(partsOf(text)).toBeUndefined();
  });

  it('a topic wish with a place or project after it is one request ("Kassenbuch und Belege im Förderprojekt")', () => {
    expect(partsOf('Kassenbuch und Belege im Förderprojekt')).toBeUndefined();
  });

  it('four questions are four parts (the answer names the ones it leaves for later)', () => {
    expect(partsOf('Was kostet das? Wer darf mitmachen? Wo finde ich Termine? Gibt es eine Bescheinigung?')).toEqual(['Was kostet das?', 'Wer darf mitmachen?', 'Wo finde ich Termine?', 'Gibt es eine Bescheinigung?']);
  });

  it('more than six questions are a text, read as one message', () => {
    expect(partsOf('Was kostet das? Wer darf mitmachen? Wo finde ich Termine? Gibt es eine Bescheinigung? Wie lange dauert es? Wo ist es? Wer leitet es?')).toBeUndefined();
  });
});

describe('the question after a complaint', () => {
  it.each([
    // The frame ("Ich wollte wissen, …") is not what is asked: the question after it is.
    ['Das war nicht meine Frage. Ich wollte wissen, ob Reisekosten erstattet werden.', 'ob Reisekosten erstattet werden.'],
    ['Nee, das ist falsch. Wer darf teilnehmen?', 'Wer darf teilnehmen?'],
    ['Das hilft mir nicht, ich wollte wissen wie ich mich anmelde', 'wie ich mich anmelde'],
  ])('%s', (text, rest) => expect(afterComplaint(readUtterance(text))?.text).toBe(rest));

  it.each(['Nein, das hilft mir nicht weiter.', 'das hilft mir nicht', 'Was kostet das?', 'Quatsch.', 'Deine Antwort passt überhaupt nicht zu dem, was ich gefragt hab.', 'Das hilft nicht, wonach ich gesucht habe.'])('nothing asked again: %s', (text) => expect(afterComplaint(readUtterance(text))).toBeUndefined());
});

describe('the first clause and the clauses after it', () => {
  it.each([
    ['nur die online bitte, nach Rostock komm ich nicht', 'nur die online bitte'],
    ['Ich meinte: bei welchen ist DGS schon fest eingeplant? Das sind ja irgendwelche Seminare', 'bei welchen ist DGS schon fest eingeplant'],
    ['Danke! Und welche davon sind online?', 'Und welche davon sind online'],
    ['Nein, sorry: nur die in Köln', 'nur die in Köln'],
  ])('the first clause of "%s" is "%s" (a clause of thanks or a correction\'s lead-in alone is none)', (text, first) => {
    expect(leadingClause(readUtterance(text))?.text).toBe(first);
  });

  it('has no first clause of its own in a message of one clause', () => {
    expect(leadingClause(readUtterance('Welche davon sind online?'))).toBeUndefined();
  });

  it('reads the clauses after the first, for a follow-up explained first and asked after', () => {
    expect(laterClauses(readUtterance('Berlin und Rostock sind mir zu weit – welche gehen online?')).map((u) => u.text)).toEqual(['welche gehen online']);
    expect(laterClauses(readUtterance('Ich kann nicht gut reisen. Welche gehen von zu Hause?')).map((u) => u.text)).toEqual(['Welche gehen von zu Hause']);
    expect(laterClauses(readUtterance('Welche davon sind online?'))).toEqual([]);
  });
});
