// What the labelled example messages say about a message: a naive-Bayes classifier over the words, word
// pairs and word pieces of the messages in knowledge/beispiele.yaml and of the FAQ's questions, trained once
// per knowledge — by the knowledge worker after it sent the knowledge (loadWorker.ts), else here in slices.
//
// The rules decide; the examples are one more piece of evidence for them. Measured leave-one-writer-out on the
// dev questions (2026-12-02, each file of questions answered with a model trained without it, as `npm run eval`
// does): the classifier alone names the right answer (FAQ id or kind of answer) for 84 % of the single questions,
// no better than the rules; where the rules are unsure between FAQ entries (a did-you-mean), its sure "no answer
// here" turned 23 of 1,043 messages to be rejected into the honest fallback (dev 89.7 → 91.9 %), at a cost of three
// right did-you-means and no right answer. As a second opinion on answers it was not kept: a FAQ answer, look-up or
// recommendation turned into the fallback where it says "no answer here" cost 34 right answers for 40 wrong ones.
import { readWords, termsOf, wordsOf, type WordReading } from '../../search/analysis.js';
import { NO_ANSWER, type Knowledge } from '../../knowledge/schema.js';
import { perKnowledgeInSteps } from '../phrases.js';
import { runStepsInSlices, type Steps } from '../../search/steps.js';
import type { Utterance } from './utterance.js';

export interface ExampleVerdict {
  label: string;
  /** The classifier's probability of the label (0..1; naive Bayes is overconfident: compare with high thresholds only). */
  p: number;
}

export interface ExampleClassifier {
  /** The most probable label of a message, or undefined when none of its features was ever seen. */
  classify(u: Pick<Utterance, 'reading'>): ExampleVerdict | undefined;
}

/** One message to learn from: its text and the labels of the answers that are right for it. */
export interface LabelledText {
  text: string;
  labels: readonly string[];
  /** Written for teaching (not asked by someone): its words count, but not towards how often a label is asked. */
  written?: boolean;
}

/** Additive smoothing of the counts (chosen on the dev questions: 0.05 and 0.2 did worse). */
const ALPHA = 0.1;
/** Length of the letter pieces of a stem ("<kost>" → "<ko", "kos", "ost", "st>"): typos and compounds share some. */
const PIECE = 3;
/** Examples counted between two chances for requests to run (training on the main thread, in slices). */
const EXAMPLES_PER_SLICE = 20;
/**
 * What a written example (beispiele-geschrieben.yaml) counts for its words, against 1 for an asked one (dev, each file
 * held out: 0.5 and 0.7 did best; 1 answered as many right and rejected fewer off-topic messages, 0.3 answered fewer).
 */
const WRITTEN_WEIGHT = 0.5;
/** How often a label counts as asked when only written examples name it (its prior must not be log 0). */
const LEAST_ASKED = 0.5;
/** Features turned into their weights between two such chances. */
const FEATURES_PER_SLICE = 4000;

/**
 * The features of a message: its stems, neighbouring stem pairs, its first word (stop words kept) and letter pieces of
 * each stem ("<kost>" → "<ko", "kos", "ost", "st>"), each as a 30-bit hash of its kind and letters (no string is made
 * for it: training reads ~200,000 of them; among the ~20,000 different ones two share a hash about once in five
 * trainings, which only blurs those two).
 */
function featuresOf(terms: readonly string[], first: string | undefined): number[] {
  const out = reused;
  out.clear();
  for (const term of terms) {
    out.add(hashOf(WORD, term));
    const marked = term.length + 2;
    if (marked > PIECE) for (let i = 0; i + PIECE <= marked; i++) out.add(pieceHash(term, i - 1));
  }
  for (let i = 0; i + 1 < terms.length; i++) out.add(hashOf(mix(hashOf(PAIR, terms[i] as string), 32), terms[i + 1] as string));
  if (first !== undefined) out.add(hashOf(START, first));
  return [...out];
}

/** One set for every message's features (training reads thousands of messages in a row). */
const reused = new Set<number>();

// FNV-1a, seeded per kind of feature.
const WORD = 0x811c9dc5;
const PAIR = mix(WORD, 1);
const START = mix(WORD, 2);
const PIECE_SEED = mix(WORD, 3);

function mix(hash: number, code: number): number {
  // 30 bits: a small integer to V8, which a Map keys without boxing it.
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
}

function hashOf(seed: number, text: string): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = mix(hash, text.charCodeAt(i));
  return hash;
}

/** The hash of the letter piece of `<term>` starting at `from` in the term (-1: the "<" before it). */
function pieceHash(term: string, from: number): number {
  let hash = PIECE_SEED;
  for (let i = from; i < from + PIECE; i++) hash = mix(hash, i < 0 ? 60 : i >= term.length ? 62 : term.charCodeAt(i));
  return hash;
}

/** The features of a text as a message's (`readUtterance` reads it the same, without its frames). */
function featuresOfText(text: string): number[] {
  return featuresOfReading(readWords(text));
}

