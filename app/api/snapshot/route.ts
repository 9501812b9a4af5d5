import { NextResponse, type NextRequest } from 'next/server';
import { loadSnapshot } from '@/lib/db/snapshot';
import { parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { isLocale, messagesFor } from '@/lib/i18n/messages';
import { renderNoticeSvg, renderTimelineSvg } from '@/lib/print/svg';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** The chart of a view alone, as an SVG file drawn by the same renderer as the print snapshot (and bounded like it). */
export const GET = handled(async (request: NextRequest) => {
  const view = parseViewState(recordFromSearchParams(request.nextUrl.searchParams));
  const param = request.nextUrl.searchParams.get('locale');
  const locale = isLocale(param) ? param : 'en';
  const snapshot = await loadSnapshot(await getDb(), view);
  const { window } = snapshot;
  const svg = snapshot.fits
    ? renderTimelineSvg(snapshot.events, { lanes: view.lanes, locale, window, numbers: snapshot.numbers, width: 1200 })
    : renderNoticeSvg([`${window.start} – ${window.end}`, messagesFor(locale).printTooMany(snapshot.more).replace(/:$/, '.')], 1200);
  return new NextResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="timeline-${window.start}-${window.end}.svg"`,
    },
  });
});
