// Label agreement (test/eval/agreement.ts): how far two labellers of the same frozen questions agree.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/schema.js';
import { agreementOf, labelAgreement, renderAgreement } from './agreement.js';
import { BLIND_DIR, DEV_BLIND_DIR, EVAL_NOW, loadShippedKnowledge, loadTest, type EvalQuestion } from './evaluate.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadShippedKnowledge();
});

const q = (expect: EvalQuestion['expect'], text = 'x'): EvalQuestion => ({ q: text, style: 'kurz', kind: 'programm', expect });
const agreement = (a: EvalQuestion['expect'], b: EvalQuestion['expect']) => agreementOf('t', [q(a)], [q(b)], knowledge, EVAL_NOW);

describe('agreement of two labellings', () => {
  it('is complete between a labelling and itself, for every kind of label', () => {
    const labels: EvalQuestion['expect'][] = [
      { intent: 'faq', ids: ['kosten', 'qualifizierung-finanzieren'] },
      { intent: 'lookup', filters: { topic: 'moderation', month: 3 } },
      { intent: 'recommend', roles: ['finanzen', 'antragstellung'] },
      { intent: 'fallback', ids: ['kontakt'] },
      { intent: 'contact' },
      { intent: 'command' },
      { intent: 'faq', ids: ['kosten'], all: [['kosten'], ['lookup:moderation']] },
    ];
    const questions = labels.map((e, i) => q(e, `q${i}`));
    expect(agreementOf('self', questions, questions, knowledge, EVAL_NOW)).toMatchObject({ firstBestAccepted: 1, secondBestAccepted: 1, common: 1 });
  });

  it('tells a best answer the other labeller accepts from one it does not', () => {
    expect(agreement({ intent: 'faq', ids: ['kosten'] }, { intent: 'faq', ids: ['anmeldepflicht'] })).toMatchObject({ firstBestAccepted: 0, secondBestAccepted: 0, common: 0 });
    // The first labeller's best is not the second's, but the second's best is among the first's answers.
    expect(agreement({ intent: 'faq', ids: ['kosten', 'qualifizierung-finanzieren'] }, { intent: 'faq', ids: ['qualifizierung-finanzieren'] })).toMatchObject({ firstBestAccepted: 0, secondBestAccepted: 1, common: 1 });
  });

  it('does not count a look-up and a role recommendation as the same answer, nor look-ups on different topics', () => {
    expect(agreement({ intent: 'lookup', filters: { topic: 'moderation' } }, { intent: 'recommend', role: 'netzwerkkoordination' }).common).toBe(0);
    expect(agreement({ intent: 'lookup', filters: { topic: 'moderation' } }, { intent: 'lookup', filters: { topic: 'foerdermittel' } }).common).toBe(0);
    expect(agreement({ intent: 'lookup', filters: { topic: 'moderation' } }, { intent: 'lookup' }).common).toBe(1);
  });

  it('compares two-part labels part by part', () => {
    expect(agreement({ intent: 'faq', ids: ['kosten'], all: [['kosten'], ['fallback']] }, { intent: 'faq', ids: ['kosten'], all: [['kosten'], ['contact']] }).common).toBe(1);
    expect(agreement({ intent: 'faq', ids: ['kosten'], all: [['kosten'], ['anmeldepflicht']] }, { intent: 'faq', ids: ['kosten'] }).common).toBe(0);
  });

  it('refuses labellings of different questions', () => {
    expect(() => agreementOf('t', [q({ intent: 'contact' }, 'a')], [q({ intent: 'contact' }, 'b')], knowledge, EVAL_NOW)).toThrow(/same questions/);
  });

  it('is measured for every set with a second labelling and printed as one table', () => {
    const rows = labelAgreement(DEV_BLIND_DIR, knowledge, EVAL_NOW);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['O', 'V', 'W']));
    for (const r of rows) expect(r.questions).toBeGreaterThanOrEqual(150);
    expect(renderAgreement(rows).split('\n')).toHaveLength(rows.length + 2);
  });

  it('is measured for the test split\'s sets with a second labelling, as figures', () => {
    const rows = labelAgreement(BLIND_DIR, knowledge, EVAL_NOW);
    expect(rows.map((r) => r.name)).toEqual(['A', 'M']);
    const table = renderAgreement(rows);
    for (const question of loadTest()) expect(table).not.toContain(question.q);
  });
});
