import { isLoopback } from '@/lib/http/client';

/**
 * The origin links in a document meant to leave the building start with: the app's public address (PUBLIC_URL, or
 * the address it was reached at), never a loopback one, which means nothing on another machine. Null when all the
 * server knows is a loopback address: links are then written as paths.
 */
export function shareableOrigin(origin: string): string | null {
  const host = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || isLoopback(host) ? null : origin;
}

/** A link to a path of the app, absolute when the origin can be shared. */
export function documentLink(origin: string | null, path: string): string {
  return origin ? `${origin}${path}` : path;
}
