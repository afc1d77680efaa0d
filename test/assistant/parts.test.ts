// Where a message asks more than one thing: the cut into parts that are each read on their own.
import { describe, expect, it } from 'vitest';
import { messageParts } from '../../src/assistant/understand/parts.js';

describe('several questions in one message', () => {
  it.each([
    ['Was kostet das? Und welche Seminare gibt es im März?', ['Was kostet das?', 'welche Seminare gibt es im März?']],
    ['Sind die Seminare kostenlos und gibt es welche in Berlin?', ['Sind die Seminare kostenlos', 'gibt es welche in Berlin?']],
    ['Ich bin Kämmerin. Kostet das etwas?', ['Ich bin Kämmerin.', 'Kostet das etwas?']],
    ['Wer darf teilnehmen, und werden Reisekosten erstattet?', ['Wer darf teilnehmen', 'werden Reisekosten erstattet?']],
  ])('%s', (text, parts) => {
    expect(messageParts(text)).toEqual(parts);
  });

  it.each([
    'Was kostet ein Seminar?',
    'Ich bin Kämmerin und möchte wissen, was das kostet',
    'Gibt es Seminare zu Netzwerkarbeit und Moderation?',
    'Welche Seminare gibt es z. B. online?',
    'Hallo!',
  ])('one question: %s', (text) => {
    expect(messageParts(text)).toBeUndefined();
  });
});
