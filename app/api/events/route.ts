import { NextResponse, type NextRequest } from 'next/server';
import { COUNT_CAP, countMatching, queryEventPage, queryEvents, type MatchCount } from '@/lib/db/event-queries';
import { filtersOf, parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { eventsToCsv } from '@/lib/export/csv';
import { VAGUE_DATE_MODES, eventsToIcs, type VagueDateMode } from '@/lib/export/ics';
import { eventsToTimelineJs } from '@/lib/export/timelinejs';
import { problemResponse } from '@/lib/http/problem';
import { originOf } from '@/lib/server/origin';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const FORMATS = ['json', 'csv', 'ics', 'timelinejs'] as const;
type Format = (typeof FORMATS)[number];

/** Most events in one answer, in any format; one that stops short names the next in a `Link: <…>; rel="next"` header. */
const MAX_EVENTS_PER_ANSWER = 5000;

const NO_EVENTS: MatchCount = { n: 0, exact: true };

function fileName(format: Format): string {
  const stamp = new Date().toISOString().slice(0, 10);
  const extension = format === 'timelinejs' ? 'timelinejs.json' : format;
  return `diplomatic-events-${stamp}.${extension}`;
}

/** Paging: `limit` (1 to the format's maximum) and `offset`. */
function readPage(params: URLSearchParams, maxLimit: number): { limit?: number; offset?: number } | { field: string; message: string } {
  const page: { limit?: number; offset?: number } = {};
  for (const [name, min, max] of [['limit', 1, maxLimit], ['offset', 0, Number.MAX_SAFE_INTEGER]] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) return { field: name, message: `must be a whole number between ${min} and ${max}` };
    page[name] = value;
  }
  return page;
}

/**
 * The events of a view (same parameters as `/`): JSON (with the count, up to a thousand past the offset) and CSV
 * hold every event of the view, those in the window in date order and then the undated ones; iCalendar and
 * TimelineJS, which can place only dated events, hold those and count the others in their description. At most
 * 5000 per answer (`limit`, `offset` page through them). ICS takes `vague=marker|span` (lib/export/ics.ts); JSON takes
 * `dated=only` for the window's dated events alone, as the page's chronology lists them.
 */
export const GET = handled(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const format = (params.get('format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) return problemResponse(400, [{ field: 'format', message: `unknown format "${format.slice(0, 40)}"; use one of ${FORMATS.join(', ')}` }]);
  const vague = (params.get('vague') ?? 'marker') as VagueDateMode;
  if (!VAGUE_DATE_MODES.includes(vague)) return problemResponse(400, [{ field: 'vague', message: `use one of ${VAGUE_DATE_MODES.join(', ')}` }]);
  // `dated=only`: the chronology's page of the window, whose undated events the page lists in a section of their own.
  const dated = params.get('dated') ?? 'all';
  if (dated !== 'all' && dated !== 'only') return problemResponse(400, [{ field: 'dated', message: 'use one of all, only' }]);
  const view = parseViewState(recordFromSearchParams(params));
  const page = readPage(params, MAX_EVENTS_PER_ANSWER);
  if ('field' in page) return problemResponse(400, [page]);
  const db = await getDb();
  const offset = page.offset ?? 0;
  const limit = page.limit ?? MAX_EVENTS_PER_ANSWER;
  const headers: Record<string, string> = params.has('format') ? { 'Content-Disposition': `attachment; filename="${fileName(format)}"` } : {};
  const nextPage = (more: boolean) => {
    if (!more) return;
    const next = new URL(request.url);
    next.searchParams.set('offset', String(offset + limit));
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  };
  if (format === 'json') {
    // Counted up to a thousand past the offset: "1000+" says there is more without counting a whole window.
    const { events, total } = await queryEventPage(db, { ...view, dated: dated === 'only' ? true : 'all', limit, offset }, offset + COUNT_CAP);
    nextPage(!total.exact || total.n > offset + limit);
    return NextResponse.json({ total: total.n, totalExact: total.exact, offset, events }, { headers });
  }
  const placeable = format === 'ics' || format === 'timelinejs';
  const found = await queryEvents(db, { ...view, dated: placeable ? true : 'all', limit: limit + 1, offset });
  const events = found.slice(0, limit);
  nextPage(found.length > limit);
  const origin = originOf(request);
  if (format === 'csv') return new NextResponse(eventsToCsv(events, origin), { headers: { 'Content-Type': 'text/csv; charset=utf-8', ...headers } });
  // Counted on the first page only, which is the one people open; the count stops at a thousand.
  const undated = offset === 0 ? await countMatching(db, { ...filtersOf(view), dated: false }) : NO_EVENTS;
  if (format === 'ics') {
    return new NextResponse(eventsToIcs(events, origin, { vague, undated }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8', ...headers } });
  }
  return NextResponse.json(eventsToTimelineJs(events, origin, undated), { headers });
});
