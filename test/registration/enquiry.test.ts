import { describe, expect, it } from 'vitest';
import { accessibilityChoices, fieldLabels, validateEnquiry, validateField, type EnquiryField } from '../../src/registration/enquiry.js';

const valid = {
  seminarId: 'sem-1',
  seminarTitle: 'Öffentlichkeitsarbeit inklusiv',
  seminarDate: 'Di., 14. April 2026',
  name: 'Jördis Beispielfrau',
  email: 'joerdis@kommune.de',
  organisation: 'Stadt Musterstadt',
  role: 'Koordinator*in',
  phone: '',
  accessibilityNeeds: [],
  waitingList: false,
  consent: true,
};

const long = 'x'.repeat(10_000);

type Row = { name: string; field: EnquiryField; input: string } & ({ value: string } | { error: RegExp });

const table: Row[] = [
  { name: 'trims and NFC-normalises a name', field: 'name', input: '  Jo\u0308rdis  Beispiel ', value: 'Jördis Beispiel' },
  { name: 'removes control characters and bidi overrides from a name', field: 'name', input: 'Eva\u0000\u0007 \u202EMustermann\u200B', value: 'Eva Mustermann' },
  { name: 'turns a header injection in the name into one harmless line', field: 'name', input: 'Eva\r\nBcc: spam@evil.example', value: 'Eva Bcc: spam@evil.example' },
  { name: 'keeps names in other scripts', field: 'name', input: 'Ayşe Yılmaz-Øster 王芳', value: 'Ayşe Yılmaz-Øster 王芳' },
  { name: 'requires a name', field: 'name', input: '   ', error: /Bitte geben Sie Ihren Namen an/ },
  { name: 'refuses a name of 10 kB', field: 'name', input: long, error: /höchstens 120 Zeichen/ },
  { name: 'accepts a usual address', field: 'email', input: ' vorname.nachname+seminar@stadt-musterstadt.de ', value: 'vorname.nachname+seminar@stadt-musterstadt.de' },
  { name: 'accepts an internationalised domain', field: 'email', input: 'info@müller-kommune.de', value: 'info@müller-kommune.de' },
  { name: 'refuses a domain without dot (a@b)', field: 'email', input: 'a@b', error: /gültige E-Mail-Adresse an, z\. B\. name@kommune\.de/ },
  { name: 'refuses a quoted local part', field: 'email', input: '"x"@y.de', error: /gültige E-Mail-Adresse/ },
  { name: 'refuses two recipients separated by a comma', field: 'email', input: 'a@b.de,c@d.de', error: /gültige E-Mail-Adresse/ },
  { name: 'refuses an address with a header injection', field: 'email', input: 'a@b.de\r\nBcc: c@d.de', error: /gültige E-Mail-Adresse/ },
  { name: 'refuses an address in angle brackets', field: 'email', input: 'Eva <eva@b.de>', error: /gültige E-Mail-Adresse/ },
  { name: 'refuses two @', field: 'email', input: 'a@b@c.de', error: /gültige E-Mail-Adresse/ },
  { name: 'refuses a 10 kB address', field: 'email', input: `${long}@kommune.de`, error: /gültige E-Mail-Adresse/ },
  { name: 'requires an organisation', field: 'organisation', input: '', error: /Organisation oder Kommune/ },
  { name: 'refuses an organisation of 10 kB', field: 'organisation', input: long, error: /höchstens 200 Zeichen/ },
  { name: 'requires the role (the FAQ says the team needs it)', field: 'role', input: '  ', error: /Bitte geben Sie Ihre Rolle im Projekt an/ },
  { name: 'keeps the role as written, singular', field: 'role', input: ' Netzwerkkoordinatorin ', value: 'Netzwerkkoordinatorin' },
  { name: 'refuses a role over 120 characters', field: 'role', input: 'r'.repeat(121), error: /„Rolle“ auf höchstens 120 Zeichen/ },
  { name: 'lets the phone be empty', field: 'phone', input: '', value: '' },
  { name: 'accepts a phone with + ( ) - /', field: 'phone', input: '+49 (0)911 / 123-45', value: '+49 (0)911 / 123-45' },
  { name: 'refuses letters in the phone number', field: 'phone', input: '0911 abc', error: /nur mit Ziffern/ },
  { name: 'refuses a phone over 40 characters', field: 'phone', input: '1'.repeat(41), error: /höchstens 40 Zeichen/ },
  { name: 'keeps line breaks in the message but removes other controls', field: 'message', input: 'Hallo\r\n\r\n\r\n\r\nzweite\u0000 Zeile\u2028dritte', value: 'Hallo\n\nzweite Zeile\ndritte' },
  { name: 'refuses a message over 2000 characters', field: 'message', input: 'm'.repeat(2001), error: /höchstens 2000 Zeichen/ },
  { name: 'accepts known accessibility choices', field: 'accessibility', input: 'dgs,leichte-sprache,dgs', value: 'dgs,leichte-sprache' },
  { name: 'refuses an unknown accessibility value', field: 'accessibility', input: 'dgs,<script>', error: /aus der Liste/ },
  { name: 'requires consent', field: 'consent', input: 'false', error: /Bitte stimmen Sie zu/ },
  { name: 'accepts consent', field: 'consent', input: 'true', value: 'true' },
];

