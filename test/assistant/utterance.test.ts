// The one reading of a message: what the search is asked when a separable verb is split ("melde … an")
// or the question is put indirectly ("Ich möchte wissen, ob …").
import { describe, expect, it } from 'vitest';
import { joinSplitVerbs, withoutQuestionFrame } from '../../src/assistant/understand/utterance.js';

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

describe('the frame of an indirect question left out for the search', () => {
  it.each([
    ['Ich möchte wissen, ob ich mich anmelden muss', 'ich mich anmelden muss'],
    ['Können Sie mir sagen, was die Seminare kosten?', 'was die Seminare kosten?'],
    ['Ich frage mich, wie ich mich anmelde', 'wie ich mich anmelde'],
    ['Wir würden gerne wissen, ob es eine Bescheinigung gibt', 'es eine Bescheinigung gibt'],
  ])('%s', (text, query) => expect(withoutQuestionFrame(text)).toBe(query));

  it.each(['Ich möchte mich anmelden', 'Was möchten Sie wissen?', 'Ich möchte wissen'])('no frame: %s', (text) => expect(withoutQuestionFrame(text)).toBe(text));
});
