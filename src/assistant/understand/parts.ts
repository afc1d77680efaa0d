// Several questions in one message: "Was kostet das? Und welche Seminare gibt es im März?",
// "Sind die Seminare kostenlos und gibt es welche in Berlin?", "Kosten und Termine?", "Wer darf
// teilnehmen, was kostet es, und wie melde ich mich an?". The message's one reading is cut where a
// new question starts; each part is then read and decided on its own. Words are compared in their
// folded form (the utterance's), so "Gibt's", "muessen" and "Für wen" are seen as typed any way.
import { feedbackIn, isRoleStatement, isSeeking, mentionsSeminars } from './signals.js';
import { isPropertyWord } from '../../catalogue/properties.js';
import { foldText, foldWord, readUtterance, type Utterance } from './utterance.js';
import { perObject } from '../memo.js';

/** A question word or a verb that starts a question of its own (folded). */
const QUESTION_START =
  /^(?:ob|was|wie|wo|wann|wer|warum|wieso|weshalb|(?:(?:ab|bis|bis zu|zu|in|an|auf|fuer|mit|von|bei|nach|seit|um|ueber) )?welche[snrm]?|woher|wozu|womit|wobei|bis wann|ab wann|seit wann|fuer wen|mit wem|an wen|muss|muessen|kann|kan|kannst|koennen|koennte|koennten|gibt|gibts|ist|sind|brauche|brauchen|darf|duerfen|bekomme|bekommt|bekommen|werden|wird|habt|haben|hat|bietet|bieten|gilt|kostet|kosten|zahlt|uebernimmt|erstattet|zeig\w*|soll|sollte|krieg|kriege|kriegt|kriegen|bekomm|dauert|dauern|findet|finden|laeuft|geht|gehts|reicht|lohnt|besteht|bestehen|existiert|existieren|is|are|do|does|can|will|what|which|why|how|when|where|who)\b/;
/** A question word (not a verb) at the start. */
const QUESTION_WORD = /^(?:was|wie|wo|wann|wer|warum|wieso|weshalb|(?:(?:ab|bis|bis zu|zu|in|an|auf|fuer|mit|von|bei|nach|seit|um|ueber) )?welche[snrm]?|woher|wozu|womit|wobei|bis wann|ab wann|seit wann|fuer wen|mit wem|an wen|what|which|why|how|when|where|who)\b/;
/** After a question word these make a subordinate clause ("…, was das kostet", "…, wann ich mich anmelden muss"), not a question. */
const SUBORDINATE =
  /^(?:was|wie|wo|wann|wer|welche[snrm]?) (?:ich|man|wir|es|das|die|der|den|dem|sie|er|du|ihr|mein\w*|unser\w*|sich|lange ich|viel ich)\b|^(?:\w+ ){1,2}welche[snrm]? \w+ (?:ich|man|wir|sie|er|du|ihr|sich)\b/;
/** A joiner of officialese that puts two requests side by side, also as nouns ("Anfrage zu X sowie zu Y"). */
const FORMAL_JOINER = /^(?:sowie|und ausserdem)$/;
/** Words of a part that asks or requests something, before "und ob …": "Ich habe eine Frage zu …", "Bitte teilen Sie mir … mit", "ob …". */
const ASKS_BEFORE_WHETHER = /\b(?:ob|frage|fragen|fragt|bitte|bitten|info|infos|information|informationen|auskunft|wissen|interessiert|interessieren|herausfinden|herauszufinden|rausfinden|rauszufinden|erfahren|klaeren|abklaeren|hoeren|erkundigen)\b|\bmit$/;
/** Words that join two questions. */
const JOINERS = ['und', 'ausserdem', 'sowie', 'und ausserdem', 'und dann noch', 'noch dazu', 'and'];
/** What may open a part and says nothing itself: "Und", "Außerdem:", "Zweitens,", "Noch eine Frage:", "Two questions:", "Zwei Dinge:", "Hey, zwei Sachen:". */
const PART_OPENER =
  /^(?:und )?(?:noch )?(?:eine |meine )?(?:zweite|weitere|andere|letzte|naechste) frage\b[\s,:]*|^(?:(?:hey|hallo|hi|moin|also|ok|okay) )?(?:ich )?(?:habe |haette )?(?:noch )?(?:zwei|drei|ein paar|mehrere) (?:fragen|dinge|anliegen|punkte|sachen|infos|informationen)\b(?: (?:waeren|sind|wuerde ich|moechte ich|will ich|haette ich) (?:(?:gut|noch|gern|gerne|interessant|wichtig) )*(?:zu )?(?:wissen|erfahren))?[\s,:]*|^(?:i )?(?:have )?(?:two|three|a few|some|several) (?:questions|things)\b[\s,:]*|^(?:a |one )?quick question\b[\s,:]*|^(?:eine )?kurze frage\b[\s,:]*|^(?:(?:und|ausserdem|sowie|noch|erstens|zweitens|drittens|andererseits|zum anderen|dazu|and|also)\b[\s,:]*)+/;
