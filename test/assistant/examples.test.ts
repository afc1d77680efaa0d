// The classifier of example messages (src/assistant/understand/examples.ts): what it learns from labelled messages,
// and that it is trained in small steps (a reload never holds up the turns being answered).
import { describe, expect, it } from 'vitest';
import { examplesSayNoAnswer, trainSteps, type LabelledText } from '../../src/assistant/understand/examples.js';
import { readUtterance } from '../../src/assistant/understand/utterance.js';
import { runSteps } from '../../src/search/steps.js';

const examples: LabelledText[] = [
  { text: 'Was kostet ein Seminar?', labels: ['kosten'] },
  { text: 'Sind die Kurse kostenlos?', labels: ['kosten'] },
  { text: 'Muss ich für die Fortbildung bezahlen?', labels: ['kosten'] },
  { text: 'Muss ich mich vorher anmelden?', labels: ['anmeldepflicht'] },
  { text: 'Kann ich einfach ohne Anmeldung kommen?', labels: ['anmeldepflicht'] },
  { text: 'Wie wird das Wetter morgen in Rostock?', labels: ['keine-antwort'] },
  { text: 'Wann hat das Rathaus geöffnet?', labels: ['keine-antwort'] },
  { text: 'Wie ändere ich mein Passwort in Teams?', labels: ['keine-antwort'] },
  { text: 'Was kostet ein Parkplatz am Rathaus?', labels: ['keine-antwort'] },
];

describe('the classifier of example messages', () => {
  const classifier = runSteps(trainSteps(examples));

  it('names the label of the examples a new message is most like', () => {
    expect(classifier.classify(readUtterance('Kostet die Fortbildung etwas?'))?.label).toBe('kosten');
    expect(classifier.classify(readUtterance('Brauche ich eine Anmeldung?'))?.label).toBe('anmeldepflicht');
    expect(classifier.classify(readUtterance('Hat das Rathaus am Samstag geöffnet?'))?.label).toBe('keine-antwort');
  });

  it('reads misspelt and compound words by their letter pieces', () => {
    expect(classifier.classify(readUtterance('Seminarkosten?'))?.label).toBe('kosten');
    expect(classifier.classify(readUtterance('wie wird das wettr'))?.label).toBe('keine-antwort');
  });

  it('gives a probability between 0 and 1, higher for a message closer to the examples', () => {
    const near = classifier.classify(readUtterance('Wann hat das Rathaus heute geöffnet?'));
    const far = classifier.classify(readUtterance('Rathaus Kosten'));
    expect(near?.p).toBeGreaterThan(0);
    expect(near?.p).toBeLessThanOrEqual(1);
    expect(near?.p ?? 0).toBeGreaterThan(far?.p ?? 1);
  });

  it('says nothing about a message of words no example has, or an empty one', () => {
    expect(classifier.classify(readUtterance('Xylofon Quokka'))).toBeUndefined();
    expect(classifier.classify(readUtterance(''))).toBeUndefined();
    expect(examplesSayNoAnswer(classifier, readUtterance('Xylofon Quokka'))).toBe(false);
  });

  it('says "no answer here" only when it is sure', () => {
    const u = readUtterance('Wann hat das Rathaus geöffnet?');
    const p = classifier.classify(u)?.p ?? 0;
    expect(examplesSayNoAnswer(classifier, u, p)).toBe(true);
    expect(examplesSayNoAnswer(classifier, u, p + 1e-6)).toBe(false);
    expect(examplesSayNoAnswer(classifier, readUtterance('Was kostet ein Seminar?'))).toBe(false);
  });

  it('learns nothing from an example without labels, and knows nothing without examples', () => {
    expect(runSteps(trainSteps([])).classify(readUtterance('Was kostet ein Seminar?'))).toBeUndefined();
    expect(runSteps(trainSteps([{ text: 'Was kostet ein Seminar?', labels: [] }])).classify(readUtterance('Was kostet ein Seminar?'))).toBeUndefined();
  });

  it('is trained in small steps: many examples give the event loop back many times', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ text: `Frage Nummer ${i} zu Kosten`, labels: [i % 2 === 0 ? 'kosten' : 'keine-antwort'] }));
    const steps = trainSteps(many);
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(10);
  });
});
