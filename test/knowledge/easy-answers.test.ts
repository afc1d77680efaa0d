import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { newContentWords, type EasyEntry } from './easyWords.js';

const KNOWLEDGE = join(import.meta.dirname, '../../knowledge');
const reviewed = z
  .strictObject({
    everywhere: z.record(z.string(), z.string().min(1)),
    entries: z.record(z.string(), z.strictObject({ why: z.string().min(1), words: z.array(z.string()).min(1) })),
  })
  .parse(parse(readFileSync(join(import.meta.dirname, 'easyWords.reviewed.yaml'), 'utf8')));

let loaded: Promise<EasyEntry[]> | undefined;
function faq(): Promise<EasyEntry[]> {
  loaded ??= loadKnowledge(KNOWLEDGE, new Date('2026-12-01T09:00:00Z')).then((result) => {
    if (!result.knowledge) throw new Error('knowledge/ does not load');
    return result.knowledge.faq;
  });
  return loaded;
}

const financing = {
  id: 'qualifizierung-finanzieren',
  question: 'Wie können wir die Qualifizierung unseres Teams finanzieren?',
  answer: 'Die Aktion Mensch rät: Holen Sie sich dafür Fördergelder, externe Referent*innen und Unterstützung.',
  source: 'Holen Sie sich dafür Fördergelder, externe Referent*innen und Unterstützung!',
};

describe('Leichte-Sprache answers say nothing the standard answer and its source do not say', () => {
  it('flags the invented facts the review found (claims about getting money, newspapers, trying first)', () => {
    expect(newContentWords({ ...financing, answerEasy: 'Für Kurse kann man Förder-Geld bekommen.' })).toContain('bekomm');
    expect(
      newContentWords({
        id: 'oeffentlichkeitsarbeit-lernen',
        question: 'Ist Öffentlichkeitsarbeit auch ein Thema der Qualifizierung?',
        answer: 'Öffentlichkeitsarbeit gehört zum Handwerkzeug, das ein Inklusionsprojekt rund laufen lässt.',
        source: 'laufen Antragstellung, Buchhaltung und Öffentlichkeitsarbeit rund',
        answerEasy: 'Zum Beispiel: Man schreibt für die Zeitung oder für das Internet.',
      }),
    ).toEqual(expect.arrayContaining(['zeitung', 'intern']));
    expect(
      newContentWords({
        id: 'modellkommunen',
        question: 'Welche Modellkommunen gibt es?',
        answer: 'Es gibt fünf Modellkommunen: Erlangen, Schneverdingen, Nieder-Olm, Schwäbisch Gmünd und Rostock.',
        source: 'Die bisherigen Erfahrungen aus den fünf Modellkommunen zeigen: Die Netzwerke müssen von Anfang an professionell arbeiten.',
        answerEasy: 'Modell-Kommune heißt: Diese Orte probieren es zuerst aus.',
      }),
    ).toEqual(expect.arrayContaining(['probi', 'zurst']));
  });

  it('accepts Leichte Sprache that only re-words the source (Förder-Geld = Fördergelder, Kurs = Seminar)', () => {
    expect(newContentWords({ ...financing, answerEasy: 'Die Aktion Mensch sagt: Holen Sie sich Förder-Geld.' })).toEqual([]);
    expect(
      newContentWords({ ...financing, source: 'Die Bildungsangebote sind kostenfrei.', answerEasy: 'Die Kurse kosten nichts.' }),
    ).toEqual([]);
  });

  it('every answerEasy in knowledge/faq uses only words of its answer, question and source – or reviewed ones', async () => {
    const unreviewed: string[] = [];
    for (const entry of await faq()) {
      const allowed = new Set(reviewed.entries[entry.id]?.words ?? []);
      const left = newContentWords(entry).filter((w) => !(w in reviewed.everywhere) && !allowed.has(w));
      if (left.length > 0) unreviewed.push(`${entry.id}: ${left.join(', ')}\n  ${entry.answerEasy.replace(/\n/g, '\n  ')}`);
    }
    expect(unreviewed, 'check these words against the source; harmless ones go to easyWords.reviewed.yaml').toEqual([]);
  });

  it('the reviewed list names no FAQ id or word that is gone (it shrinks with the texts)', async () => {
    const entries = await faq();
    const found = new Map(entries.map((e) => [e.id, new Set(newContentWords(e))]));
    const everyCandidate = new Set([...found.values()].flatMap((s) => [...s]));
    const stale = [
      ...Object.keys(reviewed.everywhere).filter((w) => !everyCandidate.has(w)).map((w) => `everywhere: ${w}`),
      ...Object.entries(reviewed.entries).flatMap(([id, { words }]) =>
        words.filter((w) => !found.get(id)?.has(w)).map((w) => `${id}: ${w}`),
      ),
    ];
    expect(stale).toEqual([]);
  });
});