/** "… und habe zwei Fragen", "… und hätte da noch ein paar Fragen:" at the end of a statement announces questions; it asks nothing. */
const ANNOUNCED = /,?\s*(?:und\s+)?(?:ich\s+)?(?:habe|hätte|haette|hab)\s+(?:da\s+)?(?:noch\s+)?(?:zwei|drei|ein paar|mehrere|einige)\s+Fragen\s*[.:]?\s*$/iu;
/** A sentence that only announces the questions after its colon: "Mir fehlen noch zwei Infos:", "Dazu hätte ich drei Fragen:". */
const ANNOUNCES_ONLY = /^(?:\S+ ){0,4}(?:zwei|drei|vier|ein paar|mehrere|einige|folgende) (?:fragen|infos|informationen|dinge|sachen|punkte|anliegen)(?: (?:an euch|an sie|dazu|offen))?$/;
/** A message of nouns only ("Kosten und Termine?", "Dauer, Ort, Anmeldung?"): at most this many words. */
const NOUN_LIST_WORDS = 8;
/** Small words a list of nouns may have around its nouns ("Termine im Juni", "Kosten für Träger"). */
const NOUN_LIST_FILLER = /^(?:und|oder|sowie|im|in|am|an|fuer|zu|zum|zur|der|die|das|den|dem|des|bei|mit|ohne|per|pro|vor|nach|ab|bis)$/;
/** More questions than this in one message are a text, not a few questions (the answers are fewer: see respond.ts). */
const MAX_PARTS = 6;
/** A sentence longer than this is not cut (a question is never that long; it keeps the work small). */
const SENTENCE_WORDS = 80;
/** More sentences than this are a text, not a few questions. */
const MAX_SENTENCES = 8;

/** One piece of the raw text, with its folded form for the tests. */
interface Piece {
  text: string;
  folded: string;
  /** Cut off as what someone else or something of one's own is to do (OWN_SUBJECT_WANTS): a matter of its own, asked without a question. */
  wish?: true;
}

/** @param within the text this one was cut from, folded already: a piece that is all of it is not folded again */
function piece(text: string, within?: Piece): Piece {
  const trimmed = text.trim().replace(/^[,;:–—-]\s*/, '');
  return { text: trimmed, folded: trimmed === within?.text ? within.folded : foldText(trimmed) };
}

function wordCount(p: Piece): number {
  return p.folded === '' ? 0 : p.folded.split(' ').length;
}

/**
 * A verb first, its subject after it: "stellt ihr …", "bekommt man …", "zahlt die Kommune …" asks yes or no. The first word
 * is no pronoun, article, conjunction or adverb that can open a statement ("ich möchte", "dann ich", "also wir").
 */
const VERB_FIRST = /^(?!(?:ich|du|er|sie|es|wir|ihr|man|der|die|das|den|dem|ein|eine|und|oder|aber|also|dann|da|dort|hier|jetzt|nun|so|wie|weil|wenn|dass|denn|doch|auch|noch|nur|schon|zwar|bitte|danke|ja|nein)\b)\p{L}+ (?:ich|ihr|man|es|sie|du|wir)\b/u;

function startsQuestion(folded: string): boolean {
  return QUESTION_START.test(folded) && !SUBORDINATE.test(folded);
}

/** Whether a piece asks something or says who is asking, so that a question after it stands on its own. */
function standsAlone(p: Piece): boolean {
  // A question word first is a question here, also in the form of a subordinate clause: the message starts with it ("[Ich wüsste gern,] wie man sich anmeldet und ob …").
  const folded = withoutAside(p.folded);
  // "Neu als Koordinatorin hier – was würdet ihr mir empfehlen[, und muss ich …]": a question after a dash asks too.
  const afterDash = p.text.split(/\s[–—-]\s/).slice(1).at(-1);
  return startsQuestion(folded) || QUESTION_WORD.test(folded) || /[?]\s*$/.test(p.text) || isRoleStatement(folded) || /\b(?:ich|wir)\b/.test(folded) || (afterDash !== undefined && startsQuestion(startOf(afterDash)));
}

