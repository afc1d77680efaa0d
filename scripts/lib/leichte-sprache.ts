// The rules of Leichte Sprache (Netzwerk Leichte Sprache) that a program can check: sentence
// length, abbreviations, passive, genitive, subjunctive, Gender-Stern, long words without a hyphen.
// It cannot judge whether a text is easy; it finds what a reviewer would mark first.

/** Longest sentence in words. The Netzwerk asks for short sentences; 12 words is our upper bound. */
export const MAX_WORDS = 12;
/** Words this long without a hyphen are hard to read; Leichte Sprache splits them: Bildungs-Team. */
export const MAX_WORD_LETTERS = 13;

export type Rule =
  | 'satzlänge'
  | 'abkürzung'
  | 'passiv'
  | 'genitiv'
  | 'konjunktiv'
  | 'gender-stern'
  | 'langes-wort'
  | 'mediopunkt'
  | 'nebensatz'
  | 'doppelpunkt-am-ende';

export interface Finding {
  rule: Rule;
  sentence: string;
  detail: string;
}

/**
 * Long words that stay whole: names (people cannot split a place or the bot's name) and hard words
 * the text itself explains ("Professionalisierung heißt hier: …").
 */
export const longWordsAllowed = new Set([
  'Schneverdingen',
  'Inklusionsprofi',
  'Professionalisierung',
]);

const abbreviations = /(?<![\p{L}])(z\. ?B\.|bzw\.|ggf\.|usw\.|d\. ?h\.|u\. ?a\.|evtl\.|ca\.|inkl\.|etc\.|Nr\.|max\.|min\.|vgl\.|bspw\.|u\. ?U\.)/u;
const acronym = /(?<![\p{L}\p{N}@.-])[A-ZÄÖÜ]{2,}(?![\p{L}@])/u;
const werden = /(?<![\p{L}])(wird|werden|wurde|wurden|worden)(?![\p{L}])/iu;
// ge-…-t/-en (geschickt, gelöscht), with a separable prefix (angeboten, weitergegeben), inseparable
// prefixes without ge- (verwendet, bearbeitet), -iert (informiert).
const participle =
  /(?<![\p{L}])((?:an|ab|auf|aus|bei|ein|mit|nach|vor|weg|zu|zurück|weiter|hin|her|durch|um)?ge\p{Ll}{2,}(?:t|en)|(?:ver|be|er|zer|ent|emp)\p{Ll}{2,}t|\p{Ll}{3,}iert)(?![\p{L}])/u;
// Words that look like participles but are not ("gern", "gegen", "genau", "gehen").
const notParticiple = new Set(['gegen', 'gehen', 'geben', 'genau', 'gerne', 'gesehen', 'gestern', 'geworden']);
const genitive = /(?<![\p{L}])(des|eines|dessen|deren|wessen|wegen|während|trotz|statt|innerhalb|außerhalb|anhand|aufgrund|bezüglich)(?![\p{L}])/iu;
const subjunctive = /(?<![\p{L}])(würde|würden|wäre|wären|hätte|hätten|könnte|könnten|müsste|müssten|dürfte|dürften|sollte|sollten|möchte|möchten)(?![\p{L}])/iu;
const genderStar = /\p{Ll}[*:_](in|innen)(?![\p{L}])/u;
// A comma before a subordinating word joins two statements: "Schreiben Sie, was Sie suchen" reads
// easier as "Schreiben Sie: Was suchen Sie?".
const subordinate = /,\s+(dass|ob|weil|obwohl|damit|sodass|wenn|falls|was|wer|wie|wo|wofür|womit|welche[nmrs]?)(?![\p{L}])/iu;
const leadingSubordinate = /^(wer|was|ob|wenn|weil|dass|falls|obwohl)\s[^:?]*,/iu;

/** Markdown emphasis and list markers out, e-mail addresses and links kept as one word. */
function plain(text: string): string {
  return text.replace(/\*\*/g, '').replace(/^\s*[-•]\s+/gm, '');
}

/** Sentences of a text: one per line, and within a line split after . ! ? – after a word or a year, not after "9." in a date or "z." in "z. B.". */
export function sentences(text: string): string[] {
  return plain(text)
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=(?:\p{L}{2}|[)“"»]|\d{4})[.!?])\s+/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * A text that ends in ":" promises something after it. A list intro ("Ich habe 3 Kurse gefunden:")
 * keeps its promise – the list follows in the same reply – so callers leave intros out.
 */
export function endsWithColon(text: string): boolean {
  return /:\s*$/.test(plain(text).trim());
}

/** What a reviewer of Leichte Sprache would mark in this text. */
export function lintEasyText(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: Rule, sentence: string, detail: string) => findings.push({ rule, sentence, detail });
  if (text.includes('·')) add('mediopunkt', text, 'wir trennen mit Bindestrich (Bildungs-Team), nicht mit Mediopunkt');
  // Before splitting into sentences: "z. B." would otherwise end a sentence.
  for (const line of plain(text).split(/\n+/)) {
    const abbreviation = abbreviations.exec(line) ?? acronym.exec(line.replace(/\S+@\S+|https?:\/\/\S+/g, ''));
    if (abbreviation) add('abkürzung', line.trim(), `„${abbreviation[0]}“ ausschreiben`);
  }
  for (const sentence of sentences(text)) {
    const words = wordsOf(sentence);
    if (words.length > MAX_WORDS) add('satzlänge', sentence, `${words.length} Wörter (höchstens ${MAX_WORDS})`);
    const participleMatch = [...sentence.matchAll(new RegExp(participle, 'gu'))].find((m) => !notParticiple.has(m[0].toLowerCase()));
    const werdenMatch = werden.exec(sentence);
    if (werdenMatch && participleMatch) add('passiv', sentence, `„${werdenMatch[0]} … ${participleMatch[0]}“ – wer tut es? Aktiv schreiben`);
    const genitiveMatch = genitive.exec(sentence);
    if (genitiveMatch) add('genitiv', sentence, `„${genitiveMatch[0]}“ – mit „von“ oder anders sagen`);
    const subjunctiveMatch = subjunctive.exec(sentence);
    if (subjunctiveMatch) add('konjunktiv', sentence, `„${subjunctiveMatch[0]}“ – direkt sagen (kann, will, soll)`);
    const clause = subordinate.exec(sentence) ?? leadingSubordinate.exec(sentence);
    if (clause) add('nebensatz', sentence, 'zwei Aussagen in einem Satz – in zwei Sätze teilen (oder: „Schreiben Sie: Was …?“)');
    const star = genderStar.exec(sentence);
    if (star) add('gender-stern', sentence, 'in Leichter Sprache beide Formen: Mitarbeiterinnen und Mitarbeiter');
    // A word with a hyphen is already split; only whole long words are marked.
    for (const word of sentence.replace(/\S+@\S+|https?:\/\/\S+/g, '').split(/[^\p{L}-]+/u)) {
      if (!word.includes('-') && word.length > MAX_WORD_LETTERS && !longWordsAllowed.has(word)) {
        add('langes-wort', sentence, `„${word}“ (${word.length} Buchstaben) mit Bindestrich trennen`);
      }
    }
  }
  return findings;
}
