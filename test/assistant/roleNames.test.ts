// "Für Sie als …" and "Passt zu Ihrer Rolle als …" speak to one person: every role in the shipped
// knowledge has a singular, gender-inclusive name that fits there, and recommendations use it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeminarFilters } from '../../src/assistant/filters.js';
import { recommendSeminars } from '../../src/assistant/recommend.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/schema.js';

const NOW = new Date('2027-01-15T09:00:00Z');
let knowledge: Knowledge;

beforeAll(async () => {
  knowledge = (await loadKnowledge(join(import.meta.dirname, '../../knowledge'), NOW)).knowledge!;
});

// Plural forms that cannot stand after "als" for one person. Adjectival nouns are singular only with
// their ending in the Gender-Stern form ("Verantwortliche*r", "Ehrenamtliche*r").
const PLURAL = /\*innen\b|\b(?:Mitarbeitende|Beschäftigte|Fachkräfte|Führungskräfte|Mitglieder)\b|\b(?:Verantwortliche|Ehrenamtliche|Hauptamtliche|Beauftragte)\b(?!\*r)/;

describe('role names after "als"', () => {
  it('every role has a singular name without a plural form, with the Gender-Stern where a person is named', () => {
    expect(knowledge.roles.length).toBeGreaterThan(0);
    for (const role of knowledge.roles) {
      const sentence = `Für Sie als ${role.nameSingular}`;
      expect(sentence, role.id).not.toMatch(PLURAL);
      expect(role.nameSingular, role.id).not.toBe(role.name);
      // Gender-inclusive: a person's title carries "*in" or "*r"; a neutral word ("Fachkraft") needs none.
      expect(role.nameSingular, role.id).toMatch(/\*(?:in|r)\b|\bFachkraft\b|\bFührungskraft\b/);
    }
  });

  it('reads right in the sentence the person sees: "als Mitarbeiter*in in Finanzen und Buchhaltung"', () => {
    const finanzen = knowledge.roles.find((r) => r.id === 'finanzen')!;
    const result = recommendSeminars(knowledge, { role: finanzen, filters: extractSeminarFilters('', knowledge, NOW) }, NOW);
    const forRole = result.items.filter((r) => r.reasons.some((x) => x.kind === 'role'));
    expect(forRole.length).toBeGreaterThan(0);
    for (const r of forRole) expect(r.reasonText).toContain('Passt zu Ihrer Rolle als Mitarbeiter*in in Finanzen und Buchhaltung');
    expect(result.items.map((r) => r.reasonText).join(' ')).not.toContain('als Mitarbeitende');
  });

  it('every role that a seminar is meant for is named in the singular in its recommendation', () => {
    let checked = 0;
    for (const role of knowledge.roles) {
      const result = recommendSeminars(knowledge, { role, filters: extractSeminarFilters('', knowledge, NOW) }, NOW);
      const reason = result.items.find((r) => r.reasons.some((x) => x.kind === 'role'))?.reasonText;
      if (!reason) continue;
      const named = /als (.+?)(?: und zu| und zum|;)/.exec(reason)?.[1];
      expect(named, `${role.id}: ${reason}`).toBe(role.nameSingular);
      expect(named, role.id).not.toMatch(PLURAL);
      checked++;
    }
    expect(checked).toBe(knowledge.roles.length);
  });
});
