// What the labelled example messages say about a message: a softmax (multinomial logistic) regression over the
// words, word pairs and word pieces of the messages in knowledge/beispiele.yaml and of the FAQ's questions, trained once
// per knowledge — by the knowledge worker after it sent the knowledge (loadWorker.ts), else here in slices.
//
// The rules decide; the examples are one more piece of evidence for them. It replaced a naive-Bayes classifier over the
// same features (2026-12-03, dev, each file of questions answered by a model trained without it): the right label
// for 84.2 % of the single questions (naive Bayes 81.7 %), and — what the rules use — probabilities that mean what they
// say: at p ≥ 0.8 it names 60 % of the questions at 94.9 % precision, where naive Bayes, overconfident, reached 66 %
// at 90.8 % only at p ≥ 0.99999. "No answer here" at p ≥ 0.5: 1,995 questions at 90.8 % precision (naive Bayes at
// its threshold of 0.95: 1,961 at 89.0 %). End to end on dev, with the thresholds of interpret.ts chosen anew: straight
// right 75.8 → 76.3 %, confidently wrong 10.8 → 10.7 %, off-topic rejected 90.7 → 91.7 %. (Tried once before, on
// 2026-12-02 with fewer examples and naive Bayes's rows unchanged: −0.1 / −0.1 / +1.2 points, not kept.) The cost:
// ~1.5 s of training per knowledge in the worker (naive Bayes 0.5 s), a model of ~6 MB (1.6 MB).
//
// Since 2026-12-04 it also reads every word as written, stop words kept, and their pairs (featuresOf): 86.5 % of the
// single questions named right (84.2 %), 5,172 of 7,737 at p ≥ 0.8 at 95.1 % precision (4,664 at 94.9 %). End to end
// on dev, thresholds unchanged (the five main ones, each moved a step, were none clearly better): straight right
// 80.7 → 81.3 %, confidently wrong 9.1 → 8.9 %, off-topic rejected 92.2 → 93.2 %. Tried and not kept: letter pieces
// of 4 (84.1 %), word triples (86.4 %), the written words only where they are stop words (85.9–86.4 %), 8 passes (no
// better), weights dropped below 0.01 or 0.03 (hardly any are: AdaGrad's first steps are large), features seen once
// dropped (−0.4 points for 40 % fewer weights). The cost: ~2.7–3.3 s of training (in the worker, or read from
// dist/cache/), ~107,000 features and 1.15 million weights, kept in single precision: ~7.7 MB of arrays, 10.1 MB in the
// cache (8.0 MB before).
import { readWords, termsOf, wordsOf, type WordReading } from '../../search/analysis.js';
import { NO_ANSWER, ROLE_LABEL, TOPIC_LABEL, type Knowledge } from '../../knowledge/schema.js';
import { perKnowledgeInSteps } from '../phrases.js';
import type { Steps } from '../../search/steps.js';
import { withoutLetterFrame, type Utterance } from './utterance.js';

export interface ExampleVerdict {
  label: string;
  /** The classifier's probability of the label (0..1; on dev, held out, about as often right as it says from 0.5 up). */
  p: number;
}

export interface ExampleClassifier {
  /** The most probable label of a message, or undefined when none of its features was ever seen. */
  classify(u: Pick<Utterance, 'reading'>): ExampleVerdict | undefined;
  /**
   * The most probable topic (a topic id of roles.yaml) of a message that looks for seminars, learnt from the examples'
   * thema: labels and the seminars' titles and summaries; undefined when none of its features was ever seen.
   */
  topic(u: Pick<Utterance, 'reading'>): ExampleVerdict | undefined;
  /**
   * The most probable role (a role id of roles.yaml) of a message that asks what fits, learnt from the examples' rolle:
   * labels and the roles' names, descriptions, activities and workplaces; undefined when none of its features was ever seen.
   */
  role(u: Pick<Utterance, 'reading'>): ExampleVerdict | undefined;
}

/** One message to learn from: its text and the labels of the answers that are right for it. */
export interface LabelledText {
  text: string;
  labels: readonly string[];
  /** Written for teaching (not asked by someone): it counts half as much as an asked one (WRITTEN_WEIGHT). */
  written?: boolean;
}

/** Length of the letter pieces of a stem ("<kost>" → "<ko", "kos", "ost", "st>"): typos and compounds share some. */
const PIECE = 3;
/** Examples read between two chances for requests to run (training on the main thread, in slices). */
const EXAMPLES_PER_SLICE = 20;
/**
 * What a written example (beispiele-geschrieben.yaml) counts in the training, against 1 for an asked one (chosen for
 * naive Bayes, dev, each file held out: 0.5 and 0.7 did best; kept for the regression).
 */
