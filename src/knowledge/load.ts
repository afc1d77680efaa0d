// Loads knowledge/ (FAQ, seminars, roles, synonyms) from YAML, validates it with the zod schemas
// and cross-checks references. Never throws for bad content: every problem comes back as
// `file:line:column: message`, so the education team can fix all of them in one go.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { CacheOutcome } from '../assistant/understand/modelCache.js';
import { berlinLocalToUtc } from './time.js';
import {
  exampleKinds,
  TOPIC_LABEL,
  ROLE_LABEL,
  examplesFileSchema,
  faqFileSchema,
  rolesFileSchema,
  seminarFileSchema,
  synonymsFileSchema,
  type Example,
  type FaqEntry,
  type Knowledge,
  type Role,
  type Seminar,
  type Topic,
} from './schema.js';

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface LoadResult {
  /** Present only when there are no errors (warnings are fine). */
  knowledge?: Knowledge;
  problems: Problem[];
  /**
   * Loaded by the knowledge worker (worker.ts): the classifier of the example messages it reads from the model cache or
   * trains after sending the knowledge, as plain data (model undefined when it did not). The main thread builds the
   * search index meanwhile.
   */
  examplesModel?: Promise<ArrivingModel>;
}

/** The worker's classifier of the examples (unchecked plain data) and what became of the model cache (modelCache.ts). */
export interface ArrivingModel {
  model: unknown;
  cache?: CacheOutcome;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;
type Path = ReadonlyArray<string | number>;

/** One parsed YAML file: its data and a way to point at a place in it. */
interface Parsed<T> {
  data: T;
  at(path: Path, severity: Problem['severity'], message: string): Problem;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'error' ? 'Fehler' : 'Warnung'}: ${p.message}`;
}

export async function loadKnowledge(dir: string, now: Date): Promise<LoadResult> {
  const problems: Problem[] = [];
  const display = (file: string) => relative(process.cwd(), file) || file;

  async function parseFile<S extends z.ZodType>(file: string, schema: S, quick?: (source: string) => QuickList | undefined): Promise<Parsed<z.infer<S>> | undefined> {
    const name = display(file);
    let source: string;
    try {
      const info = await stat(file);
      if (info.size > MAX_FILE_BYTES) {
        problems.push({ file: name, line: 1, column: 1, severity: 'error', message: `Datei ist zu groß (${info.size} Bytes, höchstens ${MAX_FILE_BYTES})` });
        return undefined;
      }
      source = await readFile(file, 'utf8');
    } catch {
      problems.push({ file: name, line: 1, column: 1, severity: 'error', message: 'Datei fehlt oder ist nicht lesbar' });
      return undefined;
    }
    // A long list in the one simple form its generator writes is read line by line (the YAML parser took ~250 ms for
    // 3,400 example messages, and ~0.5 s of CPU at each start for 7,100); anything else, and any content the schema
    // refuses, is read and reported as YAML.
    const list = quick?.(source);
    if (list !== undefined) {
      const result = schema.safeParse(list.items);
      if (result.success) {
        const at = (path: Path, severity: Problem['severity'], message: string): Problem => {
          const item = typeof path[0] === 'number' ? list.at[path[0]] : undefined;
          return { file: name, line: item?.line ?? 1, column: item?.column ?? 1, severity, message };
        };
        return { data: result.data, at };
      }
    }
    // Read first by the quicker parser (js-yaml: ~50–80 ms instead of ~275 ms for the shipped FAQ, seminars and roles in a
    // fresh process — on the way to /healthz 200, docs/performance.md). What it throws on (an alias, a duplicate key,
    // several documents, an unknown tag, an empty file) and content the schema refuses are read again by the YAML parser
    // below, which says where the problem is; it also points at the places of later warnings, parsed only then.
    const fast = quickYaml(source);
    if (fast !== undefined) {
      const result = schema.safeParse(fast);
      if (result.success) {
        let read: YamlDocument | undefined;
        const at = pointerInto(name, (path) => {
          read ??= yamlDocument(source);
          return read.position(offsetOf(read.doc, path));
        });
        return { data: result.data, at };
      }
    }
    const { doc, position } = yamlDocument(source);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const { line, col } = position(error.pos[0]);
        problems.push({ file: name, line, column: col, severity: 'error', message: `YAML: ${firstLine(error.message)}` });
      }
      return undefined;
    }
    const at = pointerInto(name, (path) => position(offsetOf(doc, path)));
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      problems.push({ file: name, line: 1, column: 1, severity: 'error', message: `YAML: ${firstLine(String(error))}` });
      return undefined;
    }
    const result = schema.safeParse(raw ?? null);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const where = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        problems.push(at(where, 'error', `${describePath(where)}${issue.message}`));
      }
      return undefined;
    }
    return { data: result.data, at };
  }

  const faqFiles = await yamlFilesIn(join(dir, 'faq'), problems, display);
  const seminarFiles = await yamlFilesIn(join(dir, 'seminars'), problems, display);
  const rolesFile = await parseFile(join(dir, 'roles.yaml'), rolesFileSchema);
  const synonymsFile = await parseFile(join(dir, 'synonyms.yaml'), synonymsFileSchema);
  // Optional: a knowledge without example messages answers by its rules alone. beispiele.yaml holds messages people
  // asked (the eval's dev questions), beispiele-geschrieben.yaml messages written to teach the bot more wordings.
  const examplesFiles = await Promise.all(
    EXAMPLE_FILES.map(async ({ name, written }) => {
      const path = join(dir, name);
      const file = (await exists(path)) ? await parseFile(path, examplesFileSchema, quickExamples) : undefined;
      return file && { file, written };
    }),
  );
  const faqParsed = (await Promise.all(faqFiles.map((f) => parseFile(f, faqFileSchema)))).filter((p) => p !== undefined);
  const seminarParsed = (await Promise.all(seminarFiles.map((f) => parseFile(f, seminarFileSchema)))).filter((p) => p !== undefined);

  // Cross-checks run on whatever parsed, so one bad file does not hide problems in the others.
  const faq = crossCheckFaq(faqParsed, problems);
  const topics = rolesFile?.data.topics ?? [];
  const roles = rolesFile?.data.roles ?? [];
  if (rolesFile) crossCheckRoles(rolesFile, problems);
  const seminars = crossCheckSeminars(seminarParsed, topics, roles, rolesFile !== undefined, now, problems);
  const present = examplesFiles.filter((f) => f !== undefined);
  const examples = present.length > 0 ? present.flatMap(({ file, written }) => crossCheckExamples(file, faq, topics, roles, written, problems)) : undefined;

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  if (problems.some((p) => p.severity === 'error') || !rolesFile || !synonymsFile) return { problems };
  return { knowledge: { faq, seminars, roles, topics, synonyms: synonymsFile.data, ...(examples ? { examples } : {}) }, problems };
}

/** The files of example messages, both optional: asked by people, and written to teach more wordings. */
const EXAMPLE_FILES = [
  { name: 'beispiele.yaml', written: false },
  { name: 'beispiele-geschrieben.yaml', written: true },
] as const;

/** A YAML list read without the YAML parser: its items, and where each starts (line, and column of its first value). */
interface QuickList {
  items: unknown[];
  at: Array<{ line: number; column: number }>;
}

/**
 * One example as `npm run examples` writes it: `- [labels, "message"]`, the message a JSON string (which YAML reads the
 * same). A label may hold a colon between two label characters (`rolle:verwaltung`, `thema:fundraising`), as YAML reads
 * it in a plain scalar; a colon before a space, a comma or the end would make YAML read a mapping, so such a line goes to it.
 */
const QUICK_EXAMPLE = /^- \[([a-z0-9](?:[a-z0-9 -]|:(?=[a-z0-9]))*), ("(?:[^"\\]|\\.)*")\]$/;
/** Plain scalars YAML would read as no string (true, null, numbers): such a label is read by the YAML parser. */
const NOT_A_STRING = /^(?:true|false|null|0x[0-9a-f]+|0o[0-7]+|[-+]?[0-9][0-9 .-]*)$/;

/** knowledge/beispiele.yaml line by line, or undefined when any line is not of the generated form (then YAML reads it). */
export function quickExamples(source: string): QuickList | undefined {
  const items: unknown[] = [];
  const at: QuickList['at'] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || line.startsWith('#')) continue;
    const match = QUICK_EXAMPLE.exec(line);
    const label = match?.[1];
    if (match === null || label === undefined || NOT_A_STRING.test(label)) return undefined;
    let text: unknown;
    try {
      text = JSON.parse(match[2] as string);
    } catch {
      return undefined;
    }
    items.push([label, text]);
    at.push({ line: i + 1, column: 4 });
  }
  return items.length > 0 ? { items, at } : undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The examples whose labels all name a FAQ entry, a kind of answer, a topic (thema:<id>) or a role (rolle:<id>). One
 * that names a FAQ entry no longer there (it was renamed or removed) is left out with a warning: the bot still starts, and says which line to fix.
 */
function crossCheckExamples(file: Parsed<Array<[string, string]>>, faq: FaqEntry[], topics: Topic[], roles: Role[], written: boolean, problems: Problem[]): Example[] {
  const known = new Set<string>([...faq.map((f) => f.id), ...exampleKinds, ...topics.map((t) => `${TOPIC_LABEL}${t.id}`), ...roles.map((r) => `${ROLE_LABEL}${r.id}`)]);
  const kept: Example[] = [];
  file.data.forEach(([labelText, text], i) => {
    const labels = labelText.split(' ');
    const unknown = labels.filter((l) => !known.has(l));
    if (unknown.length > 0) problems.push(file.at([i, 0], 'warning', `unbekannte Antwort "${unknown.join('", "')}" (keine FAQ-id, Art der Antwort, thema:<Themen-id> oder rolle:<Rollen-id>) – das Beispiel wird nicht verwendet`));
    else kept.push(written ? { text, labels, written } : { text, labels });
  });
  for (const kind of exampleKinds) if (faq.some((f) => f.id === kind)) problems.push(file.at([], 'error', `"${kind}" ist eine Art der Antwort und darf keine FAQ-id sein`));
  return kept;
}

async function yamlFilesIn(folder: string, problems: Problem[], display: (f: string) => string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    const files = names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(folder, n));
    if (files.length === 0) problems.push({ file: display(folder), line: 1, column: 1, severity: 'error', message: 'keine .yaml-Dateien gefunden' });
    return files;
  } catch {
    problems.push({ file: display(folder), line: 1, column: 1, severity: 'error', message: 'Ordner fehlt oder ist nicht lesbar' });
    return [];
  }
}

/** Where an id was first seen: its place is worked out only for a duplicate (a file's places need the YAML parser). */
interface FirstSeen {
  file: Parsed<unknown[]>;
  index: number;
}

function firstPlace({ file, index }: FirstSeen): string {
  const { file: name, line } = file.at([index, 'id'], 'error', '');
  return `${name}:${line}`;
}

function crossCheckFaq(files: Parsed<FaqEntry[]>[], problems: Problem[]): FaqEntry[] {
  const seen = new Map<string, FirstSeen>();
  const all: FaqEntry[] = [];
  for (const file of files) {
    file.data.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first) problems.push(file.at([i, 'id'], 'error', `doppelte FAQ-id "${entry.id}" (schon in ${firstPlace(first)})`));
      else seen.set(entry.id, { file, index: i });
      all.push(entry);
    });
  }
  for (const file of files) {
    file.data.forEach((entry, i) => {
      entry.related.forEach((rel, j) => {
        if (!seen.has(rel)) problems.push(file.at([i, 'related', j], 'error', `related: unbekannte FAQ-id "${rel}"`));
        if (rel === entry.id) problems.push(file.at([i, 'related', j], 'error', 'related: ein Eintrag verweist auf sich selbst'));
      });
    });
  }
  return all;
}

function crossCheckRoles(file: Parsed<{ topics: Topic[]; roles: Role[] }>, problems: Problem[]): void {
  const topicIds = new Set<string>();
  file.data.topics.forEach((t, i) => {
    if (topicIds.has(t.id)) problems.push(file.at(['topics', i, 'id'], 'error', `doppelte Themen-id "${t.id}"`));
    topicIds.add(t.id);
  });
  const roleIds = new Set<string>();
  file.data.roles.forEach((r, i) => {
    if (roleIds.has(r.id)) problems.push(file.at(['roles', i, 'id'], 'error', `doppelte Rollen-id "${r.id}"`));
    roleIds.add(r.id);
    r.topics.forEach((t, j) => {
      if (!topicIds.has(t)) problems.push(file.at(['roles', i, 'topics', j], 'error', `unbekanntes Thema "${t}" (nicht in topics)`));
    });
  });
  file.data.roles.forEach((r, i) => {
    r.yieldsTo.forEach((other, j) => {
      if (other === r.id) problems.push(file.at(['roles', i, 'yieldsTo', j], 'error', 'yieldsTo: eine Rolle verweist auf sich selbst'));
      else if (!roleIds.has(other)) problems.push(file.at(['roles', i, 'yieldsTo', j], 'error', `unbekannte Rolle "${other}" (nicht in roles)`));
    });
  });
}

function crossCheckSeminars(
  files: Parsed<Seminar[]>[],
  topics: Topic[],
  roles: Role[],
  haveRoles: boolean,
  now: Date,
  problems: Problem[],
): Seminar[] {
  const topicIds = new Set(topics.map((t) => t.id));
  const roleIds = new Set(roles.map((r) => r.id));
  const seen = new Map<string, FirstSeen>();
  const all: Seminar[] = [];
  for (const file of files) {
    file.data.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first) problems.push(file.at([i, 'id'], 'error', `doppelte Seminar-id "${s.id}" (schon in ${firstPlace(first)})`));
      else seen.set(s.id, { file, index: i });
      if (haveRoles) {
        s.topics.forEach((t, j) => {
          if (!topicIds.has(t)) problems.push(file.at([i, 'topics', j], 'error', `unbekanntes Thema "${t}" (nicht in roles.yaml → topics)`));
        });
        s.targetRoles.forEach((r, j) => {
          if (!roleIds.has(r)) problems.push(file.at([i, 'targetRoles', j], 'error', `unbekannte Rolle "${r}" (nicht in roles.yaml → roles)`));
        });
      }
      s.dates.forEach((d, j) => {
        if (d.end <= d.start) problems.push(file.at([i, 'dates', j, 'end'], 'error', `Ende (${d.end}) liegt nicht nach dem Beginn (${d.start})`));
      });
      const firstStart = [...s.dates].sort((a, b) => a.start.localeCompare(b.start))[0]?.start;
      if (firstStart && s.registrationDeadline > firstStart.slice(0, 10)) {
        problems.push(file.at([i, 'registrationDeadline'], 'error', `Anmeldeschluss (${s.registrationDeadline}) liegt nach dem Seminarbeginn (${firstStart.slice(0, 10)})`));
      }
      const lastEnd = [...s.dates].sort((a, b) => b.end.localeCompare(a.end))[0]?.end;
      if (lastEnd && berlinLocalToUtc(lastEnd) < now) {
        problems.push(file.at([i, 'dates'], 'warning', `Seminar "${s.id}" liegt in der Vergangenheit (${lastEnd.slice(0, 10)}) und wird nicht mehr angeboten`));
      }
      all.push(s);
    });
  }
  return all;
}

/**
 * A YAML source read by js-yaml with YAML 1.2's core schema — what the YAML parser reads from it (the shipped files and
 * edge cases compared in test/knowledge/load.test.ts) — or undefined where it throws: no aliases at all (the YAML
 * parser below expands at most 50), no duplicate keys, one document, no unknown tags, not empty.
 */
export function quickYaml(source: string): unknown {
  try {
    return loadYaml(source, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
}

/** The YAML parser's reading of a source, and the line and column of an offset in it. */
interface YamlDocument {
  doc: Document;
  position(offset: number): { line: number; col: number };
}

function yamlDocument(source: string): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, position: (offset) => lineCounter.linePos(Math.max(0, Math.min(offset, source.length))) };
}

/** A file's problem at a path, placed by `place`. */
function pointerInto(file: string, place: (path: Path) => { line: number; col: number }): Parsed<unknown>['at'] {
  return (path, severity, message) => {
    const { line, col } = place(path);
    return { file, line, column: col, severity, message };
  };
}

/** Start offset of the deepest node that exists along `path` (a missing key points at its parent). */
function offsetOf(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function describePath(path: Path): string {
  if (path.length === 0) return '';
  const parts = path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${p}`)).join('').replace(/^\./, '');
  return `${parts}: `;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
