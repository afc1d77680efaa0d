// Where the example messages overrule the search (src/assistant/understand/interpret.ts): only when far more sure
// (p ≥ 0.6, EXAMPLES_OVERRULE; surer for some rows), and only with an entry the search itself finds among its best five (p ≥ 0.8: any entry). Tested with classifiers that say one fixed thing, so
// that what is checked is the rule, not what the trained model happens to say of a sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshMemory } from '../../src/assistant/memory.js';
import { respond } from '../../src/assistant/respond.js';
import type { ExampleClassifier } from '../../src/assistant/understand/examples.js';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { EVAL_NOW, loadShippedKnowledge } from '../eval/evaluate.js';

let knowledge: Knowledge;
let search: SearchIndex;
beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
  search = buildSearchIndex(knowledge);
});

const saying = (label: string, p: number): ExampleClassifier => ({ classify: () => ({ label, p }), topic: () => undefined, role: () => undefined });
/** Says one fixed thing of the whole message only (its parts are read by the classifier too, and get nothing from this one). */
const sayingOfWhole = (text: string, label: string, p: number): ExampleClassifier => ({
  classify: (u) => ((u as { text?: string }).text === text ? { label, p } : undefined),
  topic: () => undefined,
  role: () => undefined,
});
const silent: ExampleClassifier = { classify: () => undefined, topic: () => undefined, role: () => undefined };
const answer = async (text: string, examples: ExampleClassifier) => (await respond(freshMemory(), { text }, { knowledge, search, now: EVAL_NOW, examples })).trace;

