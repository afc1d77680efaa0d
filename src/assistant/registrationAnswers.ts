// Reads one message of the registration dialog before anything is stored: is it an answer, a pause
// ("moment"), a skip ("keine Angabe"), or a question/other request that interrupts the dialog? And
// which field values does it hold ("Erika Mustermann, erika@example.org, Stadt Erlangen")?
import type { Knowledge, Role } from '../knowledge/schema.js';
import { accessibilityChoices, type EnquiryField } from '../registration/fields.js';
import { isEmailAddress } from '../registration/clean.js';
import { fold } from './commands.js';
import { foldText } from './phrases.js';
import { apartCompounds } from './understand/utterance.js';
import { recognizeRoles } from './roles.js';
import { takesPart } from './understand/signals.js';
import { readUtterance } from './understand/utterance.js';
import { unknownWords } from './understand/vocabulary.js';

/** The fields a sentence can fill besides the one asked. */
export type ExtractedField = 'name' | 'email' | 'organisation' | 'role' | 'phone';
export type Found = Partial<Record<ExtractedField, string>>;

export type Reading =
  | { kind: 'pause' }
  | { kind: 'skip' }
  | { kind: 'yes' }
  | { kind: 'interruption' }
  /** Values found; `answer` is the value for the field asked, when the message gave one. */
  | { kind: 'values'; found: Found; answer?: string };

const PAUSE = /^(?:moment|momentchen|einen moment|moment bitte|moment mal|warte|warte mal|wart mal|warten sie|sekunde|eine sekunde|sek|augenblick|einen augenblick|gleich|hm+|aeh+m?|oehm|ehm|aeh moment|ok|okay|ja|jo|achso|ach so|ah|aha|gut|alles klar|mom|mmh?|ok moment|ja moment|ja warte)$/;

const SKIP = new Set([
  'nein', 'nee', 'ne', 'no', 'nope', 'keine', 'kein', 'keins', 'keiner', 'nichts', 'nix', 'keine angabe', 'keine angaben', 'k a', 'ka', 'weiss ich nicht', 'weiss nicht',
  'keine ahnung', 'ich weiss nicht', 'ich weiss es nicht', 'weiss ich nicht genau', 'ich weiss nicht genau', 'ueberspringen', 'bitte ueberspringen', 'skip', 'weiter', 'hab ich nicht', 'habe ich nicht', 'hab keine', 'habe keine', 'hab keins', 'brauche ich nicht',
  'brauch ich nicht', 'nein danke', 'nicht noetig', 'nichts weiter', 'passt so', 'danke nein', 'nein brauche ich nicht', 'moechte ich nicht', 'will ich nicht',
  'moechte ich nicht angeben', 'lieber nicht', 'ohne', 'entfaellt', 'nicht vorhanden', 'gibt es nicht', 'leer', 'brauche keine', 'brauch keine', 'ich brauche nichts', 'keine bedarfe',
]);

const YES = /^(?:ja|jo|jep|jawohl|yes|ok|okay|klar|gerne|gern|einverstanden|ich bin einverstanden|ja ich bin einverstanden|bin einverstanden|ich stimme zu|stimme zu|zustimmen|ja gerne|ja bitte|ja klar|ja ok|ja okay|natuerlich|selbstverstaendlich|in ordnung|ja einverstanden|ja passt|passt)$/;

const QUESTION_START = /^(?:was|wie|wo|wohin|woher|wann|warum|wieso|weshalb|wer|wen|wem|welche[rsmn]?|gibt es|gibts|kann ich|kann man|koennen sie|koennte|muss ich|muss man|darf ich|ist das|ist es|sind die|sind das|brauche ich|brauch ich|habt ihr|haben sie|werden|wird|findet|kostet|dauert|zeig|zeige|zeigen sie|liste|such|suche)\b/;

/** Words that make a message a request to the bot rather than a name, an organisation or a role. */
// The one folding joins hyphenated compounds ("Online-Seminare" → "onlineseminare"); request words are looked for in their parts too (apartCompounds).
const REQUEST_WORDS = /\b(?:anmelden|anmeldung|abmelden|registrieren|buchen|umbuchen|seminar\w*|kurs|kurse|fortbildung\w*|weiterbildung\w*|workshops?|schulung\w*|termine?|kosten|kostet|preis|gebuehr\w*|anmeldeschluss|dauer|dauert|empfehl\w*|hilfe|faq|leichte sprache|online|praesenz|zertifikat|teilnahmebestaetigung)\b/;

