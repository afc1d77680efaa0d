// Recognises the few commands that work at any point of a conversation, and typed picks from the
// choices offered last ("2", "die zweite", the label itself).
import type { Choice, Intent } from './reply.js';
import { foldedOf, foldText, type Utterance } from './understand/utterance.js';
import { perObject } from './memo.js';
import { editDistance } from '../search/editDistance.js';
import { boundedMemo } from '../boundedMemo.js';

/** The one folding of the assistant (see understand/utterance.ts). */
export const fold = foldText;

/**
 * A seminar's title folded and framed by spaces (` titel `), for finding it as whole words in a folded
 * message. Worked out once per seminar object (a reload brings new objects): a turn that looked for
 * past seminars by name used to fold every title again (~15 % of a FAQ turn, profiled 2026-12-01).
 */
export const foldedTitle = perObject((seminar: { title: string }): string => ` ${foldText(seminar.title)} `);
/** A seminar's short title, before its subtitle ("Netzwerke moderieren" of "Netzwerke moderieren: Sitzungen, Runde Tische, Workshops"), folded and padded like `foldedTitle`. */
export const foldedMainTitle = perObject((seminar: { title: string }): string => ` ${foldText(seminar.title.split(/:| – /)[0] ?? seminar.title)} `);

const commandPatterns: Array<[RegExp, Intent]> = [
  [/^(?:hilfe|help|(?:ich brauche |bitte )?hilfe(?: bitte)?|was (?:kannst du|koennen sie)(?: alles| so| denn| eigentlich| ueberhaupt)*(?: machen| tun)?|what can you do|\?)$/, { action: 'help' }],
  [/^(?:(?:bitte )?(?:neustart|neu starten|neu anfangen|nochmal von vorn|nochmal von vorne|von vorn|von vorne|restart|reset|start over|abbrechen|abbruch|stopp|stop|cancel)(?: bitte)?(?: (?:und )?(?:alles vergessen|vergiss alles))?|(?:bitte )?(?:alles vergessen|vergiss alles)(?: bitte)?)$/, { action: 'restart' }],
  [/^(?:(?:bitte )?(?:in )?(?:leichte|leichter|einfache|einfacher) sprache(?: bitte)?(?: (?:einschalten|anschalten|aktivieren|an))?|(?:bitte )?einfacher)$/, { action: 'easy', on: true }],
  [/^(?:(?:bitte )?(?:in )?(?:normale|normaler|standard) sprache(?: bitte)?|leichte sprache (?:aus|ausschalten|abschalten|beenden))$/, { action: 'easy', on: false }],
  // The next page of the list shown, typed: "mehr", "weitere bitte", "zeig mir mehr", "noch mehr Seminare".
  [/^(?:(?:und |bitte )?(?:noch )?(?:mehr|weitere)(?: (?:seminare|kurse|angebote|termine|ergebnisse|davon))?(?: (?:anzeigen|zeigen))?|(?:zeig|zeige|zeigen sie)(?: mir| uns)? (?:noch )?(?:mehr|weitere)(?: (?:seminare|kurse|angebote|termine|davon))?|gibt (?:es|s) (?:noch )?mehr|more|show more)(?: bitte)?$/, { action: 'more' }],
];

/** The words of the commands, for reading a short command typed with a slip ("neustrat", "vergessn", "hilef"). */
const COMMAND_WORDS = ['hilfe', 'neustart', 'starten', 'anfangen', 'vorne', 'restart', 'reset', 'abbrechen', 'vergessen', 'leichte', 'leichter', 'einfache', 'einfacher', 'sprache', 'normale', 'normaler', 'einschalten', 'ausschalten', 'bitte', 'alles'];
/** Words one letter away from a command word that mean something else ("Das hilft"). */
const NOT_SLIPS = new Set(['hilft', 'hilfst', 'leicht', 'bitten', 'allen', 'aller', 'alle', 'start', 'starte', 'startet']);
/** Longest message read as a command typed with slips (in words). */
const SLIP_WORDS = 4;

