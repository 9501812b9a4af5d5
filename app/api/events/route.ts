import { NextResponse, type NextRequest } from 'next/server';
import { COUNT_CAP, queryEventPage, queryEvents } from '@/lib/db/event-queries';
import { parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { eventsToCsv } from '@/lib/export/csv';
import { eventsToIcs } from '@/lib/export/ics';
import { eventsToTimelineJs } from '@/lib/export/timelinejs';
import { getDb } from '@/lib/server/db';
import { requestOrigin } from '@/lib/server/origin';
import { dateLabel } from '@/lib/timeline/items';

export const dynamic = 'force-dynamic';

const FORMATS = ['json', 'csv', 'ics', 'timelinejs'] as const;
type Format = (typeof FORMATS)[number];

function fileName(format: Format): string {
  const stamp = new Date().toISOString().slice(0, 10);
  const extension = format === 'timelinejs' ? 'timelinejs.json' : format;
  return `diplomatic-events-${stamp}.${extension}`;
}

/** Optional paging: `limit` (1–1000) and `offset`; without them every matching event is sent. */
function readPage(params: URLSearchParams): { limit?: number; offset?: number } | { error: string } {
  const page: { limit?: number; offset?: number } = {};
  for (const [name, max] of [['limit', 1000], ['offset', Number.MAX_SAFE_INTEGER]] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (name === 'limit' ? 1 : 0) || value > max) return { error: `${name} must be an integer between ${name === 'limit' ? 1 : 0} and ${max}.` };
    page[name] = value;
  }
  return page;
}

/** The events of a view (same parameters as `/`), as JSON, CSV, iCalendar or TimelineJS. */
export async function GET(request: NextRequest) {
  const format = (request.nextUrl.searchParams.get('format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) {
    return NextResponse.json({ error: `Unknown format "${format}"; use one of ${FORMATS.join(', ')}.` }, { status: 400 });
  }
  const params = request.nextUrl.searchParams;
  const view = parseViewState(recordFromSearchParams(params));
  const page = readPage(params);
  if ('error' in page) return NextResponse.json({ error: page.error }, { status: 400 });
  const db = await getDb();
  const query = { ...view, dated: true, ...page };
  const attachment = { 'Content-Disposition': `attachment; filename="${fileName(format)}"` };
  if (format === 'json') {
    // Counted up to a thousand past the offset: "1000+" says there is more without counting a whole window.
    const { events, total } = await queryEventPage(db, query, (page.offset ?? 0) + COUNT_CAP);
    return NextResponse.json({ total: total.n, totalExact: total.exact, offset: page.offset ?? 0, events }, { headers: params.has('format') ? attachment : {} });
  }
  const events = await queryEvents(db, query);
  const origin = await requestOrigin();
  switch (format) {
    case 'csv':
      return new NextResponse(eventsToCsv(events, origin), { headers: { 'Content-Type': 'text/csv; charset=utf-8', ...attachment } });
    case 'ics':
      return new NextResponse(eventsToIcs(events, origin), { headers: { 'Content-Type': 'text/calendar; charset=utf-8', ...attachment } });
    case 'timelinejs':
      return NextResponse.json(eventsToTimelineJs(events, origin, (event) => dateLabel(event, 'en')), { headers: attachment });
  }
}
