// Several questions in one message: "Was kostet das? Und welche Seminare gibt es im März?",
// "Sind die Seminare kostenlos und gibt es welche in Berlin?". The message is cut at sentence ends
// and at "und"/"außerdem" before a new question; each part is then read and decided on its own.

/** A word that starts a question or request of its own after "und". */
const QUESTION_START = /^(?:was|wie|wo|wann|wer|warum|wieso|welche\w*|muss|muessen|kann|koennen|gibt|gibts|ist|sind|brauche|darf|bekomme|werden|wird|bis wann|ab wann|habt|haben|bietet|bieten|gilt|kostet|zeig\w*)\b/i;
/** Words that join two questions. */
const JOINER = /^(.+?)[,;]?\s+(?:und|ausserdem|außerdem|sowie|und außerdem|und ausserdem|und dann noch|noch dazu)\s+(.+)$/i;
/** Fewest words a part needs to stand alone. */
const MIN_WORDS = 2;
const MAX_PARTS = 3;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Cuts one sentence at "und" + a new question ("Gibt es Seminare in Berlin und sind die barrierefrei?"). */
function atJoiner(sentence: string): string[] {
  const m = JOINER.exec(sentence);
  if (!m) return [sentence];
  const [, left = '', right = ''] = m;
  // The right part must start a question of its own; the left one may be a question or a statement of what is wanted.
  if (!QUESTION_START.test(right) || words(left) < MIN_WORDS + 1 || words(right) < MIN_WORDS + 1) return [sentence];
  if (!QUESTION_START.test(left) && !/[?–—:-]|\b(?:ich|wir)\b/i.test(left)) return [sentence];
  return [left, right];
}

/** The parts of a message that asks more than one thing, or undefined for one question. */
export function messageParts(text: string): string[] | undefined {
  // A sentence ends at ?, ! or . followed by a capital or a question word ("z. B. online" does not).
  const sentences = text
    // "Erstens, … Zweitens …" and "…, außerdem …" start a new question too.
    .replace(/(?<![?.!])[,;]?\s+(?=(?:zweitens|drittens|außerdem|ausserdem)\b)/giu, '. ')
    .split(/(?<=[?!])\s+|(?<=[\p{L}\p{N}]{3}\.)\s+(?=\p{L})/u)
    .map((s) => s.trim())
    .filter((s) => words(s) > 0);
  const parts = sentences
    .flatMap(atJoiner)
    .map((p) => p.replace(/^(?:und|ausserdem|außerdem|sowie|noch|erstens|zweitens|drittens|dazu)[,:]?\s+/i, ''))
    .filter((p) => words(p) >= MIN_WORDS);
  return parts.length >= 2 && parts.length <= MAX_PARTS ? parts : undefined;
}