/** Cue words in front of a value ("ich bin …", "meine Mail ist …"); they are dropped before classifying. */
const LEAD_FILLERS = /^(?:(?:sorry|sorri|entschuldigung|pardon|oh|ach|also|aeh|aehm|hallo|hi|ok|okay|ja|klar|gern|gerne|na klar|natuerlich|achso|ach so|moment|stimmt|genau|und|so|dann)\b[\s,.!:-]*)+/i;
const NAME_CUE = /^(?:ich bin (?:die |der )?|ich heisse |ich heiße |ich heiss |mein name ist |mein name lautet |mein name |name ist |name |hier ist |hier schreibt |das ist |es ist |man nennt mich |ich bin's |ich bins )/i;
const EMAIL_CUE = /\b(?:meine |die |unsere )?(?:e ?mail|mail|email|e-mail)(?: ?adresse)?(?: (?:ist|lautet|waere|wäre|lautet))?\b[:\s]*/gi;
const ORG_CUE = /^(?:ich (?:arbeite|bin) (?:bei|fuer|für|in|im) |wir sind |ich komme (?:von|aus) |ich bin von |(?:meine |die )?(?:organisation|kommune|einrichtung|arbeitgeber(?:in)?)(?: ist| lautet)?:? |bei |von |fuer |für )(?:der |dem |die |den |des )?/i;
const ROLE_CUE = /^(?:(?:meine |die )?rolle(?: ist| lautet)?:? |ich bin (?:als |die |der |hier )?|als |ich arbeite als |ich mache (?:die |den |das )?)/i;

/** Words that start an organisation's name, or that it contains. */
const ORG_HEAD = /^(?:stadt|gemeinde|landkreis|kreis|markt|marktgemeinde|verbandsgemeinde|samtgemeinde|ortsgemeinde|amt|bezirk|bezirksamt|hansestadt|universitaetsstadt|kreisstadt|grosse kreisstadt|kommune|landratsamt|rathaus|stadtverwaltung|kreisverwaltung|gemeindeverwaltung|verein|lebenshilfe|caritas|diakonie|awo|paritaet\w*|stiftung|buergerstiftung|landeshauptstadt|freie und hansestadt|region|werkstatt|werkstaetten|mehrgenerationenhaus|quartiersbuero|volkshochschule|vhs|jugendamt|sozialamt)\b/;
const ORG_ANYWHERE = /\b(?:e v|ev|ggmbh|gmbh|gug|verein|verband|stiftung|werkstatt|werkstaetten|gemeinde|landkreis|stadt|kommune|initiative|netzwerk|buero|amt|beirat)\b/;

const EMAIL_IN_TEXT = /[^\s<>(),;:"'[\]]+@[^\s<>(),;:"'[\]]+/g;
const PHONE_IN_TEXT = /(?:\+|\b0)[\d ()/.-]{5,}\d/g;

/** Everything the message names that the dialog can store, by field. */
export function extractValues(text: string, knowledge: Knowledge, asked: EnquiryField | undefined): { found: Found; rest: string[] } {
  const found: Found = {};
  let remaining = text;
  for (const match of text.matchAll(EMAIL_IN_TEXT)) {
    const candidate = match[0].replace(/[.!?…]+$/, '');
    if (!found.email && isEmailAddress(candidate)) found.email = candidate;
    remaining = remaining.replace(match[0], ' , ');
  }
  if (found.email) remaining = remaining.replace(EMAIL_CUE, ' ');
  for (const match of remaining.matchAll(PHONE_IN_TEXT)) {
    if (match[0].replace(/\D/g, '').length >= 6 && !found.phone) {
      found.phone = match[0].trim();
      remaining = remaining.replace(match[0], ' , ');
    }
  }
  remaining = remaining.replace(/\b(?:tel(?:efon)?|handy|mobil|telefonnummer|nummer)\b\.?:?(?: ist| lautet)?\s*(?=,|$)/gi, ' ');
  const segments = remaining
    .split(/[,;\n]+|\s+(?:und|sowie)\s+(?=ich\b|meine?\b|arbeite\b|bin\b)|\s+(?=(?:bei|von|fuer|für) (?:der |dem |den )?(?:stadt|gemeinde|landkreis|kreis|verein|lebenshilfe|caritas|diakonie|awo)\b)/i)
    .map((s) => s.replace(LEAD_FILLERS, '').replace(/[\s.!]+$/, '').trim())
    .filter((s) => fold(s) !== '');
  const rest: string[] = [];
  const several = segments.length > 1 || Object.keys(found).length > 0;
  for (const segment of segments) {
    const kind = classify(segment, knowledge, asked, several);
    if (kind && kind.field !== undefined && found[kind.field] === undefined) found[kind.field] = kind.value;
    else rest.push(segment);
  }
  return { found, rest };
}

function classify(segment: string, knowledge: Knowledge, asked: EnquiryField | undefined, several: boolean): { field: ExtractedField; value: string } | undefined {
  // Asked for the role, a role name wins over an organisation word in it ("Sozialamt").
  const roleText = segment.replace(ROLE_CUE, '').trim();
  const role = recognizeRoles(roleText, knowledge)[0];
  if (role && asked === 'role') return { field: 'role', value: roleAsWritten(roleText, role) };
  if (asked === 'role' && ROLE_SENTENCE.test(fold(segment))) return { field: 'role', value: segment };
  const orgCue = ORG_CUE.exec(segment);
  const withoutOrgCue = orgCue ? segment.slice(orgCue[0].length).trim() : segment;
  const folded = fold(withoutOrgCue);
  if (ORG_HEAD.test(folded) || (orgCue && folded !== '' && !recognizeRoles(withoutOrgCue, knowledge)[0])) return { field: 'organisation', value: capitalise(withoutOrgCue) };


  if (role && roleText.split(/\s+/).length <= 4) return { field: 'role', value: roleAsWritten(roleText, role) };

  if (ORG_ANYWHERE.test(folded) && asked !== 'name') return { field: 'organisation', value: capitalise(withoutOrgCue) };

  const nameCue = NAME_CUE.exec(segment);
  const nameText = (nameCue ? segment.slice(nameCue[0].length) : segment).trim();
  if (looksLikeName(nameText) && (asked === 'name' || nameCue || (several && /^\p{Lu}/u.test(nameText) && nameText.includes(' ')))) return { field: 'name', value: nameText };
  return undefined;
}

/** What introduces a name said in passing: "mein Name ist …", "ich heiße …" (group 1), or "ich bin …" (group 2: two words or more). */
const NAME_IN_PASSING = /\b(?:(mein name (?:ist|lautet)|ich hei(?:ss|ß)e|name:)|(ich bin(?: die| der)?))\s+/giu;
/** The name after its cue: capitalised words, with a particle between them ("Anna von Berg"). */
const NAME_AFTER_CUE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|de|zu|da)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}/u;
/** A phone number in passing: + or 0 first, and (checked apart) eight digits or more and no date. */
const PHONE_IN_PASSING = /(?:\+|\b0)\d[\d ()/.-]{5,}\d/g;
const DATE_IN_NUMBER = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b/;
/** The words in front of an address or a number ("meine Mail ist", "Tel.:"), dropped with it. */
const EMAIL_LEAD = /(?:\b(?:meine|die|unsere)\s+)?\b(?:e-?mail|mail)(?:-?adresse)?(?:\s+(?:ist|lautet))?\s*:?\s*$/iu;
const PHONE_LEAD = /\b(?:tel(?:efon)?(?:nummer)?|handy(?:nummer)?|mobil(?:nummer)?|nummer)\.?(?:\s+(?:ist|lautet))?\s*:?\s*$/iu;

