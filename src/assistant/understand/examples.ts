// What the labelled example messages say about a message: a naive-Bayes classifier over the words, word
// pairs and word pieces of the messages in knowledge/beispiele.yaml and of the FAQ's questions, trained once
// per knowledge (in slices at a reload, like the other per-knowledge caches).
//
// The rules decide; the examples are one more piece of evidence for them. Measured leave-one-writer-out on the
// dev questions (2026-12-02, each blind writer's questions classified by a model trained without them): the
// classifier alone names the right answer (FAQ id or kind of answer) for 84 % of the single questions, which is
// no better than the rules; where the rules are unsure between FAQ entries (a did-you-mean), its "no answer here"
// is right often enough to turn 29 of ~1,000 off-topic did-you-means into the honest fallback, at a cost of 4 of
// ~3,000 right did-you-means. Used for nothing else: as a second opinion on answers it was wrong more often than
// right.
import { readWords, termsOf, wordsOf } from '../../search/analysis.js';
import { NO_ANSWER, type Knowledge } from '../../knowledge/schema.js';
import { perKnowledgeInSteps } from '../phrases.js';
import type { Steps } from '../../search/steps.js';
import type { Utterance } from './utterance.js';

export interface ExampleVerdict {
  label: string;
  /** The classifier's probability of the label (0..1; naive Bayes is overconfident: compare with high thresholds only). */
  p: number;
}

export interface ExampleClassifier {
  /** The most probable label of a message, or undefined when none of its features was ever seen. */
  classify(u: Pick<Utterance, 'content' | 'reading'>): ExampleVerdict | undefined;
}

/** One message to learn from: its text and the labels of the answers that are right for it. */
export interface LabelledText {
  text: string;
  labels: readonly string[];
}

/** Additive smoothing of the counts (chosen on the dev questions: 0.05 and 0.2 did worse). */
const ALPHA = 0.1;
/** Length of the letter pieces of a stem ("<kost>" → "<ko", "kos", "ost", "st>"): typos and compounds share some. */
const PIECE = 3;
/** Examples counted between two chances for requests to run at a reload. */
const EXAMPLES_PER_SLICE = 20;
/** Features turned into their weights between two such chances. */
const FEATURES_PER_SLICE = 4000;

/** The features of a message: its stems, neighbouring stem pairs, its first word (stop words kept) and letter pieces of each stem. */
function featuresOf(terms: readonly string[], first: string | undefined): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    out.add(`w ${term}`);
    const marked = `<${term}>`;
    if (marked.length > PIECE) for (let i = 0; i + PIECE <= marked.length; i++) out.add(`c ${marked.slice(i, i + PIECE)}`);
  }
  for (let i = 0; i + 1 < terms.length; i++) out.add(`b ${terms[i]} ${terms[i + 1]}`);
  if (first !== undefined) out.add(`s ${first}`);
  return [...out];
}

/** The features of a text as a message would have them (the reading of `readUtterance`, without its frames). */
function featuresOfText(text: string): string[] {
  const reading = readWords(text);
  return featuresOf(termsOf(wordsOf(reading, 64, false, true)), wordsOf(reading, 1, true)[0]?.text);
}

/** Trains in steps of a few examples. Exported for the eval, which trains without the questions it asks. */
export function* trainSteps(examples: Iterable<LabelledText>): Steps<ExampleClassifier> {
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const weight: number[] = [];
  const total: number[] = [];
  const featureIndex = new Map<string, number>();
  // Per feature, the labels it was seen with and how often: [label, count, label, count, …] (a few labels each).
  const seen: number[][] = [];
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
      weight[k] = (weight[k] ?? 0) + share;
      total[k] = (total[k] ?? 0) + share * features.length;
      for (const feature of features) {
        let i = featureIndex.get(feature);
        if (i === undefined) {
          i = seen.push([]) - 1;
          featureIndex.set(feature, i);
        }
        addCount(seen[i] as number[], k, share);
      }
    }
    if (++n % EXAMPLES_PER_SLICE === 0) yield;
  }
  // log P(f | k) = log(count + α) − log(total_k + α·V): kept as the common part per label plus, per feature,
  // what its counts add, so that a message's score walks only the labels its features were seen with.
  const vocabulary = featureIndex.size;
  const all = weight.reduce((a, b) => a + b, 0);
  const prior = weight.map((w) => Math.log(w / all));
  const unseen = total.map((t) => Math.log(ALPHA) - Math.log(t + ALPHA * vocabulary));
  const logAlpha = Math.log(ALPHA);
  for (let f = 0; f < seen.length; f++) {
    const pairs = seen[f] as number[];
    for (let i = 1; i < pairs.length; i += 2) pairs[i] = Math.log((pairs[i] as number) + ALPHA) - logAlpha;
    if (f % FEATURES_PER_SLICE === FEATURES_PER_SLICE - 1) yield;
  }
  return {
    classify(u) {
      const found: number[][] = [];
      for (const feature of featuresOf(termsOf(u.content), wordsOf(u.reading, 1, true)[0]?.text)) {
        const i = featureIndex.get(feature);
        if (i !== undefined) found.push(seen[i] as number[]);
      }
      if (found.length === 0 || labels.length === 0) return undefined;
      const score = prior.map((p, k) => p + found.length * (unseen[k] ?? 0));
      for (const pairs of found) for (let i = 0; i < pairs.length; i += 2) score[pairs[i] as number] = (score[pairs[i] as number] ?? 0) + (pairs[i + 1] as number);
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

/** The classifier of a knowledge, trained once. */
export const exampleClassifier: (knowledge: Knowledge) => ExampleClassifier = perKnowledgeInSteps((knowledge: Knowledge) => trainSteps(examplesOf(knowledge)));

/** Whether the examples say, surely, that the knowledge has no answer for the message. */
export function examplesSayNoAnswer(classifier: ExampleClassifier, u: Pick<Utterance, 'content' | 'reading'>, threshold = NO_ANSWER_SURE): boolean {
  const verdict = classifier.classify(u);
  return verdict !== undefined && verdict.label === NO_ANSWER && verdict.p >= threshold;
}

/** How sure "no answer here" must be to turn a did-you-mean into the fallback (0.9–0.99 did the same on dev; 0.999 less). */
export const NO_ANSWER_SURE = 0.99;
