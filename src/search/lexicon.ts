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
  ['cost, costs, price, prices, fee, fees, pay, pays, paying, payment, paid, charge, charges, free, free of charge, expensive', 'Kosten, kostenfrei, Gebühr'],
  ['register, registered, registering, registration, sign up, signed up, signup, enrol, enroll, enrolled, enrolment, book, booked, booking, apply', 'anmelden, Anmeldung'],
  ['seminar, seminars, course, courses, training, trainings, workshop, workshops, class, classes, webinar', 'Seminar, Fortbildung, Workshop'],
  ['deadline, deadlines, last day', 'Anmeldeschluss, Frist'],
  // Not "date, dates": they stem like German "Daten" (data), which is no appointment.
  ['schedule, when, next, appointment, appointments', 'Termin, Termine, wann, nächste'],
  ['certificate, certificates, certification, attendance, proof, evidence, attended, credits, credit points', 'Teilnahmebescheinigung, Zertifikat, Nachweis'],
  ['travel, travelling, traveling, train ticket, hotel, accommodation, expenses, reimbursed, reimbursement', 'Reisekosten, Fahrtkosten, Übernachtung'],
  ['education team, training team, team at aktion mensch', 'Bildungsteam'],
  ['contact, email, mail, reach, phone, touch, get in touch, reach out, contact person, talk to, speak to, speak, talk, email address, e-mail address, address', 'Kontakt, E-Mail, erreichen, wenden'],
  ['privacy, data protection, gdpr, personal data, data', 'Datenschutz, Daten'],
  ['consent', 'Einwilligung'],
  ['accessible, accessibility, wheelchair, wheelchair user, wheelchair users, barrier-free, step-free, stairs, steps, lift, elevator, ramp, level access', 'barrierefrei, Barrierefreiheit, rollstuhlgerecht, stufenlos'],
  ['sign language, deaf, interpreter', 'Gebärdensprache, Gebärdensprachdolmetschung'],
  ['captioning, captions, subtitles', 'Schriftdolmetschung, Untertitel'],
  ['easy language, easy read, plain language, simple language, simpler, simply, easier', 'Leichte Sprache, einfache Sprache'],
  ['online, remote, virtual, from home, hybrid', 'online, hybrid, von zu Hause'],
  ['calendar, outlook, reminder', 'Kalender, Outlook, Erinnerung'],
  ['full, booked out, fully booked, waiting list, waitlist', 'ausgebucht, Warteliste, voll'],
  ['cancel, cancellation, change, switch my registration, switch the date, switch dates, reschedule, correct, withdraw, undo', 'abbrechen, ändern, korrigieren, zurückziehen'],
  ['confirmation, confirmed, guaranteed, spot, place, seat, reserved, reserve, secured', 'Bestätigung, Platz, Zusage, reserviert'],
  ['bot, chatbot, robot, human, person, ai, real person, real human, human being', 'Bot, Chatbot, Mensch'],
  ['store, stored, storing, save, saved', 'speichern, gespeichert'],
  ['neighbourhood, neighborhood, district', 'Quartier, Stadtteil'],
  ['talking, chatting, writing', 'schreibe, Chat'],
  ['restart, reset, start over', 'neu starten, zurücksetzen'],
  ['model municipalities, model municipality, model communities, model community, model towns, model sites, pilots, pilot municipalities', 'Modellkommunen, Modellkommune'],
  ['pilot, municipalities, towns, cities', 'Modellkommunen, Kommune, Städte'],
  ['municipality, town, city, village, villages, county, counties, local authority, local authorities, council, councils', 'Kommune, Gemeinde, Stadt, Landkreis'],
  ['funding, grant, grants, subsidy, subsidies, fundraising', 'Fördermittel, Fördergelder, Zuschüsse, Finanzierung'],
  ['accounting, bookkeeping, finance, finances', 'Buchhaltung, Finanzen, Abrechnung'],
  ['press, public relations, media, marketing, social media', 'Öffentlichkeitsarbeit, Pressearbeit, Social Media'],
  ['volunteer, volunteers, volunteering, voluntary, unpaid, honorary', 'Ehrenamt, Ehrenamtliche, Freiwillige, ehrenamtlich'],
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
  ['required, mandatory, necessary, must, in advance, beforehand', 'Pflicht, nötig, anmeldepflichtig, vorher'],
  ['who, eligible, allowed, participate, attend, join, take part, taking part', 'wer, teilnehmen, Teilnahme'],
  ['help, what can you do, features, limits, limitations, limitation', 'Hilfe, was kann, Grenzen'],
  ['qualification, qualify, professional development, further education, upskilling', 'Qualifizierung, Weiterbildung, Professionalisierung'],
  ['support, assistance, assistant, needs', 'Unterstützung, Assistenz, Unterstützungsbedarf'],
  ['un convention, crpd', 'UN-Behindertenrechtskonvention'],
  ['action plan', 'Aktionsplan'],
  ['moderation, facilitation, facilitate, moderate', 'Moderation, moderieren'],
  // What users ask about the programme in their own English words (each word group says what the FAQ says).
  ['show up, turn up, drop in, drop by, walk in, come along, spontaneously, without registering, without registration', 'vorbeikommen, spontan, einfach so'],
  ['my details, personal details, fields, required fields', 'Angaben, Formular, Pflichtfelder'],
  ['happen, happens, happening, next step, next steps, afterwards, after sending', 'passiert, danach, nach dem Absenden'],
  ['typo, typos, mistake, mistakes, wrong, mistyped, misspelled, edit', 'vertippt, korrigieren, ändern'],
  ['video call, video calls, video conference, videoconference, video, access link, dial in, log in, login', 'online, Videokonferenz, Zugang'],
  ['real, genuine, actual, sample, samples, sample data, dummy, fake, test data, made up', 'echt, Beispieldaten'],
  ['late, too late, missed, extension, extend, last minute, short notice', 'Anmeldeschluss, kurzfristig, nach dem Anmeldeschluss'],
  ['back to normal, normal, standard, regular, switch back, change back', 'normale Sprache, umschalten'],
  ['back, go back, step back, previous step', 'zurück, Schritt zurück'],
  ['conditions, requirements, prerequisites, preconditions, successful, success, succeed', 'Bedingungen, Voraussetzungen, gelungene, gelingt'],
  ['professionalisation, professionalization, professionalise, professionalize, professional, professionally, professionalism', 'Professionalisierung, professionell, professionalisieren'],
  ['inclusion pro, inclusion professional, inclusion professionals', 'Inklusionsprofi'],
  ['inclusion project, inclusion projects, inclusive project, inclusive projects', 'Inklusionsprojekt, Inklusionsprojekte'],
  ['paid staff, paid position, paid positions, paid job, paid jobs, full-time, full time, salaried, employed, permanent staff', 'hauptamtlich, Hauptamtliche, bezahlte Stelle'],
  ['fill, filling, appoint, appointing, staffing, select, selecting, selection, choose', 'besetzen, Besetzung, Personalauswahl'],
  ['teach, teaching, taught, trained, train, get trained', 'schulen, lernen, Fortbildung, Qualifizierung'],
  ['grant application, grant applications, funding application, funding applications, application, applications, proposal, proposals, apply for funding', 'Antragstellung, Antrag, Förderantrag'],
  ['part of, content, contents, curriculum, syllabus', 'Inhalte, Thema, gehören'],
  ['activities, activity, actions, measures', 'Aktionen, Maßnahmen'],
  ['external, trainers, trainer, lecturer, lecturers', 'extern, von außen, Referent*innen, Trainer*innen'],
  ['enough, sufficient, suffice', 'reicht, ausreichen, genügt'],
  ['lessons, lessons learned, experience, experiences, findings, results, outcomes, learned, learnt', 'Erfahrungen, Erkenntnisse, gelernt'],
  ['bring along, accompany, companion, personal assistant, support person', 'mitbringen, Assistenz, Begleitperson'],
  ['room, rooms, building, buildings, premises, venues', 'Räume, Veranstaltungsort, Seminarort'],
  ['offer, offers, offered, provide, provides, provided', 'anbieten, Angebot, Bildungsangebote'],
  ['own', 'eigenes'],
  ['five', 'fünf'],
  // "outside the model municipalities": a town that is none; not external trainers ("from outside" reads the same once "from" is dropped).
  ['outside', 'andere, keine'],
  ['newcomer, newcomers, getting started, where to start', 'Einstieg, anfangen, Anfang'],
  ['everyone, everybody, all involved, stakeholders, whole team', 'alle Beteiligten, Akteur*innen'],
  ['manage, managing, management', 'Management, managen'],
  ['planning, conversations, talks, interviews', 'Planung, Gespräche'],
  ['delete, deleted, deletion, erase, erased, remove, removed', 'löschen, gelöscht'],
  ['third parties, sell', 'weitergeben, weitergegeben'],
  ['agree, agreement, permission, tick, checkbox', 'Einwilligung, einverstanden, Zustimmung'],
  ['unsubscribe, deregister, drop out, pull out, unable to attend', 'abmelden, absagen, zurückziehen'],
  ['advice, advise, personal advice, counselling, counseling, consultation', 'Beratung, beraten'],
  // Not "another date": "date" stems like German "Daten" (data), which would then mean "Termin".
  ['again, repeat, repeated, next time', 'noch einmal, anderen Termin'],
  ['hard of hearing, hearing impaired, hearing loss', 'Schriftdolmetschung, Gebärdensprache'],
  ['visually impaired, screen reader, screenreader', 'barrierefrei, Screenreader'],
  ['face to face, face-to-face, on-site, onsite, physically', 'Präsenz, vor Ort'],
  ['interactive, practical, hands-on, presentation, presentations', 'Workshops zum Mitmachen, Vorträge'],
  ['format, formats, types', 'Formate, Arten'],
];

