// GET /seminare/:id.ics — a seminar's sessions as an iCalendar file ("In meinen Kalender").
import type { Request, Response, Server } from 'restify';
import type { Knowledge } from '../knowledge/schema.js';
import { seminarPageUrl, seminarToIcs } from '../assistant/calendar.js';

export function registerCalendarRoutes(server: Server, deps: { knowledge: () => Knowledge | undefined; baseUrl: () => string; now: () => Date }): void {
  server.get('/seminare/:file', async (req: Request, res: Response) => {
    const file = String(req.params?.file ?? '');
    const match = /^([a-z0-9-]{1,100})\.ics$/.exec(file);
    const seminar = match ? deps.knowledge()?.seminars.find((s) => s.id === match[1]) : undefined;
    if (!seminar) {
      res.status(404);
      res.json({ error: 'Seminar nicht gefunden' });
      return;
    }
    // "Mehr Informationen" opens the seminar in the seminar calendar page, not this file again.
    const body = seminarToIcs(seminar, { url: seminarPageUrl(deps.baseUrl(), seminar.id), now: deps.now() });
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${seminar.id}.ics"`,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
}
