/**
 * The app's request path, for tests: what scripts/server.ts and Next.js do with a request, without a build — the
 * socket's peer recorded, proxy.ts, then the route handler its path names (params decoded as Next decodes them), its
 * answer carrying the headers proxy.ts set.
 * A page that proxy.ts lets through answers with the proxy's pass-through (rendering pages is the browser tests' part).
 */
import type { Socket } from 'node:net';
import { NextRequest } from 'next/server';
import { peerOf, withPeer } from '@/lib/http/peer';
import { proxy } from '@/proxy';
import * as article from '@/app/api/articles/[id]/route';
import * as articles from '@/app/api/articles/route';
import * as event from '@/app/api/events/[id]/route';
import * as events from '@/app/api/events/route';
import * as health from '@/app/api/health/route';
import * as job from '@/app/api/jobs/[id]/route';
import * as preview from '@/app/api/preview/route';
import * as snapshot from '@/app/api/snapshot/route';
import * as timeline from '@/app/api/timeline/route';

type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const ROUTES: Array<[RegExp, Record<string, unknown>]> = [
  [/^\/api\/articles$/, articles],
  [/^\/api\/articles\/([^/]+)$/, article],
  [/^\/api\/events$/, events],
  [/^\/api\/events\/([^/]+)$/, event],
  [/^\/api\/health$/, health],
  [/^\/api\/jobs\/([^/]+)$/, job],
  [/^\/api\/preview$/, preview],
  [/^\/api\/snapshot$/, snapshot],
  [/^\/api\/timeline$/, timeline],
];

export const TEST_ORIGIN = 'http://localhost:3000';

export interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The socket's remote address; the local machine by default. */
  from?: string;
}

/** True when proxy.ts let the request through to a page. */
export function passedToPage(response: Response): boolean {
  return response.headers.get('x-middleware-next') === '1';
}

/** The headers proxy.ts set on its pass-through, added to the route's answer as Next.js adds them. */
function withProxyHeaders(passThrough: Response, answer: Response): Response {
  for (const [name, value] of passThrough.headers) if (!name.startsWith('x-middleware-')) answer.headers.set(name, value);
  return answer;
}

export async function send(path: string, sent: Sent = {}): Promise<Response> {
  const headers = new Headers({ host: 'localhost:3000', ...sent.headers });
  const request = new NextRequest(new URL(path, TEST_ORIGIN), { method: sent.method ?? 'GET', headers, body: sent.body as BodyInit | undefined });
  const peer = peerOf({ socket: { remoteAddress: sent.from ?? '127.0.0.1' } as Socket, headers: Object.fromEntries(headers) });
  return withPeer(peer, async () => {
    const answer = await proxy(request);
    if (!passedToPage(answer)) return answer;
    for (const [pattern, methods] of ROUTES) {
      const match = pattern.exec(request.nextUrl.pathname);
      if (!match) continue;
      const handler = methods[request.method] as Handler | undefined;
      if (!handler) return new Response(null, { status: 405 });
      return withProxyHeaders(answer, await handler(request, { params: Promise.resolve({ id: decodeURIComponent(match[1] ?? '') }) }));
    }
    return answer;
  });
}

/** A JSON request body, as the ingest form sends it. */
export function jsonBody(value: unknown, extra: Omit<Sent, 'body'> = {}): Sent {
  return { method: 'POST', ...extra, headers: { 'content-type': 'application/json', ...extra.headers }, body: JSON.stringify(value) };
}
