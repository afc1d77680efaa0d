// The education team's report: reads the stored days, groups and suggests, renders HTML or CSV.
// Used by `npm run report` and by GET /admin/report.
import type { Knowledge } from '../../knowledge/schema.js';
import type { SearchIndex } from '../../search/index.js';
import type { AnalyticsStore } from '../store.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { buildModel, readStored, type ReportModel } from './model.js';
import { faqFiles } from './suggest.js';

export type { ReportModel } from './model.js';

export interface ReportRequest {
  store: AnalyticsStore;
  knowledge: Knowledge;
  search: SearchIndex;
  knowledgeDir: string;
  /** First and last Berlin day, inclusive ("2027-03-01"). */
  since: string;
  until: string;
}

export async function buildReport(r: ReportRequest): Promise<ReportModel> {
  const data = await readStored(r.store, r.since, r.until);
  return buildModel(data, r.knowledge, r.search, await faqFiles(r.knowledgeDir), r.since, r.until);
}

export function renderReport(model: ReportModel, format: 'html' | 'csv'): string {
  return format === 'csv' ? renderCsv(model) : renderHtml(model);
}