/** The command word a word of a short message is one slip away from, or the word itself. */
export function commandWordMeantAfresh(w: string): string {
  return w.length < 5 || COMMAND_WORDS.includes(w) || NOT_SLIPS.has(w) ? w : (COMMAND_WORDS.find((c) => c[0] === w[0] && editDistance(c, w) <= 1) ?? w);
}

/** Words remembered: every short message's words were held against the command words (~2 % of a FAQ turn's respond()). */
const MAX_SLIP_WORDS = 5_000;
/** commandWordMeantAfresh, remembered per word (it depends on the word alone). */
export const commandWordMeant: (w: string) => string = boundedMemo(MAX_SLIP_WORDS, commandWordMeantAfresh);

/**
 * A command typed as text, if the whole message is one (one slip of a letter per word of five letters or more is forgiven).
 * A message already read is not folded again.
 */
export function commandIn(text: string | Utterance): Intent | undefined {
  const folded = foldedOf(text);
  const found = commandOf(folded);
  if (found || folded.split(' ').length > SLIP_WORDS) return found;
  const mended = folded.split(' ').map(commandWordMeant).join(' ');
  return mended === folded ? undefined : commandOf(mended);
}

function commandOf(folded: string): Intent | undefined {
  for (const [pattern, intent] of commandPatterns) if (pattern.test(folded)) return intent;
  return undefined;
}

const ordinals: Record<string, number> = {
  erste: 1, ersten: 1, erstes: 1, erster: 1, eins: 1,
  zweite: 2, zweiten: 2, zweites: 2, zweiter: 2, zwei: 2,
  dritte: 3, dritten: 3, drittes: 3, dritter: 3, drei: 3,
  vierte: 4, vierten: 4, viertes: 4, vierter: 4, vier: 4,
  fuenfte: 5, fuenften: 5, fuenftes: 5, fuenfter: 5, fuenf: 5,
  sechste: 6, sechsten: 6, sechstes: 6, sechster: 6, sechs: 6,
  letzte: -1, letzten: -1, letztes: -1, letzter: -1,
};

/** The place in a list an ordinal word names ("zweiten" 2, "letzte" −1 for the last), or undefined for any other word. */
export function placeInList(word: string): number | undefined {
  return Object.hasOwn(ordinals, word) ? ordinals[word] : undefined;
}

/** A number naming a place in a list: "2", "Nr. 2", "Option 3" alone, or "nr 2" / "Nummer 3" followed by more ("nr 2 in Köln"). */
const LIST_NUMBER = /^(?:(nr|nummer|no|option|punkt) ?)?(\d{1,2})(?: (.*))?$/;

/**
 * The place in a list a message names by number: the whole message ("2", "Nr. 2": `alone`), or its start when a word for
 * "number" comes first ("nr 2 in Köln, für wen ist das?"). Not a bare number followed by words ("2 Personen").
 */
export function numberInList(folded: string): { place: number; alone: boolean } | undefined {
  const m = LIST_NUMBER.exec(folded);
  if (!m || (m[3] !== undefined && m[1] === undefined)) return undefined;
  const place = Number(m[2]);
  return place >= 1 ? { place, alone: m[3] === undefined } : undefined;
}

/** "2", "Nr. 2", "die zweite", "das letzte", or the label of an offered choice. */
export function pickFrom(text: string | Utterance, offered: Choice[]): Choice | undefined {
  if (offered.length === 0) return undefined;
  const folded = foldedOf(text);
  if (folded === '') return undefined;
  const byLabel = offered.find((c) => fold(c.label) === folded);
  if (byLabel) return byLabel;
  const number = numberInList(folded);
  if (number?.alone) return offered[number.place - 1];
  const words = folded.split(' ');
  if (words.length <= 4) {
    for (const word of words) {
      const n = ordinals[word];
      if (n !== undefined) return n === -1 ? offered[offered.length - 1] : offered[n - 1];
    }
  }
  return undefined;
}
