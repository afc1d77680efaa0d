// Turns German time expressions into a period of Berlin calendar days relative to `now`: "im März",
// "nächste Woche", "im zweiten Quartal", "im Sommer", "ab April", "bis Ende Mai", "vom 1. bis 15. März".
// Own rules for months, quarters, seasons and weeks; chrono-node's German parser for explicit dates.
import * as chrono from 'chrono-node';
import { addDays, berlinParts, normalizeDay, startOfBerlinDay, type CalendarDay } from './dates.js';
import { fuzzyWordSet } from '../search/german.js';
import { editDistance } from '../search/editDistance.js';
import { everyMatch } from './matches.js';

/** Instants: `from` inclusive, `to` exclusive; both at Berlin midnight. */
export interface Period {
  from: Date;
  to: Date;
}

interface DayRange {
  start: CalendarDay;
  /** Exclusive. */
  end: CalendarDay;
}

interface Span {
  index: number;
  end: number;
  range: DayRange;
}

// Open-ended look-ups ("ab April") still need an end; no catalogue plans further ahead.
const OPEN_END_YEARS = 5;

/** A period asked for only from its start on ("ab April"): its end is the one set for it, not one anybody said. */
export function isOpenEnded(period: { from: Date; to: Date }): boolean {
  return period.to.getTime() - period.from.getTime() > (OPEN_END_YEARS - 0.5) * 365 * 24 * 60 * 60 * 1000;
}

// JavaScript's \b only knows ASCII letters; these patterns start with "ü" and "ä", so every \b
// below is rewritten to a Unicode-aware boundary.
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
function u(pattern: RegExp | string, flags = 'gu'): RegExp {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  return new RegExp(source.replace(/\\b/g, BOUNDARY), flags);
}

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
  september: 9, sept: 9, oktober: 10, november: 11, dezember: 12,
};
const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_GATE = new RegExp(MONTH_PATTERN);

const NUMBERS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, vierzehn: 14,
};
const NUMBER_PATTERN = `\\d{1,2}|${Object.keys(NUMBERS).join('|')}`;

const ORDINALS: Record<string, number> = { erst: 1, zweit: 2, dritt: 3, viert: 4, letzt: 4 };

const WEEKDAYS: Record<string, number> = { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 };

// People type "Maerz", "naechste", "Fruehjahr"; chrono and the rules below read the umlaut spelling.
// Each with a piece of text every match contains (proven in test/assistant/dateText.test.ts): most
// messages have none, and the pattern is not run on them.
const RESTORE_UMLAUTS: Array<[pattern: RegExp, replacement: string, needs: string]> = [
  [/\bma(?:e)?rz\b/g, 'märz', 'rz'],
  [/\b(ueber|uber)na(?:e)?chst/g, 'übernächst', 'chst'],
  [/\bna(?:e)?chst/g, 'nächst', 'chst'],
  [/\bueber/g, 'über', 'ueber'],
  [/\bfrueh/g, 'früh', 'frueh'],
  [/\bjahresha(?:e)?lfte/g, 'jahreshälfte', 'lfte'],
  [/\bha(?:e)?lfte/g, 'hälfte', 'lfte'],
  [/\bfuenf/g, 'fünf', 'fuenf'],
  [/\bzwoelf/g, 'zwölf', 'zwoelf'],
  [/\bjaenner/g, 'jänner', 'jaenner'],
];
/** The umlaut restorations with what each needs, for the test that proves it. */
export const UMLAUT_RESTORATIONS: ReadonlyArray<{ pattern: RegExp; needs: string }> = RESTORE_UMLAUTS.map(([pattern, , needs]) => ({ pattern, needs }));