export interface DetailsInPassing {
  /** What the enquiry can take: checked again by each field's own validation before it is stored. */
  found: Found;
  /** The message without them. */
  text: string;
}

/**
 * Personal details written into a request to take part ("Ich möchte mich für das erste anmelden. Ich bin Anna Schmidt,
 * anna.schmidt@example.org, Stadt Erlangen"): what the enquiry takes from them, and the request without them — read
 * neither as words of the request nor as a question of their own. Only in a message that asks to take part; a name
 * needs its cue ("ich heiße", "mein Name ist"; after "ich bin", and alone beside an address, two capitalised words that
 * name no role, the last one no word of the knowledge or part of the address), a phone number eight digits and no date,
 * an organisation a word organisations start with and a name or address beside it. The team's own address (one the
 * knowledge names) is no one's personal detail.
 */
export function detailsInPassing(text: string, knowledge: Knowledge): DetailsInPassing | undefined {
  if (!/@|\d{4}|hei(?:ss|ß)e|name|ich bin/iu.test(text) || !takesPart(foldText(text))) return undefined;
  const found: Found = {};
  const spans: Array<[number, number]> = [];
  const leadOf = (end: number, lead: RegExp) => lead.exec(text.slice(Math.max(0, end - 40), end))?.[0].length ?? 0;
  for (const match of text.matchAll(EMAIL_IN_TEXT)) {
    const address = match[0].replace(/[.!?…]+$/, '');
    if (found.email || !isEmailAddress(address) || namedByKnowledge(address, knowledge)) continue;
    found.email = address;
    spans.push([match.index - leadOf(match.index, EMAIL_LEAD), match.index + address.length]);
  }
  for (const match of text.matchAll(PHONE_IN_PASSING)) {
    if (found.phone || match[0].replace(/\D/g, '').length < 8 || DATE_IN_NUMBER.test(match[0]) || overlaps(spans, match.index)) continue;
    found.phone = match[0].trim();
    spans.push([match.index - leadOf(match.index, PHONE_LEAD), match.index + match[0].length]);
  }
  for (const cue of text.matchAll(NAME_IN_PASSING)) {
    const start = cue.index + cue[0].length;
    const name = NAME_AFTER_CUE.exec(text.slice(start))?.[0];
    if (found.name || name === undefined || !isNameInPassing(name, cue[2] !== undefined, found.email, knowledge)) continue;
    found.name = name;
    spans.push([cue.index, start + name.length]);
  }
  if (found.email || found.name) {
    // Beside them, a stretch of its own: an organisation ("…, Stadt Erlangen", "von der Stadt Erlangen"), or with an address
    // the name alone ("bitte meine Kollegin anmelden: Maria Kunz, maria.kunz@…"). Stretches end at punctuation and "und";
    // a dot after a single letter belongs to the name ("Lebenshilfe Mainz e.V.").
    const masked = cut(text, spans, (from, to) => '\uffff'.repeat(to - from)).replace(/\s(?:und|sowie)\s/g, (m) => '\uffff'.repeat(m.length));
    for (const piece of masked.matchAll(/(?:[^,;:\n.!?\uffff]|(?<=\b\p{L})\.)+/gu)) {
      const segment = piece[0].replace(LEAD_FILLERS, '').trim();
      const orgCue = ORG_CUE.exec(segment);
      const rest = (orgCue ? segment.slice(orgCue[0].length) : segment).trim();
      const folded = fold(rest);
      if (folded === '' || folded.split(' ').length > 6 || takesPart(folded) || REQUEST_WORDS.test(apartCompounds(folded))) continue;
      if (!found.organisation && ORG_HEAD.test(folded)) found.organisation = capitalise(rest);
      else if (!found.name && found.email && !orgCue && NAME_AFTER_CUE.exec(segment)?.[0] === segment && isNameInPassing(segment, true, found.email, knowledge)) found.name = segment;
      else continue;
      spans.push([piece.index, piece.index + piece[0].length]);
    }
  }
  if (Object.keys(found).length === 0) return undefined;
  const rest = cut(text, spans, () => ', ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/([.!?])\s*[,;:]+/g, '$1')
    .replace(/[,;:]+\s*([.!?])/g, '$1')
    .replace(/(?:[\s,;:–-]+(?:und|sowie)\b)+[\s,;:–-]*$/, '')
    .replace(/(^|[,;:.!?])\s*(?:und|sowie)\b/g, '$1')
    .replace(/^[\s,;:.–-]+|[\s,;:–-]+$/g, '')
    .replace(/\s+/g, ' ');
  return { found, text: rest };
}

function isNameInPassing(name: string, unsure: boolean, email: string | undefined, knowledge: Knowledge): boolean {
  if (!looksLikeName(name) || recognizeRoles(name, knowledge).length > 0 || ORG_HEAD.test(fold(name))) return false;
  if (!unsure) return true;
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  // "Ich bin Projektleiterin Kommune Inklusiv" names a role, not a person: the last word of a name is no word of the
  // knowledge — or it is in the address beside it ("Sandra Weiß, s.weiss@…": "weiß" is a word of the knowledge too).
  const last = foldText(words[words.length - 1]!);
  return (email !== undefined && foldText(email.split('@')[0] ?? '').includes(last)) || unknownWords(readUtterance(name), knowledge).includes(last);
}

function namedByKnowledge(address: string, knowledge: Knowledge): boolean {
  const lower = address.toLowerCase();
  return knowledge.faq.some((f) => f.answer.toLowerCase().includes(lower));
}

const overlaps = (spans: Array<[number, number]>, at: number) => spans.some(([from, to]) => at >= from && at < to);

/** The text with each span replaced. */
function cut(text: string, spans: Array<[number, number]>, by: (from: number, to: number) => string): string {
  let out = '';
  let at = 0;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (from < at) continue;
    out += text.slice(at, from) + by(from, to);
    at = to;
  }
  return out + text.slice(at);
}

