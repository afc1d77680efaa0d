import { beforeAll, describe, expect, it } from 'vitest';
import { ownSentences, rankMentions, recognizeRole, recognizeRoles, roleChangeIntent, roleMentions } from '../../src/assistant/roles.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { loadShippedKnowledge } from '../eval/evaluate.js';
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

describe('role words in compounds and typos (shipped knowledge)', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadShippedKnowledge();
  });
  const cases: Array<[string, string]> = [
    // A generic head ("…referentin", "…sachbearbeiter") leaves the field to the first part.
    ['Pressearbeitsreferentin', 'oeffentlichkeitsarbeit'],
    ['Fördermittelsachbearbeiterin', 'antragstellung'],
    ['Haushaltssachbearbeiter', 'finanzen'],
    // A person word at the start of a compound that ends like a person ("…mitglied").
    ['Projektleitungsmitglied', 'projektleitung'],
    // A role word at the end of a long compound.
    ['Kreisnetzwerkkoordinatorin', 'netzwerkkoordination'],
    // A typo of a role word that names no topic.
    ['Projektleitrin', 'projektleitung'],
  ];
  it.each(cases)('reads "%s" as %s', (text, roleId) => {
    expect(recognizeRole(text, knowledge)?.id).toBe(roleId);
  });

  it('marks a typo of a word that is also a topic as possibly the topic', () => {
    const [mention] = roleMentions('antragstelung', knowledge);
    expect(mention?.value).toBe('antragstellung');
    expect(mention?.near).toBe('topic');
  });
});

describe('which mention says the writer\'s own role', () => {
  const ranked = (text: string, knowledge: Knowledge) => {
    const u = readUtterance(text);
    return rankMentions(roleMentions(u.folded, knowledge), u.text, u.folded).map((m) => m.value);
  };
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadShippedKnowledge();
  });

  it('a role in the writer\'s own sentence comes before someone else named later', () => {
    expect(ranked('Ich leite die Pressestelle. Die Oberbürgermeisterin möchte mehr Sichtbarkeit.', knowledge)[0]).toBe('oeffentlichkeitsarbeit');
  });

  it('the people the work is for come after the writer\'s job', () => {
    expect(ranked('Als Ergotherapeutin arbeite ich mit Menschen mit Behinderung.', knowledge)[0]).toBe('soziale-arbeit');
  });

  it('the people someone accompanies are not the writer\'s role', () => {
    expect(ranked('Ich bin Ergotherapeutin und begleite unsere Selbstvertreter*innen.', knowledge)[0]).toBe('soziale-arbeit');
  });

  it('a person of one trade comes before the workplace', () => {
    expect(ranked('Ich bin Buchhalterin bei einem Wohlfahrtsverband.', knowledge)[0]).toBe('finanzen');
  });

  it('a title that only says someone works in an administration comes after the field named beside it', () => {
    expect(ranked('Ich bin Verwaltungsfachangestellte im Zuwendungsmanagement.', knowledge)[0]).toBe('antragstellung');
    expect(ranked('Ich bin Verwaltungsfachangestellte.', knowledge)).toEqual(['verwaltung']);
  });

  it('a field said to be one\'s task comes before the workplace ("Meine Aufgabe im Rathaus ist jetzt …", "Working in … for the Stadtverwaltung")', () => {
    expect(ranked('Meine Aufgabe im Rathaus ist jetzt Öffentlichkeitsarbeit.', knowledge)[0]).toBe('oeffentlichkeitsarbeit');
    expect(ranked('Working in Öffentlichkeitsarbeit for the Stadtverwaltung', knowledge)[0]).toBe('oeffentlichkeitsarbeit');
  });

  it('finds the writer\'s own sentences also when the folded text has a misspelt word written right', () => {
    const text = 'Die Leute haben ganz andere Hintergründe. Ich leite das Team.';
    // The reading of a turn writes "hintergruende" as the knowledge's "hintergrund": one word for one.
    const folded = 'die leute haben ganz andere hintergrund ich leite das team';
    expect(ownSentences(text, folded).map(([a, b]) => folded.slice(a, b))).toEqual(['ich leite das team']);
    // Words that do not add up to the whole: no sentence can be told from another.
    expect(ownSentences(text, 'ich leite das team')).toEqual([]);
  });

  it('leading a unit of a field is working in that field; leading alone stays leading', () => {
    expect(ranked('Ich bin Sachgebietsleitung Öffentlichkeitsarbeit.', knowledge)[0]).toBe('oeffentlichkeitsarbeit');
    expect(ranked('Ich bin Amtsleiterin im Sozialamt.', knowledge)[0]).toBe('leitung-politik');
  });
});