// English speakers ask "workshops in March", "next month", "this spring": their time words are
// written in German before the rules below read them. "May" and "fall" are also words of their own
// ("May I …", "fall ill"): they count as times only after a word that introduces one, or before a number.
const TIME_INTRO = '(?:in|from|until|till|by|before|after|since|early|late|mid|end of|beginning of|start of|and|or|to|through|between|next|this|last|during|the)';
const GERMAN_MONTH = '(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)';
const ENGLISH_TIME: Array<[RegExp, string]> = [
  [/\b(?:next|coming|upcoming) month\b/g, 'nächsten monat'],
  [/\bthis month\b/g, 'diesen monat'],
  [/\b(?:next|coming|upcoming) week\b/g, 'nächste woche'],
  [/\b(?:calendar )?week (\d{1,2})\b/g, 'kw $1'],
  [/\bthis week\b/g, 'diese woche'],
  [/\b(?:next|coming|upcoming) year\b/g, 'nächstes jahr'],
  [/\bthis year\b/g, 'dieses jahr'],
  [/\b(?:in )?the (?:coming|next few) weeks\b/g, 'in den nächsten wochen'],
  [/\b(?:in )?the (?:coming|next few) months\b/g, 'in den nächsten monaten'],
  [/\b(first|second|third|fourth|last) quarter\b/g, '$1 quartal'],
  [/\b(first|second) half of the year\b/g, '$1 halbjahr'],
  [/\btoday\b/g, 'heute'],
  [/\btomorrow\b/g, 'morgen'],
  [/\bjanuary\b/g, 'januar'],
  [/\bfebruary\b/g, 'februar'],
  [/\bmarch\b/g, 'märz'],
  [new RegExp(`\\b(${TIME_INTRO}) may\\b`, 'g'), '$1 mai'],
  [/\bmay(?= \d)/g, 'mai'],
  [/\bjune\b/g, 'juni'],
  [/\bjuly\b/g, 'juli'],
  [/\boctober\b/g, 'oktober'],
  [/\bdecember\b/g, 'dezember'],
  [/\bspring\b/g, 'frühjahr'],
  [/\bsummer\b/g, 'sommer'],
  [/\bautumn\b/g, 'herbst'],
  [new RegExp(`\\b(${TIME_INTRO}) fall\\b`, 'g'), '$1 herbst'],
  // With the month in German: "from May" is "ab Mai", "until the end of May" "bis Ende Mai".
  [new RegExp(`\\b(?:from|starting(?: in)?) (?=${GERMAN_MONTH}\\b)`, 'g'), 'ab '],
  [new RegExp(`\\b(?:until|till|by) (?=(?:the )?(?:end of )?${GERMAN_MONTH}\\b)`, 'g'), 'bis '],
  [new RegExp(`\\b(?:the )?end of (?=${GERMAN_MONTH}\\b)`, 'g'), 'ende '],
];
const ORDINAL_WORDS: Record<string, string> = { first: 'erstes', second: 'zweites', third: 'drittes', fourth: 'viertes', last: 'letztes' };

/** A word every rule of ENGLISH_TIME needs: most messages have none, and then none of them is tried. */
const ENGLISH_TIME_HINT = /\b(?:month|months|week|weeks|year|quarter|half|today|tomorrow|january|february|march|may|june|july|october|december|spring|summer|autumn|fall|from|starting|until|till|by|end)\b/;

function germanTimeWords(text: string): string {
  if (!ENGLISH_TIME_HINT.test(text)) return text;
  let t = text;
  for (const [pattern, replacement] of ENGLISH_TIME) t = t.replace(pattern, replacement);
  return t.replace(/\b(first|second|third|fourth|last) (quartal|halbjahr)\b/g, (_m, n: string, unit: string) => `${ORDINAL_WORDS[n] ?? n} ${unit}`);
}

/** Month names as the folded text writes them ("maerz"), for typos. */
const FOLDED_MONTHS = Object.keys(MONTHS)
  .filter((m) => m.length >= 5)
  .map((m) => m.replace(/ä/g, 'ae'));
const monthWords = fuzzyWordSet(FOLDED_MONTHS);

/**
 * The words of a time asked for besides the months, folded, in the forms the period rules read ("im nächsten Monat", "in
 * den kommenden Wochen", "kommendes Jahr", "im Frühjahr"): typed with a slip, they are written right too ("im näcshten
 * monat"). One edit only, whatever their length: "Kommunen" is two from "kommenden".
 */
const FOLDED_TIME_WORDS = fuzzyWordSet(['naechste', 'naechsten', 'naechstes', 'naechster', 'naechstem', 'kommende', 'kommenden', 'kommendes', 'kommender', 'kommendem', 'monat', 'monate', 'monaten', 'monats', 'woche', 'wochen', 'quartal', 'quartals', 'halbjahr', 'halbjahres', 'fruehjahr', 'fruehjahrs', 'fruehling', 'sommer', 'sommers', 'herbst', 'herbstes', 'winter', 'winters']);

/** Words one edit from a time word that are words of their own ("zwei Nächte" is no "nächste"). */
const NOT_TIME_SLIPS = new Set(['naechte', 'naechten']);

/** Of the words near a misspelt one, one of the nearest, the one as long where there is one ("kommendne" is "kommenden", not "kommende"). */
function nearestOf(found: readonly string[], word: string): string | undefined {
  const nearest = Math.min(...found.map((m) => editDistance(m, word)));
  const best = found.filter((m) => editDistance(m, word) === nearest);
  return best.find((m) => m.length === word.length) ?? best[0];
}