/** One to five words of letters (with - ' .), none of them a request or a question word. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every((w) => /^[\p{L}][\p{L}'’.-]*$/u.test(w))) return false;
  const folded = fold(text);
  if (folded.split(' ').some((w) => NOT_IN_NAMES.has(w))) return false;
  return !REQUEST_WORDS.test(apartCompounds(folded)) && !QUESTION_START.test(folded) && !PAUSE.test(folded) && !SKIP.has(folded);
}

/** Everyday words that do not occur in names: a sentence like "Ich schreibe lieber" is no name. */
const NOT_IN_NAMES = new Set([
  'ich', 'wir', 'du', 'ihr', 'es', 'das', 'der', 'die', 'ist', 'bin', 'sind', 'bitte', 'lieber', 'nicht', 'kein', 'keine', 'mal', 'moechte', 'will', 'habe', 'hab', 'kann',
  'mein', 'meine', 'und', 'oder', 'aber', 'mit', 'noch', 'schon', 'jetzt', 'hier', 'gerade', 'auch', 'was', 'wie', 'wo', 'schreibe', 'schreiben', 'heisse', 'danke', 'hallo',
  'in', 'im', 'am', 'fuer', 'nach', 'bis', 'ab', 'ueber', 'ohne', 'um', 'sorry', 'mail', 'email', 'adresse', 'telefon', 'nummer', 'rolle', 'organisation', 'stadt', 'gemeinde', 'landkreis', 'verein', 'anmelden', 'anmeldung', 'abbrechen', 'zurueck',
]);

