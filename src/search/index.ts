// The German search over FAQ and seminars: indexes analysed terms with lunr's BM25 weights (postings.ts),
// plans each query into concepts (synonyms, compounds, typos), scores them as lunr would (scorer.ts), and
// decides with a confidence model whether to answer, offer choices or fall back.
import type { Knowledge } from '../knowledge/schema.js';
import { fold, readWords, stem, wordsOf, type WordReading } from './analysis.js';
import { decide as decideFrom, defaultConfidence, type ConfidenceOptions, type RankedHit } from './confidence.js';
import { decompounderSteps, type Decompounder } from './decompound.js';
import { GENERIC_WORDS } from './genericWords.js';
import { documentsOf, fieldNames, type FieldName, type SearchDocument } from './documents.js';
import { creditTableSteps, evidenceOf, type Evidence } from './evidence.js';
import { nounMarksOf } from './nouns.js';
import { colloquialWords, lexicon } from './lexicon.js';
import { mayBeCorrection, planQuery, strongestFirst, type Concept, type QueryContext } from './query.js';
import { phrasingIndexSteps } from './phrasing.js';
import { postingsSteps } from './postings.js';
import { scorerOf, type ScoredRef } from './scorer.js';
import { runSteps, runStepsInSlices, type Steps } from './steps.js';
import { deletionDictionarySteps } from './symspell.js';
import { lexiconGroups, synonymTableSteps, type SynonymGroup } from './synonyms.js';

export { analyze } from './analysis.js';

export interface SearchHit {
  kind: 'faq' | 'seminar';
  id: string;
  score: number;
}
export type SearchDecision =
  | { kind: 'answer'; hit: SearchHit; related: SearchHit[] }
  /** `explained`: the share of the question's words the best choice explains. */
  | { kind: 'didYouMean'; choices: SearchHit[]; explained: number }
  | { kind: 'fallback' };
export interface SearchOptions {
  kinds?: Array<'faq' | 'seminar'>;
  limit?: number;
  /** Seminar ids to leave out (those that are over, for answers). */
  excludeSeminars?: ReadonlySet<string>;
  /**
   * The text's words as the caller read them already (`readWords` of this very text; one of another text is
   * not used): the search then does not cut the text into words again. Changes nothing in the result.
   */
  reading?: WordReading;
}
export interface SearchIndex {
  search(text: string, options?: SearchOptions): SearchHit[];
  decide(text: string, options?: SearchOptions): SearchDecision;
  /** The best hits (up to `limit`, 10) with how much of the question each covers and explains: what `decide` weighs. */
  weigh(text: string, options?: SearchOptions): WeighedHit[];
  stats: { documents: number; terms: number; buildMs: number };
  /**
   * The same index for one turn: a text asked again (with other kinds or a limit) is planned and
   * scored once. Made per turn and let go with it (it keeps the turn's text), never kept.
   */
  forTurn?(): SearchIndex;
}

/** A hit with the share of the question's meaning it covers and of its words it explains (0..1 each). */
export type WeighedHit = SearchHit & { coverage: number; explained: number };

/** Why a question ranks as it does: its concepts and the top hits with coverage. For the eval report. */
export interface ExplainedSearch {
  concepts: Array<{ words: string; idf: number; terms: Record<string, number> }>;
  hits: Array<SearchHit & { coverage: number; explained: number }>;
}

export interface ExplainableSearchIndex extends SearchIndex {
  explain(text: string, options?: SearchOptions): ExplainedSearch;
}

