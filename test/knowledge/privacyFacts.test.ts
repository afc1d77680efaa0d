// What the bot says about the data it keeps is a fact of its configuration: the FAQ on data and the privacy page
// name the default periods, so changing a default without changing the texts fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';

const REPO = join(import.meta.dirname, '../..');

describe('the texts on stored data name the configured periods', async () => {
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error(parsed.message);
  const { state, analytics } = parsed.config;
  const knowledge = await loadShippedKnowledge();
  const faq = knowledge.faq.find((entry) => entry.id === 'datenschutz');
  const page = readFileSync(join(REPO, 'src/web/datenschutz.html'), 'utf8');

  it('the defaults are the ones the texts were written for', () => {
    expect(state.ttlMs).toBe(24 * 3_600_000);
    expect(analytics.retentionDays).toBe(90);
  });

  it.each([
    ['the FAQ answer', () => faq?.answer ?? ''],
    ['the FAQ answer in Leichte Sprache', () => faq?.answerEasy ?? ''],
    ['the privacy page', () => page],
  ])('%s says the conversation is kept a day and unanswered questions 90 days', (_, text) => {
    expect(text()).toMatch(/einen Tag|einem Tag/);
    expect(text()).toContain('90 Tage');
  });
});
