// A generated knowledge base of any size, from the shipped vocabulary and a fixed seed, so the
// benchmark measures the same 5 000 FAQ + 5 000 seminars on every machine.
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

export function generateCatalogue(shipped: Knowledge, faqCount: number, seminarCount: number, seed = 42): Knowledge {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const texts = [
    ...shipped.faq.flatMap((f) => [f.question, ...f.alternatives, f.answer]),
    ...shipped.seminars.flatMap((s) => [s.title, s.summary, s.description]),
  ];
  const vocabulary = [...new Set(texts.flatMap((t) => t.split(/\s+/)).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*:]+$/gu, '')).filter((w) => w.length > 1))];
  const sentence = (min: number, max: number, end = '') => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const words = Array.from({ length: n }, () => pick(vocabulary));
    return `${words.join(' ')}${end}`;
  };
  const faqTemplate = shipped.faq[0] as FaqEntry;
  const seminarTemplate = shipped.seminars.find((s) => s.location) as Seminar;
  const cities = [...new Set(shipped.seminars.flatMap((s) => (s.location ? [s.location.city] : [])))];
  const faq: FaqEntry[] = Array.from({ length: faqCount }, (_, i) => ({
    ...faqTemplate,
    id: `gen-faq-${i}`,
    question: sentence(4, 10, '?'),
    alternatives: Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(4, 10, '?')),
    answer: sentence(20, 60, '.'),
    answerEasy: sentence(8, 20, '.'),
    tags: Array.from({ length: 3 }, () => pick(vocabulary)),
    related: [],
  }));
  const seminars: Seminar[] = Array.from({ length: seminarCount }, (_, i) => ({
    ...seminarTemplate,
    id: `gen-seminar-${i}`,
    title: sentence(3, 8),
    summary: sentence(10, 20, '.'),
    description: sentence(40, 90, '.'),
    topics: [pick(shipped.topics).id, pick(shipped.topics).id],
    location: { ...(seminarTemplate.location as NonNullable<Seminar['location']>), city: pick(cities) },
  }));
  return { ...shipped, faq, seminars };
}
