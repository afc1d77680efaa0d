// The message's reading with misspelt words written as the knowledge writes them: what the signals, roles
// and filters read. Real words stay as they are, also when they are one letter from a knowledge word.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { correctedText, readUtterance } from '../../src/assistant/understand/utterance.js';
import { withSplitWordsJoined, withTyposCorrected } from '../../src/assistant/understand/vocabulary.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
});

function corrected(text: string): string {
  return withTyposCorrected(readUtterance(text), knowledge).folded;
}

describe('misspelt words in the reading of a message', () => {
  it.each([
    ['gibt es die semiare auch in leichter sprahce', 'gibt es die seminare auch in leichter sprache'],
    ['workshops im herbts in erlangne', 'workshops im herbst in erlangen'],
    ['Bekomme ich eine Bestätiugng?', 'bekomme ich eine bestaetigung'],
    ['was kosted der kurs', 'was kosten der kurs'],
    // A long word of any kind; "barrierfree" is as close, but the German word's forms are the many near ones.
    ['wir wollen barrierfreie veranstaltungen machen', 'wir wollen barrierefreie veranstaltungen machen'],
    // A place's name one letter off: the states and areas the bot knows, the catalogue's cities.
    ['was gibts in süddeutschlad in präsenz', 'was gibts in sueddeutschland in praesenz'],
    ['Präsenz schwäbisch gemünd', 'praesenz schwaebisch gmuend'],
  ])('"%s" reads as "%s"', (text, expected) => expect(corrected(text)).toBe(expected));

  it.each([
    // Forms of words the knowledge uses, and other real words near a knowledge noun.
    ['Wie lange dauert das, sucht ihr noch Leute?'],
    ['Gibts eine Abmeldung?'],
    ['Der Beamer im Seminarraum geht nicht'],
    ['Wie wird das Wetter in Sachsen?'],
    ['Ich leite das Ordnungsamt und soll das belegen'],
    ['Projektseite aufbauen'],
    // Words near a place's name: too short ("Bremer"), two letters off ("Hamburger").
    ['Gibt es was für Bremer Vereine?'],
    ['Hamburger Seminare gesucht'],
  ])('"%s" stays as it is', (text) => {
    const u = readUtterance(text);
    const c = withTyposCorrected(u, knowledge);
    expect(c).toBe(u);
  });

  it('writes the corrections into the text read for the period, keeping capitals', () => {
    const c = withTyposCorrected(readUtterance('Seminare im Herbts in Erlangne?'), knowledge);
    expect(correctedText(c)).toBe('Seminare im Herbst in Erlangen?');
    // What the search and the out-of-domain check read is the message as typed.
    expect(c.text).toBe('Seminare im Herbts in Erlangne?');
  });
});

describe('words typed in two pieces', () => {
  it.each([
    ['sind die Semi Nare kosten los? und gibt es ein Zerti Fikat', 'sind die Seminare kosten los? und gibt es ein Zertifikat'],
    ['Gibt es was zu Buch Haltung im Mai?', 'Gibt es was zu Buchhaltung im Mai?'],
    // The first part of a compound with its linking "s" is no word alone.
    ['Kann ich Bildungs Urlaub nehmen?', 'Kann ich Bildungsurlaub nehmen?'],
    // Two words it knows, the second written as a noun, that make one of its nouns.
    ['Ich sitze im Roll Stuhl und suche eine Fort Bildung', 'Ich sitze im Rollstuhl und suche eine Fortbildung'],
    ['Welches Wissen braucht man für ein Inklusions Projekt', 'Welches Wissen braucht man für ein Inklusionsprojekt'],
  ])('"%s" is read as "%s"', (text, expected) => expect(withSplitWordsJoined(text, knowledge)).toBe(expected));

  it.each([
    // Two words the knowledge uses each, though it also writes them as one.
    ['Was kosten los gelassene Fragen?'],
    ['Kann ich mich hier an melden?'],
    // Two words the knowledge writes side by side.
    ['Was macht die Aktion Mensch?'],
    ['Kann ich von zu Hause teilnehmen?'],
    // Pieces that make no word the knowledge writes.
    ['Semi Fahrplan'],
  ])('"%s" stays as it is', (text) => expect(withSplitWordsJoined(text, knowledge)).toBe(text));
});
