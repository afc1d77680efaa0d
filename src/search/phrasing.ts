// Phrasing similarity: how closely a question is worded like one of a document's questions,
// alternatives or titles (Dice similarity of their stems, stop words included: "Welche … gibt es").
// The sentences are turned into numbers once per knowledge generation; a question then costs one
// look-up per stem of the sentences it is compared with. Before, every hit compared every form of
// every question word with every sentence's set of strings, twice — 40 % of a search's time.
import type { Steps } from './steps.js';

export interface PhrasingIndex {
  /**
   * Scores documents against one question, given as its words (each a set of stems that count as
   * that word): for document d, the best 2 · matched / (question words + sentence stems) over its sentences.
   */
  forQuestion(question: ReadonlyArray<ReadonlySet<string>>): (doc: number) => number;
}

export interface PhrasingOptions {
  /** Documents one question is scored against at most (the re-ranking depth): what the two ways below are weighed by. Default: all. */
  depth?: number;
  /**
   * Score every sentence with a stem of the question at once, through the sentences of each stem, when
   * that is less work than walking the stems of the documents asked about (false: always walk, as before
   * — for the test that holds one way to the other). Default true.
   */
  byStem?: boolean;
}

/** Documents per step of a build in slices. */
const DOCUMENTS_PER_STEP = 16;

