// Charts for the report as inline SVG, drawn by Apache ECharts' server-side renderer at report time:
// no script and no request in the page. Every chart sits next to a table with the same numbers.
import * as echarts from 'echarts';

// No quotes: ECharts writes the family into a double-quoted style attribute without escaping it.
const FONT = 'system-ui, Segoe UI, Roboto, Arial, sans-serif';
let rendered = 0;
// Dark enough for 4.5:1 on white; the second series is distinguished by pattern (dashes) as well as colour.
const BLUE = '#1f4e99';
const RED = '#a4262c';
const TEXT = '#1b1b1b';

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: TEXT, fontSize: 13 }, ...option });
    // Hidden from screen readers: the table next to the chart carries the same numbers as text.
    // Every chart names its clip paths "zr0-…": made unique, so several charts can share one page.
    const prefix = `chart${++rendered}-`;
    return chart
      .renderToSVGString()
      .replace(/\bzr0-/g, prefix)
      .replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  } finally {
    chart.dispose();
  }
}

/** Horizontal bars, longest on top; labels are shortened to keep the chart readable. */
export function barChart(rows: Array<{ label: string; value: number }>, options: { unit?: string; max?: number } = {}): string {
  const shown = rows.slice(0, 10).reverse();
  const height = 60 + shown.length * 32;
  return render(
    {
      grid: { left: 16, right: 48, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, ...(options.max !== undefined ? { max: options.max } : {}), axisLabel: { color: TEXT, formatter: options.unit ? `{value} ${options.unit}` : '{value}' } },
      yAxis: { type: 'category', data: shown.map((r) => shorten(r.label, 42)), axisLabel: { color: TEXT } },
      series: [{ type: 'bar', data: shown.map((r) => r.value), itemStyle: { color: BLUE }, barMaxWidth: 22, label: { show: true, position: 'right', color: TEXT, formatter: options.unit ? `{c} ${options.unit}` : '{c}' } }],
    },
    720,
    height,
  );
}

/** Conversations and unanswered questions per calendar week. */
export function weeklyTrend(weeks: Array<{ label: string; turns: number; unanswered: number }>): string {
  return render(
    {
      legend: { top: 0, itemGap: 32, textStyle: { color: TEXT } },
      grid: { left: 16, right: 24, top: 40, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: weeks.map((w) => w.label), axisLabel: { color: TEXT } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: TEXT } },
      series: [
        { name: 'Nachrichten', type: 'line', data: weeks.map((w) => w.turns), itemStyle: { color: BLUE }, lineStyle: { width: 3 }, symbolSize: 8 },
        { name: 'ohne Antwort', type: 'line', data: weeks.map((w) => w.unanswered), itemStyle: { color: RED }, lineStyle: { width: 3, type: 'dashed' }, symbol: 'rect', symbolSize: 8 },
      ],
    },
    720,
    300,
  );
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