const WRITTEN_WEIGHT = 0.5;
/** Passes over the examples (dev, each file held out: 5 named 83.7 % right, 8 83.8 %, 12 84.3 % at more than twice the time). */
const EPOCHS = 5;
/**
 * Passes at the end whose steps' weights are averaged into the model (dev 13,028, each file held out: 1 named 8,137 right
 * and 1,080 wrong against 8,132 and 1,093 for the last step's weights alone; the order of the last pass then matters less).
 */
const AVERAGED_EPOCHS = 1;
/** Step size of AdaGrad (each weight's step shrinks with the squared gradients it has seen). */
const RATE = 0.5;
/**
 * A label's gradient smaller than this leaves its weights alone: the labels a message is far from are not pushed
 * further away (dev, held out: 0.01 named 84.2 % right against 83.7 % for 0.001, and its probabilities were better
 * calibrated; 0.03 and 0.05 did no better).
 */
const SMALL_GRADIENT = 0.01;
/** Weights nearer 0 than this are dropped from the model (~580,000 of 3.3 million kept). */
const LEAST_WEIGHT = 1e-3;
/** AdaGrad's starting sum of squares (keeps its first step finite). */
const UNTOUCHED = 1e-8;
/** Examples learnt from between two chances for requests to run (~5 ms). */
const STEPS_PER_SLICE = 200;
/** Features whose weights are kept or dropped between two such chances. */
const FEATURES_PER_SLICE = 4000;

/**
 * The features of a message: its stems, neighbouring stem pairs, letter pieces of each stem ("<kost>" → "<ko", "kos",
 * "ost", "st>"), its first word, and every word as written (folded, not stemmed, stop words kept) with its neighbouring
 * pairs — "wie kann", "kann ich", "für mich" say how a thing is asked, which the stems alone lose (dev, each file held out:
 * the right label for 86.5 % of the single questions against 84.2 % without the words and their pairs; at p ≥ 0.8 5,172
 * questions at 95.1 % precision against 4,664 at 94.9 %). Each is a 30-bit hash of its kind and letters (no string is
 * made for it; among the ~107,000 different ones about five pairs share a hash, which only blurs those two).
 */
function featuresOf(terms: readonly string[], written: readonly string[]): number[] {
  const out = reused;
  out.clear();
  for (const term of terms) {
    out.add(hashOf(WORD, term));
    const marked = term.length + 2;
    if (marked > PIECE) for (let i = 0; i + PIECE <= marked; i++) out.add(pieceHash(term, i - 1));
  }
  for (let i = 0; i + 1 < terms.length; i++) out.add(hashOf(mix(hashOf(PAIR, terms[i] as string), 32), terms[i + 1] as string));
  const first = written[0];
  if (first !== undefined) out.add(hashOf(START, first));
  for (let i = 0; i < written.length; i++) {
    out.add(hashOf(WRITTEN, written[i] as string));
    if (i + 1 < written.length) out.add(hashOf(mix(hashOf(WRITTEN_PAIR, written[i] as string), 32), written[i + 1] as string));
  }
  return [...out];
}

/** One set for every message's features (training reads thousands of messages in a row). */
const reused = new Set<number>();

// FNV-1a, seeded per kind of feature.
const WORD = 0x811c9dc5;
const PAIR = mix(WORD, 1);
const START = mix(WORD, 2);
const PIECE_SEED = mix(WORD, 3);
const WRITTEN = mix(WORD, 4);
const WRITTEN_PAIR = mix(WORD, 5);

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

/**
 * The features of a text as a message's (`readUtterance` reads it the same, without its frames; a letter's salutation and
 * closing are dropped here too, so that "Mit freundlichen Grüßen, …" teaches nothing about what is asked).
 */
function featuresOfText(text: string): number[] {
  return featuresOfReading(readWords(withoutLetterFrame(text.replace(/\s+/g, ' ').trim())));
}

/** The features of a text's words: the stems of its meaningful words (the first 64; misspelt stop words are features too), and its first 64 words as written. */
function featuresOfReading(reading: WordReading): number[] {
  return featuresOf(termsOf(wordsOf(reading, 64)), wordsOf(reading, 64, true).map((w) => w.text));
}

/**
 * A trained classifier as plain data (the knowledge worker trains it and hands it over by structured clone): per label
 * its bias; per feature (sorted by hash) the labels it has a weight for and those weights. A message's score for a
 * label is its bias plus the sum of its features' weights divided by the square root of how many features it has.
 */