/** @param sentencesByDoc per document number, the stems of each of its sentences */
export function* phrasingIndexSteps(sentencesByDoc: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>, options: PhrasingOptions = {}): Steps<PhrasingIndex> {
  const stemIds = new Map<string, number>();
  let stems = 0;
  let sentences = 0;
  for (const list of sentencesByDoc) {
    sentences += list.length;
    for (const sentence of list) stems += sentence.size;
  }
  // Sentence s of the whole collection holds ids[sentenceStart[s] .. sentenceStart[s + 1]); document
  // d holds sentences docStart[d] .. docStart[d + 1].
  const ids = new Int32Array(stems);
  const sentenceStart = new Int32Array(sentences + 1);
  const docStart = new Int32Array(sentencesByDoc.length + 1);
  let s = 0;
  let at = 0;
  for (let d = 0; d < sentencesByDoc.length; d++) {
    if (d % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
    for (const sentence of sentencesByDoc[d] as ReadonlyArray<ReadonlySet<string>>) {
      for (const stem of sentence) {
        let id = stemIds.get(stem);
        if (id === undefined) stemIds.set(stem, (id = stemIds.size));
        ids[at++] = id;
      }
      sentenceStart[++s] = at;
    }
    docStart[d + 1] = s;
  }

  const stemCount = stemIds.size;
  yield;
  // The other way round: stem id → the sentences that have it (each once: a sentence's stems are a set),
  // sentencesOf[sentenceAt[id] .. sentenceAt[id + 1]); and each sentence's document.
  const sentenceAt = new Int32Array(stemCount + 1);
  for (let i = 0; i < stems; i++) {
    const next = (ids[i] as number) + 1;
    sentenceAt[next] = (sentenceAt[next] as number) + 1;
  }
  for (let id = 0; id < stemCount; id++) sentenceAt[id + 1] = (sentenceAt[id + 1] as number) + (sentenceAt[id] as number);
  const sentencesOf = new Int32Array(stems);
  const filled = sentenceAt.slice(0, stemCount);
  const docOf = new Int32Array(sentences);
  for (let d = 0; d < sentencesByDoc.length; d++) {
    for (let sentence = docStart[d] as number; sentence < (docStart[d + 1] as number); sentence++) {
      docOf[sentence] = d;
      for (let i = sentenceStart[sentence] as number; i < (sentenceStart[sentence + 1] as number); i++) {
        const id = ids[i] as number;
        const at = filled[id] as number;
        sentencesOf[at] = sentence;
        filled[id] = at + 1;
      }
    }
  }
  // What walking costs: the stems of the documents one question is scored against, on average.
  const asked = Math.min(options.depth ?? sentencesByDoc.length, sentencesByDoc.length);
  const walkCost = sentencesByDoc.length > 0 ? (asked * stems) / sentencesByDoc.length : 0;
  const byStem = options.byStem ?? true;
  // Scratch for scoring by stem, left all 0 after each question: per sentence, the question words
  // found in it, and the last word (number + 1) counted for it.
  const matchedIn = new Int32Array(sentences);
  const lastWordIn = new Int32Array(sentences);

  /**
   * Every document's score at once: each question word counts once in each sentence that has any of its
   * forms; a sentence without any scores 0, as does a document without such a sentence. The same values
   * as the walk (the same division, and the largest of them per document).
   */
  function scoredByStem(formIds: readonly number[][]): (doc: number) => number {
    const length = formIds.length;
    const touched: number[] = [];
    formIds.forEach((idsOfWord, word) => {
      for (const id of idsOfWord) {
        for (let p = sentenceAt[id] as number; p < (sentenceAt[id + 1] as number); p++) {
          const sentence = sentencesOf[p] as number;
          if (lastWordIn[sentence] === word + 1) continue;
          if (matchedIn[sentence] === 0) touched.push(sentence);
          lastWordIn[sentence] = word + 1;
          matchedIn[sentence] = (matchedIn[sentence] as number) + 1;
        }
      }
    });
    // Per document (by number, as Map keys the look-ups were most of this), 0 where no sentence matched.
    const best = new Float64Array(sentencesByDoc.length);
    for (const sentence of touched) {
      const matched = matchedIn[sentence] as number;
      const score = (2 * matched) / (length + ((sentenceStart[sentence + 1] as number) - (sentenceStart[sentence] as number)));
      const doc = docOf[sentence] as number;
      best[doc] = Math.max(best[doc] as number, score);
      matchedIn[sentence] = 0;
      lastWordIn[sentence] = 0;
    }
    return (doc) => best[doc] ?? 0;
  }

  return {
    forQuestion(question) {
      if (byStem && question.length > 0) {
        const formIds = question.map((forms) => {
          const found: number[] = [];
          for (const form of forms) {
            const id = stemIds.get(form);
            if (id !== undefined) found.push(id);
          }
          return found;
        });
        let cost = 0;
        for (const found of formIds) for (const id of found) cost += (sentenceAt[id + 1] as number) - (sentenceAt[id] as number);
        if (cost <= walkCost) return scoredByStem(formIds);
      }
      const length = question.length;
      // Stem id → the question words it stands for, found by index (a Map look-up per sentence stem of
      // every ranked document was ~10 % of a FAQ turn's respond(), profiled 2026-12-01): wordsAt holds,
      // from wordsStart[id] - 1, their count and then the words; 0 in wordsStart: not in the question.
      const lists = new Map<number, number[]>();
      question.forEach((forms, word) => {
        for (const form of forms) {
          const id = stemIds.get(form);
          if (id === undefined) continue;
          const list = lists.get(id);
          if (list) list.push(word);
          else lists.set(id, [word]);
        }
      });
      const wordsStart = new Int32Array(stemCount);
      const wordsAt: number[] = [];
      for (const [id, list] of lists) {
        wordsStart[id] = wordsAt.length + 1;
        wordsAt.push(list.length, ...list);
      }
      // A word counts once per sentence, however many of its forms the sentence has: marked with the sentence's stamp.
      const marked = new Uint32Array(length);
      let stamp = 0;
      return (doc) => {
        if (length === 0) return 0;
        let best = 0;
        const lastSentence = docStart[doc + 1] as number;
        for (let sentence = docStart[doc] as number; sentence < lastSentence; sentence++) {
          stamp++;
          let matched = 0;
          const from = sentenceStart[sentence] as number;
          const to = sentenceStart[sentence + 1] as number;
          for (let i = from; i < to; i++) {
            const id = ids[i] as number;
            const at = wordsStart[id] as number;
            if (at === 0) continue;
            const last = at + (wordsAt[at - 1] as number);
            for (let w = at; w < last; w++) {
              const word = wordsAt[w] as number;
              if (marked[word] === stamp) continue;
              marked[word] = stamp;
              matched++;
            }
          }
          best = Math.max(best, (2 * matched) / (length + (to - from)));
        }
        return best;
      };
    },
  };
}
