// The report as one CSV table for spreadsheets (semicolon-separated with a BOM, as German Excel
// expects): one row per figure, "Bereich" names the part of the report it belongs to.
import type { ReportModel, Row } from './model.js';

/** Quotes a cell, and defuses cells a spreadsheet would run as a formula (=, +, -, @). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(model: ReportModel): string {
  const lines: Array<Array<string | number>> = [['Bereich', 'Schlüssel', 'Bezeichnung', 'Anzahl', 'Ja', 'Nein', 'Nein-Quote', 'Vorschlag', 'Formulierungen']];
  const plain = (area: string, rows: Row[]) => rows.forEach((r) => lines.push([area, r.key, r.label, r.count, '', '', '', '', '']));
  model.clusters.forEach((c, i) => {
    const s = c.suggestion;
    const proposal = s.kind === 'alternative' ? `Alternative zu FAQ ${s.faqId}` : s.closest ? `neue FAQ (nächste: ${s.closest.faqId})` : 'neue FAQ';
    lines.push(['Ohne Antwort', `gruppe-${i + 1}`, c.label, c.total, '', '', '', proposal, c.wordings.map((w) => `${w.text} (${w.count})`).join(' | ')]);
  });
  model.feedback.forEach((r) => lines.push(['Nein-Quote', r.key, r.label, r.yes + r.no, r.yes, r.no, Math.round(r.noRate * 1000) / 10, '', '']));
  model.seminars.forEach((r) => lines.push(['Seminar', r.key, r.label, r.count, '', '', '', `Anmeldeanfragen: ${r.enquiries}`, '']));
  plain('Thema', model.topics);
  plain('Format', model.formats);
  plain('Monat', model.months);
  plain('FAQ-Antwort', model.faqs);
  plain('Rolle', model.roles);
  plain('Kanal', model.channels);
  model.weeks.forEach((w) => lines.push(['Woche', w.week, `${w.unanswered} ohne Antwort`, w.turns, '', '', '', '', '']));
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
