// Built-in word groups the knowledge base does not carry: the English words of users who write in
// English, and colloquial German. Each group maps the words on the left to the German words on the
// right. Domain synonyms belong in knowledge/synonyms.yaml; this list is only for what no editor
// of the knowledge base would think of writing down.

export interface LexiconEntry {
  /** What users type (folded and stemmed like everything else). */
  words: string[];
  /** What the knowledge base says instead. */
  means: string[];
}

const english: Array<[string, string]> = [
  ['cost, costs, price, fee, fees, pay, paid, charge, free, expensive', 'Kosten, kostenfrei, Gebühr'],
  ['register, registration, sign up, signup, enrol, enroll, enrolment, book, booking, apply', 'anmelden, Anmeldung'],
  ['seminar, seminars, course, courses, training, trainings, workshop, workshops, class, classes, webinar', 'Seminar, Fortbildung, Workshop'],
  ['deadline, deadlines, last day', 'Anmeldeschluss, Frist'],
  // Not "date, dates": they stem like German "Daten" (data), which is no appointment.
  ['schedule, when, next, appointment, appointments', 'Termin, Termine, wann, nächste'],
  ['certificate, certification, attendance', 'Teilnahmebescheinigung, Zertifikat'],
  ['travel, travelling, traveling, train ticket, hotel, accommodation, expenses, reimbursed, reimbursement', 'Reisekosten, Fahrtkosten, Übernachtung'],
  ['contact, email, mail, reach, phone', 'Kontakt, E-Mail, erreichen'],
  ['privacy, data protection, gdpr, personal data, data', 'Datenschutz, Daten'],
  ['consent', 'Einwilligung'],
  ['accessible, accessibility, wheelchair, barrier-free', 'barrierefrei, Barrierefreiheit, rollstuhlgerecht'],
  ['sign language, deaf, interpreter', 'Gebärdensprache, Gebärdensprachdolmetschung'],
  ['captioning, captions, subtitles', 'Schriftdolmetschung, Untertitel'],
  ['easy language, easy read, plain language, simple language, simpler, simply, easier', 'Leichte Sprache, einfache Sprache'],
  ['online, remote, virtual, from home, hybrid', 'online, hybrid, von zu Hause'],
  ['calendar, outlook, reminder', 'Kalender, Outlook, Erinnerung'],
  ['full, booked out, fully booked, waiting list, waitlist', 'ausgebucht, Warteliste, voll'],
  ['cancel, cancellation, change, correct, withdraw, undo', 'abbrechen, ändern, korrigieren, zurückziehen'],
  ['confirmation, confirmed, guaranteed, spot, place', 'Bestätigung, Platz, Zusage'],
  ['bot, chatbot, robot, human, person, ai, real person, real human', 'Bot, Chatbot, Mensch'],
  ['store, stored, storing, save, saved', 'speichern, gespeichert'],
  ['neighbourhood, neighborhood, district', 'Quartier, Stadtteil'],
  ['talking, chatting, writing', 'schreibe, Chat'],
  ['restart, reset, start over', 'neu starten, zurücksetzen'],
  ['model municipalities, pilot, municipality, municipalities, towns, cities', 'Modellkommunen, Kommune, Städte'],
  ['funding, grant, grants, subsidy, subsidies, fundraising', 'Fördermittel, Fördergelder, Zuschüsse, Finanzierung'],
  ['accounting, bookkeeping, finance, finances', 'Buchhaltung, Finanzen, Abrechnung'],
  ['press, public relations, media, marketing, social media', 'Öffentlichkeitsarbeit, Pressearbeit, Social Media'],
  ['volunteer, volunteers, volunteering, voluntary', 'Ehrenamt, Ehrenamtliche, Freiwillige'],
  ['staff, hiring, hire, recruit, recruiting, recruitment, positions, jobs', 'Personal, Stellen besetzen, Personalauswahl'],
  ['network, networks, networking, coordinator, coordination', 'Netzwerk, Netzwerkkoordination, Koordination'],
  ['project management, project manager, projects, project', 'Projektmanagement, Projekt'],
  ['inclusion, inclusive, disability, disabilities, disabled', 'Inklusion, inklusiv, Behinderung'],
  ['participation, self-advocacy, self-advocates', 'Partizipation, Beteiligung, Selbstvertretung'],
  ['why, reason, important', 'warum, wichtig'],
  ['search, find, look for, looking for, filter, browse', 'suchen, finden'],
  ['topic, topics, subject, subjects, theme, themes', 'Thema'],
  ['month, months', 'Monat'],
  ['location, city, near, nearby, close to me, venue', 'Ort, Nähe, Veranstaltungsort'],
  ['remotely, remote, from home', 'online, von zu Hause'],
  ['worth, worthwhile, pay off', 'lohnt, Aufwand'],
  ['time, hours', 'Zeit, Arbeitszeit'],
  ['money, budget', 'Geld, Budget'],
  ['right for me, suitable, fits, recommend, recommendation', 'passend, empfehlen, Empfehlung'],
  ['overview, list, programme, program, catalogue, catalog', 'Übersicht, Programm, Katalog'],
  ['background, more information, read more', 'Hintergrund, Informationen'],
  ['learn, learning, skills, knowledge', 'lernen, Wissen, Kompetenzen'],
  ['team, colleagues, employees', 'Team, Mitarbeiter*innen'],
  ['required, mandatory, necessary, must', 'Pflicht, nötig, anmeldepflichtig'],
  ['who, eligible, allowed, participate, attend, join', 'wer, teilnehmen, Teilnahme'],
  ['help, what can you do, features, limits', 'Hilfe, was kann, Grenzen'],
  ['qualification, qualify, professional development, further education, upskilling', 'Qualifizierung, Weiterbildung, Professionalisierung'],
  ['support, assistance, assistant, needs', 'Unterstützung, Assistenz, Unterstützungsbedarf'],
  ['un convention, crpd', 'UN-Behindertenrechtskonvention'],
  ['action plan', 'Aktionsplan'],
  ['moderation, facilitation, facilitate, moderate', 'Moderation, moderieren'],
];

