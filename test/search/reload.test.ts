// Hot reload with the real store: a knowledge folder that breaks keeps the last good index serving.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledgeStore } from '../../src/knowledge/store.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { NOW } from './helpers.js';

const MINI = join(import.meta.dirname, '../fixtures/kb-mini');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logSink(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('reloading the knowledge base', () => {
  it('keeps the last good index answering when a YAML file breaks, and logs where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger, lines } = logSink();
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: buildSearchIndex, logger, now: () => NOW });

    expect(await store.reload()).toBe(true);
    const first = store.current();
    const answer = (index: SearchIndex | undefined) => {
      const d = index?.decide('Was kostet ein Seminar?');
      return d?.kind === 'answer' ? d.hit.id : d?.kind;
    };
    expect(answer(first?.index)).toBe('kosten');

    const faq = join(dir, 'faq/basis.yaml');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace('  tags: [kosten]', '  tags: [kosten'));
    expect(await store.reload()).toBe(false);

    expect(store.current()?.generation).toBe(first?.generation);
    expect(store.current()?.index).toBe(first?.index);
    expect(answer(store.current()?.index)).toBe('kosten');
    const problems = lines.filter((l) => l.msg === 'knowledge problem').map((l) => String(l.problem));
    expect(problems.some((p) => /faq\/basis\.yaml:\d+/.test(p))).toBe(true);
  });

  it('serves the new index once the file is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger } = logSink();
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: buildSearchIndex, logger, now: () => NOW });
    await store.reload();
    const faq = join(dir, 'faq/basis.yaml');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace('Was kosten die Seminare?', 'Was kosten die Seminare und Exkursionen?'));
    expect(await store.reload()).toBe(true);
    expect(store.current()?.generation).toBe(2);
    expect(store.current()?.index.search('Exkursionen')[0]?.id).toBe('kosten');
  });
});
