// Groups unanswered questions by similar wording, with the project's own German analysis (folding,
// gender forms, stop words, stems): "Gibt es Kinderbetreuung?" and "Kinderbetreuung vor Ort?" meet.
import { analyze, fold } from '../../search/analysis.js';
import type { QuestionRecord } from '../records.js';

export interface Wording {
  text: string;
  count: number;
  terms: string[];
}

export interface QuestionCluster {
  /** The most frequent wording, shortest first on ties. */
  label: string;
  wordings: Wording[];
  total: number;
  /** How many of the questions ended in a fallback, a did-you-mean, or a "nein". */
  decisions: Record<QuestionRecord['decision'], number>;
  /** The bot's own candidates at the time, summed over the questions (faq id → score). */
  candidates: Map<string, number>;
}

/** A wording joins a group when it is at least this similar to its members on average. */
export const SIMILARITY = 0.45;

const PLACEHOLDER = '\\[(?:E-Mail|Link|IBAN|Telefon|Zahl|Name|Anfragenummer)\\]';
// A placeholder with the words that introduced it: "Tel. [Telefon]", "meine Nummer: [Telefon]", "ich heiße [Name],".
const PLACEHOLDER_WITH_CUE = new RegExp(
  `(?:\\b(?:(?:(?:viele|liebe|beste|herzliche)\\s+)?gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|ich\\s+hei(?:ß|ss)e|mein\\s+name\\s+(?:ist|lautet)|ich\\s+bin|hier\\s+(?:spricht|ist|schreibt)|(?:meine\\s+)?(?:tel(?:efon)?|telefonnummer|nummer|handy|mobil|e-?mail|mail|adresse|iban|plz|postleitzahl|link)\\.?)[\\s,:]*)?${PLACEHOLDER}(?:\\s*[,;:])?`,
  'giu',
);

/** The wording without personal-data placeholders and their cue words: what is left of the actual question. */
export function cleanWording(text: string): string {
  return text
    .replace(PLACEHOLDER_WITH_CUE, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '')
    .trim();
}

export function questionTerms(text: string): string[] {
  return [...new Set(analyze(cleanWording(text)))];
}

/**
 * How close two wordings are: the mean of the Dice coefficient and the overlap coefficient of their
 * stems, so "Kinderbetreuung beim Workshop möglich?" still meets the shorter "Gibt es Kinderbetreuung?".
 */
function similarity(a: string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return ((2 * shared) / (a.length + b.size) + shared / Math.min(a.length, b.size)) / 2;
}

export function clusterQuestions(records: QuestionRecord[]): QuestionCluster[] {
  // Identical wordings (after folding and punctuation) first: they are one wording seen several times.
  const byKey = new Map<string, { wording: Wording; set: Set<string>; records: QuestionRecord[] }>();
  for (const record of records) {
    const key = fold(cleanWording(record.text)).replace(/[^\p{L}\p{N}[\]]+/gu, ' ').trim();
    const known = byKey.get(key);
    if (known) {
      known.wording.count++;
      known.records.push(record);
    } else {
      const terms = questionTerms(record.text);
      byKey.set(key, { wording: { text: record.text, count: 1, terms }, set: new Set(terms), records: [record] });
    }
  }

  const groups = [...byKey.values()].sort((a, b) => b.wording.count - a.wording.count || a.wording.text.length - b.wording.text.length || a.wording.text.localeCompare(b.wording.text));
  const clusters: Array<{ members: typeof groups }> = [];
  // Only groups sharing a stem can be similar: an index from stem to groups keeps this near linear.
  const byTerm = new Map<string, Set<(typeof clusters)[number]>>();
  for (const group of groups) {
    const candidates = new Set(group.wording.terms.flatMap((t) => [...(byTerm.get(t) ?? [])]));
    let best: { cluster: (typeof clusters)[number]; score: number } | undefined;
    for (const cluster of candidates) {
      // Average link: close to the cluster as a whole, so one shared word does not chain unrelated questions.
      let sum = 0;
      for (const m of cluster.members) sum += similarity(group.wording.terms, m.set);
      const score = sum / cluster.members.length;
      if (score >= SIMILARITY && (!best || score > best.score)) best = { cluster, score };
    }
    const home = best?.cluster ?? { members: [] };
    if (!best) clusters.push(home);
    home.members.push(group);
    for (const t of group.wording.terms) {
      const set = byTerm.get(t) ?? new Set();
      set.add(home);
      byTerm.set(t, set);
    }
  }

  return clusters
    .map(({ members }): QuestionCluster => {
      const all = members.flatMap((m) => m.records);
      const decisions = { fallback: 0, didYouMean: 0, feedback: 0 };
      const candidates = new Map<string, number>();
      for (const r of all) {
        decisions[r.decision]++;
        for (const c of r.candidates) if (c.kind === 'faq' && c.id) candidates.set(c.id, (candidates.get(c.id) ?? 0) + c.score);
      }
      const wordings = members.map((m) => m.wording);
      return { label: wordings[0]?.text ?? '', wordings, total: all.length, decisions, candidates };
    })
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}
