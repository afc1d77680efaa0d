// Finds every text the product shows in Leichte Sprache – the easy form of each entry in the text
// modules and the knowledge YAML – and every text that has no easy form yet.
import { catalogue } from '../../src/texts/de/index.js';
import type { Knowledge } from '../../src/knowledge/schema.js';

export interface Text {
  /** Where it lives: "regTexts.steps.name.easy", "knowledge/faq kosten.answerEasy". */
  where: string;
  text: string;
}

export interface Catalogue {
  /** Texts shown in Leichte Sprache. */
  easy: Text[];
  /** Texts a person reads that exist only in standard German. */
  standardOnly: Text[];
}

export const modules: Record<string, unknown> = catalogue;

/** Entries that are not read by a person as our words: input vocabularies, identifiers, example values. */
const notForReading = /(?:^|\.)(?:skipWords|backWords|yesWords|textWords|formWords|skipWordsForButton|productId|example)$/;

/**
 * Sample arguments for the text functions, by parameter name, so that a function's easy output can
 * be read like a string. Several values give several variants (a recommendation online and on site).
 */
const samples: Record<string, unknown[]> = {
  easy: [true],
  id: ['A-2027-0042'],
  title: ['Projekte planen und steuern'],
  role: ['Ehrenamtliche Helferinnen und Helfer'],
  n: [1, 3],
  shown: [5],
  total: [12],
  minutes: [10],
  date: ['Dienstag, 9. März 2027'],
  url: ['https://example.org/seminare/1.ics'],
  tool: ['Zoom'],
  place: ['Rostock'],
  around: [[], ['Bayern']],
  towns: [['Berlin', 'Erlangen', 'Rostock']],
  questions: [['Gibt es eine Bescheinigung?'], ['Wie lange dauert ein Kurs?', 'Gibt es eine Bescheinigung?']],
  what: [['das Thema']],
  labels: [['Name', 'E-Mail-Adresse']],
  label: ['Name'],
  kind: ['topic'],
  needs: [[]],
  parts: [
    { role: 'Ehrenamtliche Helferinnen und Helfer', topics: ['Öffentlichkeits-Arbeit'], level: 'einstieg', format: 'hybrid', city: 'Rostock', date: 'Dienstag, 9. März 2027', sessions: 2, accessibility: ['dgs', 'stepFree'] },
    { topics: ['Buchhaltung', 'Förder-Geld'], format: 'online', date: 'Dienstag, 9. März 2027', sessions: 1, accessibility: ['leichteSprache'] },
    { topics: [], format: 'praesenz', date: 'Dienstag, 9. März 2027', sessions: 1, accessibility: [] },
  ],
};

/** Parameter names of a function, from its source ("(id, easy) =>", "reasonEasy(parts) {"). */
function parameters(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const single = /^\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*=>/u.exec(source);
  const list = single?.[1] ?? /^[^(]*\(([^)]*)\)/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((p) => p.replace(/=.*$/s, '').trim())
    .filter((p) => p.length > 0);
}

/** Every combination of sample arguments for these parameters. */
function argumentLists(names: string[]): unknown[][] {
  return names.reduce<unknown[][]>((lists, name) => lists.flatMap((list) => (samples[name] ?? ['Beispiel']).map((value) => [...list, value])), [[]]);
}

function outputs(fn: (...args: unknown[]) => unknown): string[] {
  return argumentLists(parameters(fn)).map((args) => String(fn(...args)));
}

/** `…ForBoth`: one text written to be Leichte Sprache and good standard German at once (no register known). */
function isEasyKey(key: string): boolean {
  return key === 'easy' || key.endsWith('Easy') || key.endsWith('ForBoth') || key === 'easySwitchedOn';
}

function walk(value: unknown, where: string, inEasy: boolean, out: Catalogue): void {
  if (notForReading.test(where)) return;
  if (typeof value === 'string') {
    (inEasy ? out.easy : out.standardOnly).push({ where, text: value });
    return;
  }
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const easy = inEasy || parameters(fn).includes('easy');
    for (const text of outputs(fn)) (easy ? out.easy : out.standardOnly).push({ where, text });
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const entries = Object.entries(value);
  const keys = new Set(entries.map(([k]) => k));
  for (const [key, child] of entries) {
    // "full" next to "fullEasy", "confirmed" next to "confirmedEasy", "calendar" next to "calendarForBoth": complete.
    if (!inEasy && !isEasyKey(key) && (keys.has(`${key}Easy`) || keys.has(`${key}ForBoth`))) {
      walk(child, `${where}.${key}`, false, { easy: [], standardOnly: [] });
      continue;
    }
    // {normal, easy}: the normal form is complete because the easy one sits next to it.
    if (key === 'normal' && keys.has('easy')) continue;
    // "easySwitchedOff" is what the bot says when it leaves Leichte Sprache: standard German on purpose.
    if (key === 'easySwitchedOff' || key === 'easyOn' || key === 'easyOff') continue;
    walk(child, `${where}.${key}`, inEasy || isEasyKey(key), out);
  }
}

/** The text modules' easy texts and the texts that have no easy form. */
export function moduleTexts(): Catalogue {
  const out: Catalogue = { easy: [], standardOnly: [] };
  for (const [name, value] of Object.entries(modules)) walk(value, name, false, out);
  return out;
}

/** The Leichte-Sprache texts of the knowledge: FAQ questions and answers, role names and seminar summaries. */
export function knowledgeTexts(knowledge: Knowledge): Text[] {
  return [
    ...knowledge.faq.map((f) => ({ where: `knowledge/faq ${f.id}.questionEasy`, text: f.questionEasy })),
    ...knowledge.faq.map((f) => ({ where: `knowledge/faq ${f.id}.answerEasy`, text: f.answerEasy })),
    ...knowledge.roles.map((r) => ({ where: `knowledge/roles.yaml ${r.id}.nameEasy`, text: r.nameEasy })),
    ...knowledge.seminars.flatMap((s) => (s.summaryEasy ? [{ where: `knowledge/seminars ${s.id}.summaryEasy`, text: s.summaryEasy }] : [])),
  ];
}
