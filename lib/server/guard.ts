import 'server-only';
import { clientAddress } from '@/lib/http/client';
import { currentPeer } from '@/lib/http/peer';
import { problemResponse } from '@/lib/http/problem';
import { RateLimiter, type Rate } from '@/lib/http/rate-limit';
import { contentTypeProblem, crossSiteProblem } from '@/lib/http/write-checks';
import { decideWriteAccess } from '@/lib/ingest/access';
import { originOf } from './origin';
import { serverSettings } from './settings';

/** A write changes the corpus and needs write access; a preview runs the engine for anyone. Both are rate-limited. */
export type GuardedKind = 'write' | 'preview';

const slot = globalThis as unknown as { rateLimiters?: Map<string, RateLimiter> };

function limiterFor(kind: GuardedKind, rate: Rate): RateLimiter {
  const limiters = (slot.rateLimiters ??= new Map());
  const key = `${kind}:${rate.requests}/${rate.seconds}`;
  let limiter = limiters.get(key);
  if (!limiter) limiters.set(key, (limiter = new RateLimiter(rate)));
  return limiter;
}

/**
 * The answer that refuses a request before it is read, or null to go on: too many from this client (429), a
 * cross-site request (403), a body that is not JSON (415), or, for writes, no write access (401/403).
 */
export function refuseUnlessAllowed(request: Request, kind: GuardedKind, options: { body: boolean }): Response | null {
  const settings = serverSettings();
  const peer = currentPeer();
  const rate = kind === 'write' ? settings.writeRate : settings.previewRate;
  const wait = limiterFor(kind, rate).take(clientAddress(peer, settings.trustedProxies) ?? 'unknown', Date.now());
  if (wait !== null) {
    const what = kind === 'write' ? 'writes' : 'previews';
    return problemResponse(429, [{ field: '(client)', message: `too many ${what} from this client: at most ${rate.requests} every ${rate.seconds} s; try again in ${wait} s` }], { 'Retry-After': String(wait) });
  }
  const crossSite = crossSiteProblem(request.headers, originOf(request));
  if (crossSite) return problemResponse(403, [crossSite]);
  const contentType = options.body ? contentTypeProblem(request.headers) : null;
  if (contentType) return problemResponse(415, [contentType]);
  if (kind === 'preview') return null;
  const access = decideWriteAccess({ token: settings.ingestToken, authorization: request.headers.get('authorization'), peer, proxiesTrusted: settings.trustedProxies.any });
  return access.ok ? null : problemResponse(access.status, [{ field: access.field, message: access.message }]);
}
