// One reading of each message, made once per turn: the comparable folded form (for commands, role,
// place and filter phrases) and the meaningful words with their stems (for the search, the
// out-of-domain check and the arbiter). Nothing else in the assistant folds text on its own.
import { readWords, stem, wordsOf, type Word, type WordReading } from '../../search/analysis.js';
import { fuzzyWordSet } from '../../search/german.js';
import { misspeltTimeWord } from '../period.js';
import { boundedMemo } from '../../boundedMemo.js';

/** Longest message read; the rest is cut (a question is never that long). */
export const MAX_TEXT = 2000;

export interface Utterance {
  /** The message with runs of white space collapsed, trimmed and capped. */
  text: string;
  /** Comparable form: gender forms joined, lower case, ä→ae, ß→ss, hyphens between letters dropped. */
  folded: string;
  /** The folded words in order. */
  tokens: string[];
  /** The folded form with format and seminar words split off compounds ("onlineseminare" → "online seminare") and misspelt seminar words and months written right. */
  apart: string;
  /** The text cut into words (`readWords`), which the search and the noun marks read again. */
  reading: WordReading;
  /** Meaningful words (stop words and chat filler removed, gender endings stripped), not stemmed. */
  content: Word[];
  /** Stems of the meaningful words, as the search indexes them. */
  stems: string[];
  /** What the search is asked: the text with split verbs joined ("Wie melde ich mich an?" → "Wie melde ich mich anmelde?"). */
  query: string;
  /** Misspelt words (folded) and the knowledge's word meant, when `folded`, `tokens` and `apart` were corrected (vocabulary.ts). */
  corrections?: ReadonlyMap<string, string>;
  /** The frame dropped from around the question ("aus der Buchhaltung fragt, "), when there was one. */
  frame?: string;
}

/** The text with the corrected words written right ("Seminare im Herbts" → "Seminare im Herbst"), for readers of the text itself (the period). */
export function correctedText(u: Utterance): string {
  const corrections = u.corrections;
  if (corrections === undefined) return u.text;
  return u.text.replace(/\p{L}+/gu, (word) => {
    const right = corrections.get(foldText(word));
    if (right === undefined) return word;
    return /^\p{Lu}/u.test(word) ? right.charAt(0).toUpperCase() + right.slice(1) : right;
  });
}

/**
 * The comparable form of a text: gender forms joined ("Koordinator:innen" → "koordinatorinnen"),
 * lower case, umlauts as ae/oe/ue, ß as ss, hyphens between letters removed ("Online-Seminar" →
 * "onlineseminar"), every other non-letter, non-digit a single space.
 */
