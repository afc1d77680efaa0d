// A review aid for Leichte Sprache answers: which content words of an easy answer have no counterpart
// in the standard answer, the question or the quoted source? Such words are where new facts creep in
// ("Für Kurse kann man Förder-Geld bekommen"). It lists candidates; a person decides, and the
// reviewed words are kept in easyWords.reviewed.yaml with the reason they are harmless.
import { fold, stem, words } from '../../src/search/analysis.js';

/**
 * Words that say the same as a standard-German word, as Leichte Sprache puts it. A candidate is
 * covered when the reference has one of the listed stems. Keep this short: every pair is a claim
 * that the easy word adds nothing.
 */
const plainEquivalents: Record<string, string[]> = {
  kurs: ['seminar', 'workshop', 'fortbild', 'weiterbild', 'bildungsangebot', 'qualifizier', 'schulung'],
  lern: ['qualifizier', 'fortbild', 'weiterbild', 'seminar', 'professionalis'],
  internet: ['online'],
  knopf: ['knopf', 'wahl', 'wähl'],
  anmeld: ['anmeld', 'anfrag'],
};

/** Words of the Leichte-Sprache frame that carry no programme fact (asking, writing, explaining). */
const frameWords = new Set(
  [
    'heisst', 'beispiel', 'bitte', 'schreib', 'schreiben', 'e-mail', 'mail', 'frag', 'fragen', 'sag',
    'sagen', 'genau', 'leider', 'gern', 'dann', 'auch', 'oder', 'und', 'aber', 'nicht', 'nein', 'ja',
    'wollen', 'will', 'wissen', 'weiss', 'muss', 'mussen', 'konnen', 'kann', 'gibt', 'geht', 'mehr',
    'viel', 'viele', 'alle', 'alles', 'andere', 'anderen', 'sehr', 'gut', 'immer', 'noch', 'schon',
    'dafür', 'danach', 'darin', 'davon', 'dabei', 'darum', 'trotzdem', 'erst', 'erstens', 'zweitens',
    'besten', 'gleich', 'ding', 'dinge', 'paar', 'sache', 'sachen',
  ].map((w) => fold(w)),
);

export interface EasyEntry {
  id: string;
  question: string;
  answer: string;
  answerEasy: string;
  source: string;
}

/** The folded reference text an easy answer may draw on, hyphens dropped so compounds match their parts. */
function reference(entry: EasyEntry): string {
  const source = entry.source === 'product' ? '' : entry.source;
  return fold([entry.question, entry.answer, source].join(' ')).replace(/-/g, '');
}

/** The folded, stemmed content words of an easy answer that its reference does not have, in order. */
export function newContentWords(entry: EasyEntry): string[] {
  const ref = reference(entry);
  const candidates = new Set<string>();
  for (const word of words(entry.answerEasy)) {
    for (const part of word.text.split('-')) {
      if (part.length < 3 || /\d/.test(part) || frameWords.has(part)) continue;
      const stemmed = stem(part);
      if (frameWords.has(stemmed)) continue;
      if (ref.includes(stemmed) || ref.includes(part)) continue;
      const equivalents = Object.entries(plainEquivalents).find(([easy]) => part.startsWith(easy))?.[1];
      if (equivalents?.some((e) => ref.includes(fold(e)))) continue;
      candidates.add(stemmed);
    }
  }
  return [...candidates];
}
