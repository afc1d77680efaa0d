// Synonym groups as a phrase table over stems: knowledge/synonyms.yaml, the topics' and roles'
// synonyms from roles.yaml, and the built-in lexicon (English, colloquial). A query phrase that
// matches an entry is expanded with the other entries of its groups, at the group's weight.
import { stem, words } from './analysis.js';
import type { LexiconEntry } from './lexicon.js';
import type { Steps } from './steps.js';

export interface SynonymGroup {
  entries: string[];
  weight: number;
  /** Only these entries are added; for a lexicon that translates one way. Default: all entries. */
  means?: string[];
}

export interface Expansion {
  terms: string[];
  weight: number;
}

export interface PhraseMatch {
  /** How many query words the phrase covers. */
  length: number;
  expansions: Expansion[];
  /** False when the phrase is only known from a one-way lexicon ("personal data" is not "Personal"). */
  native: boolean;
}

export interface SynonymTable {
  /** The longest phrase starting at stems[start], with everything it expands to. */
  match(stems: string[], start: number): PhraseMatch | undefined;
  /** Every single-word key; typo correction may correct towards these. */
  keys: Set<string>;
  /** The first word of every phrase key ("waiting" of "waiting list"): a word in its own right, no typo to correct. */
  phraseStarts: Set<string>;
}

/** Stem sequences of a phrase: "Live-Untertitel" is [live, untertitel] and [liveuntertitel]. */
function forms(phrase: string): string[][] {
  const ws = words(phrase);
  const out = [ws.map((w) => stem(w.text))];
  const last = ws[ws.length - 1];
  if (last?.joined !== undefined && ws.length <= 2) out.push([stem(last.joined)]);
  return out.filter((f) => f.length > 0);
}

interface Entry {
  key: string[];
  expansions: Expansion[];
  native: boolean;
}

/**
 * Phrases analysed or expanded per step of a build in slices (a reload): the whole table at once held up
 * turns for ~40 ms, and 20 groups a step still 10–30 ms (2026-12-01) — a role's group has hundreds of
 * phrases, each expanded to all the others.
 */
const PHRASES_PER_STEP = 20;

export function* synonymTableSteps(groups: SynonymGroup[]): Steps<SynonymTable> {
  const byFirst = new Map<string, Entry[]>();
  const keys = new Set<string>();
  const phraseStarts = new Set<string>();
  // A phrase's stems are needed as a key and as a target of its group; analysing it once is enough.
  const formsCache = new Map<string, string[][]>();
  const formsOf = (phrase: string) => {
    let f = formsCache.get(phrase);
    if (f === undefined) formsCache.set(phrase, (f = forms(phrase)));
    return f;
  };
  let phrases = 0;
  for (const group of groups) {
    // One expansion object per target, shared by every key of the group: a group of n phrases made
    // n² objects before, ~17,000 for the shipped knowledge, all of them built while turns were answered.
    const targets: Array<{ text: string; expansion: Expansion }> = [];
    for (const phrase of group.means ?? group.entries) {
      if (++phrases % PHRASES_PER_STEP === 0) yield;
      const terms = formsOf(phrase).flat();
      if (terms.length > 0) targets.push({ text: terms.join(' '), expansion: { terms, weight: group.weight } });
    }
    for (const phrase of group.entries) {
      if (++phrases % PHRASES_PER_STEP === 0) yield;
      for (const key of formsOf(phrase)) {
        const keyText = key.join(' ');
        const expansions = targets.filter((t) => t.text !== keyText).map((t) => t.expansion);
        if (expansions.length === 0) continue;
        const first = key[0] as string;
        if (key.length === 1) keys.add(first);
        else phraseStarts.add(first);
        const list = byFirst.get(first) ?? [];
        const existing = list.find((e) => e.key.join(' ') === keyText);
        const native = group.means === undefined;
        if (existing) {
          existing.expansions.push(...expansions);
          existing.native ||= native;
        } else list.push({ key, expansions, native });
        byFirst.set(first, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);

  function match(stems: string[], start: number): PhraseMatch | undefined {
    const first = stems[start];
    if (first === undefined) return undefined;
    for (const entry of byFirst.get(first) ?? []) {
      if (entry.key.every((k, i) => stems[start + i] === k)) return { length: entry.key.length, expansions: entry.expansions, native: entry.native };
    }
    return undefined;
  }

  return { match, keys, phraseStarts };
}

export function lexiconGroups(lexicon: LexiconEntry[], weight: number): SynonymGroup[] {
  return lexicon.map((entry) => ({ entries: entry.words, means: entry.means, weight }));
}