/** Abbreviations that never end a sentence ("eine Teilnahmebescheinigung bzw. ein Fortbildungsnachweis"). */
const ABBREVIATIONS = ['bzw', 'ggf', 'ggfs', 'evtl', 'inkl', 'exkl', 'bspw', 'vgl', 'sog', 'zzgl', 'bzgl', 'insb', 'mind', 'max', 'min', 'gem', 'tel', 'str', 'std'];
/** Abbreviations that end a sentence only before a capital letter ("Kosten, Termine usw. Wie melde ich mich an?"). */
const LIST_ENDS = ['usw', 'etc'];
/** Either case of its first letter: the cut is case-sensitive, so that a small letter after "usw." goes on the sentence. */
const eitherCase = (words: readonly string[]) => words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|');
/**
 * Sentences: cut after ?, ! and a full stop after a word of three letters or more (not "z. B.", "bzw."), at a colon after
 * "Frage(n)", "Dinge", "Anliegen", "Punkte", "Sachen", "Infos", "Informationen", "question(s)" or "things".
 */
const SENTENCE_END = new RegExp(
  `(?<=[?!])\\s+|(?<=[\\p{L}\\p{N}]{3}\\.)(?<!\\b(?:${eitherCase(ABBREVIATIONS)})\\.)(?<!\\b(?:${eitherCase(LIST_ENDS)})\\.(?=\\s+\\p{Ll}))\\s+(?=\\p{L})|(?<=\\b(?:[Ff]ragen?|[Qq]uestions?|[Dd]inge|[Aa]nliegen|[Pp]unkte|[Tt]hings|[Ss]achen|[Ii]nfos|[Ii]nformationen)):\\s+`,
  'u',
);

/**
 * The first clause of a message of several, where a follow-up or a pointer into a list is said first and explained after:
 * "nur die online bitte, nach Rostock komm ich nicht" → "nur die online bitte"; "das erste: sind da noch Plätze frei?" →
 * "das erste"; "ich nehm das am 16. März. Wie komm ich da rein?" → "ich nehm das am 16. März". Undefined for a message of
 * one clause.
 */
export function leadingClause(u: Utterance): Utterance | undefined {
  return leadingClauses(u) ?? undefined;
}

/** Read once per message, however many readings ask for it (a follow-up, a pointer into a list, a question about what was shown). */
const leadingClauses = perObject((u: Utterance): Utterance | null => {
  // A clause of thanks, assent or a correction's lead-in alone is not the first clause ("Ich meinte: bei welchen ist DGS
  // fest eingeplant? Das sind ja …" → "bei welchen ist DGS fest eingeplant").
  const clause = clausesOf(u).find((c) => !LEAD_IN_ALONE.test(c.folded));
  return clause !== undefined && clause.folded !== u.folded ? clause : null;
});

/**
 * The clauses of a message, each read as an utterance: its sentences cut at commas, semicolons, colons and dashes. One
 * cut for the first clause, the clauses after it and a wish to register said in one of them (registration.ts).
 */
export const clausesOf = perObject((u: Utterance): Utterance[] =>
  u.text
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(CLAUSE_END))
    .filter((clause) => foldText(clause) !== '')
    .map((clause) => readUtterance(clause)),
);

/**
 * The clauses of a message after its first: a follow-up explained first and asked after ("Ich kann nicht gut reisen.
 * Welche gehen von zu Hause am Computer?", "Berlin und Rostock sind mir zu weit – welche gehen online?"). Empty for a
 * message of one clause.
 */
export function laterClauses(u: Utterance): Utterance[] {
  return clausesOf(u).slice(1);
}

/** Thanks, assent, "bitte" or a correction's lead-in: "ok", "danke", "super", "alles klar", "hm"; "ich meinte", "nein", "sorry". */
const LEAD_IN_WORDS = 'bitte|ok|okay|oki|ja|jo|danke|dankeschoen|vielen dank|super|prima|toll|gut|alles klar|klar|ah|aha|achso|ach so|hm|hmm|thanks|great|cool|ich meinte|ich meine|gemeint war|nein|nee|ne|noe|sorry|pardon|i meant|no';
/** Such words before a follow-up in the same clause: "ok und sind davon welche in Präsenz?", "danke und welche davon sind online?". */
export const LEAD_IN_FIRST = new RegExp(`^(?:(?:${LEAD_IN_WORDS}) )+`);
const LEAD_IN_ALONE = new RegExp(`^(?:(?:${LEAD_IN_WORDS})(?: |$))+$`);

/** Where a clause ends inside a sentence: a comma, semicolon or colon, or a dash between spaces (not "z. B.," inside a clause). */
const CLAUSE_END = /\s*[,;:]\s+|\s+[-–]\s+|[?!]/u;