describe('validating one field', () => {
  for (const row of table) {
    it(row.name, () => {
      const result = validateField(row.field, row.input);
      if ('value' in row) expect(result).toEqual({ ok: true, value: row.value });
      else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(row.error);
      }
    });
  }
});

describe('validating a whole enquiry', () => {
  it('returns a clean enquiry without empty optional fields', () => {
    const result = validateEnquiry({ ...valid, message: '  ', accessibilityNeeds: ['assistenz'], accessibilityNote: ' Rampe \u0000' });
    expect(result).toEqual({
      ok: true,
      enquiry: {
        seminarId: 'sem-1',
        seminarTitle: 'Öffentlichkeitsarbeit inklusiv',
        seminarDate: 'Di., 14. April 2026',
        name: 'Jördis Beispielfrau',
        email: 'joerdis@kommune.de',
        organisation: 'Stadt Musterstadt',
        role: 'Koordinator*in',
        accessibilityNeeds: ['assistenz'],
        accessibilityNote: 'Rampe',
        waitingList: false,
        consent: true,
      },
    });
  });

  it('names every wrong field with a German message that says how to fix it', () => {
    const result = validateEnquiry({ ...valid, name: '', email: 'a@b', organisation: long, phone: 'x', accessibilityNeeds: ['fliegen'], accessibilityNote: long, message: long, consent: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['accessibility', 'accessibilityNote', 'consent', 'email', 'message', 'name', 'organisation', 'phone']);
    expect(result.errors.email).toBe('Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kommune.de.');
    expect(result.errors.accessibilityNote).toMatch(/„Weitere Bedarfe“ auf höchstens 500 Zeichen/);
  });

  it('survives hostile non-string input without crashing', () => {
    const result = validateEnquiry({ name: { toString: () => 'x' }, email: ['a@b.de'], accessibilityNeeds: 'dgs', consent: 'yes', seminarId: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveProperty('seminar');
  });

  it('needs consent to be exactly true', () => {
    expect(validateEnquiry({ ...valid, consent: 1 }).ok).toBe(false);
    expect(validateEnquiry({ ...valid, consent: true }).ok).toBe(true);
  });
});

describe('labels and accessibility choices', () => {
  it('has a German label for every field', () => {
    expect(fieldLabels).toMatchObject({ email: 'E-Mail-Adresse', organisation: 'Organisation / Kommune', consent: 'Einwilligung', accessibilityNote: 'Weitere Bedarfe (optional)' });
  });

  it('offers the five common needs, with folded keywords people type', () => {
    expect(accessibilityChoices.map((c) => c.value)).toEqual(['leichte-sprache', 'dgs', 'schriftdolmetschung', 'barrierefreier-zugang', 'assistenz']);
    for (const choice of accessibilityChoices) {
      for (const keyword of choice.keywords) expect(keyword).toMatch(/^[a-z0-9 ]+$/);
    }
    const match = (text: string) => accessibilityChoices.filter((c) => c.keywords.some((k) => text.includes(k))).map((c) => c.value);
    expect(match('ich brauche gebaerdensprache und leichte sprache')).toEqual(['leichte-sprache', 'dgs']);
    expect(match('ich sitze im rollstuhl')).toEqual(['barrierefreier-zugang']);
    expect(match('vielleicht eine erleichterung bei der unterschrift')).toEqual([]);
  });
});
