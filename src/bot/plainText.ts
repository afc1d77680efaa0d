// Every reply as plain German text: for channels without cards, for `speak`, and as card fallback.
// Choices become numbered lines, so "2" or "die zweite" can pick them.
import type { Choice, Reply } from '../assistant/reply.js';
import { botTexts } from '../texts/de/cards.js';

export function numbered(choices: Choice[]): string {
  return choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
}

export function replyAsText(reply: Reply, hint: string, easy = false): string {
  const list = easy ? botTexts.seminarList.easy : botTexts.seminarList.normal;
  const label = easy ? botTexts.seminarDetail.easy : botTexts.seminarDetail.normal;
  const withChoices = (body: string, choices: Choice[] | undefined) =>
    choices && choices.length > 0 ? `${body}\n\n${numbered(choices)}\n\n${hint}` : body;
  switch (reply.kind) {
    case 'text':
      return withChoices(reply.text, reply.choices);
    case 'faq':
      return withChoices(`${reply.answer}`, reply.choices);
    case 'choice':
      return withChoices(reply.text, reply.choices);
    case 'seminars': {
      const items = reply.items.map((item, i) => {
        const lines = [`${i + 1}. ${item.title}`, `   ${item.when}`];
        if (item.deadline) lines.push(`   ${list.deadline}: ${item.deadline}`);
        if (item.reason) lines.push(`   ${item.reason}`);
        if (item.full) lines.push(`   ${list.full}.${item.alternative ? ` ${list.alternative}: ${item.alternative.title}, ${item.alternative.when}` : ''}`);
        return lines.join('\n');
      });
      // Items are numbered first; further choices ("Mehr anzeigen") continue the numbering.
      const extra = reply.choices.filter((c) => c.intent.action !== 'seminar');
      const more = extra.map((c, i) => `${reply.items.length + i + 1}. ${c.label}`).join('\n');
      return `${reply.text}\n\n${items.join('\n\n')}${more ? `\n\n${more}` : ''}\n\n${hint}`;
    }
    case 'seminar': {
      const d = reply.detail;
      const lines = [
        d.title,
        d.summary,
        `${label.sessions}: ${d.sessions.join('; ')}`,
        `${label.format}: ${d.place}`,
        `${label.audience}: ${d.audience}`,
        `${label.accessibility}: ${d.accessibility.join('; ') || label.noAccessibility}`,
        `${label.places}: ${d.places}`,
        `${label.cost}: ${d.cost}`,
        `${label.deadline}: ${d.deadline}`,
        `${label.calendarLink}: ${d.icsUrl}`,
      ];
      return withChoices(lines.join('\n'), reply.choices);
    }
    case 'form': {
      const f = reply.form;
      return `${f.title}\n\n${f.intro}`;
    }
    case 'summary': {
      const s = reply.summary;
      const rows = s.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
      return withChoices(`${s.title}\n\n${rows}\n\n${s.note}`, s.choices);
    }
  }
}