/**
 * The month a misspelt word means ("Septmber", "Novmeber", "Oktobr"), or the time word ("näcshten"), folded, or undefined.
 * It keeps the first letter; a month of up to seven letters may differ by one edit only ("Marz", not "Mainz").
 */
export function misspeltTimeWord(word: string): string | undefined {
  if (word.length < 5 || FOLDED_MONTHS.includes(word) || FOLDED_TIME_WORDS.has(word) || NOT_TIME_SLIPS.has(word)) return undefined;
  const month = nearestOf(monthWords.near(word, word.length >= 8 ? 2 : 1, (m) => m[0] === word[0]), word);
  return month ?? nearestOf(FOLDED_TIME_WORDS.near(word, 1, (m) => m[0] === word[0]), word);
}

/** Every misspelt month or time word in a lower-case text written right ("im septmber" → "im september", "im näcshten monat" → "im nächsten monat"). */
export function correctTimeWords(text: string): string {
  return text.replace(/\p{L}{5,}/gu, (word) => misspeltTimeWord(word.replace(/ä/g, 'ae').replace(/ü/g, 'ue'))?.replace(/^maerz$/, 'märz').replace(/^naechst/, 'nächst').replace(/^frueh/, 'früh') ?? word);
}

/**
 * The text as the period rules read it. Every step runs only where it can change something: NFC on
 * text with a character beyond ASCII, ß and dashes where there are some, an umlaut restoration where
 * its piece of text is (the same text as the whole chain: test/assistant/dateText.test.ts). Exported for that test.
 */
export function dateText(text: string): string {
  let t = (NOT_ASCII.test(text) ? text.normalize('NFC') : text).toLowerCase();
  if (t.includes('ß')) t = t.replace(/ß/g, 'ss');
  if (t.includes('–') || t.includes('—')) t = t.replace(/[–—]/g, '-');
  t = t.replace(/[^\p{L}\p{N}.\s-]/gu, ' ').replace(/\s+/g, ' ');
  t = germanTimeWords(t);
  // "im zweiten Kalenderhalbjahr", "im ersten Kalenderquartal": the calendar's half-year and quarter are the ones the rules read.
  if (t.includes('kalender')) t = t.replace(/\bkalender(halbjahr|quartal)/g, '$1');
  for (const [pattern, replacement, needs] of RESTORE_UMLAUTS) if (t.includes(needs)) t = t.replace(pattern, replacement);
  return correctTimeWords(t);
}
const NOT_ASCII = /[\u0080-\uffff]/;

function day(year: number, month: number, d: number): CalendarDay {
  return normalizeDay({ year, month, day: d });
}

function months(year: number, first: number, count: number): DayRange {
  return { start: day(year, first, 1), end: day(year, first + count, 1) };
}

function numberOf(word: string): number {
  return NUMBERS[word] ?? Number(word);
}

interface Rule {
  pattern: RegExp;
  /**
   * What every match of the pattern contains (test/assistant/periodGate.test.ts proves it from the
   * pattern): a text without it is not searched. A text that passes TIME_GATE ("Online-Seminare im
   * März") was searched by each of ~20 Unicode patterns, ~3 % of a look-up's respond().
   */
  gate: RegExp;
  range: (m: RegExpExecArray, today: CalendarDay & { weekday: number }) => DayRange | undefined;
}

/** The next year in which the given months are not over yet. */
function upcomingYear(today: CalendarDay, lastMonth: number): number {
  return today.month <= lastMonth ? today.year : today.year + 1;
}

function quarter(q: number, year: string | undefined, today: CalendarDay): DayRange {
  return months(year ? Number(year) : upcomingYear(today, q * 3), q * 3 - 2, 3);
}

