// How the registration dialog reads one typed message before anything is stored: pauses, skips,
// interruptions, and the values a sentence holds. Table-driven, on the shipped roles.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreMemory } from '../../src/assistant/memory.js';
import { pastSeminarNamed } from '../../src/assistant/registration.js';
import { detailsInPassing, extractValues, fieldToChange, isConfirmation, readAnswer, roleAsWritten, singularRoleName } from '../../src/assistant/registrationAnswers.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { berlinLocalToUtc } from '../../src/knowledge/time.js';
import type { EnquiryField } from '../../src/registration/fields.js';

const NOW = berlinLocalToUtc('2027-02-15T09:00');
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge!;
});

const rows: Array<[EnquiryField, string, string]> = [
  // [asked, typed, how it is read]
  ['name', 'moment', 'pause'],
  ['name', 'warte', 'pause'],
  ['name', '?', 'pause'],
  ['name', 'Was kostet das eigentlich?', 'interruption'],
  ['organisation', 'Wie lange dauert das?', 'interruption'],
  ['name', 'Online-Seminare im März', 'interruption'],
  ['organisation', `Ich möchte mich lieber für Konflikte im Netzwerk anmelden`, 'interruption'],
  ['role', 'keine Angabe', 'skip'],
  ['phone', 'nein', 'skip'],
  ['phone', 'keine', 'skip'],
  ['phone', 'keine Angabe', 'skip'],
  ['phone', 'weiß ich nicht', 'skip'],
  ['phone', '-', 'skip'],
  ['phone', 'überspringen', 'skip'],
  ['phone', 'hab ich nicht', 'skip'],
  ['email', 'hab keine E-Mail', 'skip'],
  ['accessibility', 'nein, brauche ich nicht', 'skip'],
  ['consent', 'ja', 'yes'],
  ['consent', 'Ich bin einverstanden', 'yes'],
  ['consent', 'Was passiert mit meinen Daten?', 'interruption'],
  ['message', 'Gibt es eine Warteliste?', 'values'],
  ['accessibility', 'Gibt es einen Aufzug?', 'values'],
];

describe('reading a message while a question is open', () => {
  it.each(rows)('asked for %s, "%s" is read as %s', (asked, typed, kind) => {
    expect(readAnswer(typed, asked, knowledge).kind).toBe(kind);
  });

  const answers: Array<[EnquiryField, string, string | undefined]> = [
    ['name', 'ich bin Erika Mustermann', 'Erika Mustermann'],
    ['name', 'Ja, Erika Mustermann', 'Erika Mustermann'],
    ['name', 'Ich schreibe lieber', undefined],
    ['email', 'sorry, meine Mail ist x@y.de', 'x@y.de'],
    ['email', 'keine-adresse', 'keine-adresse'],
    ['organisation', 'ich arbeite bei der Stadt Erlangen', 'Stadt Erlangen'],
    ['organisation', 'Erlangen', 'Erlangen'],
    ['role', 'Netzwerkkoordinatorin', 'Netzwerkkoordinatorin'],
    ['role', 'Netzwerkkoordinator*innen', 'Netzwerkkoordinator*in'],
    ['role', 'ich bin Projektleiterin', 'Projektleiterin'],
    ['role', 'Bürgermeisterin', 'Bürgermeisterin'],
    ['role', 'Ich schreibe lieber', undefined],
    ['phone', 'Tel. 0911 123456', '0911 123456'],
  ];
  it.each(answers)('asked for %s, "%s" gives %s', (asked, typed, value) => {
    const reading = readAnswer(typed, asked, knowledge);
    expect(reading.kind).toBe('values');
    if (reading.kind === 'values') expect(reading.answer).toBe(value);
  });
});