/** Tuning knobs with their defaults; the eval (npm run eval) measures every change. */
export interface SearchTuning {
  /** lunr field boosts: question/title > alternatives, tags > answer/description. */
  boosts: Record<FieldName, number>;
  /** How much a match in a field counts towards covering a query word. */
  fieldCredit: Record<FieldName, number>;
  /** Weights of synonym sources. */
  synonymWeights: { knowledge: number; topics: number; roles: number; lexicon: number };
  /** Shares of the ranking score: coverage of the question, lunr's BM25 (relative to the best), and
   * phrasing similarity with a question/alternative/title (stop words included: "Welche … gibt es"). */
  shares: { coverage: number; lunr: number; phrasing: number };
  /** A word the index has never seen counts as if it were in this many documents (< 1: rarer than any). */
  unknownWordDf: number;
  /** Most index terms one query word may expand to (strongest first). */
  maxTermsPerWord: number;
  /** Least credit (term weight × field credit) for a document to explain a word of the question. */
  explainedCredit: number;
  /** How much a word of the question that the knowledge uses, but the document does not, counts against it (a word the knowledge never uses: 1). */
  unmatchedKnownWord: number;
  /** Terms in more than this share of documents (and more than commonTermMin) are not sent to lunr. */
  commonTermShare: number;
  commonTermMin: number;
  /** Hits re-ranked after lunr. */
  rerankDepth: number;
  maxQueryWords: number;
  confidence: ConfidenceOptions;
}

export const defaultTuning: SearchTuning = {
  boosts: { title: 6, alt: 3, tags: 3, parts: 1.5, body: 1 },
  fieldCredit: { title: 1, alt: 1, tags: 0.9, parts: 0.75, body: 0.45 },
  synonymWeights: { knowledge: 0.75, topics: 0.6, roles: 0.5, lexicon: 0.9 },
  shares: { coverage: 0.5, lunr: 0.25, phrasing: 0.25 },
  unknownWordDf: 1,
  explainedCredit: 0.3,
  unmatchedKnownWord: 0.5,
  maxTermsPerWord: 10,
  commonTermShare: 0.2,
  commonTermMin: 500,
  rerankDepth: 50,
  maxQueryWords: 32,
  confidence: defaultConfidence,
};

interface ScoredHit extends RankedHit {
  ref: string;
  parts?: { lunr: number; phrasing: number };
}

function synonymGroups(knowledge: Knowledge, tuning: SearchTuning): SynonymGroup[] {
  const w = tuning.synonymWeights;
  return [
    ...knowledge.synonyms.map((entries) => ({ entries, weight: w.knowledge })),
    ...knowledge.topics.map((t) => ({ entries: [t.name, ...t.synonyms], weight: w.topics })),
    ...knowledge.roles.map((r) => ({ entries: [r.name, ...r.synonyms], weight: w.roles })),
    ...lexiconGroups(lexicon, w.lexicon),
  ];
}

/** Adds the compound parts of headline words ("Inklusionsprojekt" → inklusion, projekt) as a field. */
function* addCompoundParts(documents: SearchDocument[]): Steps<void> {
  const dictionary = new Set(documents.flatMap((d) => d.allWords));
  const splitter = yield* decompounderSteps(dictionary, stem);
  const cache = new Map<string, string[]>();
  for (const [i, doc] of documents.entries()) {
    const parts: string[] = [];
    for (const word of doc.headlineWords) {
      let split = cache.get(word);
      if (split === undefined) {
        split = (splitter.split(word) ?? []).map(stem);
        cache.set(word, split);
      }
      parts.push(...split);
    }
    doc.fields.parts = parts;
    if (i % chunk === 0) yield;
  }
}

/** Documents per step of a build in slices: small enough that one step takes about a millisecond. */
const chunk = 4;

/** The analysed documents, a few at a time. */
function* documentSteps(knowledge: Knowledge): Steps<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (let i = 0; i < knowledge.faq.length; i += chunk) {
    documents.push(...documentsOf({ ...knowledge, faq: knowledge.faq.slice(i, i + chunk), seminars: [] }));
    yield;
  }
  for (let i = 0; i < knowledge.seminars.length; i += chunk) {
    documents.push(...documentsOf({ ...knowledge, faq: [], seminars: knowledge.seminars.slice(i, i + chunk) }));
    yield;
  }
  return documents;
}

