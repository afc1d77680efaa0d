// The report as one self-contained German HTML page for the education team: inline CSS and inline
// SVG charts, no script, no external request; every chart has a table with the same numbers.
import { escapeHtml } from '../../escapeHtml.js';
import { barChart, weeklyTrend } from './charts.js';
import type { ReportModel, Row } from './model.js';


const e = escapeHtml;
const num = (n: number) => n.toLocaleString('de-DE');
const percent = (r: number) => `${Math.round(r * 100).toLocaleString('de-DE')} %`;

function germanDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

function weekLabel(week: string): string {
  const [year, w] = week.split('-W');
  return `KW ${Number(w)}/${year}`;
}

function table(caption: string, head: string[], rows: string[][], numericFrom = 1): string {
  if (rows.length === 0) return `<p class="empty">${e(caption)}: keine Daten im Zeitraum.</p>`;
  const th = head.map((h, i) => `<th scope="col"${i >= numericFrom ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${i >= numericFrom ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`).join('\n');
  // Data tables may scroll sideways on a phone (WCAG 1.4.10 exempts them); the page itself must not.
  return `<div class="table" role="region" aria-label="${e(caption)}" tabindex="0"><table><caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function figure(svg: string, caption: string): string {
  return `<figure><div class="chart">${svg}</div><figcaption>${e(caption)} (Diagramm; dieselben Zahlen stehen in der Tabelle darunter)</figcaption></figure>`;
}

function rowsSection(id: string, title: string, intro: string, rows: Row[], column: string): string {
  const chart = rows.length > 0 ? figure(barChart(rows.map((r) => ({ label: r.label, value: r.count }))), title) : '';
  return `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2><p>${e(intro)}</p>${chart}${table(title, [column, 'Anzahl'], rows.map((r) => [e(r.label), num(r.count)]))}</section>`;
}

export function renderHtml(model: ReportModel): string {
  const t = model.totals;
  const period = `${germanDate(model.since)} bis ${germanDate(model.until)}`;

  const overview = `<section aria-labelledby="ueberblick"><h2 id="ueberblick">Überblick</h2>
<ul class="figures">
<li><span class="figure">${num(t.turns)}</span> Nachrichten an den Bot an ${num(model.days)} Tagen</li>
<li><span class="figure">${num(t.faqAnswers)}</span> Antworten aus der FAQ</li>
<li><span class="figure">${num(t.unanswered)}</span> Nachrichten ohne sichere Antwort (Rückfrage „Meinten Sie …?“ oder keine Antwort)</li>
<li><span class="figure">${num(t.feedbackYes)} / ${num(t.feedbackNo)}</span> Rückmeldungen „Hat Ihnen das geholfen?“: Ja / Nein</li>
</ul></section>`;

  const trend = `<section aria-labelledby="verlauf"><h2 id="verlauf">Wochenverlauf</h2>
${model.weeks.length > 0 ? figure(weeklyTrend(model.weeks.map((w) => ({ label: weekLabel(w.week), ...w }))), 'Nachrichten und Nachrichten ohne Antwort je Kalenderwoche') : ''}
${table('Nachrichten je Kalenderwoche', ['Woche', 'Nachrichten', 'ohne Antwort', 'Anteil ohne Antwort'], model.weeks.map((w) => [e(weekLabel(w.week)), num(w.turns), num(w.unanswered), w.turns > 0 ? percent(w.unanswered / w.turns) : '–']))}
</section>`;

  const clusters = model.clusters
    .map((c, i) => {
      const s = c.suggestion;
      const wordings = c.wordings
        .slice(0, 12)
        .map((w) => `<li>„${e(w.text)}“${w.count > 1 ? ` <span class="count">(${num(w.count)}-mal)</span>` : ''}</li>`)
        .join('');
      const more = c.wordings.length > 12 ? `<li>… und ${num(c.wordings.length - 12)} weitere Formulierungen</li>` : '';
      const closest =
        s.kind === 'alternative'
          ? `<p>Am nächsten kam die FAQ <strong>„${e(s.question)}“</strong> (<code>${e(s.faqId)}</code>, Ähnlichkeit ${s.score.toLocaleString('de-DE')}). <strong>Vorschlag:</strong> die Formulierungen als Alternativen ergänzen.</p>`
          : s.closest
            ? `<p>Am nächsten kam die FAQ „${e(s.closest.question)}“ (<code>${e(s.closest.faqId)}</code>, Ähnlichkeit ${s.closest.score.toLocaleString('de-DE')}) – zu weit weg für dieselbe Frage. <strong>Vorschlag:</strong> ein neuer FAQ-Eintrag.</p>`
            : `<p>Keine FAQ kam nahe. <strong>Vorschlag:</strong> ein neuer FAQ-Eintrag.</p>`;
      const how = [c.decisions.fallback > 0 ? `${num(c.decisions.fallback)}× keine Antwort` : '', c.decisions.didYouMean > 0 ? `${num(c.decisions.didYouMean)}× Rückfrage „Meinten Sie …?“` : '', c.decisions.feedback > 0 ? `${num(c.decisions.feedback)}× „Nein, hat nicht geholfen“` : ''].filter(Boolean).join(', ');
      return `<article class="cluster" aria-labelledby="gruppe-${i + 1}">
<h3 id="gruppe-${i + 1}">${i + 1}. „${e(c.label)}“ <span class="count">– ${num(c.total)}-mal</span></h3>
<p class="how">${e(how)}</p>
<ul class="wordings">${wordings}${more}</ul>
${closest}
<pre tabindex="0" aria-label="YAML-Vorschlag für Gruppe ${i + 1}"><code>${e(s.yaml)}</code></pre>
</article>`;
    })
    .join('\n');
  const unanswered = `<section aria-labelledby="offen"><h2 id="offen">Fragen, die der Bot nicht beantworten konnte</h2>
<p>${num(t.questionsLogged)} Fragen, gruppiert nach ähnlichem Wortlaut (gleiche Wortstämme). Persönliche Angaben wurden vor dem Speichern entfernt und stehen als [Name], [E-Mail], [Telefon] usw. da. Die YAML-Vorschläge lassen sich in <code>knowledge/faq/</code> einfügen; danach <code>npm run knowledge:check</code>.</p>
${clusters || '<p class="empty">Im Zeitraum gab es keine unbeantworteten Fragen.</p>'}
</section>`;

  const feedbackRows = model.feedback.map((r) => [`${e(r.label)} <span class="kind">(${e(r.kind)})</span>`, num(r.yes), num(r.no), percent(r.noRate)]);
  const feedbackChart = model.feedback.length > 0 ? figure(barChart(model.feedback.map((r) => ({ label: r.label, value: Math.round(r.noRate * 100) })), { unit: '%', max: 100 }), '„Nein“-Quote je Antwort') : '';
  const feedback = `<section aria-labelledby="nein"><h2 id="nein">„Hat Ihnen das geholfen?“ – Nein-Quote je Antwort</h2>
<p>Antworten mit vielen „Nein“ zuerst: Hier lohnt es sich, die Antwort zu überarbeiten.</p>
${feedbackChart}${table('Rückmeldungen je FAQ-Antwort und Empfehlung', ['Antwort', 'Ja', 'Nein', 'Nein-Quote'], feedbackRows)}</section>`;

  const seminarRows = model.seminars.map((r) => [e(r.label), num(r.count), num(r.enquiries)]);
  const seminarChart = model.seminars.length > 0 ? figure(barChart(model.seminars.map((r) => ({ label: r.label, value: r.count + r.enquiries }))), 'Meistgefragte Seminare (angesehen und Anmeldeanfragen begonnen)') : '';
  const seminars = `<section aria-labelledby="seminare"><h2 id="seminare">Meistgefragte Seminare</h2>
${seminarChart}${table('Seminare: angesehen und Anmeldeanfragen', ['Seminar', 'angesehen', 'Anmeldeanfragen begonnen'], seminarRows)}</section>`;

  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Auswertung Inklusionsprofi – ${e(period)}</title>
<style>
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.5; }
header, main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 4px solid #1f4e99; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid #767676; }
h3 { font-size: 1.1rem; margin-bottom: 0.25rem; }
.count, .kind, .how, figcaption, caption { color: #4a4a4a; }
.figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem; }
.figures li { border: 1px solid #767676; border-radius: 6px; padding: 0.75rem; }
.figure { display: block; font-size: 1.6rem; font-weight: 700; color: #1f4e99; }
div.table { overflow-x: auto; margin: 0.75rem 0 1.5rem; }
div.table:focus { outline: 3px solid #1f4e99; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid #c8c8c8; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; hyphens: auto; overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid #1b1b1b; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0 0; }
.chart svg { max-width: 100%; height: auto; }
ul, p, h3 { overflow-wrap: anywhere; }
.cluster { border-left: 4px solid #1f4e99; padding: 0.25rem 0 0.25rem 1rem; margin: 1.5rem 0; }
pre { background: #f3f3f3; border: 1px solid #767676; padding: 0.75rem; overflow-x: auto; font-size: 0.9rem; }
pre:focus { outline: 3px solid #1f4e99; outline-offset: 2px; }
code { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; }
.empty { font-style: italic; }
@media print { pre { white-space: pre-wrap; } h2 { break-after: avoid; } .cluster { break-inside: avoid; } }
</style>
</head>
<body>
<header>
<h1>Auswertung des Inklusionsprofis</h1>
<p>Zeitraum: ${e(period)}. Für das Bildungsteam von Kommune Inklusiv. Die Auswertung enthält keine Namen, Adressen oder Gesprächs-Kennungen: gespeichert werden nur Zähler und – bei Fragen ohne Antwort – die Frage selbst, ohne persönliche Angaben.</p>
</header>
<main>
${overview}
${trend}
${unanswered}
${feedback}
${seminars}
${rowsSection('themen', 'Meistgefragte Themen', 'Themen, nach denen bei der Seminarsuche gefragt wurde.', model.topics, 'Thema')}
${rowsSection('formate', 'Gefragte Formate', 'Online, Präsenz oder hybrid – wie bei der Seminarsuche gefragt.', model.formats, 'Format')}
${rowsSection('monate', 'Gefragte Monate', 'Für welche Monate Seminare gesucht wurden.', model.months, 'Monat')}
${rowsSection('faq', 'Häufigste FAQ-Antworten', 'Wie oft jede FAQ-Antwort gegeben wurde.', model.faqs, 'FAQ')}
${rowsSection('rollen', 'Empfehlungen je Rolle', 'Für welche Rollen Seminare empfohlen wurden.', model.roles, 'Rolle')}
${rowsSection('kanaele', 'Kanäle', 'Wo die Nachrichten geschrieben wurden.', model.channels, 'Kanal')}
</main>
</body>
</html>
`;
}
