import { describe, expect, it } from 'vitest';
import { roleActivities } from '../../src/assistant/roles.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { fixtureKnowledge } from '../fixtures/knowledge.js';

// The fixture's roles with the activities of two of them, as an editor would write them in roles.yaml.
const activities: Record<string, string[]> = {
  netzwerkkoordination: ['Netzwerk koordinieren', 'Netzwerk zusammenhalten', 'Netzwerk aufbauen'],
  projektleitung: ['Projekt leiten', 'lead project'],
};
const knowledge: Knowledge = { ...fixtureKnowledge, roles: fixtureKnowledge.roles.map((r) => ({ ...r, activities: activities[r.id] ?? [] })) };

describe('a role from what the person does (roles.yaml → activities)', () => {
  it.each([
    ['Ich koordiniere das Netzwerk in unserer Stadt.', 'netzwerkkoordination'],
    ['bin die Neue, die das Netzwerk koordinieren soll', 'netzwerkkoordination'],
    // A separable verb, written apart in the sentence.
    ['Ich halte bei uns das Netzwerk zusammen', 'netzwerkkoordination'],
    ['Ich baue gerade ein Netzwerk für Inklusion auf', 'netzwerkkoordination'],
    ['Ich leite ein kleines Inklusionsprojekt', 'projektleitung'],
    ['Wir leiten seit März das Projekt', 'projektleitung'],
    ['I lead a project on inclusion.', 'projektleitung'],
  ])('reads "%s" as %s', (text, roleId) => {
    expect(roleActivities(text, knowledge).map((r) => r.id)).toEqual([roleId]);
  });

  it.each([
    // Nobody says it is their work.
    'Seminare zum Thema Netzwerk koordinieren',
    'Wie koordiniert man ein Netzwerk?',
    // A question asks about the activity.
    'Wo leite ich das Projekt weiter?',
    'Lerne ich dort, ein Projekt zu leiten',
    // The words are far apart: the planning is of something else.
    'Im Rahmen unserer Beteiligung an einem Projekt möchten wir die Qualifizierung der Kolleg*innen frühzeitig leiten',
    // A relative clause tells what a thing the writer names does: the writer leads the Kita, the Kita takes part.
    'Ich leite eine Kita, die im Projekt mitmacht',
    'Wir unterstützen einen Verein, der das Netzwerk koordiniert',
  ])('reads no role in "%s"', (text) => {
    expect(roleActivities(text, knowledge)).toEqual([]);
  });
});