export function foldText(text: string): string {
  const lower = withoutGenderMarks(NOT_ASCII.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  // An ASCII text is its own normal form and has no combining marks: most folded texts are ASCII by now.
  const unmarked = NOT_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  const joined = unmarked.includes('-') ? unmarked.replace(/(\p{L})-(?=\p{L})/gu, '$1') : unmarked;
  return joined.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * `foldText` of one word, remembered (5,000 words, then forgotten at once): the understanding folds the first
 * word of each sentence and each word of a short message on every turn (~0.8 % of a look-up's `respond()`,
 * profiled 2026-12-02). For words only, never for a whole message.
 */
export const foldWord: (word: string) => string = boundedMemo(5_000, foldText);

/** A text's folded form; for a message already read, the one its reading made (`foldText` of its text). */
export function foldedOf(text: string | Pick<Utterance, 'folded'>): string {
  return typeof text === 'string' ? foldText(text) : text.folded;
}

/**
 * "Koordinator(in)", "Koordinator*innen", "KoordinatorInnen" → "koordinatorin", "…innen": each pattern
 * runs only when the character it needs is in the text. foldText runs ~10 times per turn, and these
 * Unicode patterns tried every position of texts that have none of them (most do not).
 */
function withoutGenderMarks(text: string): string {
  let joined = text;
  if (joined.includes('(')) joined = joined.replace(/(\p{L})\((in|innen|r|e)\)/gu, '$1$2');
  if (GENDER_MARK.test(joined)) joined = joined.replace(/(\p{L})[*:_/·]-?(in|innen|r|e)(?![\p{L}])/gu, '$1$2');
  if (joined.includes('I')) joined = joined.replace(/(\p{Ll})I(n|nnen)(?![\p{L}])/gu, '$1i$2');
  return joined;
}
const GENDER_MARK = /[*:_/·]/;

/** The words that ask for seminars, in the forms people type them. */
const SEMINAR_WORDS = fuzzyWordSet(
  ['seminar', 'seminare', 'seminaren', 'workshop', 'workshops', 'fortbildung', 'fortbildungen', 'weiterbildung', 'weiterbildungen', 'schulung', 'schulungen', 'veranstaltung', 'veranstaltungen', 'termine', 'angebote', 'praesenzseminar', 'praesenzseminare', 'praesenzseminaren', 'onlineseminar', 'onlineseminare', 'onlineseminaren', 'praesenztermine', 'onlinetermine', 'online', 'praesenz', 'hybrid'],
);

/** A misspelt seminar word ("Semniar", "Workshps", "Fortbildugnen"), month ("Septmber") or time word ("näcshten") in its right form, so requests for seminars are seen. */
function correctSeminarWords(folded: string): string {
  return folded.replace(/\b[a-z]{5,}\b/g, (word) => {
    if (SEMINAR_WORDS.has(word)) return word;
    const time = misspeltTimeWord(word);
    if (time !== undefined) return time;
    if (word.length < 6) return word;
    const near = SEMINAR_WORDS.near(word, word.length >= 9 ? 2 : 1, (w) => w[0] === word[0])[0];
    return near ?? word;
  });
}

/**
 * The folded text with format prefixes and seminar words split off the compounds the folding joined
 * ("Online-Seminare", "Präsenzveranstaltung", "Netzwerkworkshop"), so request words are found in them.
 */
export function apartCompounds(folded: string): string {
  return correctSeminarWords(folded).replace(/\b(online|praesenz|hybrid)(?=[a-z])/g, '$1 ').replace(/(\w)(seminar|kurs|fortbildung|weiterbildung|workshop|schulung|termin|veranstaltung|webinar|angebot|training)/g, '$1 $2');
}

/** Particles of separable verbs that stand at the end of a main clause ("melde … an", "trage … ein", "nehme … teil"). */
const PARTICLE = /^(?:an|ab|auf|aus|ein|mit|teil|zurück|zurueck|vor|nach)$/i;
/** A conjunction before the clause ("Und wie melde ich mich an?"). */
const CONJUNCTION = /^(?:und|aber|oder|also|denn|außerdem|ausserdem)$/i;
/** Words before the verb in a question or statement: a question word or a subject pronoun. */
const BEFORE_VERB = /^(?:wie|wo|wann|was|warum|wieso|wer|woher|wozu|ich|wir|man|du|ihr|sie|er|es|how|dann|jetzt|da)$/i;

/**
 * Joins a separable verb's particle at a clause end to its verb: "Wie melde ich mich da an?" →
 * "Wie melde ich mich da anmelde?", "Ich trage mich ein." → "Ich trage mich eintrage." The search
 * knows "anmelden" and "eintragen"; a lone "an" matches nothing.
 */
export function joinSplitVerbs(text: string): string {
  return text.replace(/([^,;:.!?–—]+)([,;:.!?–—]|$)/gu, (clause: string, body: string, end: string) => {
    const words = body.trim().split(/\s+/);
    const last = words.at(-1) ?? '';
    if (words.length < 3 || !PARTICLE.test(last)) return clause;
    const lead = CONJUNCTION.test(words[0] ?? '') ? 1 : 0;
    const at = lead + (BEFORE_VERB.test(words[lead] ?? '') ? 1 : 0);
    const verb = words[at] ?? '';
    if (!/^\p{L}{3,}$/u.test(verb) || at >= words.length - 1) return clause;
    // The verb stays where it is ("reicht … aus" still finds "Reicht …?"); the particle becomes the joined verb.
    const joined = [...words.slice(0, -1), `${last.toLowerCase()}${verb.toLowerCase()}`];
    return `${body.startsWith(' ') ? ' ' : ''}${joined.join(' ')}${end}`;
  });
}

/**
 * Words that open a message and say nothing themselves: "Moment, muss ich …", "Ach so, und …",
 * "Übrigens: …", "Kurze Frage: …", "Ich hätte da mal eine Frage: …". Greetings and thanks are not among
 * them (they are read as such); a message that is only an opener keeps it.
 */
const OPENER =
  /^(?:(?:(?:hallo|hi|hey|moin|guten (?:tag|morgen|abend))(?: zusammen)?[,!.]?\s+)?(?:moment(?: mal)?|momentchen|ach so|achso|ach ja|ach|übrigens|uebrigens|apropos|(?:noch )?(?:eine |ne )?(?:kurze |andere |weitere )?frage|noch (?:was|etwas)|sag(?:t|en sie)? mal|also|naja|na ja|nun|aha|(?:ich )?(?:habe|hätte|haette|hab) (?:da )?(?:mal )?(?:noch )?(?:eine |ne )?(?:kurze )?frage)\s*[,:!.–—-]+\s*)+/iu;
/** Fewest words left after an opener for it to be dropped. */
const AFTER_OPENER_WORDS = 2;

/**
 * The bot called by name as a chat user writes it in Web Chat or copies it from Teams ("@Inklusionsprofi hilfe"): no word of
 * the message. Teams' own mention entity is removed before (bot.ts).
 */
const MENTION = /^@\s?(?:inklusionsprofi|bot)\b[\s,:;.!–—-]*/iu;

function withoutOpener(text: string): string {
  const opener = OPENER.exec(text)?.[0];
  if (!opener) return text;
  const rest = text.slice(opener.length);
  return rest.split(' ').length >= AFTER_OPENER_WORDS ? rest : text;
}

/**
 * A question asked through a frame: "Meine Chefin will wissen, ob …", "Mich würde interessieren, wann …", "Mich interessiert einerseits, was …",
 * "Ich frage mich, ob …", "Können Sie mir sagen, wie …" (not "Ich habe zwei Fragen: …", which announces them). The frame's words ("wissen", "interessieren",
 * "Chefin") are not what is asked — "Wissen" is even a topic of the programme; the question after it is.
 */
const FRAME =
  /(^|[.!?;,]\s*|\s)(?:(?:(?!(?:und|aber|oder)\s)[\p{L}*:]+\s+){0,3}?(?:will|wollen|möchte|möchten|moechte|moechten|muss|müssen|muessen|wollte|wollten|würde(?:n)? gerne?|wuerde(?:n)? gerne?|hätte(?:n)? gerne?|haette(?:n)? gerne?|wüsste(?:n)? gerne?|wuesste(?:n)? gerne?)\s+(?:(?:gern|gerne|mal|noch|bitte|jetzt|halt|einfach|auch|unbedingt|genau|vorher|vorab|zuerst|erst|dann|nun|schon|zweierlei|dreierlei|folgendes|zwei dinge|drei dinge)\s+)*wissen|(?:(?!(?:und|aber|oder|ich|wir)\s)[\p{L}*:]+\s+){1,3}?(?<!\b(?:zwei|drei|vier|paar|mehrere|einige|viele|wenige|kurze|kleine|weitere|folgende)\s)(?:fragt|fragte|fragen|lässt (?:\p{L}+ )?fragen|laesst (?:\p{L}+ )?fragen)|(?:ich |wir )?(?:wüsste|wuesste|wüssten|wuessten)(?: (?:ich|wir))? (?:gern|gerne)|(?:ich |wir )?(?:hätte|haette|hätten|haetten)(?: (?:ich|wir))? (?:gern|gerne) (?:mal )?gewusst|mich (?:würde|wuerde|würden|wuerden) (?:\p{L}+ )?interessieren|(?:mich|uns) (?:interessiert|interessieren)(?: (?:einerseits|zum einen|vor allem|besonders|zunächst|zunaechst|erstens|noch|auch|brennend|sehr))*|(?:es )?(?:wäre|waere|wär|waer) (?:(?:auch|echt|sehr|ganz|schon) )?(?:gut|schön|schoen|hilfreich|interessant|nett|wichtig|praktisch) (?:zu )?(?:wissen|erfahren)|(?:(?:ich|wir) )?frage?n? (?:mich|uns)(?: \p{L}+)?|(?:(?:ich|wir) )?(?:wollte?|wollt|möchte|moechte|würde|wuerde)(?: (?:ich|wir))? (?:(?:gern|gerne|mal|kurz|noch)\s+)*(?:fragen|nachfragen)|(?:kannst du|können sie|koennen sie|könnt ihr|koennt ihr|könnten sie|koennten sie) (?:mir|uns) (?:bitte |mal |kurz )*sagen|(?:sag|sagen sie|sagt) (?:mir|uns) (?:bitte |mal |kurz )*)\s*[,:]?\s*(?=(?:ob|was|wie|wann|wo|wer|welche[snrm]?|warum|wieso|weshalb|bis wann|ab wann)\b)/giu;

/**
 * A claim passed on, to be checked: "Mein Kollege meint, man kann sich nicht mehr abmelden", "Ich habe gehört,
 * dass die Seminare kostenlos sind". Who said it is not what is asked; what was said is. Whole words only: "Ich meinte: …"
 * (a correction) and "Man sagte mir …" lost "Ich meint" / "Man sagt" and were read as "e: …".
 */
const CLAIM_FRAME =
  /^(?:(?:mein|meine|unser|unsere)\s+[\p{L}*:]+|jemand|man|ich)\s+(?:meint|sagt|behauptet|hat (?:mir |uns )?(?:gesagt|erzählt|erzaehlt)|hat gehört|hat gehoert|habe gehört|habe gehoert|hab gehört|hab gehoert|habe gelesen|hab gelesen)(?!\p{L})\s*,?\s*(?:dass\s+)?(?=\p{L})/iu;
/** Fewest words of the claim for its frame to be dropped. */
const CLAIM_WORDS = 3;

/**
 * A request for information put as a noun: "Bitte um Auskunft zu …", "Anfrage zur …", "Ich benötige Informationen über …",
 * in officialese also with what is asked in the genitive or as a clause ("Bitte um Mitteilung der Anmeldefrist",
 * "Erbitte Auskunft, ob …") and, as the second of two requests, without its "bitte" ("[… sowie] um Information zur
 * Reisekostenerstattung"). "Auskunft" and "Information" are not what is asked (the knowledge never uses "Auskunft",
 * which counted against the answer); what follows is.
 */
const POLITE_REQUEST = String.raw`(?:(?:(?:ich|wir)\s+)?(?:bitte|bitten|erbitte|erbitten|ersuche|ersuchen)\s+(?:(?:sie|höflich|hoeflich|hiermit)\s+)*(?:um\s+)?|um\s+)`;
const ASKED_FOR = String.raw`(?:auskunft|auskünfte|auskuenfte|information(?:en)?|infos?|mitteilung|klärung|klaerung|erläuterung(?:en)?|erlaeuterung(?:en)?|hinweise?|zusendung|übersendung|uebersendung|übermittlung|uebermittlung|nennung|rückmeldung|rueckmeldung)`;
const ABOUT = String.raw`(?:zu|zur|zum|über|ueber|bezüglich|bezueglich|hinsichtlich|betreffend|wegen)`;
const REQUEST_FRAME = new RegExp(
  String.raw`^(?:${POLITE_REQUEST}(?:(?:eine|die|den|das|kurze|nähere|naehere|weitere|genaue|genauere|ihre)\s+)*${ASKED_FOR}(?:\s+${ABOUT}\s+|\s+(?:der|des)\s+|\s*,\s*(?=ob\b))|(?:eine\s+)?(?:anfrage|rückfrage|rueckfrage)\s+${ABOUT}\s+|(?:(?:ich|wir)\s+(?:benötige|benoetige|benötigen|benoetigen|brauche|brauchen|hätte gern|haette gern|hätte gerne|haette gerne)\s+)?(?:(?:eine|einige|ein paar|nähere|naehere|weitere|mehr|genauere)\s+)*(?:information(?:en)?|infos?|auskunft|auskünfte|auskuenfte)\s+${ABOUT}\s+)(?=\p{L})`,
  'iu',
);
function withoutFrames(typed: string): { text: string; frame?: string } {
  // The frame needs a letter after its preposition: something is always left.
  const request = REQUEST_FRAME.exec(typed)?.[0];
  const text = request ? typed.slice(request.length) : typed;
  const claim = CLAIM_FRAME.exec(text)?.[0];
  const rest = claim ? text.slice(claim.length) : text;
  const question = splitQuestionFrame(rest.split(' ').length >= CLAIM_WORDS ? rest : text);
  // The request's frame is kept as the frame: a part of a message made of it asks, though its words do not (parts.ts).
  return request && question.frame === undefined ? { ...question, frame: request.trim() } : question;
}

/**
 * A word every frame of FRAME has (each of its alternatives writes one of these), with FRAME's flags, so that
 * case folding finds it wherever FRAME would: without one, FRAME cannot match, and it is not run. Tried at
 * every position of every message, FRAME was ~2 % of a FAQ turn's respond(); most messages have no frame.
 */
const FRAME_WORD = /wissen|frag|wüsst|wuesst|gewusst|interessier|erfahren|sag/iu;

/** The text without a frame around its question ("Meine Chefin will wissen, ob …" → "ob …"). */
export function withoutQuestionFrame(text: string): string {
  return splitQuestionFrame(text).text;
}

/** The text without a frame around its question, and the frame dropped, as typed ("aus der Buchhaltung fragt, "), if there was one. */
function splitQuestionFrame(text: string): { text: string; frame?: string } {
  if (!FRAME_WORD.test(text)) return { text };
  const frames: string[] = [];
  const rest = text.replace(FRAME, (match: string, before: string) => {
    frames.push(match.slice(before.length));
    return before;
  });
  return frames.length > 0 ? { text: rest, frame: frames.join(' ') } : { text };
}

/** FRAME itself, for the test that holds `withoutQuestionFrame` to it. */
export const QUESTION_FRAME: RegExp = FRAME;

/** An e-mail address typed in a question says "by e-mail"; its parts ("kommune", "aktion", "mensch") are no words of the question. */
const EMAIL_ADDRESS = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}\b/giu;

/**
 * Dialect and spoken forms written as people say them ("Wat kost dat?", "isch des umsonscht", "geht dat ooch so", "kommt
 * nüscht"), with the standard word they stand for. Only words that are nothing else in German or English ("des" is also
 * the genitive article, "net" an English word: they stay).
 */
const DIALECT_WORDS: Readonly<Record<string, string>> = { wat: 'was', dat: 'das', ick: 'ich', isch: 'ich', nich: 'nicht', nüscht: 'nichts', nüschte: 'nichts', nischt: 'nichts', ooch: 'auch', umsonscht: 'umsonst', sacht: 'sagt', wos: 'was' };
const DIALECT = new RegExp(`(?<![\\p{L}'’])(?:${Object.keys(DIALECT_WORDS).join('|')})(?![\\p{L}'’])`, 'giu');

/**
 * "voll" said for "very" before a word of feeling or judgement ("voll langweilig hier im Büro", "echt voll nutzlos"): no
 * seminar that is full. Only before such words: "voll belegt", "voll im März" keep it.
 */
const INTENSIFYING_VOLL = /(?<![\p{L}])(voll) (?=(?:langweilig|gut|cool|nervig|nervt|witzig|lustig|krass|schön|schoen|schlecht|stressig|anstrengend|nett|okay|ok|toll|super|süß|suess|peinlich|kompliziert|müde|muede|genervt|happy|entspannt|chaotisch|hilfreich|nützlich|nuetzlich|unnötig|nutzlos|sinnlos|spannend|interessant|verwirrend|egal|dumm|blöd|bloed|doof|lieb|freundlich|geil|fies|traurig|froh|busy|viel los)(?![\p{L}]))/giu;

function withDialectWritten(text: string): string {
  const plain = text.replace(INTENSIFYING_VOLL, '');
  return plain.replace(DIALECT, (word) => {
    const standard = DIALECT_WORDS[word.toLowerCase()] ?? word;
    return word[0] === word[0]?.toUpperCase() ? standard[0]?.toUpperCase() + standard.slice(1) : standard;
  });
}

/**
 * The lines of a forwarded or pasted e-mail's head ("Von: Müller, Sabine Gesendet: Dienstag, 14. Mai 2024 09:12 An: Team
 * Inklusion Betreff: WG: Fortbildung --- Hallo zusammen, …"): who sent it to whom and when is not what is asked (its date is
 * no period to look seminars up in); its subject is kept, as the first sentence.
 */
const MAIL_HEAD_START = /^[-_\s]*(?:(?:ursprüngliche nachricht|original message|weitergeleitete nachricht|forwarded message)[-\s]*)?(?:von|from):\s/iu;
const MAIL_HEAD_SENT = /\s(?:gesendet|sent|datum|date):\s/iu;
const MAIL_HEAD_SUBJECT = /\s(?:betreff|subject):\s*/iu;
const REPLY_MARKS = /^(?:(?:wg|aw|fw|fwd|re|antw):\s*)+/iu;
/** The line that ends a pasted e-mail's head ("---", "-----"), read as the end of its subject. */
const HEAD_RULE = /\s+-{3,}\s+/u;

// Found label by label (each search runs once over the text), not by one pattern whose parts could each stretch: a
// message of many "Date: … To: …" would otherwise take that pattern a long while to give up on.
function withoutMailHead(text: string): string {
  if (!MAIL_HEAD_START.test(text)) return text;
  const subject = MAIL_HEAD_SUBJECT.exec(text);
  if (!subject || !MAIL_HEAD_SENT.test(text.slice(0, subject.index + 1))) return text;
  const rest = text.slice(subject.index + subject[0].length).replace(REPLY_MARKS, '');
  const rule = HEAD_RULE.exec(rest);
  return rule ? `${rest.slice(0, rule.index).replace(/[.!?]*$/u, '')}. ${rest.slice(rule.index + rule[0].length)}` : rest;
}

/**
 * Punctuation spoken into a phone and written out by its dictation ("… angemeldet Punkt leider hat mein Chef … Komma kann
 * ich mich … ummelden Fragezeichen danke"), as the marks it stands for, so that the message's sentences and questions are
 * read as such. "Fragezeichen" and "Ausrufezeichen" are nothing else in a message; "Komma" not between numbers ("zwei Komma
 * fünf"); "Punkt" only where no mark is typed and not as a noun after an article or a number after it ("ein wichtiger
 * Punkt", "um Punkt zehn").
 */
const SPOKEN_MARK = /\s+(fragezeichen|ausrufezeichen|doppelpunkt|komma|punkt)(?=\s|$)/giu;
const NOT_SPOKEN_BEFORE = /(?:^|\s)(?:\d+|null|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|zum|am|um|im|kein|keinen|keinem|jeden|jedem|diesen|diesem|dieser|welchen|welcher|wichtig\w*|letzt\w*|nächst\w*|naechst\w*|erst\w*|zweit\w*|dritt\w*|heikl\w*|gut\w*|strittig\w*|offen\w*)$/iu;
const NOT_SPOKEN_AFTER = /^\s+(?:\d|null|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|uhr)\b/iu;
const MARK_OF: Readonly<Record<string, string>> = { fragezeichen: '?', ausrufezeichen: '!', doppelpunkt: ':', komma: ',', punkt: '.' };

function withSpokenPunctuation(text: string): string {
  if (!/fragezeichen|ausrufezeichen|doppelpunkt|komma|punkt/iu.test(text)) return text;
  const typedMarks = /[.!?]/u.test(text);
  return text.replace(SPOKEN_MARK, (whole: string, word: string, at: number) => {
    const name = word.toLowerCase();
    if (name === 'fragezeichen' || name === 'ausrufezeichen') return MARK_OF[name] ?? whole;
    if (NOT_SPOKEN_BEFORE.test(text.slice(0, at)) || NOT_SPOKEN_AFTER.test(text.slice(at + whole.length))) return whole;
    if (name === 'punkt' && typedMarks) return whole;
    return MARK_OF[name] ?? whole;
  });
}

/**
 * A letter's salutation at the start of a message ("Sehr geehrte Damen und Herren,", "Hallo liebes Team,", "Liebe Kolleg*innen,",
 * "An das Team Kommune Inklusiv:", "Servus,"): who is addressed is not what is asked. Up to six words before its comma, colon or
 * exclamation mark; "Sehr geehrte Ansprechpartnerin, sehr geehrter Ansprechpartner," is two of them.
 */
const SALUTATION =
  /^(?:sehr geehrte[rs]?|geehrte[rs]?|liebe[rs]?|werte[rs]?|hallo|hallöchen|halloechen|hi|hey|hello|dear|moin(?: moin)?|servus|grüß gott|grüss gott|gruess gott|grüezi|gruezi|guten (?:tag|morgen|abend)|einen (?:schönen |schoenen )?guten (?:tag|morgen)|tag auch|tach|an (?:das|die|den)|good (?:morning|afternoon))((?: [^\s,:;!?.]+){0,6}?) ?[,:;!] ?/iu;
/**
 * The words of a salutation after its greeting name who is addressed: capitalised as typed ("Damen und Herren", "Team
 * Kommune Inklusiv", "Frau Müller") or one of these. "hallo bin selbstvertreter im beirat, …" is no salutation.
 */
const ADDRESSEE_WORD = /^(?:\p{Lu}.*|zusammen|allerseits|alle|ihr|lieben|liebe|liebes|lieber|leute|team|und|an|das|die|den|der|vom|von|aus|frau|herr|sehr|geehrte|geehrter|geehrtes)$/u;

/**
 * A letter's closing ("Mit freundlichen Grüßen", "Viele Grüße", "LG", "Hochachtungsvoll", "Vielen Dank im Voraus", "Best regards",
 * "Cheers"), where only a signature follows it: the name, function and municipality of who wrote are no words of the question
 * (they counted against its answer, and a place in them is no place to look seminars up in).
 */
const CLOSING =
  /(?:^|[.!?,;)] ?| )(?:(?:(?:mit|viele|vielen|liebe|lieben|beste|besten|herzliche|herzlichen|freundliche|freundlichen|freundlichem|schöne|schoene|sonnige|sonnigen|sportliche|sportlichen|kollegiale|kollegialen|solidarische|solidarischen|nette|netten) )+(?:grüße|grüßen|grüssen|gruessen|gruesse|grüsse|gruß|gruss)|grüße|grüsse|gruesse|gruß|gruss|lg|vg|mfg|bg|hochachtungsvoll|mit (?:vorzüglicher|vorzueglicher) hochachtung|(?:best|kind|warm) regards|regards|best wishes|best(?=,)|cheers|many thanks|thanks(?: in advance)?|thank you(?: in advance)?|danke(?: (?:euch|ihnen|dir|schön|schoen|sehr))?(?: (?:schon )?(?:im voraus|vorab))?|(?:vielen|besten|herzlichen|tausend) dank(?: (?:schon )?(?:im voraus|vorab))?)(?![\p{L}\d])/giu;
