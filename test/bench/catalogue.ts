// A generated knowledge base of any size, written like the shipped one — its sentences with content
// words exchanged — from a fixed seed, so the benchmark measures the same 5 000 FAQ + 5 000 seminars
// on every machine, with a word distribution like real text rather than uniformly random words.
import type { FaqEntry, Knowledge, Seminar } from '../../src/knowledge/schema.js';

export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Sentences shaped like the shipped ones: a real sentence of the same kind (question, answer, title,
 * description) with some of its content words swapped for content words drawn from the whole text —
 * drawn by occurrence, so frequent words stay frequent (Zipf), and short function words stay in place.
 */
function sentenceShaper(texts: string[], rnd: () => number): (kindOf: string[], minWords: number) => string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const tokens = texts.flatMap((t) => t.split(/\s+/)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*:-]+$/gu, '')).filter((w) => w.length > 1);
  // Nouns: capitalised words that never occur in lower case (so not "Was", "Wie" at a sentence start) and are not the polite "Sie".
  const lower = new Set(tokens.filter((w) => /^\p{Ll}/u.test(w)));
  const nouns = tokens.filter((w) => /^\p{Lu}/u.test(w) && w.length > 3 && !lower.has(w.toLowerCase()) && !/^(Sie|Ihr|Ihre|Ihnen|Ihren|Ihrer|Ihrem)$/.test(w));
  const others = tokens.filter((w) => /^\p{Ll}/u.test(w) && w.length > 5);
  const swap = (word: string, first: boolean): string => {
    const core = /^([^\p{L}\p{N}]*)([\p{L}\p{N}*:-]+)([^\p{L}\p{N}]*)$/u.exec(word);
    if (!core) return word;
    const [, before, inner, after] = core as unknown as [string, string, string, string];
    if (!first && /^\p{Lu}/u.test(inner) && rnd() < 0.6) return `${before}${pick(nouns)}${after}`;
    if (/^\p{Ll}/u.test(inner) && inner.length > 5 && rnd() < 0.4) return `${before}${pick(others)}${after}`;
    return word;
  };
  return (kindOf, minWords) => {
    const parts: string[] = [];
    let count = 0;
    while (count < minWords) {
      const sentence = pick(kindOf)
        .split(/\s+/)
        .map((w, i) => swap(w, i === 0));
      parts.push(sentence.join(' '));
      count += sentence.length;
    }
    return parts.join(' ');
  };
}

/** Splits texts into their sentences (for answers and descriptions, which are several). */
const sentencesOf = (texts: string[]) => texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((t) => t.split(/\s+/).length >= 3);

export function generateCatalogue(shipped: Knowledge, faqCount: number, seminarCount: number, seed = 42): Knowledge {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const texts = [
    ...shipped.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer]),
    ...shipped.seminars.flatMap((s) => [s.title, s.summary, s.description]),
  ];
  const shape = sentenceShaper(texts, rnd);
  const questions = shipped.faq.flatMap((f) => [f.question, ...f.alternatives]);
  const answers = sentencesOf(shipped.faq.map((f) => f.answer));
  const easy = sentencesOf(shipped.faq.map((f) => f.answerEasy));
  const titles = shipped.seminars.map((s) => s.title);
  const summaries = shipped.seminars.map((s) => s.summary);
  const descriptions = sentencesOf(shipped.seminars.map((s) => s.description));
  const tags = [...new Set(shipped.faq.flatMap((f) => f.tags))];
  const faqTemplate = shipped.faq[0] as FaqEntry;
  const seminarTemplate = shipped.seminars.find((s) => s.location) as Seminar;
  const cities = [...new Set(shipped.seminars.flatMap((s) => (s.location ? [s.location.city] : [])))];
  const faq: FaqEntry[] = Array.from({ length: faqCount }, (_, i) => ({
    ...faqTemplate,
    id: `gen-faq-${i}`,
    question: shape(questions, 1),
    alternatives: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => shape(questions, 1)),
    answer: shape(answers, 25 + Math.floor(rnd() * 40)),
    answerEasy: shape(easy, 8),
    tags: Array.from({ length: 2 }, () => pick(tags)),
    related: [],
  }));
  const seminars: Seminar[] = Array.from({ length: seminarCount }, (_, i) => ({
    ...seminarTemplate,
    id: `gen-seminar-${i}`,
    title: shape(titles, 1),
    summary: shape(summaries, 1),
    description: shape(descriptions, 40 + Math.floor(rnd() * 60)),
    topics: [pick(shipped.topics).id, pick(shipped.topics).id],
    location: { ...(seminarTemplate.location as NonNullable<Seminar['location']>), city: pick(cities) },
  }));
  return { ...shipped, faq, seminars };
}
