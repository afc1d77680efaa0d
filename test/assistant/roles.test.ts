import { describe, expect, it } from 'vitest';
import { recognizeRole, recognizeRoles, roleChangeIntent } from '../../src/assistant/roles.js';
import { fixtureKnowledge } from '../fixtures/knowledge.js';

describe('role recognition', () => {
  const cases: Array<[string, string]> = [
    ['Ich bin Netzwerkkoordinatorin, was passt zu mir?', 'netzwerkkoordination'],
    ['Netzwerkkoordinator*in', 'netzwerkkoordination'],
    ['Ich bin Koordinator:in im Projekt', 'netzwerkkoordination'],
    ['KoordinatorIn', 'netzwerkkoordination'],
    ['wir sind Koordinator_innen', 'netzwerkkoordination'],
    ['Wir Koordinatorinnen möchten uns fortbilden', 'netzwerkkoordination'],
    ['ich bin Netzwerk-Koordinatorin', 'netzwerkkoordination'],
    ['NETZWERKKOORDINATORIN!!!', 'netzwerkkoordination'],
    ['Was empfehlen Sie für die Verwaltung?', 'verwaltung'],
    ['ich bin im Rathaus', 'verwaltung'],
    ['Ich arbeite in der Bezirksverwaltung', 'verwaltung'],
    ['Ich mache Pressearbeit', 'oeffentlichkeitsarbeit'],
    ['Ich mache Oeffentlichkeitsarbeit', 'oeffentlichkeitsarbeit'],
    ['ich mache offentlichkeitsarbeit', 'oeffentlichkeitsarbeit'],
    ['Ich bin Social Media Managerin', 'oeffentlichkeitsarbeit'],
    ['Ich bin Ehrenamtliche', 'ehrenamt'],
    ['bei uns machen das die Ehrenamtlichen', 'ehrenamt'],
    ['Ich bin Projektleiterin', 'projektleitung'],
    ['Ich bin Projektkoordinatorin', 'projektleitung'],
    ['Ich bin Bürgermeisterin', 'leitung-politik'],
    ['Ich bin Buergermeister', 'leitung-politik'],
    ['Ich bin Selbstvertreter*in', 'selbstvertretung'],
    ['als Referentin', 'referentinnen'],
    ['Ich bin Sozialarbeiterin', 'soziale-arbeit'],
    ['Ich kümmere mich um die Kämmerei', 'finanzen'],
    ['Ich bin für Fundraising zuständig', 'antragstellung'],
  ];
  it.each(cases)('recognises "%s" as %s', (text, roleId) => {
    expect(recognizeRole(text, fixtureKnowledge)?.id).toBe(roleId);
  });

  it('prefers the most specific phrase: "Projektleitung" is not "Leitung"', () => {
    expect(recognizeRole('Ich habe die Projektleitung', fixtureKnowledge)?.id).toBe('projektleitung');
    expect(recognizeRole('Ich bin in der Leitung', fixtureKnowledge)?.id).toBe('leitung-politik');
  });

  it('does not find roles inside unrelated words', () => {
    for (const text of ['Wie komme ich zur Krankenkasse?', 'Prachtvolle Pracht', 'Wann ist die Praxisphase?', 'Welche Fortbildung passt zu mir?', 'Wo ist die Wasserleitung?']) {
      expect(recognizeRole(text, fixtureKnowledge), text).toBeUndefined();
    }
  });

  it('ignores a role the person says they do not have', () => {
    expect(recognizeRole('Ich bin doch nicht Koordinatorin, sondern in der Verwaltung', fixtureKnowledge)?.id).toBe('verwaltung');
  });

  it('lists several roles, most specific first', () => {
    expect(recognizeRoles('Ich bin Netzwerkkoordinatorin und mache auch Pressearbeit', fixtureKnowledge).map((r) => r.id)).toEqual(['netzwerkkoordination', 'oeffentlichkeitsarbeit']);
  });
});

describe('role change', () => {
  it.each(['Ich bin doch in der Verwaltung', 'Eigentlich bin ich Projektleiterin', 'Andere Rolle', 'Ich möchte meine Rolle ändern', 'Nicht Koordinatorin, sondern Verwaltung', 'Ich bin jetzt in der Pressearbeit'])(
    'hears a change of role in "%s"',
    (text) => {
      expect(roleChangeIntent(text)).toBe(true);
    },
  );

  it.each(['Ich bin Netzwerkkoordinatorin', 'Was gibt es zu Öffentlichkeitsarbeit?', 'Online-Seminare im März'])('hears no change of role in "%s"', (text) => {
    expect(roleChangeIntent(text)).toBe(false);
  });
});