/** Builds the index in one go (tests, tools, the first load). */
export function buildSearchIndex(knowledge: Knowledge, tuning: SearchTuning = defaultTuning): ExplainableSearchIndex {
  return runSteps(searchIndexSteps(knowledge, tuning));
}

/**
 * The splitter that also knows the words users type for the knowledge's words ("Stornierung" for "abbrechen"),
 * but uses them only beside a word of officialese: "Stornierungsverfahren" is about cancelling, while
 * "Stornierungsfrist" is no deadline of the knowledge's and "Stornierungsgebühren" no fee it names.
 */
function withTypedWords(own: Decompounder, typed: Decompounder, generic: ReadonlySet<string>): Decompounder {
  return {
    split(word) {
      const parts = own.split(word);
      if (parts !== undefined) return parts;
      const wider = typed.split(word);
      return wider !== undefined && wider.some((p) => generic.has(stem(p))) ? wider : undefined;
    },
  };
}

/**
 * Builds the index in slices of about sliceMs, giving the event loop back in between, so turns keep
 * being answered (from the previous index) while a reload builds the next one.
 */
export async function buildSearchIndexInSlices(knowledge: Knowledge, options: { sliceMs?: number; tuning?: SearchTuning } = {}): Promise<ExplainableSearchIndex> {
  return runStepsInSlices(searchIndexSteps(knowledge, options.tuning ?? defaultTuning), options.sliceMs ?? 5);
}

