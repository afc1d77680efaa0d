// Where analytics lives: one folder (or Blob prefix) per Berlin day, holding per instance a JSON-lines
// file of scrubbed questions and a JSON file of its counters. Deleting a day deletes everything of it.
import { appendFile, mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { daySchema, dayCountsSchema, questionRecordSchema, type DayCounts, type QuestionRecord } from './records.js';

export interface AnalyticsStore {
  /** Where the data is, for the operator's log line (no secrets). */
  readonly location: string;
  appendQuestions(day: string, instance: string, records: QuestionRecord[]): Promise<void>;
  /** Replaces this instance's counters of the day (each instance owns its own file: no lost updates). */
  writeCounts(day: string, instance: string, counts: DayCounts): Promise<void>;
  /** Days stored, oldest first. */
  days(): Promise<string[]>;
  readDay(day: string): Promise<{ questions: QuestionRecord[]; counts: DayCounts[] }>;
  deleteDay(day: string): Promise<void>;
}

const INSTANCE = /^[a-z0-9]{1,40}$/;

export function checkInstance(instance: string): string {
  if (!INSTANCE.test(instance)) throw new RangeError('instance id: 1–40 lower-case letters and digits');
  return instance;
}

/** Parses stored lines; a damaged line is skipped, not fatal (the report shows what is readable). */
export function parseQuestions(text: string): QuestionRecord[] {
  const out: QuestionRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = questionRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // a torn last line after a crash
    }
  }
  return out;
}

export function parseCounts(text: string): DayCounts | undefined {
  try {
    const parsed = dayCountsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class FileAnalyticsStore implements AnalyticsStore {
  readonly location: string;

  constructor(private readonly dir: string) {
    this.location = dir;
  }

  async appendQuestions(day: string, instance: string, records: QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    const folder = await this.dayDir(day);
    await appendFile(join(folder, `questions-${checkInstance(instance)}.jsonl`), records.map((r) => `${JSON.stringify(r)}\n`).join(''), { mode: 0o600 });
  }

  async writeCounts(day: string, instance: string, counts: DayCounts): Promise<void> {
    const folder = await this.dayDir(day);
    const file = join(folder, `counts-${checkInstance(instance)}.json`);
    // Write-then-rename: a crash mid-write leaves the previous version, never half a file.
    await writeFile(`${file}.tmp`, JSON.stringify(counts), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }

  async days(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => daySchema.safeParse(n).success).sort();
  }

  async readDay(day: string): Promise<{ questions: QuestionRecord[]; counts: DayCounts[] }> {
    const folder = join(this.dir, daySchema.parse(day));
    const names = await readdir(folder).catch(() => [] as string[]);
    const questions: QuestionRecord[] = [];
    const counts: DayCounts[] = [];
    for (const name of names.sort()) {
      if (/^questions-[a-z0-9]+\.jsonl$/.test(name)) questions.push(...parseQuestions(await readFile(join(folder, name), 'utf8')));
      if (/^counts-[a-z0-9]+\.json$/.test(name)) {
        const parsed = parseCounts(await readFile(join(folder, name), 'utf8'));
        if (parsed) counts.push(parsed);
      }
    }
    return { questions, counts };
  }

  async deleteDay(day: string): Promise<void> {
    await rm(join(this.dir, daySchema.parse(day)), { recursive: true, force: true });
  }

  private async dayDir(day: string): Promise<string> {
    const folder = join(this.dir, daySchema.parse(day));
    await mkdir(folder, { recursive: true, mode: 0o700 });
    return folder;
  }
}