function mondayOf(today: CalendarDay & { weekday: number }): CalendarDay {
  return addDays(today, 1 - today.weekday);
}

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return day(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** Monday of an ISO calendar week (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): CalendarDay {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = jan4.getUTCDay() === 0 ? 7 : jan4.getUTCDay();
  return addDays(day(year, 1, 4), 1 - weekday + 7 * (week - 1));
}

/** A holiday span this year, or next year's where this year's is over. */
function upcoming(today: CalendarDay, span: (year: number) => DayRange): DayRange {
  const now = span(today.year);
  return compare(now.end, today) <= 0 ? span(today.year + 1) : now;
}

/** The holidays the rules below read as a time ("nach den Herbstferien", "über Ostern"), as single folded words: no word the knowledge must know. */
export const HOLIDAY_WORD = /(?:herbst|oster|weihnachts|sommer)ferien$|^(?:ostern|weihnachten)$/;

const RULES: Rule[] = [
  {
    // "KW 4", "in KW8", "Kalenderwoche 12", "in der 30. KW": that calendar week, this year's or, where it is over, next year's.
    pattern: u(/\b(?:kw|kalenderwoche) ?(\d{1,2})\b|\b(\d{1,2})\. ?(?:kw|kalenderwoche)\b/),
    gate: /kw|kalenderwoche/,
    range: (m, today) => {
      const week = Number(m[1] ?? m[2]);
      if (week < 1 || week > 53) return undefined;
      return upcoming(today, (year) => {
        const start = isoWeekMonday(year, week);
        return { start, end: addDays(start, 7) };
      });
    },
  },
  {
    // "über Weihnachten", "vor Weihnachten" (until the days begin), "nach Weihnachten" (from them on): 24 to 26 December.
    pattern: u(/\b(?:weihnachten|weihnachtstage[n]?|weihnachtsfeiertage[n]?)(?: (20\d\d))?\b/),
    gate: /weihnacht/,
    range: (m, today) => {
      const christmas = (year: number): DayRange => ({ start: day(year, 12, 24), end: day(year, 12, 27) });
      return m[1] ? christmas(Number(m[1])) : upcoming(today, christmas);
    },
  },
  {
    // "über Ostern", "kurz vor Ostern", "nach Ostern": Good Friday to Easter Monday.
    pattern: u(/\b(?:ostern|osterfeiertage[n]?|ostertage[n]?)(?: (20\d\d))?\b/),
    gate: /oster/,
    range: (m, today) => {
      const easter = (year: number): DayRange => {
        const sunday = easterSunday(year);
        return { start: addDays(sunday, -2), end: addDays(sunday, 2) };
      };
      return m[1] ? easter(Number(m[1])) : upcoming(today, easter);
    },
  },
  {
    // "in den nächsten 14 Tagen", "in den kommenden drei Wochen", "nächste 2 Monate"
    pattern: u(`\\b(?:in den |innerhalb der |während der )?(?:nächsten?|kommenden?|folgenden?) (${NUMBER_PATTERN}) (tage|tagen|wochen|monate|monaten)\\b`),
    gate: /nächst|kommend|folgend/,
    range: (m, today) => {
      const n = numberOf(m[1] ?? '');
      const unit = m[2] ?? '';
      const end = unit.startsWith('tag') ? addDays(today, n) : unit.startsWith('woche') ? addDays(today, 7 * n) : day(today.year, today.month + n, today.day);
      return { start: today, end };
    },
  },
  {
    pattern: u(/\b(?:in den nächsten tagen|demnächst|in kürze|in kuerze|bald)\b/),
    gate: /nächst|kürze|kuerze|bald/,
    range: (_m, today) => ({ start: today, end: addDays(today, 30) }),
  },
  {
    // "in den nächsten Wochen" (no number): about six weeks; "in den kommenden Monaten": about half a year.
    pattern: u(/\b(?:in den |innerhalb der )?(?:nächsten|kommenden) (wochen|monaten?)\b/),
    gate: /nächst|kommend/,
    range: (m, today) => ({ start: today, end: (m[1] ?? '').startsWith('woche') ? addDays(today, 42) : day(today.year, today.month + 6, today.day) }),
  },
  {
    // "im zweiten Quartal", "2. Quartal 2027", "Q3"
    pattern: u(/\b(erst|zweit|dritt|viert|letzt)(?:e|en|es|er)? quartal(?: (20\d\d))?\b|\b([1-4])\.? ?quartal(?: (20\d\d))?\b|\bq([1-4])(?: ?(20\d\d))?\b/),
    gate: /quartal|q/,
    range: (m, today) => {
      const q = m[1] ? (ORDINALS[m[1]] ?? 1) : Number(m[3] ?? m[5]);
      return quarter(q, m[2] ?? m[4] ?? m[6], today);
    },
  },
  {
    pattern: u(/\b(dies|laufend|aktuell|nächst|kommend|übernächst)(?:e|en|es|er|em)? quartal\b/),
    gate: /quartal/,
    range: (m, today) => {
      const current = Math.ceil(today.month / 3);
      const shift = m[1] === 'nächst' || m[1] === 'kommend' ? 1 : m[1] === 'übernächst' ? 2 : 0;
      return months(today.year, (current - 1 + shift) * 3 + 1, 3);
    },
  },
  {
    // "im ersten Halbjahr", "zweite Jahreshälfte 2027"
    pattern: u(/\b(erst|zweit|1\.|2\.) ?(?:e|en|es|er)? ?(?:halbjahr|jahreshälfte|hälfte des jahres)(?: (20\d\d))?\b/),
    gate: /halbjahr|hälfte/,
    range: (m, today) => {
      const second = m[1] === 'zweit' || m[1] === '2.';
      // In a half-year's last month, five sixths of it are over: "im zweiten Halbjahr" said in December means the next one.
      return months(m[2] ? Number(m[2]) : upcomingYear(today, second ? 11 : 5), second ? 7 : 1, 6);
    },
  },
  {
    // "vor den Sommerferien", "in den Sommerferien", "nach den Sommerferien": the holidays differ by state
    // (late June to mid-September); July and August are in them everywhere.
    pattern: u(/\b(vor|in|während|nach|ab) (?:den |der )?sommerferien\b/),
    gate: /sommerferien/,
    range: (m, today) => {
      const year = upcomingYear(today, 8);
      if (m[1] === 'vor') return { start: today, end: day(year, 7, 1) };
      if (m[1] === 'nach' || m[1] === 'ab') return months(year, 9, 4);
      return months(year, 7, 2);
    },
  },
  {
    // "nach den Herbstferien", "in den Osterferien", "vor den Weihnachtsferien", "zwischen den Jahren": the holidays differ by
    // state; the autumn ones are in October (some reach into November), the Easter ones about ten days either side of Easter,
    // the Christmas ones from 23 December to 6 January, "between the years" from Christmas to New Year. "nach" is the two
    // months after them.
    pattern: u(/\b(vor|in|während|nach|ab) (?:den |der )?(herbst|oster|weihnachts)ferien\b|\bzwischen den jahren\b/),
    gate: /herbstferien|osterferien|weihnachtsferien|zwischen den jahren/,
    range: (m, today) => {
      const span = (year: number): DayRange => {
        if (m[2] === 'herbst') return months(year, 10, 1);
        if (m[2] === 'oster') return { start: addDays(easterSunday(year), -10), end: addDays(easterSunday(year), 11) };
        if (m[2] === 'weihnachts') return { start: day(year, 12, 23), end: day(year + 1, 1, 7) };
        return { start: day(year, 12, 24), end: day(year + 1, 1, 2) };
      };
      if (m[1] === 'vor') {
        const next = compare(span(today.year).start, today) > 0 ? span(today.year) : span(today.year + 1);
        return { start: today, end: next.start };
      }
      const holidays = upcoming(today, span);
      if (m[1] === 'nach' || m[1] === 'ab') return { start: holidays.end, end: addDays(holidays.end, 61) };
      return holidays;
    },
  },
  {
    pattern: u(/\b(frühling|frühjahr|sommer|herbst|winter)(?: (20\d\d))?\b/),
    gate: /frühling|frühjahr|sommer|herbst|winter/,
    range: (m, today) => {
      const season = m[1] ?? '';
      const year = m[2] ? Number(m[2]) : undefined;
      if (season === 'winter') {
        // Winter runs from December into the next year; in January and February it is this winter.
        const startYear = year ?? (today.month <= 2 ? today.year - 1 : today.year);
        return months(startYear, 12, 3);
      }
      const first = season === 'sommer' ? 6 : season === 'herbst' ? 9 : 3;
      return months(year ?? upcomingYear(today, first + 2), first, 3);
    },
  },
  {
    // "vom 1. bis 15. März", "zwischen 1. und 10. März", "1.–15. März 2028"
    pattern: u(`\\b(\\d{1,2})\\.? ?(?:bis|und|-|–) ?(\\d{1,2})\\. ?(${MONTH_PATTERN})\\b(?: (20\\d\\d))?`),
    gate: /\d/,
    range: (m, today) => {
      const month = MONTHS[m[3] ?? ''] ?? 1;
      const year = m[4] ? Number(m[4]) : upcomingYear(today, month);
      return { start: day(year, month, Number(m[1])), end: day(year, month, Number(m[2]) + 1) };
    },
  },
  {
    // "in der ersten Aprilwoche", "die zweite Woche im März", "letzte Maiwoche 2028": that week of the month (the first
    // is its days 1–7, the last its last seven days).
    pattern: u(`\\b(erst|zweit|dritt|viert|letzt)(?:e|en|er) (?:woche (?:im|in|des|vom) (${MONTH_PATTERN})|(${MONTH_PATTERN})woche)\\b(?: (20\\d\\d))?`),
    gate: /woche/,
    range: (m, today) => {
      const month = MONTHS[m[2] ?? m[3] ?? ''] ?? 1;
      const year = m[4] ? Number(m[4]) : upcomingYear(today, month);
      const whole = months(year, month, 1);
      if (m[1] === 'letzt') return { start: addDays(whole.end, -7), end: whole.end };
      const week = ['erst', 'zweit', 'dritt', 'viert'].indexOf(m[1] ?? '');
      return { start: day(year, month, 7 * week + 1), end: day(year, month, 7 * week + 8) };
    },
  },
  {
    // "im März", "Ende Mai", "Anfang April 2028" — not "15. März", which is an explicit date for chrono.
    pattern: u(`(?<!\\d\\.? ?)\\b(?:(anfang|mitte|ende) )?(${MONTH_PATTERN})\\b(?: (20\\d\\d))?`),
    gate: MONTH_GATE,
    range: (m, today) => {
      const month = MONTHS[m[2] ?? ''] ?? 1;
      const year = m[3] ? Number(m[3]) : upcomingYear(today, month);
      const whole = months(year, month, 1);
      if (m[1] === 'anfang') return { start: whole.start, end: day(year, month, 11) };
      if (m[1] === 'mitte') return { start: day(year, month, 11), end: day(year, month, 21) };
      if (m[1] === 'ende') return { start: day(year, month, 21), end: whole.end };
      return whole;
    },
  },
  {
    pattern: u(/\b(dies|laufend|aktuell|nächst|kommend|übernächst)(?:e|en|es|er|em)? monat\b/),
    gate: /monat/,
    range: (m, today) => {
      const shift = m[1] === 'nächst' || m[1] === 'kommend' ? 1 : m[1] === 'übernächst' ? 2 : 0;
      return months(today.year, today.month + shift, 1);
    },
  },
  {
    pattern: u(/\b(dies|laufend|aktuell|nächst|kommend|übernächst)(?:e|en|es|er|em)? woche\b/),
    gate: /woche/,
    range: (m, today) => {
      const shift = m[1] === 'nächst' || m[1] === 'kommend' ? 1 : m[1] === 'übernächst' ? 2 : 0;
      const start = addDays(mondayOf(today), 7 * shift);
      return { start, end: addDays(start, 7) };
    },
  },
  {
    // "in zwei Wochen", "in 3 Monaten": the week or month then.
    pattern: u(`\\bin (${NUMBER_PATTERN}) (tagen|wochen|monaten)\\b`),
    gate: /tagen|wochen|monaten/,
    range: (m, today) => {
      const n = numberOf(m[1] ?? '');
      const unit = m[2] ?? '';
      if (unit === 'tagen') {
        const d = addDays(today, n);
        return { start: d, end: addDays(d, 1) };
      }
      if (unit === 'wochen') {
        const start = addDays(mondayOf(today), 7 * n);
        return { start, end: addDays(start, 7) };
      }
      return months(today.year, today.month + n, 1);
    },
  },
  {
    // "am Wochenende" alone is weekends in general, a seminar's days of the week (filters.ts), not this one.
    pattern: u(/\b(?:(nächst|kommend|übernächst)(?:e|en|es|er|em)? |dies(?:es|em|en)? )wochenende\b/),
    gate: /wochenende/,
    range: (m, today) => {
      const shift = m[1] === 'nächst' || m[1] === 'kommend' ? 1 : m[1] === 'übernächst' ? 2 : 0;
      // On a Sunday "this weekend" has begun already: start from the Saturday before.
      const saturday = today.weekday === 7 ? addDays(today, -1) : addDays(today, 6 - today.weekday);
      const start = addDays(saturday, shift > 0 && today.weekday < 6 ? 7 * (shift - 1) : 7 * shift);
      return { start, end: addDays(start, 2) };
    },
  },
  {
    pattern: u(/\b(dies|laufend|aktuell|nächst|kommend)(?:e|en|es|er|em)? jahr(?:es)?\b/),
    gate: /jahr/,
    range: (m, today) => months(m[1] === 'nächst' || m[1] === 'kommend' ? today.year + 1 : today.year, 1, 12),
  },
  {
    pattern: u(/\b(?:jahresende|ende des jahres)\b/),
    gate: /jahr/,
    range: (_m, today) => months(today.year, 12, 1),
  },
  {
    pattern: u(/(?<!guten )\b(übermorgen|morgen|heute)\b/),
    gate: /morgen|heute/,
    range: (m, today) => {
      const d = addDays(today, m[1] === 'übermorgen' ? 2 : m[1] === 'morgen' ? 1 : 0);
      return { start: d, end: addDays(d, 1) };
    },
  },
  {
    pattern: u(`\\b(?:(nächst|kommend)(?:e|en|er)? )?(${Object.keys(WEEKDAYS).join('|')})\\b`),
    gate: /tag|mittwoch|sonnabend/,
    range: (m, today) => {
      const target = WEEKDAYS[m[2] ?? ''] ?? 1;
      let ahead = (target - today.weekday + 7) % 7;
      if (ahead === 0 && m[1]) ahead = 7;
      const d = addDays(today, ahead);
      return { start: d, end: addDays(d, 1) };
    },
  },
];

// After chrono: numeric dates it misses ("am 9.3.") and bare years ("2028").
const LATE_RULES: Rule[] = [
  {
    pattern: u(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])/),
    gate: /\d/,
    range: (m, today) => {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      let year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : today.year;
      if (!m[3] && (mo < today.month || (mo === today.month && d < today.day))) year += 1;
      const start = day(year, mo, d);
      return { start, end: addDays(start, 1) };
    },
  },
  {
    pattern: u(/(?<![\d.])(20\d\d)(?![\d.])/),
    gate: /\d/,
    range: (m) => months(Number(m[1]), 1, 12),
  },
];

