import { NextResponse } from 'next/server';
import { RETRY_AFTER_SECONDS, probeDatabase } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

/** Whether the app can serve: its database answers (200), or not (503, with what went wrong). */
export async function GET() {
  const database = await probeDatabase();
  if (database.reachable) return NextResponse.json({ status: 'ok', database });
  return NextResponse.json({ status: 'unavailable', database }, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
}
