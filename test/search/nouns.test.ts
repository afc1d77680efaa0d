// Which words of a message name things: German marks its nouns with capitals, English and lower-case typing do not.
import { describe, expect, it } from 'vitest';
import { nounMarks } from '../../src/search/nouns.js';

describe('the nouns a message marks', () => {
  it('reads capitalised words inside a German sentence as nouns, lower-case ones not', () => {
    const marks = nounMarks('Sind das eher Vorträge oder kann man mitmachen?');
    expect(marks.marked).toBe(true);
    expect(marks.inside.has('vortrage')).toBe(true);
    expect(marks.inside.has('eher')).toBe(false);
  });

  it('does not take the word that opens a sentence for a noun', () => {
    const marks = nounMarks('Lohnt es sich, für Schulungen Zuschüsse zu suchen? Bitte kurz.');
    expect([...marks.inside].sort()).toEqual(['schulungen', 'zuschusse']);
    expect(marks.capitalised.has('lohnt')).toBe(true);
  });

  it('splits a hyphenated compound into its parts as well', () => {
    expect([...nounMarks('Wie ändere ich mein Teams-Passwort?').inside].sort()).toEqual(['passwort', 'teams', 'teamspasswort']);
  });

  it.each(['What is the weather like in Berlin?', 'wie komme ich zum rathaus', 'Kosten?'])('marks no nouns in "%s"', (text) => {
    expect(nounMarks(text).marked).toBe(false);
  });
});
