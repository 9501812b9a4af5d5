import { NextResponse, type NextRequest } from 'next/server';
import { queryEvents } from '@/lib/db/event-queries';
import { parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { isLocale } from '@/lib/i18n/messages';
import { snapshotOf } from '@/lib/print/snapshot';
import { renderTimelineSvg } from '@/lib/print/svg';
import { getDb } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

/** The chart of a view alone, as an SVG file drawn by the same renderer as the print snapshot. */
export async function GET(request: NextRequest) {
  const view = parseViewState(recordFromSearchParams(request.nextUrl.searchParams));
  const locale = request.nextUrl.searchParams.get('locale');
  const all = await queryEvents(await getDb(), { ...view, from: null, to: null, dated: true });
  const { window, events, numbers } = snapshotOf(all, view);
  const svg = renderTimelineSvg(events, { lanes: view.lanes, locale: isLocale(locale) ? locale : 'en', window, numbers, width: 1200 });
  return new NextResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="timeline-${window.start}-${window.end}.svg"`,
    },
  });
}