function overlaps(spans: Span[], index: number, end: number): boolean {
  return spans.some((s) => index < s.end && s.index < end);
}

function applyRules(rules: Rule[], text: string, today: CalendarDay & { weekday: number }, spans: Span[]): void {
  for (const rule of rules) {
    if (!rule.gate.test(text)) continue;
    for (const m of everyMatch(text, rule.pattern)) {
      const end = m.index + m[0].length;
      if (overlaps(spans, m.index, end)) continue;
      const range = rule.range(m as RegExpExecArray, today);
      if (range) spans.push({ index: m.index, end, range });
    }
  }
}

function applyChrono(text: string, now: Date, today: CalendarDay, spans: Span[]): void {
  const wall = berlinParts(now);
  // chrono reads the reference in the process's time zone; give it Berlin's wall clock so that
  // "morgen" and "am 9. März" mean the same on any server.
  const reference = new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  for (const result of chrono.de.parse(text, reference, { forwardDate: true })) {
    const end = result.index + result.text.length;
    // Only explicit dates: casual words ("Guten Morgen") and weekdays are the rules' job.
    if (!/\d/.test(result.text) || !result.start.isCertain('day') || !result.start.isCertain('month') || overlaps(spans, result.index, end)) continue;
    const start = day(result.start.get('year') ?? today.year, result.start.get('month') ?? 1, result.start.get('day') ?? 1);
    const last = result.end ? day(result.end.get('year') ?? start.year, result.end.get('month') ?? start.month, result.end.get('day') ?? start.day) : start;
    spans.push({ index: result.index, end, range: { start, end: addDays(last, 1) } });
  }
}

