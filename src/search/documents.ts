// Turns FAQ entries and seminars into search documents: one analysed term list per field. The
// field decides the weight (question/title > alternatives, tags > answer/description).
import type { Knowledge } from '../knowledge/schema.js';
import { stem, termsOf, words, type Word } from './analysis.js';

export const fieldNames = ['title', 'alt', 'tags', 'body', 'parts'] as const;
export type FieldName = (typeof fieldNames)[number];

export interface SearchDocument {
  ref: string;
  kind: 'faq' | 'seminar';
  id: string;
  /** Analysed terms per field; "parts" is filled in by the index from the compound splitter. */
  fields: Record<FieldName, string[]>;
  /** Folded words of the headline fields, for the compound splitter. */
  headlineWords: string[];
  /** Folded words of every field, for the compound dictionary. */
  allWords: string[];
  /** Each question, alternative or title as stems including stop words, for phrasing similarity. */
  sentences: Array<Set<string>>;
}

export function refOf(kind: 'faq' | 'seminar', id: string): string {
  return `${kind}:${id}`;
}

/** All stems of a sentence, stop words included. */
export function sentenceStems(text: string): Set<string> {
  return new Set(words(text, 64, true).map((w) => stem(w.text)));
}

function document(kind: 'faq' | 'seminar', id: string, texts: Record<Exclude<FieldName, 'parts'>, string[]>): SearchDocument {
  const headline = [...texts.title, ...texts.alt, ...texts.tags];
  // Each text is read once: its words make the field's terms, the headline words and the compound dictionary.
  const analysed = new Map<string, Word[]>();
  const wordsIn = (text: string) => {
    let list = analysed.get(text);
    if (list === undefined) analysed.set(text, (list = words(text)));
    return list;
  };
  const fieldTerms = (list: string[]) => list.flatMap((t) => termsOf(wordsIn(t)));
  const wordsOf = (list: string[]) => list.flatMap((t) => wordsIn(t).flatMap((w) => (w.joined ? [w.text, w.joined] : [w.text])));
  return {
    ref: refOf(kind, id),
    kind,
    id,
    fields: { title: fieldTerms(texts.title), alt: fieldTerms(texts.alt), tags: fieldTerms(texts.tags), body: fieldTerms(texts.body), parts: [] },
    headlineWords: wordsOf(headline),
    allWords: wordsOf([...headline, ...texts.body]),
    sentences: [...texts.title, ...texts.alt].map(sentenceStems),
  };
}

const formatWord = { praesenz: 'Präsenzseminar', online: 'Online-Seminar', hybrid: 'Hybridseminar' } as const;

export function documentsOf(knowledge: Knowledge): SearchDocument[] {
  const topicName = new Map(knowledge.topics.map((t) => [t.id, t.name]));
  const faq = knowledge.faq.map((f) => document('faq', f.id, { title: [f.question], alt: f.alternatives, tags: f.tags, body: [f.answer] }));
  const seminars = knowledge.seminars.map((s) =>
    document('seminar', s.id, {
      title: [s.title],
      alt: [s.summary],
      // A seminar rarely says "Seminar" about itself; users do ("Seminar zu Social Media").
      tags: ['Seminar', formatWord[s.format], ...s.topics.map((t) => topicName.get(t) ?? t), ...(s.location ? [s.location.city] : [])],
      body: [s.description],
    }),
  );
  return [...faq, ...seminars];
}