/** The sentences of a message, also cut before "Erstens/Zweitens/Außerdem/Andererseits/zum anderen" (and the "und" before them: "… und außerdem …"). */
function sentences(u: Utterance): Piece[] {
  return u.text
    .replace(/(?<![?.!])[,;:]?\s+(?:(?:und|and|sowie)\s+)?(?=(?:erstens|zweitens|drittens|außerdem|ausserdem|andererseits|zum anderen)\b)/giu, '. ')
    .split(SENTENCE_END)
    .map((s) => piece(s, u))
    .filter((p) => wordCount(p) > 0);
}

/** The first words of a text, folded: enough to see how it starts, without folding all of a long message. */
function startOf(text: string): string {
  return withoutAside(foldText(text.split(/\s+/, 8).join(' ')));
}

/** An aside or a call that opens a clause and asks nothing: "Ey, was gibt's …", "by the way, wie kann ich …", "übrigens, …". */
const ASIDE = /^(?:(?:ey|hey|hi|hallo|moin|na|also|ok|okay|by the way|btw|uebrigens|nebenbei(?: bemerkt| gefragt)?|apropos|ach ja|achso|ach so)\b\s*)+/;

function withoutAside(folded: string): string {
  return folded.replace(ASIDE, '');
}

/** A role statement and a question after it: "ich bin Kämmerin, was passt für mich" (not "wir wissen nicht, wer das bezahlt"). */
function endsWithQuestion(p: Piece): boolean {
  const clauses = p.text.split(/[,;]\s*/);
  return clauses.length > 1 && isRoleStatement(foldText(clauses[0] ?? '')) && startsQuestion(startOf(clauses.at(-1) ?? ''));
}

/** "und gibt es …", "und kann ich …": a question after a statement also without its question mark. */
const ASKS_VERB_FIRST = /^(?:gibt es|gibts|kann ich|kann man|muss ich|muss man|darf ich|darf man|bekomme ich|bekommt man|kriege ich|kriegt man)\b/;

/**
 * A subject of one's own and what it is to do: "meine Nachbarin will sich …", "meine Daten sollen …", "unser Azubi darf …",
 * "ich selbst brauche noch …", "seine Referentin sucht …", "mir fehlt noch …".
 */
const OWN_SUBJECT_WANTS =
  /^(?:(?:(?:mein|meine|meinen|unser|unsere|unseren|sein|seine|ihr|ihre) \p{L}+|ich(?: selbst| selber)?|wir(?: selbst| selber)?) (?:will|wollen|moechte|moechten|soll|sollen|muss|muessen|musst|darf|duerfen|wuerde|wuerden|braucht|brauche|brauchen|braeuchte|braeucht|sucht|suche|suchen|haette|wuesste|fragt|frage)\b|(?:mir|uns) fehlt\b)/u;

/** A part that says what someone wants or what must be done ("Meine Chefin will wissen, …", "Die Anmeldung muss storniert werden"). */
const WANTS = /\b(?:will|wollen|moechte|moechten|muss|muessen|soll|sollen|braucht|brauche|braeuchte|wuesste|haette)\b/;

/** A verb (small letter, as typed) before an article: "erfolgt die Durchführung …", "besteht ein Rücktrittsrecht …". */
const VERB_BEFORE_ARTICLE =
  /^(?!(?:und|oder|aber|also|dann|dort|hier|jetzt|nun|weil|wenn|dass|denn|doch|auch|noch|nur|schon|zwar|bitte|danke|fuer|mit|von|bei|nach|vor|aus|gegen|ohne|um|an|auf|in|zu|ueber|unter|statt|anstatt|seit|erst|selbst|sonst|zuerst|zuletzt|meist|fast|nebst|samt|neben|eben|oben|unten|wegen|zwischen|binnen|morgen|trotz|laut|mitten|hinten|vorn|vornen|innen|aussen|bereits|gerade|spaeter|frueher|heute|gestern)\s)\p{Ll}{3,}(?:t|en)\s(?:die|der|das|den|dem|ein|eine|einen|einem|eines|einer)\s/u;