function* searchIndexSteps(knowledge: Knowledge, tuning: SearchTuning): Steps<ExplainableSearchIndex> {
  const started = performance.now();
  const documents = yield* documentSteps(knowledge);
  yield* addCompoundParts(documents);
  // What a query needs of a document, by its number (the scorer's); the documents themselves are let go.
  const kindOf = documents.map((d) => d.kind);
  const idOf = documents.map((d) => d.id);

  const df = new Map<string, number>();
  for (const [i, doc] of documents.entries()) {
    for (const term of new Set(fieldNames.flatMap((f) => doc.fields[f]))) df.set(term, (df.get(term) ?? 0) + 1);
    if (i % chunk === 0) yield;
  }
  // lunr's BM25 weights with our field boosts, computed without lunr's Builder (postings.ts).
  const scorer = scorerOf(yield* postingsSteps(documents, fieldNames.map((name) => ({ name, boost: tuning.boosts[name] }))));

  const synonyms = yield* synonymTableSteps(synonymGroups(knowledge, tuning));
  yield;
  const vocabulary = new Set(df.keys());
  const n = Math.max(documents.length, 1);
  const dictionary = new Set(documents.flatMap((d) => d.allWords));
  for (const group of knowledge.synonyms) for (const entry of group) for (const w of fold(entry).split(/[^\p{L}\p{N}]+/u)) if (w) dictionary.add(w);
  const generic = fold(GENERIC_WORDS).split(' ');
  for (const w of generic) dictionary.add(w);
  // The second splitter knows only the words users type and the words of officialese: all it may split is a compound of both.
  const decompounder = withTypedWords(yield* decompounderSteps(dictionary, stem), yield* decompounderSteps([...generic, ...colloquialWords.map(fold)], stem), new Set(generic.map(stem)));
  const correctable = yield* deletionDictionarySteps([...df.keys(), ...synonyms.keys].filter(mayBeCorrection), { maxEdits: 2, maxLength: 22 });
  const ctx: QueryContext = {
    vocabulary,
    correctable,
    synonyms,
    decompounder,
    idf: (term) => {
      const count = df.get(term);
      return count === undefined ? 0 : Math.log(1 + n / count);
    },
    unknownIdf: Math.log(1 + n / tuning.unknownWordDf),
    maxWords: tuning.maxQueryWords,
    plannedWords: new Map(),
    aloneConcepts: new WeakMap(),
    phraseConcepts: new WeakMap(),
  };

  const creditTable = yield* creditTableSteps(documents, fieldNames, tuning.fieldCredit);
  const phrasingIndex = yield* phrasingIndexSteps(documents.map((d) => d.sentences), { depth: tuning.rerankDepth });

  /** Dice similarity of the question's words (stop words included) with the closest sentence of a document. */
  function phrasingOf(reading: WordReading, concepts: Concept[]): (doc: number) => number {
    const byWord = new Map<string, Concept>();
    for (const c of concepts) for (const w of c.word.split(' ')) byWord.set(w, c);
    const question = wordsOf(reading, tuning.maxQueryWords * 2, true).map((w) => {
      const forms = new Set([stem(w.text)]);
      for (const [term, weight] of byWord.get(w.text)?.alternatives ?? []) if (weight >= 0.65) forms.add(term);
      return forms;
    });
    return phrasingIndex.forQuestion(question);
  }

  const evidenceOptions = { explainedCredit: tuning.explainedCredit, unmatchedKnownWord: tuning.unmatchedKnownWord, depth: tuning.rerankDepth };
  const stats = { documents: documents.length, terms: df.size, buildMs: Math.round((performance.now() - started) * 10) / 10 };

  /** What ranking a text needs whatever the options: its concepts, BM25 results, phrasing and evidence per document. */
  function prepare(text: string, given?: WordReading): PreparedQuery | undefined {
    const asked = typeof text === 'string' ? text : '';
    // The text is cut into words once for the plan, the phrasing and the nouns (or not at all, when the caller did).
    const reading = given?.text === asked ? given : readWords(asked);
    const concepts = planQuery(asked, ctx, reading);
    const clauses = new Map<string, number>();
    for (const c of concepts) {
      const strongest = strongestFirst(c).slice(0, tuning.maxTermsPerWord);
      for (const [term, weight] of strongest) clauses.set(term, Math.max(clauses.get(term) ?? 0, weight));
    }
    // In a large catalogue, a term in most documents costs the most and ranks the least; it still
    // counts for coverage of the documents that other terms find.
    const common = Math.max(tuning.commonTermShare * n, tuning.commonTermMin);
    const rare = [...clauses].filter(([term]) => (df.get(term) ?? 0) <= common);
    const queried = rare.length > 0 ? rare : [...clauses];
    if (queried.length === 0) return undefined;
    return { results: scorer.score(queried), phrasing: phrasingOf(reading, concepts), evidence: evidenceOf(creditTable, concepts, nounMarksOf(reading), evidenceOptions) };
  }

  function rankPrepared(prepared: PreparedQuery | undefined, options: SearchOptions = {}): ScoredHit[] {
    if (!prepared) return [];
    const { results, phrasing, evidence } = prepared;
    const { kinds, excludeSeminars } = options;
    const wanted = results.filter((r) => {
      const kind = kindOf[r.doc] as SearchDocument['kind'];
      if (kinds && !kinds.includes(kind)) return false;
      return !(kind === 'seminar' && excludeSeminars?.has(idOf[r.doc] as string));
    });
    const top = wanted.slice(0, tuning.rerankDepth);
    const best = top[0]?.score ?? 0;
    const shares = tuning.shares;
    const hits = top.map((r): ScoredHit => {
      const { coverage: cov, explained } = evidence(r.doc);
      const lunrShare = best > 0 ? r.score / best : 0;
      const phrased = phrasing(r.doc);
      const score = shares.coverage * cov + shares.lunr * lunrShare + shares.phrasing * phrased;
      return { ref: r.ref, kind: kindOf[r.doc] as SearchDocument['kind'], id: idOf[r.doc] as string, score, coverage: cov, explained, parts: { lunr: lunrShare, phrasing: phrased } };
    });
    return hits.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  }

  const rank = (text: string, options?: SearchOptions): ScoredHit[] => rankPrepared(prepare(text, options?.reading), options);

  /**
   * A look-up asks about the same message three times (any answer, a seminar answer, seminars named
   * by title): within one turn each text is planned and scored once, each document's evidence and
   * phrasing worked out once, and the same question with the same kinds ranked once. The memo holds
   * the turn's text, so it lives only as long as the turn's view.
   */
  function turnRank(): (text: string, options?: SearchOptions) => ScoredHit[] {
    const prepared = new Map<string, { query: PreparedQuery | undefined; ranked: Array<{ kinds: string | undefined; exclude: ReadonlySet<string> | undefined; hits: ScoredHit[] }> }>();
    return (text, options = {}) => {
      let entry = prepared.get(text);
      if (!entry) {
        // Each document's evidence is kept from the first ranking on: a look-up ranks its message a
        // second time (seminars by title), and half the documents it weighs were weighed the first time.
        const query = prepare(text, options.reading);
        entry = { query: query && remembered(query, n), ranked: [] };
        prepared.set(text, entry);
      }
      const kinds = options.kinds?.join(',');
      const done = entry.ranked.find((r) => r.kinds === kinds && r.exclude === options.excludeSeminars);
      if (done) return done.hits;
      const hits = rankPrepared(entry.query, options);
      entry.ranked.push({ kinds, exclude: options.excludeSeminars, hits });
      return hits;
    };
  }

  return withRank(rank, () => withRank(turnRank(), undefined));

  function withRank(rankWith: (text: string, options?: SearchOptions) => ScoredHit[], forTurn: (() => ExplainableSearchIndex) | undefined): ExplainableSearchIndex {
    function safeRank(text: string, options?: SearchOptions): ScoredHit[] {
      try {
        return rankWith(text, options);
      } catch {
        // Defence in depth: the query builder cannot produce lunr syntax, but search must never throw.
        return [];
      }
    }

    return {
      explain(text, options = {}) {
        const concepts = planQuery(text, ctx).map((c) => ({ words: c.word, idf: c.idf, terms: Object.fromEntries(c.alternatives) }));
        return { concepts, hits: safeRank(text, options).slice(0, 5).map((h) => ({ ...toHit(h), coverage: h.coverage, explained: h.explained, ...h.parts })) };
      },
      search(text, options = {}) {
        return safeRank(text, options)
          .slice(0, options.limit ?? 10)
          .map(toHit);
      },
      weigh(text, options = {}) {
        return safeRank(text, options)
          .slice(0, options.limit ?? 10)
          .map((h) => ({ ...toHit(h), coverage: h.coverage, explained: h.explained }));
      },
      decide(text, options = {}) {
        const decision = decideFrom(safeRank(text, options), tuning.confidence);
        if (decision.kind === 'answer') return { kind: 'answer', hit: toHit(decision.hit), related: decision.related.map(toHit) };
        if (decision.kind === 'didYouMean') return { kind: 'didYouMean', choices: decision.choices.map(toHit), explained: decision.choices[0]?.explained ?? 0 };
        return decision;
      },
      ...(forTurn ? { forTurn } : {}),
      stats,
    };
  }
}

interface PreparedQuery {
  results: ScoredRef[];
  phrasing: (doc: number) => number;
  evidence: (doc: number) => Evidence;
}

/**
 * The same query with each document's phrasing and evidence remembered (both depend on the document alone), in
 * arrays by document number: kept in two `Map`s, the look-ups were ~1 % of a look-up turn's `respond()` (profiled
 * 2026-12-02). `documents` is the index's document count (document numbers are below it).
 */
function remembered(query: PreparedQuery, documents: number): PreparedQuery {
  const phrasings = new Float64Array(documents);
  const phrased = new Uint8Array(documents);
  const evidences: Array<Evidence | undefined> = new Array<Evidence | undefined>(documents).fill(undefined);
  return {
    results: query.results,
    phrasing: (doc) => {
      if (phrased[doc] === 1) return phrasings[doc] as number;
      const value = query.phrasing(doc);
      phrasings[doc] = value;
      phrased[doc] = 1;
      return value;
    },
    evidence: (doc) => (evidences[doc] ??= query.evidence(doc)),
  };
}

const toHit = (h: ScoredHit): SearchHit => ({ kind: h.kind, id: h.id, score: Math.round(h.score * 1000) / 1000 });
