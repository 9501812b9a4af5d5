import { NextResponse } from 'next/server';
import { getEvent } from '@/lib/db/event-queries';
import { resolveAlias, retiredEvent } from '@/lib/db/aliases';
import { problemResponse } from '@/lib/http/problem';
import { readId } from '@/lib/http/request-shape';
import { getDb } from '@/lib/server/db';
import { handled } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = handled(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = readId((await params).id);
  if (!id) return problemResponse(404, [{ field: 'id', message: 'no event with this id' }]);
  const db = await getDb();
  const event = await getEvent(db, id);
  if (event) return NextResponse.json({ event });
  const mergedInto = await resolveAlias(db, id);
  if (mergedInto) return NextResponse.redirect(new URL(`/api/events/${encodeURIComponent(mergedInto)}`, request.url), 308);
  const gone = await retiredEvent(db, id);
  if (gone) {
    return NextResponse.json(
      { error: `id: this event was removed on ${gone.retiredAt.toISOString().slice(0, 10)}. ${gone.note}`, errors: [{ field: 'id', message: gone.note }], gone: { id, title: { en: gone.titleEn, ar: gone.titleAr }, note: gone.note, retiredAt: gone.retiredAt } },
      { status: 410 },
    );
  }
  return problemResponse(404, [{ field: 'id', message: 'no event with this id' }]);
});