export interface ExamplesModel {
  /** The answers' model's labels; the topics' and the roles' models (below) have the topic and role ids. */
  labels: string[];
  bias: Float64Array;
  /** Feature hashes, ascending. */
  keys: Int32Array;
  /** Feature i's labels and weights are at starts[i] … starts[i + 1] − 1. */
  starts: Int32Array;
  pairLabel: Uint16Array;
  /** Single precision: the weights of the written words and their pairs doubled the model, and a weight needs no more. */
  pairWeight: Float32Array;
  /** The model of the topics a look-up asks for: trained apart from the answers, on the examples with a thema: label. */
  topics?: ExamplesModel;
  /** The model of the roles a message asking what fits names: trained apart, on the examples with a rolle: label. */
  roles?: ExamplesModel;
}

/** Trains a classifier in steps of a few examples. Exported for the eval, which trains without the questions it asks. */
export function* trainSteps(examples: Iterable<LabelledText>): Steps<ExampleClassifier> {
  return classifierOf(yield* trainModelSteps(examples));
}

/** One example as the training reads it: its features' indexes, its labels' indexes, what it counts. */
interface Sample {
  features: Int32Array;
  labels: number[];
  weight: number;
}

/**
 * Trains the plain-data model in steps of a few examples: the cross-entropy of the softmax over the labels, by
 * stochastic gradient descent with AdaGrad, the examples in a fixed shuffled order (the same model from the same
 * examples), the weights averaged over the last pass. An example with several right labels wants their probabilities
 * shared equally.
 */
export function* trainModelSteps(examples: Iterable<LabelledText>): Steps<ExamplesModel> {
  const answers: LabelledText[] = [];
  const topics: LabelledText[] = [];
  const roles: LabelledText[] = [];
  const prefixed = (labels: readonly string[], prefix: string): string[] => labels.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
  for (const example of examples) {
    const topicLabels = prefixed(example.labels, TOPIC_LABEL);
    const roleLabels = prefixed(example.labels, ROLE_LABEL);
    const answerLabels = example.labels.filter((l) => !l.startsWith(TOPIC_LABEL) && !l.startsWith(ROLE_LABEL));
    if (answerLabels.length > 0) answers.push(answerLabels.length < example.labels.length ? { ...example, labels: answerLabels } : example);
    if (topicLabels.length > 0) topics.push({ ...example, labels: topicLabels });
    if (roleLabels.length > 0) roles.push({ ...example, labels: roleLabels });
  }
  const model = yield* trainSoftmaxSteps(answers);
  model.topics = yield* trainSoftmaxSteps(topics);
  model.roles = yield* trainSoftmaxSteps(roles);
  return model;
}

