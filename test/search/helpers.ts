// Shared for the search tests: the shipped knowledge base, loaded once per test file.
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';

export const SHIPPED = join(import.meta.dirname, '../../knowledge');
export const NOW = new Date('2026-06-01T10:00:00Z');

export async function shippedKnowledge(): Promise<Knowledge> {
  const result = await loadKnowledge(SHIPPED, NOW);
  if (!result.knowledge) throw new Error('knowledge/ does not load');
  return result.knowledge;
}
