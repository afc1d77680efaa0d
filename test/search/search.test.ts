// What users notice of the search: compounds, synonyms, typos, English, and when the bot answers,
// offers choices, or admits that it cannot help. Runs against the shipped knowledge base.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDecompounder } from '../../src/search/decompound.js';
import { stem } from '../../src/search/analysis.js';
import { buildSearchIndex, type ExplainableSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { loadQuestions } from '../eval/evaluate.js';
import { shippedKnowledge } from './helpers.js';

let index: SearchIndex;
let explainable: ExplainableSearchIndex;
beforeAll(async () => {
  index = explainable = buildSearchIndex(await shippedKnowledge());
});

const top = (text: string, kinds?: Array<'faq' | 'seminar'>) => index.search(text, { kinds }).slice(0, 3).map((h) => h.id);
const answer = (text: string) => {
  const d = index.decide(text);
  return d.kind === 'answer' ? d.hit.id : d.kind;
};

describe('compound splitting', () => {
  const splitter = createDecompounder(['öffentlichkeitsarbeit', 'seminar', 'netzwerk', 'koordinator', 'inklusion', 'projekt', 'fördermittel', 'beratung', 'antrag'].map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '')), stem);

  it.each([
    ['offentlichkeitsarbeitsseminar', ['offentlichkeitsarbeit', 'seminar']],
    ['netzwerkkoordinator', ['netzwerk', 'koordinator']],
    ['inklusionsprojekt', ['inklusion', 'projekt']],
    ['fordermittelberatung', ['fordermittel', 'beratung']],
    ['fordermittelantrag', ['fordermittel', 'antrag']],
  ])('splits %s with its Fugen-s into known words', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it('leaves simple words and unknown compounds alone', () => {
    expect(splitter.split('seminar')).toBeUndefined();
    expect(splitter.split('donaudampfschiff')).toBeUndefined();
  });

  it.each([
    ['Öffentlichkeitsarbeitsseminar', ['oeffentlichkeitsarbeit-lernen', 'pressearbeit-grundlagen-2027-03', 'pressearbeit-grundlagen-2027-05', 'social-media-2026-11', 'barrierefrei-kommunizieren-2027-06']],
    ['Netzwerkkoordinatorin', ['netzwerkkoordination-hauptamtlich']],
    ['Fördermittelberatung', ['foerdertoepfe-finden-2027-03', 'foerdermittel-beantragen-2027-03', 'foerdermittel-beantragen-2027-06', 'antragstellung-buchhaltung']],
    ['Fördermittelantrag', ['foerdermittel-beantragen-2027-03', 'foerdermittel-beantragen-2027-06']],
  ])('finds what "%s" is about', (text, acceptable) => {
    expect(acceptable).toContain(top(text)[0]);
  });

  it('finds an Inklusionsprojekt question by its parts', () => {
    expect(top('Welches Wissen braucht ein Inklusionsprojekt?')).toContain('welches-wissen');
  });
});

