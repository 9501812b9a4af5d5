import { NextResponse, type NextRequest } from 'next/server';
import { MAX_WINDOW_ITEMS, datedExtent, timelineWindow } from '@/lib/db/timeline-window';
import { filtersOf, parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { getDb } from '@/lib/server/db';
import { readCache } from '@/lib/server/read-cache';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

/** What the chart draws for a window: events, or clusters with counts when the window holds too many. */
export const GET = handled(async (request: NextRequest) => {
  const view = parseViewState(recordFromSearchParams(request.nextUrl.searchParams));
  const db = await getDb();
  const filters = filtersOf(view);
  const extent = view.from && view.to ? { from: view.from, to: view.to } : await readCache.get(db, `extent:${JSON.stringify(filters)}`, () => datedExtent(db, filters));
  if (!extent) return NextResponse.json({ total: 0, events: [], clusters: [], window: null });
  const windowed = { ...filters, ...extent };
  const result = await readCache.get(db, `window:${view.lanes}:${JSON.stringify(windowed)}`, () => timelineWindow(db, windowed, view.lanes, MAX_WINDOW_ITEMS));
  return NextResponse.json({ ...result, window: extent });
});
