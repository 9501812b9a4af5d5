import type { TrustedProxies } from './client';
import type { Peer } from './peer';

/** A Host header worth echoing: a name or address and an optional port, nothing else. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface OriginSources {
  /** PUBLIC_URL: the address people use, when the app sits behind a proxy or a name of its own. */
  publicUrl: string | null;
  /** The request's Host header. */
  host: string | null;
  peer: Peer | null;
  trustedProxies: TrustedProxies;
}

/**
 * The app's own origin, for absolute links in exports and printouts and for telling same-origin writes from
 * cross-site ones: PUBLIC_URL when set; else X-Forwarded-Host and -Proto when a trusted proxy sent them; else the
 * Host header over plain HTTP (the server speaks nothing else). A Host that is not a host name falls back to localhost.
 */
export function appOrigin(sources: OriginSources): string {
  if (sources.publicUrl) return new URL(sources.publicUrl).origin;
  const forwarded = sources.peer && sources.trustedProxies.includes(sources.peer.address) ? sources.peer.proxyHeaders : {};
  const forwardedHost = forwarded['x-forwarded-host']?.split(',')[0]?.trim();
  const forwardedProto = forwarded['x-forwarded-proto']?.split(',')[0]?.trim().toLowerCase();
  const host = forwardedHost && HOST.test(forwardedHost) ? forwardedHost : sources.host && HOST.test(sources.host) ? sources.host : 'localhost';
  const scheme = forwardedHost && (forwardedProto === 'https' || forwardedProto === 'http') ? forwardedProto : 'http';
  return `${scheme}://${host.toLowerCase()}`;
}
