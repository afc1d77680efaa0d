import { freshMemory } from './src/assistant/memory.js';
import { respond } from './src/assistant/respond.js';
import { buildSearchIndex } from './src/search/index.js';
import { loadShippedKnowledge, EVAL_NOW } from './test/eval/evaluate.js';
const k = await loadShippedKnowledge();
const s = buildSearchIndex(k);
const qs = (await import('node:fs')).readFileSync(process.argv[2] ?? 'probe.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
for (const q of qs) {
  const r = await respond(freshMemory(), { text: q, cards: true }, { knowledge: k, search: s, now: EVAL_NOW });
  const t = r.trace;
  const f = t.lookup ? ` [${[...t.lookup.topics, ...t.lookup.formats, ...t.lookup.cities, t.lookup.from ? t.lookup.from.slice(0, 10) + '..' + (t.lookup.to ?? '').slice(0, 10) : ''].join(' ')}]` : '';
  console.log(`${q}\n    → ${t.decision} ${(t.answeredIds ?? [t.answeredId ?? '']).join(',')}${f} ${t.decision === 'didYouMean' ? t.candidates.map((c) => c.id).join(',') : ''}`);
}
