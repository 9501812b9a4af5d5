import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { decideWriteAccess } from '@/lib/ingest/access';

/** null when the request may write; otherwise the response that refuses it. */
export function refuseUnlessWriter(request: NextRequest): NextResponse | null {
  const decision = decideWriteAccess({
    token: process.env.INGEST_TOKEN,
    authorization: request.headers.get('authorization'),
    // Next's server fills x-forwarded-for from the socket when no proxy set it.
    peerAddress: request.headers.get('x-forwarded-for'),
  });
  return decision.ok ? null : NextResponse.json({ error: decision.message }, { status: decision.status });
}
