// The messages `npm run load` and `npm run load:startup` time right after start-up: per turn kind two messages that the
// start-up's warm-up (src/bot/warmUp.ts) never sends. The first turn of a fresh process is set against a second turn with
// the other message, not the same one again: a repeated message finds the per-word memos its first turn filled, so it
// measured the memos, not what the next person's different question costs. The two swap places from one start to the
// next, so that neither message's own cost sits on one side only.
export type TurnMessage = Record<string, unknown>;

export const freshPairs: Record<'faq' | 'lookup' | 'recommendation', readonly [TurnMessage, TurnMessage]> = {
  faq: [{ text: 'Was kostet ein Seminar?' }, { text: 'Kann ich ein Seminar stornieren?' }],
  lookup: [{ text: 'Online-Seminare im März' }, { text: 'Präsenzseminare in Berlin im Februar' }],
  recommendation: [
    { text: '', value: { action: 'role', id: 'verwaltung' } },
    { text: '', value: { action: 'role', id: 'finanzen' } },
  ],
};

/** The first and the second message of start number `start` (0, 1, …). */
export function firstAndSecond(kind: keyof typeof freshPairs, start: number): [TurnMessage, TurnMessage] {
  const [a, b] = freshPairs[kind];
  return start % 2 === 0 ? [a, b] : [b, a];
}


/** One start's first and second turn: `order` is the start number given to firstAndSecond, the times in ms. */
export interface TurnPair {
  order: number;
  first: number;
  second: number;
}

/** The median (the mean of the middle two for an even count). */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * What the first turn after a start costs against a later one, message by message: for each of the two messages, the
 * median of its time where it came first over the median of its time where it came second; then the geometric mean of
 * the two. The two messages of a kind cost differently ("Präsenzseminare in Berlin im Februar" ~3× "Online-Seminare im
 * März" on any turn), so the ratio of the two turns of one start says mostly which message came first. Undefined until
 * each message has come first and second at least once (two starts).
 */
export function firstTurnRatio(pairs: readonly TurnPair[]): number | undefined {
  const even = pairs.filter((p) => p.order % 2 === 0);
  const odd = pairs.filter((p) => p.order % 2 === 1);
  if (even.length === 0 || odd.length === 0) return undefined;
  // Even starts send the first message of the pair first (firstAndSecond), odd ones the second.
  const firstMessage = median(even.map((p) => p.first)) / median(odd.map((p) => p.second));
  const secondMessage = median(odd.map((p) => p.first)) / median(even.map((p) => p.second));
  return Math.sqrt(firstMessage * secondMessage);
}
