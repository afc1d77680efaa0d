// Button data (Action.Submit values) is untrusted: parseIntent keeps what the intent schema accepts and
// ignores the rest, and it answers a value that is no object without asking the schema.
import { describe, expect, it } from 'vitest';
import { intentSchema, parseIntent } from '../../src/assistant/intent.js';

describe('button data', () => {
  it.each([undefined, null, 0, 1, '', 'faq', true, false, 10n, Symbol('x'), () => ({ action: 'help' })])('ignores %s, as the schema does', (value) => {
    expect(intentSchema.safeParse(value).success).toBe(false);
    expect(parseIntent(value)).toBeUndefined();
  });

  it.each([
    [{ action: 'help' }, { action: 'help' }],
    [{ action: 'faq', id: 'kosten', extra: 1 }, { action: 'faq', id: 'kosten' }],
    [{ action: 'easy', on: true }, { action: 'easy', on: true }],
  ])('reads %j as %j', (value, intent) => {
    expect(parseIntent(value)).toEqual(intent);
  });

  it.each([[{ action: 'faq' }], [{ action: 'unknown' }], [[]], [{ action: 'easy', on: 'yes' }]])('ignores the object %j the schema refuses', (value) => {
    expect(parseIntent(value)).toBeUndefined();
  });
});