/**
 * What may follow a closing: names, functions and places (capitalised words and the small words between them: "Gisela Wolter,
 * Stadtverwaltung Moorbach", "Tim aus Ostermoor", "K. Lenz", "i. A. Sachgebiet Soziales"), or one or two words of someone who
 * writes in lower case ("lg tim"). A sentence in lower case after "danke" is no signature ("danke, ich melde mich dann an").
 * Separators and word endings do not overlap, so a long tail that is no signature fails in one pass.
 */
const SIGNATURE =
  /^(?:[ ,;:!/&]+(?:[\p{Lu}\d][\p{L}\p{M}\d'’*]*(?:-[\p{L}\p{M}\d'’*]+)*\.?|i\. ?[Aa]\.|aus|vom|von|der|die|das|des|dem|den|im|in|am|an|und|für|fuer|zu|zur|zum|bei))*[ ,;:!.]*$/u;
const LOWER_SIGNATURE = /^[ ,;:!]+[\p{L}\p{M}'’*-]+(?: [\p{L}\p{M}'’*-]+)?[ .!]*$/u;
/** The longest signature read as one. */
const SIGNATURE_CHARS = 160;
/** Fewest words a message keeps for its salutation to be dropped ("Hallo, Frau Müller" stays a greeting), and for its closing. */
const AFTER_SALUTATION_WORDS = 3;
const BEFORE_CLOSING_WORDS = 2;