/** Cuts one sentence where a joiner, comma or dash is followed by a question of its own (at most MAX_PARTS pieces). */
function cutAtQuestions(sentence: Piece, room = MAX_PARTS): Piece[] {
  if (room <= 1 || wordCount(sentence) > SENTENCE_WORDS) return [sentence];
  // Candidate cuts: ", " / "; " / " – " / " und " (and the other joiners).
  for (const m of sentence.text.matchAll(/(?:[,;]|\s[–—-])\s+(?:(und außerdem|und ausserdem|und dann noch|noch dazu|und|außerdem|ausserdem|sowie|and)\s+)?|\s+(und außerdem|und ausserdem|und dann noch|noch dazu|und|außerdem|ausserdem|sowie|and)\s+/giu)) {
    const at = m.index ?? 0;
    const said = m[1] ?? m[2];
    const joiner = said !== undefined && JOINERS.includes(foldText(said));
    const rest = sentence.text.slice(at + m[0].length);
    const rightStart = startOf(rest);
    const left = piece(sentence.text.slice(0, at));
    // "wie man sich anmeldet und ob man …", "welche Kommunen dabei sind und wie man mitmachen kann": indirect questions side by side.
    // "ob es im Sommer Seminare gibt und wie ich mich da eintrage" too.
    const sideBySide = said !== undefined && JOINERS.includes(foldText(said)) && (QUESTION_WORD.test(left.folded) || /^ob\b/.test(left.folded)) && /^(?:ob\b|(?:was|wie|wo|wann|wer|welche[snrm]?)\b)/.test(rightStart);
    // "…, und stellt ihr am Ende eine Bescheinigung aus?": after "und", a verb before its subject asks a question of its own.
    const verbFirst = joiner && VERB_FIRST.test(rightStart);
    // "hab ne frage zu den seminaren zu X und ob mein azubi da auch mit darf", "Bitte teilen Sie mir die Termine mit und ob …",
    // "Suche ein Online-Seminar zu X und [würde gern wissen,] wie die Anmeldung läuft": after "und", "ob" or a question word
    // asks a question of its own when the part before it asks or requests something too (not "Bin im Rollstuhl, und ob ich
    // da reinkomme, ist mir unklar").
    const whether = joiner && (/^(?:ob|was|wie|wo|wann|wer|welche[snrm]?|bis wann|ab wann|seit wann)\s/i.test(rest) || ASKS_FOR_INFORMATION.test(rightStart)) && rest.split(/\s+/).length >= 3 && (startsQuestion(left.folded) || (ASKS_FOR_INFORMATION.test(rightStart) && QUESTION_WORD.test(left.folded)) || ASKS_BEFORE_WHETHER.test(left.folded) || isSeeking(left.folded) || REQUEST.test(left.folded));
    // "Bitte um Auskunft zu Anmeldefristen sowie zur Möglichkeit einer Teilnahmebescheinigung": officialese joins two requests with "sowie".
    const formal = said !== undefined && FORMAL_JOINER.test(foldText(said)) && !startsQuestion(rightStart) && wordCount(left) >= 1 && rightStart.split(' ').length >= 2;
    if (formal) return [left, ...cutAtQuestions(piece(rest), room - 1)];
    // "Fallen Teilnahmegebühren an und welche Unterlagen sind einzureichen?", "Ist die Teilnahme kostenfrei, und erfolgt die
    // Durchführung nur online?": in a sentence that ends as a question, a question word or a verb before its article asks anew.
    const askedAnew = joiner && /\?\s*$/.test(rest) && (QUESTION_WORD.test(rightStart) || (startsQuestion(left.folded) && VERB_BEFORE_ARTICLE.test(rest)));
    // "Ich such was zu Barrierefreiheit im Juli, und meine Nachbarin will sich gleich mit anmelden": after a request, a
    // question or what someone wants, what someone else (or something of one's own) is to do is a matter of its own — after a
    // comma or a dash ("Die Texte sollen in Leichter Sprache erscheinen und unsere Videos brauchen Untertitel" goes on saying).
    const anotherWish = joiner && /^[,;]|^\s[–—-]/.test(m[0]) && OWN_SUBJECT_WANTS.test(rightStart) && (isSeeking(left.folded) || REQUEST.test(left.folded) || startsQuestion(left.folded) || WANTS.test(left.folded));
    if ((!startsQuestion(rightStart) && !sideBySide && !verbFirst && !whether && !askedAnew && !anotherWish) || rightStart.split(' ').length < 3) continue;
    if (wordCount(left) < 3) continue;
    // A comma or dash without "und" cuts only after a question or a role statement: "Wenn ich mich anmelde, bekomme ich …" is one question.
    const dash = /[–—-]/.test(m[0]);
    // "Ich möchte meine Anmeldung für März absagen – gibt es das Seminar später nochmal?": after a dash, a question asked verb first.
    if (!joiner && !(startsQuestion(left.folded) || (dash && (isRoleStatement(left.folded) || (ASKS_VERB_FIRST.test(rightStart) && /\?\s*$/.test(rest)))))) continue;
    // "…, sind das Leute von euch oder externe?" asks the same again; after a bare comma only a question word starts a new question.
    if (!joiner && !dash && !QUESTION_WORD.test(rightStart)) continue;
    if (joiner && !whether && !askedAnew && !anotherWish && !standsAlone(left)) continue;
    // "Ich bin im Rathaus und soll das Netzwerk aufbauen." goes on saying: a verb after a statement starts a question only with a question mark.
    // "ich bin Netzwerkkoordinatorin, was passt für mich und muss ich mich anmelden": a question before it, after the statement, is one too.
    if (!sideBySide && !whether && !askedAnew && !anotherWish && !(joiner && ASKS_VERB_FIRST.test(rightStart)) && !QUESTION_WORD.test(rightStart) && !startsQuestion(left.folded) && !endsWithQuestion(left) && !rest.includes('?')) continue;
    const [next, ...later] = cutAtQuestions(piece(rest), room - 1);
    return [left, ...(next && anotherWish ? [{ ...next, wish: true as const }] : next ? [next] : []), ...later];
  }
  return [sentence];
}

