import { describe, expect, it } from 'vitest';
import { berlinLocalToUtc } from '../../src/assistant/dates.js';
import { completedBy, extractSeminarFilters, isSeminarLookup, type SeminarFilters } from '../../src/assistant/filters.js';
import { FIXTURE_NOW, fixtureKnowledge } from '../fixtures/knowledge.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';

// FIXTURE_NOW is Monday, 15 February 2027, 09:00 in Berlin.
function filters(text: string, now = FIXTURE_NOW): SeminarFilters {
  return extractSeminarFilters(text, fixtureKnowledge, now);
}

function berlin(day: string): Date {
  return berlinLocalToUtc(`${day}T00:00`);
}

describe('seminar look-up filters', () => {
  it('reads format and month from "Online-Seminare im März"', () => {
    const f = filters('Online-Seminare im März');
    expect(f.formats).toEqual(['online']);
    expect(f.period).toEqual({ from: berlin('2027-03-01'), to: berlin('2027-04-01') });
    expect(f.topics).toEqual([]);
    expect(f.hasAny).toBe(true);
  });

  it('reads the topic from "Was gibt es zu Öffentlichkeitsarbeit?"', () => {
    const f = filters('Was gibt es zu Öffentlichkeitsarbeit?');
    expect(f.topics).toEqual(['oeffentlichkeitsarbeit']);
    expect(f.formats).toEqual([]);
    expect(f.period).toBeUndefined();
  });

  it('reads format and city from "Präsenzseminare in Rostock"', () => {
    const f = filters('Präsenzseminare in Rostock');
    expect(f.formats).toEqual(['praesenz']);
    expect(f.cities).toEqual(['Rostock']);
    expect(f.unknownPlace).toBeUndefined();
  });

  it('reads the need for sign language from "Seminare mit Gebärdensprache"', () => {
    expect(filters('Seminare mit Gebärdensprache').accessibility).toEqual(['dgs']);
    expect(filters('Gibt es was mit DGS?').accessibility).toEqual(['dgs']);
  });

  it('reads next week (Monday to Monday) from "Was ist nächste Woche?"', () => {
    expect(filters('Was ist nächste Woche?').period).toEqual({ from: berlin('2027-02-22'), to: berlin('2027-03-01') });
  });

  it('reads the second quarter from "Workshops im zweiten Quartal"', () => {
    expect(filters('Workshops im zweiten Quartal').period).toEqual({ from: berlin('2027-04-01'), to: berlin('2027-07-01') });
  });

  it('reads the topic from its English name or the administration\'s abbreviation in the shipped roles.yaml', async () => {
    const shipped = await loadShippedKnowledge();
    const topics = (text: string) => extractSeminarFilters(text, shipped, FIXTURE_NOW).topics;
    expect(topics('Any workshops on press work?')).toEqual(['oeffentlichkeitsarbeit']);
    expect(topics('Seminars about bookkeeping')).toEqual(['buchhaltung']);
    expect(topics('Is there anything on volunteer management?')).toEqual(['ehrenamt-management']);
    expect(topics('Gibt es was zur ÖA?')).toEqual(['oeffentlichkeitsarbeit']);
  });

  it('reads the topic from "Ich mache Pressearbeit" and "Fördermittel"', () => {
    expect(filters('Ich mache Pressearbeit').topics).toEqual(['oeffentlichkeitsarbeit']);
    expect(filters('Seminare zu Fördermitteln').topics).toEqual(['foerdermittel']);
  });

  it('reads a topic from one part of its name ("Moderation und Methoden" → "Moderation")', () => {
    expect(filters('Seminare zu Moderation').topics).toEqual(['moderation']);
  });

  it('finds no filter in a plain role statement', () => {
    expect(filters('Ich bin Netzwerkkoordinatorin, was passt zu mir?').hasAny).toBe(false);
  });

  const formats: Array<[string, string[]]> = [
    ['digitale Fortbildungen', ['online']],
    ['Webinare', ['online']],
    ['Seminare vor Ort', ['praesenz']],
    ['hybride Veranstaltungen', ['hybrid']],
    // Not one format is the other: a hybrid seminar serves both wishes.
    ['nicht online, bitte', ['praesenz']],
    ['aber nicht vor Ort', ['online']],
    // "nicht nur Zoom": more than that format is wished for; "in echt" is in person
    ['Gibts auch was in echt, also nicht nur Zoom?', ['praesenz']],
    ['Gibt es das nicht nur online?', []],
    ['ohne Anreise', ['online']],
    ['Seminar zu digitaler Barrierefreiheit', []],
    // Travelling that is easy, or the travel costs, wishes for no format.
    ['Reisen ist für mich kein Problem', []],
    ['Werden die Fahrtkosten übernommen?', []],
    // "in-person" folds to one word
    ['any in-person seminars?', ['praesenz']],
  ];
  it.each(formats)('reads formats from "%s"', (text, expected) => {
    expect(filters(text).formats).toEqual(expected);
  });

  const places: Array<[string, Partial<SeminarFilters>]> = [
    ['Seminare in Schwaebisch Gmuend', { cities: ['Schwäbisch Gmünd'], regions: [] }],
    ['was gibt es in schwäbisch gmünd', { cities: ['Schwäbisch Gmünd'], regions: [] }],
    ['Angebote in Mecklenburg-Vorpommern', { cities: [], regions: ['Mecklenburg-Vorpommern'] }],
    ['Seminare in Bayern', { cities: [], regions: ['Bayern'] }],
    // Parts of the country are the catalogue's states in them; a state without seminars is not listed.
    ['Seminare in Norddeutschland', { cities: [], regions: ['Mecklenburg-Vorpommern'] }],
    ['Workshops im Süden', { cities: [], regions: ['Bayern', 'Baden-Württemberg'] }],
    ['Präsenzseminare in Rostock oder Hamburg', { cities: ['Rostock'], regions: [] }],
  ];
  it.each(places)('reads places from "%s"', (text, expected) => {
    expect(filters(text)).toMatchObject(expected);
  });

  it('names the catalogue\'s regions around a town without seminars ("bei München" → Bayern), also without "in"', () => {
    expect(filters('Präsenzseminar in der Naehe von Muenchen')).toMatchObject({ unknownPlace: 'München', around: ['Bayern'], cities: [], regions: [] });
    expect(filters('Präsenz Hamburg')).toMatchObject({ unknownPlace: 'Hamburg', cities: [], regions: [] });
    expect(filters('Präsenz Hamburg').around).toBeUndefined();
    // Where someone works is no place to look for seminars.
    expect(filters('Ich arbeite bei der Stadt München').unknownPlace).toBeUndefined();
    // The people asked are no place either.
    expect(filters('Gibt es bei Ihnen einen Workshop zur Moderation?').unknownPlace).toBeUndefined();
    expect(filters('Habt ihr bei Euch auch Online-Seminare?').unknownPlace).toBeUndefined();
    // Nor are idioms with "in" ("in Betracht kommen", "in Anspruch nehmen").
    expect(filters('Welche Seminare kommen für die Pressestelle in Betracht?').unknownPlace).toBeUndefined();
    expect(filters('Kann ich das Angebot in Anspruch nehmen?').unknownPlace).toBeUndefined();
  });

  it('knows it cannot tell where "in meiner Nähe" is', () => {
    expect(filters('Gibt es Workshops in meiner Nähe?')).toMatchObject({ nearMe: true, cities: [], regions: [], hasAny: true });
    expect(filters('Seminare in der Nähe von Erlangen')).toMatchObject({ cities: ['Erlangen'] });
    expect(filters('Seminare in der Nähe von Erlangen').nearMe).toBeUndefined();
  });

  it('notices a place where no seminar is ("in Hamburg") without mistaking other words for places', () => {
    expect(filters('Gibt es Seminare in Hamburg?').unknownPlace).toBe('Hamburg');
    // Nor things of the work after "in" or "bei" ("in Netzwerken", "in Gremien", "bei Treffen", "in Migrantenvereinen").
    for (const text of ['Seminare in Präsenz', 'Seminare in Leichter Sprache', 'Seminare in Öffentlichkeitsarbeit', 'Was gibt es in Zukunft?', 'Seminare im März', 'Konfliktmanagement in Netzwerken', 'Mitsprache in Gremien', 'bei Treffen reden sie über die Köpfe hinweg', 'Seminare für Leute in Migrantenvereinen', 'Zusammenarbeit in Nachbargemeinden']) {
      expect(filters(text).unknownPlace, text).toBeUndefined();
    }
  });

  const needs: Array<[string, string[], string[]]> = [
    ['Seminare in Leichter Sprache', ['leichteSprache'], []],
    ['Kurse in einfacher Sprache', ['leichteSprache'], []],
    ['Seminare zu Leichter Sprache', [], ['leichte-sprache']],
    ['Übersetzen in Leichte Sprache', [], ['leichte-sprache']],
    // texts or forms put into it are the topic too
    ['Ich uebersetze im Projekt Texte in Leichte Sprache.', [], ['leichte-sprache']],
    ['Unsere Formulare in einfacher Sprache', [], ['leichte-sprache']],
    ['workshop leichte sprache nächsten monat?', [], ['leichte-sprache']],
    ['Seminar Leichte Sprache', [], ['leichte-sprache']],
    // "on", "about", "writing in": the topic, in English too
    ['Any workshops on Leichte Sprache in February?', [], ['leichte-sprache']],
    ['Do you have anything on writing in Leichte Sprache?', [], ['leichte-sprache']],
    ['Angebote zum Schreiben in Leichter Sprache', [], ['leichte-sprache']],
    // named before the seminar word, like a compound, it is the seminar's topic
    ['Leichte Sprache Workshop', [], ['leichte-sprache']],
    ['Gibt es ein Leichte-Sprache-Seminar im Frühjahr?', [], ['leichte-sprache']],
    // to use or to learn it is the topic
    ['Ich würde gern lernen, Leichte Sprache einzusetzen.', [], ['leichte-sprache']],
    ['Wir wollen Leichte Sprache lernen', [], ['leichte-sprache']],
    ['Seminare in leichter Sprache im Frühjahr', ['leichteSprache'], []],
    ['Gibt es die Seminare auch in leichter Sprache?', ['leichteSprache'], []],
    ['Seminar mit Schriftdolmetschung', ['schriftdolmetschung'], []],
    ['Gibt es Untertitel?', ['schriftdolmetschung'], []],
    ['rollstuhlgerechte Seminare', ['stepFree'], []],
    ['Ist der Raum barrierefrei?', ['stepFree'], []],
    ['Seminare zum Thema barrierefrei', [], ['barrierefreiheit']],
    ['Was gibt es zu Barrierefreiheit?', [], ['barrierefreiheit']],
    ['Wie kann ich Veranstaltungen barrierefrei gestalten?', [], ['barrierefreiheit']],
    // what is made accessible, with a word between or as a thing of the town, is the topic
    ['Wir wollen barrierefreie Veranstaltungen planen', [], ['barrierefreiheit']],
    ['unsere Website barrierefrei zu machen', [], ['barrierefreiheit']],
    ['ein Kollege, der sich um barrierefreie Straßen kümmert', [], ['barrierefreiheit']],
    ['Gibt es barrierefreie Seminare?', ['stepFree'], []],
    // what is said to be (not) accessible, and the service made accessible, are the topic too
    ['Unsere Website ist nicht barrierefrei', [], ['barrierefreiheit']],
    ['die Homepage soll jetzt barrierefrei werden', [], ['barrierefreiheit']],
    ['eine Schulung zu barrierefreier Beratung im Bürgerbüro', [], ['barrierefreiheit']],
    ['barrierefreie Kundenkommunikation im Publikumsverkehr', [], ['barrierefreiheit', 'oeffentlichkeitsarbeit']],
    ['Sind die Räume barrierefrei?', ['stepFree'], []],
    ['Ist das Seminar in Berlin barrierefrei?', ['stepFree'], []],
  ];
  it.each(needs)('tells needs from topics in "%s"', (text, accessibility, topics) => {
    const f = filters(text);
    expect(f.accessibility).toEqual(accessibility);
    expect(f.topics).toEqual(topics);
  });

  // People misspell topics and glue them to other words; the look-up still reads the topic.
  const misspeltOrGlued: Array<[string, string[]]> = [
    ['Seminare zur Antragstelung', ['foerdermittel']],
    ['Workshop zu Projektmanagment', ['projektmanagement']],
    ['Was gibt es zur Öffentlichkeitsarbiet?', ['oeffentlichkeitsarbeit']],
    ['Barrierfreiheit', ['barrierefreiheit']],
    ['Fördermittelberatung', ['foerdermittel']],
    ['Gibt es Projektmanagementgrundlagenkurse?', ['projektmanagement']],
    ['Moderationstraining', ['moderation']],
    ['Inklusionsgrundlagenschulungen', ['inklusion-grundlagen']],
    // A compound that names a person is a role, not a topic; a short word is no typo of a topic ("Forderung").
    ['Seminare für Inklusionsbeauftragte', []],
    ['Seminare für Projektplanerinnen', []],
  ];
  it.each(misspeltOrGlued)('reads the topic of "%s"', (text, topics) => {
    expect(filters(text).topics).toEqual(topics);
  });

  it('reads a misspelt month ("im Septmber", "Novmeber", "im Oktobr") but no town as a month', () => {
    expect(filters('Seminare im Septmber').period).toEqual({ from: berlin('2027-09-01'), to: berlin('2027-10-01') });
    expect(filters('Novmeber').period).toEqual({ from: berlin('2027-11-01'), to: berlin('2027-12-01') });
    expect(filters('Workshops im Oktobr').period).toEqual({ from: berlin('2027-10-01'), to: berlin('2027-11-01') });
    expect(filters('Seminare in Mainz').period).toBeUndefined();
    expect(filters('Seminare im Sommer').period).toEqual({ from: berlin('2027-06-01'), to: berlin('2027-09-01') });
  });

  it('reads a time word typed with a slip ("im näcshten Monat", "in den kommendne Wochen", "im Frühjhar") as that time', () => {
    expect(filters('Workshops im näcshten Monat').period).toEqual(filters('Workshops im nächsten Monat').period);
    expect(filters('Workshops im näcshten Monat').period).toBeDefined();
    expect(filters('Seminare in den kommendne Wochen').period).toEqual(filters('Seminare in den kommenden Wochen').period);
    expect(filters('Seminare in den kommendne Wochen').period).toBeDefined();
    expect(filters('Gibt es im Frühjhar was online?').period).toEqual({ from: berlin('2027-03-01'), to: berlin('2027-06-01') });
    // A word near a time word that is a word of its own is no time ("Kommune" is two edits from "kommende").
    expect(filters('Seminare für unsere Kommune').period).toBeUndefined();
  });

  it('reads a calendar week ("KW 8", "in der 30. KW"): this year\'s, or next year\'s where it is over', () => {
    expect(filters('Präsenz KW 8').period).toEqual({ from: berlin('2027-02-22'), to: berlin('2027-03-01') });
    expect(filters('Hab in der 30. KW Zeit').period).toEqual({ from: berlin('2027-07-26'), to: berlin('2027-08-02') });
    expect(filters('Seminare in KW 6').period).toEqual({ from: berlin('2028-02-07'), to: berlin('2028-02-14') });
    expect(filters('Seminare in KW 60').period).toBeUndefined();
  });

  it('reads Christmas and Easter (24–26 December; Good Friday to Easter Monday), and before them until they begin', () => {
    expect(filters('Gibt es vor Weihnachten noch Kurse?').period).toEqual({ from: berlin('2027-02-15'), to: berlin('2027-12-24') });
    expect(filters('Workshops über Weihnachten').period).toEqual({ from: berlin('2027-12-24'), to: berlin('2027-12-27') });
    // Easter Sunday 2027 is 28 March, 2028 16 April.
    expect(filters('Was habt ihr kurz vor Ostern?').period).toEqual({ from: berlin('2027-02-15'), to: berlin('2027-03-26') });
    expect(filters('Seminare über Ostern 2028').period).toEqual({ from: berlin('2028-04-14'), to: berlin('2028-04-18') });
  });

  it('reads no period from the time of the writer\'s own event or from a deadline for an answer', () => {
    expect(filters('Habt ihr was zu barrierefreien Festen? Unser Stadtfest ist im Juni.').period).toBeUndefined();
    expect(filters('Unsere Ratssitzung im März ist öffentlich, gibt es was zu Moderation?').period).toBeUndefined();
    expect(filters('Mein Chef will bis Weihnachten wissen, was wir buchen.').period).toBeUndefined();
    expect(filters('Unser Stadtfest ist im Juni, gibt es davor im Mai noch ein Seminar?').period).toEqual({ from: berlin('2027-05-01'), to: berlin('2027-06-01') });
    expect(filters('Gibt es bis Weihnachten noch ein Seminar?').period).toEqual({ from: berlin('2027-02-15'), to: berlin('2027-12-27') });
  });

  it('reads the summer holidays: before them until July, in them July and August, after them from September', () => {
    expect(filters('irgendwas zu Buchhaltung vor den Sommerferien?').period).toEqual({ from: berlin('2027-02-15'), to: berlin('2027-07-01') });
    expect(filters('Seminare in den Sommerferien').period).toEqual({ from: berlin('2027-07-01'), to: berlin('2027-09-01') });
    expect(filters('Workshops nach den Sommerferien').period).toEqual({ from: berlin('2027-09-01'), to: berlin('2028-01-01') });
  });

  it('reads "im zweiten Halbjahr" said in December as the next one', () => {
    expect(filters('Workshops im zweiten Halbjahr', berlinLocalToUtc('2026-12-01T10:00')).period).toEqual({ from: berlin('2027-07-01'), to: berlin('2028-01-01') });
    expect(filters('Workshops im zweiten Halbjahr', berlinLocalToUtc('2026-10-01T10:00')).period).toEqual({ from: berlin('2026-07-01'), to: berlin('2027-01-01') });
  });

  const daytimes: Array<[string, string | undefined]> = [
    ['gibts auch was abends?', 'abend'],
    ['Seminare nach Feierabend', 'abend'],
    ['Workshops vormittags im März', 'vormittag'],
    ['am Nachmittag online', 'nachmittag'],
    // "morgen" is tomorrow, not the morning.
    ['Was gibt es morgen?', undefined],
  ];
  it.each(daytimes)('reads the time of day from "%s"', (text, daytime) => {
    expect(filters(text).daytime).toBe(daytime);
  });

  const weekdays: Array<[string, number[] | undefined]> = [
    ['Seminare auch samstags?', [6]],
    ['Gibt es Seminare am Wochenende?', [6, 7]],
    ['Any sessions on weekends?', [6, 7]],
    ['Ich hab nur dienstags und donnerstags Zeit', [2, 4]],
    ['Workshops montags bis mittwochs', [1, 2, 3]],
    ['Ich kann nur mittwochs, die restliche Woche bin ich verplant', [3]],
    // the days someone cannot: every other one
    ['Dienstags und donnerstags hab ich immer Teamsitzung, da geht gar nichts', [1, 3, 5, 6, 7]],
    ['montags kann ich grundsätzlich nicht', [2, 3, 4, 5, 6, 7]],
    ['Unter der Woche komm ich aus der Kita nicht weg', [6, 7]],
    ['ich arbeite unter der Woche, gibt es was am Wochenende?', [6, 7]],
    // nothing planned is time free; being reachable is no day taken
    ['Samstags habe ich nichts vor', [6]],
    ['Erreichbar bin ich dienstags und donnerstags', [2, 4]],
    ['Mich würde interessieren, ob es Seminare am Wochenende gibt, weil unsere Ehrenamtlichen unter der Woche arbeiten', [6, 7]],
    // every day is no wish; one date ("am Montag", "dieses Wochenende") is a period, not a day of the week
    ['Seminare wochentags oder am Wochenende?', undefined],
    ['Was gibt es am Montag?', undefined],
    ['Gibt es dieses Wochenende ein Seminar?', undefined],
    ['Der Montagstermin passt mir nicht', undefined],
  ];
  it.each(weekdays)('reads the days of the week from "%s"', (text, days) => {
    expect(filters(text).weekdays).toEqual(days);
  });

  it('reads "am Wochenende" as weekends in general, with no period', () => {
    const f = filters('Gibt es Seminare am Wochenende?');
    expect(f.period).toBeUndefined();
    expect(f.hasAny).toBe(true);
  });

  const durations: Array<[string, string | undefined]> = [
    ['Welche Seminare gehen nur nen halben Tag?', 'halbtag'],
    ['ein Seminar, das nicht länger als einen halben Tag dauert', 'halbtag'],
    ["was zu Fördermitteln, max 'n halber Tag", 'halbtag'],
    ['Halbtagesveranstaltungen im Onlineformat', 'halbtag'],
    ['lieber halbtägig', 'halbtag'],
    ['bitte nicht ganztägig', 'halbtag'],
    ['Ich kann nicht den ganzen Tag weg', 'halbtag'],
    ['ein ganztägiger Workshop zu Moderation', 'ganztag'],
    ['half-day workshops online', 'halbtag'],
    ['anything on funding, only half a day?', 'halbtag'],
    ['no full-day workshops please', 'halbtag'],
    ['full-day seminars on moderation', 'ganztag'],
    ['I have a full day free on Friday', undefined],
    // The writer's working hours, a half day of travelling, a question how long they are: no wish for a length.
    ['Ich arbeite halbtags und habe zwei Kinder', undefined],
    ['Ich hab keine Lust, für nen halben Tag quer durchs Land zu fahren', undefined],
    ['Gehen die Seminare den ganzen Tag?', undefined],
  ];
  it.each(durations)('reads how long a seminar day may be from "%s"', (text, duration) => {
    expect(filters(text).duration).toBe(duration);
  });

  it('reads "in den nächsten Wochen" as about six weeks from today', () => {
    expect(filters('Was steht in den nächsten Wochen an?').period).toEqual({ from: berlin('2027-02-15'), to: berlin('2027-03-29') });
  });

  const withoutTravel = [
    'Was geht von zu Hause aus?',
    'Ich möchte vom Schreibtisch aus lernen',
    'Seminare ohne Anreise',
    'Ich kann gerade nicht reisen',
    'Workshops im Homeoffice',
    'Ich kann nicht weit wegfahren',
    'Reisen geht bei mir leider gar nicht',
    'Lange Zugfahrten schaffe ich nicht',
  ];
  it.each(withoutTravel)('reads taking part without travelling as online: "%s"', (text) => {
    expect(filters(text).formats).toEqual(['online']);
  });

  it('reads the level', () => {
    expect(filters('Grundlagenseminar für Einsteiger').level).toBe('einstieg');
    expect(filters('etwas für Fortgeschrittene').level).toBe('vertiefung');
    expect(filters('Online-Seminare im März').level).toBeUndefined();
  });

  // What someone had already, or does not want again, is no wish: basics had wish for more, a topic had is no topic.
  const declinedLevels: Array<[string, string]> = [
    ['hast du was für Fortgeschrittene? Grundlagen hatte ich schon zur Genüge', 'vertiefung'],
    ['Kein Grundlagenkurs bitte, was zur Moderation', 'vertiefung'],
    ['Ich habe den Einsteigerkurs schon hinter mir', 'vertiefung'],
    ['Bitte nicht schon wieder Grundlagen', 'vertiefung'],
    ['Was für Einsteiger, nicht für Profis', 'einstieg'],
    ['Ich hab noch keine Erfahrung, gibt es Grundlagen zu Inklusion?', 'einstieg'],
    // Basics one has taken part in, said before the level's word: more than that is wished for.
    ['Ich habe schon zwei Grundlagenseminare bei euch gemacht', 'vertiefung'],
    ['Letztes Jahr habe ich einen Grundlagenkurs zu Projektmanagement besucht', 'vertiefung'],
    ['Im letzten Jahr war ich bei euch schon bei den Grundlagen zu Netzwerkmanagement', 'vertiefung'],
    // Both levels named: the basics are what the advanced ones build on.
    ['Gibt es Aufbauseminare zum Projektmanagement, die eine Grundlagenschulung voraussetzen?', 'vertiefung'],
    ['Was gibt es auf Aufbauniveau?', 'vertiefung'],
    ['Einen Aufbaukurs zur Moderation, bitte', 'vertiefung'],
    // Guards: basics wished for, and "aufbauen" the verb.
    ['Ich habe Interesse an einem Grundlagenkurs', 'einstieg'],
    ['Netzwerke aufbauen für Anfänger', 'einstieg'],
  ];
  it.each(declinedLevels)('reads the level wished for in "%s" as %s', (text, level) => {
    expect(filters(text).level).toBe(level);
  });

  it('keeps the topic whose basics were had, and drops a topic not wanted again', () => {
    const basicsHad = filters('Ich habe den Einsteigerkurs zu Pressearbeit schon hinter mir und suche etwas, das darauf aufbaut');
    expect(basicsHad).toMatchObject({ topics: ['oeffentlichkeitsarbeit'], level: 'vertiefung', declined: true });
    expect(filters('Suche was zu Moderation, aber nicht schon wieder Leichte Sprache').topics).toEqual(['moderation']);
    expect(filters('Leichte Sprache, das hab ich drei mal gemacht. Was gibt es zu Moderation?')).toMatchObject({ topics: ['moderation'], accessibility: [] });
    expect(filters('Ich kenne mich schon gut mit Inklusion aus und suche was zu Projektmanagement').topics).toEqual(['projektmanagement']);
    // Named as wished for, the same words stay.
    expect(filters('Seminare zu Leichter Sprache').topics).toEqual(['leichte-sprache']);
    expect(filters('Gibt es Seminare in Leichter Sprache?').accessibility).toEqual(['leichteSprache']);
    expect(filters('Wir haben schon Texte in Leichter Sprache und brauchen Hilfe bei der Prüfung').declined).toBeUndefined();
    expect(filters('Ich suche ein Seminar zu Moderation, weil ich schon viele Sitzungen besucht habe, die schlecht liefen').topics).toEqual(['moderation']);
  });

  it('reads the time of day wished for, not the one said to be impossible', () => {
    expect(filters('Hast du was für nachmittags? Vormittags bin ich immer in der Kita eingespannt').daytime).toBe('nachmittag');
    expect(filters('Vormittags kann ich leider nicht, nachmittags schon').daytime).toBe('nachmittag');
    expect(filters('Abends geht bei mir gar nicht.').daytime).toBeUndefined();
    expect(filters('Seminare abends oder nachmittags').daytime).toBe('abend');
  });

  it('reads a format someone has had enough of as the other one', () => {
    expect(filters('Zoom kann ich nicht mehr sehen, gibt es was zu Pressearbeit?').formats).toEqual(['praesenz']);
    expect(filters('Online hatten wir in den letzten Jahren genug.').formats).toEqual(['praesenz']);
  });
});

