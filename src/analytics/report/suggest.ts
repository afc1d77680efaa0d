// For each group of unanswered questions: the FAQ entry it came closest to, and a YAML snippet the
// education team can paste — new alternative phrasings for that entry, or the start of a new entry.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import type { FaqEntry, Knowledge } from '../../knowledge/schema.js';
import { fold, words } from '../../search/analysis.js';
import type { SearchIndex } from '../../search/index.js';
import { cleanWording, type QuestionCluster } from './cluster.js';

/** From this search score on, the questions are read as another way to ask an existing FAQ. */
export const ALTERNATIVE_SCORE = 0.7;

export type Suggestion =
  | { kind: 'alternative'; faqId: string; question: string; file: string; score: number; yaml: string }
  | { kind: 'new'; closest?: { faqId: string; question: string; score: number }; yaml: string };

/** FAQ id → the file it is written in ("knowledge/faq/programm.yaml"), read from the YAML itself. */
export async function faqFiles(knowledgeDir: string, cwd = process.cwd()): Promise<Map<string, string>> {
  const dir = join(knowledgeDir, 'faq');
  const out = new Map<string, string>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    try {
      const data: unknown = parse(await readFile(join(dir, name), 'utf8'));
      if (!Array.isArray(data)) continue;
      for (const entry of data) {
        const id = (entry as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && !out.has(id)) out.set(id, relative(cwd, join(dir, name)) || name);
      }
    } catch {
      // A broken file is knowledge:check's business; the report names no file then.
    }
  }
  return out;
}

const PLACEHOLDER = /\[(?:E-Mail|Link|IBAN|Telefon|Zahl|Name|Anfragenummer)\]/;

export function suggestFor(cluster: QuestionCluster, knowledge: Knowledge, search: SearchIndex, files: Map<string, string>): Suggestion {
  // Ask today's search (the knowledge may have changed since), weighted by how often each wording came.
  const scores = new Map<string, number>();
  for (const w of cluster.wordings) {
    const hit = search.search(cleanWording(w.text), { kinds: ['faq'], limit: 1 })[0];
    if (hit) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score * w.count);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const entry = top ? knowledge.faq.find((f) => f.id === top[0]) : undefined;
  const score = top ? top[1] / cluster.total : 0;
  const phrasings = newPhrasings(cluster, entry);

  if (entry && score >= ALTERNATIVE_SCORE && phrasings.length > 0) {
    const file = files.get(entry.id) ?? 'knowledge/faq/…';
    const yaml = [`# ${file} – Eintrag "${entry.id}" (${entry.question})`, '# Diese Zeilen unter "alternatives:" einfügen:', ...phrasings.map((p) => indent(stringify([p]), 4))].join('\n');
    return { kind: 'alternative', faqId: entry.id, question: entry.question, file, score: round(score), yaml };
  }
  const draft = {
    id: newId(cluster.label, knowledge.faq),
    question: phrasings[0] ?? cleanWording(cluster.label),
    alternatives: phrasings.slice(1, 6),
    answer: 'TODO: Antwort – nur belegte Fakten, sonst Verweis auf kommune-inklusiv@aktion-mensch.de',
    answerEasy: 'TODO: dieselbe Antwort in Leichter Sprache',
    tags: [],
    related: entry ? [entry.id] : [],
    source: 'TODO: Quelle',
  };
  const yaml = ['# Neuer Eintrag für eine Datei in knowledge/faq/ (mindestens 3 alternative Formulierungen):', stringify([draft], { lineWidth: 0 }).trimEnd()].join('\n');
  return { kind: 'new', ...(entry ? { closest: { faqId: entry.id, question: entry.question, score: round(score) } } : {}), yaml };
}

/** The cluster's wordings that the entry does not have yet, without placeholders, most frequent first. */
function newPhrasings(cluster: QuestionCluster, entry: FaqEntry | undefined): string[] {
  const known = new Set(entry ? [entry.question, ...entry.alternatives].map(key) : []);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of cluster.wordings) {
    const text = cleanWording(w.text);
    const k = key(text);
    // What is left around removed personal data ("Schreiben Sie an [E-Mail]") is rarely a question of its own.
    const tooLittleLeft = PLACEHOLDER.test(w.text) && words(text).length < 2;
    if (PLACEHOLDER.test(text) || known.has(k) || seen.has(k) || words(text).length === 0 || tooLittleLeft) continue;
    seen.add(k);
    out.push(text);
  }
  return out.slice(0, 8);
}

function key(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function newId(label: string, faq: FaqEntry[]): string {
  const base =
    words(cleanWording(label))
      .map((w) => w.text.replace(/[^a-z0-9]/g, ''))
      .filter((w) => w.length > 0)
      .slice(0, 3)
      .join('-') || 'neue-frage';
  const ids = new Set(faq.map((f) => f.id));
  let id = base;
  for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
  return id;
}

function indent(text: string, spaces: number): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
