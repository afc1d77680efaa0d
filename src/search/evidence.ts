// How much of a question a document matches (coverage, weighted by idf and field credit) and how many
// of its words it explains: the evidence the ranking and the confidence model weigh besides BM25.
import type { FieldName } from './documents.js';
import type { NounMarks } from './nouns.js';
import { strongestFirst, type Concept } from './query.js';
import type { Steps } from './steps.js';

/** What the evidence reads of the documents, made once per knowledge generation. */
export interface CreditTable {
  /** Per document number: term → the best credit any of its fields gives. */
  credits: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Per term: the numbers of the documents that credit it (the keys of `credits`, the other way round). */
  creditedIn: ReadonlyMap<string, readonly number[]>;
  /** The most a match in any field can credit a term with. */
  bestFieldCredit: number;
}

export interface EvidenceOptions {
  /** Least credit (term weight × field credit) for a document to explain a word of the question. */
  explainedCredit: number;
  /** How much a word of the question that the knowledge uses, but the document does not, counts against it. */
  unmatchedKnownWord: number;
  /** Documents ranked per question at most (the re-ranking depth): what the walk below is weighed against. */
  depth: number;
}

export interface Evidence {
  coverage: number;
  explained: number;
}

/** Documents per step of a build in slices. */
const DOCUMENTS_PER_STEP = 4;

export function* creditTableSteps(
  documents: ReadonlyArray<{ fields: Readonly<Record<FieldName, readonly string[]>> }>,
  fieldNames: readonly FieldName[],
  fieldCredit: Readonly<Record<FieldName, number>>,
): Steps<CreditTable> {
  const credits: Array<Map<string, number>> = [];
  const creditedIn = new Map<string, number[]>();
  for (const [i, doc] of documents.entries()) {
    const best = new Map<string, number>();
    for (const field of fieldNames) {
      const credit = fieldCredit[field];
      for (const term of doc.fields[field]) if ((best.get(term) ?? 0) < credit) best.set(term, credit);
    }
    credits.push(best);
    for (const term of best.keys()) {
      const list = creditedIn.get(term);
      if (list) list.push(i);
      else creditedIn.set(term, [i]);
    }
    if (i % DOCUMENTS_PER_STEP === 0) yield;
  }
  return { credits, creditedIn, bestFieldCredit: Math.max(0, ...fieldNames.map((field) => fieldCredit[field])) };
}

/**
 * How much of the question a document matches. `coverage` weighs each concept by its idf and the
 * credit of the field it is matched in. `explained` counts words alike: the share the document
 * matches, where a word the knowledge never uses ("synchronisiert", "meeting") counts fully against
 * it, and so does a noun the document does not match ("Rathaus" in "Wie komme ich zum Rathaus?");
 * any other word the knowledge uses elsewhere ("macht", "geht") counts half: it may only be phrasing.
 *
 * @param gated skip the walk over a concept's terms for a document that has none of them (it could
 *   only find 0); false: the walk everywhere, as before the gate — for the test that holds one to the other.
 */
export function evidenceOf(table: CreditTable, concepts: readonly Concept[], nouns: NounMarks, options: EvidenceOptions, gated = true): (doc: number) => Evidence {
  const { credits, bestFieldCredit } = table;
  const planned = concepts.map((c) => {
    const walk = gated ? keptWalk(c, table, options.depth) : walkOf(c, table, options.depth, false);
    const { terms, weights, credited } = walk;
    return { idf: c.idf, terms, weights, credited, credits: gated ? keptCredits(walk) : undefined, missing: c.alternatives.size === 0 || (nouns.marked && nouns.inside.has(c.word)) ? 1 : options.unmatchedKnownWord };
  });
  return (doc) => {
    const termCredit = credits[doc];
    let total = 0;
    let covered = 0;
    let matched = 0;
    let against = 0;
    for (const concept of planned) {
      total += concept.idf;
      const { terms, weights, credited, credits } = concept;
      let credit = credits === undefined ? Number.NaN : (credits[doc] as number);
      if (Number.isNaN(credit)) {
        credit = 0;
        if (credited === undefined || ((credited[doc >>> 5] as number) & (1 << (doc & 31))) !== 0) {
          for (let i = 0; i < terms.length; i++) {
            const weight = weights[i] as number;
            if (credit >= weight * bestFieldCredit) break;
            credit = Math.max(credit, weight * (termCredit?.get(terms[i] as string) ?? 0));
          }
        }
        if (credits !== undefined) credits[doc] = credit;
      }
      covered += concept.idf * credit;
      if (credit >= options.explainedCredit) matched++;
      else against += concept.missing;
    }
    return { coverage: total > 0 ? covered / total : 0, explained: matched > 0 ? matched / (matched + against) : 0 };
  };
}

