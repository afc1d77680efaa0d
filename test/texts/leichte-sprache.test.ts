import { describe, expect, it } from 'vitest';
import { lintEasyText, sentences, type Rule } from '../../scripts/lib/leichte-sprache.js';

const rules = (text: string) => lintEasyText(text).map((f) => f.rule);

/** [what the rule is about, text, the rules it breaks] */
const table: [string, string, Rule[]][] = [
  ['a sentence over 12 words', 'Ihre Angaben für diese Anfrage gehen per E-Mail an das Bildungs-Team von der Aktion Mensch.', ['satzlänge']],
  ['a date inside a sentence and a year at its end', 'Der Termin ist am 9. März 2027. Es gibt 2 Termine.', []],
  ['"z. B."', 'Schreiben Sie z. B. eine E-Mail.', ['abkürzung']],
  ['"bzw."', 'Das geht bzw. das geht nicht.', ['abkürzung']],
  ['"ggf."', 'Sie bekommen ggf. eine Antwort.', ['abkürzung']],
  ['an acronym', 'Es gibt DGS.', ['abkürzung']],
  ['an e-mail address (no abbreviation)', 'Schreiben Sie an: kommune-inklusiv@aktion-mensch.de', []],
  ['the passive with an inseparable verb', 'Ihre Angaben werden verwendet.', ['passiv']],
  ['the passive with a separable verb', 'Die Kurse werden angeboten.', ['passiv']],
  ['"werden" with an adjective (no passive)', 'Dann werden die Ideen richtig gut.', []],
  ['a genitive article', 'Das ist das Projekt des Vereins.', ['genitiv']],
  ['a genitive preposition', 'Wegen dem Regen fällt der Kurs aus.', ['genitiv']],
  ['"wäre"', 'Das wäre schön.', ['konjunktiv']],
  ['"könnten"', 'Sie könnten kommen.', ['konjunktiv']],
  ['a Gender-Stern', 'Die Referent*innen kommen.', ['gender-stern']],
  ['a long word without hyphen', 'Das ist die Anmeldeanfrage.', ['langes-wort']],
  ['a long word split with a hyphen', 'Das ist die Anmelde-Anfrage.', []],
  ['a Mediopunkt (we split with a hyphen)', 'Das Bildungs·Team hilft.', ['mediopunkt']],
  ['a subordinate clause after a comma', 'Schreiben Sie, was Sie suchen.', ['nebensatz']],
  ['a leading subordinate clause', 'Wer die Fahrt bezahlt, weiß ich nicht.', ['nebensatz']],
  ['the Leichte-Sprache way to ask', 'Schreiben Sie mir: Was suchen Sie?', []],
  ['a comma without a second statement', 'Ja, das lohnt sich.', []],
  ['good Leichte Sprache', 'Die Kurse kosten nichts.\nSie müssen sich aber vorher anmelden.', []],
];

describe('the Leichte-Sprache rules a program can check', () => {
  it.each(table)('%s: "%s" → %j', (_about, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('splits sentences after a word or a year, not after "9." in a date or "z." in "z. B."', () => {
    expect(sentences('Der Termin ist am 9. März 2027. Es gibt 2 Termine.')).toEqual(['Der Termin ist am 9. März 2027.', 'Es gibt 2 Termine.']);
    expect(sentences('Schreiben Sie z. B. eine E-Mail. Danke!')).toEqual(['Schreiben Sie z. B. eine E-Mail.', 'Danke!']);
  });
});