/** The message without a letter's salutation and closing: "Sehr geehrte Damen und Herren, … Mit freundlichen Grüßen, …" → "…". */
export function withoutLetterFrame(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const salutation = SALUTATION.exec(rest);
    if (!salutation) break;
    const addressee = salutation[1]?.trim();
    if (addressee && !addressee.split(' ').every((word) => ADDRESSEE_WORD.test(word))) break;
    const after = rest.slice(salutation[0].length);
    if (after.split(' ').length < AFTER_SALUTATION_WORDS) break;
    // What follows starts the message now, as a sentence does ("Hallo liebes Team, ich habe …" → "Ich habe …").
    rest = after.charAt(0).toUpperCase() + after.slice(1);
  }
  for (const match of rest.matchAll(CLOSING)) {
    const tail = rest.slice(match.index + match[0].length);
    if (tail.length > SIGNATURE_CHARS) continue;
    if (!SIGNATURE.test(tail) && !LOWER_SIGNATURE.test(tail) && tail !== '') continue;
    const lead = /^[.!?]/u.test(match[0]) ? 1 : 0;
    const kept = rest.slice(0, match.index + lead).trim();
    if (kept.split(' ').length >= BEFORE_CLOSING_WORDS && /\p{L}/u.test(kept)) return kept;
    break;
  }
  return rest === text ? text : rest;
}

export function readUtterance(raw: string): Utterance {
  const cut = withoutLetterFrame(withDialectWritten(withSpokenPunctuation(withoutMailHead(raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT)))));
  const opened = withoutOpener(cut.includes('@') ? cut.replace(MENTION, '').replace(EMAIL_ADDRESS, 'E-Mail') : cut);
  const { text, frame } = withoutFrames(opened);
  const folded = foldText(text);
  const reading = readWords(text);
  const content = wordsOf(reading, 64, false, true);
  return { text, folded, tokens: folded === '' ? [] : folded.split(' '), apart: apartCompounds(folded), reading, content, stems: content.map((w) => stem(w.text)), query: joinSplitVerbs(text), ...(frame !== undefined ? { frame } : {}) };
}