describe('the example messages overruling a sure FAQ answer', () => {
  // The rules alone answer "Was kostet ein Seminar?" with the FAQ on costs; reisekosten is the search's second entry.
  it('turn it into the fallback where they say "no answer here" far more surely', async () => {
    expect(await answer('Was kostet ein Seminar?', silent)).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
    // Over a sure answer of the rules "no answer here" must be surer (p ≥ 0.75) than to overrule otherwise (p ≥ 0.6).
    expect(await answer('Was kostet ein Seminar?', saying('keine-antwort', 0.8))).toMatchObject({ decision: 'fallback' });
    expect(await answer('Was kostet ein Seminar?', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
  });

  it('turn a request for seminars on a topic of the catalogue into the fallback only when surer still (p ≥ 0.85)', async () => {
    const text = 'Gibt es ein Seminar, wo man lernt, wie man einen Förderantrag schreibt?';
    expect(await answer(text, silent)).toMatchObject({ decision: 'lookup' });
    expect(await answer(text, saying('keine-antwort', 0.8))).toMatchObject({ decision: 'lookup' });
    expect(await answer(text, saying('keine-antwort', 0.9))).toMatchObject({ decision: 'fallback' });
  });

  it('say nothing of a message of several questions, which is answered part by part', async () => {
    const text = 'Wer darf teilnehmen, was kostet es, und wie melde ich mich an?';
    const trace = await answer(text, sayingOfWhole(text, 'keine-antwort', 0.99));
    expect(trace.decision).toBe('faq');
    expect(trace.answeredIds).toEqual(expect.arrayContaining(['kosten', 'wer-darf-teilnehmen']));
  });

  it('read each part of a message as a whole question, and correct a part the search is sure of as they would the whole', async () => {
    const text = 'Was kostet das? Und bis zu welchem Datum ist eine Anmeldung möglich?';
    const part = 'bis zu welchem Datum ist eine Anmeldung möglich?';
    const rules = await answer(text, silent);
    expect(rules.answeredIds).toContain('kosten');
    expect(rules.answeredIds).not.toContain('anmeldeschluss');
    const read = await answer(text, sayingOfWhole(part, 'anmeldeschluss', 0.7));
    expect(read.answeredIds).toEqual(['kosten', 'anmeldeschluss']);
  });

  it('answer with another entry they name far more surely, when the search finds it among its best five', async () => {
    expect(await answer('Was kostet ein Seminar?', saying('reisekosten', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'reisekosten' });
    expect(await answer('Was kostet ein Seminar?', saying('reisekosten', 0.35))).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
    // An entry the search does not find for these words is no answer to them.
    expect(await answer('Was kostet ein Seminar?', saying('mensch-oder-bot', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
  });

  it('answer with an entry the search ranks lower or not at all only when surer still (p ≥ 0.8)', async () => {
    // The rules answer with the FAQ on coordinators' posts (the word "Koordinatorin"); the question is how to register others.
    const text = 'Kann ich als Koordinatorin oder Koordinator auch unsere Ehrenamtlichen anmelden, oder müssen die das selbst machen?';
    const rules = await answer(text, silent);
    expect(rules.decision).toBe('faq');
    expect(rules.answeredId).not.toBe('mehrere-personen');
    expect(await answer(text, saying('mehrere-personen', 0.7))).toMatchObject({ decision: 'faq', answeredId: rules.answeredId });
    expect(await answer(text, saying('mehrere-personen', 0.85))).toMatchObject({ decision: 'faq', answeredId: 'mehrere-personen' });
  });
});

describe('where the example messages do not overrule a sure answer', () => {
  it('an open entry (knowledge/faq/offen.yaml) is itself the honest fallback: a surer "no answer here" keeps what it says', async () => {
    for (const [text, id] of [['Are the seminars held in English?', 'seminarsprache'], ['Wer leitet die Seminare?', 'wer-leitet-seminare']] as const) {
      expect(await answer(text, saying('keine-antwort', 0.7))).toMatchObject({ decision: 'fallback', answeredId: id });
    }
  });

  it('the question how to register is answered in the FAQ\'s words, whatever the examples read in the wish around it', async () => {
    const text = 'Ich möchte mich für das Online-Seminar zur Netzwerkarbeit anmelden, was brauchen Sie von mir?';
    expect(await answer(text, saying('anmeldung-ueber-bot', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'anfrage-angaben' });
  });
});

describe('the example messages and an unsure search', () => {
  // The rules alone offer kommune-inklusiv, meine-kommune-keine-modellkommune and modellkommunen to choose from.
  it('answer with the search\'s second or third entry where they name it far more surely, not with one it does not offer', async () => {
    expect(await answer('Infos zu Kommune Inklusiv bitte', silent)).toMatchObject({ decision: 'didYouMean' });
    expect(await answer('Infos zu Kommune Inklusiv bitte', saying('meine-kommune-keine-modellkommune', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'meine-kommune-keine-modellkommune' });
    expect(await answer('Infos zu Kommune Inklusiv bitte', saying('meine-kommune-keine-modellkommune', 0.35))).toMatchObject({ decision: 'didYouMean' });
    expect(await answer('Infos zu Kommune Inklusiv bitte', saying('modellkommunen', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'modellkommunen' });
    expect(await answer('Infos zu Kommune Inklusiv bitte', saying('kosten', 0.7))).toMatchObject({ decision: 'didYouMean' });
  });

  // The rules alone say they have no answer to "Wie bewerbe ich mich als Modellkommune?"; the search ranks the FAQ on
  // taking part without being a model municipality below its best two.
  it('answer with an entry they name far more surely where nothing else fits, whatever the search ranks it', async () => {
    expect(await answer('Wie bewerbe ich mich als Modellkommune?', silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer('Wie bewerbe ich mich als Modellkommune?', saying('meine-kommune-keine-modellkommune', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'meine-kommune-keine-modellkommune' });
    expect(await answer('Wie bewerbe ich mich als Modellkommune?', saying('meine-kommune-keine-modellkommune', 0.35))).toMatchObject({ decision: 'fallback' });
    // Not over words the knowledge never uses, nor over a look-up.
    expect(await answer('Wie ändere ich mein Teams-Passwort?', saying('datenschutz', 0.7))).toMatchObject({ decision: 'fallback' });
    expect(await answer('Online-Seminare im März', saying('kosten', 0.7))).toMatchObject({ decision: 'lookup' });
  });

  it('name an entry for a long message of several questions where surest (p ≥ 0.8); a short one is answered part by part', async () => {
    const long = 'Welche personenbezogenen Daten werden im Rahmen der Chatkommunikation erhoben und wie lange erfolgt deren Speicherung?';
    expect(await answer(long, saying('datenschutz', 0.85))).toMatchObject({ decision: 'faq', answeredId: 'datenschutz' });
    expect(await answer(long, saying('datenschutz', 0.75))).not.toMatchObject({ answeredId: 'datenschutz' });
    const shortText = 'Kostet das was? Und kann mein Azubi da mit?';
    const short = await answer(shortText, sayingOfWhole(shortText, 'kosten', 0.95));
    expect(short.answeredIds).toEqual(['kosten', 'wer-darf-teilnehmen']);
  });

  // The rules alone say off-topic to each of these: a word or more the knowledge never uses ("Vorkentnisse", "Chatverläufe", English).
  it('name an entry over words the knowledge never uses where far more sure (p ≥ 0.4), of the search\'s best two, one it ranks lower, or the one it is sure of', async () => {
    const cases = [
      ['muss man vorkentnisse haben oder kann man da als kompletter anfänger einfach hin', 'wer-darf-teilnehmen'],
      ["what's the difference between a Seminar and a Workshop bei euch?", 'seminare-und-workshops'],
      // ("Werden die Chatverläufe gespeichert und erfolgt eine Datenweitergabe an Dritte?" is two questions now, the first one the rules answer.)
      ['Erfolgt eine Datenweitergabe der Chatverläufe an Dritte?', 'datenschutz'],
    ] as const;
    for (const [text, id] of cases) {
      expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
      expect(await answer(text, saying(id, 0.7))).toMatchObject({ decision: 'faq', answeredId: id });
      expect(await answer(text, saying(id, 0.35))).toMatchObject({ decision: 'fallback' });
    }
  });

  it('answer a statement of who someone is told with a need by the entry they name surely, not with what fits the role', async () => {
    const text = 'Ich habe eine Sehbehinderung und komme mit PDF-Unterlagen meistens nicht klar.';
    expect(await answer(text, silent)).toMatchObject({ decision: 'recommend', answeredId: 'selbstvertretung' });
    // The FAQ on seminar documents is an open entry: its honest fallback says so.
    expect(await answer(text, saying('seminarunterlagen', 0.7))).toMatchObject({ answeredId: 'seminarunterlagen' });
    expect(await answer(text, saying('seminarunterlagen', 0.25))).toMatchObject({ decision: 'recommend' });
    // A role statement alone stays a role statement.
    expect(await answer('Ich bin Kämmerin in Mainz', saying('kosten', 0.7))).toMatchObject({ decision: 'recommend', answeredId: 'finanzen' });
  });

  it('name an entry for a message of no content word where far more sure (p ≥ 0.6)', async () => {
    const bare = 'So what is it that you do for people like me?';
    expect(await answer(bare, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(bare, saying('was-kann-der-bot', 0.65))).toMatchObject({ decision: 'faq', answeredId: 'was-kann-der-bot' });
    expect(await answer(bare, saying('was-kann-der-bot', 0.5))).toMatchObject({ decision: 'fallback' });
  });
});

describe('the example messages far more sure that a message has no answer here', () => {
  it('turn a look-up or an unsure search into the fallback, but not a seminar named by its title, a command or a role statement', async () => {
    expect(await answer('Online-Seminare im März', silent)).toMatchObject({ decision: 'lookup' });
    expect(await answer('Online-Seminare im März', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'fallback' });
    // "No answer here" needs p ≥ 0.5 (NO_ANSWER_SURE), and p ≥ 0.6 over a request for seminars.
    expect(await answer('Online-Seminare im März', saying('keine-antwort', 0.45))).toMatchObject({ decision: 'lookup' });
    expect(await answer('Gibt es Seminare in Essen?', saying('keine-antwort', 0.55))).toMatchObject({ decision: 'lookup' });
    expect(await answer('Gibt es Seminare in Essen?', saying('keine-antwort', 0.65))).toMatchObject({ decision: 'fallback' });
    expect(await answer('Infos zu Kommune Inklusiv bitte', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'fallback' });
    // A seminar named by its title is shown as a look-up of that seminar.
    const title = 'Konflikte im Netzwerk konstruktiv lösen';
    expect(await answer(title, silent)).toMatchObject({ decision: 'lookup', answeredId: 'konflikte-im-netzwerk-2027-11' });
    expect(await answer(title, saying('keine-antwort', 0.7))).toMatchObject({ decision: 'lookup', answeredId: 'konflikte-im-netzwerk-2027-11' });
    // A seminar the search finds by a word or two of its title is not named by it.
    expect(await answer('Los gewonnen?', silent)).toMatchObject({ decision: 'lookup', answeredId: 'konflikte-im-netzwerk-2027-11' });
    expect(await answer('Los gewonnen?', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'fallback' });
    expect(await answer('hilfe', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'command' });
    expect(await answer('Ich bin Kämmerin in Mainz', saying('keine-antwort', 0.7))).toMatchObject({ decision: 'recommend' });
  });
});

describe('the example messages far more sure of the kind of answer where the rules find none', () => {
  it('recommend for the role named where they say such messages ask what fits, also in words the knowledge never uses', async () => {
    const text = 'Sachbearbeiterin im Sozialhilfesachgebiet, Fortbildungswunsch: Publikumsverkehr';
    expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, saying('empfehlung', 0.7))).toMatchObject({ decision: 'recommend', answeredId: 'verwaltung' });
    expect(await answer(text, saying('empfehlung', 0.35))).toMatchObject({ decision: 'fallback' });
    // A question about the programme with a role in it stays that question.
    expect(await answer('Ich bin Kämmerin. Was kostet das?', saying('empfehlung', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
  });

  it('look seminars up by what the message names where they say such messages look for seminars — not where most words are unknown', async () => {
    for (const text of ['Im Sommer hätte ich endlich mal Zeit im Kalender', 'Im Juli hab ich endlich mal Luft für Fortbildung.']) {
      expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
      // Where the rules find no request, a look-up needs the examples surer (p ≥ 0.8) than other kinds of answer.
      expect(await answer(text, saying('seminarsuche', 0.9))).toMatchObject({ decision: 'lookup' });
      expect(await answer(text, saying('seminarsuche', 0.7))).toMatchObject({ decision: 'fallback' });
    }
    expect(await answer('Im Juli Grillfest mit den Nachbarn', saying('seminarsuche', 0.9))).toMatchObject({ decision: 'fallback' });
    expect(await answer('Was kostet ein Seminar?', saying('seminarsuche', 0.9))).toMatchObject({ decision: 'faq', answeredId: 'kosten' });
  });

  it('answer a question about the programme with a typo by the FAQ entry the search ranks first where they name it far more surely', async () => {
    const text = 'werden reisekostn übernommen wenn ich quer durchs land fahr';
    expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, saying('reisekosten', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'reisekosten' });
    // Sure (p ≥ 0.3) of the entry the search ranks first, over a word or two the knowledge never uses, is enough (the row before the off-topic one).
    expect(await answer(text, saying('reisekosten', 0.55))).toMatchObject({ decision: 'faq', answeredId: 'reisekosten' });
    expect(await answer(text, saying('reisekosten', 0.25))).toMatchObject({ decision: 'fallback' });
    // Without a question about the programme too, by the row before the off-topic one; not where most words are unknown.
    expect(await answer('reisekostn quer durchs land', saying('reisekosten', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'reisekosten' });
    expect(await answer('reisekostn für Flixbus und Bahncard', saying('reisekosten', 0.7))).toMatchObject({ decision: 'fallback' });
  });

  it('read statements around one question as one question ("Wir möchten sechs Beschäftigte gemeinsam melden. Geht das über Sie?")', async () => {
    const text = 'Wir möchten sechs Beschäftigte gemeinsam melden. Geht das über Sie?';
    expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, saying('mehrere-personen', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'mehrere-personen' });
    expect(await answer(text, saying('mehrere-personen', 0.35))).toMatchObject({ decision: 'fallback' });
  });
});

describe('the topic the example messages name for a look-up', () => {
  const lookingFor = (p: number, topic: string, topicP: number): ExampleClassifier => ({ classify: () => ({ label: 'seminarsuche', p }), topic: () => ({ label: topic, p: topicP }), role: () => undefined });
  // The rules alone find nothing to look seminars up by in a problem told without a topic's word.
  const told = 'Bei unseren Treffen reden immer dieselben drei Leute.';

  it('lists the seminars on it where both are sure (p ≥ 0.6 of the look-up, ≥ 0.7 of the topic)', async () => {
    expect(await answer(told, silent)).toMatchObject({ decision: 'fallback' });
    const trace = await answer(told, lookingFor(0.65, 'moderation', 0.75));
    expect(trace.decision).toBe('lookup');
    expect(trace.lookup?.topics).toEqual(['moderation']);
    expect(await answer(told, lookingFor(0.55, 'moderation', 0.99))).toMatchObject({ decision: 'fallback' });
    expect(await answer(told, lookingFor(0.99, 'moderation', 0.65))).toMatchObject({ decision: 'fallback' });
  });

  it('not for a question about the programme, nor for a topic the knowledge does not have', async () => {
    expect((await answer('Wie lange dauert so eine Fortbildungsreihe insgesamt?', lookingFor(0.99, 'moderation', 0.99))).lookup?.topics ?? []).not.toContain('moderation');
    expect(await answer(told, lookingFor(0.99, 'kochen', 0.99))).toMatchObject({ decision: 'fallback' });
  });
});

describe('the role the example messages name for a message asking what fits', () => {
  const asking = (p: number, role: string, roleP: number): ExampleClassifier => ({ classify: () => ({ label: 'empfehlung', p }), topic: () => undefined, role: () => ({ label: role, p: roleP }) });

  it('is the role where the rules find none, where both are sure (p ≥ 0.4 that it asks what fits, ≥ 0.4 of the role)', async () => {
    // "Hausmeister" is no word of roles.yaml: the rules alone find no role and nothing else to answer.
    const text = 'Bin Hausmeister. Was passt?';
    expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, asking(0.6, 'verwaltung', 0.5))).toMatchObject({ decision: 'recommend', answeredId: 'verwaltung' });
    expect(await answer(text, asking(0.35, 'verwaltung', 0.99))).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, asking(0.99, 'verwaltung', 0.35))).toMatchObject({ decision: 'fallback' });
    // A role the knowledge does not have is none.
    expect(await answer(text, asking(0.99, 'hausmeisterei', 0.99))).toMatchObject({ decision: 'fallback' });
  });

  it('never replaces a role the rules read, nor a role\'s word the rules read as a topic, nor is one without a request for training', async () => {
    const asRole = (role: string): ExampleClassifier => ({ ...asking(0.99, role, 0.99), topic: () => undefined });
    expect(await answer('Ich arbeite in der Kämmerei. Was passt zu mir?', asRole('verwaltung'))).toMatchObject({ decision: 'recommend', answeredId: 'finanzen' });
    expect(await answer('Welche Seminare passen zur Pressearbeit?', asRole('oeffentlichkeitsarbeit'))).toMatchObject({ decision: 'lookup' });
    expect(await answer('Ich bin Hausmeister.', asRole('verwaltung'))).not.toMatchObject({ decision: 'recommend' });
  });

  it('is no role in a question who may take part, which the FAQ answers', async () => {
    expect(await answer('Dürfen auch Kämmerer an den Seminaren teilnehmen?', asking(0.99, 'verwaltung', 0.99))).toMatchObject({ decision: 'faq', answeredId: 'wer-darf-teilnehmen' });
  });
});

describe('the topic the example messages name for a role asking what fits', () => {
  const about = (label: string, p: number, topic: string, topicP: number): ExampleClassifier => ({ classify: () => ({ label, p }), topic: () => ({ label: topic, p: topicP }), role: () => undefined });
  // The rules read the role and no topic: what fits the role, ranked by its own topics.
  const text = 'Ich leite das Projekt, aber unsere Treffen enden ohne Ergebnis. Was empfehlt ihr mir?';

  it('ranks what fits the role by it, where sure (p ≥ 0.5 that it asks what fits or looks for seminars, ≥ 0.6 of the topic)', async () => {
    const alone = await answer(text, silent);
    expect(alone).toMatchObject({ decision: 'recommend', answeredId: 'projektleitung' });
    expect(alone.lookup?.topics ?? []).toEqual([]);
    expect(await answer(text, about('seminarsuche', 0.6, 'moderation', 0.65))).toMatchObject({ decision: 'recommend', answeredId: 'projektleitung', lookup: { topics: ['moderation'] } });
    expect((await answer(text, about('seminarsuche', 0.6, 'moderation', 0.55))).lookup?.topics ?? []).toEqual([]);
    expect((await answer(text, about('seminarsuche', 0.45, 'moderation', 0.99))).lookup?.topics ?? []).toEqual([]);
    expect((await answer(text, about('kosten', 0.99, 'moderation', 0.99))).lookup?.topics ?? []).not.toContain('moderation');
  });

  it('where they say the message asks what fits (not that it looks for seminars), only a topic of the role\'s own', async () => {
    // Projektleitung's topics (roles.yaml) have Fördermittel, not Moderation.
    expect(await answer(text, about('empfehlung', 0.6, 'foerdermittel', 0.65))).toMatchObject({ decision: 'recommend', answeredId: 'projektleitung', lookup: { topics: ['foerdermittel'] } });
    expect((await answer(text, about('empfehlung', 0.99, 'moderation', 0.99))).lookup?.topics ?? []).toEqual([]);
  });

  it('leaves a topic the message names as it is', async () => {
    const trace = await answer('Ich leite das Projekt. Was passt zum Thema Fördermittel?', about('empfehlung', 0.99, 'moderation', 0.99));
    expect(trace.lookup?.topics).toEqual(['foerdermittel']);
  });
});

describe('the example messages over a word or two the knowledge never uses', () => {
  const text = 'wann sind so ungefär die nächstn termine';
  it('name the FAQ entry the search ranks first, where they are sure of it (p ≥ 0.3); not where most words are unknown', async () => {
    expect(await answer(text, silent)).toMatchObject({ decision: 'fallback' });
    expect(await answer(text, saying('termine-erfragen', 0.45))).toMatchObject({ decision: 'faq', answeredId: 'termine-erfragen' });
    expect(await answer(text, saying('termine-erfragen', 0.35))).toMatchObject({ decision: 'faq', answeredId: 'termine-erfragen' });
    expect(await answer(text, saying('termine-erfragen', 0.25))).toMatchObject({ decision: 'fallback' });
    expect(await answer('reisekostn für Flixbus und Bahncard', saying('reisekosten', 0.45))).toMatchObject({ decision: 'fallback' });
  });
});

describe('the example messages and the FAQ entries offered to choose from', () => {
  // The rules alone offer anfrage-angaben, anmeldepflicht and einwilligung; the search ranks einwilligung below its best two.
  const text = 'Ist für die Anmeldung eine Einverständniserklärung zur Datenverarbeitung erforderlich?';
  it('answer with one of them where they name it far more surely (p ≥ 0.4), whatever its place', async () => {
    const alone = await answer(text, silent);
    expect(alone.decision).toBe('didYouMean');
    expect(alone.candidates.map((c) => c.id)).toContain('einwilligung');
    expect(await answer(text, saying('einwilligung', 0.7))).toMatchObject({ decision: 'faq', answeredId: 'einwilligung' });
    expect(await answer(text, saying('einwilligung', 0.35))).toMatchObject({ decision: 'didYouMean' });
  });
});

describe('the example messages surest that a message naming a role asks what fits', () => {
  // The rules read a question about the programme ("lohnt sich …?") beside the role, and fall back.
  const text = 'Ich bin Azubi in der Verwaltung und darf im Inklusionsprojekt mithelfen – lohnt sich für mich n Seminar oder is das eher was für die Großen?';
  it('recommend for the role where they are surest (p ≥ 0.9), not where they are only far more sure', async () => {
    expect(await answer(text, silent)).not.toMatchObject({ decision: 'recommend' });
    expect(await answer(text, saying('empfehlung', 0.95))).toMatchObject({ decision: 'recommend', answeredId: 'verwaltung' });
    expect(await answer(text, saying('empfehlung', 0.85))).not.toMatchObject({ decision: 'recommend' });
  });

  it('not where it asks who may take part', async () => {
    expect(await answer('Dürfen auch Ehrenamtliche an den Seminaren teilnehmen?', saying('empfehlung', 0.95))).not.toMatchObject({ decision: 'recommend' });
  });
});