/** The features of a text's words: the stems of its meaningful words (the first 64; misspelt stop words are features too), and its first word. */
function featuresOfReading(reading: WordReading): number[] {
  return featuresOf(termsOf(wordsOf(reading, 64)), wordsOf(reading, 1, true)[0]?.text);
}

/**
 * A trained classifier as plain data (the knowledge worker trains it and hands it over by structured clone): per
 * label its prior and the weight of a feature never seen with it; per feature (sorted by hash) the labels it was
 * seen with and what it adds to each.
 */
export interface ExamplesModel {
  labels: string[];
  prior: Float64Array;
  unseen: Float64Array;
  /** Feature hashes, ascending. */
  keys: Int32Array;
  /** Feature i's labels and gains are at starts[i] … starts[i + 1] − 1. */
  starts: Int32Array;
  pairLabel: Uint16Array;
  pairGain: Float64Array;
}

/** Trains a classifier in steps of a few examples. Exported for the eval, which trains without the questions it asks. */
export function* trainSteps(examples: Iterable<LabelledText>): Steps<ExampleClassifier> {
  return classifierOf(yield* trainModelSteps(examples));
}

/** Trains the plain-data model in steps of a few examples. */
export function* trainModelSteps(examples: Iterable<LabelledText>): Steps<ExamplesModel> {
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const weight: number[] = [];
  const total: number[] = [];
  const featureIndex = new Map<number, number>();
  // Per feature, the labels it was seen with and how often: [label, count, label, count, …] (a few labels each).
  const seen: number[][] = [];
  /** Counts one example, for how often its label is asked too when `asked` (a plain function: V8 optimises it better than the generator's own loop). */
  const learn = (features: readonly number[], k: number, share: number, asked: boolean): void => {
    if (asked) weight[k] = (weight[k] as number) + share;
    total[k] = (total[k] as number) + share * features.length;
    for (const feature of features) {
      let i = featureIndex.get(feature);
      if (i === undefined) {
        i = seen.push([k, share]) - 1;
        featureIndex.set(feature, i);
      } else addCount(seen[i] as number[], k, share);
    }
  };
  let n = 0;
  for (const example of examples) {
    if (example.labels.length === 0) continue;
    const features = featuresOfText(example.text);
    const share = 1 / example.labels.length;
    for (const label of example.labels) {
      let k = labelIndex.get(label);
      if (k === undefined) {
        k = labels.push(label) - 1;
        labelIndex.set(label, k);
        weight.push(0);
        total.push(0);
      }
      learn(features, k, example.written === true ? share * WRITTEN_WEIGHT : share, example.written !== true);
    }
    if (++n % EXAMPLES_PER_SLICE === 0) yield;
  }
  // log P(f | k) = log(count + α) − log(total_k + α·V): kept as the common part per label plus, per feature,
  // what its counts add, so that a message's score walks only the labels its features were seen with.
  const vocabulary = featureIndex.size;
  const all = weight.reduce((a, b) => a + b, 0);
  // How often a label is asked comes from asked examples; one that only written examples name counts as asked LEAST_ASKED times.
  const prior = weight.map((w) => Math.log(Math.max(w, LEAST_ASKED) / all));
  const unseen = total.map((t) => Math.log(ALPHA) - Math.log(t + ALPHA * vocabulary));
  const logAlpha = Math.log(ALPHA);
  const order = [...featureIndex.keys()].sort((a, b) => a - b);
  yield;
  const keys = Int32Array.from(order);
  const starts = new Int32Array(order.length + 1);
  let pairs = 0;
  for (let f = 0; f < order.length; f++) {
    starts[f] = pairs;
    pairs += (seen[featureIndex.get(order[f] as number) as number] as number[]).length / 2;
  }
  starts[order.length] = pairs;
  const pairLabel = new Uint16Array(pairs);
  const pairGain = new Float64Array(pairs);
  for (let f = 0; f < order.length; f++) {
    const counts = seen[featureIndex.get(order[f] as number) as number] as number[];
    let at = starts[f] as number;
    for (let i = 0; i < counts.length; i += 2, at++) {
      pairLabel[at] = counts[i] as number;
      pairGain[at] = Math.log((counts[i + 1] as number) + ALPHA) - logAlpha;
    }
    if (f % FEATURES_PER_SLICE === FEATURES_PER_SLICE - 1) yield;
  }
  return { labels, prior: Float64Array.from(prior), unseen: Float64Array.from(unseen), keys, starts, pairLabel, pairGain };
}

/** Whether a value handed over as a model has its shape (the knowledge worker's; anything else is trained anew). */
export function isExamplesModel(value: unknown): value is ExamplesModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ExamplesModel>;
  return (
    Array.isArray(m.labels) &&
    m.labels.length < 65_536 &&
    m.prior instanceof Float64Array &&
    m.unseen instanceof Float64Array &&
    m.keys instanceof Int32Array &&
    m.starts instanceof Int32Array &&
    m.pairLabel instanceof Uint16Array &&
    m.pairGain instanceof Float64Array &&
    m.prior.length === m.labels.length &&
    m.unseen.length === m.labels.length &&
    m.starts.length === m.keys.length + 1 &&
    m.pairLabel.length === m.pairGain.length &&
    m.starts[m.keys.length] === m.pairLabel.length &&
    m.pairLabel.every((k) => k < m.labels!.length)
  );
}