/**
 * What every rule above needs in its match, and chrono too (it runs only on a digit): a text with none
 * of these names no time, and no rule is tried — most messages ("Was kostet ein Seminar?") are such a
 * text, and the seminar filters, these rules among them, were ~17 % of a FAQ turn's `respond()`.
 * test/assistant/periodGate.test.ts proves it from the rules' own patterns: every string any of them
 * can match contains one of these.
 */
export const TIME_GATE = /\d|kw|weihnacht|oster|nächst|kürze|kuerze|bald|quartal|sommer|früh|herbst|winter|januar|jänner|februar|märz|april|mai|juni|juli|august|sept|oktober|november|dezember|monat|woche|tag|jahr|morgen|heute|mittwoch|sonnabend/;

/** Every rule's pattern, for the gate's proof. */
export const PERIOD_RULE_PATTERNS: readonly RegExp[] = [...RULES, ...LATE_RULES].map((rule) => rule.pattern);
/** Every rule's pattern with its own gate, for the proof of each. */
export const PERIOD_RULE_GATES: ReadonlyArray<{ pattern: RegExp; gate: RegExp }> = [...RULES, ...LATE_RULES].map(({ pattern, gate }) => ({ pattern, gate }));

const SINCE = u(/\bseit(?: (?:dem|der|den|anfang|mitte|ende|letztem|letzter|letzten|vorigem|vorigen))?\s*$/, 'u');
/** "Meine Kollegin übernimmt ab März die Öffentlichkeitsarbeit", "ich fange ab Mai an": a time after taking over or starting is when a job begins. */
const STARTS_JOB = u(/\b(?:übernimmt|übernehme|übernehmen|uebernimmt|uebernehme|uebernehmen|fängt|fange|faengt|fangen|beginnt|beginne|beginnen|starte|startet|starten|wechselt|wechsle|wechseln)(?: \S+){0,2}? ab(?: (?:dem|der|den|anfang|mitte|ende))?\s*$/, 'u');
/** "unser Stadtfest ist im Juni", "unsere Ratssitzung im März": the time of the writer's own event, not of the seminars wished for. */
const OWN_EVENT = u(/\b(?:unser|unsere|unserem|unseren|unserer)\s+\S+(?:\s+(?:ist|sind|findet|finden|war|waren|steht|läuft|laeuft))?(?:\s+(?:im|am|in|ab|ende|anfang|mitte))?\s*$/, 'u');
/** "bis Weihnachten wissen", "bis Freitag Bescheid geben": a deadline for an answer, not a time for seminars. */
const DEADLINE_FOR = u(/^\s*(?:\S+\s+)?(?:wissen|bescheid|entscheiden|klären|klaeren|zusagen|antworten|rückmeldung|rueckmeldung)\b/, 'u');
/** "ab März", "nach Ostern", "frühestens im April", "nicht vor März", "nicht früher als Mai": from then on. */
const OPEN_END = u(/\b(?:ab|(?<!nicht )nach|frühestens|nicht (?:vor|früher als|eher als))(?: (?:dem|der|den|anfang|mitte|im|in))?\s*$/, 'u');
/** "bis Mai", "vor dem 1. April", "spätestens im Juni", "nicht nach Juni", "nicht später als Mai": until then. */
const UNTIL = u(/\b(?:bis|spätestens|(?<!nicht )vor|nicht (?:nach|später als))(?: (?:zum|zur|dem|den|der|einschliesslich|spätestens|im|in))?\s*$/, 'u');
const JOIN = u(/^\s*(?:bis|und|oder|-|bis zum|bis zur|bis einschliesslich|sowie)?\s*$/, 'u');

