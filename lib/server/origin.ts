import 'server-only';
import { headers } from 'next/headers';

/** The address the app is reached at, for absolute links in exports and printouts. PUBLIC_ORIGIN overrides it behind a proxy. */
export async function requestOrigin(): Promise<string> {
  if (process.env.PUBLIC_ORIGIN) return process.env.PUBLIC_ORIGIN.replace(/\/$/, '');
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}