/** "Kosten und Termine?", "Dauer, Ort?", "Termine Juni": nouns (capitalised as typed) joined by "und" or commas, nothing else. */
function nounList(sentence: Piece): Piece[] | undefined {
  const raw = sentence.text.replace(/[?!.]+$/, '');
  const tokens = raw.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > NOUN_LIST_WORDS) return undefined;
  const isNoun = (t: string) => /^\p{Lu}[\p{L}-]{2,}[,;]?$/u.test(t);
  if (!tokens.every((t) => isNoun(t) || NOUN_LIST_FILLER.test(foldWord(t)) || /^[&/+,]$/.test(t))) return undefined;
  const pieces = raw.split(/\s*[,;&/+]\s*|\s+(?:und|sowie)\s+/i).map((p) => piece(p, sentence)).filter((p) => wordCount(p) > 0);
  if (pieces.length < 2) return undefined;
  // "Termine und Kosten für Pressearbeit?": each noun is a question; what follows the last one is a wish for
  // the seminars (the look-up among the answers takes it from the whole message), not part of the last question.
  const last = pieces.at(-1) as Piece;
  const tail = /^(\S+)\s+(?:für|fuer|zu|zum|zur|im|in|bei|der|des)\s+\S+(?:\s+\S+)?$/iu.exec(last.text);
  // Only when one noun asks for the seminars' dates or places, or every noun is a matter of taking part ("Anmeldefrist und
  // Anmeldeverfahren für die Präsenzveranstaltungen?"); "Kassenbuch und Belege im Förderprojekt" is one topic wish.
  const nouns = [...pieces.slice(0, -1), piece(tail?.[1] ?? '')];
  if (tail && pieces.slice(0, -1).every((p) => wordCount(p) === 1) && (nouns.some((p) => mentionsSeminars(p.folded) || isPropertyWord(p.folded)) || nouns.every((p) => TAKING_PART.test(p.folded)))) return nouns;
  // "Seminare zu Netzwerkarbeit und Moderation" is one request with two topics: every piece is short.
  if (pieces.some((p) => wordCount(p) > 2)) return undefined;
  return pieces;
}

/** A noun for a matter of taking part, asked about as a question of its own ("Anmeldefrist", "Teilnahmebescheinigung", "Kostenübernahme"). */
const TAKING_PART =
  /^(?:anmeld|teilnahme|kosten|gebuehr|frist|stornier|storno|warteliste|bescheinigung|zertifikat|nachweis|ruecktritt|reisekosten|fahrtkosten|uebernachtung|erstattung|zugangsdaten|einwahl|bestaetigung|voraussetzung)\w*$/;

/** A part that says nothing on its own ("Hallo", "ok") is left out; a single noun ("Kosten?") is a question. */
function meaningful(p: Piece): boolean {
  const n = wordCount(p);
  // "kosten? termine?", "Barrierefrei? Und wann?": typed small, a word asked alone is a question too ("ok?", "echt?" are not).
  return n >= 2 || (n === 1 && (/^\p{Lu}\p{L}{2,}/u.test(p.text) || (/\?\s*$/.test(p.text) && (ASKED_ALONE.test(p.folded) || (p.folded.length >= 5 && !SAYS_NOTHING.test(p.folded))))));
}

/** Short question words that ask something alone ("Barrierefrei? Und wann?"). */
const ASKED_ALONE = /^(?:wann|wo|wohin|welche[snrm]?)$/;