describe('synonyms, typos and English', () => {
  it.each([
    ['Sind die Kurse gratis?', 'kosten'],
    ['Gibt es ein Zertifikat?', 'teilnahmebescheinigung'],
    ['Webinar?', 'online-teilnahme'],
    ['Wer übernimmt die Fahrtkosten?', 'reisekosten'],
  ])('"%s" finds %s through synonyms.yaml', (text, id) => {
    expect(top(text)[0]).toBe(id);
  });

  it.each([
    ['Was kostet ein Seminaar?', 'kosten'],
    ['Welche Modelkomunen gibt es', 'modellkommunen'],
    ['Reisekostn', 'reisekosten'],
    ['Einwiligung', 'einwilligung'],
  ])('"%s" still finds %s despite the typo', (text, id) => {
    expect(top(text)[0]).toBe(id);
  });

  it.each([
    ['How much does a workshop cost?', 'kosten'],
    ['Do I get a certificate?', 'teilnahmebescheinigung'],
    ['Are travel expenses reimbursed?', 'reisekosten'],
  ])('understands English: "%s"', (text, id) => {
    expect(top(text)[0]).toBe(id);
  });

  // The English lexicon (src/search/lexicon.ts) covers how English speakers name what each FAQ answers.
  it.each([
    ['Can I just show up?', 'anmeldepflicht'],
    ['Do I get proof that I attended?', 'teilnahmebescheinigung'],
    ['I made a typo, can I correct it?', 'anfrage-abbrechen'],
    ['Are these real seminars?', 'beispieldaten'],
    ['Can I still sign up late?', 'anmeldeschluss'],
    ['What skills do paid staff need?', 'hauptamtliche-mitarbeitende'],
    ['Is volunteering enough?', 'ehrenamt-reicht-nicht'],
    ['Do you teach grant applications?', 'antragstellung-buchhaltung'],
    ['Should we hire external trainers?', 'externe-referentinnen'],
    ['I signed up but need to cancel.', 'anfrage-abbrechen'],
    // "outside" the model municipalities is a town that is none, not an external trainer.
    ['Can towns outside the model municipalities take part?', 'meine-kommune-keine-modellkommune'],
    ['Are there five model municipalities?', 'modellkommunen'],
  ])('answers the English question "%s" with %s', (text, id) => {
    expect(answer(text)).toBe(id);
  });

  it.each([
    // An Assistentin accompanies a person with a disability; she is not the bot.
    ['Kann meine Assistentin mit?', 'unterstuetzungsbedarf'],
    ['Gibt es einen Aufzug?', 'seminare-barrierefrei'],
    ['Ist die Fortbildung für uns kostenpflichtig?', 'kosten'],
    ['Ich hab mich vertan, kann ich das ändern?', 'anfrage-abbrechen'],
    ['Klappt das auf Dauer nur mit Freiwilligen?', 'ehrenamt-reicht-nicht'],
    ['Kann mein Betreuer mitkommen?', 'unterstuetzungsbedarf'],
    ['Brauche ich Vorkenntnisse?', 'wer-darf-teilnehmen'],
    ['Ist Buchhaltung Teil der Qualifizierung?', 'antragstellung-buchhaltung'],
    ['Kann ich mich nachträglich anmelden?', 'anmeldeschluss'],
    ['Was wird in den Kursen durchgenommen?', 'welches-wissen'],
    ['Ich bin total durcheinander, bitte von vorne.', 'neu-starten'],
    // Words people use for what a FAQ answers, and a verb form the stemmer keeps apart ("bekommt" ≠ "bekomm").
    ['Bekommt man dafür einen Nachweis?', 'teilnahmebescheinigung'],
    ['Meine Personalabteilung will einen Nachweis für die Personalakte.', 'teilnahmebescheinigung'],
    ['Ich bin krank geworden, wie sage ich ab?', 'anfrage-abbrechen'],
    ['Wo finde ich die Datenschutzerklärung?', 'datenschutz'],
    ['Wir sind angemeldet, können aber nicht kommen.', 'anfrage-abbrechen'],
    ['Ich habe alles abgeschickt. Was passiert jetzt?', 'keine-platzzusage'],
    // A bare word goes to the one FAQ that answers it, not to every FAQ that mentions it in a tag.
    ['Modellkommunen', 'modellkommunen'],
  ])('answers the German question "%s" with %s through the domain words', (text, id) => {
    expect(answer(text)).toBe(id);
  });

  it('does not read "Schule" (school) as "schulen" (to train): a question about a school is no question about training', () => {
    const terms = Object.keys(explainable.explain('Schule').concepts[0]?.terms ?? {});
    expect(terms).not.toContain('schulung');
    expect(terms).not.toContain('fortbild');
  });

  it('does not read "bewerben" (apply for a job) as choosing staff: the FAQ on filling positions is no answer to it', () => {
    expect(answer('Ich möchte mich bei der Aktion Mensch bewerben.')).not.toBe('stellen-besetzen');
  });

  it('keeps the first word of a phrase ("waiting list") instead of correcting it as a typo ("writing")', () => {
    expect(answer('Is there a waiting list?')).toBe('ausgebucht');
  });

  it('finds the role-related FAQ for gender forms from roles.yaml', () => {
    expect(top('Netzwerkkoordinator:in fest angestellt oder ehrenamtlich?')[0]).toBe('netzwerkkoordination-hauptamtlich');
  });

  it.each(['Konfliktmanagement?', 'Konfliktlösung in Netzwerken', 'Konfliktbewältigung'])(
    '"%s": a compound the knowledge has only as a synonym ranks the seminar named by its head ("Konflikte") before those of the group\'s other words ("moderieren")',
    (text) => {
      const hits = index.search(text, { kinds: ['seminar'], limit: 3 });
      expect(hits[0]?.id).toMatch(/^konflikte-im-netzwerk/);
    },
  );

  it('finds a seminar by name when only seminars are asked for', () => {
    const hits = index.search('Social Media für Inklusionsprojekte', { kinds: ['seminar'], limit: 5 });
    expect(hits[0]?.id).toBe('social-media-2026-11');
    expect(hits.every((h) => h.kind === 'seminar')).toBe(true);
    expect(hits.length).toBeLessThanOrEqual(5);
  });

  it('ranks best first with scores between 0 and 1', () => {
    const hits = index.search('Fördermittel beantragen');
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits.every((h) => h.score > 0 && h.score <= 1)).toBe(true);
  });
});

