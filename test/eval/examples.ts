// knowledge/beispiele.yaml is made from the dev questions (never from the test split): each single question with
// the labels of its right answers. `npm run examples` writes it; examples.test.ts fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NO_ANSWER, ROLE_LABEL, TOPIC_LABEL, type Knowledge } from '../../src/knowledge/schema.js';
import { REPO, exampleText, loadDev, loadShippedKnowledge, loadTest, type EvalQuestion } from './evaluate.js';

export const EXAMPLES_PATH = join(REPO, 'knowledge', 'beispiele.yaml');

const HEADER = `# Beispielnachrichten: so fragen Menschen, und das ist die richtige Antwort darauf.
# Erzeugt mit \`npm run examples\` aus den dev-Fragen der Auswertung (test/eval/dev.yaml, test/eval/devblind/) –
# bitte dort ändern, nicht hier. Nie aus dem test-Split (test/eval/blind/): eine Nachricht, die auch dort steht, fehlt hier.
# Jede Zeile: [Antworten, Nachricht]. Antworten sind FAQ-ids oder eine Art der Antwort:
#   keine-antwort (das Wissen hat keine Antwort: Hinweis auf das Bildungsteam), seminarsuche, empfehlung, befehl, smalltalk;
#   bei einer Seminarsuche dazu das gesuchte Thema (thema:moderation, eine Themen-id aus roles.yaml),
#   bei einer Empfehlung die Rolle, für die sie passen soll (rolle:finanzen, eine Rollen-id aus roles.yaml).
# Wozu: src/assistant/understand/examples.ts (ein Klassifikator, der unsichere Rückfragen prüft).
`;

/** What the examples are labelled from: the FAQ ids, and each seminar's topics. */
export interface LabelSource {
  faqIds: ReadonlySet<string>;
  seminarTopics: ReadonlyMap<string, readonly string[]>;
}

/** The label source of a loaded knowledge. */
export function labelSourceOf(knowledge: Knowledge): LabelSource {
  return { faqIds: new Set(knowledge.faq.map((f) => f.id)), seminarTopics: new Map(knowledge.seminars.map((s) => [s.id, s.topics])) };
}

/**
 * The topic a question looks for seminars on, as labels: the topic it names (its filter), or else the topics all its
 * right seminars share, or else the first topic of the first of them.
 */
function topicLabels(q: EvalQuestion, seminarTopics: LabelSource['seminarTopics']): string[] {
  const e = q.expect;
  const named = e.filters?.topic;
  if (named !== undefined) return [`${TOPIC_LABEL}${named}`];
  if (e.intent !== 'lookup') return [];
  const topics = (e.ids ?? []).flatMap((id) => {
    const t = seminarTopics.get(id);
    return t ? [t] : [];
  });
  const [first] = topics;
  if (first === undefined) return [];
  const shared = first.filter((t) => topics.every((ts) => ts.includes(t)));
  return (shared.length > 0 ? shared : first.slice(0, 1)).slice(0, 2).map((t) => `${TOPIC_LABEL}${t}`);
}

/** The labels of a question's right answers, or none for a question of two parts (each part has its own). */
export function labelsOfQuestion(q: EvalQuestion, { faqIds, seminarTopics }: LabelSource): string[] {
  const e = q.expect;
  if (e.all) return [];
  switch (e.intent) {
    case 'faq':
      // A FAQ answer may be right together with the seminars it names: only the FAQ ids are labels.
      return [...new Set(e.ids ?? [])].filter((id) => faqIds.has(id)).slice(0, 6);
    case 'contact':
      return ['kontakt'];
    case 'fallback':
      return [NO_ANSWER];
    case 'lookup':
      return ['seminarsuche', ...topicLabels(q, seminarTopics)];
    case 'recommend':
      return ['empfehlung', ...topicLabels(q, seminarTopics), ...[...new Set(e.role !== undefined ? [e.role] : (e.roles ?? []))].slice(0, 2).map((r) => `${ROLE_LABEL}${r}`)];
    case 'command':
      return ['befehl'];
    case 'smallTalk':
      return ['smalltalk'];
    // Only a follow-up of a conversation opens an enquiry (test/eval/conversations.ts): no single message to learn from.
    case 'registration':
      return [];
  }
}

/** How a message is compared with the test split's: white space and case aside. */
export function sameMessageKey(text: string): string {
  return exampleText(text).toLowerCase();
}

/**
 * The file's text for the given questions: one line each, in their order, a message asked twice only once. A message
 * that is also in the test split (short ones are written alike by different writers: "Kosten?") is left out, so that
 * the test split stays questions the bot has never seen.
 */
export function examplesYaml(questions: readonly EvalQuestion[], source: LabelSource, testMessages: ReadonlySet<string>): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const q of questions) {
    const labels = labelsOfQuestion(q, source);
    const text = exampleText(q.q);
    if (labels.length === 0 || text === '' || seen.has(text) || testMessages.has(sameMessageKey(text))) continue;
    seen.add(text);
    lines.push(`- [${labels.join(' ')}, ${JSON.stringify(text)}]`);
  }
  return `${HEADER}${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const knowledge = await loadShippedKnowledge();
  const text = examplesYaml(loadDev(), labelSourceOf(knowledge), new Set(loadTest().map((q) => sameMessageKey(q.q))));
  let old = '';
  try {
    old = readFileSync(EXAMPLES_PATH, 'utf8');
  } catch {
    // not there yet
  }
  if (old === text) console.log(`${EXAMPLES_PATH}: unchanged`);
  else {
    writeFileSync(EXAMPLES_PATH, text);
    console.log(`${EXAMPLES_PATH}: ${text.split('\n').filter((line) => line.startsWith('- [')).length} examples written`);
  }
}