/** Words that, asked alone, ask nothing about the programme. */
const SAYS_NOTHING = /^(?:echt|wirklich|sicher|bitte|danke|hallo|genau|stimmt|richtig|oder|okay|hello|sorry|wieso|warum|weshalb|sonst|sowas|jemand|niemand|irgendwas|irgendwer|alles|nichts|noch|schon|ernsthaft|tatsaechlich|klar|prima|super|nochmal|wofuer|wozu|woher|womit)$/;

/** Whether a message starts with a question word ("wann finden die statt" does, "finden online statt" does not). */
export function startsWithQuestionWord(u: Utterance): boolean {
  return QUESTION_WORD.test(u.folded);
}

/** Whether a part asks something (a question mark, a question word or verb first), as opposed to saying something ("Ich bin neu hier."). */
export function asksSomething(u: Utterance): boolean {
  // A part that starts with a question word asks, also in the form of a subordinate clause ("… und wie man als Landkreis mitmachen kann").
  // "[Bitte um Auskunft zu X sowie] zur Möglichkeit einer Bescheinigung": what a request for information asks about, without its frame.
  const folded = withoutAside(u.folded);
  return /\?/.test(u.text) || startsQuestion(folded) || QUESTION_WORD.test(folded) || /^ob\b/.test(folded) || u.tokens.length <= 2 || (REQUEST.test(u.folded) && isSeeking(u.apart)) || REQUESTED_TOPIC.test(u.folded) || u.frame !== undefined || askedWithoutQuestion.has(u) || WANTS_TO_KNOW_WHETHER.test(folded) || ASKS_FOR_INFORMATION.test(folded);
}

/** A part that is the topic of a request for information: a preposition first ("zur Verfügbarkeit von …", "über die Kosten"). */
const REQUESTED_TOPIC = /^(?:zu|zur|zum|ueber|bezueglich|hinsichtlich|betreffend)\b/;

/** "[Mein Chef will außerdem] wissen, ob es eine Bescheinigung gibt": a yes-or-no question as a subordinate clause. */
const WANTS_TO_KNOW_WHETHER = /\b(?:info|infos|information|informationen|auskunft|wissen|erfahren|fragen|nachfragen|klaeren|wuesste|wuessten|interessiert|interessieren|sagen|mitteilen|pruefen|know) (?:ob|if|whether)\b/;

/** "Zweitens suche ich ein Seminar …", "Ich bräuchte einen Workshop …", "Meine Chefin braucht eine Übersicht …": a request for seminars asks for something without a question mark. */
const REQUEST = /^(?:such|brauch|braeucht|benoetig)\w*\b|\b(?:ich|wir) (?:\w+ )?(?:such|brauch|braeucht|benoetig)\w*\b|\b(?:haette|haetten|wuerde|wuerden) (?:\w+ )?gern\b|\b(?:braucht|sucht|benoetigt) (?:noch |dringend |jetzt )?(?:eine?n?|die|den|das|ein paar|mehr|was|etwas)\b/;

/**
 * "[…, und dann noch] die Info, ob es eine Bescheinigung gibt", "[und] ich müsste auch wissen, wie viele Stunden es sind":
 * after a joiner, a request for a piece of information that names what it asks (whether, how, when …), also to someone
 * ("und klären Sie, ob …").
 */
const ASKS_FOR_INFORMATION = /^(?:\S+ ){0,3}(?:info|infos|information|informationen|auskunft|frage|wissen|erfahren|klaeren)(?: sie| du| ihr)?(?: mir| uns)? (?:ob|wie|was|wann|wo|wer|welche[snrm]?)\b/;

/** "Ich brauche die Termine im Herbst", "Einmal die Termine zu X bitte": a request, without a question ("Bitte nennen Sie mir …" is a request too, but reads with a question after it as one: "… und ob eine Teilnahme online möglich ist"). */
export function requestsSomething(u: Utterance): boolean {
  // "Bitte teilen Sie mir die Präsenztermine … mit": asking to be told, the verb's "mit" at the end.
  return REQUEST.test(u.folded) || /\bbitte$/.test(u.folded) || /^bitte (?:\S+ ){2,14}mit$/.test(u.folded);
}

/** Each message is cut once: the interpreters and the answer to several questions ask for its parts. */
const cut = new WeakMap<Utterance, Utterance[] | undefined>();

/** The parts of a message that asks more than one thing, each read on its own; undefined for one question. */
export function messageParts(u: Utterance): Utterance[] | undefined {
  if (!cut.has(u)) cut.set(u, partsOf(u));
  return cut.get(u);
}

