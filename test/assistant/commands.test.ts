import { describe, expect, it } from 'vitest';
import { commandIn, numberInList, pickFrom } from '../../src/assistant/commands.js';
import type { Choice } from '../../src/assistant/reply.js';

describe('commands that work at any point', () => {
  it.each([
    ['Hilfe', { action: 'help' }],
    ['hilfe!', { action: 'help' }],
    ['Was kannst du alles?', { action: 'help' }],
    ['Was können Sie eigentlich?', { action: 'help' }],
    ['What can you do?', { action: 'help' }],
    ['Neustart', { action: 'restart' }],
    ['Abbrechen', { action: 'restart' }],
    ['von vorne', { action: 'restart' }],
    ['Leichte Sprache', { action: 'easy', on: true }],
    ['einfache Sprache bitte', { action: 'easy', on: true }],
    ['In Leichter Sprache', { action: 'easy', on: true }],
    ['normale Sprache', { action: 'easy', on: false }],
    ['Normale Sprache bitte', { action: 'easy', on: false }],
    ['alles vergessen bitte', { action: 'restart' }],
    ['Neustart und alles vergessen', { action: 'restart' }],
    // A slip of one letter in a word of five letters or more, in a short message.
    ['neustrat bitte alles vergessn', { action: 'restart' }],
    ['Hilef', { action: 'help' }],
    ['leichet Sprache', { action: 'easy', on: true }],
  ])('"%s" is a command', (text, intent) => {
    expect(commandIn(text)).toEqual(intent);
  });

  it.each(['Ich brauche Hilfe bei der Antragstellung', 'Was ist Leichte Sprache?', 'Gibt es Seminare in Leichter Sprache?', 'Kann ich die Anmeldung abbrechen?', 'hilft', 'Das hilft', 'leicht', 'Schritt'])(
    'a question that only mentions a command word, "%s", is not a command',
    (text) => {
      expect(commandIn(text)).toBeUndefined();
    },
  );
});

describe('picking an offered choice by typing', () => {
  const offered: Choice[] = [
    { label: 'Pressearbeit für Inklusionsprojekte', intent: { action: 'seminar', id: 'a' } },
    { label: 'Fördermittel beantragen', intent: { action: 'seminar', id: 'b' } },
    { label: 'Mehr anzeigen', intent: { action: 'more' } },
  ];
  it.each([
    ['2', 'b'],
    ['Nr. 2', 'b'],
    ['die zweite', 'b'],
    ['das erste bitte', 'a'],
    ['die letzte', 'more'],
    ['fördermittel beantragen', 'b'],
    ['Foerdermittel beantragen', 'b'],
    ['mehr anzeigen', 'more'],
  ])('"%s" picks %s', (text, expected) => {
    const intent = pickFrom(text, offered)?.intent;
    expect(intent && ('id' in intent ? intent.id : intent.action)).toBe(expected);
  });

  it.each(['7', 'Was kostet das?', '', 'die zweite Frage ist, ob ich mich anmelden muss und was das kostet'])('"%s" picks nothing', (text) => {
    expect(pickFrom(text, offered)).toBeUndefined();
  });

  it.each([
    ['2', { place: 2, alone: true }],
    ['nr 2', { place: 2, alone: true }],
    ['option 3', { place: 3, alone: true }],
    ['nr 2 in koeln fuer wen ist das gedacht', { place: 2, alone: false }],
    ['nummer 3 bitte', { place: 3, alone: false }],
    ['2 personen aus unserem team', undefined],
    ['0', undefined],
    ['zwei fragen', undefined],
  ])('the folded message "%s" names the place %o in a list (one reading for a typed pick and a pointer with a question)', (folded, expected) => {
    expect(numberInList(folded)).toStrictEqual(expected);
  });
});
