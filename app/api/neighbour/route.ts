import { NextResponse, type NextRequest } from 'next/server';
import { neighbourEvent } from '@/lib/db/event-queries';
import { filtersOf, parseViewState, recordFromSearchParams } from '@/lib/domain/filters';
import { problemResponse } from '@/lib/http/problem';
import { readId } from '@/lib/http/request-shape';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

const STEPS = { next: 1, previous: -1 } as const;

/**
 * The dated event after (`step=next`) or before (`step=previous`) the event `of` in the chronology of a view (same
 * filters as `/`; its window is ignored, the walk crosses the whole span): `{ event }`, null at either end.
 * Without `of`, the first or the last event.
 */
export const GET = handled(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const step = STEPS[params.get('step') as keyof typeof STEPS];
  if (!step) return problemResponse(400, [{ field: 'step', message: 'must be "next" or "previous"' }]);
  const raw = params.get('of');
  const of = raw === null ? null : readId(raw);
  if (raw !== null && !of) return problemResponse(400, [{ field: 'of', message: 'must be an event id' }]);
  const db = await getDb();
  const event = await neighbourEvent(db, filtersOf(parseViewState(recordFromSearchParams(params))), of, step);
  return NextResponse.json({ event });
});