describe('taking everything one message holds', () => {
  it('"Erika Mustermann, erika@example.org, Stadt Erlangen" fills three fields', () => {
    expect(extractValues('Erika Mustermann, erika@example.org, Stadt Erlangen', knowledge, 'name').found).toEqual({
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      organisation: 'Stadt Erlangen',
    });
  });

  it('finds role and organisation in one sentence', () => {
    expect(extractValues('ich bin Netzwerkkoordinatorin bei der Stadt Erlangen', knowledge, 'role').found).toEqual({ role: 'Netzwerkkoordinatorin', organisation: 'Stadt Erlangen' });
  });

  it('never takes an address that could carry a second recipient', () => {
    expect(extractValues('a@b.de,c@d.de', knowledge, 'email').found.email).toBe('a@b.de');
    expect(extractValues('Eva <eva@b.de>', knowledge, 'email').found.email).toBe('eva@b.de');
    expect(extractValues('a@b', knowledge, 'email').found.email).toBeUndefined();
  });
});

describe('details written into a request to register', () => {
  const cases: Array<[string, Record<string, string> | undefined, string?]> = [
    // [typed, details found, the request read without them]
    ['Ich möchte mich für das erste anmelden. Ich bin Anna Schmidt, anna.schmidt@example.org, Stadt Erlangen', { name: 'Anna Schmidt', email: 'anna.schmidt@example.org', organisation: 'Stadt Erlangen' }, 'Ich möchte mich für das erste anmelden.'],
    ['Ich möchte mich für Netzwerke moderieren anmelden, mein Name ist Jonas Weber und meine Mail jonas.weber@kreis-x.de', { name: 'Jonas Weber', email: 'jonas.weber@kreis-x.de' }, 'Ich möchte mich für Netzwerke moderieren anmelden'],
    ['Ich bin Anna Schmidt von der Lebenshilfe Mainz e.V. und möchte mich für Netzwerke moderieren anmelden', { name: 'Anna Schmidt', organisation: 'Lebenshilfe Mainz e.V.' }, 'möchte mich für Netzwerke moderieren anmelden'],
    ['bitte meine Kollegin anmelden: Maria Kunz, maria.kunz@stadt-rostock.de', { name: 'Maria Kunz', email: 'maria.kunz@stadt-rostock.de' }, 'bitte meine Kollegin anmelden'],
    ['Bitte meinen Kollegen dafür anmelden: Tim Berger, Stadt Kassel, tim.berger@kassel.example. Er sitzt im Rollstuhl.', { name: 'Tim Berger', organisation: 'Stadt Kassel', email: 'tim.berger@kassel.example' }, 'Bitte meinen Kollegen dafür anmelden. Er sitzt im Rollstuhl.'],
    // A date is no phone number; a number with eight digits and its cue is.
    ['Anmeldung für den 05.03.2027 bitte, Tel. 0170 1234567', { phone: '0170 1234567' }, 'Anmeldung für den 05.03.2027 bitte'],
    // A name that is a word too ("Weiß") is taken when the address beside it holds it.
    ['Anmeldung bitte: Sandra Weiß, s.weiss@gemeinde-beispiel.de', { name: 'Sandra Weiß', email: 's.weiss@gemeinde-beispiel.de' }, 'Anmeldung bitte'],
    // Not taken: a role after "ich bin", a seminar's title beside an address, the team's own address, a message with no wish to register.
    ['Ich bin Netzwerkkoordinatorin und will mich anmelden', undefined],
    ['Ich bin Projektleiterin Kommune Inklusiv und möchte mich anmelden', undefined],
    ['Anmelden: Pressearbeit Grundlagen, anna@beispiel.de', { email: 'anna@beispiel.de' }, 'Anmelden: Pressearbeit Grundlagen'],
    ['Kann ich mich per Mail an kommune-inklusiv@aktion-mensch.de anmelden?', undefined],
    ['Ich bin Anna Schmidt, welche Seminare passen zu mir?', undefined],
    ['Gibt es am 05.03.2027 ein Seminar?', undefined],
  ];
  it.each(cases)('%s', (typed, found, rest) => {
    const details = detailsInPassing(typed, knowledge);
    expect(details?.found).toEqual(found);
    if (rest !== undefined) expect(details?.text).toBe(rest);
  });
});

