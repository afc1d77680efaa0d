// What a seminar listing tells about every seminar — date, time, length, place, places left — as the
// words people use for it. "Dauer und Ort?" or "Uhrzeit?" names these properties and nothing else: the
// coming seminars, each shown with them, are the answer. Costs, registration and deadlines are not
// here: the FAQ answers them for all seminars at once.
/** Folded nouns (and a few English words) for a seminar's listed properties. */
const PROPERTY_WORDS = [
  'dauer', 'laenge', 'zeitaufwand', 'umfang', 'ort', 'orte', 'veranstaltungsort', 'veranstaltungsorte', 'tagungsort', 'adresse', 'raum', 'uhrzeit', 'uhrzeiten',
  'zeit', 'zeiten', 'beginn', 'anfang', 'ende', 'datum', 'wochentag', 'wochentage', 'plaetze', 'platz', 'teilnehmerzahl', 'gruppengroesse',
  'seminardauer', 'kursdauer', 'workshopdauer', 'seminarort', 'seminarorte', 'kursort', 'seminarzeiten', 'kurszeiten', 'seminarzeit',
  'duration', 'length', 'location', 'locations', 'venue', 'venues', 'place', 'places', 'time', 'times', 'date', 'dates',
];

/** Words that may stand between the property nouns: joiners, articles, the seminar words. */
const FILLER = new Set(['und', 'oder', 'sowie', 'der', 'die', 'das', 'des', 'den', 'dem', 'freie', 'frei', 'genaue', 'genauer', 'bitte', 'and', 'or', 'the', 'seminar', 'seminare', 'seminars', 'kurs', 'kurse', 'workshop', 'workshops', 'fortbildung', 'fortbildungen', 'von', 'vom', 'fuer', 'of', 'for']);

const words = new Set(PROPERTY_WORDS);

/** Most words a message of property nouns has ("Dauer, Ort und Uhrzeit der Seminare?"). */
const MAX_WORDS = 8;

/** Whether a folded word names a property every listed seminar shows ("ort", "dauer"). */
export function isPropertyWord(word: string): boolean {
  return words.has(word);
}

/** Whether the folded tokens name seminar properties and nothing else ("dauer und ort", "uhrzeit"). */
export function namesOnlyProperties(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  let named = false;
  for (const token of tokens) {
    if (words.has(token)) named = true;
    else if (!FILLER.has(token)) return false;
  }
  return named;
}
