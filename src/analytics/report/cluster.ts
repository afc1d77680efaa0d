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
function similarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  const shared = a.filter((t) => set.has(t)).length;
  return ((2 * shared) / (a.length + b.length) + shared / Math.min(a.length, b.length)) / 2;
}

export function clusterQuestions(records: QuestionRecord[]): QuestionCluster[] {
  // Identical wordings (after folding and punctuation) first: they are one wording seen several times.
  const byKey = new Map<string, { wording: Wording; records: QuestionRecord[] }>();
  for (const record of records) {
    const key = fold(cleanWording(record.text)).replace(/[^\p{L}\p{N}[\]]+/gu, ' ').trim();
    const known = byKey.get(key);
    if (known) {
      known.wording.count++;
      known.records.push(record);
    } else byKey.set(key, { wording: { text: record.text, count: 1, terms: questionTerms(record.text) }, records: [record] });
  }

  const groups = [...byKey.values()].sort((a, b) => b.wording.count - a.wording.count || a.wording.text.length - b.wording.text.length || a.wording.text.localeCompare(b.wording.text));
  const clusters: Array<{ members: typeof groups }> = [];
  for (const group of groups) {
    let best: { cluster: (typeof clusters)[number]; score: number } | undefined;
    for (const cluster of clusters) {
      // Average link: close to the cluster as a whole, so one shared word does not chain unrelated questions.
      const score = cluster.members.reduce((sum, m) => sum + similarity(group.wording.terms, m.wording.terms), 0) / cluster.members.length;
      if (score >= SIMILARITY && (!best || score > best.score)) best = { cluster, score };
    }
    if (best) best.cluster.members.push(group);
    else clusters.push({ members: [group] });
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
