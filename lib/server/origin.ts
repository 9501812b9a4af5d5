import 'server-only';
import { headers } from 'next/headers';
import { appOrigin } from '@/lib/http/origin';
import { currentPeer } from '@/lib/http/peer';
import { serverSettings } from './settings';

function originFor(host: string | null): string {
  const settings = serverSettings();
  return appOrigin({ publicUrl: settings.publicUrl, host, peer: currentPeer(), trustedProxies: settings.trustedProxies });
}

/** The app's own origin as a route handler sees it (see appOrigin). */
export function originOf(request: Request): string {
  return originFor(request.headers.get('host'));
}

/** The same, for pages, which read their request's headers through Next. */
export async function requestOrigin(): Promise<string> {
  return originFor((await headers()).get('host'));
}