function* trainSoftmaxSteps(examples: Iterable<LabelledText>): Steps<ExamplesModel> {
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const featureIndex = new Map<number, number>();
  const indexOf = <K>(map: Map<K, number>, key: K): number => {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
    }
    return i;
  };
  const samples: Sample[] = [];
  let read = 0;
  for (const example of examples) {
    if (example.labels.length === 0) continue;
    const features = featuresOfText(example.text);
    if (features.length === 0) continue;
    const ks = [...new Set(example.labels)].map((label) => {
      const k = indexOf(labelIndex, label);
      if (k === labels.length) labels.push(label);
      return k;
    });
    samples.push({ features: Int32Array.from(features, (h) => indexOf(featureIndex, h)), labels: ks, weight: example.written === true ? WRITTEN_WEIGHT : 1 });
    if (++read % EXAMPLES_PER_SLICE === 0) yield;
  }
  const L = labels.length;
  const weights = new Float64Array(featureIndex.size * L);
  const squares = new Float64Array(featureIndex.size * L).fill(UNTOUCHED);
  const bias = new Float64Array(L);
  const biasSquares = new Float64Array(L).fill(UNTOUCHED);
  const p = new Float64Array(L);
  const moved = new Int32Array(L);
  const order = samples.map((_, i) => i);
  let seed = 1;
  let learnt = 0;
  // The weights kept are the average over the last pass's steps, not the last step's: the last examples of the order then
  // weigh no more than the others. Each step's change, times the steps before it in the pass, is summed; the average is
  // the last weights less that sum over the number of steps.
  const averagedFrom = EPOCHS - AVERAGED_EPOCHS;
  const changes = new Float64Array(featureIndex.size * L);
  const biasChanges = new Float64Array(L);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    const averaging = epoch >= averagedFrom;
    for (const at of order) {
      if (averaging) step++;
      const sample = samples[at] as Sample;
      const features = sample.features;
      const scale = 1 / Math.sqrt(features.length);
      // The softmax of the sample's scores.
      p.fill(0);
      for (let j = 0; j < features.length; j++) {
        const o = (features[j] as number) * L;
        for (let k = 0; k < L; k++) p[k] = (p[k] as number) + (weights[o + k] as number);
      }
      let top = -Infinity;
      for (let k = 0; k < L; k++) {
        const score = (bias[k] as number) + (p[k] as number) * scale;
        p[k] = score;
        if (score > top) top = score;
      }
      let sum = 0;
      for (let k = 0; k < L; k++) {
        const e = Math.exp((p[k] as number) - top);
        p[k] = e;
        sum += e;
      }
      // The gradient of each label's score: its probability, less its share of the right answer.
      for (let k = 0; k < L; k++) p[k] = ((p[k] as number) / sum) * sample.weight;
      for (const k of sample.labels) p[k] = (p[k] as number) - sample.weight / sample.labels.length;
      let n = 0;
      for (let k = 0; k < L; k++) {
        const g = p[k] as number;
        if (g < SMALL_GRADIENT && g > -SMALL_GRADIENT) continue;
        moved[n++] = k;
        biasSquares[k] = (biasSquares[k] as number) + g * g;
        const db = (RATE * g) / Math.sqrt(biasSquares[k] as number);
        bias[k] = (bias[k] as number) - db;
        if (averaging) biasChanges[k] = (biasChanges[k] as number) - (step - 1) * db;
      }
      for (let j = 0; j < features.length; j++) {
        const o = (features[j] as number) * L;
        for (let m = 0; m < n; m++) {
          const k = moved[m] as number;
          const g = (p[k] as number) * scale;
          const i = o + k;
          const square = (squares[i] as number) + g * g;
          squares[i] = square;
          const dw = (RATE * g) / Math.sqrt(square);
          weights[i] = (weights[i] as number) - dw;
          if (averaging) changes[i] = (changes[i] as number) - (step - 1) * dw;
        }
      }
      if (++learnt % STEPS_PER_SLICE === 0) yield;
    }
  }
  if (step > 0) {
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) - (changes[i] as number) / step;
    for (let k = 0; k < L; k++) bias[k] = (bias[k] as number) - (biasChanges[k] as number) / step;
  }
  const hashes = [...featureIndex.keys()].sort((a, b) => a - b);
  const starts = new Int32Array(hashes.length + 1);
  const pairLabel: number[] = [];
  const pairWeight: number[] = [];
  for (let f = 0; f < hashes.length; f++) {
    starts[f] = pairLabel.length;
    const o = (featureIndex.get(hashes[f] as number) as number) * L;
    for (let k = 0; k < L; k++) {
      const w = weights[o + k] as number;
      if (w > LEAST_WEIGHT || w < -LEAST_WEIGHT) {
        pairLabel.push(k);
        pairWeight.push(w);
      }
    }
    if (f % FEATURES_PER_SLICE === FEATURES_PER_SLICE - 1) yield;
  }
  starts[hashes.length] = pairLabel.length;
  return { labels, bias, keys: Int32Array.from(hashes), starts, pairLabel: Uint16Array.from(pairLabel), pairWeight: Float32Array.from(pairWeight) };
}

/** Whether a value handed over as a model has its shape (the knowledge worker's; anything else is trained anew). */
export function isExamplesModel(value: unknown): value is ExamplesModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ExamplesModel>;
  return (
    (m.topics === undefined || (isExamplesModel(m.topics) && m.topics.topics === undefined && m.topics.roles === undefined)) &&
    (m.roles === undefined || (isExamplesModel(m.roles) && m.roles.topics === undefined && m.roles.roles === undefined)) &&
    Array.isArray(m.labels) &&
    m.labels.length < 65_536 &&
    m.bias instanceof Float64Array &&
    m.keys instanceof Int32Array &&
    m.starts instanceof Int32Array &&
    m.pairLabel instanceof Uint16Array &&
    m.pairWeight instanceof Float32Array &&
    m.bias.length === m.labels.length &&
    m.starts.length === m.keys.length + 1 &&
    m.pairLabel.length === m.pairWeight.length &&
    m.starts[m.keys.length] === m.pairLabel.length &&
    m.pairLabel.every((k) => k < m.labels!.length)
  );
}

