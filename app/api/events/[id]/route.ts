import { NextResponse } from 'next/server';
import { getEvent } from '@/lib/db/event-queries';
import { resolveAlias } from '@/lib/db/rebuild';
import { getDb } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const db = await getDb();
  const id = (await params).id;
  const event = await getEvent(db, id);
  if (event) return NextResponse.json({ event });
  const mergedInto = await resolveAlias(db, id);
  if (mergedInto) return NextResponse.redirect(new URL(`/api/events/${encodeURIComponent(mergedInto)}`, request.url), 308);
  return NextResponse.json({ error: 'No event with this id.' }, { status: 404 });
}