const capitalise = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/**
 * The role in the singular form the person wrote ("Netzwerkkoordinatorin", "Projektleitung"), or the
 * role's singular display form when they wrote a plural or a whole sentence.
 */
export function roleAsWritten(text: string, role: Role): string {
  // A role's display name (a clicked button, a copied list entry) is a plural: use the singular.
  if (foldText(text) === foldText(role.name)) return singularRoleName(role);
  const folded = ` ${foldText(text)} `;
  const written = role.synonyms
    .filter((s) => folded.includes(` ${foldText(s)} `))
    .sort((a, b) => foldText(b).length - foldText(a).length)[0];
  if (written && !isPlural(written, role)) return capitalise(written);
  return singularRoleName(role);
}

function isPlural(phrase: string, role: Role): boolean {
  const f = foldText(phrase);
  return f === foldText(role.name) || /(?:innen|oren|enten|ernden|ierende|beitende|kraefte|teams?)$/.test(f) || (/en$/.test(f) && !/(?:ung|heit|keit|schaft|ion|arbeit|amt)$/.test(f) && f.split(' ').length === 1 && /\b\w+er(?:in)?$/.test(f.slice(0, -2)));
}

/** The role's name for one person, as roles.yaml writes it ("Mitarbeiter*in in Finanzen und Buchhaltung"). */
export function singularRoleName(role: Role): string {
  return role.nameSingular;
}