function compare(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The period a text asks about, or undefined when it names no time. */
export function extractPeriod(text: string, now: Date): Period | undefined {
  const t = dateText(text);
  return TIME_GATE.test(t) ? periodIn(t, now) : undefined;
}

/** extractPeriod without the gate: what the gate's test compares it with. */
export function extractPeriodUngated(text: string, now: Date): Period | undefined {
  return periodIn(dateText(text), now);
}

function periodIn(t: string, now: Date): Period | undefined {
  const parts = berlinParts(now);
  const today = { year: parts.year, month: parts.month, day: parts.day, weekday: parts.weekday };
  const spans: Span[] = [];
  applyRules(RULES, t, today, spans);
  // chrono only contributes explicit dates, which contain a digit (see applyChrono); most messages
  // have none, and chrono's parsers are most of a turn's cost then.
  if (/\d/.test(t)) applyChrono(t, now, today, spans);
  applyRules(LATE_RULES, t, today, spans);
  // "Projektleitung seit April", "seit drei Jahren dabei": a time after "seit" is when something began, no wish for seminars.
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as Span;
    const before = t.slice(0, span.index);
    const deadline = UNTIL.test(before) && DEADLINE_FOR.test(t.slice(span.end));
    if (SINCE.test(before) || STARTS_JOB.test(before) || OWN_EVENT.test(before) || deadline) spans.splice(i, 1);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a.index - b.index);

  const ranges: DayRange[] = spans.map((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const joinedToPrevious = previous !== undefined && JOIN.test(t.slice(previous.end, span.index));
    const joinedToNext = next !== undefined && JOIN.test(t.slice(span.end, next.index));
    const before = t.slice(previous?.end ?? 0, span.index);
    if (!joinedToNext && OPEN_END.test(before)) return { start: span.range.start, end: day(span.range.start.year + OPEN_END_YEARS, span.range.start.month, 1) };
    if (!joinedToPrevious && UNTIL.test(before)) {
      // "vor dem 1. April" ends where the day begins; "bis Ende Mai" includes the named days.
      return { start: today, end: /\b(?<!nicht )vor\b/.test(before.slice(-12)) ? span.range.start : span.range.end };
    }
    return span.range;
  });

  // Several times ("März bis Mai", "im März oder April") make one period covering all of them.
  const start = ranges.map((r) => r.start).sort(compare)[0] ?? today;
  const end = ranges.map((r) => r.end).sort(compare).at(-1) ?? addDays(today, 1);
  return { from: startOfBerlinDay(start), to: startOfBerlinDay(end) };
}
