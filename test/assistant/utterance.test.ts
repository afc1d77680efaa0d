// The one reading of a message: what the search is asked when a separable verb is split ("melde … an"), and the openers left out.
import { describe, expect, it } from 'vitest';
import { joinSplitVerbs, readUtterance } from '../../src/assistant/understand/utterance.js';

describe('split verbs joined for the search', () => {
  it.each([
    ['Wie melde ich mich an?', 'Wie melde ich mich anmelde?'],
    ['wie meld ich mich da an', 'wie meld ich mich da anmeld'],
    ['Melde ich mich hier an?', 'Melde ich mich hier anmelde?'],
    ['Was kostet das? Und wie melde ich mich an?', 'Was kostet das? Und wie melde ich mich anmelde?'],
    ['Wo trage ich das bei der Anmeldung ein?', 'Wo trage ich das bei der Anmeldung eintrage?'],
  ])('%s', (text, query) => expect(joinSplitVerbs(text)).toBe(query));

  it.each(['Wie kann ich mich anmelden?', 'Geht das auch online?', 'Wo finden die Seminare statt?', 'an'])('nothing split: %s', (text) => expect(joinSplitVerbs(text)).toBe(text));
});

describe('words that open a message and say nothing', () => {
  it.each([
    ['Moment, muss ich dafür was bezahlen?', 'muss ich dafür was bezahlen?'],
    ['Ach so, und was kostet das?', 'und was kostet das?'],
    ['Übrigens: wer darf teilnehmen?', 'wer darf teilnehmen?'],
    ['Kurze Frage: Bis wann muss ich mich anmelden?', 'Bis wann muss ich mich anmelden?'],
    ['Hallo zusammen, ich hätte da mal eine Frage: Muss ich mich anmelden?', 'Muss ich mich anmelden?'],
    // the bot called by name, as typed in Web Chat or copied from Teams
    ['@Inklusionsprofi hilfe', 'hilfe'],
    ['@Inklusionsprofi: was kostet das?', 'was kostet das?'],
  ])('"%s" is read as "%s"', (typed, read) => expect(readUtterance(typed).text).toBe(read));

  it.each(['Moment', 'Moment, bitte', 'Hallo, Frau Müller', 'Danke, das hilft'])('"%s" keeps its words (nothing or too little would be left, or they are not an opener)', (typed) => {
    expect(readUtterance(typed).text).toBe(typed);
  });
});

describe('a message dictated into a phone, or pasted from an e-mail', () => {
  it.each([
    ['hallo ich hatte mich für den workshop in rostock angemeldet Punkt leider hat mein chef einen anderen termin festgelegt Komma kann ich mich ummelden Fragezeichen danke', 'hallo ich hatte mich für den workshop in rostock angemeldet. leider hat mein chef einen anderen termin festgelegt, kann ich mich ummelden?'],
    ['gibt es eine Teilnahmebestätigung für die Personalakte Fragezeichen', 'gibt es eine Teilnahmebestätigung für die Personalakte?'],
    ['Von: Müller, Sabine Gesendet: Dienstag, 14. Mai 2024 09:12 An: Team Inklusion Betreff: WG: Fortbildung --- Hallo zusammen, kosten die Seminare etwas?', 'Fortbildung. Hallo zusammen, kosten die Seminare etwas?'],
    ['From: Jana Weber Sent: Friday, March 8, 2024 11:03 To: Team Subject: RE: Qualifizierung Gibt es Seminare zur Buchhaltung?', 'Qualifizierung Gibt es Seminare zur Buchhaltung?'],
  ])('"%s" is read as "%s"', (typed, read) => expect(readUtterance(typed).text).toBe(read));

  it.each([
    'Das ist ein wichtiger Punkt für uns, um Punkt zehn Uhr geht es los.',
    'Der Punkt ist der Preis',
    'Das Seminar dauert zwei Komma fünf Stunden',
    'Von: wem ist das Seminar?',
    'Von: Frau Meier, Datum: egal. Was kostet das Seminar?',
  ])('"%s" keeps its words: no spoken mark, no e-mail head', (typed) => expect(readUtterance(typed).text).toBe(typed));
});