/** Reads a message typed while `asked` is the open question. */
export function readAnswer(text: string, asked: EnquiryField, knowledge: Knowledge): Reading {
  const trimmed = text.trim();
  const folded = fold(trimmed);
  if (folded === '' && /^[-–—/.]+$/.test(trimmed) && asked !== 'consent') return { kind: 'skip' };
  if (folded === '' || /^\?+$/.test(trimmed)) return { kind: 'pause' };
  if (asked === 'consent' && YES.test(folded)) return { kind: 'yes' };
  // "hab keine E-Mail", "nein, brauche ich nicht" — but "keine-adresse" is a mistyped value, not a sentence.
  const skipSentence = /\s/.test(trimmed) && folded.split(' ').length <= 5 && /^(?:nein|ne|nee|kein|keine|hab keine|habe keine|ich habe keine|ich hab keine|ich brauche keine|brauche keine)\b/.test(folded);
  if (SKIP.has(folded) || skipSentence) return { kind: 'skip' };
  if (PAUSE.test(folded)) return { kind: 'pause' };

  const extracted = extractValues(trimmed, knowledge, asked);
  const found = extracted.found;
  const gotSomething = Object.keys(found).length > 0;
  const isQuestion = /\?\s*$/.test(trimmed) || QUESTION_START.test(folded);
  // A message to the team or a described need may be anything, even a question ("Gibt es einen Aufzug?").
  if (asked === 'message') return { kind: 'values', found: {}, answer: trimmed };
  if (asked === 'accessibility') {
    const named = accessibilityChoices.some((c) => c.keywords.some((k) => folded.includes(k))) || /^[\d\s,und]+$/.test(folded);
    if (isQuestion && !named) return { kind: 'interruption' };
    return { kind: 'values', found: {}, answer: trimmed };
  }
  if (isQuestion && !gotSomething) return { kind: 'interruption' };
  // "Ich möchte mich lieber für … anmelden": another request, even when it contains an organisation-like word.
  if (REQUEST_WORDS.test(apartCompounds(folded)) && !found.email && !found.phone) return { kind: 'interruption' };
  if (asked === 'consent') return gotSomething ? { kind: 'values', found } : { kind: 'interruption' };
  if (!gotSomething && REQUEST_WORDS.test(apartCompounds(folded))) return { kind: 'interruption' };

  // "Stadtverwaltung Erlangen, Sozialamt": when the message holds nothing but the organisation, all of it is the answer.
  if (asked === 'organisation' && Object.keys(found).join() === 'organisation') {
    return { kind: 'values', found: {}, answer: trimmed.replace(LEAD_FILLERS, '').replace(ORG_CUE, '').replace(/[\s.!]+$/, '') };
  }
  if (asked in found) return { kind: 'values', found, answer: found[asked as ExtractedField] };
  // Nothing recognised for the asked field: a lone remaining part is the answer, if it can be one.
  const single = extracted.rest.length === 1 ? extracted.rest[0]! : undefined;
  const lone = single === undefined ? undefined : asked === 'organisation' ? single.replace(ORG_CUE, '') : asked === 'role' ? single.replace(ROLE_CUE, '') : single;
  if (lone !== undefined && lone !== '' && fits(asked, lone)) return { kind: 'values', found, answer: lone };
  return { kind: 'values', found };
}

/** At least one real word (not "1 und 3"). */
const WORDY = /(?:^|\s)(?!und\b|oder\b)\p{L}{3,}/u;

/** "Ich koordiniere das Netzwerk", "ich kümmere mich um die Finanzen": a role described in a sentence. */
const ROLE_SENTENCE = /^ich (?:koordiniere|leite|arbeite|betreue|organisiere|vertrete|kuemmere|bin zustaendig|bin verantwortlich|helfe|engagiere|unterstuetze|plane|berate|moderiere|schreibe antraege)\b/;

