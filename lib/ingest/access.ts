import { timingSafeEqual } from 'node:crypto';
import { isLoopback } from '@/lib/http/client';
import type { Peer } from '@/lib/http/peer';

export type AccessDecision = { ok: true } | { ok: false; status: 401 | 403; field: 'Authorization'; message: string };

export interface AccessRequest {
  /** INGEST_TOKEN, when set. */
  token: string | undefined;
  authorization: string | null;
  /** The socket's peer, as scripts/server.ts recorded it; null when the app runs without it. */
  peer: Peer | null;
  /** TRUSTED_PROXIES is set: requests may arrive through a proxy on this machine. */
  proxiesTrusted: boolean;
}

const NEEDS_TOKEN = 'set INGEST_TOKEN on the server and send "Authorization: Bearer <token>"';

/**
 * Who may write. With INGEST_TOKEN set, whoever sends it as a bearer token. Without it, only a client on the
 * machine itself: the socket's own peer is a loopback address, the request carries no proxy header (a proxy on
 * this machine would make every client look local) and no proxy is trusted. No header can make a request local.
 */
export function decideWriteAccess(request: AccessRequest): AccessDecision {
  if (request.token) {
    const given = /^Bearer\s+(.+)$/i.exec(request.authorization ?? '')?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(request.token);
    if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
    return { ok: false, status: 401, field: 'Authorization', message: 'this server needs a token to write: send "Authorization: Bearer <INGEST_TOKEN>"' };
  }
  const refuse = (why: string): AccessDecision => ({ ok: false, status: 403, field: 'Authorization', message: `${why}; ${NEEDS_TOKEN}` });
  if (!request.peer) return refuse('without INGEST_TOKEN only the machine the server runs on may write, and this server cannot see who is connecting (start it with npm run serve)');
  if (request.proxiesTrusted) return refuse('TRUSTED_PROXIES is set, so a local connection may be a proxy speaking for anyone');
  const forwarded = Object.keys(request.peer.proxyHeaders);
  if (forwarded.length > 0) return refuse(`the request came through a proxy (${forwarded.join(', ')}), which may speak for anyone`);
  if (!isLoopback(request.peer.address)) return refuse('without INGEST_TOKEN only the machine the server runs on may write');
  return { ok: true };
}