describe('confidence: answer, did you mean, fallback', () => {
  it.each([
    ['Was kostet ein Seminaar?', 'kosten'],
    ['Welche Modelkomunen gibt es', 'modellkommunen'],
    ['Kosten?', 'kosten'],
    ['Was kann der Bot nicht?', 'was-kann-der-bot-nicht'],
    ['Bekomme ich ein Zertifikat für die Fortbildung?', 'teilnahmebescheinigung'],
  ])('answers "%s" with %s', (text, id) => {
    expect(answer(text)).toBe(id);
  });

  it.each(['Wie wird das Wetter morgen?', 'Erzähl mir einen Witz', 'asdfgh', '', '   ', '???', 'Hallo', 'Wie hoch ist der Mount Everest?'])(
    'falls back on "%s"',
    (text) => {
      expect(index.decide(text)).toEqual({ kind: 'fallback' });
    },
  );

  it('offers two or three choices when two answers fit about equally', () => {
    const decision = index.decide('Leichte Sprache');
    expect(decision.kind).toBe('didYouMean');
    if (decision.kind !== 'didYouMean') return;
    expect(decision.choices.length).toBeGreaterThanOrEqual(2);
    expect(decision.choices.length).toBeLessThanOrEqual(3);
    expect(new Set(decision.choices.map((c) => c.id)).size).toBe(decision.choices.length);
  });

  it('gives related hits with an answer, never the answer itself', () => {
    const decision = index.decide('Was kostet ein Seminar?');
    expect(decision.kind).toBe('answer');
    if (decision.kind !== 'answer') return;
    expect(decision.related.map((h) => h.id)).not.toContain(decision.hit.id);
  });

  it('reports its size', () => {
    expect(index.stats.documents).toBeGreaterThan(90);
    expect(index.stats.terms).toBeGreaterThan(500);
  });
});

describe('leaving out seminars that are over', () => {
  it('never returns an excluded seminar, and the FAQ answer comes through', () => {
    const over = new Set(['un-brk-einfuehrung-2026-10', 'social-media-2026-11', 'netzwerke-aufbauen-2026-09']);
    for (const text of ['Komune Inklusiv erklärt', 'UN-Behindertenrechtskonvention Einführung', 'Social Media für Inklusionsprojekte', 'Netzwerke aufbauen']) {
      expect(index.search(text, { excludeSeminars: over }).some((h) => over.has(h.id)), text).toBe(false);
      const d = index.decide(text, { excludeSeminars: over });
      if (d.kind === 'answer') expect(over.has(d.hit.id), text).toBe(false);
      if (d.kind === 'didYouMean') expect(d.choices.some((c) => over.has(c.id)), text).toBe(false);
    }
    expect(index.search('Social Media für Inklusionsprojekte')[0]?.id).toBe('social-media-2026-11');
  });
});

describe('remembered query words', () => {
  it('gives every dev question the same decision and scores the first time and once its words are remembered', async () => {
    const fresh = buildSearchIndex(await shippedKnowledge());
    const questions = loadQuestions().questions.map((q) => q.q);
    const first = questions.map((q) => JSON.stringify(fresh.decide(q)));
    const again = questions.map((q) => JSON.stringify(fresh.decide(q)));
    expect(again).toEqual(first);
    // And the same as an index that planned each question's words on their own.
    const other = buildSearchIndex(await shippedKnowledge());
    expect([...questions].reverse().map((q) => JSON.stringify(other.decide(q))).reverse()).toEqual(first);
  });
});