describe('German periods relative to now (Europe/Berlin)', () => {
  const cases: Array<[string, string, string]> = [
    ['im März', '2027-03-01', '2027-04-01'],
    ['im Maerz', '2027-03-01', '2027-04-01'],
    ['im Januar', '2028-01-01', '2028-02-01'], // January 2027 is over
    ['im Februar', '2027-02-01', '2027-03-01'], // the current month is not over
    ['im Mai 2028', '2028-05-01', '2028-06-01'],
    ['Ende März', '2027-03-21', '2027-04-01'],
    // a week of a month, also as one word (until 2026-12-07 "Aprilwoche" was no time and "die erste Woche im April" all April)
    ['in der ersten Aprilwoche', '2027-04-01', '2027-04-08'],
    ['die zweite Woche im März', '2027-03-08', '2027-03-15'],
    ['in der letzten Maiwoche', '2027-05-25', '2027-06-01'],
    ['diesen Monat', '2027-02-01', '2027-03-01'],
    ['nächsten Monat', '2027-03-01', '2027-04-01'],
    ['diese Woche', '2027-02-15', '2027-02-22'],
    ['übernächste Woche', '2027-03-01', '2027-03-08'],
    ['in den nächsten 14 Tagen', '2027-02-15', '2027-03-01'],
    ['im ersten Quartal', '2027-01-01', '2027-04-01'],
    ['Q4', '2027-10-01', '2028-01-01'],
    ['im nächsten Quartal', '2027-04-01', '2027-07-01'],
    ['im Sommer', '2027-06-01', '2027-09-01'],
    ['im Herbst', '2027-09-01', '2027-12-01'],
    ['im Winter', '2026-12-01', '2027-03-01'],
    ['im zweiten Halbjahr', '2027-07-01', '2028-01-01'],
    // the calendar's half-year and quarter, as officialese names them
    ['im zweiten Kalenderhalbjahr', '2027-07-01', '2028-01-01'],
    ['im ersten Kalenderquartal', '2027-01-01', '2027-04-01'],
    ['ab April', '2027-04-01', '2032-04-01'],
    ['bis Ende Mai', '2027-02-15', '2027-06-01'],
    // "nicht vor März" is from March on, "nicht nach Mai" until May's end (until 2026-12-06 both read as "vor"/"nach")
    ['nicht vor März', '2027-03-01', '2032-03-01'],
    ['nicht früher als im April', '2027-04-01', '2032-04-01'],
    ['nicht nach Mai', '2027-02-15', '2027-06-01'],
    ['nicht später als Juni', '2027-02-15', '2027-07-01'],
    ['vor März', '2027-02-15', '2027-03-01'],
    ['von März bis Mai', '2027-03-01', '2027-06-01'],
    ['am 9. März', '2027-03-09', '2027-03-10'],
    ['am 9.3.', '2027-03-09', '2027-03-10'],
    ['am 09.03.2027', '2027-03-09', '2027-03-10'],
    ['vom 1. bis 15. März', '2027-03-01', '2027-03-16'],
    ['morgen', '2027-02-16', '2027-02-17'],
    ['am Donnerstag', '2027-02-18', '2027-02-19'],
    ['dieses Wochenende', '2027-02-20', '2027-02-22'],
    ['nächstes Wochenende', '2027-02-20', '2027-02-22'],
    ['dieses Jahr', '2027-01-01', '2028-01-01'],
    // School holidays differ by state: autumn ones in October, Easter ones around Easter (28 March 2027), Christmas ones to 6 January.
    ['nach den Herbstferien', '2027-11-01', '2028-01-01'],
    ['in den Osterferien', '2027-03-18', '2027-04-08'],
    ['zwischen den Jahren', '2027-12-24', '2028-01-02'],
    ['vor den Weihnachtsferien', '2027-02-15', '2027-12-23'],
    ['nach den Weihnachtsferien', '2028-01-07', '2028-03-08'],
  ];
  it.each(cases)('"%s" is %s to %s', (text, from, to) => {
    expect(filters(text).period).toEqual({ from: berlin(from), to: berlin(to) });
  });

  it.each([
    ['in March', '2027-03-01', '2027-04-01'],
    ['in week 45', '2027-11-08', '2027-11-15'],
    ['next month', '2027-03-01', '2027-04-01'],
    ['this week', '2027-02-15', '2027-02-22'],
    ['in the first quarter', '2027-01-01', '2027-04-01'],
    ['this summer', '2027-06-01', '2027-09-01'],
    ['in the fall', '2027-09-01', '2027-12-01'],
    ['from April', '2027-04-01', '2032-04-01'],
    ['until the end of May', '2027-02-15', '2027-06-01'],
    ['tomorrow', '2027-02-16', '2027-02-17'],
  ])('reads the English "%s" as %s to %s', (text, from, to) => {
    expect(filters(`Any workshops ${text}?`).period).toEqual({ from: berlin(from), to: berlin(to) });
  });

  it('takes "may" and "fall" for times only where they name one', () => {
    expect(filters('May I bring my assistant?').period).toBeUndefined();
    expect(filters('What if I fall ill?').period).toBeUndefined();
    expect(filters('Seminars in May').period).toEqual({ from: berlin('2027-05-01'), to: berlin('2027-06-01') });
  });

  it('starts and ends periods at Berlin midnight on both sides of the switch to summer time', () => {
    const period = filters('von März bis April').period;
    expect(period?.from.toISOString()).toBe('2027-02-28T23:00:00.000Z'); // CET
    expect(period?.to.toISOString()).toBe('2027-04-30T22:00:00.000Z'); // CEST
  });

  it('resolves "heute" by the Berlin date, also late in the evening when UTC is already the next day', () => {
    const lateEvening = berlinLocalToUtc('2027-07-06T23:30'); // 21:30 UTC, still 6 July in Berlin
    expect(filters('Was ist heute?', lateEvening).period).toEqual({ from: berlin('2027-07-06'), to: berlin('2027-07-07') });
    const afterMidnight = berlinLocalToUtc('2027-07-07T00:30'); // 22:30 UTC on 6 July
    expect(filters('Was ist heute?', afterMidnight).period).toEqual({ from: berlin('2027-07-07'), to: berlin('2027-07-08') });
  });

  it('does not read a greeting as a date', () => {
    expect(filters('Guten Morgen!').period).toBeUndefined();
  });
});

