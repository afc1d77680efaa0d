// Thin evidence (issue 11): how much of a question a FAQ entry explains, and that an entry which
// shares a word or two with the question but explains little of it is no straight answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, defaultConfidence, type RankedHit } from '../../src/search/confidence.js';
import { buildSearchIndex, type ExplainableSearchIndex } from '../../src/search/index.js';
import { shippedKnowledge } from './helpers.js';

let index: ExplainableSearchIndex;
beforeAll(async () => {
  index = buildSearchIndex(await shippedKnowledge());
});

const explained = (text: string, id: string) => index.explain(text, { kinds: ['faq'] }).hits.find((h) => h.id === id)?.explained;

describe('how much of a question a FAQ entry explains', () => {
  it('explains all of a question it was written for', () => {
    expect(explained('Wie trage ich das Seminar in meinen Kalender ein?', 'kalender')).toBe(1);
  });

  it('counts a word the knowledge never uses ("synchronisiert") fully against the entry', () => {
    // outlook, kalender matched; synchronisiert nowhere; nicht elsewhere: 2 / (2 + 1 + 0.5)
    expect(explained('Mein Outlook Kalender synchronisiert nicht', 'kalender')).toBeCloseTo(2 / 3.5, 5);
  });

  it('counts a word the knowledge uses elsewhere ("macht") only half against it', () => {
    expect(explained('Was macht ihr mit meinen Daten?', 'datenschutz')).toBeCloseTo(1 / 1.5, 5);
  });

  it('counts a noun the entry does not match ("Rathaus") fully against it, even one the knowledge uses', () => {
    // komme matched ("Wie komme ich zurück …"); Rathaus, capitalised inside the sentence, is the thing asked about
    expect(explained('Wie komme ich zum Rathaus?', 'normale-sprache')).toBeCloseTo(1 / 2, 5);
    // typed in lower case, nothing marks it as the thing: half
    expect(explained('wie komme ich zum rathaus', 'normale-sprache')).toBeCloseTo(1 / 1.5, 5);
  });
});

describe('the decision from the evidence', () => {
  const hit = (id: string, score: number, coverage: number, explainedShare: number): RankedHit => ({ kind: 'faq', id, score, coverage, explained: explainedShare });
  it.each([
    { name: 'well covered, mostly explained, clear lead', hits: [hit('a', 0.8, 0.9, 1), hit('b', 0.5, 0.5, 0.5)], kind: 'answer' },
    { name: 'well covered but explaining only half of the words, with a close second', hits: [hit('a', 0.6, 0.6, 0.5), hit('b', 0.55, 0.5, 0.5)], kind: 'didYouMean' },
    { name: 'well covered but explaining only half of the words, nothing else close', hits: [hit('a', 0.66, 0.6, 0.5), hit('b', 0.2, 0.27, 0.5)], kind: 'fallback' },
    { name: 'just above the explained threshold', hits: [hit('a', 0.7, 0.7, 0.67)], kind: 'answer' },
    { name: 'at the explained threshold', hits: [hit('a', 0.7, 0.7, defaultConfidence.answerExplained)], kind: 'fallback' },
    { name: 'little coverage', hits: [hit('a', 0.4, 0.2, 1)], kind: 'fallback' },
  ])('$name → $kind', ({ hits, kind }) => {
    expect(decide(hits).kind).toBe(kind);
  });
});

describe('the search answers', () => {
  it.each(['Mein Outlook-Kalender synchronisiert sich nicht mit dem Handy', 'How do I share my Outlook calendar with a colleague?', 'Wie ändere ich mein Outlook-Passwort?', 'Wie komme ich zum Rathaus?'])(
    'does not answer "%s" straight away',
    (text) => {
      expect(index.decide(text, { kinds: ['faq'] }).kind).not.toBe('answer');
    },
  );

  // English words the lexicon knows ("cost", "register", "off") must not carry a question about something else.
  it.each(['How much does parking cost?', 'Where can I register my car?', 'How do I switch off my phone?', 'How much is a train ticket to Hamburg?'])(
    'does not answer the English "%s" straight away',
    (text) => {
      expect(index.decide(text, { kinds: ['faq'] }).kind).not.toBe('answer');
    },
  );

  it('still answers how to put a seminar into the Outlook calendar', () => {
    const d = index.decide('Kann ich einen Seminartermin in meinen Outlook-Kalender übernehmen?', { kinds: ['faq'] });
    expect(d.kind === 'answer' ? d.hit.id : d.kind).toBe('kalender');
  });
});
