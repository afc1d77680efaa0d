// The one German analysis: every normalisation as input → tokens, the same for index and query.
import { describe, expect, it } from 'vitest';
import { analyze, fold, stripGenderEnding, words } from '../../src/search/analysis.js';

const same = (a: string, b: string) => expect(analyze(a), `"${a}" and "${b}"`).toEqual(analyze(b));

describe('German text analysis', () => {
  it.each([
    // umlauts and ß, both ways
    ['Öffentlichkeitsarbeit', ['offentlichkeitsarbeit']],
    ['Oeffentlichkeitsarbeit', ['offentlichkeitsarbeit']],
    ['Schwäbisch Gmünd', ['schwabisch', 'gmund']],
    ['Schwaebisch Gmuend', ['schwabisch', 'gmund']],
    ['Straße', ['strass']],
    ['Strasse', ['strass']],
    ['STRASSE', ['strass']],
    ['Fördermittel', ['fordermittel']],
    ['Foerdermittel', ['fordermittel']],
    // gender forms → one stem
    ['Koordinator*innen', ['koordinator']],
    ['Koordinator:innen', ['koordinator']],
    ['Koordinator_innen', ['koordinator']],
    ['KoordinatorInnen', ['koordinator']],
    ['Koordinator/-innen', ['koordinator']],
    ['Koordinatorin', ['koordinator']],
    ['Koordinatoren', ['koordinator']],
    ['Referent*in', ['referent']],
    ['Behindertenbeauftragte*r', ['behindertenbeauftragt']],
    // words that only look like gender forms stay
    ['Berlin', ['berlin']],
    ['Termin', ['termin']],
    // stop words go, digits stay
    ['Was ist das denn für ein Seminar?', ['seminar']],
    ['Die ersten 100 Tage 2027', ['erst', '100', 'tag', '2027']],
    // punctuation and emoji are stripped, "?" and ":" at the end do not stick to the word
    ['Kosten?', ['kost']],
    ['Kosten:', ['kost']],
    ['Kosten?!?', ['kost']],
    ['😀 Kosten 🎉', ['kost']],
    ['!!! ??? ...', []],
    // hyphenated words: parts and the joined form
    ['Online-Seminar', ['onlin', 'seminar', 'onlineseminar']],
    // verbs and nouns meet
    ['kostet', ['kost']],
    ['anmelden', ['anmeld']],
    ['Anmeldung', ['anmeld']],
  ])('analyses "%s"', (input, tokens) => {
    expect(analyze(input)).toEqual(tokens);
  });

  it('drops a typed message\'s misspelt long stop words, but not words one letter from a short one, and never in the knowledge', () => {
    const typed = (text: string) => words(text, 64, false, true).map((w) => w.text);
    expect(typed('welche modellkommunen gibt es eigentlch')).toEqual(['modellkommunen']);
    expect(typed('vieleicht ueberhaubt irgendwei')).toEqual([]);
    // "Rollen" is one letter from "wollen", "werben" from "werden": they mean something.
    expect(typed('Rollen werben')).toEqual(['rollen', 'werben']);
    // Two neighbouring letters of a short stop word swapped: "mcih", "nud".
    expect(typed('wie melde ich mcih an nud wo')).toEqual(['melde']);
    expect(words('eigentlch').map((w) => w.text)).toEqual(['eigentlch']);
  });

  it('drops English function words ("after", "when", "every")', () => {
    expect(analyze('a certificate after every seminar when it ends')).toEqual(analyze('certificate seminar ends'));
  });

  it('drops the pronoun "andere"/"anderen"/"anders" as typed, but keeps "ändern" and "ändere" (with the umlaut or spelt "ae"), which fold to the same letters', () => {
    expect(analyze('für jemand anderen anmelden')).toEqual(analyze('für jemand anmelden'));
    expect(analyze('Anders gefragt: andere Termine?')).toEqual(analyze('gefragt: Termine?'));
    expect(analyze('Wie ändere ich die Anfrage?')).toEqual(analyze('Wie aendere ich die Anfrage?'));
    expect(analyze('Wie ändere ich die Anfrage?')).not.toEqual(analyze('Wie ich die Anfrage?'));
    expect(analyze('Anmeldung ändern')).not.toEqual(analyze('Anmeldung'));
  });

  it('treats spelled-out umlauts like umlauts but leaves diphthongs alone', () => {
    same('Gebühr', 'Gebuehr');
    same('Übernachtung', 'Uebernachtung');
    same('Ärztin', 'Aerztin');
    expect(fold('Steuer')).toBe('steuer');
    expect(fold('neue')).toBe('neue');
    expect(fold('Quelle')).toBe('quelle');
  });

  it('reduces feminine and plural agent nouns but not words ending in -in by chance', () => {
    expect(stripGenderEnding('netzwerkkoordinatorinnen')).toBe('netzwerkkoordinator');
    expect(stripGenderEnding('kollegin')).toBe('kolleg');
    expect(stripGenderEnding('beginnen')).toBe('beginnen');
    expect(stripGenderEnding('medizin')).toBe('medizin');
  });

  it('folds Unicode compatibility forms and accents', () => {
    same('ﬁnanzierung', 'Finanzierung');
    same('Café', 'Cafe');
    same('Ｋｏｓｔｅｎ', 'Kosten');
  });

  it('keeps text in other scripts as words instead of dropping it', () => {
    expect(analyze('مرحبا')).toEqual(['مرحبا']);
  });
});