describe('seminar look-up cues', () => {
  it.each(['Online-Seminare im März', 'Was gibt es zu Öffentlichkeitsarbeit?', 'Präsenzseminare in Rostock', 'Seminare mit Gebärdensprache', 'Was ist nächste Woche?', 'Workshops im zweiten Quartal', 'Welche Fortbildungen gibt es?', 'Kurse in Leichter Sprache'])(
    'treats "%s" as a look-up',
    (text) => {
      expect(isSeminarLookup(text)).toBe(true);
    },
  );

  it.each(['Muss ich mich anmelden?', 'Ich bin Netzwerkkoordinatorin', 'Was kostet das?', 'Hilfe'])('does not treat "%s" as a look-up', (text) => {
    expect(isSeminarLookup(text)).toBe(false);
  });
});

describe('landscapes across state borders', () => {
  it('name every state they lie in that the catalogue has seminars in ("in der Eifel": Rheinland-Pfalz and Nordrhein-Westfalen)', async () => {
    const shipped = await loadShippedKnowledge();
    const eifel = extractSeminarFilters('Seminare in der Eifel', shipped, FIXTURE_NOW);
    expect(eifel.regions).toEqual(expect.arrayContaining(['Rheinland-Pfalz', 'Nordrhein-Westfalen']));
  });
});

