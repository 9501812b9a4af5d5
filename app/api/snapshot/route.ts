import { NextResponse, type NextRequest } from 'next/server';
import { loadSnapshot } from '@/lib/db/snapshot';
import { parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { isLocale, messagesFor } from '@/lib/i18n/messages';
import { layoutChart } from '@/lib/print/layout';
import { measureText } from '@/lib/print/measure';
import { renderChartSvg, renderNoticeSvg } from '@/lib/print/svg';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const WIDTH = 1200;

/**
 * The chart of a view alone, as an SVG file laid out by the same code as the print snapshot (and bounded like it).
 * Opened outside the app the page's fonts may be missing, so every text keeps its measured width.
 */
export const GET = handled(async (request: NextRequest) => {
  const view = parseViewState(recordFromSearchParams(request.nextUrl.searchParams));
  const param = request.nextUrl.searchParams.get('locale');
  const locale = isLocale(param) ? param : 'en';
  const snapshot = await loadSnapshot(await getDb(), view);
  const { window } = snapshot;
  const svg = snapshot.fits
    ? renderChartSvg(layoutChart(snapshot.events, { lanes: view.lanes, locale, window, width: WIDTH, numbers: snapshot.numbers, measure: measureText }), {
        title: `${window.start} – ${window.end}`,
        fitText: true,
      })
    : renderNoticeSvg([`${window.start} – ${window.end}`, messagesFor(locale).printTooMany(snapshot.more).replace(/:$/, '.')], WIDTH);
  return new NextResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="timeline-${window.start}-${window.end}.svg"`,
    },
  });
});
