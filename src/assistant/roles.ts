// Recognises a person's role in the project from what they write ("Ich bin Netzwerkkoordinatorin",
// "für die Verwaltung", "Ich mache Pressearbeit") and whether they are correcting a role given before.
import type { Knowledge, Role } from '../knowledge/schema.js';
import { buildPhraseMatcher, foldText, mostSpecific, perKnowledge, wordsBefore, type PhraseMatch } from './phrases.js';
import type { Utterance } from './understand/utterance.js';

// Role synonyms of eight letters or more are also found at the end of a compound
// ("Bezirksverwaltung", "Unternehmenskommunikation"); shorter ones would hit unrelated words.
const COMPOUND_HEAD_MIN = 8;

const roleMatcher = perKnowledge((knowledge: Knowledge) =>
  buildPhraseMatcher(
    knowledge.roles.flatMap((role) => [role.name, role.nameEasy, ...role.synonyms].map((phrase) => ({ phrase, value: role.id }))),
    { compoundHeadMinLength: COMPOUND_HEAD_MIN },
  ),
);

const NEGATIONS = new Set(['nicht', 'kein', 'keine', 'keiner', 'nie', 'niemals']);

function negated(folded: string, match: PhraseMatch<string>): boolean {
  return wordsBefore(folded, match.start, 3).some((w) => NEGATIONS.has(w));
}

/** Where the folded text names a role (not negated), most specific first (whole words before compound parts, longer before shorter). */
export function roleMentions(folded: string, knowledge: Knowledge): Array<PhraseMatch<string>> {
  const matches = mostSpecific(roleMatcher(knowledge)(folded)).filter((m) => !negated(folded, m));
  return matches.sort((a, b) => Number(b.whole) - Number(a.whole) || b.weight - a.weight || a.start - b.start);
}

/** The roles of the given mentions, each once, in the mentions' order. */
export function rolesOf(mentions: Array<PhraseMatch<string>>, knowledge: Knowledge): Role[] {
  const ids = [...new Set(mentions.map((m) => m.value))];
  return ids.map((id) => knowledge.roles.find((r) => r.id === id)).filter((r) => r !== undefined);
}

/** Every role named in the text, most specific first (whole words before compound parts, longer before shorter). */
export function recognizeRoles(text: string | Utterance, knowledge: Knowledge): Role[] {
  // A turn's message is read once (its utterance); other texts (enquiry answers) are folded here.
  const folded = typeof text === 'string' ? foldText(text) : text.folded;
  return rolesOf(roleMentions(folded, knowledge), knowledge);
}

/** The role the text names, if any; the most specific one when it names several. Never guesses. */
export function recognizeRole(text: string | Utterance, knowledge: Knowledge): Role | undefined {
  return recognizeRoles(text, knowledge)[0];
}

const ROLE_CHANGE = [
  /\bich bin doch\b/,
  /\bbin ich doch\b/,
  /\beigentlich bin ich\b/,
  /\bich bin eigentlich\b/,
  /\bich bin (?:jetzt|nun|inzwischen|mittlerweile) (?!auch\b)/,
  /\bnicht (?:mehr )?(?:\w+ ){0,3}sondern\b/,
  /\b(?:andere|anderen|andere?s|neue|neuen|falsche|falschen) rolle\b/,
  /\brolle (?:aendern|wechseln|korrigieren|ist falsch|stimmt nicht)\b/,
  /\b(?:meine|die) rolle ist\b/,
  /\bich habe mich vertan\b/,
  /\b(?:korrektur|stattdessen|lieber als)\b/,
];

/** Whether the person is correcting or changing the role they gave before ("Ich bin doch in der Verwaltung"). */
export function roleChangeIntent(text: string): boolean {
  const folded = foldText(text);
  return ROLE_CHANGE.some((pattern) => pattern.test(folded));
}