/** A sentence about something else, not an organisation or role ("Ich schreibe lieber", "Das weiß ich gerade nicht"). */
const SENTENCE_START = /^(?:ich|wir|das|es|du|sie|kannst|koennen|bitte|mach|machen)\b/;

function fits(asked: EnquiryField, text: string): boolean {
  const folded = fold(text);
  if (REQUEST_WORDS.test(apartCompounds(folded)) || QUESTION_START.test(folded)) return false;
  switch (asked) {
    case 'name':
      return looksLikeName(text.replace(NAME_CUE, ''));
    case 'organisation':
      return WORDY.test(folded) && text.split(/\s+/).length <= 12 && !SENTENCE_START.test(folded);
    case 'role':
      return WORDY.test(folded) && ((text.split(/\s+/).length <= 6 && !SENTENCE_START.test(folded)) || (ROLE_SENTENCE.test(folded) && text.split(/\s+/).length <= 10));
    case 'phone':
      return /\d/.test(text);
    default:
      return true;
  }
}

const CONFIRM = /^(?:(?:ja|jo|jep|jawohl|ok|okay|gut|passt|stimmt|genau|richtig|korrekt|perfekt|super|prima|top|alles (?:richtig|korrekt|gut|klar|ok|okay)|absenden|abschicken|senden|verschicken|bestaetigen|einverstanden|bitte|los|so|das|ist|sieht|gut aus|alles|so passt|danke|ja bitte|weg damit|raus damit)\b ?)+$/;
/** "ja", "passt", "absenden", "ja, passt so, bitte absenden". */
export function isConfirmation(text: string): boolean {
  const folded = fold(text);
  return folded !== '' && CONFIRM.test(folded) && !/^(?:so|das|ist|bitte|danke)$/.test(folded);
}

const CHANGE_CUE = /\b(?:aendern|aenderung|korrigieren|korrektur|falsch|stimmt nicht|nicht richtig|vertippt|fehler|bearbeiten|anpassen|anders|neu|hinzufuegen|ergaenzen|nachtragen|eintragen|angeben|loeschen|entfernen)\b/;
const FIELD_WORDS: Array<[EnquiryField, RegExp]> = [
  ['email', /\b(?:e ?mail\w*|mail\w*|email\w*|adresse)\b/],
  ['phone', /\b(?:telefon\w*|handy\w*|nummer|tel|mobil\w*)\b/],
  ['organisation', /\b(?:organisation|kommune|arbeitgeber\w*|einrichtung|stadt|verein|gemeinde)\b/],
  ['role', /\b(?:rolle|funktion|position|taetigkeit)\b/],
  ['accessibility', /\b(?:barriere\w*|bedarf\w*|unterstuetzung|hilfe|assistenz|barrierefreiheit)\b/],
  ['message', /\b(?:nachricht|mitteilung|bemerkung|kommentar)\b/],
  ['consent', /\b(?:einwilligung|einverstaendnis)\b/],
  ['name', /\b(?:name|namen|nachname|vorname)\b/],
];

/** "E-Mail ändern", "die Mail ist falsch", "Name korrigieren": the field to change, if named. */
export function fieldToChange(text: string, requireCue: boolean): EnquiryField | undefined {
  const folded = fold(text);
  if (requireCue && !CHANGE_CUE.test(folded)) return undefined;
  return FIELD_WORDS.find(([, pattern]) => pattern.test(folded))?.[0];
}

export function isChangeRequest(text: string): boolean {
  return CHANGE_CUE.test(fold(text));
}

/** Accessibility needs as typed: numbers of the list, keywords, and the words themselves as a note. */
export function parseAccessibility(text: string): { choices: string[]; note: string } {
  const folded = fold(text);
  const choices = new Set<string>();
  for (const match of folded.matchAll(/\b(\d)\b/g)) {
    const choice = accessibilityChoices[Number(match[1]) - 1];
    if (choice) choices.add(choice.value);
  }
  for (const choice of accessibilityChoices) {
    if (choice.keywords.some((k) => folded.includes(k))) choices.add(choice.value);
  }
  const onlyNumbers = /^[\d\s,und]+$/.test(folded);
  return { choices: [...choices], note: onlyNumbers ? '' : text.trim().slice(0, 500) };
}
