// The follow-up evaluation: its labelled conversations are exactly the frozen, hashed ones, and its judging of a last
// message sees the conversation before it (a follow-up right in context is not right alone).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATIONS_DIR, loadConversations, playConversation, type Conversation } from './conversations.js';
import { loadShippedKnowledge } from './evaluate.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import type { Knowledge } from '../../src/knowledge/schema.js';

const labelled = (split: string) =>
  readdirSync(join(CONVERSATIONS_DIR, split))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));

describe('the follow-up conversations are the frozen ones', () => {
  it('has a dev and a test split, each with conversations', () => {
    expect(loadConversations('dev').length).toBeGreaterThan(0);
    expect(loadConversations('test').length).toBeGreaterThan(0);
  });

  for (const split of ['dev', 'test']) {
    for (const name of labelled(split)) {
      it(`${split}/${name}: the labelled conversations are exactly the lines of frozen/${name}.tsv, whose hash the README names`, () => {
        const tsv = readFileSync(join(CONVERSATIONS_DIR, 'frozen', `${name}.tsv`));
        const hash = createHash('sha256').update(tsv).digest('hex');
        expect(readFileSync(join(CONVERSATIONS_DIR, 'README.md'), 'utf8')).toContain(`${hash}  ${name}.tsv`);
        const file = parse(readFileSync(join(CONVERSATIONS_DIR, split, `${name}.yaml`), 'utf8')) as { source: string; conversations: Conversation[] };
        expect(file.source).toContain(hash);
        const lines = tsv.toString('utf8').split('\n').filter((line) => line !== '');
        expect(file.conversations).toHaveLength(lines.length);
        lines.forEach((line, i) => {
          const [kind, ...turns] = line.split('\t');
          expect(file.conversations[i]).toMatchObject({ kind, turns });
        });
      });
    }
  }
});

describe('judging a follow-up', () => {
  let knowledge: Knowledge;
  let search: SearchIndex;
  beforeAll(async () => {
    knowledge = await loadShippedKnowledge();
    search = buildSearchIndex(knowledge);
  });

  const narrowed: Conversation = { turns: ['Welche Seminare gibt es zur Moderation?', 'Und online?'], kind: 'narrow', expect: { intent: 'lookup', filters: { topic: 'moderation', format: 'online' } } };

  it('judges the last message in the conversation: "Und online?" after a list on moderation narrows it', async () => {
    expect((await playConversation(narrowed, knowledge, search)).verdict).toBe('right');
  });

  it('and the same message alone, with no list before, is not that list', async () => {
    expect((await playConversation(narrowed, knowledge, search, true)).verdict).not.toBe('right');
  });

  it('an enquiry is right only for the seminar the label names', async () => {
    const taking = (id: string): Conversation => ({ turns: ['Netzwerke moderieren', 'Da möchte ich mich anmelden'], kind: 'register', expect: { intent: 'registration', ids: [id] } });
    expect((await playConversation(taking('netzwerke-moderieren-2027-03'), knowledge, search)).verdict).toBe('right');
    expect((await playConversation(taking('inklusiv-moderieren-2027-07'), knowledge, search)).verdict).toBe('wrong');
  });
});