describe('a follow-up said first, completed by the words after it (completedBy)', () => {
  const read = (text: string) => extractSeminarFilters(text, fixtureKnowledge, FIXTURE_NOW);

  it('keeps each kind of wish the first clause names and adds the kinds only the words after it name', () => {
    const both = completedBy(read('nur online bitte'), read('am liebsten im April, nachmittags'));
    expect(both.formats).toEqual(['online']);
    expect(both.period).toEqual(read('im April').period);
    expect(both.daytime).toBe(read('nachmittags').daytime);
    expect(both.hasAny).toBe(true);
  });

  it('lets the first clause decide a kind both name ("nachmittags? vormittags hab ich immer jour fixe")', () => {
    expect(completedBy(read('nachmittags'), read('vormittags')).daytime).toBe(read('nachmittags').daytime);
    expect(completedBy(read('in Erlangen'), read('in Hamburg'))).toMatchObject({ cities: ['Erlangen'] });
    expect(completedBy(read('in Erlangen'), read('in Hamburg')).unknownPlace).toBeUndefined();
  });

  it('takes a place only the words after it name, unknown places and their regions too', () => {
    const after = read('bei Hamburg');
    const both = completedBy(read('nur online'), after);
    expect(both.unknownPlace).toBe(after.unknownPlace);
    expect(both.cities).toEqual(after.cities);
  });
});