/** The classifier of a model: looks each feature of a message up by binary search, scores the labels it was seen with. */
export function classifierOf(model: ExamplesModel): ExampleClassifier {
  const { labels, prior, unseen, keys, starts, pairLabel, pairGain } = model;
  const find = (key: number): number => {
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = keys[mid] as number;
      if (at === key) return mid;
      if (at < key) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  };
  return {
    classify(u) {
      const found: number[] = [];
      for (const feature of featuresOfReading(u.reading)) {
        const i = find(feature);
        if (i >= 0) found.push(i);
      }
      if (found.length === 0 || labels.length === 0) return undefined;
      const score = Array.from(prior, (p, k) => p + found.length * (unseen[k] ?? 0));
      for (const f of found) {
        for (let i = starts[f] as number; i < (starts[f + 1] as number); i++) score[pairLabel[i] as number] = (score[pairLabel[i] as number] ?? 0) + (pairGain[i] as number);
      }
      let best = 0;
      for (let k = 1; k < score.length; k++) if ((score[k] ?? -Infinity) > (score[best] ?? -Infinity)) best = k;
      const top = score[best] ?? 0;
      const sum = score.reduce((a, s) => a + Math.exp(s - top), 0);
      return { label: labels[best] ?? NO_ANSWER, p: 1 / sum };
    },
  };
}

/** Adds to a label's count in a feature's [label, count, …] list. */
function addCount(pairs: number[], k: number, share: number): void {
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === k) {
      pairs[i + 1] = (pairs[i + 1] as number) + share;
      return;
    }
  }
  pairs.push(k, share);
}

/** The examples of a knowledge: beispiele.yaml and every FAQ entry's question and alternatives. */
export function examplesOf(knowledge: Knowledge): LabelledText[] {
  return [...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives].map((text) => ({ text, labels: [f.id] }))), ...(knowledge.examples ?? [])];
}

/**
 * The classifier of a knowledge: the model the knowledge worker trained (loadWorker.ts; app.ts puts it on the knowledge),
 * or trained here once, in slices before the knowledge serves (preparePerKnowledge), when the knowledge was loaded on
 * this thread. Silent while the worker's model is on its way at the first start (examplesArriving).
 */
export function exampleClassifier(knowledge: Knowledge): ExampleClassifier {
  return classifierOfKnowledge(knowledge) ?? SILENT;
}

/** While the knowledge worker trains it (the first start: examplesArriving), the examples say nothing, and the rules answer alone. */
const PENDING = Symbol('examples model on its way');
const SILENT: ExampleClassifier = { classify: () => undefined };

// Undefined while pending: nothing is kept, and the next turn asks again.
const classifierOfKnowledge = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<ExampleClassifier | undefined> {
  const trained = knowledge.examplesModel;
  if (trained === PENDING) return undefined;
  return classifierOf(isExamplesModel(trained) ? trained : yield* trainModelSteps(examplesOf(knowledge)));
});

/**
 * The first start: the knowledge serves before the worker's model arrives (its training would otherwise delay the start
 * by ~0.3–0.7 s on two cores), and the examples join when it does, usually within a second. A model that does not come
 * (the worker failed) is trained here in slices.
 */
export function examplesArriving(knowledge: Knowledge, model: Promise<unknown>, logger: { warn(obj: object, msg: string): void }): void {
  knowledge.examplesModel = PENDING;
  model
    .then(async (arrived) => {
      knowledge.examplesModel = isExamplesModel(arrived) ? arrived : await runStepsInSlices(trainModelSteps(examplesOf(knowledge)), SLICE_MS);
    })
    .catch((error: unknown) => {
      // Then the first turn that needs it trains it.
      knowledge.examplesModel = undefined;
      logger.warn({ err: error instanceof Error ? error.message.split('\n')[0]?.slice(0, 200) : 'unknown' }, 'examples model failed');
    });
}

/** Longest piece of the training in slices between two chances for requests to run. */
const SLICE_MS = 5;

/** Whether a verdict of the examples says, surely, that the knowledge has no answer for the message. */
export function saysNoAnswer(verdict: ExampleVerdict | undefined, threshold = NO_ANSWER_SURE): boolean {
  return verdict !== undefined && verdict.label === NO_ANSWER && verdict.p >= threshold;
}

/** How sure "no answer here" must be to turn a did-you-mean into the fallback (0.9–0.99 did the same on dev; 0.999 less; 0.95 since the dev questions AM and AN joined the examples, where 0.99 no longer held "Kann ich dir auch eine Sprachnachricht schicken?" back from offering Leichte Sprache: dev +2 off-topic rejected, 1 did-you-mean right less). */
export const NO_ANSWER_SURE = 0.95;