const colloquial: Array<[string, string]> = [
  ['Kohle, Knete, Kröten, Euro, bezahlen, zahlen, blechen, teuer, billig', 'Kosten, kostenfrei, Geld'],
  ['Infos, Info, Informationen, infos', 'Informationen, Hintergrund'],
  ['Fobi, Fortbi, Quali, Schulungen, Kurse', 'Fortbildung, Qualifizierung, Seminar'],
  ['Rolli, Rollstuhl, Rollstuhlfahrer, Rollstuhlfahrerin, gehbehindert', 'Rollstuhl, rollstuhlgerecht, barrierefrei'],
  ['gehörlos, taub, schwerhörig, hörbehindert', 'Gebärdensprache, Schriftdolmetschung'],
  ['blind, sehbehindert, Screenreader', 'barrierefrei, Screenreader'],
  ['Zettel, Wisch, Schein, Nachweis, Urkunde, Teilnahmebestätigung', 'Teilnahmebescheinigung, Bescheinigung'],
  ['Hotel, Zug, Bahn, Bahnticket, Bahnfahrt, Zugfahrt, Zugticket, Fahrkarte, Anreise, Anfahrt, Sprit, Fahrt, Fahrgeld, Übernachtung', 'Reisekosten, Fahrtkosten, Übernachtung'],
  ['Zoom, Webex, Videokonferenz, Videocall, Videoschalte, virtuell, Livestream, von zuhause, vom Schreibtisch', 'online, von zu Hause'],
  // Not "schulen", "schulst": they stem like "Schule" (school), and a question about a school is no
  // question about training ("Mein Kind bekommt in der Schule keine Begleitung").
  ['weiterbilden, fortbilden, qualifizieren', 'Qualifizierung, Fortbildung, Weiterbildung'],
  ['Strippe, anrufen, telefonisch, ansprechen, anschreiben, melden bei', 'erreichen, Kontakt'],
  // Not "Bewerber": it stems like "bewerben", and someone applying for a job is not choosing staff.
  ['einstellen, anstellen, rekrutieren, Bewerberauswahl, Neueinstellung', 'Stellen besetzen, Personal'],
  ['Platzgarantie, sicher, fix, verbindlich, Zusage, zugesagt', 'Platz, Zusage, bestätigt'],
  ['storno, stornieren, Stornierung, Stornierungen, absagen, zurückziehen, rückgängig, Rücktritt, zurücktreten, Verhinderung, Terminkollision, Terminüberschneidung, Terminkonflikt', 'abbrechen, zurückziehen, verhindert'],
  ['Ehrenamtler, Ehrenamtlerinnen, Freiwillige', 'Ehrenamt, Ehrenamtliche, Freiwillige'],
  ['Computer, Maschine, KI, Roboter, echter Mensch', 'Bot, Chatbot, Mensch'],
  ['Einverständnis, einverstanden, Häkchen, Kreuzchen, ankreuzen, zustimmen', 'Einwilligung, Zustimmung'],
  ['Vorkenntnisse, Vorwissen, Vorerfahrung', 'Teilnahmevoraussetzungen, Voraussetzungen'],
  ['Betreuer, Betreuerin, Begleiter, Begleiterin', 'Begleitperson, Assistenz'],
  ['vertan, verschrieben, verklickt, falsch eingegeben, Tippfehler', 'vertippt, korrigieren'],
  ['umbuchen, umbiegen, falscher Termin, falschen Termin', 'ändern'],
  ['hinschicken, entsenden', 'teilnehmen'],
  ['erforderlich, notwendig, verpflichtend, obligatorisch, vorgeschrieben', 'Pflicht, nötig'],
  ['Aufzug, Fahrstuhl, Lift, Rampe, Treppe, Treppen, Stufen', 'stufenlos, barrierefrei, rollstuhlgerecht'],
  ['Übungen, Gruppenarbeit, interaktiv, praxisnah, Praxis, praktisch', 'Workshops zum Mitmachen'],
  ['behandelt, behandeln, abgedeckt, vermittelt, durchgenommen, Lerninhalte, Schulungsinhalte, Seminarinhalte', 'Inhalte, Themen, Wissen'],
  ['Teil, Bestandteil, dazugehören', 'gehören, gehört'],
  ['Verlängerung, verlängern, verlängert, Aufschub, nachmelden, Nachmeldung, nachträglich', 'nach dem Anmeldeschluss, Anmeldeschluss, kurzfristig'],
  ['auf Dauer, auf lange Sicht, langfristig, dauerhaft, nebenher, nebenbei, neben der Arbeit, überlastet, zu viel', 'freiwillige Arbeit alleine, Ehrenamt, hauptamtlich'],
  ['verheddert, durcheinander, verwirrt, festgefahren', 'komme nicht weiter, neu starten'],
  ['schult, geschult', 'Schulung, Qualifizierung, Fortbildung'],
  ['Handynummer, Telefonnummer, Telefon, Handy', 'Telefonnummer, Angaben'],
  // "bekommt"/"bekommst" do not stem to "bekomm" like "bekomme", "bekommen" (Snowball keeps the -t).
  ['bekommt, bekommst', 'bekommen'],
  // Slips of short question words ("bis wan").
  ['wan', 'wann'],
  // "in Präsens oder online?": a slip of Präsenz.
  ['Präsens', 'Präsenz'],
  // Participles the stemmer keeps apart from the verb ("angemeldet" is no "anmeld").
  ['angemeldet, eingetragen', 'anmelden, Anmeldung'],
  // Strong verbs' participles, which no rule derives ("abgesagt" → absagen is derived in query.ts).
  ['teilgenommen', 'teilnehmen, Teilnahme'],
  ['mitgebracht', 'mitbringen'],
  ['abgeschickt, geschickt, verschickt, gesendet, abgesendet', 'Absenden, abschicken'],
  ['eingegeben, reinschreibe, reinschreiben, Chatverlauf, Eingaben', 'Daten, Angaben'],
  ['Sammelanmeldung, Gruppenanmeldung, Gruppenbuchung', 'mehrere Personen, Anmeldung'],
  // Officialese of people who write for their office ("Vorlage beim Dienstvorgesetzten", "Zertifizierung nach Abschluss").
  ['Dienstvorgesetzte, Dienstvorgesetzten, Dienstvorgesetzter, Vorgesetzte, Vorgesetzten, Vorgesetzter, Dienstherr, Personalstelle, Personalabteilung, Personalamt, Personalentwicklung', 'Arbeitgeber, Chef'],
  ['Zertifizierung, zertifiziert, Zertifikate, Teilnahmezertifikat, Fortbildungszertifikat, Fortbildungsnachweis', 'Zertifikat, Teilnahmebescheinigung, Nachweis'],
  ['Kostenübernahme, Kostenerstattung, Erstattung, Rückerstattung, erstattet, erstatten', 'Reisekosten, Kosten, übernimmt'],
  // Several people at once ("Wir sind zu dritt", "in einem Rutsch"): registering several people.
  ['zu zweit, zu dritt, zu viert, zu fünft, in einem Rutsch, gemeinsam anmelden', 'mehrere Personen'],
  ['austragen, ausgetragen, wieder raus, doch nicht kommen, schaffe es nicht', 'abmelden, verhindert'],
  ['Hörbehinderung, Hörschädigung, hörgeschädigt, Gehörlosigkeit', 'Gebärdensprache, Schriftdolmetschung'],
  ['Sehbehinderung, sehgeschädigt, Blindheit', 'barrierefrei, Screenreader'],
  // Whether one must be a member: who may take part.
  ['Mitglied, Mitgliedschaft, Mitgliedsbeitrag', 'teilnehmen, Teilnahmevoraussetzungen'],
  // Texts too hard to read: what Leichte Sprache is for.
  ['lange Texte, schwere Texte, schwierige Texte, komplizierte Texte', 'Leichte Sprache, einfache Sprache'],
];

function entries(rows: Array<[string, string]>): LexiconEntry[] {
  const split = (s: string) => s.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  return rows.map(([words, means]) => ({ words: split(words), means: split(means) }));
}

export const lexicon: LexiconEntry[] = [...entries(english), ...entries(colloquial)];

/** The single German words users type for the knowledge's words: compound parts too ("Stornierungsverfahren"). */
export const colloquialWords: string[] = entries(colloquial).flatMap((e) => e.words.filter((w) => !w.includes(' ')));