describe('places and topics not wanted, said after them', async () => {
  const shipped = await loadShippedKnowledge();
  const read = (text: string) => extractSeminarFilters(text, shipped, FIXTURE_NOW);

  it.each([
    ['Berlin und Rostock sind mir zu weit, welche gehen online?', ['Berlin', 'Rostock']],
    ['nach Rostock komm ich nicht', ['Rostock']],
    ['Köln geht leider nicht, gibt es das auch in Berlin?', ['Köln']],
  ])('"%s" looks in no place said not to be wanted', (text, notIn) => {
    const filters = read(text);
    expect(filters.notIn?.cities).toEqual(notIn);
    for (const city of notIn) expect(filters.cities).not.toContain(city);
  });

  it('still looks in a place wished for ("Rostock ist gut erreichbar für mich")', () => {
    expect(read('Rostock ist gut erreichbar für mich').cities).toEqual(['Rostock']);
  });

  it('drops a topic not needed at all, also with its level ("Grundlagen Inklusion brauch ich nicht, mir gehts um Fördermittel")', () => {
    const filters = read('Grundlagen Inklusion brauch ich nicht, mir gehts um Fördermittel');
    expect(filters.topics).not.toContain('inklusion-grundlagen');
    expect(filters.declined).toBe(true);
  });

  it('reads basics had already, also as a compound, as a wish for more ("Grundlagenkurse hatte ich schon")', () => {
    expect(read('Grundlagenkurse hatte ich schon, gibts auch was für Fortgeschrittene?')).toMatchObject({ level: 'vertiefung', declined: true });
  });
});
