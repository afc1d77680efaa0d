// A seminar as an iCalendar file for "In meinen Kalender": one VEVENT per session, times as UTC
// instants computed from Berlin wall-clock time (so CET and CEST come out right in every calendar).
import { createEvents, type EventAttributes } from 'ics';
import type { Seminar } from '../knowledge/schema.js';
import { berlinLocalToUtc } from './dates.js';
import { foldIcsLines } from './icsFolding.js';
import { seminarTexts } from '../texts/de/seminars.js';
import { placeText } from './seminarView.js';

export interface IcsOptions {
  /** A web page where the seminar can be looked up again (printed in the description and as URL); not the .ics file itself. */
  url: string;
  /** Becomes DTSTAMP, so the same seminar gives the same file at the same time. */
  now: Date;
}

/** The seminar calendar page (the Teams tab, also a plain web page) opened at this seminar. */
export function seminarPageUrl(baseUrl: string, seminarId: string): string {
  return `${baseUrl}/tab/?seminar=${encodeURIComponent(seminarId)}`;
}

// `ics` accepts a DTSTAMP value but its type declaration omits it.
type EventWithStamp = EventAttributes & { timestamp: number };

function description(seminar: Seminar, url: string): string {
  const t = seminarTexts.calendar;
  return [seminar.summary, t.costAndRegistration, t.moreInfo(url)].join('\n\n');
}

/** The .ics text; stable UIDs per session (`<seminarId>-<n>@inklusionsprofi`), so re-importing updates rather than duplicates. */
export function seminarToIcs(seminar: Seminar, options: IcsOptions): string {
  const sessions = [...seminar.dates].sort((a, b) => a.start.localeCompare(b.start));
  const events = sessions.map((session, i): EventWithStamp => ({
    uid: `${seminar.id}-${i + 1}@inklusionsprofi`,
    title: sessions.length > 1 ? seminarTexts.calendar.sessionOf(seminar.title, i + 1, sessions.length) : seminar.title,
    start: berlinLocalToUtc(session.start).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: berlinLocalToUtc(session.end).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    description: description(seminar, options.url),
    location: placeText(seminar, { calendar: true }),
    url: options.url,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    timestamp: options.now.getTime(),
  }));
  const { error, value } = createEvents(events, { productId: seminarTexts.calendar.productId, calName: seminarTexts.calendar.calendarName });
  if (error || !value) throw new Error(`calendar file for seminar ${seminar.id} failed: ${error?.message ?? 'empty'}`);
  return foldIcsLines(value);
}