describe('a message written as a letter: its salutation and its closing with the signature are not what is asked', () => {
  it.each([
    ['Sehr geehrte Damen und Herren, sind die Seminare kostenfrei? Mit freundlichen Grüßen, Gisela Wolter, Stadtverwaltung Moorbach', 'Sind die Seminare kostenfrei?'],
    ['Sehr geehrte Ansprechpartnerin, sehr geehrter Ansprechpartner, gibt es Seminare zur Buchhaltung? Hochachtungsvoll, i. A. Sachgebiet Soziales', 'Gibt es Seminare zur Buchhaltung?'],
    ['Hallo liebes Team, ich möchte mich für ein Seminar anmelden. Viele Grüße aus Steinfelde', 'Ich möchte mich für ein Seminar anmelden.'],
    ['Liebe Kolleg*innen, können auch Ehrenamtliche teilnehmen? Herzliche Grüße, Nele', 'Können auch Ehrenamtliche teilnehmen?'],
    ['An das Team Kommune Inklusiv: Sind noch Plätze frei? Gruß Ralf', 'Sind noch Plätze frei?'],
    ['Servus, darf da jeder mitmachen? Gruß, K. Lenz', 'Darf da jeder mitmachen?'],
    ['Moin, was kannst du eigentlich alles? LG Tobi', 'Was kannst du eigentlich alles?'],
    ['wie melde ich mich an? lg tim', 'wie melde ich mich an?'],
    ['Hi, are the seminars free? Thanks, Jordan', 'Are the seminars free?'],
    ['Dear team, is this chat stored somewhere? Best regards, Chris Miller, Inklusionsnetzwerk Nordhaven', 'Is this chat stored somewhere?'],
    ['Was kostet ein Seminar? Vielen Dank im Voraus!', 'Was kostet ein Seminar?'],
  ])('"%s" is read as "%s"', (typed, read) => expect(readUtterance(typed).text).toBe(read));

  it.each([
    // a greeting followed by what someone does is no salutation
    'hallo bin selbstvertreter im inklusionsbeirat, gibts was für mich',
    // too little would be left: a greeting stays a greeting, thanks stay thanks
    'Hallo, Frau Müller',
    'Hallo, wie gehts?',
    'Vielen Dank, Frau Müller',
    // what follows "danke" or "Grüße" is a sentence, not a signature
    'Das passt, danke, ich melde mich dann für das Seminar an',
    'Ich soll Grüße an das Team ausrichten und fragen, wann das nächste Seminar ist',
    'Danke für die Info. Wie melde ich mich an?',
  ])('"%s" keeps its words', (typed) => expect(readUtterance(typed).text).toBe(typed));

  it.each([`Was kostet das? Grüße ${'A. '.repeat(45)}x`, `Was kostet das? LG ${'Ab-Cd '.repeat(24)}x`, `Was kostet das? Danke, ${'Müller, '.repeat(18)}und so`])(
    'a long tail after a closing that is no signature is read whole (and at once: a pattern that backtracked would time out): %s',
    (typed) => expect(readUtterance(typed).text).toBe(typed),
  );
});

describe('the frame around a question ("… will wissen, ob …") is not what is asked', () => {
  it.each([
    ['Meine Chefin will wissen, ob das etwas kostet.', 'ob das etwas kostet.'],
    ['Mich würde interessieren, wann der Anmeldeschluss ist.', 'wann der Anmeldeschluss ist.'],
    ['Ich frage mich, ob ich als Ehrenamtliche teilnehmen darf.', 'ob ich als Ehrenamtliche teilnehmen darf.'],
    ['Können Sie mir sagen, wie ich mich anmelde?', 'wie ich mich anmelde?'],
    ['Was kostet das, und ich muss noch wissen, ob es online geht.', 'Was kostet das, und ob es online geht.'],
    // a request for information put as a noun ("Auskunft" is a word the knowledge never uses)
    ['Bitte um Auskunft zu den Anmeldefristen.', 'den Anmeldefristen.'],
    ['Ich benötige Informationen über die Erstattung von Reisekosten.', 'die Erstattung von Reisekosten.'],
    ['Anfrage bezüglich der Anmeldefrist', 'der Anmeldefrist'],
    // in officialese, what is asked also in the genitive or as a clause, and a second request without its "bitte"
    ['Bitte um Mitteilung der Anmeldefrist.', 'Anmeldefrist.'],
    ['Wir bitten um Übersendung des Veranstaltungskalenders.', 'Veranstaltungskalenders.'],
    ['Erbitte Auskunft, ob eine Teilnahmebescheinigung ausgestellt wird.', 'ob eine Teilnahmebescheinigung ausgestellt wird.'],
    ['um Information zur Reisekostenerstattung', 'Reisekostenerstattung'],
  ])('"%s" is read as "%s"', (typed, read) => expect(readUtterance(typed).text).toBe(read));

  it.each(['Ich möchte mein Wissen erweitern.', 'Was muss ich wissen?', 'Welches Wissen brauchen Koordinator*innen?', 'Um 10 Uhr geht es los?', 'Bitte um Rückruf'])('"%s" keeps its words: no question after a frame', (typed) => {
    expect(readUtterance(typed).text).toBe(typed);
  });

  it.each([
    ['Wat kost dat Seminar? Mit dem Bus komm ick ja nich überall hin', 'Was kost das Seminar? Mit dem Bus komm ich ja nicht überall hin'],
    ['isch des wirklich umsonscht', 'ich des wirklich umsonst'],
    ['Hab mich angemeldet und nu kommt nüscht', 'Hab mich angemeldet und nu kommt nichts'],
    // words that are something else too stay as typed ("des" is the genitive article, "Watt" a unit, "Dattel" a fruit)
    ['Anmeldung des Teams, 100 Watt, Dattel', 'Anmeldung des Teams, 100 Watt, Dattel'],
    // "voll" for "very" before a word of feeling is no seminar that is full; of a seminar it stays
    ['Voll langweilig hier im Büro', 'langweilig hier im Büro'],
    ['du bist echt voll nutzlos', 'du bist echt nutzlos'],
    ['Ist der Kurs voll? Oder voll belegt im März?', 'Ist der Kurs voll? Oder voll belegt im März?'],
  ])('"%s" is read in standard German', (typed, read) => {
    expect(readUtterance(typed).text).toBe(read);
  });
});

describe('a claim passed on is cut off in whole words only', () => {
  it.each([
    ['Ich meinte: bei welchen ist DGS fest eingeplant?', 'Ich meinte: bei welchen ist DGS fest eingeplant?'],
    ['Man sagte mir, die Seminare sind kostenlos', 'Man sagte mir, die Seminare sind kostenlos'],
    ['Mein Kollege meint, man kann sich nicht mehr abmelden', 'man kann sich nicht mehr abmelden'],
  ])('"%s" is read as "%s" (before: "Ich meint" and "Man sagt" were cut off, leaving "e: …")', (text, read) => {
    expect(readUtterance(text).text).toBe(read);
  });
});
