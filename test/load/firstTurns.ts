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

