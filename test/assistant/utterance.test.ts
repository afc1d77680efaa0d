// The one reading of a message: what the search is asked when a separable verb is split ("melde … an").
import { describe, expect, it } from 'vitest';
import { joinSplitVerbs } from '../../src/assistant/understand/utterance.js';

describe('split verbs joined for the search', () => {
  it.each([
    ['Wie melde ich mich an?', 'Wie melde ich mich anmelde?'],
    ['wie meld ich mich da an', 'wie meld ich mich da anmeld'],
    ['Melde ich mich hier an?', 'Melde ich mich hier anmelde?'],
    ['Was kostet das? Und wie melde ich mich an?', 'Was kostet das? Und wie melde ich mich anmelde?'],
    ['Wo trage ich das bei der Anmeldung ein?', 'Wo trage ich das bei der Anmeldung eintrage?'],
  ])('%s', (text, query) => expect(joinSplitVerbs(text)).toBe(query));

  it.each(['Wie kann ich mich anmelden?', 'Geht das auch online?', 'Wo finden die Seminare statt?', 'an'])('nothing split: %s', (text) => expect(joinSplitVerbs(text)).toBe(text));
});