function partsOf(u: Utterance): Utterance[] | undefined {
  if (u.tokens.length < 2) return undefined;
  const all = sentences(u);
  if (all.length > MAX_SENTENCES) return undefined;
  const parts = all
    .flatMap((s) => nounList(s) ?? cutAtQuestions(s))
    .map((whole) => {
      const announced = ANNOUNCED.exec(whole.text);
      const p = announced ? piece(whole.text.slice(0, announced.index)) : whole;
      const opener = PART_OPENER.exec(p.folded)?.[0];
      if (!opener) return p;
      // Drop as many words of the raw text as the opener has.
      const drop = opener.trim().split(' ').length;
      return { ...piece(p.text.split(/\s+/).slice(drop).join(' ')), ...(whole.wish ? { wish: true as const } : {}) };
    })
    .filter((p) => meaningful(p) && !ANNOUNCES_ONLY.test(p.folded));
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  const read = parts.map((p) => readUtterance(p.text));
  parts.forEach((p, i) => {
    if (p.wish) askedWithoutQuestion.add(read[i] as Utterance);
  });
  // "[Bitte um Mitteilung der] Anmeldefrist sowie …": the first part was asked through the whole message's frame; so is a
  // later one that is only what is asked for, a noun phrase with no verb of its own ("[Ich benötige eine Information zu] den
  // Kosten und außerdem eine Übersicht der Termine im Herbst").
  if (u.frame !== undefined) {
    askedWithoutQuestion.add(read[0] as Utterance);
    for (const later of read.slice(1)) if (REQUESTED_OBJECT.test(later.folded)) askedWithoutQuestion.add(later);
  }
  return read;
}

/** A part that is a further thing asked for by the whole message's frame: an article or a preposition first ("sowie um eine Übersicht der …"), and no verb after it. */
const REQUESTED_OBJECT =
  /^(?:(?:ausserdem|zudem|auch|noch) )?(?:um )?(?:eine?|einen|einer|die|der|den|das|des|dem|zur|zum|zu|ueber|bezueglich|hinsichtlich)\b(?!.*\b(?:ist|sind|gibt|kann|koennen|muss|muessen|darf|duerfen|wird|werden|habe|haben|hat|bin|soll|sollen|moechte|moechten|will|wollen)\b)/;

/** A part that asks without a question's form (asked through the whole message's frame, or what someone else is to do after a request). */
export function askedWithoutQuestionForm(u: Utterance): boolean {
  return askedWithoutQuestion.has(u);
}

/**
 * Parts that ask without a question's form: asked through the whole message's frame ("Wir bitten um Übersendung der Termine
 * zum Thema X sowie …"), or what someone else or something of one's own is to do, after a request ("…, und meine Nachbarin
 * will sich gleich mit anmelden").
 */
const askedWithoutQuestion = new WeakSet<Utterance>();

/** What was asked or meant, as the end of a complaint ("…, was ich gefragt hab", "…, wonach ich gesucht habe"). */
const COMPLAINT_GOES_ON = /^(?:was|wonach|worum|wie) (?:ich|wir) (?:\w+ ){0,3}?(?:gefragt|gemeint|meinte|wollte|gesucht|suche|suchte|frage|fragte)(?: (?:hab|habe|haben|hatte|hatten|habs))?$/;

/**
 * The question after a complaint: "Das war nicht meine Frage. Ich wollte wissen, ob Reisekosten
 * erstattet werden.", "Nee, das ist falsch – wer darf teilnehmen?". Undefined when the message is
 * only the complaint. The complaint is the leading clauses that say an answer did not help.
 */
export function afterComplaint(u: Utterance): Utterance | undefined {
  const clauses = u.text.split(/(?<=[.!?;,:–—])\s+/);
  let complaint = 0;
  while (complaint < clauses.length && feedbackIn(foldText(clauses[complaint] ?? '')) === false) complaint += 1;
  if (complaint === 0 || complaint === clauses.length) return undefined;
  // A clause ending in a colon only announces what follows ("ich meinte eigentlich: …").
  while (complaint < clauses.length - 1 && (clauses[complaint] ?? '').trimEnd().endsWith(':')) complaint += 1;
  // "[Deine Antwort passt nicht zu dem,] was ich gefragt hab": the complaint goes on, nothing is asked again.
  while (complaint < clauses.length && COMPLAINT_GOES_ON.test(foldText(clauses[complaint] ?? ''))) complaint += 1;
  if (complaint === clauses.length) return undefined;
  const rest = clauses.slice(complaint).join(' ');
  return foldText(rest).split(' ').length >= 3 ? readUtterance(rest) : undefined;
}