/** The classifier of a model: the answers', the topics' and the roles' softmax. */
export function classifierOf(model: ExamplesModel): ExampleClassifier {
  const topics = model.topics !== undefined ? softmaxOf(model.topics) : undefined;
  const roles = model.roles !== undefined ? softmaxOf(model.roles) : undefined;
  const classify = softmaxOf(model);
  // A turn asks them of the same reading: its features are made once.
  let last: { reading: WordReading; features: number[] } | undefined;
  const featuresOf = (reading: WordReading): number[] => {
    if (last?.reading !== reading) last = { reading, features: featuresOfReading(reading) };
    return last.features;
  };
  return {
    classify: (u) => classify(featuresOf(u.reading)),
    topic: (u) => topics?.(featuresOf(u.reading)),
    role: (u) => roles?.(featuresOf(u.reading)),
  };
}

/** The verdict of one softmax model: looks each feature of a message up by binary search, adds its weights to the labels it has them for. */
function softmaxOf(model: ExamplesModel): (features: readonly number[]) => ExampleVerdict | undefined {
  const { labels, bias, keys, starts, pairLabel, pairWeight } = model;
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
  return (features) => {
    const found: number[] = [];
    for (const feature of features) {
      const i = find(feature);
      if (i >= 0) found.push(i);
    }
    if (found.length === 0 || labels.length === 0) return undefined;
    // Features never seen weigh nothing, but count in the scale as in the training (a message mostly of unknown words is less sure).
    const scale = 1 / Math.sqrt(features.length);
    const score = new Float64Array(labels.length);
    for (const f of found) {
      for (let i = starts[f] as number; i < (starts[f + 1] as number); i++) score[pairLabel[i] as number] = (score[pairLabel[i] as number] as number) + (pairWeight[i] as number);
    }
    let best = 0;
    for (let k = 0; k < score.length; k++) {
      score[k] = (bias[k] as number) + (score[k] as number) * scale;
      if ((score[k] as number) > (score[best] as number)) best = k;
    }
    const top = score[best] as number;
    const sum = score.reduce((a, s) => a + Math.exp(s - top), 0);
    return { label: labels[best] ?? NO_ANSWER, p: 1 / sum };
  };
}

/**
 * The examples of a knowledge: beispiele.yaml, every FAQ entry's question and alternatives, and for the topics each
 * topic's name and each seminar's title and summary (as its first topic), and for the roles each role's names,
 * description, activities and workplaces.
 */
export function examplesOf(knowledge: Knowledge): LabelledText[] {
  return [
    ...knowledge.faq.flatMap((f) => [f.question, ...f.alternatives].map((text) => ({ text, labels: [f.id] }))),
    ...knowledge.topics.map((t) => ({ text: t.name, labels: [`${TOPIC_LABEL}${t.id}`] })),
    ...knowledge.seminars.flatMap((s) => s.topics.slice(0, 1).flatMap((topic) => [s.title, s.summary].map((text) => ({ text, labels: [`${TOPIC_LABEL}${topic}`] })))),
    ...knowledge.roles.flatMap((r) => [r.name, r.nameSingular, r.description, ...r.activities, ...r.workplaces].map((text) => ({ text, labels: [`${ROLE_LABEL}${r.id}`] }))),
    ...(knowledge.examples ?? []),
  ];
}

/**
 * The classifier of a knowledge: the model the knowledge worker trained or read from its cache (loadWorker.ts; app.ts
 * puts it on the knowledge), or trained here once, in slices before the knowledge serves (preparePerKnowledge), when the
 * knowledge was loaded on this thread or the worker sent none.
 */
export const exampleClassifier = perKnowledgeInSteps(function* (knowledge: Knowledge): Steps<ExampleClassifier> {
  const trained = knowledge.examplesModel;
  return classifierOf(isExamplesModel(trained) ? trained : yield* trainModelSteps(examplesOf(knowledge)));
});

/** Whether a verdict of the examples says, surely, that the knowledge has no answer for the message. */
export function saysNoAnswer(verdict: ExampleVerdict | undefined, threshold = NO_ANSWER_SURE): boolean {
  return verdict !== undefined && verdict.label === NO_ANSWER && verdict.p >= threshold;
}

/**
 * How sure "no answer here" must be to turn a did-you-mean into the fallback, or to keep a part of a message from the
 * FAQ (dev, each file held out, with the other thresholds of interpret.ts: 0.4 rejected 0.3 points more off-topic
 * messages and answered fewer right, 0.6 the other way round).
 */
export const NO_ANSWER_SURE = 0.5;