/** What the walk over one concept needs, for one credit table and depth. */
interface Walk {
  table: CreditTable;
  depth: number;
  /** The alternatives as arrays (walked once per hit, not as map iterators), strongest first. */
  terms: readonly string[];
  weights: readonly number[];
  credited: Uint32Array | undefined;
  /** Questions that used this walk so far. */
  uses: number;
  /** Each document's credit for the concept once worked out (NaN: not yet), from the walk's second question on. */
  credits: Float64Array | undefined;
}

const walks = new WeakMap<Concept, Walk>();

/**
 * A concept's walk, kept with the concept: it depends only on the concept's alternatives and the
 * knowledge generation's table, and a word's concept is shared by later questions (query.ts), so its
 * terms were sorted and its documents marked again for every question with that word.
 */
function keptWalk(concept: Concept, table: CreditTable, depth: number): Walk {
  const kept = walks.get(concept);
  if (kept !== undefined && kept.table === table && kept.depth === depth) return kept;
  const made = walkOf(concept, table, depth, true);
  walks.set(concept, made);
  return made;
}

/**
 * Strongest alternative first: once the credit found is at least what the next one could give in the
 * best field, no later (weaker) one can raise it, so the walk stops — the same maximum.
 */
function walkOf(concept: Concept, table: CreditTable, depth: number, gated: boolean): Walk {
  const sorted = strongestFirst(concept);
  const terms = sorted.map(([term]) => term);
  return { table, depth, terms, weights: sorted.map(([, weight]) => weight), credited: gated ? creditedDocuments(terms, table.creditedIn, table.credits.length, depth) : undefined, uses: 0, credits: undefined };
}

/** Credits kept per credit table (a knowledge generation), at most: 8 MB of numbers. */
const CREDITS_KEPT = 1_000_000;
const creditsKept = new WeakMap<CreditTable, number>();

/**
 * A kept walk's credit per document, kept with it: a word's concept is shared by later questions, and its credit
 * in a document depends on the two alone, yet the walk over its terms was made again for each question — the
 * evidence was ~5 % of a look-up's `respond()` (profiled 2026-12-02), most of it these walks. Only for a walk used
 * a second time (a synonym phrase's concept is made afresh per question and would only cost the array), and only
 * while the table's budget lasts.
 */
function keptCredits(walk: Walk): Float64Array | undefined {
  walk.uses++;
  if (walk.credits !== undefined || walk.uses < 2) return walk.credits;
  const documents = walk.table.credits.length;
  const kept = creditsKept.get(walk.table) ?? 0;
  if (kept + documents > CREDITS_KEPT) return undefined;
  creditsKept.set(walk.table, kept + documents);
  walk.credits = new Float64Array(documents).fill(Number.NaN);
  return walk.credits;
}

/**
 * The documents with any of the terms, marked (a bit each) by number — or undefined where marking them would
 * cost more than it saves: more postings than the look-ups of the walk for every ranked document (a
 * large catalogue with a common term). A document left unmarked has none of the terms: a look-up per
 * term was ~6 % of a FAQ turn's respond() (profiled 2026-12-01), mostly for documents without any.
 */
function creditedDocuments(terms: readonly string[], creditedIn: ReadonlyMap<string, readonly number[]>, documents: number, depth: number): Uint32Array | undefined {
  let postings = 0;
  for (const term of terms) postings += creditedIn.get(term)?.length ?? 0;
  if (postings > depth * terms.length) return undefined;
  // Bits, not bytes: kept with a word's concept (up to 5,000 words per generation), an eighth of the size.
  const credited = new Uint32Array((documents + 31) >>> 5);
  for (const term of terms) {
    for (const doc of creditedIn.get(term) ?? []) credited[doc >>> 5] = (credited[doc >>> 5] as number) | (1 << (doc & 31));
  }
  return credited;
}
