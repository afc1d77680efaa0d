// Personal data never reaches the question log: what the education team sees in place of it.
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, scrubPersonalData } from '../../src/analytics/scrub.js';

const cases: Array<{ name: string; input: string; expected: string }> = [
  // phone numbers in German formats
  { name: 'international with (0)', input: 'Rufen Sie mich an: +49 (0) 911 123-45', expected: 'Rufen Sie mich an: [Telefon]' },
  { name: 'area code with slash', input: 'Meine Nummer ist 0911/12345, bitte zurückrufen', expected: 'Meine Nummer ist [Telefon], bitte zurückrufen' },
  { name: 'mobile with hyphen', input: 'erreichbar unter 0176-1234567', expected: 'erreichbar unter [Telefon]' },
  { name: 'area code in brackets', input: 'Tel. (030) 12 34 56 78', expected: 'Tel. [Telefon]' },
  { name: '0049 prefix', input: 'oder 0049 911 9876543', expected: 'oder [Telefon]' },
  // bank, numbers, enquiry numbers
  { name: 'IBAN with spaces', input: 'Überweisung an DE89 3704 0044 0532 0130 00?', expected: 'Überweisung an [IBAN]?' },
  { name: 'IBAN without spaces', input: 'IBAN DE89370400440532013000', expected: 'IBAN [IBAN]' },
  { name: 'long digit run', input: 'Kundennummer 123456789 geht nicht', expected: 'Kundennummer [Zahl] geht nicht' },
  { name: 'postcode', input: 'Seminare nahe 91054 Erlangen', expected: 'Seminare nahe [Zahl] Erlangen' },
  { name: 'a full date goes too (it may be a birthday)', input: 'geboren am 01.02.1980, Seminar am 2027-03-09?', expected: 'geboren am [Zahl], Seminar am [Zahl]?' },
  { name: 'enquiry number', input: 'Was ist mit IP-2027-ABC234?', expected: 'Was ist mit [Anfragenummer]?' },
  // e-mail addresses and links
  { name: 'e-mail with umlauts and sub-domain', input: 'Schreiben Sie an jürgen.müller@bildung.kommune-inklusiv.de bitte', expected: 'Schreiben Sie an [E-Mail] bitte' },
  { name: 'e-mail with plus and caps', input: 'Erika.Mustermann+kurs@Example.ORG', expected: '[E-Mail]' },
  { name: 'spelled-out e-mail', input: 'erika (at) beispiel (dot) de', expected: '[E-Mail]' },
  { name: 'URL', input: 'Was steht auf https://www.example.org/profil?id=4711 über mich?', expected: 'Was steht auf [Link] über mich?' },
  { name: 'bare domain', input: 'siehe meine-kommune.de/team/erika', expected: 'siehe [Link]' },
  // names after cues
  { name: 'ich heiße', input: 'Hallo, ich heiße Erika Mustermann und brauche Hilfe', expected: 'Hallo, ich heiße [Name] und brauche Hilfe' },
  { name: 'ich heisse, lower case', input: 'ich heisse erika mustermann', expected: 'ich heisse [Name]' },
  { name: 'mein Name ist', input: 'Mein Name ist Ayşe Yılmaz-Özdemir. Was kostet das?', expected: 'Mein Name ist [Name]. Was kostet das?' },
  { name: 'ich bin Vorname Nachname', input: 'Guten Tag, ich bin Erika Mustermann aus Rostock', expected: 'Guten Tag, ich bin [Name] aus Rostock' },
  { name: 'ich bin with von', input: 'ich bin Klaus von Dohnanyi', expected: 'ich bin [Name]' },
  { name: 'Frau/Herr with surname', input: 'Kann Frau Müller-Lüdenscheidt mitkommen?', expected: 'Kann Frau [Name] mitkommen?' },
  { name: 'greeting with a name at the end', input: 'Gibt es das auch online? Viele Grüße, Erika', expected: 'Gibt es das auch online? Viele Grüße, [Name]' },
  { name: 'greeting with a name before a phone number', input: 'Parkplatz vorhanden? Grüße, Jonas Weber 0176-1234567', expected: 'Parkplatz vorhanden? Grüße, [Name] [Telefon]' },
  { name: 'hier spricht', input: 'hier spricht Jonas Weber', expected: 'hier spricht [Name]' },
  // what must stay
  { name: 'a role is no name', input: 'ich bin Netzwerkkoordinatorin', expected: 'ich bin Netzwerkkoordinatorin' },
  { name: 'dates and years stay', input: 'Online-Seminare im März 2027, am 09.03. um 10:00?', expected: 'Online-Seminare im März 2027, am 09.03. um 10:00?' },
  { name: 'the programme address is an address too', input: 'Ist kommune-inklusiv@aktion-mensch.de richtig?', expected: 'Ist [E-Mail] richtig?' },
  { name: 'a plain question stays', input: 'Werden Reisekosten übernommen?', expected: 'Werden Reisekosten übernommen?' },
];

describe('scrubbing personal data from questions', () => {
  it.each(cases)('$name: "$input"', ({ input, expected }) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it(`keeps at most ${MAX_QUESTION_CHARS} characters of a long message`, () => {
    expect(scrubPersonalData('Frage '.repeat(200)).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('removes several kinds of personal data in one message', () => {
    const out = scrubPersonalData('Ich heiße Erika Mustermann, Mail erika@example.de, Tel. 0911/12345, IBAN DE89 3704 0044 0532 0130 00');
    for (const leak of ['Erika', 'Mustermann', 'erika@', '0911', '12345', 'DE89', '3704']) expect(out).not.toContain(leak);
  });
});
