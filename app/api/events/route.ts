import { NextResponse, type NextRequest } from 'next/server';
import { queryEvents } from '@/lib/db/event-queries';
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

/** The events of a view (same parameters as `/`), as JSON, CSV, iCalendar or TimelineJS. */
export async function GET(request: NextRequest) {
  const format = (request.nextUrl.searchParams.get('format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) {
    return NextResponse.json({ error: `Unknown format "${format}"; use one of ${FORMATS.join(', ')}.` }, { status: 400 });
  }
  const view = parseViewState(recordFromSearchParams(request.nextUrl.searchParams));
  const events = await queryEvents(await getDb(), { ...view, dated: true });
  const origin = await requestOrigin();
  const attachment = { 'Content-Disposition': `attachment; filename="${fileName(format)}"` };
  switch (format) {
    case 'csv':
      return new NextResponse(eventsToCsv(events, origin), { headers: { 'Content-Type': 'text/csv; charset=utf-8', ...attachment } });
    case 'ics':
      return new NextResponse(eventsToIcs(events, origin), { headers: { 'Content-Type': 'text/calendar; charset=utf-8', ...attachment } });
    case 'timelinejs':
      return NextResponse.json(eventsToTimelineJs(events, origin, (event) => dateLabel(event, 'en')), { headers: attachment });
    default:
      return NextResponse.json({ events }, { headers: attachment });
  }
}
