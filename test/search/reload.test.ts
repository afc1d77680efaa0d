// Hot reload with the real store: a knowledge folder that breaks keeps the last good index serving.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledgeStore } from '../../src/knowledge/store.js';
import { loadInWorker, sourceWorkerScript } from '../../src/knowledge/worker.js';
import { buildSearchIndex, buildSearchIndexInSlices, type SearchIndex } from '../../src/search/index.js';
import { generateCatalogue } from '../bench/catalogue.js';
import { NOW, SHIPPED, shippedKnowledge } from './helpers.js';

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
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: (k) => buildSearchIndex(k), logger, now: () => NOW });

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
    // The reload read the files in its worker thread (a failing worker falls back and says so).
    expect(lines.filter((l) => String(l.msg).startsWith('knowledge worker failed'))).toEqual([]);
  });

  it('serves the new index once the file is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger } = logSink();
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: (k) => buildSearchIndex(k), logger, now: () => NOW });
    await store.reload();
    const faq = join(dir, 'faq/basis.yaml');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace('Was kosten die Seminare?', 'Was kosten die Seminare und Exkursionen?'));
    expect(await store.reload()).toBe(true);
    expect(store.current()?.generation).toBe(2);
    expect(store.current()?.index.search('Exkursionen')[0]?.id).toBe('kosten');
  });

  it('keeps answering from the current knowledge and index while the next ones build, then swaps both at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger } = logSink();
    let release: () => void = () => undefined;
    let gate: Promise<void> = Promise.resolve();
    const store = createKnowledgeStore<SearchIndex>({
      dir,
      buildIndex: async (knowledge) => {
        await gate;
        return buildSearchIndexInSlices(knowledge);
      },
      logger,
      now: () => NOW,
    });
    await store.reload();
    const first = store.current();

    const faq = join(dir, 'faq/basis.yaml');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace('Was kosten die Seminare?', 'Was kosten die Seminare und Exkursionen?'));
    gate = new Promise((resolve) => (release = resolve));
    const reloading = store.reload();
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Mid-reload: the old pair, whole.
    expect(store.current()).toBe(first);
    expect(store.current()?.knowledge.faq.find((f) => f.id === 'kosten')?.question).toBe('Was kosten die Seminare?');
    expect(store.current()?.index.search('Exkursionen')).toEqual([]);

    release();
    expect(await reloading).toBe(true);
    const second = store.current();
    expect(second?.generation).toBe(2);
    expect(second?.knowledge.faq.find((f) => f.id === 'kosten')?.question).toBe('Was kosten die Seminare und Exkursionen?');
    expect(second?.index.search('Exkursionen')[0]?.id).toBe('kosten');
  });

  it('serves the first load it is given, read in a worker before the store existed (as main.ts starts it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger, lines } = logSink();
    // The worker reads the shipped knowledge, the store's folder is the mini one: what serves shows which was read.
    const firstLoad = loadInWorker(sourceWorkerScript, SHIPPED, NOW);
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: (k) => buildSearchIndex(k), logger, now: () => NOW, firstLoad });
    expect(await store.reload()).toBe(true);
    expect(store.current()?.knowledge.seminars.length).toBe((await shippedKnowledge()).seminars.length);
    expect(lines.filter((l) => String(l.msg).startsWith('knowledge worker failed'))).toEqual([]);
    // Only the first load: the next one reads the store's own folder.
    expect(await store.reload()).toBe(true);
    expect(store.current()?.knowledge.faq.map((f) => f.id)).toContain('kosten');
    expect(store.current()?.knowledge.seminars.length).not.toBe((await shippedKnowledge()).seminars.length);
  });

  it('reads the files itself, and says so, when the worker of the first load fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger, lines } = logSink();
    const firstLoad = loadInWorker(new URL('./no-such-worker.js', sourceWorkerScript), dir, NOW);
    const store = createKnowledgeStore<SearchIndex>({ dir, buildIndex: (k) => buildSearchIndex(k), logger, now: () => NOW, firstLoad });
    expect(await store.reload()).toBe(true);
    expect(store.current()?.index.search('Was kostet ein Seminar?')[0]?.id).toBe('kosten');
    expect(lines.filter((l) => String(l.msg).startsWith('knowledge worker failed'))).toHaveLength(1);
  });

  it('keeps the last good index when building the next one fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ip-search-reload-'));
    dirs.push(dir);
    cpSync(MINI, dir, { recursive: true });
    const { logger, lines } = logSink();
    let fail = false;
    const store = createKnowledgeStore<SearchIndex>({
      dir,
      buildIndex: (knowledge) => (fail ? Promise.reject(new Error('out of memory')) : buildSearchIndexInSlices(knowledge)),
      logger,
      now: () => NOW,
    });
    await store.reload();
    const first = store.current();
    fail = true;
    expect(await store.reload()).toBe(false);
    expect(store.current()).toBe(first);
    expect(store.current()?.index.search('Was kostet ein Seminar?')[0]?.id).toBe('kosten');
    expect(lines.some((l) => l.msg === 'knowledge reload failed')).toBe(true);
  });
});

describe('building the index in slices', () => {
  it('gives the event loop back while it builds a large catalogue, and ranks exactly like a build in one go', async () => {
    const shipped = await shippedKnowledge();
    const large = generateCatalogue(shipped, 300, 300);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const sliced = await buildSearchIndexInSlices(large, { sliceMs: 2 });
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(1);

    const whole = buildSearchIndex(large);
    for (const question of ['Was kostet ein Seminar?', 'Online-Seminare im März', 'Fördermittel beantragen', 'Barrierefreiheit Leichte Sprache']) {
      expect(sliced.search(question)).toEqual(whole.search(question));
    }
  });
});