const colloquial: Array<[string, string]> = [
  ['Kohle, Knete, Kröten, Euro, bezahlen, zahlen, blechen, teuer, billig', 'Kosten, kostenfrei, Geld'],
  ['Infos, Info, Informationen, infos', 'Informationen, Hintergrund'],
  ['Fobi, Fortbi, Quali, Schulungen, Kurse', 'Fortbildung, Qualifizierung, Seminar'],
  ['Rolli, Rollstuhl, Rollstuhlfahrer, Rollstuhlfahrerin, gehbehindert', 'Rollstuhl, rollstuhlgerecht, barrierefrei'],
  ['gehörlos, taub, schwerhörig, hörbehindert', 'Gebärdensprache, Schriftdolmetschung'],
  ['blind, sehbehindert, Screenreader', 'barrierefrei, Screenreader'],
  ['Zettel, Wisch, Nachweis, Urkunde, Teilnahmebestätigung', 'Teilnahmebescheinigung, Bescheinigung'],
  ['Hotel, Zug, Bahn, Bahnticket, Bahnfahrt, Zugfahrt, Zugticket, Fahrkarte, Anreise, Anfahrt, Sprit, Fahrt, Fahrgeld, Übernachtung', 'Reisekosten, Fahrtkosten, Übernachtung'],
  ['Zoom, Webex, Videokonferenz, Videocall, Videoschalte, virtuell, Livestream, von zuhause, vom Schreibtisch', 'online, von zu Hause'],
  ['schulen, schulen lassen, weiterbilden, fortbilden, qualifizieren', 'Qualifizierung, Fortbildung, Weiterbildung'],
  ['Strippe, anrufen, telefonisch, ansprechen, anschreiben, melden bei', 'erreichen, Kontakt'],
  ['einstellen, anstellen, rekrutieren, Bewerber, Bewerberinnen, Neueinstellung', 'Stellen besetzen, Personal'],
  ['Platzgarantie, sicher, fix, verbindlich, Zusage, zugesagt', 'Platz, Zusage, bestätigt'],
  ['storno, stornieren, absagen, zurückziehen, rückgängig', 'abbrechen, zurückziehen'],
  ['Ehrenamtler, Ehrenamtlerinnen, Freiwillige', 'Ehrenamt, Ehrenamtliche, Freiwillige'],
  ['Computer, Maschine, KI, Roboter, echter Mensch', 'Bot, Chatbot, Mensch'],
  ['Einverständnis, einverstanden, Häkchen, zustimmen', 'Einwilligung, Zustimmung'],
  ['Handynummer, Telefonnummer, Telefon, Handy', 'Telefonnummer, Angaben'],
];

function entries(rows: Array<[string, string]>): LexiconEntry[] {
  const split = (s: string) => s.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  return rows.map(([words, means]) => ({ words: split(words), means: split(means) }));
}

export const lexicon: LexiconEntry[] = [...entries(english), ...entries(colloquial)];
