// The confidence model: from the ranked hits and how much of the question each hit covers, decide
// whether to answer, to offer 2–3 choices ("Meinten Sie …?"), or to admit that nothing fits.

export interface RankedHit {
  kind: 'faq' | 'seminar';
  id: string;
  /** Ranking score in 0..1. */
  score: number;
  /** Share of the question's meaning (idf-weighted) that this hit matches, 0..1. */
  coverage: number;
  /** Share of the question's words (each alike) that this hit matches at all, 0..1. */
  explained: number;
}

export interface ConfidenceOptions {
  /** Least coverage to answer straight away. */
  answerCoverage: number;
  /** Least lead of the best hit over the second to answer straight away. */
  answerMargin: number;
  /**
   * Share of the question's words the best hit must explain to answer straight away (more than this):
   * a FAQ sharing two of four words ("Outlook", "Kalender" in "Mein Outlook Kalender synchronisiert
   * nicht") is thin evidence, offered as a choice or not at all. Tuned on dev, see docs/search.md.
   */
  answerExplained: number;
  /** Least coverage for a hit to be offered as a choice. */
  choiceCoverage: number;
  /** Choices must score at least this share of the best hit. */
  choiceRatio: number;
}

export const defaultConfidence: ConfidenceOptions = {
  answerCoverage: 0.45,
  answerMargin: 0.03,
  answerExplained: 0.6,
  // Low enough that a question the FAQ half covers gets a did-you-mean rather than the fallback;
  // off-topic questions are caught before, by the words the knowledge never uses (assistant/understand).
  choiceCoverage: 0.3,
  choiceRatio: 0.75,
};

export type Decision<H> = { kind: 'answer'; hit: H; related: H[] } | { kind: 'didYouMean'; choices: H[] } | { kind: 'fallback' };

export function decide<H extends RankedHit>(hits: H[], options: ConfidenceOptions = defaultConfidence): Decision<H> {
  const [best, second] = hits;
  if (!best || best.coverage < options.choiceCoverage) return { kind: 'fallback' };
  const related = hits.slice(1, 4).filter((h) => h.coverage >= options.choiceCoverage);
  // A close runner-up only matters when it covers the question too.
  const close = second !== undefined && second.coverage >= options.choiceCoverage && best.score - second.score < options.answerMargin;
  const explains = best.explained > options.answerExplained;
  if (best.coverage >= options.answerCoverage && !close && explains) return { kind: 'answer', hit: best, related };
  const choices = hits.slice(0, 3).filter((h) => h.coverage >= options.choiceCoverage && h.score >= options.choiceRatio * best.score);
  if (choices.length >= 2) return { kind: 'didYouMean', choices };
  if (best.coverage >= options.answerCoverage && explains) return { kind: 'answer', hit: best, related };
  return { kind: 'fallback' };
}
