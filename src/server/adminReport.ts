// GET /admin/report: the education team's report, behind ADMIN_TOKEN (Authorization: Bearer …).
// Registered only when the token is set; the token is compared in constant time and never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { berlinDay, dayMinus, daySchema } from '../analytics/records.js';
import type { Logger } from '../logger.js';

export interface AdminReportDeps {
  token: string;
  now: () => Date;
  logger: Logger;
  /** Renders the report for the days from `since` to `until` (inclusive); undefined while knowledge is loading. */
  render: (since: string, until: string, format: 'html' | 'csv') => Promise<string | undefined>;
}

/** Whether the request carries the token. Hashing first gives equal lengths, so the compare takes constant time. */
export function hasToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

export function registerAdminReport(server: Server, deps: AdminReportDeps): void {
  server.get('/admin/report', async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    if (!hasToken(req.headers.authorization, deps.token)) {
      res.header('WWW-Authenticate', 'Bearer realm="Auswertung"');
      res.status(401);
      res.json({ error: 'Anmeldung nötig: Authorization: Bearer <ADMIN_TOKEN>' });
      return;
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const today = berlinDay(deps.now());
    const since = query.get('since') ?? dayMinus(today, 30);
    const until = query.get('until') ?? today;
    const format = query.get('format') ?? 'html';
    if (!daySchema.safeParse(since).success || !daySchema.safeParse(until).success || (format !== 'html' && format !== 'csv')) {
      res.status(400);
      res.json({ error: 'since/until als JJJJ-MM-TT, format html oder csv' });
      return;
    }
    try {
      const body = await deps.render(since, until, format);
      if (body === undefined) {
        res.status(503);
        res.json({ error: 'Das Wissen wird noch geladen.' });
        return;
      }
      res.writeHead(200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/html; charset=utf-8',
        ...(format === 'csv' ? { 'Content-Disposition': `attachment; filename="inklusionsprofi-${since}-${until}.csv"` } : {}),
        // The page has no script and loads nothing: inline styles and SVG only.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
      });
      res.end(body);
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'admin report failed');
      res.status(500);
      res.json({ error: 'Bericht konnte nicht erstellt werden.' });
    }
  });
}