describe('the role, stored for one person', () => {
  it('uses the singular display form of every role, never a plural', () => {
    for (const role of knowledge.roles) {
      const singular = singularRoleName(role);
      expect(singular, role.id).not.toMatch(/innen\b/);
      expect(roleAsWritten(role.name, role), role.id).toBe(singular);
    }
    expect(singularRoleName(knowledge.roles.find((r) => r.id === 'netzwerkkoordination')!)).toBe('Netzwerkkoordinator*in');
    // Not a fragment of a synonym ("Finanzen", "Leitung", "Referent"): the whole function, gender-inclusive.
    expect(singularRoleName(knowledge.roles.find((r) => r.id === 'finanzen')!)).toBe('Mitarbeiter*in in Finanzen und Buchhaltung');
  });
});

describe('the summary', () => {
  it.each(['ja', 'passt', 'Absenden', 'ja, passt so', 'alles richtig', 'ok'])('"%s" confirms', (typed) => expect(isConfirmation(typed)).toBe(true));
  it.each(['E-Mail ändern', 'nein', 'so', 'Was kostet das?'])('"%s" does not confirm', (typed) => expect(isConfirmation(typed)).toBe(false));
  it.each<[string, EnquiryField]>([
    ['E-Mail ist falsch', 'email'],
    ['Name ändern', 'name'],
    ['die Organisation stimmt nicht', 'organisation'],
    ['Rolle korrigieren', 'role'],
    ['Telefonnummer ändern', 'phone'],
  ])('"%s" changes %s', (typed, field) => expect(fieldToChange(typed, true)).toBe(field));
});

describe('the dialog state from storage', () => {
  const draft = { seminarId: 's1', formId: 'f1', values: { name: 'Erika' }, step: { kind: 'ask', field: 'email' }, startedAt: NOW.toISOString() };
  it('reads a typed step', () => {
    expect(restoreMemory({ registration: draft }).registration?.step).toEqual({ kind: 'ask', field: 'email', back: false });
  });
  it('drops a draft with a step it does not know (string steps of an older version, tampering) and keeps the rest', () => {
    for (const step of ['email', { kind: 'ask', field: 'password' }, { kind: 'send' }]) {
      const memory = restoreMemory({ roleId: 'ehrenamt', easy: true, registration: { ...draft, step } });
      expect(memory.registration).toBeUndefined();
      expect(memory.roleId).toBe('ehrenamt');
      expect(memory.easy).toBe(true);
    }
  });
});

describe('what is no answer', () => {
  it.each<[EnquiryField, string]>([
    ['role', '1 und 3'],
    ['organisation', '1 und 3'],
    ['name', 'Ich schreibe lieber'],
    ['name', 'danke'],
    ['name', 'in Rostock'],
  ])('asked for %s, "%s" gives no value', (asked, typed) => {
    const reading = readAnswer(typed, asked, knowledge);
    expect(reading.kind === 'values' ? reading.answer : undefined).toBeUndefined();
  });

  it('takes a role described in a sentence ("Ich koordiniere das Netzwerk")', () => {
    const reading = readAnswer('Ich koordiniere das Netzwerk', 'role', knowledge);
    expect(reading.kind === 'values' && (reading.answer ?? reading.found.role)).toBe('Ich koordiniere das Netzwerk');
  });

  it('takes the whole organisation when that is all the message holds ("Stadtverwaltung Erlangen, Sozialamt")', () => {
    const reading = readAnswer('Stadtverwaltung Erlangen, Sozialamt', 'organisation', knowledge);
    expect(reading.kind === 'values' && reading.answer).toBe('Stadtverwaltung Erlangen, Sozialamt');
  });
});

describe('a past seminar named by its title', () => {
  it('is recognised as over — unless an upcoming run has the same title', () => {
    const past = knowledge.seminars.find((s) => s.title === 'Social Media für Inklusionsprojekte')!;
    expect(pastSeminarNamed('social media für inklusionsprojekte', knowledge, NOW)?.id).toBe(past.id);
    const rerun = { ...past, id: `${past.id}-rerun`, dates: past.dates.map((d) => ({ ...d, start: `2027-11-12${d.start.slice(10)}`, end: `2027-11-12${d.end.slice(10)}` })) };
    expect(pastSeminarNamed('Social Media für Inklusionsprojekte', { ...knowledge, seminars: [...knowledge.seminars, rerun] }, NOW)).toBeUndefined();
  });
});
